"""Upgrading to 0005 indexes events by title and anniversary; downgrading drops them."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from db.engine import create_db_engine
from tests.schema_helpers import downgrade, migrate


def _event_indexes(engine) -> set[str]:
    with engine.connect() as connection:
        return {index["name"] for index in inspect(connection).get_indexes("event")}


def test_0005_adds_and_drops_the_sort_indexes(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'events.sqlite'}")
    migrate(engine, "0004")
    assert not {"ix_event_title", "ix_event_anniversary"} & _event_indexes(engine)
    migrate(engine, "0005")
    assert {"ix_event_title", "ix_event_anniversary"} <= _event_indexes(engine)
    downgrade(engine, "0004")
    assert not {"ix_event_title", "ix_event_anniversary"} & _event_indexes(engine)
    engine.dispose()
