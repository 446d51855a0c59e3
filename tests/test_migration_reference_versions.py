"""Upgrading to 0004 gives every reference record a version and indexes events by end date."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from db.engine import create_db_engine, open_database
from db.models import Organization
from tests.schema_helpers import migrate


def _database_at_0003(path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{path}")
    migrate(engine, "0003")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO organization (id, uuid, name, contacts) "
                "VALUES (1, :uuid, 'Friendship society', 'tel. 100')"
            ),
            {"uuid": uuid.uuid4().hex},
        )
        connection.execute(
            text("INSERT INTO person (id, uuid, full_name) VALUES (1, :uuid, 'Elmar Aliyev')"),
            {"uuid": uuid.uuid4().hex},
        )
    engine.dispose()


def test_upgrade_gives_existing_records_version_one_and_checks_it(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _database_at_0003(path)

    database = open_database(path, load_reference=False)
    try:
        with database.engine.connect() as connection:
            versions = connection.execute(
                text(
                    "SELECT (SELECT version FROM organization WHERE id = 1), "
                    "(SELECT version FROM person WHERE id = 1)"
                )
            ).one()
            indexes = {i["name"] for i in inspect(connection).get_indexes("event")}
        assert tuple(versions) == (1, 1)
        assert "ix_event_end_date" in indexes
        with database.sessions.begin() as session:
            organization = session.scalar(select(Organization).where(Organization.id == 1))
            assert organization is not None and organization.contacts == "tel. 100"
            organization.notes = "meets on Fridays"
        with database.sessions() as session:
            assert session.get(Organization, 1).version == 2  # the counter runs
    finally:
        database.dispose()


@pytest.mark.parametrize("table", ["country", "region", "city", "occasion", "event_type"])
def test_every_reference_table_has_a_version(database, table: str) -> None:
    with database.engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns(table)}
    assert "version" in columns
