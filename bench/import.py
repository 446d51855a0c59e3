"""Benchmark: import 100,000 rows, next to reading the same file with openpyxl alone.

Each measurement runs in its own process so peak memory (max RSS) is its own:

    .venv/bin/python bench/import.py [--rows 100000] [--keep DIR]

Prints time and peak memory of (1) iterating the sheet with openpyxl read-only,
(2) read_table + preview + apply_import into a fresh SQLite database, and the
ratio of the two. Not part of the test run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REGIONS = ["Primorsky Krai", "Приморский край", "Chelyabinsk Oblast", "RU-KYA", "Moscow",
           "Saint Petersburg", "Sverdlovsk Oblast", "Novosibirsk Oblast"]
ORGANIZERS = [f"Community union {n}" for n in range(200)]
PROGRAMS = ["minute of silence; speech (opening)", "concert", "speech; video screening", None]


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--measure", choices=("read", "import"))
    parser.add_argument("--file", type=Path)
    parser.add_argument("--database", type=Path)
    args = parser.parse_args()
    if args.measure == "read":
        print(json.dumps(measure_read(args.file)))
        return
    if args.measure == "import":
        print(json.dumps(measure_import(args.file, args.database)))
        return
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-import-"))
    work.mkdir(parents=True, exist_ok=True)
    file = work / f"events-{args.rows}.xlsx"
    if not file.exists():
        started = time.perf_counter()
        make_file(file, args.rows)
        print(f"wrote {file} ({file.stat().st_size / 1e6:.1f} MB) in "
              f"{time.perf_counter() - started:.1f} s")
    database = work / "bench.sqlite"
    database.unlink(missing_ok=True)

    def run(*extra: str) -> dict:
        out = subprocess.run([sys.executable, __file__, *extra], check=True,
                             capture_output=True, text=True, cwd=ROOT)
        return json.loads(out.stdout.strip().splitlines()[-1])

    read = run("--measure", "read", "--file", str(file))
    imp = run("--measure", "import", "--file", str(file), "--database", str(database))
    print(f"rows: {args.rows:,}")
    print(f"openpyxl read-only alone: {read['seconds']:.1f} s, peak {read['peak_mb']:.0f} MB")
    print(f"import (read+preview+write): {imp['seconds']:.1f} s "
          f"(read {imp['read_s']:.1f}, preview {imp['preview_s']:.1f}, "
          f"write {imp['write_s']:.1f}), peak {imp['peak_mb']:.0f} MB "
          f"(of which {imp['base_mb']:.0f} MB before reading), "
          f"{imp['inserted']:,} inserted, {imp['errors']} errors")
    print(f"ratio import/read: time {imp['seconds'] / read['seconds']:.1f}x, "
          f"peak memory {imp['peak_mb'] / read['peak_mb']:.1f}x")


if __name__ == "__main__":
    main()
