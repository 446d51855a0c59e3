"""Benchmark: the Overview tab's refresh for one year over a large data set.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/overview.py [--events 1000000]
     [--keep FILE]  (reuse a generated file between runs)

Generates events over ten years (2016-2025) straight into a temporary SQLite
file, as bench/events_table.py does, with what the overview counts: a mix of
date precisions and spans over a month's end, occasions, one or two organizers
from 2,000 organizations. Then, in a fresh process:
  - figures: compute_overview() for 2025 (every chart's numbers), and each part,
  - refresh: the Overview tab, from refresh() until its charts are drawn,
  - stall: the longest the GUI thread's event loop waited during that refresh
    (a 5 ms timer ticks throughout; the window never blocks if this stays small).
  - *_drawn: when each group of charts is on screen (they are drawn as their
    numbers come in: places, the year before, occasions and coverage, gone quiet).
Aim (issue 15): refresh <= 300 ms for one year at 1,000,000 events.

--proposed-indexes measures with two indexes the schema does not have yet (on
event.end_date, and one covering what the summaries group by); without it they
are dropped from a kept file, so the figures are those of the shipped schema.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

AIM_MS = 300
PROPOSED_INDEXES = {
    "ix_bench_event_end_date": "event(end_date)",
    "ix_bench_event_overview": "event(start_date, end_date, date_precision, country_id, "
                               "region_id, occasion_id, status, deleted_at)",
}
YEAR = 2025
COUNTRIES = ["RU", "AZ", "GE", "UA", "KZ", "TR"]


def generate(path: Path, count: int, seed: int = 5) -> float:
    """``count`` events of 2016-2025 in ``path``; returns the seconds it took."""
    from sqlalchemy import insert, select, text

    from db.engine import open_database
    from db.models import (
        Country,
        DatePrecision,
        Event,
        EventOrganizer,
        EventStatus,
        Occasion,
        Organization,
        OrganizerRole,
        Region,
    )

    started = time.perf_counter()
    database = open_database(path)
    with database.sessions() as session:
        regions = session.execute(
            select(Region.id, Region.country_id).join(Country)
            .where(Country.code.in_(COUNTRIES))).all()
        occasions = list(session.scalars(select(Occasion.id)))
    rng = random.Random(seed)
    now = dt.datetime(2026, 1, 1)
    with database.engine.begin() as connection:
        trigger = connection.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'event_search_insert'")
        ).scalar_one()
        connection.execute(text("DROP TRIGGER event_search_insert"))
        connection.execute(insert(Organization.__table__), [
            {"uuid": uuid.UUID(int=rng.getrandbits(128), version=4), "name": f"Body {n}",
             "created_at": now, "updated_at": now, "version": 1} for n in range(2000)])
        events: list[dict] = []
        organizers: list[dict] = []
        for number in range(count):
            region_id, country_id = regions[rng.randrange(len(regions))]
            if number % 20 == 0:
                region_id = None
            start = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3653))
            precision, end = DatePrecision.DAY, None
            kind = number % 20
            if kind == 1:
                precision, start = DatePrecision.YEAR, start.replace(month=1, day=1)
            elif kind == 2:
                precision, start = DatePrecision.MONTH, start.replace(day=1)
            elif kind == 3:
                end = start + dt.timedelta(days=rng.randrange(1, 40))
            events.append({
                "uuid": uuid.UUID(int=rng.getrandbits(128), version=4),
                "title": f"Event {number}", "start_date": start, "end_date": end,
                "date_precision": precision, "country_id": country_id, "region_id": region_id,
                "occasion_id": occasions[number % len(occasions)] if number % 5 else None,
                "status": EventStatus.VERIFIED if number % 3 else EventStatus.DRAFT,
                "search_text": "",
                "created_at": now, "updated_at": now, "version": 1,
            })
            body = rng.randrange(1, 2001)
            organizers.append({"event_id": number + 1, "organization_id": body, "position": 0,
                               "role": OrganizerRole.ORGANIZER})
            if number % 4 == 0:
                organizers.append({"event_id": number + 1, "position": 1,
                                   "role": OrganizerRole.CO_ORGANIZER,
                                   "organization_id": body % 2000 + 1})
            if len(events) == 50_000:
                connection.execute(insert(Event.__table__), events)
                connection.execute(insert(EventOrganizer.__table__), organizers)
                events, organizers = [], []
        if events:
            connection.execute(insert(Event.__table__), events)
            connection.execute(insert(EventOrganizer.__table__), organizers)
        connection.execute(text(trigger))
    with database.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return time.perf_counter() - started


def set_indexes(path: Path, wanted: bool) -> None:
    import sqlite3

    with sqlite3.connect(path) as connection:
        for name, target in PROPOSED_INDEXES.items():
            connection.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}" if wanted
                               else f"DROP INDEX IF EXISTS {name}")
        connection.execute("ANALYZE")
    print("with the proposed indexes" if wanted else "shipped schema (no proposed indexes)")


def measure(path: Path) -> dict[str, float]:
    """Runs in its own process: timings in ms."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from db.engine import open_database
    from db.queries import EventFilter, events_per_region
    from desktop.overview import compute_overview, quiet_organizations
    from db.queries import occasion_counts
    from desktop.ui.overview import OverviewWidget

    year = EventFilter(date_from=dt.date(YEAR, 1, 1), date_to=dt.date(YEAR, 12, 31))
    database = open_database(path, load_reference=False, check_integrity=False)
    result: dict[str, float] = {}

    def timed(name: str, work) -> None:
        started = time.perf_counter()
        work()
        result[name] = (time.perf_counter() - started) * 1000

    with database.sessions() as session:
        today = dt.date(YEAR, 12, 31)
        timed("figures_ms", lambda: compute_overview(session, year, today=today))
        timed("per_region_ms", lambda: events_per_region(session, year, "month"))
        timed("per_occasion_ms", lambda: occasion_counts(session, year))
        timed("quiet_ms", lambda: quiet_organizations(session, year, dt.date(YEAR, 7, 1)))
        result["events"] = compute_overview(session, year, today=today).total

    app = QApplication.instance() or QApplication([])
    widget = OverviewWidget(database)
    widget.resize(1280, 900)
    widget.show()
    widget.set_filter(year)
    while widget.busy_counting or widget.overview is None:
        app.processEvents()
    clock, ticks = QElapsedTimer(), []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    drawn = []
    widget.refreshed.connect(lambda: drawn.append(time.perf_counter()))
    parts: dict[str, float] = {}
    widget.part_drawn.connect(lambda part: parts.setdefault(part, time.perf_counter()))
    timer.start()
    clock.start()
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    widget.refreshed.connect(loop.quit)
    started = time.perf_counter()
    widget.refresh()
    loop.exec()  # the GUI thread idles in its event loop, as in the app
    result["refresh_ms"] = (drawn[0] - started) * 1000
    for part, at in parts.items():
        result[f"{part}_drawn_ms"] = (at - started) * 1000
    timer.stop()
    gaps = [b - a for a, b in zip([0, *ticks], ticks, strict=False)]
    result["stall_ms"] = float(max(gaps or [0]))
    widget.wait()
    database.dispose()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="generated file to reuse (made when missing)")
    parser.add_argument("--proposed-indexes", action="store_true",
                        help="measure with the indexes proposed for the schema")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "events.sqlite"
        if not path.exists():
            print(f"generated {args.events:,} events in {generate(path, args.events):.1f} s")
        set_indexes(path, args.proposed_indexes)
        runs = []
        for _ in range(3):
            out = subprocess.run(
                [sys.executable, __file__, "--measure", str(path)], check=True,
                capture_output=True, text=True,
                env={**os.environ, "XDG_DATA_HOME": tmp, "XDG_CONFIG_HOME": tmp})
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(f"events in {YEAR}: {int(runs[0]['events']):,}")
        for key in ("places_drawn_ms", "previous_drawn_ms", "occasions_drawn_ms",
                    "quiet_drawn_ms", "refresh_ms", "figures_ms", "per_region_ms",
                    "per_occasion_ms", "quiet_ms", "stall_ms"):
            figures = ", ".join(f"{run[key]:.0f}" for run in runs)
            best = min(run[key] for run in runs)
            aim = f"; aim {AIM_MS} {'ok' if best <= AIM_MS else 'OVER'}" if key == "refresh_ms" \
                else ""
            print(f"{key:16} best {best:7.0f}  (runs: {figures}{aim})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
