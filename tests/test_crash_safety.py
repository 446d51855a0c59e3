"""A bulk import killed with SIGKILL at a random moment leaves a sound database holding
none or all of the batch: never a half-imported file."""

from __future__ import annotations

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
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
            day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            writer.writerow(
                [
                    f"Evening {number} of the Azerbaijani community",
                    day,
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


def _kill_during_import(database_path: Path, source: Path, after: float) -> int:
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--database", str(database_path), "import", str(source)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=Path(__file__).resolve().parents[1],
    )
    deadline = time.monotonic() + after
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    return process.wait()


def _trials(count: int, database_path: Path, source: Path, seed: int) -> None:
    rng = random.Random(seed)
    outcomes = []
    for trial in range(count):
        target = database_path.with_name(f"trial-{trial}.sqlite")
        target.write_bytes(database_path.read_bytes())
        code = _kill_during_import(target, source, after=rng.uniform(0.0, 15.0))
        events, integrity = _count_and_check(target)
        assert integrity == "ok", f"trial {trial}: {integrity}"
        assert events in (0, EVENTS), f"trial {trial}: {events} events after exit code {code}"
        outcomes.append(events)
        print(f"trial {trial}: exit {code}, {events} events")
        for leftover in target.parent.glob(f"{target.name}*"):
            leftover.unlink()
    assert outcomes, "no trial ran"


def test_sigkill_during_a_bulk_import_leaves_none_or_all(database_path, big_import_file) -> None:
    _trials(3, database_path, big_import_file, seed=int(os.environ.get("CRASH_SEED", "3")))


@pytest.mark.slow
def test_thirty_sigkills_during_bulk_imports(database_path, big_import_file) -> None:
    _trials(30, database_path, big_import_file, seed=30)
