"""Upgrading a 0007 file with events to 0008 widens the end-date index to (end date,
start date), so the overview's start floor is read from the index alone; the events
are kept and a downgrade restores the narrow index (issue 15 item 5)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from sqlalchemy import Engine, inspect
from sqlalchemy.orm import Session

from db.engine import alembic_config, create_db_engine, open_database
from db.event_store import EventInput, EventStore
from db.reference import load_reference_data
from desktop.overview import start_floors


def _end_date_columns(engine: Engine) -> list[str | None]:
    with engine.connect() as connection:
        (index,) = [i for i in inspect(connection).get_indexes("event")
                    if i["name"] == "ix_event_end_date"]
    return list(index["column_names"])


def _migrate(engine: Engine, revision: str, down: bool = False) -> None:
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def test_0008_adds_the_start_date_to_the_end_date_index(tmp_path: Path) -> None:
    path = tmp_path / "events.sqlite"
    engine = create_db_engine(f"sqlite:///{path}")
    _migrate(engine, "head")  # the event saved as today's version saves it, then taken back
    with Session(engine) as session, session.begin():
        load_reference_data(session)
        EventStore(session, user="clerk").save(EventInput(
            title="Week of films", start_date=dt.date(2024, 12, 28),
            end_date=dt.date(2025, 1, 4)))
    _migrate(engine, "0007", down=True)
    assert _end_date_columns(engine) == ["end_date"]
    engine.dispose()

    database = open_database(path)  # upgrades to the head
    try:
        assert _end_date_columns(database.engine) == ["end_date", "start_date"]
        with database.sessions() as session:
            assert start_floors(session, [dt.date(2025, 3, 1)]) == {2025: dt.date(2024, 12, 28)}
        _migrate(database.engine, "0007", down=True)
        assert _end_date_columns(database.engine) == ["end_date"]
    finally:
        database.dispose()
