"""What the workbook reader hands the preview: cells as the clerk sees them in Excel."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.importing import ImportFileError, guess_mapping, preview, read_table
from tests.test_import_hostile import _sheet_zip

MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _cell(ref: str, body: bytes, kind: bytes = b"") -> bytes:
    return b'<c r="' + ref.encode() + b'"' + (b' t="' + kind + b'"' if kind else b"") + b">" \
        + body + b"</c>"


def _text(ref: str, value: str) -> bytes:
    return _cell(ref, b"<is><t>" + value.encode() + b"</t></is>", b"inlineStr")


def _sheet(*rows: bytes) -> bytes:
    body = b"".join(b'<row r="%d">' % n + row + b"</row>" for n, row in enumerate(rows, 1))
    return b"<worksheet " + MAIN + b"><sheetData>" + body + b"</sheetData></worksheet>"


def test_cells_come_as_typed(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Events"
    ws.append([None, None, None, None, None, None])
    ws.append([None, "Title", "Start date", "Attendance", "Venue", "Updated (UTC)"])
    ws.append([None, "Typed date", "2025-02-26", 300, "007", dt.datetime(2025, 2, 26, 9, 30)])
    ws.append([None, "Real date", dt.date(2025, 3, 1), 12.5, 3, None])
    for _ in range(3):  # formatted, empty rows at the end
        ws.append([None, None, None, None, None, None])
    ws.cell(5, 2).number_format = "@"
    ws["E3"].quotePrefix = True
    path = tmp_path / "typed.xlsx"
    wb.save(path)

    table = read_table(path)
    assert (table.header_row, table.headers[1:]) == (
        2, ["Title", "Start date", "Attendance", "Venue", "Updated (UTC)"])
    typed, real = table.rows
    assert typed.values == (None, "Typed date", "2025-02-26", 300, "007",
                            dt.datetime(2025, 2, 26, 9, 30))
    assert type(typed.values[3]) is int  # 300, never 300.0
    assert real.number == 4 and real.values[1:5] == ("Real date", dt.date(2025, 3, 1), 12.5, 3)
    assert type(real.values[4]) is int


def test_formulas_give_their_saved_values(tmp_path: Path, database) -> None:
    path = _sheet_zip(tmp_path / "formulas.xlsx", _sheet(
        _text("A1", "Title") + _text("B1", "Start date") + _text("C1", "Attendance"),
        _text("A2", "Evening") + _cell("B2", b"<v>45717</v>")
        + _cell("C2", b"<f>100+20</f><v>120</v>"),
        _cell("A3", b"<f>A2</f><v>Copied title</v>", b"str") + _cell("B3", b"<v>45717</v>")
        + _cell("C3", b"<f>1/0</f>"),
    ))
    table = read_table(path)
    assert [row.values for row in table.rows] == [
        ("Evening", 45717, 120), ("Copied title", 45717, None)]
    assert table.formula_cells == {"C2": True, "A3": True, "C3": False}
    plan = preview(database, table, guess_mapping(table.headers))
    assert [row.action for row in plan.rows] == ["insert", "error"]
    assert "C3: holds a formula with no saved value" in str(plan.rows[1].problems[0])


def test_excel_error_values_read_as_empty_with_a_warning(tmp_path: Path) -> None:
    path = _sheet_zip(tmp_path / "errors.xlsx", _sheet(
        _text("A1", "Title") + _text("B1", "Description"),
        _text("A2", "Evening") + _cell("B2", b"<v>#N/A</v>", b"e"),
    ))
    table = read_table(path)
    assert [row.values for row in table.rows] == [("Evening", None)]
    assert any("error value" in w and "(B2)" in w for w in table.warnings), table.warnings


def test_a_sheet_cut_off_inside_its_rows_is_damaged(tmp_path: Path) -> None:
    whole = _sheet(_text("A1", "Title") + _text("B1", "Date"),
                   _text("A2", "Evening") + _text("B2", "2025-01-01"))
    path = _sheet_zip(tmp_path / "cut.xlsx", whole[: whole.index(b"</row><row r=\"2\"")])
    with pytest.raises(ImportFileError, match="damaged"):
        read_table(path)


def test_the_events_sheet_is_found_by_its_part(tmp_path: Path) -> None:
    """A workbook whose sheet parts are not in sheet order: merged cells of the right sheet
    are found (the raw scan reads the part the workbook names for the sheet)."""
    wb = Workbook()
    wb.active.title = "Notes"
    ws = wb.create_sheet("Events")
    ws.append(["Title", "Date"])
    ws.append(["A", dt.date(2025, 1, 1)])
    ws.append(["B", None])
    ws.merge_cells("B2:B3")
    path = tmp_path / "second.xlsx"
    wb.save(path)
    with zipfile.ZipFile(path) as archive:
        assert "xl/worksheets/sheet2.xml" in archive.namelist()
    with pytest.raises(ImportFileError, match="merged cells"):
        read_table(path)
