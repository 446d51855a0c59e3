"""Benchmark: the duplicate check over a large data set.

Run: .venv/bin/python bench/duplicates.py [--events 200000] [--keep FILE]

Generates events with bench/events_table.py's generator (about 100 a day over 25 years
for 1,000,000), then measures:
  - form: ``find_duplicates`` for one typed event (what a save waits for), median and
    worst of 50 dates,
  - import: ``DuplicateFinder.find_many`` for 2,000 new rows of one region spread over a
    year, per row.
Aim: a save waits under 100 ms for the check.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--keep", type=Path, help="generated file to reuse (made when missing)")
    args = parser.parse_args()

    from events_table import generate

    from db.duplicates import DuplicateFinder, EventFacts, date_span, find_duplicates
    from db.engine import open_database
    from db.event_store import EventInput, EventStore, OrganizerInput
    from db.models import DatePrecision

    path = args.keep or Path(tempfile.mkdtemp()) / "duplicates.sqlite"
    if not path.exists():
        print(f"generating {args.events} events: {generate(path, args.events):.1f} s")
    database = open_database(path)
    rng = random.Random(5)
    first = dt.date(2000, 1, 1)
    form_ms = []
    with database.sessions() as session:
        for _ in range(50):
            day = first + dt.timedelta(days=rng.randrange(9300))
            data = EventInput(
                title="Concert for Novruz",
                start_date=day,
                region="RU-CHE",
                organizers=[OrganizerInput("Azerbaijani community")],
            )
            started = time.perf_counter()
            find_duplicates(session, data)
            form_ms.append((time.perf_counter() - started) * 1000)
        region = EventStore(session).region("RU-CHE", None)
        facts = []
        for _ in range(2000):
            day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(365))
            facts.append(
                EventFacts(
                    span=date_span(day, None, DatePrecision.DAY),
                    region_id=region.id if region else None,
                    title_key="concert for novruz",
                    organizer_keys=["azerbaijani community"],
                )
            )
        started = time.perf_counter()
        DuplicateFinder(session).find_many(facts)
        import_ms = (time.perf_counter() - started) * 1000 / len(facts)
    database.dispose()
    print(
        f"form: median {statistics.median(form_ms):.1f} ms, worst {max(form_ms):.1f} ms; "
        f"import: {import_ms:.2f} ms a row"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
