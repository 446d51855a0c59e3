"""Issue 18, data loss: a restore keeps what it replaces, damaged or not, and never runs under
another process's feet; starting on a damaged file never rotates the good backups away."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

from db.backup import (
    KEEP_TODAY,
    backup_on_start,
    integrity_problem,
    list_backups,
    make_backup,
    newest_good_backup,
    restore,
    rotate,
)
from tests.data_sets import stamp_as_data_set

ROWS = 3000


def _make_db(path: Path, rows: int) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE IF NOT EXISTS t (n INTEGER, pad TEXT)")
        stamp_as_data_set(connection)
        connection.executemany("INSERT INTO t VALUES (?, ?)", [(n, "x" * 200) for n in range(rows)])
    connection.close()


def _damage(path: Path) -> bytes:
    """Scribble over some b-tree pages: the header stays, quick_check fails."""
    data = bytearray(path.read_bytes())
    for page in range(3, 12):
        data[page * 4096 : page * 4096 + 48] = b"\xde\xad" * 24
    path.write_bytes(bytes(data))
    assert integrity_problem(path) is not None
    return bytes(data)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
    )


def test_restoring_over_a_damaged_file_keeps_the_damaged_file(tmp_path: Path) -> None:
    live = tmp_path / "events.sqlite"
    _make_db(live, 10)
    good = make_backup(live, "daily")
    _make_db(live, ROWS)
    damaged = _damage(live)
    kept = restore(good, live)
    assert kept is not None and kept.exists(), "what the restore replaced is gone"
    assert kept.read_bytes() == damaged, "the kept copy is byte for byte the damaged file"
    assert integrity_problem(live) is None


def test_the_cli_says_where_the_replaced_damaged_file_is(tmp_path: Path) -> None:
    live = tmp_path / "events.sqlite"
    _make_db(live, 10)
    good = make_backup(live, "daily")
    _make_db(live, ROWS)
    _damage(live)
    result = _cli("--database", str(live), "restore", str(good))
    assert result.returncode == 0, result.stderr
    kept = [b.path for b in list_backups(live) if b.path != good]
    assert len(kept) == 1
    assert str(kept[0]) in result.stdout


def test_starting_on_a_damaged_file_never_rotates_the_good_backup_away(tmp_path: Path) -> None:
    live = tmp_path / "events.sqlite"
    _make_db(live, ROWS)
    good = make_backup(live, "start")
    _damage(live)
    for _ in range(KEEP_TODAY + 2):
        backup_on_start(live)
    assert good.exists(), "the only good backup was rotated away"
    newest = newest_good_backup(live)
    assert newest is not None and newest.path == good


def test_rotation_never_deletes_the_newest_good_backup(tmp_path: Path) -> None:
    live = tmp_path / "events.sqlite"
    _make_db(live, ROWS)
    start = dt.datetime(2026, 3, 1, 8, 0)
    good = make_backup(live, "daily", now=start)
    _damage(live)
    for minute in range(1, KEEP_TODAY + 5):  # damaged copies made by hand the same day
        make_backup(live, "manual", now=start + dt.timedelta(minutes=minute))
    rotate(live)
    assert good.exists()


_HOLDER = """
import sys
from db.engine import open_database
from db.queries import EventFilter, count_events
database = open_database(sys.argv[1])
with database.sessions() as session:
    count_events(session, EventFilter())
print("open", flush=True)
sys.stdin.readline()
"""


def test_restore_is_refused_while_another_process_has_the_file_open(
    database_path: Path, capsys
) -> None:
    from desktop.cli import main

    good = make_backup(database_path, "daily")
    before = database_path.read_bytes()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(database_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        assert main(["--database", str(database_path), "restore", str(good)]) != 0
        err = capsys.readouterr().err
        assert "in use" in err and "Traceback" not in err
        assert database_path.read_bytes() == before, "the file was replaced under its user"
    finally:
        holder.communicate("\n", timeout=60)
    assert main(["--database", str(database_path), "restore", str(good)]) == 0
