"""Several desks writing at once: nothing lost, every conflict reported (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import open_database
from db.event_store import EventInput, EventStore
from db.models import Event

WORKERS = 4
INSERTS = int(os.environ.get("DIASPORA_CONCURRENCY_INSERTS", "2000"))
UPDATES = int(os.environ.get("DIASPORA_CONCURRENCY_UPDATES", "500"))
SHARED = 5


def _run_desks(url: str, tmp_path: Path, inserts: int = INSERTS, updates: int = UPDATES) -> None:
    database = open_database(url)
    with database.sessions.begin() as session:
        shared = [
            EventStore(session)
            .save(EventInput(title=f"shared {n}", start_date=dt.date(2025, 2, 26)))
            .uuid
            for n in range(SHARED)
        ]
    shared_file = tmp_path / "shared.json"
    shared_file.write_text(json.dumps([str(u) for u in shared]))
    desks = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.workers.concurrent_writer",
                url,
                str(n),
                str(inserts),
                str(updates),
                str(shared_file),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(WORKERS)
    ]
    results = []
    for desk in desks:
        out, err = desk.communicate(timeout=540)
        assert desk.returncode == 0, f"a desk failed:\n{err[-3000:]}"
        assert "database is locked" not in err
        results.append(json.loads(out.strip().splitlines()[-1]))

    applied = [marker for result in results for marker in result["applied"]]
    conflicts = sum(result["conflicts"] for result in results)
    assert len(applied) + conflicts == WORKERS * updates, "every update applied or reported"
    with database.sessions() as session:
        inserted = session.scalar(select(func.count(Event.id)).where(Event.title.like("w%")))
        assert inserted == WORKERS * inserts, "all inserts present"
        descriptions = session.scalars(select(Event.description).where(Event.uuid.in_(shared)))
        recorded = [m for d in descriptions for m in (d or "").split("|") if m]
        versions = session.scalars(select(Event.version).where(Event.uuid.in_(shared))).all()
    database.dispose()
    assert sorted(recorded) == sorted(applied), "no applied update was silently overwritten"
    assert sum(versions) - SHARED == len(applied), "one version step per applied update"


def test_four_desks_a_few_edits_each(database_path: Path, tmp_path: Path) -> None:
    """The quick version for every run; the long ones below are where contention shows.
    (On a copy of a new data set: making the file here ran every migration first.)"""
    _run_desks(f"sqlite:///{database_path}", tmp_path, inserts=50, updates=25)


@pytest.mark.slow
def test_four_desks_on_one_sqlite_file(tmp_path: Path) -> None:
    _run_desks(f"sqlite:///{tmp_path / 'shared.sqlite'}", tmp_path)


@pytest.mark.slow
def test_four_desks_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    _run_desks(postgres_url, tmp_path)
