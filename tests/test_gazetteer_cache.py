"""The gazetteer's name indexes are shared by every event store that reads the same names,
and never outlive a change of those names (an alias, a new name, a merge) or cross into
another data set."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from db.engine import Database
from db.event_store import EventStore
from db.gazetteer import Gazetteer
from db.models import Region
from db.reference_service import ReferenceService

# Invented names: no data set holds them until a test gives them to a region.
NEW_ALIAS = "Zorvania Krai"
NEW_NAME = "Quillmark Territory"


def _region_id(database: Database, code: str) -> int:
    with database.sessions() as session:
        found = session.scalar(select(Region.id).where(Region.code == code))
    assert found is not None
    return int(found)


def _resolved(database: Database, text: str) -> int | None:
    """The region a new event store (a new form, a new import) finds for ``text``."""
    with database.sessions() as session:
        region = EventStore(session).region(text, None)
        return None if region is None else int(region.id)


def test_two_data_files_with_the_same_names_share_one_index(
    database: Database, new_database: Callable[[str], Database]
) -> None:
    other = new_database("other.sqlite")
    with database.sessions() as first, other.sessions() as second:
        assert Gazetteer(first)._index("region") is Gazetteer(second)._index("region")


def test_an_alias_added_through_the_service_is_found_by_the_next_store(
    database: Database, new_database: Callable[[str], Database]
) -> None:
    other = new_database("other.sqlite")  # the same names until this test changes one
    region_id = _region_id(database, "RU-PRI")
    assert _resolved(database, NEW_ALIAS) is None  # its index is built (and shared) first
    assert _resolved(other, NEW_ALIAS) is None
    with database.sessions.begin() as session:
        ReferenceService(session).add_alias("region", region_id, NEW_ALIAS)

    assert _resolved(database, NEW_ALIAS) == region_id
    assert _resolved(other, NEW_ALIAS) is None  # the other file never had that name
    with other.sessions() as session:  # nor is the other file's index the changed one
        assert Gazetteer(session)._index("region").exact.get("zorvania krai") is None


def test_a_renamed_region_is_found_and_shown_by_its_new_name(database: Database) -> None:
    region_id = _region_id(database, "RU-PRI")
    with database.sessions() as session:
        Gazetteer(session).suggest("region", "Prim")  # the old names' completion is built
    with database.sessions.begin() as session:
        service = ReferenceService(session)
        record = service.read("region", region_id)
        assert record is not None
        service.save(
            "region", region_id, {**record.values, "name": NEW_NAME}, record.aliases,
            record.version,
        )

    assert _resolved(database, NEW_NAME) == region_id
    with database.sessions() as session:
        labels = [label for label, _ in Gazetteer(session).suggest("region", "Quillm")]
    assert labels == [f"{NEW_NAME} (RU-PRI)"]


def test_a_merged_region_s_names_lead_to_the_survivor(database: Database) -> None:
    survivor, duplicate = _region_id(database, "RU-PRI"), _region_id(database, "RU-KHA")
    with database.sessions.begin() as session:
        ReferenceService(session).add_alias("region", duplicate, NEW_ALIAS)
    assert _resolved(database, NEW_ALIAS) == duplicate

    with database.sessions.begin() as session:
        ReferenceService(session).merge("region", survivor, duplicate)

    assert _resolved(database, NEW_ALIAS) == survivor
