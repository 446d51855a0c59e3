"""Backups through SQLite's online backup API: consistent, rotated, restorable."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from pathlib import Path

import pytest

from db.backup import (
    BackupError,
    integrity_problem,
    list_backups,
    make_backup,
    newest_good_backup,
    restore,
    rotate,
)
from db.engine import DatabaseOpenError, open_database
from tests.data_sets import stamp_as_data_set


def _make_db(path: Path, rows: int) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE IF NOT EXISTS t (n INTEGER)")
        stamp_as_data_set(connection)
        connection.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(rows)])
    connection.close()


def _count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        value = connection.execute("SELECT count(*) FROM t").fetchone()[0]
    connection.close()
    return value


def test_a_backup_taken_while_a_writer_holds_the_file_is_consistent(tmp_path: Path) -> None:
    live = tmp_path / "events.sqlite"
    _make_db(live, 1000)
    writer = sqlite3.connect(live)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("INSERT INTO t VALUES (-1)")
    writer.commit()  # committed but only in the WAL: a file copy of events.sqlite would miss it
    made = make_backup(live, "test")
    writer.close()
    assert integrity_problem(made) is None
    assert _count(made) == 1001


def test_rotation_keeps_the_newest_per_day_and_week(tmp_path: Path) -> None:
    live = tmp_path / "events.sqlite"
    _make_db(live, 1)
    start = dt.datetime(2026, 1, 1, 9, 0)
    for day in range(60):
        for hour in (9, 17):
            make_backup(live, "daily", now=start + dt.timedelta(days=day, hours=hour - 9))
    rotate(live, keep_daily=7, keep_weekly=4)
    kept = list_backups(live)
    days = {b.made_at.date() for b in kept}
    assert len(days) <= 7 + 4
    newest_day = start.date() + dt.timedelta(days=59)
    assert {b.made_at for b in kept if b.made_at.date() == newest_day} == {
        dt.datetime.combine(newest_day, dt.time(9)),
        dt.datetime.combine(newest_day, dt.time(17)),
    }, "everything from the newest day stays"
    assert all(b.made_at.date() > start.date() + dt.timedelta(days=25) for b in kept)


def test_restore_keeps_a_backup_of_what_it_replaces(tmp_path: Path) -> None:
    live = tmp_path / "events.sqlite"
    _make_db(live, 10)
    first = make_backup(live, "before")
    _make_db(live, 5)
    assert _count(live) == 15
    kept = restore(first, live)
    assert _count(live) == 10
    assert kept is not None and _count(kept) == 15


def test_a_damaged_backup_is_refused(tmp_path: Path) -> None:
    live = tmp_path / "events.sqlite"
    _make_db(live, 10)
    bad = tmp_path / "backups" / "events-20260101-000000-000000-bad.sqlite"
    bad.parent.mkdir()
    bad.write_bytes(b"not a database" * 100)
    with pytest.raises(BackupError, match="damaged"):
        restore(bad, live)
    assert _count(live) == 10
    assert newest_good_backup(live) is None


def test_a_damaged_database_names_the_newest_good_backup(database_path: Path) -> None:
    open_database(database_path).dispose()
    make_backup(database_path, "daily")
    data = bytearray(database_path.read_bytes())
    data[100 : 4096 * 4] = b"\xff" * (4096 * 4 - 100)  # wreck the header and the first pages
    database_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseOpenError, match="restore --newest"):
        open_database(database_path)


def test_a_start_backup_is_made_and_old_ones_rotated(tmp_path: Path) -> None:
    from db.backup import KEEP_TODAY, backup_on_start

    live = tmp_path / "events.sqlite"
    _make_db(live, 3)
    for _ in range(KEEP_TODAY + 5):
        os.utime(live, None)  # the file was written since the last start
        assert backup_on_start(live) is not None
    kept = list_backups(live)
    assert len(kept) == KEEP_TODAY
    assert all(_count(b.path) == 3 for b in kept)
    assert backup_on_start(tmp_path / "missing.sqlite") is None


_EXCLUSIVE_HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA locking_mode=EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
print("held", flush=True)
sys.stdin.readline()
"""


def test_a_file_another_program_keeps_locked_is_given_up_not_waited_on(tmp_path: Path) -> None:
    """A merge of a file another program held exclusively waited minutes without a word
    (the copy retried for as long as the lock stayed)."""
    import subprocess
    import sys

    from db.backup import UnreadableError, snapshot

    live = tmp_path / "other.sqlite"
    _make_db(live, 10)
    holder = subprocess.Popen([sys.executable, "-c", _EXCLUSIVE_HOLDER, str(live)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with pytest.raises(UnreadableError, match="another program is using the file"):
            snapshot(live, tmp_path / "copy.sqlite", busy_seconds=0.5)
        # Given up after its own half second, not after SQLite's busy timeout as well
        # (Python's five seconds per try came on top: a ten-second wait took fifteen).
        assert time.monotonic() - started < 3
    finally:
        holder.communicate("\n", timeout=30)


def test_what_a_restore_replaces_is_counted(database, database_path, tmp_path) -> None:
    """Events entered, changed or trashed after a backup are what restoring it replaces."""
    import datetime as dt

    from db.backup import changed_since
    from db.event_store import EventInput, EventStore

    def save(title: str) -> EventInput:
        with database.sessions.begin() as session:
            store = EventStore(session)
            return store.load(store.save(EventInput(title=title,
                                                    start_date=dt.date(2025, 3, 1))).uuid)

    save("Kept")
    changed, trashed = save("Changed"), save("Trashed")
    backup = make_backup(database_path, "manual")
    assert changed_since(backup, database_path) == 0
    save("New")
    with database.sessions.begin() as session:
        store = EventStore(session)
        changed.description = "more"
        store.save(changed)
        store.delete(trashed.uuid)
    assert changed_since(backup, database_path) == 3  # new, changed, trashed; not kept
    (tmp_path / "not-a-backup.sqlite").write_bytes(b"not a database")
    assert changed_since(tmp_path / "not-a-backup.sqlite", database_path) is None
