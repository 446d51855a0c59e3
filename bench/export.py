"""Benchmark the Excel export against XlsxWriter's constant_memory mode on the same rows.

Not part of the test run. Usage:

    .venv/bin/python bench/export.py                          # 100,000 events
    .venv/bin/python bench/export.py --sizes 100000,1000000 --keep /tmp/bench

Events get Russian and Azerbaijani names (Cyrillic and Latin with ə, ş, ğ), one or
two organizers, one to four speakers and program items, and are bulk-inserted
with SQLAlchemy Core executemany (EventStore is far too slow for a million rows).

Each measurement runs in a fresh subprocess, so its peak memory (ru_maxrss) is
its own, and measurements of one size alternate between the app and XlsxWriter
so a busy machine slows both alike; the table keeps the best of ``--repeat``
runs. "XlsxWriter" reads the same events through the same batched query and
column functions and writes them with ``Workbook(constant_memory=True)``, as a bare
program must for the same printout: a text longer than its printed column wraps (a
wrap format) in a row made tall enough (``set_row``), as neither Excel nor LibreOffice
grows a row a program wrote. The ratio is what the app's writer layer (text cleaning,
formula safety, formats) costs over bare XlsxWriter calls, everything else being equal;
the app writes
with XlsxWriter too, in constant memory, so the peak RSS must not grow with
the number of events.
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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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
ROLES = ["председатель", "sədr", "заместитель председателя", "şahid", "гость"]


# --- the data ---------------------------------------------------------------------


def build(path: Path, count: int, seed: int = 7) -> None:
    """A database at ``path`` with ``count`` synthetic events, inserted in chunks."""
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

    rnd = random.Random(seed)
    database = open_database(path)
    with database.sessions.begin() as session:
        regions = list(session.execute(
            select(Region.id, Region.country_id).where(
                Region.code.like("RU-%") | Region.code.like("AZ-%"))))
        types = list(session.scalars(select(EventType.id)))
        occasions = list(session.scalars(select(Occasion.id)))
        items = list(session.scalars(select(ProgramItemType.id)))
        session.execute(insert(Organization), [
            {"uuid": uuid.uuid4(), "name": rnd.choice(ORG_PATTERNS).format(f"{w} {i}"),
             "region_id": (r := rnd.choice(regions))[0], "country_id": r[1]}
            for i, w in enumerate(rnd.choices(ORG_WORDS, k=max(50, count // 50)))
        ])
        org_ids = list(session.scalars(select(Organization.id)))
        session.execute(insert(Person), [
            {"uuid": uuid.uuid4(),
             "full_name": f"{rnd.choice(FIRST_NAMES)} {rnd.choice(LAST_NAMES)} {i}"}
            for i in range(max(100, count // 20))
        ])
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
                events.append({
                    "id": event_id, "uuid": uuid.uuid4(),
                    "title": rnd.choice(TITLES).format(n=rnd.randrange(1, 40)),
                    "start_date": start + dt.timedelta(days=rnd.randrange(0, 5 * 365)),
                    "date_precision": "day", "event_type_id": rnd.choice(types),
                    "occasion_id": rnd.choice(occasions), "anniversary": rnd.randrange(1, 40),
                    "country_id": country_id, "region_id": region_id,
                    "venue": "Дом дружбы народов",
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
                                     "role": rnd.choice(ROLES),
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


# --- one measurement, in a child process ------------------------------------------------


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def export_app(db_path: Path, out: Path, sheets: str) -> None:
    from db.engine import open_database
    from desktop.reports import ALL_SHEETS, ReportOptions, export_workbook

    database = open_database(db_path)
    options = ReportOptions(sheets=tuple(sheets.split(",")) if sheets else ALL_SHEETS)
    export_workbook(database, out, options)


def export_xlsxwriter(db_path: Path, out: Path, _sheets: str) -> None:
    """The events list through the app's query and columns, written by XlsxWriter."""
    import enum

    import xlsxwriter

    from db.engine import open_database
    from db.queries import EventFilter
    from desktop.reports.rows import iter_event_batches
    from desktop.reports.sheets_events import EVENT_COLUMNS

    database = open_database(db_path)
    wb = xlsxwriter.Workbook(str(out), {"constant_memory": True, "strings_to_formulas": False,
                                        "strings_to_numbers": False, "strings_to_urls": False})
    ws = wb.add_worksheet("Events")
    header = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E78"})
    formats = [wb.add_format({"num_format": c[2]}) if c[2] else None for c in EVENT_COLUMNS]
    values = [c[1] for c in EVENT_COLUMNS]
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    # the characters a line of each printed (fixed-width) column holds; 0: no wrapping
    limits = [max(int(c[3]) - 2, 1) if c[3] and c[4] else 0 for c in EVENT_COLUMNS]
    ws.freeze_panes(1, 0)
    ws.write_row(0, 0, [c[0] for c in EVENT_COLUMNS], header)
    write_string, write_number, write_datetime = ws.write_string, ws.write_number, ws.write_datetime
    row = 0
    with database.sessions() as session:
        for batch in iter_event_batches(session, EventFilter()):
            for record in batch:
                row += 1
                tallest = 1
                for col, get in enumerate(values):
                    v = get(record)
                    if v is None or v == "":
                        continue
                    if isinstance(v, enum.Enum):
                        v = v.value
                    if isinstance(v, str):
                        if len(v) > limits[col] > 0:
                            tallest = max(tallest, -(-len(v) // limits[col]))
                            write_string(row, col, v, wrap)
                        else:
                            write_string(row, col, v)
                    elif isinstance(v, dt.date):
                        write_datetime(row, col, v, formats[col])
                    elif isinstance(v, int | float):
                        write_number(row, col, v, formats[col])
                    else:
                        write_string(row, col, str(v))
                if tallest > 1:
                    ws.set_row(row, 15.0 * min(tallest, 20))
    ws.autofilter(0, 0, row, len(EVENT_COLUMNS) - 1)
    wb.close()


WRITERS = {"app": export_app, "xlsxwriter": export_xlsxwriter}


def child(kind: str, db_path: str, out: str, sheets: str) -> None:
    started, cpu = time.perf_counter(), _cpu()
    WRITERS[kind](Path(db_path), Path(out), sheets)
    print(json.dumps({"seconds": time.perf_counter() - started, "cpu": _cpu() - cpu,
                      "rss_mb": peak_rss_mb()}))


def run_child(kind: str, db_path: Path, out: Path, sheets: str = "") -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(db_path), str(out), sheets],
        capture_output=True, text=True, env=dict(os.environ),
    )
    if result.returncode:
        raise SystemExit(result.stderr)
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["file_mb"] = out.stat().st_size / 2**20
    return figures


def best(runs: list[dict]) -> dict:
    return min(runs, key=lambda r: r["seconds"])


# --- the table ----------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000",
                        help="comma-separated event counts (default 100000; 1000000 takes "
                             "about 5 min to generate and 3 min per export)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; best kept")
    parser.add_argument("--keep", type=Path, help="keep databases and workbooks in this folder")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-export-"))
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for size in [int(s.replace("_", "")) for s in args.sizes.split(",")]:
        path = folder / f"events-{size}.sqlite"
        if not path.exists():
            started = time.perf_counter()
            build(path, size)
            print(f"generated {size:,} events in {time.perf_counter() - started:.0f} s",
                  flush=True)
        runs: dict[str, list[dict]] = {"events": [], "xlsxwriter": [], "full": []}
        for _ in range(args.repeat):
            runs["events"].append(run_child("app", path, folder / f"events-{size}.xlsx",
                                            "events"))
            runs["xlsxwriter"].append(run_child("xlsxwriter", path,
                                                folder / f"xlsxwriter-{size}.xlsx"))
            runs["full"].append(run_child("app", path, folder / f"full-{size}.xlsx"))
        base = best(runs["xlsxwriter"])
        for label, kind in (("events list (app)", "events"),
                            ("events list (XlsxWriter)", "xlsxwriter"),
                            ("full workbook (app)", "full")):
            r = best(runs[kind])
            lines.append(f"| {size:>9,} | {label:<24} | {r['seconds']:7.1f} | {r['cpu']:7.1f} | "
                         f"{r['seconds'] / base['seconds']:5.2f}x | {r['rss_mb']:7.0f} | "
                         f"{r['file_mb']:7.1f} |")
            print(lines[-1], flush=True)
    print()
    print("|    events | measurement              |  wall s |   CPU s | ratio |"
          "  RSS MB | file MB |")
    print("|----------:|--------------------------|--------:|--------:|------:|"
          "--------:|--------:|")
    print("\n".join(lines))
    print("ratio: wall time over XlsxWriter's for the same rows; RSS: ru_maxrss of a fresh "
          f"process. Files in {folder}")


if __name__ == "__main__":
    main()
