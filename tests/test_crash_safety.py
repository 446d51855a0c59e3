"""A bulk import killed with SIGKILL at a random moment of its writes leaves a sound database
holding none of the batch: never a half-imported file.

Each kill is timed from the moment the import's transaction starts writing (its write-ahead log
grows) and checked to have landed before the import ended.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

EVENTS = 50_000
REGIONS = ["Primorsky Krai", "Chelyabinsk region", "Krasnoyarsk Territory", "Dagestan", "Moscow"]
PROGRAM = ["speech", "minute of silence; speech", "concert", "speech; video screening"]


@pytest.fixture(scope="module")
def big_import_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "events.csv"
    rng = random.Random(50)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "Title",
                "Start date",
                "Country",
                "Region",
                "Event type",
                "Occasion",
                "Organizers",
                "Program",
            ]
        )
        for number in range(EVENTS):
            # one organizer's events on different days: two on one day and in one region
            # would be one event written twice, which the import holds back
            day = dt.date(2024, 1, 1) + dt.timedelta(days=number // 300 % 366)
            writer.writerow(
                [
                    f"Evening {number} of the Azerbaijani community",
                    day.isoformat(),
                    "Russia",
                    rng.choice(REGIONS),
                    "celebration",
                    "Novruz",
                    f"Community {number % 300}",
                    rng.choice(PROGRAM),
                ]
            )
    return path


def _count_and_check(path: Path) -> tuple[int, str]:
    with sqlite3.connect(path) as connection:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        events = connection.execute("SELECT count(*) FROM event").fetchone()[0]
    connection.close()
    return events, integrity


def _wal_bytes(database_path: Path) -> int:
    """Bytes in the file's write-ahead log: above zero once the import's transaction writes."""
    try:
        return database_path.with_name(database_path.name + "-wal").stat().st_size
    except FileNotFoundError:
        return 0


def _start_import(database_path: Path, source: Path) -> tuple[subprocess.Popen, float]:
    """The CLI import in its own process; returns it and the moment its writes began."""
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--database", str(database_path), "import", str(source)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=Path(__file__).resolve().parents[1],
    )
    deadline = time.monotonic() + 300
    while _wal_bytes(database_path) == 0:
        assert process.poll() is None, f"the import ended ({process.returncode}) before writing"
        assert time.monotonic() < deadline, "the import never started writing"
        time.sleep(0.01)
    return process, time.monotonic()


@dataclass
class Trial:
    code: int
    wal_at_kill: int
    events: int
    integrity: str


def _write_seconds(database_path: Path, source: Path) -> float:
    """How long an import's writes take here, from an uninterrupted import of ``source``."""
    target = database_path.with_name("calibration.sqlite")
    target.write_bytes(database_path.read_bytes())
    process, began = _start_import(target, source)
    assert process.wait() == 0
    seconds = time.monotonic() - began
    assert _count_and_check(target) == (EVENTS, "ok"), "an uninterrupted import is complete"
    return seconds


def _kill_during_import(database_path: Path, source: Path, after: float) -> Trial:
    """Kill the import ``after`` seconds into its writes; what the file holds afterwards."""
    process, began = _start_import(database_path, source)
    while time.monotonic() < began + after and process.poll() is None:
        time.sleep(0.01)
    wal_at_kill = _wal_bytes(database_path)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    code = process.wait()
    return Trial(code, wal_at_kill, *_count_and_check(database_path))


def _trials(count: int, database_path: Path, source: Path, seed: int) -> None:
    rng = random.Random(seed)
    writing = _write_seconds(database_path, source)
    for number in range(count):
        target = database_path.with_name(f"trial-{number}.sqlite")
        target.write_bytes(database_path.read_bytes())
        # a random moment inside the transaction, clear of its commit at the very end
        trial = _kill_during_import(target, source, after=rng.uniform(0.02, 0.7) * writing)
        print(f"trial {number}: {trial}")
        assert trial.integrity == "ok", f"trial {number}: {trial}"
        assert trial.code == -signal.SIGKILL, f"trial {number}: the import ended first: {trial}"
        assert trial.wal_at_kill > 0, f"trial {number}: killed before it wrote: {trial}"
        assert trial.events == 0, f"trial {number}: a killed import left events: {trial}"
        for leftover in target.parent.glob(f"{target.name}*"):
            leftover.unlink()


@pytest.mark.slow
def test_sigkills_during_bulk_imports_leave_nothing(database_path, big_import_file) -> None:
    trials = int(os.environ.get("CRASH_TRIALS", "10"))
    _trials(trials, database_path, big_import_file, seed=int(os.environ.get("CRASH_SEED", "3")))
