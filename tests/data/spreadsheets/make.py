"""Make the .xls, .xlsb and .ods files of tests/test_import_formats.py and
tests/test_import_error_cells.py (and their .xlsx sources).

Run: .venv/bin/python tests/data/spreadsheets/make.py  (needs LibreOffice's soffice; the
password-protected copies also need LibreOffice's Python bridge, ``uno``, which the
system's python3 has where LibreOffice is installed; the .xlsb file needs
``pip install pyxlsbwriter``, used here only).

Each workbook is written by openpyxl, then converted by LibreOffice headless, so the
.xls and .ods files are real ones written by a spreadsheet program, not hand-made bytes.
LibreOffice cannot save .xlsb ("no export filter"), and SheetJS writes every cell after
the first of a row in the short form, which calamine does not read. So error_cells.xlsb is
written by pyxlsbwriter, which writes values but no error cells: :func:`xlsb_with_errors`
puts True where an error goes, then turns each of those Boolean cell records (BrtCellBool)
into an error cell record (BrtCellError: the same column, style and one byte, the error's
code), and sets the sheet's declared size (BrtWsDim), which pyxlsbwriter leaves at A1.
short_cells.xlsb and merged.xlsb are SheetJS's own (node with the npm package ``xlsx``,
found through NODE_PATH): the first in the short form that calamine skips, which the import
refuses; the second with its columns apart, so its cells are whole.
formulas.xlsx and .xls are LibreOffice's (it saves each formula's value); formulas.xlsb
and rich_text.xlsb are error_cells.xlsb with some records rewritten (:func:`xlsb_formulas`,
:func:`xlsb_rich_text`): no program at hand writes .xlsb formulas or rich text (LibreOffice
has no .xlsb export filter, pyxlsbwriter writes plain values only).
The tests read the committed copies, so they run where LibreOffice is not installed.
"""

from __future__ import annotations

import datetime as dt
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
HEADERS = ["Title", "Date", "Region", "Attendance", "Description"]
EVENTS = [
    ["Вечер памяти", dt.date(2025, 2, 26), "Primorsky Krai", 120, "Вторая часть"],
    ["Qonaqlıq", dt.date(2024, 12, 31), "Chelyabinsk Oblast", 45, "Şəki"],
    ["A date typed as text", "2025-04-01", None, 3000, None],
]
"""The events every format holds: text in three scripts, dates, whole numbers."""


def events(path: Path) -> Path:
    """The plain events workbook (and a second sheet the import skips)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Events"
    for row in [HEADERS, *EVENTS]:
        sheet.append(row)
    workbook.create_sheet("Lists").append(["not", "events"])
    workbook.save(path)
    return path


def errors(path: Path) -> Path:
    """Events whose Description cells hold formulas that end in an error value."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Events"
    sheet.append(HEADERS)
    sheet.append(["Divided by zero", dt.date(2025, 1, 5), None, 10, "=1/0"])
    sheet.append(["Not available", dt.date(2025, 1, 6), None, 20, "=NA()"])
    workbook.save(path)
    return path


def merged(path: Path) -> Path:
    """Two events sharing one merged date cell."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Events"
    sheet.append(HEADERS)
    sheet.append(["First", dt.date(2025, 1, 5), None, 10, None])
    sheet.append(["Second", None, None, 20, None])
    sheet.merge_cells("B2:B3")
    workbook.save(path)
    return path


SOURCES = {"events": events, "errors": errors, "merged": merged}

ERROR_CELLS = [
    HEADERS,
    ["Concert", dt.date(2025, 1, 4), "Primorsky Krai", 50, "An ordinary row"],
    ["Divided by zero", dt.date(2025, 1, 5), None, 10, "=1/0"],
    ["Reference lost", dt.date(2025, 1, 6), "=#REF!", 20, None],
    ["Not available", dt.date(2025, 1, 7), None, 30, "=NA()"],
    ["Another ordinary row", dt.date(2025, 1, 8), "Chelyabinsk Oblast", 40, "Şəki"],
]
"""Ordinary rows and three cells that show an error: E3 #DIV/0!, C4 #REF!, E5 #N/A."""
ERROR_CODES = {"=1/0": 0x07, "=#REF!": 0x17, "=NA()": 0x2A}
"""The error values' codes in Excel's binary formats ([MS-XLSB] BErr)."""


def error_cells(path: Path) -> Path:
    """:data:`ERROR_CELLS` as formulas (LibreOffice saves each one's error value)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Events"
    for row in ERROR_CELLS:
        sheet.append(row)
    workbook.save(path)
    return path


def xlsb_with_errors(path: Path) -> Path:
    """:data:`ERROR_CELLS` as an .xlsb workbook whose error cells hold the error values."""
    from pyxlsbwriter import XlsbWriter

    rows = [[True if v in ERROR_CODES else v for v in row] for row in ERROR_CELLS]
    with XlsbWriter(str(path)) as writer:
        writer.add_sheet("Events")
        writer.write_sheet(rows)
    part = "xl/worksheets/sheet1.bin"
    with zipfile.ZipFile(path) as archive:
        members = [(item, archive.read(item)) for item in archive.infolist()]
    errors = [(column, ERROR_CODES[v]) for row in ERROR_CELLS for column, v in enumerate(row)
              if v in ERROR_CODES]
    for item, data in members:
        if item.filename == part:
            assert data.count(b"\x04\x09") == len(errors), "one Boolean record per error"
            for column, code in errors:  # in row order: each is the first one left
                boolean = b"\x04\x09" + struct.pack("<IIB", column, 0, 1)
                error = b"\x03\x09" + struct.pack("<IIB", column, 0, code)
                data = data.replace(boolean, error, 1)
            # the sheet's declared size (BrtWsDim): first and last row, first and last column
            size = b"\x94\x01\x10"
            assert data.count(size + bytes(16)) == 1, "one BrtWsDim record"
            data = data.replace(size + bytes(16), size + struct.pack(
                "<IIII", 0, len(ERROR_CELLS) - 1, 0, len(HEADERS) - 1))
            sheet = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for item, data in members:
            archive.writestr(item, sheet if item.filename == part else data)
    return path


FORMULAS = [
    HEADERS,
    ["Concert", dt.date(2025, 1, 4), "Primorsky Krai", "=10*12", '="Evening "&"talk"'],
    ["Plain row", dt.date(2025, 1, 5), None, 45, "Typed"],
]
"""Two formula cells (D2, E2) among typed values."""


def formulas(path: Path) -> Path:
    """:data:`FORMULAS` (LibreOffice saves each formula's value)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Events"
    for row in FORMULAS:
        sheet.append(row)
    workbook.save(path)
    return path


def _records(data: bytes) -> list[tuple[int, bytes]]:
    """An .xlsb part's records as (type, data) ([MS-XLSB] 2.1.4)."""
    out, at = [], 0
    while at < len(data):
        kind = data[at]
        at += 1
        if kind & 0x80:
            kind = (kind & 0x7F) | (data[at] & 0x7F) << 7
            at += 1
        size = shift = 0
        while True:
            size |= (data[at] & 0x7F) << shift
            at += 1
            if data[at - 1] < 0x80:
                break
            shift += 7
        out.append((kind, data[at:at + size]))
        at += size
    return out


def _record(kind: int, data: bytes) -> bytes:
    """One .xlsb record: its type and size, seven bits to a byte, then ``data``."""
    head = bytes([kind]) if kind < 0x80 else bytes([kind & 0x7F | 0x80, kind >> 7])
    size, sizes = len(data), b""
    while True:
        sizes += bytes([size & 0x7F | (0x80 if size > 0x7F else 0)])
        size >>= 7
        if not size:
            return head + sizes + data


def _rewrite_xlsb(source: Path, target: Path,
                  change: dict[str, Callable[[int, bytes], bytes | None]]) -> Path:
    """``source`` with each record of the parts named in ``change`` passed through its
    function (None keeps the record as it is)."""
    with zipfile.ZipFile(source) as archive:
        members = [(item, archive.read(item)) for item in archive.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for item, data in members:
            if item.filename in change:
                rewrite = change[item.filename]
                data = b"".join(rewrite(kind, body) or _record(kind, body)
                                for kind, body in _records(data))
            archive.writestr(item, data)
    return target


def xlsb_formulas(source: Path, target: Path) -> Path:
    """error_cells.xlsb with each whole number of its Attendance column (D, BrtCellRk) made
    a formula cell holding the same value (BrtFmlaNum: the cell, its value as a double,
    flags, then the formula: one ptgInt of the value)."""

    def formula(kind: int, body: bytes) -> bytes | None:
        if kind != 2:
            return None
        column, style, rk = struct.unpack("<III", body)
        if column != 3 or rk & 3 != 2:  # an RK integer (not times 100)
            return None
        value = rk >> 2
        parsed = struct.pack("<IBH", 3, 0x1E, value) + struct.pack("<I", 0)
        return _record(9, struct.pack("<IIdH", column, style, float(value), 0) + parsed)

    return _rewrite_xlsb(source, target, {"xl/worksheets/sheet1.bin": formula})


def xlsb_rich_text(source: Path, target: Path) -> Path:
    """error_cells.xlsb with rich text: the shared string "Concert" (A2) in two runs of
    fonts, and E2's text as a rich inline cell (BrtCellRString, which Excel writes for a
    cell whose runs it keeps out of the shared strings)."""
    runs = struct.pack("<IHHHH", 2, 0, 0, 3, 1)  # from character 0 font 0, from 3 font 1

    def wide(value: str) -> bytes:
        return struct.pack("<I", len(value)) + value.encode("utf-16-le")

    with zipfile.ZipFile(source) as archive:
        items = [body for kind, body in _records(archive.read("xl/sharedStrings.bin"))
                 if kind == 19]
    text = "An ordinary row"
    index = items.index(b"\x00" + wide(text))

    def rich_item(kind: int, body: bytes) -> bytes | None:
        if kind == 19 and body == b"\x00" + wide("Concert"):
            return _record(19, b"\x01" + wide("Concert") + runs)
        return None

    def rich_cell(kind: int, body: bytes) -> bytes | None:
        if kind != 7 or struct.unpack("<III", body)[2] != index:
            return None
        return _record(62, body[:8] + b"\x01" + wide(text) + runs)

    return _rewrite_xlsb(source, target, {"xl/sharedStrings.bin": rich_item,
                                          "xl/worksheets/sheet1.bin": rich_cell})


def convert(source: Path, suffix: str, out_dir: Path) -> Path:
    """``source`` saved by LibreOffice headless as ``suffix`` ("xls" or "ods") in ``out_dir``."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise FileNotFoundError("soffice")
    with tempfile.TemporaryDirectory() as profile:  # its own profile: no clash with a desk
        subprocess.run(
            [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
             "--convert-to", suffix, "--outdir", str(out_dir), str(source)],
            check=True, capture_output=True, timeout=180,
        )
    return out_dir / f"{source.stem}.{suffix}"


PASSWORD_SCRIPT = """
import subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue

def value(name, v):
    p = PropertyValue(); p.Name = name; p.Value = v; return p

source, out, profile = sys.argv[1:4]
office = subprocess.Popen(["soffice", "--headless", "--norestore", "--accept=pipe,name=mk;urp;",
                           "-env:UserInstallation=" + profile])
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver",
                                                          local)
for _ in range(120):
    try:
        context = resolver.resolve("uno:pipe,name=mk;urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.5)
desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0,
                                        (value("Hidden", True),))
for suffix, name in (("xls", "MS Excel 97"), ("ods", "calc8")):
    document.storeToURL(uno.systemPathToFileUrl(out + "." + suffix),
                        (value("FilterName", name), value("Password", "secret")))
document.close(True)
try:
    desktop.terminate()
except Exception:
    pass
office.wait(timeout=60)
"""


def merged_apart(path: Path) -> Path:
    """Two events sharing one merged date cell, in columns with an empty one between
    each (so SheetJS writes every cell whole, not in the short form)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Events"
    sheet.append(["Title", None, "Date", None, "Attendance"])
    sheet.append(["First", None, dt.date(2025, 1, 5), None, 10])
    sheet.append(["Second", None, None, None, 20])
    sheet.merge_cells("C2:C3")
    workbook.save(path)
    return path


SHEETJS_SCRIPT = """
const XLSX = require("xlsx");
const [source, target] = process.argv.slice(1);
XLSX.writeFile(XLSX.readFile(source, {cellDates: true}), target, {bookType: "xlsb"});
"""


def sheetjs_xlsb(source: Path, target: Path) -> Path:
    """``source`` saved as .xlsb by SheetJS: every cell after a row's first in short form."""
    subprocess.run(["node", "-e", SHEETJS_SCRIPT, str(source), str(target)], check=True,
                   capture_output=True, timeout=120)
    return target


def make_error_cells(tmp: Path) -> None:
    """error_cells.xlsx, .xls, .ods (LibreOffice saves the formulas' error values) and .xlsb."""
    (tmp / "source").mkdir()
    source = error_cells(tmp / "source" / "error_cells.xlsx")
    for suffix in ("xlsx", "xls", "ods"):
        shutil.copy(convert(source, suffix, tmp), HERE / f"error_cells.{suffix}")
    xlsb_with_errors(HERE / "error_cells.xlsb")
    xlsb_formulas(HERE / "error_cells.xlsb", HERE / "formulas.xlsb")
    xlsb_rich_text(HERE / "error_cells.xlsb", HERE / "rich_text.xlsb")
    source = formulas(tmp / "source" / "formulas.xlsx")
    for suffix in ("xlsx", "xls"):
        shutil.copy(convert(source, suffix, tmp), HERE / f"formulas.{suffix}")
    sheetjs_xlsb(events(tmp / "source" / "short_cells.xlsx"), HERE / "short_cells.xlsb")
    sheetjs_xlsb(merged_apart(tmp / "source" / "merged.xlsx"), HERE / "merged.xlsb")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for name, write in SOURCES.items():
            source = write(Path(tmp) / f"{name}.xlsx")
            for suffix in ("xls", "ods"):
                shutil.copy(convert(source, suffix, Path(tmp)), HERE / f"{name}.{suffix}")
        make_error_cells(Path(tmp))
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(["/usr/bin/python3", "-c", PASSWORD_SCRIPT,
                            str(Path(tmp) / "events.xlsx"), str(HERE / "password"),
                            Path(profile).as_uri()], check=True, timeout=300)
    return 0


if __name__ == "__main__":
    sys.exit(main())
