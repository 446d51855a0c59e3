"""The extraction lexicon is built once for the same names, whichever file holds them, and
again after any change of a name or of what a record says (a reference date)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from db.engine import Database, open_database
from db.models import Occasion, Region
from db.reference_service import ReferenceService
from desktop.extraction import extract
from desktop.extraction.lexicon import Lexicon

# Invented: no data set names a region so until a test gives it that alias.
NEW_ALIAS = "Zorvania Krai"
IN_THE_REGION = f"On 12 March 2025 a concert of folk music was held in {NEW_ALIAS}."
# No year: the anniversary and the occasion's reference date give it.
ANNIVERSARY = (
    "On 26 February the community held a memorial evening marking the 33rd anniversary "
    "of the Khojaly genocide."
)


def _record_id(database: Database, model: type[Region] | type[Occasion], **by: str) -> int:
    with database.sessions() as session:
        found = session.scalar(select(model.id).filter_by(**by))
    assert found is not None
    return int(found)


def _region_codes(database: Database, text: str) -> list[str | None]:
    with database.sessions() as session:
        return [event.region_code for event in extract(text, session).events]


def test_two_data_files_with_the_same_names_share_the_tables(
    database: Database, new_database: Callable[[str], Database]
) -> None:
    other = new_database("other.sqlite")
    with database.sessions() as first, other.sessions() as second:
        assert Lexicon(second).exact is Lexicon(first).exact


def test_an_alias_given_to_a_region_is_found_in_its_own_data_file_only(
    database: Database, new_database: Callable[[str], Database]
) -> None:
    other = new_database("other.sqlite")  # the same names until the alias is added
    region_id = _record_id(database, Region, code="RU-PRI")
    assert _region_codes(database, IN_THE_REGION) == [None]  # the tables are built first
    with database.sessions.begin() as session:
        ReferenceService(session).add_alias("region", region_id, NEW_ALIAS)

    assert _region_codes(database, IN_THE_REGION) == ["RU-PRI"]
    assert _region_codes(other, IN_THE_REGION) == [None]


def test_an_occasion_s_new_reference_date_is_used_by_the_next_extraction(
    database: Database,
) -> None:
    occasion_id = _record_id(database, Occasion, name="Khojaly genocide")
    with database.sessions() as session:
        (before,) = extract(ANNIVERSARY, session).events
    assert before.date == dt.date(2025, 2, 26)  # 1992 + 33

    with database.sessions.begin() as session:  # only the date changes: no name does
        service = ReferenceService(session)
        record = service.read("occasion", occasion_id)
        assert record is not None
        values = {**record.values, "reference_date": "1993-02-26"}
        service.save("occasion", occasion_id, values, record.aliases, record.version)

    with database.sessions() as session:
        (after,) = extract(ANNIVERSARY, session).events
    assert after.date == dt.date(2026, 2, 26)


def test_two_read_only_files_whose_names_differ_by_as_much_are_told_apart(
    new_database: Callable[[str], Database], tmp_path: Path
) -> None:
    """Each file gets one new region alias of the same row id: the same counts, last ids and
    versions, other names. Read-only files have no address in their engine's URL."""
    other_alias = "Quelvoria Oblast"
    paths = []
    for name, code, alias in (("a", "RU-PRI", NEW_ALIAS), ("b", "RU-KDA", other_alias)):
        writable = new_database(f"{name}.sqlite")
        with writable.sessions.begin() as session:
            ReferenceService(session).add_alias(
                "region", _record_id(writable, Region, code=code), alias
            )
        writable.dispose()
        paths.append(tmp_path / f"{name}.sqlite")
    first, second = (open_database(path, check_integrity=False, read_only=True) for path in paths)
    try:
        assert _region_codes(first, IN_THE_REGION) == ["RU-PRI"]
        in_the_other = IN_THE_REGION.replace(NEW_ALIAS, other_alias)
        assert _region_codes(second, in_the_other) == ["RU-KDA"]
    finally:
        first.dispose()
        second.dispose()
