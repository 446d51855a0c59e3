"""Hostile and broken files: each is refused (or read safely) and the database is unchanged."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.importing import (
    ImportFileError,
    Limits,
    apply_import,
    guess_mapping,
    preview,
    read_table,
)
from tests.import_helpers import dump

OLE = bytes.fromhex("D0CF11E0A1B11AE1")


def _workbook(path: Path, rows: list[list], sheets: int = 1) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Events"
    for row in rows:
        ws.append(row)
    for n in range(1, sheets):
        wb.create_sheet(f"S{n}")
    wb.save(path)
    return path


def _sheet_zip(path: Path, sheet_xml: bytes, compress: int = zipfile.ZIP_DEFLATED) -> Path:
    """A minimal workbook whose one sheet is ``sheet_xml`` (for sizes openpyxl cannot write
    quickly)."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    pr = "http://schemas.openxmlformats.org/package/2006/relationships"
    od = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", compress) as z:
        z.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
            'formats-package.relationships+xml"/><Default Extension="xml" ContentType='
            '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
            '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/></Types>'))
        z.writestr("_rels/.rels", f'<Relationships xmlns="{pr}"><Relationship Id="rId1" '
                   f'Type="{od}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook {ns} {rel}><sheets><sheet name="Events" '
                   'sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{pr}"><Relationship '
                   f'Id="rId1" Type="{od}/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return path


def _rows_xml(count: int, dimension: bool) -> bytes:
    ns = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    head = b"<worksheet " + ns + b">"
    if dimension:
        head += b'<dimension ref="A1:B%d"/>' % count
    body = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (n, n)
                    for n in range(1, count + 1))
    return head + b"<sheetData>" + body + b"</sheetData></worksheet>"


def _refused(database, path: Path, words: str, **kwargs) -> None:
    before = dump(database)
    with pytest.raises(ImportFileError) as raised:
        table = read_table(path, **kwargs)
        apply_import(database, preview(database, table, guess_mapping(table.headers)))
    assert words.lower() in str(raised.value).lower(), str(raised.value)
    assert dump(database) == before


def test_a_text_file_renamed_xlsx(database, tmp_path) -> None:
    path = tmp_path / "events.xlsx"
    path.write_text("Title,Date\nA,2025-01-01\n")
    _refused(database, path, "not an Excel workbook")


def test_a_password_protected_file(database, tmp_path) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(OLE + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 2000)
    _refused(database, path, "password")


def test_an_old_xls_file(database, tmp_path) -> None:
    path = tmp_path / "old.xlsx"
    path.write_bytes(OLE + b"\0" * 3000)
    _refused(database, path, ".xls")


def test_a_corrupt_zip(database, tmp_path) -> None:
    good = _workbook(tmp_path / "good.xlsx", [["Title", "Date"], ["A", dt.date(2025, 1, 1)]])
    data = good.read_bytes()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(data[: len(data) // 2])
    _refused(database, broken, "damaged")


def test_a_zip_bomb_is_refused_from_its_directory(database, tmp_path) -> None:
    xml = _rows_xml(1, True)[:-len(b"</worksheet>")] + b" " * (64 * 1024 * 1024) + b"</worksheet>"
    path = _sheet_zip(tmp_path / "bomb.xlsx", xml)
    assert path.stat().st_size < 1024 * 1024
    _refused(database, path, "zip bomb")


def test_fifty_sheets(database, tmp_path) -> None:
    path = _workbook(tmp_path / "many.xlsx", [["Title", "Date"], ["A", dt.date(2025, 1, 1)]], 50)
    _refused(database, path, "50 sheets")


def test_a_million_rows(database, tmp_path) -> None:
    path = _sheet_zip(tmp_path / "million.xlsx", _rows_xml(1_000_000, True))
    _refused(database, path, "1,000,000 rows")


def test_rows_beyond_the_cap_without_a_dimension(database, tmp_path) -> None:
    path = _sheet_zip(tmp_path / "rows.xlsx", _rows_xml(3_000, False))
    _refused(database, path, "at most 2,000 rows", limits=Limits(max_rows=2_000))


def test_a_cell_of_100000_characters(database, tmp_path) -> None:
    path = _sheet_zip(tmp_path / "long.xlsx", (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c>'
        b'<c r="B1" t="inlineStr"><is><t>Date</t></is></c></row><row r="2">'
        b'<c r="A2" t="inlineStr"><is><t>' + b"x" * 100_000 + b"</t></is></c></row>"
        b"</sheetData></worksheet>"))
    _refused(database, path, "cell A2 holds 100,000 characters")


def test_merged_cells_among_the_events(database, tmp_path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Title", "Date"])
    ws.append(["A", dt.date(2025, 1, 1)])
    ws.append(["B", None])
    ws.merge_cells("B2:B3")
    wb.save(tmp_path / "merged.xlsx")
    _refused(database, tmp_path / "merged.xlsx", "merged cells")


def test_formulas_are_read_as_saved_values_never_evaluated(database, tmp_path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Title", "Date", "Attendance"])
    ws.append(["Only a formula", dt.date(2025, 1, 1), "=1+1"])
    wb.save(tmp_path / "formula.xlsx")
    before = dump(database)
    table = read_table(tmp_path / "formula.xlsx")
    plan = preview(database, table, guess_mapping(table.headers))
    assert plan.rows[0].action == "error"
    assert "C2: holds a formula with no saved value" in str(plan.rows[0].problems[0])
    assert any("formula" in w for w in plan.warnings)
    apply_import(database, plan)
    assert dump(database) == before


def test_malformed_sheet_xml_is_a_clear_message(database, tmp_path) -> None:
    broken = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' \
             b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c></row>' \
             b'<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c><row></sheetData>'
    _refused(database, _sheet_zip(tmp_path / "broken.xlsx", broken), "damaged")


def test_shared_strings_that_inflate_past_the_part_limit_are_refused(database, tmp_path) -> None:
    """Under the zip-bomb ratio, but too big to hold in memory: refused by absolute size."""
    from desktop.importing.safety import DEFAULT_LIMITS

    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    od = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    count = DEFAULT_LIMITS.max_part_bytes // 30 + 1000
    strings = "".join(f"<si><t>{n:015d}abcd</t></si>" for n in range(count))
    sheet = (f'<worksheet {ns}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>'
             "</sheetData></worksheet>")
    path = _sheet_zip(tmp_path / "strings.xlsx", sheet.encode())
    with zipfile.ZipFile(path) as source, \
            zipfile.ZipFile(tmp_path / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", (
                    f'<Relationship Id="rId9" Type="{od}/sharedStrings" '
                    f'Target="sharedStrings.xml"/></Relationships>').encode())
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", (
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
                    b'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
                ))
            archive.writestr(item.filename, data)
        archive.writestr("xl/sharedStrings.xml", f"<sst {ns}>{strings}</sst>")
    del strings
    member = zipfile.ZipFile(tmp_path / "bomb.xlsx").getinfo("xl/sharedStrings.xml")
    assert member.file_size / member.compress_size < DEFAULT_LIMITS.max_member_ratio
    _refused(database, tmp_path / "bomb.xlsx", "xl/sharedStrings.xml")


def test_a_shared_string_index_out_of_range_is_a_clear_message(database, tmp_path) -> None:
    ns = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    sheet = (b"<worksheet " + ns + b'><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c>'
             b"</row></sheetData></worksheet>")
    _refused(database, _sheet_zip(tmp_path / "index.xlsx", sheet), "damaged")
