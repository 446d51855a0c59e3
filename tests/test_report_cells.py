"""Cells as every reader sees them: dates before 1900, Excel's text limit, ISO code filters."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from db.engine import Database
from db.event_store import EventInput, EventStore, SpeakerInput
from desktop.cli_export import add_export_command, run_export
from desktop.reports import ReportOptions, export_workbook
from desktop.reports.cells import EXCEL_MAX_TEXT, clean_text
from desktop.sample import load_sample


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _events(path: Path) -> list[dict[str, object]]:
    ws = load_workbook(path)["Events"]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_the_cell_limit_is_counted_in_utf16_units():
    wide = "𝔸" * 20_000  # outside the BMP: two UTF-16 units each, as Excel counts
    cut = clean_text(wide)
    assert utf16_units(cut) <= EXCEL_MAX_TEXT and cut.endswith("…")
    assert utf16_units(cut) > EXCEL_MAX_TEXT - 3  # cut at the limit, not far before it
    fits = "я" * EXCEL_MAX_TEXT
    assert clean_text(fits) == fits


def test_long_text_of_wide_characters_is_cut_to_what_excel_holds(
    database: Database, tmp_path: Path
):
    with database.sessions.begin() as session:
        EventStore(session, user="tester").save(EventInput(
            title="Long", start_date=dt.date(2025, 3, 1), description="😀" * 20_000,
            speakers=[SpeakerInput("Someone", "🎤" * 150)]))  # a role holds 300 at most
    out = tmp_path / "long.xlsx"
    export_workbook(database, out, ReportOptions())
    (event,) = _events(out)
    assert EXCEL_MAX_TEXT - 3 < utf16_units(str(event["Description"])) <= EXCEL_MAX_TEXT
    speakers = load_workbook(out)["Speakers"]
    role = [c.value for c in speakers[2]][7]
    assert role == "🎤" * 150  # text that fits is never cut


def test_dates_before_1900_are_dates_not_negative_numbers(database: Database, tmp_path: Path):
    with database.sessions.begin() as session:
        EventStore(session, user="tester").save(EventInput(
            title="Old", start_date=dt.date(1850, 3, 1), end_date=dt.date(1850, 3, 2)))
    out = tmp_path / "old.xlsx"
    export_workbook(database, out, ReportOptions())
    (event,) = _events(out)
    for column, day in (("Start date", "1850-03-01"), ("End date", "1850-03-02")):
        value = event[column]
        assert not isinstance(value, int | float), value
        assert str(value)[:10] == day
    sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Events").to_python()
    header = sheet[0]
    assert str(sheet[1][header.index("Start date")])[:10] == "1850-03-01"


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="diaspora-events")
    add_export_command(parser.add_subparsers(dest="command"))
    return parser.parse_args(["export", *argv])


@pytest.mark.parametrize("code", ["RU-PRI", "ru-pri"])
def test_region_filter_by_iso_code_as_the_sheets_show_it(
    database: Database, tmp_path: Path, code: str
):
    with database.sessions.begin() as session:
        load_sample(session)
    out = tmp_path / "pri.xlsx"
    assert run_export(database, _args("--out", str(out), "--region", code)) == 0
    assert [e["Region code"] for e in _events(out)] == ["RU-PRI"]
