"""Upgrading to 0005 indexes events by title and anniversary; downgrading drops them."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from db.engine import alembic_config, create_db_engine


def _event_indexes(engine) -> set[str]:
    with engine.connect() as connection:
        return {index["name"] for index in inspect(connection).get_indexes("event")}


def test_0005_adds_and_drops_the_sort_indexes(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'events.sqlite'}")
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    assert not {"ix_event_title", "ix_event_anniversary"} & _event_indexes(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    assert {"ix_event_title", "ix_event_anniversary"} <= _event_indexes(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    assert not {"ix_event_title", "ix_event_anniversary"} & _event_indexes(engine)
    engine.dispose()
