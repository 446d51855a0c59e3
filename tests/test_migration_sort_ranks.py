"""Upgrading a 0005 file with events to 0006 gives the reference tables their (stale)
ranks and the organizers their walk index; the first sort ranks them (issue 17, sort)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from db.engine import create_db_engine, open_database
from db.event_pages import read_page
from db.queries import EventFilter
from db.reference import load_reference_data
from desktop.sample import load_sample
from tests.schema_helpers import downgrade, migrate


def _indexes(engine, table: str) -> set[str]:
    with engine.connect() as connection:
        return {index["name"] for index in inspect(connection).get_indexes(table)}


def test_0006_upgrades_a_file_with_events_and_sorts_it(tmp_path: Path) -> None:
    path = tmp_path / "events.sqlite"
    engine = create_db_engine(f"sqlite:///{path}")
    migrate(engine, "head")
    with Session(engine) as session, session.begin():
        load_reference_data(session)
        load_sample(session)
    downgrade(engine, "0005")
    assert "ix_city_rank_ru" not in _indexes(engine, "city")
    assert "ix_event_organizer_organization_id" in _indexes(engine, "event_organizer")
    engine.dispose()

    database = open_database(path)  # upgrades to the head
    assert {"ix_city_rank_en", "ix_city_rank_ru", "ix_city_rank_az"} <= _indexes(
        database.engine, "city"
    )
    organizer_indexes = _indexes(database.engine, "event_organizer")
    assert "ix_event_organizer_organization_event" in organizer_indexes
    assert "ix_event_organizer_organization_id" not in organizer_indexes
    with database.sessions() as session:
        every = read_page(session, EventFilter(), 0, 100, "date", True, "ru")
        by_city = read_page(session, EventFilter(), 0, 100, "city", False, "ru")
        by_organizer = read_page(session, EventFilter(), 0, 100, "organizers", False, "ru")
    database.dispose()
    assert len(every) == 3
    assert sorted(row.uuid for row in by_city) == sorted(row.uuid for row in every)
    assert sorted(row.uuid for row in by_organizer) == sorted(row.uuid for row in every)
