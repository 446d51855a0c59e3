"""Damaged, foreign, read-only and full: every bad data file gets a clear message, never a
traceback, and never loses what was there."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from db.backup import integrity_problem, make_backup
from db.engine import DatabaseOpenError, open_database
from desktop.cli import main
from desktop.sample import load_sample


def _cli(
    *args: str, preexec: Callable[[], None] | None = None, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=preexec,
        cwd=Path(__file__).resolve().parents[1],
    )


def _with_sample(path: Path) -> None:
    database = open_database(path)
    with database.sessions.begin() as session:
        load_sample(session)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()


def test_random_bytes_in_the_page_area_are_caught_on_open(database_path: Path) -> None:
    _with_sample(database_path)
    make_backup(database_path, "daily")
    data = bytearray(database_path.read_bytes())
    page = 4096
    noise = random.Random(7)
    for number in range(1, min(40, len(data) // page)):  # every b-tree page after the header
        start = number * page
        data[start : start + 64] = bytes(noise.randrange(256) for _ in range(64))
    database_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseOpenError) as error:
        open_database(database_path)
    assert "damaged" in str(error.value)
    assert "restore --newest" in str(error.value)


def test_a_truncated_file_is_caught_and_the_newest_backup_restores(
    database_path: Path, capsys
) -> None:
    _with_sample(database_path)
    make_backup(database_path, "daily")
    data = database_path.read_bytes()
    database_path.write_bytes(data[: len(data) // 3])
    result = _cli("--database", str(database_path), "info")  # a real process: exit code, stderr
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "damaged" in result.stderr

    capsys.readouterr()
    assert main(["--database", str(database_path), "restore", "--newest"]) == 0
    assert main(["--database", str(database_path), "info"]) == 0
    assert "Events:   3" in capsys.readouterr().out


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_gets_a_clear_message(
    tmp_path: Path, database_path: Path, what: str
) -> None:
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:  # root writes anywhere: take away its power to ignore permissions
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot make a file read-only to root")
        prefix = (setpriv, "--bounding-set=-dac_override", "--")
    folder = tmp_path / "office"
    folder.mkdir()
    target = folder / "events.sqlite"
    target.write_bytes(database_path.read_bytes())
    before = target.read_bytes()
    (target if what == "file" else folder).chmod(0o444 if what == "file" else 0o555)
    try:
        result = _cli("--database", str(target), "load-sample", prefix=prefix)
    finally:
        folder.chmod(0o755)
        target.chmod(0o644)
    assert result.returncode != 0
    assert "read-only" in result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_bytes() == before


def _limit_file_size(limit: int) -> Callable[[], None]:
    """A child whose files cannot grow past ``limit`` bytes, as on a full disk. It writes no
    bytecode: Python keeps a .pyc cut short by the limit, and every later start fails."""

    def apply() -> None:
        import resource

        os.environ["PYTHONDONTWRITEBYTECODE"] = "1"  # read by the child's interpreter
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_full_disk_saves_nothing_and_says_so(database_path: Path) -> None:
    before = database_path.read_bytes()
    result = _cli("--database", str(database_path), "load-sample", preexec=_limit_file_size(40_000))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "disk is full" in result.stderr
    assert "Traceback" not in result.stderr
    assert integrity_problem(database_path) is None
    with sqlite3.connect(database_path) as connection:
        assert connection.execute("SELECT count(*) FROM event").fetchone()[0] == 0
    connection.close()
    assert len(before) > 0


def test_a_full_disk_on_open_is_not_called_damaged(database_path: Path) -> None:
    open_database(database_path).dispose()  # a WAL file whose index must be made on open
    Path(f"{database_path}-shm").unlink(missing_ok=True)
    result = _cli("--database", str(database_path), "info", preexec=_limit_file_size(10_000))
    assert result.returncode != 0
    assert "damaged" not in result.stderr.replace("not found damaged", "")
    assert "disk" in result.stderr and "Traceback" not in result.stderr
