"""Benchmark: import 100,000 rows, next to reading them with python-calamine and inserting
the same rows bare into the same schema (issue 17, "import" row).

    .venv/bin/python bench/import.py [--rows 100000] [--repeat 1] [--keep DIR] [--before REF]
    .venv/bin/python bench/import.py --lists      # the reference-lists import as well

Each measurement runs in its own process, so its peak memory (max RSS) is its own, and the
project's import and the reference alternate, so a busy machine slows both alike; the table
gives the median of ``--repeat`` pairs and the ratio project / reference (goal: at most 1.5,
and at most 150 MB).

- **project**: ``read_table`` + ``preview`` + ``apply_import`` into a fresh SQLite database
  (backup off, as the file is new), the way the wizard and the CLI import. The database
  is made (with its reference data) once beforehand, in another process, and copied for
  each run, so neither its making nor its opening's migrations count in time or peak.
- **reference**: python-calamine reads the sheet (``iter_rows``), then the same rows go into
  a fresh database of the same schema (its search triggers included) with SQLAlchemy Core
  executemany: each distinct region, event type, program item and organizer name resolved
  once, the organizations created, the events with their search text, their organizer
  links and program items. No validation, duplicate check, change log or undo: what any
  import must at least do.

``--index-after`` also times the reference with the search index filled once after its
rows (as the import fills it) instead of by the schema's trigger per row: a stricter
reference, printed beside the one the goal is set against.
``--before REF`` measures the import of git revision REF on the same file as well.
``--lists`` also times a reference-lists import (the whole gazetteer plus 3,000
organizations and 3,000 people) into an empty database and again into the same one.
Not part of the test run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import uuid
from contextlib import nullcontext
from io import BytesIO
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if "--root" in sys.argv:  # measure another checkout's code (see --before)
    sys.path.insert(0, sys.argv[sys.argv.index("--root") + 1])
else:
    sys.path.insert(0, str(ROOT))

REGIONS = ["Primorsky Krai", "Приморский край", "Chelyabinsk Oblast", "RU-KYA", "Moscow",
           "Saint Petersburg", "Sverdlovsk Oblast", "Novosibirsk Oblast"]
ORGANIZERS = [f"Community union {n}" for n in range(200)]
PROGRAMS = ["minute of silence; speech (opening)", "concert", "speech; video screening", None]
GOAL_RATIO = 1.5
GOAL_MB = 150


DAYS = 9000
"""The rows' dates cycle through this many days: a dozen events a day at 100,000 rows."""


def _organizers(n: int) -> str:
    """Row ``n``'s two organizers, from two halves of the list. No two rows of one day and
    region share one: the import would hold the second back as the same event."""
    half = len(ORGANIZERS) // 2
    cycle = n // DAYS
    return (f"{ORGANIZERS[(n + 17 * cycle) % half]}; "
            f"{ORGANIZERS[half + (n * 7 + 17 * cycle) % half]}")


def make_file(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Events")
    ws.append(["Title", "Start date", "Region", "Event type", "Organizers", "Program",
               "Attendance", "Description"])
    start = dt.date(2000, 1, 1)
    for n in range(rows):
        ws.append([
            f"Event number {n}", start + dt.timedelta(days=n % DAYS),
            REGIONS[(n + n // DAYS) % len(REGIONS)], "memorial event" if n % 3 else "concert",
            _organizers(n),
            PROGRAMS[n % len(PROGRAMS)], 10 + n % 500, f"Description of event {n}",
        ])
    wb.save(path)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def create_database(path: Path) -> dict[str, Any]:
    """An empty data set with its reference data, checkpointed into one file to copy."""
    from db.engine import open_database

    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    db = open_database(path)
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return {}


def measure_import(path: Path, database: Path) -> dict[str, Any]:
    from db.engine import open_database
    from desktop.importing import apply_import, guess_mapping, preview, read_table

    db = open_database(database)
    base = peak_mb()
    started = time.perf_counter()
    table = read_table(path)
    read_s = time.perf_counter() - started
    plan = preview(db, table, guess_mapping(table.headers))
    preview_s = time.perf_counter() - started - read_s
    result = apply_import(db, plan, backup=False)
    total = time.perf_counter() - started
    db.dispose()
    return {"seconds": total, "read_s": read_s, "preview_s": preview_s,
            "write_s": total - read_s - preview_s, "peak_mb": peak_mb(), "base_mb": base,
            "inserted": result.inserted, "errors": result.errors}


def measure_reference(path: Path, database: Path, index_after: bool = False) -> dict[str, Any]:
    """python-calamine's read of the sheet, then a bare insert of its rows (see the top);
    with ``index_after`` the search index is filled once after the rows, as the import does,
    instead of by the schema's trigger per row."""
    from python_calamine import CalamineWorkbook
    from sqlalchemy import func, insert, select

    from db.engine import open_database
    from db.gazetteer import Gazetteer
    from db.models import Event, EventOrganizer, Organization, ProgramItem, Region
    from db.names import normalize
    from desktop.importing.bulk import search_filled_after, table_of

    db = open_database(database)
    base = peak_mb()
    started = time.perf_counter()
    with CalamineWorkbook.from_path(str(path)) as workbook:
        rows = workbook.get_sheet_by_name("Events").iter_rows()
        next(rows)  # the header
        values = [list(row) for row in rows]
    read_s = time.perf_counter() - started
    now = dt.datetime.now()
    with db.sessions() as session, session.begin():
        gazetteer = Gazetteer(session)
        regions: dict[str, tuple[int, int, str]] = {}

        def region(text: str) -> tuple[int, int, str]:
            found = regions.get(text)
            if found is None:
                record = session.scalars(select(Region).where(Region.code == text)).first()
                record = record or gazetteer.resolve_region(text, fuzzy=False)
                assert record is not None
                found = regions[text] = (record.id, record.country_id, record.name)
            return found

        types: dict[str, int] = {}
        items: dict[str, int] = {}
        names = sorted({n.strip() for row in values for n in str(row[4]).split(";")})
        next_org = (session.scalar(select(func.max(Organization.id))) or 0) + 1
        session.execute(insert(table_of(Organization)), [
            {"id": next_org + k, "uuid": uuid.uuid4(), "name": name}
            for k, name in enumerate(names)])
        organizations = {name: next_org + k for k, name in enumerate(names)}
        first = (session.scalar(select(func.max(Event.id))) or 0) + 1
        events, links, program = [], [], []
        for k, (title, start, place, kind, organizers, items_text, attendance, description) \
                in enumerate(values):
            event_id = first + k
            region_id, country_id, region_name = region(place)
            type_id = types.get(kind)
            if type_id is None:
                type_id = types[kind] = gazetteer.resolve_event_type(kind, fuzzy=False).id
            orgs = list(dict.fromkeys(n.strip() for n in str(organizers).split(";")))
            events.append({
                "id": event_id, "uuid": uuid.uuid4(), "title": title,
                "start_date": start.date() if isinstance(start, dt.datetime) else start,
                "date_precision": "day", "event_type_id": type_id, "country_id": country_id,
                "region_id": region_id, "attendance": int(attendance),
                "description": description, "status": "draft", "created_at": now,
                "updated_at": now, "version": 1,
                "search_text": " | ".join(normalize(p) for p in (title, description,
                                                                  region_name, *orgs)),
            })
            links += [{"event_id": event_id, "organization_id": organizations[name],
                       "role": "organizer", "position": position}
                      for position, name in enumerate(orgs)]
            for position, item in enumerate(items_text.split(";") if items_text else []):
                item = item.split("(")[0].strip()
                item_id = items.get(item)
                if item_id is None:
                    item_id = items[item] = gazetteer.resolve_program_item_type(
                        item, fuzzy=False).id
                program.append({"event_id": event_id, "item_type_id": item_id,
                                "position": position, "note": None})
        with search_filled_after(session) if index_after else nullcontext():
            for model, batch in ((Event, events), (EventOrganizer, links),
                                 (ProgramItem, program)):
                session.execute(insert(table_of(model)), batch)
    total = time.perf_counter() - started
    db.dispose()
    return {"seconds": total, "read_s": read_s, "preview_s": 0.0,
            "write_s": total - read_s, "peak_mb": peak_mb(), "base_mb": base,
            "inserted": len(events), "errors": 0}


def measure_lists(work: Path) -> dict[str, Any]:
    """Export the gazetteer with 3,000 organizations and 3,000 people; import it twice."""
    from db.engine import open_database
    from db.event_store import EventStore
    from desktop.importing.reference_lists import export_reference, import_reference

    for name in ("reference-a.sqlite", "reference-b.sqlite"):
        for file in work.glob(name + "*"):
            file.unlink()
    source = open_database(work / "reference-a.sqlite")
    with source.sessions.begin() as session:
        store = EventStore(session)
        for n in range(3000):
            store.organization(f"Cultural society {n}")
            store.person(f"Person Number {n}")
    out = export_reference(source, work / "reference.xlsx")
    source.dispose()
    target = open_database(work / "reference-b.sqlite")
    started = time.perf_counter()
    first = import_reference(target, out)
    fresh_s = time.perf_counter() - started
    started = time.perf_counter()
    import_reference(target, out)
    again_s = time.perf_counter() - started
    target.dispose()
    return {"fresh_s": fresh_s, "again_s": again_s,
            "added": sum(len(v) for v in first.added.values()), "peak_mb": peak_mb()}


def checkout(ref: str, into: Path) -> Path:
    """The files of git revision ``ref`` in ``into`` (the work tree is not touched)."""
    data = subprocess.run(["git", "archive", "--format=tar", ref], cwd=ROOT, check=True,
                          capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as archive:
        archive.extractall(into, filter="data")
    return into


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1, help="pairs of runs (medians shown)")
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--before", metavar="REF",
                        help="measure the import of git revision REF too")
    parser.add_argument("--lists", action="store_true", help="time a reference-lists import")
    parser.add_argument("--index-after", action="store_true",
                        help="also time the reference filling the search index once after "
                             "its rows (as the import does) instead of by trigger per row")
    parser.add_argument("--measure",
                        choices=("create", "import", "reference", "reference-after", "lists"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--database", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure = {"create": lambda: create_database(args.database),
                   "import": lambda: measure_import(args.file, args.database),
                   "reference": lambda: measure_reference(args.file, args.database),
                   "reference-after": lambda: measure_reference(args.file, args.database, True),
                   "lists": lambda: measure_lists(args.work)}[args.measure]
        print(json.dumps(measure()))
        return
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-import-"))
    work.mkdir(parents=True, exist_ok=True)
    file = work / f"events-{args.rows}.xlsx"
    if not file.exists():
        started = time.perf_counter()
        make_file(file, args.rows)
        print(f"wrote {file} ({file.stat().st_size / 1e6:.1f} MB) in "
              f"{time.perf_counter() - started:.1f} s")

    def run(*extra: str, root: Path | None = None) -> dict[str, Any]:
        command = [sys.executable, __file__, *extra]
        if root is not None:
            command += ["--root", str(root)]
        out = subprocess.run(command, check=True, capture_output=True, text=True,
                             cwd=root or ROOT)
        return dict(json.loads(out.stdout.strip().splitlines()[-1]))

    template = work / "template.sqlite"
    if not template.exists():  # made once, in its own process: not part of any peak
        run("--measure", "create", "--database", str(template))

    def fresh_database() -> str:
        for old in work.glob("bench.sqlite*"):
            old.unlink()
        shutil.copyfile(template, work / "bench.sqlite")
        return str(work / "bench.sqlite")

    runs: dict[str, list[dict[str, Any]]] = {"project": [], "reference": [],
                                             "reference-after": [], "before": []}
    with tempfile.TemporaryDirectory(prefix="bench-before-") as old:
        before_root = checkout(args.before, Path(old)) if args.before else None
        for _ in range(args.repeat):
            for name in runs:
                if ((name == "before" and before_root is None)
                        or (name == "reference-after" and not args.index_after)):
                    continue
                kind = "import" if name in ("project", "before") else name
                runs[name].append(run("--measure", kind, "--file", str(file), "--database",
                                      fresh_database(),
                                      root=before_root if name == "before" else None))

    def median(name: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[name])

    reference_s = median("reference", "seconds")
    print(f"rows: {args.rows:,} (8 columns) into a fresh SQLite database; medians of "
          f"{args.repeat} alternating pair(s); load average {os.getloadavg()[0]:.2f}")
    print(f"{'':<26} {'time':>8} {'peak':>9} {'ratio':>7}   read + preview + write")
    for name in runs:
        if not runs[name]:
            continue
        seconds = median(name, "seconds")
        label = {"before": f"before ({args.before})",
                 "reference-after": "reference, index after"}.get(name, name)
        print(f"{label:<26} {seconds:6.1f} s {median(name, 'peak_mb'):6.0f} MB "
              f"{seconds / reference_s:6.2f}x   {median(name, 'read_s'):.1f} + "
              f"{median(name, 'preview_s'):.1f} + {median(name, 'write_s'):.1f} s, "
              f"{runs[name][0]['inserted']:,} inserted, {runs[name][0]['errors']} errors")
    ratio = median("project", "seconds") / reference_s
    peak = median("project", "peak_mb")
    print(f"goal: ratio <= {GOAL_RATIO} ({'met' if ratio <= GOAL_RATIO else 'missed'}: "
          f"{ratio:.2f}), peak <= {GOAL_MB} MB ({'met' if peak <= GOAL_MB else 'missed'}: "
          f"{peak:.0f} MB)")
    if args.lists:
        lists = run("--measure", "lists", "--work", str(work))
        print(f"reference lists import: {lists['fresh_s']:.1f} s into an empty database "
              f"({lists['added']:,} records added), {lists['again_s']:.1f} s again "
              f"(all matched)")


if __name__ == "__main__":
    main()
