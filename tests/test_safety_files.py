"""Issue 18 items 8, 10-14: refusing or reading a file never changes it; writes go only to
regular files; read-only media are read read-only; litter is cleaned; clear messages."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from db.engine import DatabaseOpenError, alembic_config, open_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_refusing_a_foreign_sqlite_file_does_not_change_it(tmp_path: Path) -> None:
    path = tmp_path / "invoices.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        connection.execute("INSERT INTO invoices VALUES (1, 9.5)")
    connection.close()
    before = _digest(path)
    with pytest.raises(DatabaseOpenError, match="not a Diaspora Events database"):
        open_database(path)
    assert _digest(path) == before, "refusing the file switched it to WAL (its bytes changed)"
    assert not Path(f"{path}-wal").exists()


def test_refusing_a_newer_data_set_does_not_change_it(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(path, load_reference=False).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = _digest(path)
    with pytest.raises(DatabaseOpenError, match="newer version"):
        open_database(path)
    assert _digest(path) == before


def _old_data_set(path: Path) -> None:
    """A data set at the first schema revision, as an older version left it."""
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(text("INSERT INTO country (code, name) VALUES ('ZZ', 'Testland')"))
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()


def test_db_copy_does_not_upgrade_its_source(tmp_path: Path) -> None:
    from db.copy import copy_data_set
    from db.engine import current_revision, head_revision

    source = tmp_path / "old" / "events.sqlite"
    source.parent.mkdir()
    _old_data_set(source)
    before = _digest(source)
    target = tmp_path / "new.sqlite"
    report = copy_data_set(f"sqlite:///{source}", f"sqlite:///{target}")
    assert report.rows["country"] == 1
    assert _digest(source) == before, "the source was upgraded or switched to WAL"
    assert not (source.parent / "backups").exists()
    copied = open_database(target, load_reference=False)
    assert current_revision(copied.engine) == head_revision()
    copied.dispose()
