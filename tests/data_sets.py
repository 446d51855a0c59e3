"""Fillings of a data set that several test files share, for ``database_with`` (one
template per run and filling, copied per test)."""

from __future__ import annotations

from db.engine import Database


def fill_sample(database: Database) -> None:
    """The sample's three events (desktop/sample.py), saved as the app saves them."""
    from desktop.sample import load_sample

    with database.sessions.begin() as session:
        load_sample(session)


def stamp_as_data_set(connection) -> None:
    """Mark a bare SQLite file (a backup test's big table) as a data set of this version:
    only such a file is restored (db.backup.restore)."""
    from db.engine import schema_head

    connection.execute(
        "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL)"
    )
    connection.execute("DELETE FROM alembic_version")
    connection.execute("INSERT INTO alembic_version VALUES (?)", (schema_head(),))
