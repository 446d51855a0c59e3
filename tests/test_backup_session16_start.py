"""The backup at start: made when the data changed, even after a desk's clock was wrong."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db.backup import backup_on_start, list_backups, make_backup
from db.engine import open_database
from db.event_store import EventStore
from desktop.sample import sample_inputs


def test_a_backup_stamped_in_the_future_does_not_stop_the_start_backups(
    database_path: Path,
) -> None:
    """A desk whose clock ran a year ahead once made a backup "in 2027": every start
    after that saw the file as older than its newest backup and backed nothing up."""
    ahead = dt.datetime.now() + dt.timedelta(days=365)
    make_backup(database_path, "manual", now=ahead)
    database = open_database(database_path)
    with database.sessions.begin() as session:  # today's work
        EventStore(session).save(sample_inputs()[0])
    database.dispose()

    made = backup_on_start(database_path)

    assert made is not None
    assert made in [info.path for info in list_backups(database_path)]


def test_an_unchanged_file_is_not_backed_up_again(database_path: Path) -> None:
    open_database(database_path).dispose()
    assert backup_on_start(database_path) is not None
    database = open_database(database_path, check_integrity=False)  # a start that only reads
    with database.connect() as connection:
        connection.exec_driver_sql("SELECT count(*) FROM event").scalar()
    database.dispose()
    assert backup_on_start(database_path) is None


def test_a_restore_waits_for_this_programs_own_start_backup(
    database_path: Path, tmp_path: Path, monkeypatch
) -> None:
    """The start-up backup reads the file for seconds in its thread; a restore asked
    meanwhile was refused as if "another window or another desk" had the file open."""
    import sqlite3
    import threading

    from db import backup

    open_database(database_path).dispose()
    chosen = make_backup(database_path, "manual")
    database = open_database(database_path)
    with database.sessions.begin() as session:  # changed since: the start backs up
        EventStore(session).save(sample_inputs()[0])
    database.dispose()
    reading, go_on = threading.Event(), threading.Event()
    real_snapshot = backup.snapshot

    def slow_snapshot(source: Path | sqlite3.Connection, target: Path, *rest: float) -> None:
        with sqlite3.connect(database_path) as held:  # the copy's read, seconds long
            held.execute("BEGIN")
            held.execute("SELECT count(*) FROM event").fetchone()
            reading.set()
            go_on.wait(5)
            held.rollback()
        held.close()
        real_snapshot(source, target, *rest)

    monkeypatch.setattr(backup, "snapshot", slow_snapshot)
    thread = backup.backup_in_background(database_path)
    assert reading.wait(5)
    threading.Timer(2.0, go_on.set).start()  # longer than a lock is waited for
    monkeypatch.setattr(backup, "snapshot", real_snapshot)  # the restore's own copies

    backup.restore(chosen, database_path)

    thread.join(10)
    database = open_database(database_path)
    try:
        with database.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM event").scalar() == 0
    finally:
        database.dispose()
