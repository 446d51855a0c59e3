"""The Alembic migrations build exactly the models' schema, upgrade old files, refuse new ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine, func, select, text

from db.backup import list_backups
from db.copy import table_checksum
from db.engine import (
    Database,
    DatabaseOpenError,
    alembic_config,
    create_db_engine,
    current_revision,
    head_revision,
    open_database,
)
from db.models import Base, Region
from db.queries import EventFilter, count_events
from db.search import is_search_object
from db.tables import metadata
from tests.data_sets import fill_sample
from tests.schema_helpers import downgrade, migrate


def _schema_differences(url: str) -> list:
    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "compare_type": True,
                    "include_object": lambda _o, name, *_: not is_search_object(name),
                },
            )
            return compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()


def test_migrations_create_the_models_schema_on_sqlite(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.sqlite", load_reference=False)
    database.dispose()
    assert _schema_differences(database.url) == []


def test_migrations_create_the_models_schema_on_postgresql(postgres_url: str) -> None:
    database = open_database(postgres_url, load_reference=False)
    database.dispose()
    assert _schema_differences(postgres_url) == []


def _older_revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return ["base"] + [
        rev.revision for rev in script.walk_revisions() if rev.revision != head_revision()
    ]


IDENTITY_BORN = "0013"
"""The revision that made ``data_set`` (db.identity): a data set taken back before it loses
its identity, and gets a new one as it opens again."""


def _rows(connection: Connection, start: str) -> dict[str, tuple[int, str]]:
    """Each table's row count and checksum, but the identity's where ``start`` had none."""
    return {
        table.name: table_checksum(connection, table)
        for table in metadata.sorted_tables
        if not (table.name == "data_set" and start < IDENTITY_BORN)
    }


@pytest.mark.parametrize("start", _older_revisions())
def test_an_older_database_is_upgraded_on_open_with_every_row_intact(
    tmp_path: Path, start: str, database_with: Callable[..., Database]
) -> None:
    if start == "base":
        path = tmp_path / "old.sqlite"
        engine = create_db_engine(f"sqlite:///{path}")
        migrate(engine, start)
    else:
        # a database in use, with reference data and events in it (a copy of one filled
        # once per run), taken back to that revision (today's code writes today's
        # schema, so the data goes in at the head and the schema goes down)
        in_use = database_with(fill_sample)
        in_use.dispose()
        path = Path(str(in_use.engine.url.database))
        engine = create_db_engine(f"sqlite:///{path}")
        with engine.connect() as connection:
            rows_before = _rows(connection, start)
        downgrade(engine, start)
    engine.dispose()

    database = open_database(path)
    assert current_revision(database.engine) == head_revision()
    with database.engine.connect() as connection:
        rows_after = _rows(connection, start) if start != "base" else {}
    with database.sessions() as session:
        regions = session.scalar(select(func.count(Region.id)))
        found = count_events(session, EventFilter(text="Khankishiyev"))
    database.dispose()
    assert regions > 1000, "reference data is there after the upgrade"
    if start != "base":
        assert rows_after == rows_before, "every row survives the upgrade unchanged"
        assert found == 1, "events recorded before the search index are found by it"
        assert any(b.reason.startswith("before-upgrade") for b in list_backups(path))


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(path, load_reference=False).dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()

    with pytest.raises(DatabaseOpenError, match="newer version of Diaspora Events") as error:
        open_database(path)
    assert "9999_future" in str(error.value)


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("these are somebody's notes, not a database\n" * 100)
    with pytest.raises(DatabaseOpenError, match="Cannot open the database file"):
        open_database(path)
    assert path.read_text().startswith("these are somebody's notes"), "the file is left untouched"


def test_a_foreign_sqlite_database_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(DatabaseOpenError, match="not a Diaspora Events database"):
        open_database(path)


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
