"""Session 18: rows and columns hidden in .xlsb and .ods workbooks.

An .xlsb row the author hid in Excel (BrtRowHdr's fDyZero) went in without a word, and so
did an .xlsb or .ods column hidden in the sheet (BrtColInfo's fHidden, an .ods
table:table-column's table:visibility): the clerk never saw those cells.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from desktop.importing import guess_mapping, preview, read_table
from tests.data.spreadsheets.make import _record, _rewrite_xlsb

DATA = Path(__file__).parent / "data" / "spreadsheets"
ROW_HEADER, COLUMN_INFO = 0, 60
"""BrtRowHdr and BrtColInfo ([MS-XLSB] 2.4.726, 2.4.323)."""


def _hidden_xlsb(target: Path, row: int, column: int) -> Path:
    """error_cells.xlsb with sheet row ``row`` (1-based) and ``column`` (from 0) hidden."""

    def hide(kind: int, body: bytes) -> bytes | None:
        if kind == ROW_HEADER and struct.unpack_from("<I", body)[0] == row - 1:
            return _record(kind, body[:11] + bytes([body[11] | 0x10]) + body[12:])
        if kind == COLUMN_INFO and struct.unpack_from("<I", body)[0] == column:
            return _record(kind, body[:16] + bytes([body[16] | 0x01]) + body[17:])
        return None

    return _rewrite_xlsb(DATA / "error_cells.xlsb", target,
                         {"xl/worksheets/sheet1.bin": hide})


def test_a_hidden_row_of_an_xlsb_sheet_is_held_back(database, tmp_path) -> None:
    table = read_table(_hidden_xlsb(tmp_path / "hidden.xlsb", row=6, column=99))

    assert table.hidden_rows == {6}
    plan = preview(database, table, guess_mapping(table.headers))
    (row,) = [row for row in plan.rows if row.number == 6]
    assert row.action == "error"
    assert any("hidden" in problem.message for problem in row.problems)
    assert [r.action for r in plan.rows if r.number == 2] == ["insert"]


def test_a_hidden_column_of_an_xlsb_sheet_is_named(database, tmp_path) -> None:
    table = read_table(_hidden_xlsb(tmp_path / "hidden.xlsb", row=99, column=2))

    assert table.hidden_columns == {2}
    plan = preview(database, table, guess_mapping(table.headers))
    assert any("C" in warning and "hidden" in warning and "Region" in warning
               for warning in plan.warnings), plan.warnings


def _ods_with_hidden_column(target: Path) -> Path:
    """events.ods with its column B (Date) hidden, as LibreOffice writes it."""
    every = (b'<table:table-column table:style-name="co1" '
             b'table:number-columns-repeated="16384" table:default-cell-style-name="Default"/>')
    split = (b'<table:table-column table:style-name="co1" '
             b'table:default-cell-style-name="Default"/>'
             b'<table:table-column table:style-name="co1" table:visibility="collapsed" '
             b'table:default-cell-style-name="Default"/>'
             b'<table:table-column table:style-name="co1" '
             b'table:number-columns-repeated="16382" table:default-cell-style-name="Default"/>')
    with zipfile.ZipFile(DATA / "events.ods") as old, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "content.xml":
                assert data.count(every) == 2
                data = data.replace(every, split, 1)  # the first sheet's, Events
            new.writestr(item, data)
    return target


def test_a_hidden_column_of_an_ods_sheet_is_named(database, tmp_path) -> None:
    table = read_table(_ods_with_hidden_column(tmp_path / "hidden.ods"))

    assert table.hidden_columns == {1}
    assert table.hidden_rows == set()
    plan = preview(database, table, guess_mapping(table.headers))
    assert any("B" in warning and "hidden" in warning and "Date" in warning
               for warning in plan.warnings), plan.warnings


def test_the_other_sheet_s_hidden_columns_are_not_this_one_s(tmp_path) -> None:
    path = _ods_with_hidden_column(tmp_path / "hidden.ods")

    assert read_table(path, sheet="Lists").hidden_columns == set()
