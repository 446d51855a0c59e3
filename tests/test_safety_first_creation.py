"""Data trust, first start: making a new data file is all or nothing. A failure or a kill
in the middle used to leave a file with some tables and no schema revision, which every
later start refused as "not a Diaspora Events database (it has other tables)"."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from db.engine import DatabaseOpenError, open_database
from db.models import Base, Country

_KILLED_WHILE_CREATING = """
import sys, time
import db.reference

def stuck(session):
    print("creating", flush=True)
    time.sleep(120)

db.reference.load_reference_data = stuck
from db.engine import open_database
open_database(sys.argv[1])
"""


def _countries(path: Path) -> int:
    database = open_database(path)
    try:
        with database.sessions() as session:
            return session.scalar(select(func.count(Country.id))) or 0
    finally:
        database.dispose()


def test_a_failed_first_creation_leaves_no_half_made_file(tmp_path: Path, monkeypatch) -> None:
    import db.reference

    path = tmp_path / "new.sqlite"

    def full_disk(_session: object) -> None:
        raise OSError("No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(db.reference, "load_reference_data", full_disk)
        with pytest.raises(DatabaseOpenError, match="No space left"):
            open_database(path)
    assert not path.exists() or path.stat().st_size == 0
    assert _countries(path) > 0, "the next start makes it whole"
    assert sorted(p.name for p in tmp_path.iterdir() if "new.sqlite" not in p.name) == []


def test_a_first_creation_killed_midway_is_made_again(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WHILE_CREATING, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "creating"
    child.kill()
    child.wait(60)
    assert _countries(path) > 0
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("new.sqlite")] == []


def test_a_half_made_file_of_an_older_version_is_finished(tmp_path: Path) -> None:
    """What the old creation left: our tables, an empty revision table, no rows."""
    path = tmp_path / "half.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"
        )
        connection.exec_driver_sql("CREATE VIRTUAL TABLE event_search USING fts5(text)")
    engine.dispose()
    assert _countries(path) > 0


def test_a_half_made_file_holding_rows_is_still_refused(tmp_path: Path) -> None:
    """Rows in it may be someone's work: never thrown away to make a new file."""
    path = tmp_path / "half.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"
        )
        connection.exec_driver_sql("INSERT INTO country (code, name) VALUES ('XX', 'Testland')")
    engine.dispose()
    with pytest.raises(DatabaseOpenError, match="other tables"):
        open_database(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT name FROM country").fetchall() == [("Testland",)]
    connection.close()


_HALF_MADE_IN_WAL = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
connection.execute("CREATE TABLE country (id INTEGER PRIMARY KEY, code VARCHAR(2), name TEXT)")
connection.commit()
os._exit(0)  # killed: the tables stay in the -wal file, never copied into the file itself
"""


def test_a_half_made_file_killed_in_its_wal_is_made_anew_whole(tmp_path: Path) -> None:
    """The old file's -wal must go with it: SQLite would replay it onto the new file."""
    path = tmp_path / "half.sqlite"
    subprocess.run([sys.executable, "-c", _HALF_MADE_IN_WAL, str(path)], check=True)
    assert path.with_name("half.sqlite-wal").stat().st_size > 0
    assert _countries(path) > 0
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    connection.close()
