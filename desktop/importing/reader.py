"""Read one sheet of a workbook (or a CSV file) as a header and a stream of rows, within limits.

Workbooks (.xlsx, and also .xls, .xlsb and .ods) are read with python-calamine (Rust):
values as saved, so a formula's last calculated value and never a recalculation, about
thirteen times faster than openpyxl's per-cell parser. Before calamine opens anything,
:mod:`desktop.importing.safety` has looked at the magic bytes and the zip directory, and
one raw pass over the sheet (:func:`_scan_sheet_xml` for .xlsx, :func:`_scan_ods` for .ods,
:func:`_scan_xlsb` for .xlsb) has counted the rows and found merged cells and error values
and formulas, so a sheet past the row cap is refused before it is loaded. calamine reads
an error value (#DIV/0!, #REF!, #N/A...) as an empty cell in every format and has no way
to tell it apart, so each format's pass names those cells and the error each shows
(:attr:`Table.error_cells`: the preview holds back a row that would import one as an
empty field); for .xls that pass is xlrd's (:func:`_scan_xls`), the maintained .xls
reader, which gives each cell's type. calamine also skips an .xlsb rich inline text cell;
the .xlsb pass keeps its text and the rows get it back (:attr:`Table.texts`). An .xls
sheet holds at most 65,536 rows of 256 columns; calamine
gives its merged cells, and the row cap is checked on the loaded sheet. calamine hands
numbers back as floats and empty cells as ""; :func:`_sheet_rows` gives whole numbers back
as ints (3, not 3.0, as the cell shows it) and empty cells as None. Dates come as dates (a
date-and-time cell as a datetime); a date typed as text stays text.

calamine loads a whole sheet at once: :func:`read_table` keeps the loaded events sheet
for the one pass of :meth:`Table.iter_rows` that the preview makes, so the file is not
parsed twice. That pass first copies the rows to a temporary file and lets the sheet
go, so the sheet (about 46 MB at 100,000 rows) and the preview's plans never take
memory at once. While rows are copied, the row, column and cell-length caps are
enforced, so a 100,000-character cell stops the read with a message.
"""

from __future__ import annotations

import csv
import ctypes
import io
import pickle
import posixpath
import re
import struct
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from xml.etree import ElementTree

from python_calamine import CalamineSheet, CalamineWorkbook, PasswordError, SheetTypeEnum

from db.messages import _, format_number, ngettext
from desktop.importing.errors import ImportCancelled, ImportFileError
from desktop.importing.safety import DEFAULT_LIMITS, Limits, file_kind, password_message
from desktop.reports.language import in_every_language
from desktop.text_decoding import CODE_PAGE_NAMES, decode_text

if TYPE_CHECKING:
    from xlrd.compdoc import CompDoc

PREFERRED_SHEETS = (*in_every_language("Events"), "События")
SKIPPED_SHEETS = {"Instructions", "Lists", *in_every_language("Cover")}
CHILD_SHEETS = {"speakers": in_every_language("Speakers"),
                "program": in_every_language("Program")}
"""An export's child sheets, by their name in each report language."""
HEADER_SCAN_ROWS = 10
WORKBOOK_PART = "xl/workbook.xml"
"""Where the workbook part is (``safety.check_zip`` refuses a file without it)."""
XLSB_WORKBOOK_PART = "xl/workbook.bin"
"""An .xlsb file's workbook part (``safety.check_zip`` tells the kind by it)."""

_MERGE = re.compile(rb'<mergeCell ref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')
_FORMULA = re.compile(rb'<c r="([A-Z]{1,3}\d+)"[^>]*>(?:<f[^>]*/>|<f[^>]*>[^<]*</f>)(<v>[^<])?')
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]{1,3}\d+(?::[A-Z]{1,3}(\d+))?"')
_ERROR_CELL = re.compile(
    rb'<c r="([A-Z]{1,3}\d+)"[^>]*\st="e"[^>]*>(?:<f[^>]*/>|<f[^>]*>[^<]*</f>)?(?:<v>([^<]*)</v>)?')
"""An error cell and, when its value is in the same chunk, the error it shows ("#REF!")."""
_END = re.compile(rb"</(?:\w+:)?worksheet>\s*$")
_ROW_TAG = re.compile(rb"<(?:\w+:)?row(\s[^>]*)>")
_COLUMN_TAG = re.compile(rb"<(?:\w+:)?col(\s[^>]*)>")
_HIDDEN = re.compile(rb'\shidden="(?:1|true)"')
_ROW_NUMBER = re.compile(rb'\sr="(\d+)"')
_COLUMN_SPAN = re.compile(rb'\smin="(\d+)"[^>]*?\smax="(\d+)"')
"""A sheet's rows and columns hidden in Excel (by hand or by a filter): the clerk did not
see their cells, which the preview says (calamine reads them as any other)."""
_ROW_TAGS = (b"<row ", b":row ")
"""A row element, also with a namespace prefix ("<x:row ")."""
_CHUNK = 1024 * 1024
_OVERLAP = 4096

Cancelled = Callable[[], bool]
_INTERRUPTS = (KeyboardInterrupt, SystemExit, GeneratorExit)
"""What is let through when calamine fails: pyo3 turns a panic of its Rust code into a
PanicException, which derives from BaseException so that ``except Exception`` misses it."""


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One data row: its sheet row number (1-based) and its cell values from column A."""

    number: int
    values: tuple[Any, ...]

    def get(self, column: int) -> Any:
        return self.values[column] if 0 <= column < len(self.values) else None


@dataclass
class ChildSheet:
    """An export's Speakers or Program sheet: its header and its rows as tuples."""

    headers: list[str]
    rows: list[tuple[Any, ...]]

    def column(self, header: str) -> int | None:
        """The column of an export's English ``header``, or of its translation."""
        for name in in_every_language(header):
            if name in self.headers:
                return self.headers.index(name)
        return None


@dataclass
class Table:
    """A sheet as a header and a stream of rows, plus what the reader noticed on the way."""

    path: Path
    sheet: str
    headers: list[str]
    header_row: int
    sheets: list[str] = field(default_factory=list)
    headings_from: int | None = None
    """The sheet row the headings start on when two rows were read together as them
    (captions merged over columns, the headings below); None for one heading row."""
    warnings: list[str] = field(default_factory=list)
    formula_cells: dict[str, bool] = field(default_factory=dict)
    """Cell (e.g. "C5") -> whether a saved value was there to read."""
    error_cells: dict[str, str] = field(default_factory=dict)
    """Cell (e.g. "C5") -> the error value it shows ("#REF!"), which calamine reads as an
    empty cell; the preview holds back a row whose imported cell is one of them."""
    lost_letters: dict[str, str] = field(default_factory=dict)
    """Cell (e.g. "C5") of a CSV file saved in a code page -> its text, where "?" stands
    for letters the code page could not hold; the preview holds back a row using one."""
    hidden_rows: set[int] = field(default_factory=set)
    """Sheet rows hidden in Excel (by hand or by a filter): the preview holds them back."""
    hidden_columns: set[int] = field(default_factory=set)
    """Columns (from 0) hidden in Excel: the preview names an imported one."""
    code_page: str = ""
    """The code page a CSV file was read in, as the preview names it; "" for Unicode."""
    texts: dict[tuple[int, int], str] = field(default_factory=dict, repr=False)
    """(sheet row, column from 0) -> the text of a cell calamine skips (an .xlsb rich
    inline string), put back into the rows as they are read."""
    child_sheets: dict[str, str] = field(default_factory=dict)
    """An export's Speakers and Program sheets by kind ("speakers", "program"): their
    names, read by :meth:`children` when the preview asks (not for another sheet's
    table, nor for the wizard's column step)."""
    row_count: int | None = None
    """Rows below the header as the sheet declares them (for progress); None if unknown."""
    limits: Limits = DEFAULT_LIMITS
    held: list[SheetRow] | None = None
    """The rows themselves when they are held (a CSV file); None for a workbook."""
    loaded: CalamineSheet | None = field(default=None, repr=False, compare=False)
    """The sheet as :func:`read_table` loaded it, for the next :meth:`iter_rows` only."""
    read_children: dict[str, ChildSheet] | None = field(default=None, repr=False,
                                                        compare=False)
    """What :meth:`children` read, kept for its next call."""

    def children(self, cancelled: Cancelled | None = None) -> dict[str, ChildSheet]:
        """An export's Speakers and Program sheets (those of the export's shape), read once."""
        if self.read_children is None:
            self.read_children = _read_children(self, cancelled) if self.child_sheets else {}
        return self.read_children

    def iter_rows(self, cancelled: Cancelled | None = None) -> Generator[SheetRow, None, None]:
        """The non-empty rows below the header, read from the file as they are asked for."""
        if self.held is not None:
            yield from self.held
            return
        sheet, self.loaded = self.loaded, None
        if sheet is None:
            sheet = _load_sheet(self.path, self.sheet)
        rows = _sheet_rows(sheet, self.limits, self.path, self.sheet, cancelled, self.texts)
        del sheet  # held by ``rows`` alone, so it goes as soon as they are spilled
        with _spilled(rows, self.header_row) as file:
            _give_back_freed_memory()
            yield from _unspilled(file)

    @property
    def rows(self) -> list[SheetRow]:
        """Every data row at once (reads the file again; for small sheets)."""
        return list(self.iter_rows())


def read_table(
    path: Path | str, sheet: str | None = None, limits: Limits = DEFAULT_LIMITS,
    cancelled: Cancelled | None = None,
) -> Table:
    """The header of ``sheet`` (or the events sheet) of ``path``; raises ImportFileError."""
    path = Path(path).expanduser()
    kind = file_kind(path, limits)
    if kind == "csv":
        return _read_csv(path, limits)
    return _read_workbook(path, kind, sheet, limits, cancelled)


def sheet_names(path: Path) -> list[str]:
    """The names of a workbook's worksheets, in order (chart sheets left out)."""
    workbook = _open_workbook(path)
    try:
        return _worksheets(workbook)
    finally:
        workbook.close()


# --- workbooks -------------------------------------------------------------------------


def _open_workbook(path: Path) -> CalamineWorkbook:
    try:
        return CalamineWorkbook.from_path(str(path))
    except _INTERRUPTS:
        raise
    except PasswordError as error:
        raise ImportFileError(password_message(path)) from error
    except BaseException as error:  # calamine's errors, or a Rust panic (a BaseException)
        raise ImportFileError(
            _(
                "{file} is damaged or is not a workbook: it cannot be read as .xlsx, .xls, "
                ".xlsb or .ods. If Excel or LibreOffice opens it, save it again as .xlsx and "
                "import that copy."
            ).format(file=path.name)
        ) from error


def _worksheets(workbook: CalamineWorkbook) -> list[str]:
    return [sheet.name for sheet in workbook.sheets_metadata
            if sheet.typ == SheetTypeEnum.WorkSheet]


def _load(workbook: CalamineWorkbook, path: Path, title: str) -> CalamineSheet:
    """One sheet, parsed whole by calamine; a damaged one is a clear message."""
    try:
        return workbook.get_sheet_by_name(title)
    except _INTERRUPTS:
        raise
    except BaseException as error:  # XML, zip and index errors of a damaged part, a panic
        raise _damaged(path, title, error) from error


def _load_sheet(path: Path, title: str) -> CalamineSheet:
    workbook = _open_workbook(path)
    try:
        return _load(workbook, path, title)
    finally:
        workbook.close()


def _sheet_members(path: Path, part: str = WORKBOOK_PART) -> dict[str, str]:
    """Sheet name -> its part in the zip (where the raw scan reads it), from the workbook
    ``part`` (.xlsx's XML or .xlsb's records) and its relationships.

    Read with the standard library: the only use of openpyxl on this path would be this
    lookup, and importing it costs a CLI import 17 MB of its 150.
    """
    rels = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
    try:
        with zipfile.ZipFile(path) as archive:
            targets = {rel.get("Id"): rel.get("Target", "")
                       for rel in ElementTree.fromstring(archive.read(rels))}
            if part.endswith(".bin"):
                with archive.open(part) as handle:
                    sheets = _xlsb_sheets(handle)
            else:
                sheets = _xml_sheets(ElementTree.fromstring(archive.read(part)))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, OSError, EOFError,
            IndexError, UnicodeDecodeError) as error:
        raise ImportFileError(
            _("{file} is damaged: its list of sheets cannot be read ({error}). If Excel "
              "opens it, save it again as .xlsx and import that copy.").format(
                file=path.name, error=error)
        ) from error
    members = {}
    for name, ref in sheets:
        target = targets.get(ref, "")
        if target:  # relative to the workbook part, or from the zip's root
            members[name] = (
                target.lstrip("/") if target.startswith("/")
                else posixpath.normpath(posixpath.join(posixpath.dirname(part), target)))
    return members


def _xml_sheets(workbook: ElementTree.Element) -> list[tuple[str, str | None]]:
    """(name, relationship id) of each sheet an .xlsx workbook part lists."""
    return [(element.get("name", ""),
             next((v for k, v in element.attrib.items() if k.endswith("}id")), None))
            for element in workbook.iter() if element.tag.rsplit("}", 1)[-1] == "sheet"]


_XLSB_SHEET = 156
"""BrtBundleSh: a sheet of an .xlsb workbook part: its state and tab id (4 bytes each),
then its relationship id and its name as XLWideStrings."""


def _xlsb_sheets(handle: IO[bytes]) -> list[tuple[str, str | None]]:
    """(name, relationship id) of each sheet an .xlsb workbook part lists."""
    sheets = []
    for kind, data, at in _xlsb_records(handle):
        if kind == _XLSB_SHEET:
            ref, at = _xlsb_string(data, at + 8)
            name, _at = _xlsb_string(data, at)
            sheets.append((name or "", ref))
    return sheets


def _xlsb_string(data: bytes, at: int) -> tuple[str | None, int]:
    """The XLWideString at ``at`` (a 4-byte count of UTF-16 units, then those; a count of
    0xFFFFFFFF is no string) and where the next field starts."""
    count = int.from_bytes(data[at:at + 4], "little")
    if count == 0xFFFFFFFF:
        return None, at + 4
    end = at + 4 + 2 * count
    if end > len(data):
        raise EOFError
    return data[at + 4:end].decode("utf-16-le"), end


def _damaged(path: Path, title: str, error: BaseException) -> ImportFileError:
    return ImportFileError(
        _(
            "{file} is damaged: the sheet '{sheet}' cannot be read ({error}). If Excel opens "
            "it, save it again as .xlsx and import that copy."
        ).format(file=path.name, sheet=title, error=error)
    )


def _read_workbook(path: Path, kind: str, sheet: str | None, limits: Limits,
                   cancelled: Cancelled | None) -> Table:
    """The events sheet of an .xlsx, .xlsb, .xls or .ods workbook (``kind``)."""
    workbook = _open_workbook(path)
    try:
        names = _worksheets(workbook)
        if len(names) > limits.max_sheets:  # an .ods or .xls file: one part holds them all
            raise ImportFileError(
                _(
                    "{file} has {count} sheets; the import reads workbooks of up to {limit} "
                    "sheets. Copy the sheet with the events into a new workbook."
                ).format(file=path.name, count=len(names), limit=limits.max_sheets)
            )
        title = _choose_sheet(names, sheet, path)
        scan: _Scan | None = None
        if kind in ("xlsx", "xlsb"):
            member = _sheet_members(path, WORKBOOK_PART if kind == "xlsx"
                                    else XLSB_WORKBOOK_PART).get(title)
            scan_part = _scan_sheet_xml if kind == "xlsx" else _scan_xlsb
            scan = scan_part(path, member, limits, title, cancelled) if member else None
        elif kind == "ods":
            scan = _scan_ods(path, limits, title, names.index(title), cancelled)
        elif kind == "xls":
            scan = _scan_xls(path, title, cancelled)
        loaded = _load(workbook, path, title)
        end = loaded.end
        if end is not None and end[0] >= limits.max_rows + HEADER_SCAN_ROWS:
            raise _too_many_rows(path, title, end[0] + 1, limits)
        if scan is None or kind == "xls":  # calamine knows the merged cells of .xls
            scan = scan or _Scan()
            scan.merges |= _calamine_merges(loaded)
        top = []
        rows = _sheet_rows(loaded, limits, path, title, cancelled, scan.texts)
        for number, values in rows:
            top.append((number, values))
            if len(top) >= HEADER_SCAN_ROWS or _is_header(values):
                break
        captions = _caption_merges(scan.merges)
        if top and top[-1][0] in captions:  # the headings may be the row below
            top.extend(islice(rows, 1))
        child_sheets = {
            key: name
            for key, choices in CHILD_SHEETS.items()
            for name in [next((n for n in choices if n in names), None)]
            if name is not None and title != name
        }
    finally:
        workbook.close()
    table = _table(path, title, top, names, captions)
    if sheet is None:
        table.warnings += _sheets_left_out(path, title, names, child_sheets)
    table.limits = limits
    table.loaded = loaded
    table.child_sheets = child_sheets
    table.row_count = max(end[0] + 1 - table.header_row, 0) if end is not None else None
    _apply_scan(table, scan)
    return table


def _scan_xls(path: Path, title: str, cancelled: Cancelled | None) -> _Scan:
    """The error cells of an .xls sheet, which calamine reads as empty ones, with the
    error each shows: xlrd, the maintained .xls reader, gives each cell's type and value.
    Its sheet is let go before calamine loads the same sheet, so the two never take memory
    at once. The formula cells come from the sheet's FORMULA records (xlrd reads their
    saved values but does not say which cells they are). Its row and column records say
    which are hidden (read with the formatting, where xlrd keeps them)."""
    import xlrd  # only for .xls files: kept out of every other import's start-up
    from xlrd.compdoc import CompDoc

    scan = _Scan()
    try:
        book = xlrd.open_workbook(str(path), on_demand=True, formatting_info=True,
                                  logfile=io.StringIO())
        try:
            sheet = book.sheet_by_name(title)
            scan.hidden_rows = {row + 1 for row, info in sheet.rowinfo_map.items()
                                if info.hidden}
            scan.hidden_columns = {column for column, info in sheet.colinfo_map.items()
                                   if info.hidden}
            for row in range(sheet.nrows):
                if cancelled is not None and not row % 1024 and cancelled():
                    raise ImportCancelled(_("Reading the file was stopped."))
                types = sheet.row_types(row)
                if xlrd.XL_CELL_ERROR in types:
                    codes = sheet.row_values(row)
                    scan.errors.update(
                        (cell_name(column, row + 1), _error_text(codes[column]))
                        for column, typ in enumerate(types) if typ == xlrd.XL_CELL_ERROR)
            document = CompDoc(path.read_bytes(), logfile=io.StringIO())
            formulas = _xls_formulas(document, title)
            scan.formulas = {cell_name(column, row + 1): True for row, column in formulas}
        finally:
            book.release_resources()
    except ImportCancelled:
        raise
    except Exception as error:  # xlrd's errors on a file calamine opened: a damaged sheet
        raise _damaged(path, title, ValueError(_("the type of each cell cannot be read"))
                       ) from error
    return scan


_BIFF = struct.Struct("<HH").unpack_from
_BIFF_BOF, _BIFF_EOF, _BIFF_SHEET, _BIFF_FORMULA = 0x0809, 0x000A, 0x0085, 0x0006


def _xls_formulas(document: CompDoc, title: str) -> list[tuple[int, int]]:
    """(row, column), 0-based, of each formula cell of the .xls sheet ``title``: the sheet's
    FORMULA records in the workbook stream, which xlrd reads for their values but does not
    name ([MS-XLS] 2.4.127). ``document`` is xlrd's compound document reader
    (``xlrd.compdoc.CompDoc``), which gives the stream. Only BIFF8 (Excel 97 and later)
    is read; an older file names none."""
    data, start, size = document.locate_named_stream("Workbook")
    if data is None:
        return []
    stream = memoryview(data)[start:start + size]
    kind, length = _BIFF(stream, 0)
    if kind != _BIFF_BOF or _BIFF(stream, 4)[0] != 0x0600:
        return []
    at, sheet = 4 + length, None
    while at + 4 <= size and sheet is None:  # the workbook globals: the list of sheets
        kind, length = _BIFF(stream, at)
        if kind == _BIFF_EOF:
            break
        if kind == _BIFF_SHEET:
            body = bytes(stream[at + 4:at + 4 + length])
            count, wide = body[6], body[7] & 1
            name = (body[8:8 + 2 * count].decode("utf-16-le") if wide
                    else body[8:8 + count].decode("latin-1"))
            if name == title:
                sheet = _U32(body, 0)[0]
        at += 4 + length
    if sheet is None:
        return []
    cells, depth, at = [], 0, sheet
    while at + 4 <= size:  # the sheet's substream (a chart's BOF..EOF inside it skipped)
        kind, length = _BIFF(stream, at)
        if kind == _BIFF_BOF:
            depth += 1
        elif kind == _BIFF_EOF:
            depth -= 1
            if not depth:
                break
        elif kind == _BIFF_FORMULA and depth == 1:
            row, column = _BIFF(stream, at + 4)
            cells.append((row, column))
        at += 4 + length
    return cells


def _error_text(code: Any) -> str:
    """"#REF!" for an error code of Excel's binary formats (xlrd's table of them); "" for
    a code it does not know."""
    import xlrd

    return xlrd.error_text_from_code.get(code, "")


def _calamine_merges(sheet: CalamineSheet) -> set[tuple[str, int, str, int]]:
    """A loaded sheet's merged blocks as (first column, first row, last column, last row)."""
    return {
        (column_letter(c1), r1 + 1, column_letter(c2), r2 + 1)
        for (r1, c1), (r2, c2) in sheet.merged_cell_ranges or []
    }


def _sheets_left_out(path: Path, title: str, names: list[str],
                     child_sheets: dict[str, str]) -> list[str]:
    """A note naming a workbook's other sheets when they may hold events too (a sheet per
    month): one sheet is imported, and the clerk must know the others were not. The
    sheets of the app's own template and reports are not named."""
    from desktop.reports.options import SHEET_TITLES

    known = {*SKIPPED_SHEETS, *child_sheets.values(), title}
    known.update(name for english in (*SHEET_TITLES.values(), "Instructions")
                 for name in in_every_language(english))
    other = [name for name in names if name not in known]
    if not other:
        return []
    return [ngettext(
        "Only the sheet “{sheet}” of {file} is imported; the sheet {sheets} is not imported. "
        "Copy its rows onto the sheet “{sheet}”, or save it as a workbook of its own and "
        "import that too.",
        "Only the sheet “{sheet}” of {file} is imported; the sheets {sheets} are not "
        "imported. Copy their rows onto the sheet “{sheet}”, or save each as a workbook of "
        "its own and import them too.",
        len(other)).format(sheet=title, file=path.name,
                           sheets=", ".join(f"“{name}”" for name in other))]


def _choose_sheet(names: list[str], wanted: str | None, path: Path) -> str:
    if wanted is not None:
        if wanted not in names:
            raise ImportFileError(
                _("{file} has no sheet '{sheet}'; its sheets are {sheets}.").format(
                    file=path.name, sheet=wanted, sheets=", ".join(names)
                )
            )
        return wanted
    for preferred in PREFERRED_SHEETS:
        if preferred in names:
            return preferred
    candidates = [n for n in names if n not in SKIPPED_SHEETS]
    if not candidates:
        raise ImportFileError(_("{file} has no sheet with events.").format(file=path.name))
    return candidates[0]


def _sheet_rows(
    sheet: CalamineSheet, limits: Limits, path: Path, title: str,
    cancelled: Cancelled | None = None, texts: dict[tuple[int, int], str] | None = None,
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Non-empty rows as (row number, values from column A), every cap enforced.

    calamine's rows start at the sheet's first row but at its first used column, hold
    "" for an empty cell and floats for numbers: here an empty cell is None and a whole
    number an int, as the cell shows it. ``texts`` are cells calamine skips, by (row
    number, column), put in their place.
    """
    if texts:
        sheet_rows = _sheet_rows(sheet, limits, path, title, cancelled)
        yield from _with_texts(sheet_rows, texts, limits, path, title)
        return
    last = limits.max_rows + HEADER_SCAN_ROWS
    width = limits.max_columns
    longest = limits.max_cell_chars
    start = sheet.start
    pad: tuple[None, ...] = (None,) * start[1] if start is not None else ()
    for number, cells in enumerate(sheet.iter_rows(), start=1):
        if number > last:
            raise _too_many_rows(path, title, None, limits)
        if cancelled is not None and not number % 1024 and cancelled():
            raise ImportCancelled(_("Reading the file was stopped."))
        values: list[Any] = []
        blank = True
        for value in cells:
            if isinstance(value, str):
                if not value:
                    values.append(None)
                    continue
                if len(value) > longest:
                    raise _too_long(path, title, len(pad) + len(values), number, len(value),
                                    longest)
                if blank and not value.isspace():
                    blank = False
                values.append(value)
                continue
            blank = False
            if isinstance(value, float) and value.is_integer():
                values.append(int(value))
            else:
                values.append(value)
        if blank:
            continue
        row = pad + tuple(values)
        if len(row) > width:
            if any(v is not None for v in row[width:]):
                raise _too_wide(path, title, number, width)
            row = row[:width]
        yield number, row


def _with_texts(rows: Iterator[tuple[int, tuple[Any, ...]]],
                texts: dict[tuple[int, int], str], limits: Limits, path: Path, title: str,
                ) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """``rows`` with the cells of ``texts`` put in (a row of them alone included)."""
    by_row: dict[int, list[tuple[int, str]]] = {}
    for (number, column), text in texts.items():
        if column >= limits.max_columns:
            raise _too_wide(path, title, number, limits.max_columns)
        if len(text) > limits.max_cell_chars:
            raise _too_long(path, title, column, number, len(text), limits.max_cell_chars)
        by_row.setdefault(number, []).append((column, text))
    pending = sorted(by_row)
    for number, values in rows:
        while pending and pending[0] < number:  # a row that held only skipped cells
            alone = pending.pop(0)
            yield alone, _put(by_row[alone], ())
        if pending and pending[0] == number:
            yield number, _put(by_row[pending.pop(0)], values)
        else:
            yield number, values
    for alone in pending:
        yield alone, _put(by_row[alone], ())


def _put(cells: list[tuple[int, str]], values: tuple[Any, ...]) -> tuple[Any, ...]:
    row = list(values) + [None] * (max(column for column, _text in cells) + 1 - len(values))
    for column, text in cells:
        row[column] = text
    return tuple(row)


def _too_wide(path: Path, title: str, number: int, width: int) -> ImportFileError:
    return ImportFileError(
        _(
            "{file}, sheet '{sheet}', row {row} has cells beyond column {column}; "
            "the import reads at most {limit} columns."
        ).format(file=path.name, sheet=title, row=number, column=column_letter(width - 1),
                 limit=width)
    )


SPILL_BATCH = 2048
"""Rows pickled together into the temporary file."""


@contextmanager
def _spilled(rows: Iterator[tuple[int, tuple[Any, ...]]], header_row: int
             ) -> Iterator[IO[bytes]]:
    """The data rows, every cap checked, in a temporary file (rewound), so that calamine's
    whole loaded sheet is let go before the preview builds its plans from them: the two
    never take memory at once."""
    with tempfile.TemporaryFile() as file:
        batch: list[tuple[int, tuple[Any, ...]]] = []
        for number, values in rows:
            if number > header_row:
                batch.append((number, values))
                if len(batch) >= SPILL_BATCH:
                    pickle.dump(batch, file, pickle.HIGHEST_PROTOCOL)
                    batch = []
        if batch:
            pickle.dump(batch, file, pickle.HIGHEST_PROTOCOL)
        file.seek(0)
        yield file


def _give_back_freed_memory() -> None:
    """Return the pages of the freed sheet to the system (glibc only; elsewhere nothing).

    calamine's cells are small C allocations; glibc keeps the freed ones for reuse by C
    code, out of reach of Python's own allocator, so without this a 100,000-row sheet
    would still cost some 20 MB while the preview builds its plans. ``malloc_trim`` is
    glibc's documented call for giving such free pages back.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # a C library without it (musl)
        return
    trim(0)


def _unspilled(file: IO[bytes]) -> Iterator[SheetRow]:
    """The rows :func:`_spilled` wrote, a batch at a time."""
    while True:
        try:
            batch = pickle.load(file)
        except EOFError:
            return
        for number, values in batch:
            yield SheetRow(number, values)


def _too_long(path: Path, title: str, column: int, number: int, length: int,
              longest: int) -> ImportFileError:
    return ImportFileError(
        _(
            "{file}, sheet '{sheet}', cell {cell} holds {length} characters; a cell may hold at "
            "most {limit} (Excel's own limit). Shorten it and import again."
        ).format(file=path.name, sheet=title, cell=cell_name(column, number),
                 length=format_number(length), limit=format_number(longest))
    )


def _too_many_rows(path: Path, title: str, declared: int | None, limits: Limits) -> Exception:
    message = (
        _("{file}, sheet '{sheet}' has {count} rows; one import reads at most {limit} rows. "
          "Split the sheet into several files.")
        if declared
        else _("{file}, sheet '{sheet}' has more rows than the import reads; one import reads "
               "at most {limit} rows. Split the sheet into several files.")
    )
    return ImportFileError(message.format(
        file=path.name, sheet=title, count=format_number(declared or 0),
        limit=format_number(limits.max_rows)))


def _read_children(table: Table, cancelled: Cancelled | None) -> dict[str, ChildSheet]:
    workbook = _open_workbook(table.path)
    try:
        found = {
            key: _child_rows(_load(workbook, table.path, name), table.limits, table.path, name,
                             cancelled)
            for key, name in table.child_sheets.items()
        }
    finally:
        workbook.close()
    return {key: sheet for key, sheet in found.items() if sheet is not None}


def _child_rows(sheet: CalamineSheet, limits: Limits, path: Path, title: str,
                cancelled: Cancelled | None) -> ChildSheet | None:
    """An export's Speakers or Program sheet (None when the sheet is not one)."""
    rows = _sheet_rows(sheet, limits, path, title, cancelled)
    first = next(rows, None)
    if first is None or not set(in_every_language("Event UUID")) & set(first[1]):
        return None  # a translated report's sheet names it in its language
    headers = [str(h).strip() if h is not None else "" for h in first[1]]
    return ChildSheet(headers, [values for _number, values in rows])


def _is_header(values: tuple[Any, ...]) -> bool:
    """A header row holds two or more texts."""
    return sum(1 for v in values if isinstance(v, str) and v.strip()) >= 2


Captions = dict[int, dict[int, int]]
"""Sheet row -> {column from 0: first column of the merged cell over it} for the cells
merged across columns within one row: captions over groups of columns."""


def _caption_merges(merges: set[tuple[str, int, str, int]]) -> Captions:
    from openpyxl.utils import column_index_from_string

    captions: Captions = {}
    for first, row, last, end in merges:
        start, stop = column_index_from_string(first) - 1, column_index_from_string(last) - 1
        if row == end and stop > start:
            over = captions.setdefault(row, {})
            over.update(dict.fromkeys(range(start, stop + 1), start))
    return captions


def _table(path: Path, title: str, rows: list[tuple[int, tuple[Any, ...]]],
           names: list[str], captions: Captions | None = None) -> Table:
    """Split the header row off: the first of the top rows with two or more texts, or,
    below captions merged over groups of columns, the two rows read together."""
    if not rows:
        raise ImportFileError(
            _("{file}, sheet '{sheet}' is empty: there is nothing to import.").format(
                file=path.name, sheet=title))
    header_at = 0
    for position, (_number, values) in enumerate(rows[:HEADER_SCAN_ROWS]):
        if _is_header(values):
            header_at = position
            break
    number, header_values = rows[header_at]
    headers = _texts(header_values)
    over = (captions or {}).get(number)
    headings_from = None
    if over and header_at + 1 < len(rows):
        below, below_values = rows[header_at + 1]
        joined = _headings_below_captions(headers, _texts(below_values), over)
        if _fields_named(joined) > _fields_named(headers):
            headings_from, number, headers = number, below, joined
    while headers and not headers[-1]:
        headers.pop()
    return Table(path=path, sheet=title, headers=headers, header_row=number, sheets=names,
                 headings_from=headings_from)


def _texts(values: tuple[Any, ...]) -> list[str]:
    return [str(v).strip() if v is not None else "" for v in values]


def _headings_below_captions(upper: list[str], lower: list[str],
                             over: dict[int, int]) -> list[str]:
    """Each column's heading in a two-row header: the lower row's ("Название" under the
    caption "Мероприятие"), joined to its caption when only together they name a field
    ("Дата" over "начала": "Дата начала"), or the upper row's where the lower is empty
    (a heading merged down over both rows)."""
    from desktop.importing.mapping import guess_field

    out = []
    for column in range(max(len(upper), len(lower))):
        below = lower[column] if column < len(lower) else ""
        start = over.get(column, column)
        caption = upper[start] if start < len(upper) else ""
        if not below:
            out.append(caption)
        elif caption and guess_field(below) is None and guess_field(f"{caption} {below}"):
            out.append(f"{caption} {below}")
        else:
            out.append(below)
    return out


def _fields_named(headers: list[str]) -> int:
    """How many distinct fields the headings name."""
    from desktop.importing.mapping import guess_field

    return len({guess_field(heading) for heading in headers if heading} - {None})


@dataclass
class _Scan:
    rows: int = 0
    merges: set[tuple[str, int, str, int]] = field(default_factory=set)
    formulas: dict[str, bool] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    """Cells holding an Excel error value, which read as empty, and that value ("#N/A")."""
    texts: dict[tuple[int, int], str] = field(default_factory=dict)
    """(sheet row, column from 0) -> the text of a cell calamine skips (see Table.texts)."""
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)


def _scan_sheet_xml(path: Path, member: str, limits: Limits, title: str,
                    cancelled: Cancelled | None) -> _Scan:
    """Count rows and find merged cells and formulas (calamine reports neither), and refuse
    a sheet past the row cap before it is loaded."""
    scan = _Scan()
    last = limits.max_rows + HEADER_SCAN_ROWS
    with zipfile.ZipFile(path) as archive, archive.open(member) as handle:
        tail = b""
        while True:
            chunk = handle.read(_CHUNK)
            if not chunk:
                break
            if cancelled is not None and cancelled():
                raise ImportCancelled(_("Reading the file was stopped."))
            text = tail + chunk
            if not tail:  # the head: a declared size past the cap is refused at once
                declared = _DIMENSION.search(text.split(b"<sheetData", 1)[0])
                if declared and declared.group(1) and int(declared.group(1)) > last:
                    raise _too_many_rows(path, title, int(declared.group(1)), limits)
            # a row tag is 5 bytes: the 4 carried over cannot hold a whole one twice
            scan.rows += sum((tail[-4:] + chunk).count(tag) for tag in _ROW_TAGS)
            if scan.rows > last:
                raise _too_many_rows(path, title, None, limits)
            if b"<f" in text:
                for match in _FORMULA.finditer(text):
                    scan.formulas[match.group(1).decode()] = match.group(2) is not None
            if b"<mergeCell " in text:
                for m in _MERGE.finditer(text):
                    last_col, last_row = m.group(3) or m.group(1), m.group(4) or m.group(2)
                    scan.merges.add((m.group(1).decode(), int(m.group(2)), last_col.decode(),
                                     int(last_row)))
            if b"hidden=" in text:
                _find_hidden(text, scan)
            if b't="e"' in chunk:
                for m in _ERROR_CELL.finditer(text):  # a cell cut off by the chunk: ""
                    cell, shown = m.group(1).decode(), m.group(2)
                    if not scan.errors.get(cell):  # until its value is seen
                        scan.errors[cell] = shown.decode() if shown else ""
            tail = text[-_OVERLAP:]
    if not _END.search(tail):  # calamine reads a cut-off sheet without a word
        raise _damaged(path, title, ValueError(_("the sheet ends before its last row is "
                                                  "closed")))
    return scan


def _find_hidden(text: bytes, scan: _Scan) -> None:
    """The hidden rows (sheet numbers) and columns (from 0) a piece of sheet XML names."""
    for tag in _ROW_TAG.finditer(text):
        number = _ROW_NUMBER.search(tag.group(1))
        if number and _HIDDEN.search(tag.group(1)):
            scan.hidden_rows.add(int(number.group(1)))
    for tag in _COLUMN_TAG.finditer(text):
        span = _COLUMN_SPAN.search(tag.group(1))
        if span and _HIDDEN.search(tag.group(1)):
            scan.hidden_columns.update(range(int(span.group(1)) - 1, int(span.group(2))))


def _xlsb_records(handle: IO[bytes], cancelled: Cancelled | None = None
                  ) -> Iterator[tuple[int, bytes, int]]:
    """The records of an .xlsb part as (type, buffer, where its data starts in the buffer),
    read a megabyte at a time (the buffer is not copied per record: a sheet has millions).

    [MS-XLSB] 2.1.4: a record is its type in one or two bytes and its size in one to four,
    seven bits to a byte, low bits first, then that many bytes. A part cut off inside a
    record raises EOFError (or IndexError inside a record's head).
    """
    data = b""
    at = 0
    ended = False
    while True:
        if len(data) - at < _OVERLAP and not ended:
            chunk = handle.read(_CHUNK)
            ended = not chunk
            data, at = data[at:] + chunk, 0
            if cancelled is not None and cancelled():
                raise ImportCancelled(_("Reading the file was stopped."))
        if at >= len(data):
            return
        kind = data[at]
        if kind & 0x80:
            kind = (kind & 0x7F) | (data[at + 1] & 0x7F) << 7
            at += 2
        else:
            at += 1
        size = data[at]
        if size & 0x80:
            size &= 0x7F
            shift = 7
            while shift < 28:
                at += 1
                size |= (data[at] & 0x7F) << shift
                if data[at] < 0x80:
                    break
                shift += 7
        at += 1
        end = at + size
        while end > len(data) and not ended:  # a record longer than what is read so far
            chunk = handle.read(max(_CHUNK, end - len(data)))
            ended = not chunk
            data += chunk
        if end > len(data):
            raise EOFError
        yield kind, data, at
        at = end


_U32 = struct.Struct("<I").unpack_from
_RECT = struct.Struct("<IIII").unpack_from
_XLSB_END_SHEET = 130
"""BrtEndSheet, the last record of a sheet part."""
_XLSB_MERGE = 176
_XLSB_COLUMNS = 60
"""BrtColInfo: a span of columns (first and last, from 0), their width and style, then
flags whose lowest bit is fHidden: columns hidden in Excel."""
_XLSB_ROW_HIDDEN = 0x10
"""fDyZero, in the twelfth byte of a BrtRowHdr: the row is hidden (by hand or a filter)."""
"""BrtMergeCell: a merged block's first and last row, first and last column (calamine
gives no merged cells for .xlsb)."""


def _scan_xlsb(path: Path, member: str, limits: Limits, title: str,
               cancelled: Cancelled | None) -> _Scan:
    """Count the rows of an .xlsb sheet, find its merged cells and name its error cells,
    which calamine reads as empty ones; a sheet past the row cap is refused before it is
    loaded.

    Cell records come after their row's BrtRowHdr (its index first); types 1 to 11
    (BrtCellBlank ... BrtFmlaError) and 62 (BrtCellRString) name their column first. The
    errors are BrtCellError (3) and BrtFmlaError (11, a formula's saved error value), each
    with its code after the cell's 8 bytes; types 8 to 11 are formulas with their saved
    value. calamine skips a BrtCellRString (a rich text cell that Excel keeps out of the
    shared strings), so its text is kept here and put back into the rows. A BrtRowHdr
    says whether its row is hidden, a BrtColInfo (before the cells) which columns are:
    calamine reads their cells as any other, which the clerk did not see.
    Types 12 to 18 (BrtShortBlank ... BrtShortIsst) are cells in the column after the
    previous one, which Excel does not write but other programs do (SheetJS): calamine
    skips them without a word, so such a sheet is refused.
    """
    scan = _Scan()
    last = limits.max_rows + HEADER_SCAN_ROWS
    row = column = kind = -1
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as handle:
            for kind, data, at in _xlsb_records(handle, cancelled):
                if kind < 19:
                    if kind == 0:
                        row, column = _U32(data, at)[0], -1
                        scan.rows += 1
                        if row >= last:
                            raise _too_many_rows(path, title, row + 1, limits)
                        if data[at + 11] & _XLSB_ROW_HIDDEN:
                            scan.hidden_rows.add(row + 1)
                    elif kind < 12:
                        column = _U32(data, at)[0]
                        if kind >= 8:  # BrtFmlaString ... BrtFmlaError: a value is saved
                            scan.formulas[cell_name(column, row + 1)] = True
                        if kind == 3 or kind == 11:
                            scan.errors[cell_name(column, row + 1)] = _error_text(data[at + 8])
                    else:  # calamine skips these cells: their values would be lost
                        raise _short_cells(path, title, cell_name(column + 1, row + 1))
                elif kind == 62:  # BrtCellRString: the cell, then a RichStr (flags, text)
                    column = _U32(data, at)[0]
                    text, _end = _xlsb_string(data, at + 9)
                    if text:
                        scan.texts[(row + 1, column)] = text
                elif kind == _XLSB_COLUMNS:
                    first, final = _U32(data, at)[0], _U32(data, at + 4)[0]
                    if data[at + 16] & 1:  # fHidden
                        scan.hidden_columns.update(
                            range(first, min(final + 1, limits.max_columns)))
                elif kind == _XLSB_MERGE:
                    first, final, left, right = _RECT(data, at)
                    scan.merges.add((column_letter(left), first + 1, column_letter(right),
                                     final + 1))
    except (zipfile.BadZipFile, zlib.error, EOFError, IndexError, KeyError,
            struct.error, UnicodeDecodeError) as error:
        raise _damaged(path, title, ValueError(_("the sheet ends inside a record"))) from error
    if kind != _XLSB_END_SHEET:  # cut off between two records: calamine reads what is there
        raise _damaged(path, title, ValueError(_("the sheet ends before its last record")))
    return scan


def _short_cells(path: Path, title: str, cell: str) -> ImportFileError:
    return ImportFileError(
        _(
            "{file}, sheet '{sheet}' stores its cells in a short form that some programs "
            "other than Excel write (the first at cell {cell}), and the import cannot read "
            "those cells. Open the file in Excel, save it as .xlsx (Excel Workbook), and import "
            "that copy."
        ).format(file=path.name, sheet=title, cell=cell)
    )


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
_ODS_CELLS = {f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"}
_ODS_ROW = f"{_TABLE}table-row"
_ODS_COLUMN = f"{_TABLE}table-column"
_ODS_TABLE = f"{_TABLE}table"


def _scan_ods(path: Path, limits: Limits, title: str, index: int,
              cancelled: Cancelled | None) -> _Scan:
    """What :func:`_scan_sheet_xml` finds, in an .ods file's sheet ``title`` (the
    ``index``-th table of its content.xml, as calamine lists them).

    All sheets are in content.xml, read as a stream, a row at a time (each let go once
    seen). An .ods row or cell may say it repeats (a million times in a few bytes): the
    rows and columns counted are the positions of the last cell holding something, so a
    sheet that would unfold past the caps is refused before calamine unfolds it.
    """
    scan = _Scan()
    tables = row = column = 0
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as handle:
            for _event, element in ElementTree.iterparse(handle):
                if element.tag == _ODS_ROW:
                    if tables == index:
                        row = _ods_row(scan, element, row, path, title, limits)
                        if cancelled is not None and not row % 1024 and cancelled():
                            raise ImportCancelled(_("Reading the file was stopped."))
                    element.clear()
                elif element.tag == _ODS_COLUMN and tables == index:
                    column = _ods_column(scan, element, column, limits)
                elif element.tag == _ODS_TABLE:
                    if tables == index:
                        break
                    tables += 1
    except (ElementTree.ParseError, zipfile.BadZipFile, zlib.error, EOFError, KeyError,
            ValueError) as error:
        raise _damaged(path, title, error) from error
    return scan


def _ods_row(scan: _Scan, element: ElementTree.Element, row: int, path: Path, title: str,
             limits: Limits) -> int:
    """Note what the .ods row ``element`` (0-based ``row``) holds; the next row's number."""
    column, held = 0, False
    for cell in element:
        if cell.tag in _ODS_CELLS:
            width = _ods_cell(scan, cell, row, column, path, title, limits)
            held = held or width < 0
            column += abs(width)
    after = row + int(element.get(f"{_TABLE}number-rows-repeated") or 1)
    if held and after > limits.max_rows + HEADER_SCAN_ROWS:
        raise _too_many_rows(path, title, after, limits)
    if held and element.get(f"{_TABLE}visibility") in _ODS_HIDDEN:
        scan.hidden_rows.update(range(row + 1, after + 1))
    return after


_ODS_HIDDEN = ("collapsed", "filter")
"""A row hidden by hand, or by a filter (OpenDocument's table:visibility); a column
hidden by hand is "collapsed" too."""


def _ods_column(scan: _Scan, element: ElementTree.Element, column: int,
                limits: Limits) -> int:
    """Note whether the .ods column ``element`` (from ``column``, 0-based, as often as it
    repeats) is hidden; the next column's index. The sheet's columns come before its rows."""
    after = column + int(element.get(f"{_TABLE}number-columns-repeated") or 1)
    if element.get(f"{_TABLE}visibility") in _ODS_HIDDEN:
        scan.hidden_columns.update(range(column, min(after, limits.max_columns)))
    return after


def _ods_cell(scan: _Scan, cell: ElementTree.Element, row: int, column: int, path: Path,
              title: str, limits: Limits) -> int:
    """Note what the .ods ``cell`` at (``row``, ``column``), 0-based, holds; its width in
    columns, negative when it holds something."""
    attributes = cell.attrib
    repeated = int(attributes.get(f"{_TABLE}number-columns-repeated") or 1)
    if f"{_OFFICE}value-type" not in attributes and not len(cell):
        return repeated  # empty, however often repeated
    if column + repeated > limits.max_columns:
        raise _too_wide(path, title, row + 1, limits.max_columns)
    if attributes.get(f"{_CALCEXT}value-type") == "error":
        scan.errors[cell_name(column, row + 1)] = "".join(cell.itertext()).strip()
    if f"{_TABLE}formula" in attributes:  # an error's formula too, as in the other formats
        scan.formulas[cell_name(column, row + 1)] = f"{_OFFICE}value-type" in attributes
    across = int(attributes.get(f"{_TABLE}number-columns-spanned") or 1)
    down = int(attributes.get(f"{_TABLE}number-rows-spanned") or 1)
    if across > 1 or down > 1:
        scan.merges.add((column_letter(column), row + 1, column_letter(column + across - 1),
                         row + down))
    return -repeated


def _apply_scan(table: Table, scan: _Scan) -> None:
    formulas = scan.formulas
    table.formula_cells = formulas
    table.error_cells = scan.errors
    table.texts = scan.texts
    table.hidden_rows = scan.hidden_rows
    table.hidden_columns = scan.hidden_columns
    _check_merges(table, scan.merges)
    if scan.errors:
        cells = list(islice(scan.errors, 6))
        shown = ", ".join(cells[:5]) + (" ..." if len(cells) > 5 else "")
        table.warnings.append(ngettext(
            "Sheet '{sheet}': {count} cell holds an Excel error value such as #N/A or #REF! "
            "({cells}). A row whose imported column holds one is not imported; the row "
            "says which. Correct it in the sheet and import again.",
            "Sheet '{sheet}': {count} cells hold an Excel error value such as #N/A or #REF! "
            "({cells}). A row whose imported column holds one is not imported; the row "
            "says which. Correct them in the sheet and import again.",
            len(scan.errors)).format(sheet=table.sheet, count=format_number(len(scan.errors)),
                                     cells=shown))
    if formulas:
        saved = sum(formulas.values())
        table.warnings.append(ngettext(
            "{count} cell holds a formula; its saved value was read ({unsaved} had none saved "
            "and count as empty). Nothing was recalculated.",
            "{count} cells hold formulas; their saved values were read ({unsaved} had none "
            "saved and count as empty). Nothing was recalculated.",
            len(formulas),
        ).format(count=format_number(len(formulas)),
                 unsaved=format_number(len(formulas) - saved)))


def _check_merges(table: Table, merges: set[tuple[str, int, str, int]]) -> None:
    """Merged cells among the data rows would leave all but one row without a value. A
    heading merged down from the header row (a tall heading) holds no event's value.
    The preview says what became of the others: captions read with the headings below
    them, or cells above the headings ignored."""
    data = sorted(f"{a}{r1}:{b}{r2}" for a, r1, b, r2 in merges if r1 > table.header_row)
    if data:
        shown = ", ".join(data[:5]) + (" ..." if len(data) > 5 else "")
        raise ImportFileError(
            _(
                "{file}, sheet '{sheet}' has merged cells among the events ({cells}). Only the "
                "first cell of a merged block has a value, so the other rows would lose it. "
                "Unmerge them (Home > Merge & Center), fill every row, and import again."
            ).format(file=table.path.name, sheet=table.sheet, cells=shown)
        )
    top = table.headings_from or table.header_row
    if table.headings_from is not None:
        table.warnings.append(_(
            "Rows {first} and {second} were read together as the headings: the captions "
            "merged over several columns and the headings below them. Check the columns' "
            "fields on the import window's page “Match the columns”.").format(
                first=table.headings_from, second=table.header_row))
    if any(last < top for _a, _first, _b, last in merges):
        table.warnings.append(_("Merged cells above the header row were ignored."))


# --- csv -------------------------------------------------------------------------------


def _read_csv(path: Path, limits: Limits) -> Table:
    text, code_page = _decode(path, path.read_bytes())
    if "\x00" in text:
        raise ImportFileError(
            _("{file} is not a text table (it holds binary data).").format(file=path.name))
    separator = _separator(text)
    # no cell is longer than the file: the cell cap below names the cell, which csv's own
    # limit ("field larger than field limit") does not
    csv.field_size_limit(max(limits.max_cell_chars, len(text)) + 1)
    rows: list[tuple[int, tuple[Any, ...]]] = []
    try:
        records = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
        for number, values in enumerate(records, start=1):  # a record is a sheet row
            if number > limits.max_rows + HEADER_SCAN_ROWS:
                raise _too_many_rows(path, "CSV", None, limits)
            for index, value in enumerate(values):
                if len(value) > limits.max_cell_chars:
                    raise ImportFileError(
                        _("{file}, cell {cell} is too long ({length} characters; at most "
                          "{limit}).").format(
                            file=path.name, cell=cell_name(index, number),
                            length=format_number(len(value)),
                            limit=format_number(limits.max_cell_chars))
                    )
            cells = tuple(
                _cell_lines(v) if v.strip() else None for v in values[: limits.max_columns]
            )
            if any(c is not None for c in cells):
                rows.append((number, cells))
    except csv.Error as error:
        raise ImportFileError(_("{file} is not a readable CSV table: {error}.").format(
            file=path.name, error=error)) from error
    table = _table(path, "CSV", rows, ["CSV"])
    if code_page:
        table.code_page = CODE_PAGE_NAMES[code_page]
        table.warnings.append(_(
            "{file} is not saved in Unicode; its letters were read as {code_page}. If any "
            'look wrong in the preview, save the file from Excel as "CSV UTF-8" and import '
            "that.").format(file=path.name, code_page=table.code_page))
        table.lost_letters = _lost_letters(rows)
    table.limits = limits
    table.held = [SheetRow(n, v) for n, v in rows if n > table.header_row]
    table.row_count = len(table.held)
    return table


def _cell_lines(value: str) -> str:
    """A quoted cell's lines as a sheet's cell holds them (Windows writes "\r\n")."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def _separator(text: str) -> str:
    """The column separator of a CSV file: Excel writes "," or ";" (the system's list
    separator) and a tab in "Unicode Text". CleverCSV picks the one that makes the most
    consistent table of the file's start (a separator inside a quoted cell misleads
    Python's csv.Sniffer); a comma when it finds none. The file is then read by Excel's
    rules (csv.excel: double quotes, a quote doubled inside a quoted cell)."""
    from clevercsv import Detector

    found = Detector().detect(text[:CSV_SAMPLE_CHARS], delimiters=[",", ";", "\t"])
    return found.delimiter if found is not None and found.delimiter else ","


CSV_SAMPLE_CHARS = 16_384
"""How much of a CSV file's start decides its separator."""


_LOST_LETTER = re.compile(r"[^\W\d_]\?+[^\W\d_]")
"""A "?" inside a word: what Excel writes, saving CSV in a code page, for each letter the
code page has not ("Ş?hidl?r": Windows-1254 has no "ə")."""
_ADDRESS = re.compile(r"://|^www\.|^[\w-]+(?:\.[\w-]+)+/", re.IGNORECASE)
"""A web address, whose "?" starts its query ("news?id=5")."""


def _lost_letters(rows: list[tuple[int, tuple[Any, ...]]]) -> dict[str, str]:
    """The cells of a code-page CSV whose words hold a "?" for a lost letter."""
    return {
        cell_name(index, number): value
        for number, values in rows
        for index, value in enumerate(values)
        if isinstance(value, str) and _holds_lost_letter(value)
    }


def _holds_lost_letter(value: str) -> bool:
    """A word of ``value``, other than a web address, holds a "?" between letters."""
    return any(
        _LOST_LETTER.search(word) and not _ADDRESS.search(word) for word in value.split()
    )


def _decode(path: Path, raw: bytes) -> tuple[str, str | None]:
    """The text of a CSV file and the code page it was read in (None for Unicode; the
    preview names it): :func:`desktop.text_decoding.decode_text`, as reports are read."""
    decoded = decode_text(raw)
    if decoded is None:
        raise ImportFileError(
            _('{file} is not a text table: save it from Excel as "CSV UTF-8" or "Unicode Text" '
              "and import that file.").format(file=path.name)
        )
    return decoded.text, decoded.code_page


def column_letter(column: int) -> str:
    """"C" for column index 2 (0-based), "AA" for 26: Excel's column names."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_name(column: int, row: int) -> str:
    """"C14" for column index 2 (0-based) and sheet row 14."""
    return f"{column_letter(column)}{row}"

