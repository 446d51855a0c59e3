"""The command line on real SQLite files: through ``main()`` in this process, and as a real
subprocess where the process boundary is the point (the entry point, exit codes, stderr)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl

from desktop.cli import main


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, **(env or {})},
    )


def test_load_sample_then_export_headless(database_path: Path, tmp_path: Path) -> None:
    """A copy of a new data set: a first creation as a real process (the migrations in a
    process of its own) is tests/test_safety_startup.py's, and cost this test seconds."""
    db_file = database_path
    out = tmp_path / "report.xlsx"
    loaded = _run("--database", str(db_file), "load-sample")
    assert loaded.returncode == 0, loaded.stderr
    assert "3 sample events" in loaded.stdout

    exported = _run("--database", str(db_file), "export", "--out", str(out), "--from", "2025-01-01")
    assert exported.returncode == 0, exported.stderr
    workbook = openpyxl.load_workbook(out)
    assert "Events" in workbook.sheetnames
    assert workbook["Events"].max_row == 4  # header + three events


def test_the_database_option_is_remembered(database_path: Path, capsys) -> None:
    assert main(["--database", str(database_path), "load-sample"]) == 0
    capsys.readouterr()
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    assert str(database_path) in out
    assert "Events:   3" in out


def test_naming_the_remembered_data_set_again_leaves_the_settings_file_alone(
    database_path: Path, capsys
) -> None:
    """Every start with ``--database`` (a shortcut that names the file) rewrote the
    settings file, though nothing in it changed: a write and a rename per start."""
    from desktop.settings import Settings, settings_path

    assert main(["--database", str(database_path), "info"]) == 0
    written = settings_path().stat()
    assert main(["--database", str(database_path), "info"]) == 0
    again = settings_path().stat()
    assert (again.st_ino, again.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
    other = database_path.with_name("other.sqlite")
    assert main(["--database", str(other), "info"]) == 0
    assert Settings.load().database == str(other), "another file is still remembered"
    capsys.readouterr()


def test_list_names_places_in_the_message_language(database_path: Path, capsys) -> None:
    """Seen: "3 мероприятия." under "[Krasnoyarsk Krai, Russia]"."""
    from db.engine import open_database
    from db.localized import names_by_english
    from db.models import Country, Region

    assert main(["--database", str(database_path), "load-sample"]) == 0
    capsys.readouterr()
    assert main(["--database", str(database_path), "--language", "ru", "list"]) == 0
    out = capsys.readouterr().out
    database = open_database(database_path, check_integrity=False)
    with database.sessions() as session:
        regions = names_by_english(session, Region, ["Primorsky Krai", "Krasnoyarsk Krai"], "ru")
        (russia,) = names_by_english(session, Country, ["Russia"], "ru").values()
    database.dispose()
    assert len(regions) == 2 and "Russia" not in out and "Krai" not in out, out
    for region in regions.values():
        assert f"{region}, {russia}]" in out, out


def test_a_wrong_date_is_a_clear_error(tmp_path: Path) -> None:
    result = _run(
        "--database",
        str(tmp_path / "x.sqlite"),
        "export",
        "--out",
        "x.xlsx",
        "--from",
        "2025-02-30",
    )
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_broken_database_file_is_a_clear_error(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"\x00garbage" * 1000)
    assert main(["--database", str(broken), "info"]) == 2
    err = capsys.readouterr().err
    assert "Cannot open the database file" in err
    assert "Traceback" not in err


def test_extract_prints_drafts_and_json(database_path: Path, tmp_path: Path, capsys) -> None:
    import json

    report = tmp_path / "report.txt"
    report.write_text(
        "BAKU, Azerbaijan, March 4. Another event dedicated to the 33rd anniversary of the "
        "Khojaly genocide was held in the Chelyabinsk region. The event, organized by the public "
        "organization of Azerbaijanis in the Chelyabinsk region, began with a minute of silence. "
        "The head of the organization, Arshad Khankishiyev, spoke about the genocide, "
        "a source in the State Committee on Work with Diaspora told Trend.",
        encoding="utf-8",
    )
    db_file = str(database_path)
    assert main(["--database", db_file, "extract", str(report), "--published", "2025-03-04"]) == 0
    assert "Arshad Khankishiyev" in capsys.readouterr().out
    assert main(["--database", db_file, "extract", str(report), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) == {"source", "events"}
    event = document["events"][0]
    assert {
        "date",
        "country",
        "region",
        "city",
        "organizations",
        "occasion",
        "anniversary",
        "speakers",
        "program",
        "event_type",
    } <= set(event)
    assert event["anniversary"] == 33
    assert event["program"][0] == "minute of silence"
    assert main(["--database", db_file, "extract", str(tmp_path / "none.txt")]) == 1
    assert "There is no file" in capsys.readouterr().err
