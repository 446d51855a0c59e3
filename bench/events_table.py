"""Benchmark: the events table over 1,000,000 generated events.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/events_table.py [--events 1000000]

Generates the events into a temporary SQLite file (Core executemany, the FTS5
index rebuilt once at the end): each in a region of one of six countries, most with a
type, an occasion, a city where the region has one, and none, one or two of 2,000
organizations, so every name column has something to sort. Then measures in a fresh
process, so memory is the table's and not the generator's:
  - start: MainWindow built and shown until the table has painted rows,
  - filter: a region and a text filter applied until its first page is painted,
  - last row: scrollToBottom until the last row is painted,
  - sort_<column>: a header click until the first page in that order is painted,
  - *_stall_ms: the longest the event loop went without turning meanwhile,
  - peak memory (ru_maxrss).
Aims (issues 3, 17): 300 ms, 150 ms, 100 ms, 250 MB; a sort's first page 300 ms.
``--language ru`` (or az) runs the window in that language: names sort by their
Russian (Azerbaijani) forms. ``--keep FILE`` reuses a generated file (a million
events take several minutes to make).

Measured 2026-11-26 (2 shared cores, load average 5.1), 1,000,000 events, best of
three (worst): filter 80 ms (104; it was 1,453 ms with these data: the word's FTS list
of 166,000 matches read before the region's 3,000 events); every sort's first page
19-53 ms (104), the window's longest stall 8-26 ms (51); before, type, occasion, city
and organizers took 0.6-1.0 s and country and region 2.1-3.4 s, frozen. In Russian
(--language ru, load 4.8): filter 159 ms, sorts 78-192 ms, mostly painting.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

AIMS = {"start_ms": 300, "filter_ms": 150, "last_row_ms": 100, "peak_mb": 250}
SORT_AIM_MS = 300
"""A sort's first page (issue 17); every sort must also leave the event loop turning."""
FILTER_TEXT = "concert"
FILTER_REGION = "RU-CHE"
KINDS = ["Memorial event", "Concert", "Round table", "Exhibition", "Meeting", "Festival"]
ORGANIZATIONS = 2000
ORGANIZATION_KINDS = ["Community centre", "Youth union", "Cultural autonomy", "Foundation"]
OCCASIONS = ["Khojaly genocide", "Novruz", "Independence Day", "Solidarity Day", "Victory Day"]


def generate(path: Path, count: int, seed: int = 3) -> float:
    """``count`` events in ``path``; returns the seconds it took."""
    from sqlalchemy import insert, select, text

    from db.engine import open_database
    from db.models import (
        City,
        Country,
        Event,
        EventOrganizer,
        EventType,
        Occasion,
        Organization,
        Region,
    )
    from db.names import normalize

    started = time.perf_counter()
    database = open_database(path)
    with database.sessions() as session:
        regions = session.execute(
            select(Region.id, Region.name, Region.country_id)
            .join(Country)
            .where(Country.code.in_(["RU", "AZ", "GE", "UA", "KZ", "TR"]))
        ).all()
        cities: dict[int, list[int]] = {}
        for city_id, region_id in session.execute(select(City.id, City.region_id)):
            cities.setdefault(region_id, []).append(city_id)
        types = list(session.scalars(select(EventType.id)))
        occasions = list(session.scalars(select(Occasion.id)))
    rng = random.Random(seed)
    now = dt.datetime(2025, 1, 1)
    table = Event.__table__
    with database.engine.begin() as connection:
        connection.execute(
            insert(Organization.__table__),
            [
                {
                    "uuid": uuid.UUID(int=rng.getrandbits(128), version=4),
                    "version": 1,
                    "name": f"{rng.choice(ORGANIZATION_KINDS)} no. {number}",
                }
                for number in range(ORGANIZATIONS)
            ],
        )
        organizations = list(connection.scalars(select(Organization.id)))
        trigger = connection.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'event_search_insert'")
        ).scalar_one()
        connection.execute(text("DROP TRIGGER event_search_insert"))
        chunk: list[dict] = []
        organizers: list[dict] = []
        for number in range(count):
            region_id, region_name, country_id = regions[rng.randrange(len(regions))]
            near = cities.get(region_id)
            title = f"{rng.choice(KINDS)} for {rng.choice(OCCASIONS)} in {region_name} no. {number}"
            chunk.append(
                {
                    "uuid": uuid.UUID(int=rng.getrandbits(128), version=4),
                    "title": title,
                    "start_date": dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(9300)),
                    "date_precision": "day",
                    "country_id": country_id,
                    "region_id": region_id,
                    "city_id": rng.choice(near) if near and rng.random() < 0.7 else None,
                    "event_type_id": rng.choice(types) if rng.random() < 0.9 else None,
                    "occasion_id": rng.choice(occasions) if rng.random() < 0.8 else None,
                    "status": "verified" if number % 3 else "draft",
                    "search_text": normalize(f"{title} {region_name}"),
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
            chosen = rng.sample(organizations, rng.choice((0, 1, 1, 1, 2)))
            organizers.extend(
                {
                    "event_id": number + 1,
                    "organization_id": organization_id,
                    "role": "organizer",
                    "position": position,
                }
                for position, organization_id in enumerate(chosen)
            )
            if len(chunk) == 50_000:
                connection.execute(insert(table), chunk)
                connection.execute(insert(EventOrganizer.__table__), organizers)
                chunk, organizers = [], []
        if chunk:
            connection.execute(insert(table), chunk)
            connection.execute(insert(EventOrganizer.__table__), organizers)
        connection.execute(text("INSERT INTO event_search(event_search) VALUES ('rebuild')"))
        connection.execute(text(trigger))
    with database.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return time.perf_counter() - started


def measure(path: Path, language: str = "en") -> dict[str, float]:
    """Runs in its own process: timings in ms and peak memory in MB.

    Every table read runs in a worker: an action returns at once, and its figure is the
    time until the rows it asked for are painted. ``*_stall_ms`` is the longest the
    event loop went without turning meanwhile (how long the window froze)."""
    from PySide6.QtCore import QEvent, QObject, QSettings, Qt
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from db.engine import open_database
    from db.models import Region
    from db.queries import EventFilter
    from desktop.ui.events_model import COLUMNS
    from desktop.ui.main_window import MainWindow

    class PaintWatch(QObject):
        painted = 0

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted += 1
            return False

    def until(app: QApplication, action, done) -> tuple[float, float]:
        """ms from ``action()`` until ``done()`` holds after a paint; longest loop stall."""
        before = watch.painted
        started = last = time.perf_counter()
        stall = 0.0
        action()
        while not (done() and watch.painted > before):
            app.processEvents()
            now = time.perf_counter()
            stall, last = max(stall, now - last), now
            if not done():
                before = watch.painted
        return (time.perf_counter() - started) * 1000, stall * 1000

    result: dict[str, float] = {}
    started = time.perf_counter()
    app = QApplication.instance() or QApplication([])
    if language != "en":
        from desktop.ui import i18n

        i18n.set_language(language)
        i18n.install_translators(app, language)
    database = open_database(path, load_reference=False, check_integrity=False)  # as the GUI
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(database, settings)
    watch = PaintWatch()
    window.table.viewport().installEventFilter(watch)
    window.resize(1280, 760)
    window.show()
    while watch.painted == 0 or window.model.cached_pages == 0:
        app.processEvents()
    result["start_ms"] = (time.perf_counter() - started) * 1000
    model = window.model
    while model.loading:  # the count, in the background
        app.processEvents()
    result["rows"] = model.rowCount()
    with database.sessions() as session:
        region_id = session.scalar(select(Region.id).where(Region.code == FILTER_REGION))
    chosen = EventFilter(region_id=region_id, text=FILTER_TEXT)

    def first_page_shown() -> bool:
        return not model.reading_first_page

    result["filter_ms"], result["filter_stall_ms"] = until(
        app, lambda: window.apply_filter(chosen), first_page_shown
    )
    while model.loading:
        app.processEvents()
    result["filtered_rows"] = model.rowCount()
    window.apply_filter(EventFilter())
    while model.loading:
        app.processEvents()
    last = model.rowCount() - 1
    result["last_row_ms"], result["last_row_stall_ms"] = until(
        app, window.table.scrollToBottom, lambda: model.index(last, 1).data() is not None
    )
    bottom = window.table.rowAt(window.table.viewport().height() - 2)
    result["last_row_visible"] = float(bottom == last or window.table.rowAt(1) <= last)
    result["cached_pages"] = model.cached_pages
    window.table.scrollToTop()
    header = window.table.horizontalHeader()
    for column, key in enumerate(COLUMNS):
        result[f"sort_{key}_ms"], result[f"sort_{key}_stall_ms"] = until(
            app,
            lambda column=column: header.setSortIndicator(column, Qt.SortOrder.AscendingOrder),
            first_page_shown,
        )
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    database.dispose()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument(
        "--keep", type=Path, help="generated file to reuse between runs (made when missing)"
    )
    parser.add_argument("--language", default="en", choices=["en", "ru", "az"])
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.language)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "events.sqlite"
        if not path.exists():
            seconds = generate(path, args.events)
            print(f"generated {args.events:,} events in {seconds:.1f} s")
        runs = []
        for _ in range(3):
            out = subprocess.run(
                [sys.executable, __file__, "--measure", str(path), "--language", args.language],
                check=True,
                capture_output=True,
                text=True,
                env={**os.environ, "XDG_DATA_HOME": tmp, "XDG_CONFIG_HOME": tmp},
            )
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        best = {key: min(run[key] for run in runs) for key in runs[0]}
        for key, aim in AIMS.items():
            figures = ", ".join(f"{run[key]:.0f}" for run in runs)
            verdict = "ok" if best[key] <= aim else "OVER"
            print(f"{key:12} best {best[key]:7.0f}  (runs: {figures}; aim {aim}) {verdict}")
        for key in [k for k in runs[0] if k.endswith("_stall_ms") or k.startswith("sort_")]:
            figures = ", ".join(f"{run[key]:.0f}" for run in runs)
            aim = SORT_AIM_MS if key.startswith("sort_") and not key.endswith("_stall_ms") else None
            verdict = "" if aim is None else ("ok" if best[key] <= aim else "OVER")
            print(f"{key:26} best {best[key]:7.0f}  (runs: {figures}) {verdict}")
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
        print(
            f"rows {int(runs[0]['rows']):,}; filtered {int(runs[0]['filtered_rows']):,}; "
            f"pages cached at the end {int(runs[0]['cached_pages'])}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
