"""Benchmark the Excel export: time and peak memory at 10k / 100k synthetic events.

Not part of the test run. Usage:

    .venv/bin/python bench/bench_export.py                 # 10,000 and 100,000 events
    .venv/bin/python bench/bench_export.py 1000000 --events-only

Events get Russian and Azerbaijani names (Cyrillic and Latin with ə, ş, ğ), several
organizers, speakers and program items, and are bulk-inserted with SQLAlchemy Core
(the EventStore path is far too slow for a million rows). Peak memory is measured
twice: tracemalloc (Python allocations) and ru_maxrss of a fresh child process, so
the figure for one size is not inflated by the previous one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select

from db.engine import open_database
from db.models import (
    Event,
    EventOrganizer,
    EventSource,
    EventSpeaker,
    EventType,
    Occasion,
    Organization,
    Person,
    ProgramItem,
    ProgramItemType,
    Region,
    Source,
)

FIRST_NAMES = ["Рамиз", "Аршад", "Тельман", "Назим", "Ləman", "Şəhla", "Güllər", "Əli", "Nigar",
               "Анар", "Эльмира", "Mübariz", "Çingiz", "Илькин", "Гюльнара", "Zərifə"]
LAST_NAMES = ["Зейналов", "Ханкишиев", "Тамоев", "Алиев", "Məmmədova", "Hüseynov", "Qasımov",
              "Ибишов", "Əliyeva", "Гусейнова", "Şükürov", "Babayev", "Мамедов", "Cəfərli"]
ORG_PATTERNS = ["Азербайджанская национально-культурная автономия «{}»",
                "Общество азербайджанцев «{}»", "{} Azərbaycanlıları İcması",
                "Союз азербайджанской молодёжи «{}»", "{} Gənclər Birliyi"]
ORG_WORDS = ["Дружба", "Достлуг", "Vətən", "Odlar Yurdu", "Хазар", "Qarabağ", "Birlik",
             "Гянджа", "Şuşa", "Ватан", "Nəsimi", "Низами"]
TITLES = ["Траурное мероприятие, посвящённое {n}-й годовщине Ходжалинского геноцида",
          "Xocalı soyqırımının {n}-cü ildönümünə həsr olunmuş anım tədbiri",
          "Вечер памяти жертв трагедии 20 января",
          "Zəfər Günü münasibətilə bayram konserti",
          "Круглый стол «Азербайджанская диаспора: {n} лет»"]


def build(path: Path, count: int, seed: int = 7) -> None:
    """A database at ``path`` with ``count`` synthetic events."""
    rnd = random.Random(seed)
    database = open_database(path)
    with database.sessions.begin() as session:
        regions = list(session.execute(
            select(Region.id, Region.country_id).where(
                Region.code.like("RU-%") | Region.code.like("AZ-%"))))
        types = list(session.scalars(select(EventType.id)))
        occasions = list(session.scalars(select(Occasion.id)))
        items = list(session.scalars(select(ProgramItemType.id)))
        orgs = [
            {"uuid": uuid.uuid4(), "name": rnd.choice(ORG_PATTERNS).format(f"{w} {i}"),
             "region_id": (r := rnd.choice(regions))[0], "country_id": r[1]}
            for i, w in enumerate(rnd.choices(ORG_WORDS, k=max(50, count // 50)))
        ]
        session.execute(insert(Organization), orgs)
        org_ids = list(session.scalars(select(Organization.id)))
        people = [{"uuid": uuid.uuid4(),
                   "full_name": f"{rnd.choice(FIRST_NAMES)} {rnd.choice(LAST_NAMES)} {i}"}
                  for i in range(max(100, count // 20))]
        session.execute(insert(Person), people)
        person_ids = list(session.scalars(select(Person.id)))
        session.execute(insert(Source), [{"uuid": uuid.uuid4(), "publisher": "Trend",
                                          "passed_on_by": "Госкомитет по работе с диаспорой",
                                          "published_on": dt.date(2025, 3, 4)}])
        source_id = session.scalar(select(func.max(Source.id)))
    start = dt.date(2020, 1, 1)
    chunk = 20_000
    for first in range(0, count, chunk):
        with database.sessions.begin() as session:
            base = session.scalar(select(func.coalesce(func.max(Event.id), 0)))
            events, organizers, speakers, program, sources = [], [], [], [], []
            for offset in range(min(chunk, count - first)):
                event_id = base + offset + 1
                region_id, country_id = rnd.choice(regions)
                day = start + dt.timedelta(days=rnd.randrange(0, 5 * 365))
                events.append({
                    "id": event_id, "uuid": uuid.uuid4(),
                    "title": rnd.choice(TITLES).format(n=rnd.randrange(1, 40)),
                    "start_date": day, "date_precision": "day",
                    "event_type_id": rnd.choice(types), "occasion_id": rnd.choice(occasions),
                    "anniversary": rnd.randrange(1, 40), "country_id": country_id,
                    "region_id": region_id, "venue": "Дом дружбы народов",
                    "place_as_written": "г. Владивосток, Приморский край",
                    "attendance": rnd.randrange(10, 500), "status": "verified",
                    "created_by": "bench", "version": 1,
                    "description": "Участники почтили память жертв минутой молчания. "
                                   "Tədbirdə çıxış edənlər soyqırımın tarixindən danışdılar.",
                })
                for position, org in enumerate(rnd.sample(org_ids, rnd.randint(1, 2))):
                    organizers.append({"event_id": event_id, "organization_id": org,
                                       "role": "organizer", "position": position})
                for position in range(rnd.randint(1, 4)):
                    speakers.append({"event_id": event_id, "person_id": rnd.choice(person_ids),
                                     "role": rnd.choice(["председатель", "sədr", "заместитель"]),
                                     "organization_id": rnd.choice(org_ids),
                                     "position": position})
                for position in range(rnd.randint(1, 4)):
                    program.append({"event_id": event_id, "item_type_id": rnd.choice(items),
                                    "position": position, "note": None})
                sources.append({"event_id": event_id, "source_id": source_id})
            session.execute(insert(Event), events)
            session.execute(insert(EventOrganizer), organizers)
            session.execute(insert(EventSpeaker), speakers)
            session.execute(insert(ProgramItem), program)
            session.execute(insert(EventSource), sources)
    database.dispose()


def measure(path: Path, out: Path, sheets: tuple[str, ...] | None) -> dict:
    """Export once, in this process; returns seconds and memory figures."""
    from desktop.reports import ALL_SHEETS, ReportOptions, export_workbook

    database = open_database(path)
    options = ReportOptions(sheets=sheets or ALL_SHEETS)
    tracemalloc.start()
    started = time.perf_counter()
    summary = export_workbook(database, out, options)
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    database.dispose()
    return {"events": summary.events, "seconds": round(seconds, 2),
            "tracemalloc_peak_mb": round(peak / 2**20, 1),
            "file_mb": round(summary.bytes / 2**20, 1)}


def measure_rss(path: Path, out: Path, sheets: str) -> dict:
    """The same export in a fresh process, without tracemalloc's overhead, for time and RSS."""
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(path), str(out), sheets],
        capture_output=True, text=True,
    )
    if result.returncode:
        raise SystemExit(result.stderr)
    return json.loads(result.stdout.strip().splitlines()[-1])


def peak_rss_mb() -> float:
    """Peak resident memory of this process (VmHWM: not inherited from the parent)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def child(path: Path, out: Path, sheets: str) -> None:
    from desktop.reports import ALL_SHEETS, ReportOptions, export_workbook

    before = peak_rss_mb()
    database = open_database(path)
    options = ReportOptions(sheets=tuple(sheets.split(",")) if sheets else ALL_SHEETS)
    started = time.perf_counter()
    export_workbook(database, out, options)
    print(json.dumps({
        "seconds": round(time.perf_counter() - started, 2),
        "maxrss_mb": peak_rss_mb(),
        "rss_before_export_mb": before,
    }))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--events-only", action="store_true", help="only the events sheet")
    parser.add_argument("--keep", type=Path, help="keep databases and workbooks in this folder")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also export in-process under tracemalloc (slow: about 3x)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), args.child[2])
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-export-"))
    folder.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        path = folder / f"events-{size}.sqlite"
        if not path.exists():
            started = time.perf_counter()
            build(path, size)
            print(f"built {size:,} events in {time.perf_counter() - started:.1f} s")
        for label, sheets in (("events sheet", "events"), ("full workbook", "")):
            if args.events_only and not sheets:
                continue
            out = folder / f"report-{size}-{sheets or 'all'}.xlsx"
            rss = measure_rss(path, out, sheets)
            line = (f"{size:>9,} events, {label:13}: {rss['seconds']:6.1f} s, "
                    f"peak RSS {rss['maxrss_mb']:6.1f} MB (before export "
                    f"{rss['rss_before_export_mb']:.1f} MB), "
                    f"file {out.stat().st_size / 2**20:.1f} MB")
            if args.tracemalloc:
                traced = measure(path, out, tuple(sheets.split(",")) if sheets else None)
                line += f", tracemalloc peak {traced['tracemalloc_peak_mb']:.1f} MB"
            print(line, flush=True)
    print(f"files in {folder}")


if __name__ == "__main__":
    main()
