"""Benchmark: the Overview tab's refresh for one year over a large data set.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/overview.py [--events 1000000]
     [--keep FILE]  (reuse a generated file between runs)

Generates events over ten years (2016-2025) straight into a temporary SQLite
file, as bench/events_table.py does, with what the overview counts: a mix of
date precisions and spans over a month's end, occasions, one or two organizers
from 2,000 organizations. Then, in a fresh process (three of them, best of each):
  - per chart, the query behind it (Qt-free, best of three in the process):
    periods (this year and the year before, per month and per ISO week), places
    (one grouping for the total, regions, countries, occasions and the coverage
    matrix), gone quiet; and, for scale, the table's count of the year (the filter
    every chart starts from) and the workbook's per-region count;
  - per chart, when the Overview tab has drawn it after refresh() (charts are
    drawn as their numbers come in: see desktop.overview.PARTS);
  - stall: the longest the GUI thread's event loop waited during that refresh
    (a 5 ms timer ticks throughout; the window never blocks if this stays small);
  - replacing: each chart drawn after a filter that replaces one being counted (set
    when the first chart of the year before is drawn; the stale count is stopped);
  - weeks after months: a refresh that counts one chart again (the others reused).
Aim (issue 15): every chart <= 300 ms for one year at 1,000,000 events.

Measured 2026-11-26 (2 shared cores, load 4.9-6.5), --no-statistics, migration 0008:
start floor 2 ms CPU (21 before 0008); drawn best (median): periods 78 (96), places
367 (461), gone quiet 202 (314) ms, stall 25 ms. A filter replacing one being counted:
periods 78, places 364, quiet 238 ms with the stale count stopped; 207, 661, 536 when
the stale count ran to its end.

The schema's covering index ix_event_overview (migration 0006) lets the summaries
read a year from the index alone, without looking up each event's row;
--without-covering-index drops it from the file to measure the difference.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

AIM_MS = 300
REFRESHES = 5
"""Refreshes of the tab in each of the three processes (a shared machine's load varies)."""
COVERING_INDEX = {
    "ix_event_overview": "event(start_date, end_date, date_precision, deleted_at, "
                         "country_id, region_id, occasion_id, anniversary, status, "
                         "event_type_id)",
}
RETIRED_INDEXES = ("ix_bench_event_end_date", "ix_bench_event_overview")
"""Proposed by earlier versions of this file (migrations 0004 and 0006 made them)."""
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


def set_indexes(path: Path, wanted: bool, statistics: bool = True) -> None:
    """The covering index made (as the schema has it) or dropped; statistics gathered
    (ANALYZE), or dropped as in a file the app made (it runs no ANALYZE: SQLite then plans
    by its guesses)."""
    import sqlite3

    with sqlite3.connect(path) as connection:
        for name in RETIRED_INDEXES:
            connection.execute(f"DROP INDEX IF EXISTS {name}")
        for name, target in COVERING_INDEX.items():
            connection.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}" if wanted
                               else f"DROP INDEX IF EXISTS {name}")
        connection.execute("ANALYZE")
        if not statistics:
            connection.execute("DROP TABLE IF EXISTS sqlite_stat1")
    print("shipped schema (covering index)" if wanted else "without the covering index",
          "and statistics (ANALYZE)" if statistics else "and no statistics")


CHARTS = {
    "periods": "periods",
    "periods_year_before": "periods",
    "regions": "places",
    "countries": "places",
    "occasions": "places",
    "matrix": "places",
    "quiet": "quiet",
}
"""Each chart, and the part of desktop.overview.PARTS that draws it."""


def counted(compute) -> dict[str, tuple[float, float]]:
    """Part -> (seconds, CPU seconds of this thread) from the start until it was counted."""
    started, used = time.perf_counter(), time.thread_time()
    marks: dict[str, tuple[float, float]] = {}
    compute(lambda overview: marks.setdefault(  # CPU: meaningful when one thread counts
        overview.parts[-1], (time.perf_counter() - started, time.thread_time() - used)))
    return marks


def refreshed(widget: Any, start: Any) -> dict[str, float]:
    """One refresh of the Overview tab (``start()`` asks for it), the GUI thread idling in
    its event loop as in the app: when each chart was drawn, and the longest the event
    loop waited, in wall time (``stall_ms``: on a busy machine it counts waiting for a
    core too) and in the GUI thread's own CPU time (``stall_gui_cpu_ms``: the longest
    the overview's own work held it)."""
    from PySide6.QtCore import QEventLoop, QTimer

    ticks: list[tuple[float, float]] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append((time.perf_counter(), time.thread_time())))
    drawn: list[float] = []
    parts: dict[str, float] = {}
    loop = QEventLoop()
    connections = [widget.refreshed.connect(lambda: drawn.append(time.perf_counter())),
                   widget.part_drawn.connect(
                       lambda part: parts.setdefault(part, time.perf_counter())),
                   widget.refreshed.connect(loop.quit)]
    timer.start()
    started, used = time.perf_counter(), time.process_time()
    ticks.append((started, time.thread_time()))
    start()
    loop.exec()
    timer.stop()
    ticks.append((time.perf_counter(), time.thread_time()))
    result = {"refresh_ms": (drawn[0] - started) * 1000,
              "refresh_cpu_ms": (time.process_time() - used) * 1000}  # every thread
    for chart, part in CHARTS.items():
        result[f"drawn_{chart}_ms"] = (parts[part] - started) * 1000
    result["stall_ms"] = max((b[0] - a[0]) * 1000 for a, b in itertools.pairwise(ticks))
    result["stall_gui_cpu_ms"] = max((b[1] - a[1]) * 1000 for a, b in itertools.pairwise(ticks))
    for connection in connections:
        widget.disconnect(connection)
    return result


def replaced(widget: Any, before: Any, year: Any) -> dict[str, float]:
    """``year`` replaces ``before`` as soon as the first chart of ``before`` is drawn (its
    other counts running): :func:`refreshed` from then on."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    connection = widget.part_drawn.connect(loop.quit)
    widget.set_filter(before)
    loop.exec()
    widget.disconnect(connection)
    return refreshed(widget, lambda: widget.set_filter(year))


def measure(path: Path) -> dict[str, float]:
    """Runs in its own process: timings in ms."""
    from PySide6.QtWidgets import QApplication

    from db.engine import open_database
    from db.queries import (
        EventFilter,
        count_events,
        events_per_period,
        events_per_region,
        occasion_counts,
    )
    from desktop.overview import (
        bounded,
        compute_overview,
        quiet_organizations,
        start_floors,
        year_earlier,
    )
    from desktop.ui.overview import OverviewWidget

    year = EventFilter(date_from=dt.date(YEAR, 1, 1), date_to=dt.date(YEAR, 12, 31))
    earlier = EventFilter(date_from=year_earlier(year.date_from),
                          date_to=year_earlier(year.date_to))
    since = dt.date(YEAR, 7, 1)
    database = open_database(path, load_reference=False, check_integrity=False)
    result: dict[str, float] = {}

    def timed(name: str, work) -> None:
        """Best of three, wall clock and this thread's CPU (on a shared machine the wall
        clock counts other people's work too)."""
        best = cpu = float("inf")
        for _ in range(3):
            started, used = time.perf_counter(), time.thread_time()
            work()
            best = min(best, time.perf_counter() - started)
            cpu = min(cpu, time.thread_time() - used)
        result[name] = best * 1000
        result[name.replace("_ms", "_cpu_ms")] = cpu * 1000

    with database.sessions() as session:
        today = dt.date(YEAR, 12, 31)
        floors = start_floors(session, [year.date_from, earlier.date_from, since])
        timed("query_table_count_ms", lambda: count_events(session, year))
        timed("query_floors_ms", lambda: start_floors(
            session, [year.date_from, earlier.date_from, since]))
        timed("query_periods_ms", lambda: events_per_period(
            session, bounded(year, floors), "month"))
        timed("query_periods_year_before_ms", lambda: events_per_period(
            session, bounded(earlier, floors), "month"))
        timed("query_weeks_ms", lambda: events_per_period(
            session, bounded(year, floors), "week"))
        timed("query_places_ms", lambda: occasion_counts(session, bounded(year, floors)))
        timed("sheet_per_region_ms", lambda: events_per_region(  # the workbook's, for scale
            session, bounded(year, floors), "month"))
        timed("query_quiet_ms", lambda: quiet_organizations(session, year, since, floors))
        timed("figures_ms", lambda: compute_overview(session, year, today=today))
        timed("figures_weeks_ms", lambda: compute_overview(session, year, today=today,
                                                           granularity="week"))
        result["events"] = compute_overview(session, year, today=today).total
        for _ in range(3):  # when each chart's numbers are in, since the start
            marks = counted(lambda on_part: compute_overview(
                session, year, today=today, on_part=on_part))
            beside = counted(lambda on_part: compute_overview(
                session, year, today=today, on_part=on_part, sessions=database.sessions))
            for chart, part in CHARTS.items():
                for kind, value in zip(("ms", "cpu_ms"), marks[part], strict=True):
                    name = f"counted_{chart}_{kind}"
                    result[name] = min(result.get(name, float("inf")), value * 1000)
                name = f"counted_beside_{chart}_ms"  # wall only: two threads count
                result[name] = min(result.get(name, float("inf")), beside[part][0] * 1000)

    app = QApplication.instance() or QApplication([])
    widget = OverviewWidget(database)
    widget.resize(1280, 900)
    widget.show()
    widget.set_filter(year)
    while widget.busy_counting or widget.overview is None:
        app.processEvents()
    # After a filter change (the table's filters set again: nothing counted is reused).
    refreshes = [refreshed(widget, lambda: widget.set_filter(year)) for _ in range(REFRESHES)]
    for key in refreshes[0]:
        values = [r[key] for r in refreshes]
        result[key] = max(values) if key == "stall_gui_cpu_ms" else min(values)
        if key.startswith("drawn_") or key == "stall_ms":
            result[key.replace("_ms", "_median_ms")] = statistics.median(values)
    # A filter replaced while its count runs (its periods drawn, the places and gone quiet
    # being counted): the year's charts from the moment it replaces the year before.
    before = replace(year, date_from=earlier.date_from, date_to=earlier.date_to)
    replacing = [replaced(widget, before, year) for _ in range(REFRESHES)]
    for key in replacing[0]:
        if key.startswith("drawn_") or key == "stall_ms":
            result[f"replacing_{key}"] = min(r[key] for r in replacing)
    # An option of one chart: weeks after months recount the periods alone.
    weeks = []
    for granularity in ("week", "month") * 2:
        widget.granularity.blockSignals(True)
        widget.granularity.setCurrentIndex(widget.granularity.findData(granularity))
        widget.granularity.blockSignals(False)
        weeks.append(refreshed(widget, widget.refresh)["refresh_ms"])
    result["weeks_after_months_ms"] = min(weeks[0::2])
    widget.wait()
    database.dispose()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="generated file to reuse (made when missing)")
    parser.add_argument("--without-covering-index", action="store_true",
                        help="drop the schema's ix_event_overview to measure without it")
    parser.add_argument("--no-statistics", action="store_true",
                        help="drop ANALYZE's statistics, as in a file the app made")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "events.sqlite"
        if not path.exists():
            print(f"generated {args.events:,} events in {generate(path, args.events):.1f} s")
        set_indexes(path, not args.without_covering_index, statistics=not args.no_statistics)
        runs, load = [], os.getloadavg()
        for _ in range(3):
            out = subprocess.run(
                [sys.executable, __file__, "--measure", str(path)], check=True,
                capture_output=True, text=True,
                env={**os.environ, "XDG_DATA_HOME": tmp, "XDG_CONFIG_HOME": tmp})
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(f"events in {YEAR}: {int(runs[0]['events']):,}; load before: {load}, "
              f"after: {os.getloadavg()} (on 2 cores, a load over 1 slows every figure)")
        for key in runs[0]:
            if key == "events":
                continue
            figures = ", ".join(f"{run[key]:.0f}" for run in runs)
            worst = key == "stall_gui_cpu_ms"
            best = (max if worst else min)(run[key] for run in runs)
            aim = f"; aim {AIM_MS} {'ok' if best <= AIM_MS else 'OVER'}" if key.startswith(
                ("query_", "counted_", "drawn_")) else ""
            print(f"{key:34} {'worst' if worst else 'best'} {best:7.0f}  (runs: {figures}{aim})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
