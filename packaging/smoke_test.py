"""Smoke test of the BUILT bundle, not of the source tree.

    python packaging/smoke_test.py dist/diaspora-events

Runs the bundled executable as a clerk's first day would, on a fresh HOME (every XDG
folder in a temporary directory): the version, the sample, an Excel export, the
extraction of a short report, then the window itself, offscreen, closed after a few
seconds; last, a data file of the oldest schema, which it must back up and upgrade. It reads
the workbook back with openpyxl, and makes the old data file, from the developer's
environment.
Exits non-zero, with what failed, at the first failure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import openpyxl

HERE = Path(__file__).resolve().parent
REPORT = HERE / "smoke" / "report.txt"
TIMEOUT = 600  # the first extraction builds the world index from the GeoNames data


class SmokeFailure(Exception):
    """A step of the smoke test did not do what a user needs."""


def executable(bundle: Path) -> Path:
    """The command-line executable inside the one-folder bundle."""
    for name in ("diaspora-events.exe", "diaspora-events"):
        candidate = bundle / name
        if candidate.exists():
            return candidate
    raise SmokeFailure(f"no diaspora-events executable in {bundle}")


def fresh_environment(home: Path) -> dict[str, str]:
    """A user who never ran the app: nothing of the developer's settings or caches."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "DIASPORA_", "PYTHON", "VIRTUAL_ENV"))
    }
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
    )
    return env


def run(command: list[str | Path], env: dict[str, str], step: str) -> str:
    """Run one step; its output on success, a SmokeFailure naming the step otherwise."""
    started = time.perf_counter()
    result = subprocess.run(
        [str(part) for part in command],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
    )
    print(f"  {step}: exit {result.returncode} in {time.perf_counter() - started:.1f} s")
    if result.returncode != 0:
        raise SmokeFailure(
            f"{step} exited with {result.returncode}\n"
            f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
        )
    return result.stdout


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def check_workbook(path: Path, version: str) -> None:
    """The export is a real workbook: a cover naming this version, the three sample events."""
    check(path.exists(), f"the export wrote no file at {path}")
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        names = book.sheetnames
        check(len(names) >= 2, f"the workbook has only the sheets {names}")
        cover_text = " ".join(
            str(cell) for row in book[names[0]].iter_rows(values_only=True) for cell in row if cell
        )
        check(version in cover_text, f"the cover does not name version {version}")
        events = book[names[1]]
        rows = [row for row in events.iter_rows(min_row=2, values_only=True) if any(row)]
        check(len(rows) == 3, f"the events sheet has {len(rows)} rows, not the sample's 3")
    finally:
        book.close()


def check_extraction(output: str) -> None:
    """The report's event, with what the bundled models and data find in it."""
    found = json.loads(output)
    events = found.get("events") or []
    check(len(events) >= 1, f"the extraction found no event: {output}")
    event = events[0]
    check(event.get("date") == "2025-03-14", f"date (dateparser, Babel) is {event.get('date')}")
    check(event.get("city") == "Novosibirsk", f"city (GeoNames index) is {event.get('city')}")
    speakers = json.dumps(event.get("speakers"), ensure_ascii=False)
    check("Алиев" in speakers, f"speakers (natasha, pymorphy3) are {speakers}")


def seed_report() -> tuple[Path, dict[str, Any]] | None:
    """The shared corpus's seed report and its hand annotation, when the corpus is beside us."""
    corpus = HERE.parent.parent / "shared" / "corpus"
    gold = corpus / "gold.jsonl"
    if not gold.is_file():
        return None
    for line in gold.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        path = corpus / "articles" / entry["file"]
        if entry["file"].startswith("seed-") and path.is_file():
            return path, entry
    return None


def check_seed_extraction(output: str, gold: dict[str, Any]) -> None:
    """The bundle finds the seed's events in the regions the annotation names."""
    found = {event.get("region") for event in json.loads(output).get("events") or []}
    wanted = {event["region"] for event in gold["events"]}
    check(wanted <= found, f"the seed's regions {sorted(wanted)} were not all found: {found}")


def oldest_schema_database(path: Path) -> str:
    """A data file left by the first released schema (made with the source tree's Alembic)."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from db.engine import alembic_config, create_db_engine

    first = list(ScriptDirectory.from_config(alembic_config()).walk_revisions())[-1].revision
    engine = create_db_engine(f"sqlite:///{path}")
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, first)
    engine.dispose()
    return first


def check_upgrade(exe: Path, env: dict[str, str], home: Path) -> None:
    """The bundle's migrations are found: an old data file is backed up, then upgraded."""
    from db.engine import head_revision

    old = home / "old.sqlite"
    first = oldest_schema_database(old)
    info = run([exe, "--database", old, "info"], env, f"upgrade from {first}")
    check(f"Schema:   {head_revision()}" in info, f"the old data file was not upgraded:\n{info}")
    backups = run([exe, "--database", old, "backup", "--list"], env, "backup --list")
    check(f"before-upgrade-{first}" in backups, f"no backup before the upgrade:\n{backups}")


def smoke(bundle: Path, gui_seconds: float) -> None:
    exe = executable(bundle)
    with tempfile.TemporaryDirectory(prefix="diaspora-smoke-") as folder:
        home = Path(folder)
        env = fresh_environment(home)
        version = run([exe, "--version"], env, "--version").split()[-1]
        check(version[0].isdigit(), f"--version printed {version!r}")
        run([exe, "load-sample"], env, "load-sample")
        info = run([exe, "info"], env, "info")
        check("Events:   3" in info, f"info after load-sample says:\n{info}")
        workbook = home / "events.xlsx"
        run([exe, "export", "--out", workbook], env, "export")
        check_workbook(workbook, version)
        check_extraction(run([exe, "extract", "--json", REPORT], env, "extract"))
        seed = seed_report()
        if seed is not None:
            output = run([exe, "extract", "--json", seed[0]], env, "extract the seed report")
            check_seed_extraction(output, seed[1])
        gui_env = dict(env, DIASPORA_EVENTS_QUIT_AFTER=str(gui_seconds))
        run([exe], gui_env, f"GUI, closed after {gui_seconds:g} s")
        check_upgrade(exe, env, home)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle (dist/diaspora-events)")
    parser.add_argument("--gui-seconds", type=float, default=3.0)
    args = parser.parse_args()
    started = time.perf_counter()
    try:
        smoke(args.bundle.resolve(), args.gui_seconds)
    except (SmokeFailure, subprocess.TimeoutExpired) as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"Smoke test passed in {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
