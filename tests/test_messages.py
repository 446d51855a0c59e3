"""Messages of the Qt-free services come out in the language set through db.messages.

Each test drives the real code (the event store on a real SQLite file, the importer on a
real file, the CLI as a subprocess) with Russian in force and reads what a clerk reads.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from db import messages
from db.event_store import EventInput, EventStore, StaleEventError
from db.limits import max_length
from db.models import Event
from desktop.date_entry import DateEntryError, describe_problem, parse_date
from desktop.importing import preview, read_table
from desktop.importing.errors import ImportFileError
from desktop.importing.mapping import guess_mapping

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def test_english_is_the_source_and_unknown_languages_read_english() -> None:
    assert messages.set_language("ru_RU") == "ru"
    assert messages.set_language("de") == "en"
    assert messages._("A message nobody translated.") == "A message nobody translated."


def test_store_validation_in_russian(database) -> None:
    limit = max_length(Event.title)
    assert limit is not None
    messages.set_language("ru")
    data = EventInput(
        title="x" * (limit + 1), start_date=dt.date(2025, 3, 1), end_date=dt.date(2025, 1, 1)
    )
    with database.sessions() as session:
        errors = {error.field: error.message for error in EventStore(session).validate(data)}
    assert errors["end_date"] == "Дата окончания раньше даты начала."
    assert errors["title"].startswith("Название:")
    assert str(limit) in errors["title"].replace("\u00a0", "")


def test_store_validation_in_azerbaijani(database) -> None:
    messages.set_language("az")
    with database.sessions() as session:
        errors = EventStore(session).validate(EventInput(title=" ", start_date=None))
    assert {error.field: error.message for error in errors}["title"] == (
        "Tədbirin adını yazın."
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", "30-го числа нет: февраль 2025 года кончается 28-м."),
        ("az", "2025 fevral ayında 30 tarixi yoxdur: ayda 28 gün var."),
    ],
)
def test_an_impossible_typed_date_is_explained_in_the_language(language, expected) -> None:
    messages.set_language(language)
    with pytest.raises(DateEntryError) as caught:
        parse_date("30.02.2025", language)
    assert describe_problem(caught.value, "25.02.2025", language) == expected


def test_a_conflict_is_told_in_russian() -> None:
    messages.set_language("ru")
    assert "изменил" in str(StaleEventError(None, "Концерт"))


def test_an_import_file_problem_in_russian(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    messages.set_language("ru")
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    assert str(caught.value) == "Файл empty.xlsx пуст (0 байт)."


def test_an_import_row_problem_in_russian(database, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Title", "Date", "Region"])
    sheet.append(["Concert", dt.date(2025, 1, 6), "Nowhere Zzz Oblast"])
    workbook.save(tmp_path / "events.xlsx")
    messages.set_language("ru")
    table = read_table(tmp_path / "events.xlsx")
    plan = preview(database, table, guess_mapping(table.headers))
    problems = [str(problem) for problem in plan.rows[0].problems]
    assert problems and problems[0].startswith("C2: нет региона «Nowhere Zzz Oblast»"), problems


def test_an_import_note_names_months_in_russian(database, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Title", "Date"])
    sheet.append(["Concert", "03/04/2025"])
    workbook.save(tmp_path / "events.xlsx")
    messages.set_language("ru")
    table = read_table(tmp_path / "events.xlsx")
    plan = preview(database, table, guess_mapping(table.headers))
    assert plan.rows[0].notes == [
        "B2: «03/04/2025» прочитано как день, затем месяц: 3 апреля 2025; если в таблице "
        "сначала пишется месяц (4 марта), исправьте ячейку"
    ]


def test_extraction_warnings_in_azerbaijani(database) -> None:
    from desktop.extraction import extract

    messages.set_language("az")
    with database.sessions() as session:
        extraction = extract(
            "On 5 May a concert was held in Baku by the Friendship Society.", session=session
        )
    warnings = [warning for event in extraction.events for warning in event.warnings]
    assert "Məlumatın tarixi bilinmir: tədbirin tarixini əl ilə daxil edin." in warnings


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "LANG": "C.UTF-8", "LC_ALL": "", "LANGUAGE": ""},
    )


def test_a_cli_error_in_russian(tmp_path: Path) -> None:
    data = tmp_path / "office.sqlite"
    missing = tmp_path / "no-such-backup.sqlite"
    result = _run("--language", "ru", "--database", str(data), "restore", str(missing))
    assert result.returncode == 1
    assert f"нет файла резервной копии {missing}" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_the_cli_follows_the_saved_language(tmp_path: Path) -> None:
    from desktop.settings import Settings

    settings = Settings.load()  # in this test's own XDG folders, which the CLI inherits
    settings.language = "ru"
    settings.save()
    result = _run("--database", str(tmp_path / "office.sqlite"), "restore", "--newest")
    assert result.returncode == 1
    assert CYRILLIC.search(result.stderr), result.stderr


def test_the_cli_help_in_azerbaijani() -> None:
    result = _run("--language", "az", "export", "--help")
    assert result.returncode == 0, result.stderr
    assert "Excel hesabatını yaz" in result.stdout
    assert "yalnız bu ölkədəki tədbirlər" in result.stdout


@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_the_info_lines_line_up_in_every_language(language, database_path, capsys) -> None:
    """The translations padded their labels by hand, for English widths: in Azerbaijani
    "Verilənlər bazası: …" stood above "Sxem:   0011" and "Tədbirlər:   3"."""
    from desktop.cli import main

    assert main(["--language", language, "--database", str(database_path), "info"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    starts = {len(line) - len(line.split(": ", 1)[1].lstrip()) for line in lines}
    assert len(starts) == 1, lines  # every value starts in the same column
