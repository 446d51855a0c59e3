"""Benchmark: import 100,000 rows, next to reading the same file with openpyxl alone.

Each measurement runs in its own process so peak memory (max RSS) is its own:

    .venv/bin/python bench/import.py [--rows 100000] [--keep DIR] [--before REF]

Prints time and peak memory of (1) iterating the sheet with openpyxl read-only,
(2) read_table + preview + apply_import into a fresh SQLite database, now and
before this code was made lean (the figures recorded below, or measured anew
on the same file from git revision REF with ``--before REF``), with the ratio
of each to (1); and (3) the time of a reference-lists import (the whole
gazetteer plus 3,000 organizations and 3,000 people) into an empty database
and again into the same one. Not part of the test run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if "--root" in sys.argv:  # measure another checkout's code (see --before)
    sys.path.insert(0, sys.argv[sys.argv.index("--root") + 1])
else:
    sys.path.insert(0, str(ROOT))

REGIONS = ["Primorsky Krai", "Приморский край", "Chelyabinsk Oblast", "RU-KYA", "Moscow",
           "Saint Petersburg", "Sverdlovsk Oblast", "Novosibirsk Oblast"]
ORGANIZERS = [f"Community union {n}" for n in range(200)]
PROGRAMS = ["minute of silence; speech (opening)", "concert", "speech; video screening", None]

BEFORE_REF = "1dedd60"
BEFORE = {"seconds": 55.1, "read_s": 12.5, "preview_s": 15.9, "write_s": 26.7,
          "peak_mb": 577.0, "read_alone_s": 11.5, "read_alone_mb": 35.0, "reference_s": 12.6}
"""The import as it was at BEFORE_REF, measured on 100,000 rows (8 columns) with
``--before 1dedd60`` (the reference figure: the 6,000-record import of this bench)."""


def make_file(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Events")
    ws.append(["Title", "Start date", "Region", "Event type", "Organizers", "Program",
               "Attendance", "Description"])
    start = dt.date(2000, 1, 1)
    for n in range(rows):
        ws.append([
            f"Event number {n}", start + dt.timedelta(days=n % 9000),
            REGIONS[n % len(REGIONS)], "memorial event" if n % 3 else "concert",
            f"{ORGANIZERS[n % len(ORGANIZERS)]}; {ORGANIZERS[(n * 7) % len(ORGANIZERS)]}",
            PROGRAMS[n % len(PROGRAMS)], 10 + n % 500, f"Description of event {n}",
        ])
    wb.save(path)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_read(path: Path) -> dict:
    from openpyxl import load_workbook

    base = peak_mb()
    started = time.perf_counter()
    wb = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in wb["Events"].iter_rows(values_only=True))
    wb.close()
    return {"seconds": time.perf_counter() - started, "peak_mb": peak_mb(), "base_mb": base,
            "rows": count}


def measure_import(path: Path, database: Path) -> dict:
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


def measure_reference(work: Path) -> dict:
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
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--before", metavar="REF",
                        help=f"measure the import of git revision REF too (e.g. {BEFORE_REF})")
    parser.add_argument("--measure", choices=("read", "import", "reference"))
    parser.add_argument("--file", type=Path)
    parser.add_argument("--database", type=Path)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure == "read":
        print(json.dumps(measure_read(args.file)))
        return
    if args.measure == "import":
        print(json.dumps(measure_import(args.file, args.database)))
        return
    if args.measure == "reference":
        print(json.dumps(measure_reference(args.work)))
        return
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-import-"))
    work.mkdir(parents=True, exist_ok=True)
    file = work / f"events-{args.rows}.xlsx"
    if not file.exists():
        started = time.perf_counter()
        make_file(file, args.rows)
        print(f"wrote {file} ({file.stat().st_size / 1e6:.1f} MB) in "
              f"{time.perf_counter() - started:.1f} s")

    def run(*extra: str, root: Path | None = None) -> dict:
        command = [sys.executable, __file__, *extra]
        if root is not None:
            command += ["--root", str(root)]
        out = subprocess.run(command, check=True, capture_output=True, text=True,
                             cwd=root or ROOT)
        return json.loads(out.stdout.strip().splitlines()[-1])

    def fresh_database() -> Path:
        database = work / "bench.sqlite"
        for old in work.glob("bench.sqlite*"):
            old.unlink()
        return database

    read = run("--measure", "read", "--file", str(file))
    now = run("--measure", "import", "--file", str(file), "--database", str(fresh_database()))
    before = dict(BEFORE)
    label = f"before ({BEFORE_REF}, 100k, recorded)"
    if args.before:
        with tempfile.TemporaryDirectory(prefix="bench-before-") as old:
            root = checkout(args.before, Path(old))
            before = run("--measure", "import", "--file", str(file), "--database",
                         str(fresh_database()), root=root)
            reference_before = run("--measure", "reference", "--work", str(work), root=root)
        before["reference_s"] = reference_before["fresh_s"]
        label = f"before ({args.before})"
    reference = run("--measure", "reference", "--work", str(work))

    def line(name: str, figures: dict) -> str:
        return (f"{name:<40} {figures['seconds']:6.1f} s {figures['peak_mb']:6.0f} MB   "
                f"{figures['seconds'] / read['seconds']:4.1f}x  "
                f"{figures['peak_mb'] / read['peak_mb']:5.1f}x   "
                f"(read_table {figures['read_s']:.1f} + preview {figures['preview_s']:.1f} + "
                f"write {figures['write_s']:.1f} s)")

    print(f"rows: {args.rows:,} (8 columns); import into a fresh SQLite database")
    print(f"{'':<40} {'time':>8} {'peak':>9}   {'ratio to openpyxl alone':>24}")
    print(f"{'openpyxl read-only alone':<40} {read['seconds']:6.1f} s "
          f"{read['peak_mb']:6.0f} MB")
    if not args.before:
        print(f"{'  (when recorded)':<40} {BEFORE['read_alone_s']:6.1f} s "
              f"{BEFORE['read_alone_mb']:6.0f} MB")
        ratio_t = BEFORE["seconds"] / BEFORE["read_alone_s"]
        ratio_m = BEFORE["peak_mb"] / BEFORE["read_alone_mb"]
        print(f"{'import ' + label:<40} {before['seconds']:6.1f} s {before['peak_mb']:6.0f} MB"
              f"   {ratio_t:4.1f}x  {ratio_m:5.1f}x   (read_table {before['read_s']:.1f} + preview "
              f"{before['preview_s']:.1f} + write {before['write_s']:.1f} s)")
    else:
        print(line("import " + label, before))
    print(line("import now", now) + f", {now['inserted']:,} inserted, {now['errors']} errors")
    print("read_table reads every row before; now the header only, and the rows stream "
          "through the preview")
    print(f"reference lists import: {reference['fresh_s']:.1f} s into an empty database "
          f"({reference['added']:,} records added), {reference['again_s']:.1f} s again "
          f"(all matched); before: {before['reference_s']:.1f} s")


if __name__ == "__main__":
    main()
