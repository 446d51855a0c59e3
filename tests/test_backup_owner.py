"""Backups belong to their data file, and only a Diaspora Events data set is restored.

Two offices' files in one folder shared one backups folder: `restore --newest` put the
other office's data in place, and one file's rotation deleted the other's backups. A
restore took any SQLite file (another program's, a newer version's, an empty one) and
said "Restored"; the data set then would not open."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from db.backup import BackupError, list_backups, make_backup, newest_good_backup, restore, rotate
from db.engine import open_database
from db.event_store import EventInput, EventStore
from db.queries import EventFilter, count_events

_new_data_set: list[Path] = []
"""The run's copy of a new data set (made once, tests/conftest.py)."""


@pytest.fixture(autouse=True)
def _new_data_sets_are_copies(_template_database: Path) -> None:
    """A new data file is a copy of a new data set: making each one ran every migration
    (a second of CPU a file); a first creation is tests/test_safety_first_creation.py's."""
    _new_data_set[:] = [_template_database]


def _data_set(path: Path, titles: list[str]) -> Path:
    shutil.copyfile(_new_data_set[0], path)
    database = open_database(path)
    with database.sessions.begin() as session:
        store = EventStore(session)
        for title in titles:
            store.save(EventInput(title=title, start_date=dt.date(2025, 1, 1)))
    database.dispose()
    return path


def _titles(path: Path) -> int:
    database = open_database(path)
    try:
        with database.sessions() as session:
            return count_events(session, EventFilter())
    finally:
        database.dispose()


def test_two_data_files_in_one_folder_keep_their_own_backups(tmp_path: Path) -> None:
    office_a = _data_set(tmp_path / "office-a.sqlite", ["A's event"])
    office_b = _data_set(tmp_path / "office-b.sqlite", ["B's event", "B's other"])
    mine = make_backup(office_a, "manual")
    for _ in range(12):
        make_backup(office_b, "manual")
    rotate(office_b)
    assert mine.exists(), "B's rotation deleted A's backup"
    assert [b.path for b in list_backups(office_a)] == [mine]
    assert all(b.path.name.startswith("office-b-") for b in list_backups(office_b))
    newest = newest_good_backup(office_a)
    assert newest is not None and newest.path == mine
    restore(newest.path, office_a)
    assert _titles(office_a) == 1


def _foreign(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE foo (x)")
    connection.close()
    return path


def _newer(path: Path, tmp_path: Path) -> Path:
    shutil.copyfile(_data_set(tmp_path / "newer-source.sqlite", []), path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.close()
    return path


@pytest.mark.parametrize("kind", ["foreign", "newer", "empty"])
def test_only_a_data_set_this_version_opens_is_restored(tmp_path: Path, kind: str) -> None:
    live = _data_set(tmp_path / "events.sqlite", ["kept"])
    before = live.read_bytes()
    candidate = tmp_path / "backups" / f"events-20260101-000000-000000-{kind}.sqlite"
    candidate.parent.mkdir(exist_ok=True)
    if kind == "foreign":
        _foreign(candidate)
    elif kind == "newer":
        _newer(candidate, tmp_path)
    else:
        candidate.write_bytes(b"")
    with pytest.raises(BackupError, match=candidate.name):
        restore(candidate, live)
    assert live.read_bytes() == before
    newest = newest_good_backup(live)
    assert newest is None or newest.path != candidate
