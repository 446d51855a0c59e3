"""The same app on a real PostgreSQL server: reference data, events, search, reports, copies."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from db.copy import CopyError, copy_data_set, data_set_checksum
from db.engine import open_database
from db.event_store import EventStore, StaleEventError
from db.gazetteer import Gazetteer
from db.models import Event
from db.queries import EventFilter, count_events, events_per_region
from desktop.reports import ReportOptions, export_workbook
from desktop.sample import load_sample, sample_inputs


@pytest.fixture
def pg_database(postgres_data_set_url: str):
    database = open_database(postgres_data_set_url)
    yield database
    database.dispose()


def test_the_seed_is_recorded_and_reported_on_postgresql(pg_database, tmp_path: Path) -> None:
    with pg_database.sessions.begin() as session:
        events = load_sample(session)
        assert sorted(e.region.code for e in events) == ["RU-CHE", "RU-KYA", "RU-PRI"]
    with pg_database.sessions() as session:
        assert Gazetteer(session).resolve_region("Приморский край").code == "RU-PRI"
        assert count_events(session, EventFilter(text="Ибишов")) == 1
        assert count_events(session, EventFilter(text="KHANKISHIYEV")) == 1
        per_region = events_per_region(session, EventFilter())
        assert sorted((r.region_code, r.events) for r in per_region) == [
            ("RU-CHE", 1),
            ("RU-KYA", 1),
            ("RU-PRI", 1),
        ]
    out = tmp_path / "pg.xlsx"
    export_workbook(pg_database, out, ReportOptions())
    assert openpyxl.load_workbook(out)["Events"].max_row == 4


def test_a_concurrent_edit_is_a_conflict_on_postgresql(pg_database) -> None:
    with pg_database.sessions.begin() as session:
        event_uuid = EventStore(session).save(sample_inputs()[0]).uuid
    with pg_database.sessions() as session:
        mine = EventStore(session).load(event_uuid)
        theirs = EventStore(session).load(event_uuid)
    theirs.attendance = 12
    with pg_database.sessions.begin() as session:
        EventStore(session, user="desk-b").save(theirs)
    mine.attendance = 30
    with pg_database.sessions.begin() as session, pytest.raises(StaleEventError, match="desk-b"):
        EventStore(session, user="desk-a").save(mine)


def test_copy_sqlite_to_postgresql_and_back_verifies(database, postgres_url, tmp_path) -> None:
    with database.sessions.begin() as session:
        load_sample(session)
    with database.engine.connect() as connection:
        _, original = data_set_checksum(connection)

    to_server = copy_data_set(database.url, postgres_url)
    back_file = tmp_path / "back.sqlite"
    back = copy_data_set(postgres_url, f"sqlite:///{back_file}")
    assert to_server.checksum == back.checksum == original
    assert to_server.rows["event"] == 3

    copied = open_database(postgres_url)
    with copied.sessions.begin() as session:  # sequences continue after the copied ids
        new = EventStore(session).save(sample_inputs()[1])
        assert new.id > 3
        assert session.scalar(select(Event).where(Event.title.like("%Vladivostok%"))) is not None
    copied.dispose()


def test_copy_refuses_a_target_that_holds_data(database, postgres_url) -> None:
    with database.sessions.begin() as session:
        load_sample(session)
    copy_data_set(database.url, postgres_url)
    with pytest.raises(CopyError, match="already holds data"):
        copy_data_set(database.url, postgres_url)


def test_search_by_a_word_inside_names_on_postgresql(postgres_data_set_url: str) -> None:
    """The name lookups write LIKE '% word%' into the SQL: psycopg must not read it as a
    parameter marker."""
    from db.engine import open_database
    from db.queries import EventFilter, count_events
    from desktop.sample import load_sample

    database = open_database(postgres_data_set_url)
    try:
        with database.sessions.begin() as session:
            load_sample(session)
        with database.sessions() as session:
            assert count_events(session, EventFilter(text="Xocalı")) == 3
            assert count_events(session, EventFilter(text="Zeynalov")) >= 1
    finally:
        database.dispose()
