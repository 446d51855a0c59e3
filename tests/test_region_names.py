"""Regions named in the interface language (seen: a Russian table listed "Afyonkarahisar",
"Muş", "Batman" beside "Стамбул"; Iran's provinces read "Āz̄ārbāyjān-e Shārqī" in Russian
and Azerbaijani), in new data sets and, through migrations 0010 and 0011, in older ones."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select, update

from db import tables
from db.engine import Database, create_db_engine, open_database
from db.localized import names_by_code
from db.models import Region
from db.names import normalize
from db.sort_ranks import ensure_ranks
from tests.schema_helpers import downgrade

PROVINCES = {"TR-37": "Кастамону", "TR-44": "Малатья", "TR-50": "Невшехир", "TR-49": "Муш"}
IN_ORDER = ("TR-37", "TR-44", "TR-50")
"""In Russian order (К, М, Н); in their Latin names Malatya would come after all three."""


def _aliases(database: Database, code: str) -> set[str]:
    alias, region = tables.region_alias, tables.region
    with database.connect() as connection:
        return set(
            connection.scalars(
                select(alias.c.normalized)
                .join(region, region.c.id == alias.c.region_id)
                .where(region.c.code == code, alias.c.lang == "ru")
            )
        )


def _russian_ranks(database: Database) -> dict[str, int]:
    with database.sessions() as session:
        ensure_ranks(session, tables.region, "ru")
        rows = session.execute(
            select(tables.region.c.code, tables.region.c.rank_ru).where(
                tables.region.c.code.in_(IN_ORDER)
            )
        )
        return {code: rank for code, rank in rows}


def _as_of(
    database: Database, path: Path, revision: str, without_russian: Iterable[str]
) -> Database:
    """The data set taken back to ``revision`` with the regions ``without_russian`` lacking
    their Russian names (as a data set made before them), then opened: upgraded."""
    alias, region = tables.region_alias, tables.region
    codes = list(without_russian)
    with database.engine.begin() as connection:
        connection.execute(
            alias.delete().where(
                alias.c.lang == "ru",
                alias.c.region_id.in_(select(region.c.id).where(region.c.code.in_(codes))),
            )
        )
    database.dispose()
    engine = create_db_engine(f"sqlite:///{path}")
    downgrade(engine, revision)
    engine.dispose()
    return open_database(path, check_integrity=False)


def test_a_new_data_set_names_turkish_provinces_in_russian(database: Database) -> None:
    with database.sessions() as session:
        assert names_by_code(session, Region, PROVINCES, "ru") == PROVINCES
    for code, name in PROVINCES.items():  # (its bare name's key is its Latin name's)
        assert normalize(f"провинция {name}") in _aliases(database, code)
    ranks = _russian_ranks(database)
    assert [ranks[code] for code in IN_ORDER] == sorted(ranks.values()), "in Russian order"


def test_regions_where_the_diaspora_lives_are_named_in_russian_and_azerbaijani(
    database: Database,
) -> None:
    russian = {
        "BY-HM": "Минск",
        "UZ-QR": "Республика Каракалпакстан",
        "IR-03": "Восточный Азербайджан",
        "KG-Y": "Иссык-Кульская область",
        "IL-HA": "Хайфский округ",
        "GB-SCT": "Шотландия",
    }
    azerbaijani = {"IR-03": "Şərqi Azərbaycan", "IR-24": "Ərdəbil"}
    with database.sessions() as session:
        assert names_by_code(session, Region, russian, "ru") == russian
        assert names_by_code(session, Region, azerbaijani, "az") == azerbaijani


def test_an_older_data_set_gains_the_names_and_ranks_them_again(
    database: Database, database_path
) -> None:
    """A data set made before the names: its regions lacked the aliases and were ranked
    in Russian under their Latin names (after every Cyrillic one)."""
    _russian_ranks(database)  # ranked, as an older data set is once sorted by region
    with database.engine.begin() as connection:
        connection.execute(
            update(tables.region).where(tables.region.c.code == "TR-44").values(rank_ru=10_000)
        )  # where "Malatya" stood: after every Cyrillic name
    upgraded = _as_of(database, database_path, "0009", without_russian=IN_ORDER)
    try:
        for code in IN_ORDER:  # as a new data set has them
            assert normalize(f"провинция {PROVINCES[code]}") in _aliases(upgraded, code)
        ranks = _russian_ranks(upgraded)
        assert [ranks[code] for code in IN_ORDER] == sorted(ranks.values())
    finally:
        upgraded.dispose()


MOLDOVA_AND_BALTICS = {
    "MD-CU": "Кишинёв",
    "MD-GA": "Гагаузия",
    "MD-AN": "Анений-Нойский район",
    "EE-37": "Харьюмаа",
    "EE-45": "Ида-Вирумаа",
    "LV-RIX": "Рига",
    "LV-DGV": "Даугавпилс",
}
"""Where Azerbaijani societies of Moldova, Estonia and Latvia meet; shown as "Chișinău",
"Harju", "Rīga" in a Russian window before."""


def test_moldova_estonia_and_latvia_are_named_in_russian(database: Database) -> None:
    with database.sessions() as session:
        assert names_by_code(session, Region, MOLDOVA_AND_BALTICS, "ru") == MOLDOVA_AND_BALTICS
    assert normalize("Кишинев") in _aliases(database, "MD-CU"), "typed without ё"


def test_a_data_set_of_revision_0010_gains_the_names_added_since(
    database: Database, database_path
) -> None:
    upgraded = _as_of(database, database_path, "0010", without_russian=MOLDOVA_AND_BALTICS)
    try:
        for code, name in MOLDOVA_AND_BALTICS.items():
            assert normalize(name) in _aliases(upgraded, code)
    finally:
        upgraded.dispose()
