"""Report behaviours that mutation testing (scripts/mutation.sh) found untested: a long text
keeps all that Excel holds, and a failed export says why in the user's language."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from db import messages
from db.engine import Database
from desktop.reports import ReportError, ReportOptions, export_workbook
from desktop.reports.cells import EXCEL_MAX_TEXT, clean_text


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_a_text_over_excels_limit_keeps_all_that_fits() -> None:
    cut = clean_text("я" * (EXCEL_MAX_TEXT + 10))
    assert cut.endswith("…") and _utf16_units(cut) == EXCEL_MAX_TEXT


def _failing_export(database: Database, tmp_path: Path, monkeypatch, error: Exception) -> str:
    """The message of an export whose sheet writing fails with ``error``."""
    from desktop.reports import sheets_summary

    def broken(*_args: object, **_kwargs: object) -> None:
        raise error

    monkeypatch.setattr(sheets_summary, "write_per_region", broken)
    out = tmp_path / "report.xlsx"
    with pytest.raises(ReportError) as raised:
        export_workbook(database, out, ReportOptions())
    assert not out.exists()
    return str(raised.value)


def test_a_refused_write_during_export_is_told_in_russian(
    database: Database, tmp_path: Path, monkeypatch
) -> None:
    messages.set_language("ru")
    message = _failing_export(database, tmp_path, monkeypatch,
                              PermissionError(errno.EACCES, "Permission denied"))
    assert message.startswith("Отчёт не сохранён: доступ запрещён")


def test_a_full_disk_during_export_is_named(
    database: Database, tmp_path: Path, monkeypatch
) -> None:
    message = _failing_export(database, tmp_path, monkeypatch,
                              OSError(errno.ENOSPC, "No space left on device"))
    assert message == "The report was not saved: the disk is full."


def test_a_database_failure_during_export_names_the_databases_trouble(
    database: Database, tmp_path: Path, monkeypatch
) -> None:
    from db.errors import describe_database_error

    error = OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked"))
    message = _failing_export(database, tmp_path, monkeypatch, error)
    assert message == f"The report was not saved. {describe_database_error(error)}"
    assert "database is locked" in message


def test_the_speakers_sheet_numbers_each_events_speakers_from_one(
    database: Database, tmp_path: Path
) -> None:
    import datetime as dt

    from openpyxl import load_workbook

    from db.event_store import EventInput, EventStore, SpeakerInput

    with database.sessions.begin() as session:
        EventStore(session).save(EventInput(
            title="An evening", start_date=dt.date(2025, 3, 1),
            speakers=[SpeakerInput("First Speaker"), SpeakerInput("Second Speaker")]))
    out = tmp_path / "report.xlsx"
    export_workbook(database, out, ReportOptions())
    rows = list(load_workbook(out)["Speakers"].iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if "No." in row)
    number, name = rows[header].index("No."), rows[header].index("Speaker")
    assert [(row[number], row[name]) for row in rows[header + 1:] if row[name]] == [
        (1, "First Speaker"), (2, "Second Speaker")]
