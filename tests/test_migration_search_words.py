"""Upgrading a 0006 file with events to 0007 indexes the words of their text, so a word
of two letters finds the events saved before the upgrade; a downgrade removes the
index and its triggers (issue 17, search)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from db.engine import create_db_engine, open_database
from db.event_store import EventInput, EventStore
from db.queries import EventFilter, list_events
from db.reference import load_reference_data
from tests.schema_helpers import downgrade, migrate

WORDS = "event_search_words"


def _triggers(engine) -> set[str]:
    with engine.connect() as connection:
        return set(connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())


def test_0007_indexes_the_words_of_events_saved_before(tmp_path: Path) -> None:
    path = tmp_path / "events.sqlite"
    engine = create_db_engine(f"sqlite:///{path}")
    migrate(engine, "head")  # the event saved as today's version saves it, then taken back
    with Session(engine) as session, session.begin():
        load_reference_data(session)
        EventStore(session, user="clerk").save(
            EventInput(title="Charity bazaar", start_date=dt.date(2025, 3, 1)))
    downgrade(engine, "0006")
    with engine.connect() as connection:
        assert WORDS not in inspect(connection).get_table_names()
    engine.dispose()

    database = open_database(path)  # upgrades to the head
    try:
        with database.sessions() as session:
            found = [row.title for row in list_events(session, EventFilter(text="Ба"))]
        assert found == ["Charity bazaar"]
        with database.engine.begin() as connection:
            connection.execute(text(
                f"INSERT INTO {WORDS}({WORDS}, rank) VALUES ('integrity-check', 1)"))
        assert {f"{WORDS}_insert", f"{WORDS}_update", f"{WORDS}_delete"} <= _triggers(
            database.engine)
        downgrade(database.engine, "0006")
        with database.engine.connect() as connection:
            assert WORDS not in inspect(connection).get_table_names()
        assert not {t for t in _triggers(database.engine) if t.startswith(WORDS)}
    finally:
        database.dispose()
