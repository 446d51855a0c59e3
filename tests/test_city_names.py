"""Cities named in the interface language (seen: an Azerbaijani window and report read
"Moscow", "Yekaterinburg", "Chicago": 166 of the 203 reference cities had no Azerbaijani
name), in new data sets and, through migration 0012, in older ones."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from db import tables
from db.engine import Database, create_db_engine, open_database
from db.localized import names_by_id
from db.names import normalize
from tests.schema_helpers import downgrade

AZERBAIJANI = {"Moscow": "Moskva", "Yekaterinburg": "Yekaterinburq", "Chicago": "Çikaqo"}


def _ids(database: Database) -> dict[str, int]:
    city = tables.city
    with database.connect() as connection:
        rows = connection.execute(
            select(city.c.name, city.c.id).where(city.c.name.in_(AZERBAIJANI))
        )
        return {name: city_id for name, city_id in rows}


def _shown(database: Database, lang: str) -> dict[str, str]:
    ids = _ids(database)
    with database.sessions() as session:
        shown = names_by_id(session, tables.city, ids.values(), lang)
    return {name: shown[city_id] for name, city_id in ids.items()}


def test_a_new_data_set_names_big_cities_in_azerbaijani(database: Database) -> None:
    assert _shown(database, "az") == AZERBAIJANI


def test_an_older_data_set_gains_the_names_keeps_a_clerks_and_ranks_them_again(
    database: Database, database_path: Path
) -> None:
    city, alias = tables.city, tables.city_alias
    ids = _ids(database)
    with database.engine.begin() as connection:  # as a data set made before the names
        connection.execute(update(city).values(name_az=None))
        connection.execute(
            alias.delete().where(
                alias.c.normalized.in_([normalize(n) for n in AZERBAIJANI.values()])
            )
        )
        connection.execute(  # a name a clerk gave stays
            update(city).where(city.c.id == ids["Chicago"]).values(name_az="Çikaqo şəhəri")
        )
    database.dispose()
    engine = create_db_engine(f"sqlite:///{database_path}")
    downgrade(engine, "0011")
    engine.dispose()
    upgraded = open_database(database_path, check_integrity=False)
    try:
        assert _shown(upgraded, "az") == {**AZERBAIJANI, "Chicago": "Çikaqo şəhəri"}
        with upgraded.connect() as connection:
            keys = set(connection.scalars(select(alias.c.normalized)))
            stale = connection.scalar(
                select(city.c.rank_az).where(city.c.id == ids["Moscow"])
            )
        assert normalize("Moskva") in keys and normalize("Yekaterinburq") in keys
        assert stale is None  # ranked again from the names now shown
    finally:
        upgraded.dispose()


def test_odesa_is_named_in_russian_not_in_ukrainian(database: Database) -> None:
    """The Russian window showed Odesa by its Ukrainian spelling "Одеса"."""
    city = tables.city
    with database.sessions() as session:
        odesa = session.scalar(select(city.c.id).where(city.c.name == "Odesa"))
        assert names_by_id(session, tables.city, [odesa], "ru") == {odesa: "Одесса"}
