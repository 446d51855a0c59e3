"""Read one sheet of a workbook (or a CSV file) as a header and a stream of rows, within limits.

openpyxl's read-only mode streams the sheet XML and keeps memory flat; values
are read as saved (``data_only``): a formula's last calculated value, never a
recalculation. Before openpyxl opens anything, :mod:`desktop.importing.safety`
has looked at the magic bytes and the zip directory.

:func:`read_table` reads only what the wizard's column step needs: the sheet
names, the header row, an export's Speakers and Program sheets, and one raw
pass over the sheet XML (row count, merged cells, formulas). The event rows are
streamed by :meth:`Table.iter_rows` when the preview asks for them, so a
100,000-row sheet is never held in memory as cells. While rows stream, the
row, column and cell-length caps are enforced, so a million-row sheet or a
100,000-character cell stops the read with a message instead of eating memory.
"""

from __future__ import annotations

import csv
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from charset_normalizer import from_bytes
from openpyxl.reader.excel import ExcelReader
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from desktop.importing.errors import ImportCancelled, ImportFileError
from desktop.importing.safety import DEFAULT_LIMITS, Limits, file_kind
from desktop.reports.language import in_every_language

PREFERRED_SHEETS = (*in_every_language("Events"), "События")
SKIPPED_SHEETS = {"Instructions", "Lists", *in_every_language("Cover")}
CHILD_SHEETS = {"speakers": in_every_language("Speakers"),
                "program": in_every_language("Program")}
"""An export's child sheets, by their name in each report language."""
HEADER_SCAN_ROWS = 10

_MERGE = re.compile(rb'<mergeCell ref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')
_FORMULA = re.compile(rb'<c r="([A-Z]{1,3}\d+)"[^>]*>(?:<f[^>]*/>|<f[^>]*>[^<]*</f>)(<v>[^<])?')
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?)"')
_ROW_TAG = b"<row "
_CHUNK = 1024 * 1024
_OVERLAP = 4096
_HEAD_BYTES = 64 * 1024

Cancelled = Callable[[], bool]


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
    warnings: list[str] = field(default_factory=list)
    formula_cells: dict[str, bool] = field(default_factory=dict)
    """Cell (e.g. "C5") -> whether a saved value was there to read."""
    children: dict[str, ChildSheet] = field(default_factory=dict)
    """An export's Speakers and Program sheets."""
    row_count: int | None = None
    """Rows below the header as the sheet declares them (for progress); None if unknown."""
    limits: Limits = DEFAULT_LIMITS
    held: list[SheetRow] | None = None
    """The rows themselves when they are held (a CSV file); None for a workbook."""

    def iter_rows(self, cancelled: Cancelled | None = None) -> Iterator[SheetRow]:
        """The non-empty rows below the header, read from the file as they are asked for."""
        if self.held is not None:
            yield from self.held
            return
        wb = _open_workbook(self.path)
        try:
            ws = wb[self.sheet]
            for number, values in _sheet_rows(ws, self.limits, self.path, self.sheet, cancelled):
                if number > self.header_row:
                    yield SheetRow(number, values)
        except (ImportFileError, ImportCancelled):
            raise
        except (
            zipfile.BadZipFile, EOFError, OSError, ValueError, KeyError, IndexError, ParseError
        ) as error:
            raise _damaged(self.path, self.sheet, error) from error
        finally:
            wb.close()

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
    return _read_xlsx(path, sheet, limits, cancelled)


# --- xlsx ------------------------------------------------------------------------------


def _open_workbook(path: Path) -> Any:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = _WorkbookReader(path, read_only=True, data_only=True, keep_links=False)
            reader.read()
            return reader.wb
    except ImportFileError:
        raise
    except Exception as error:  # openpyxl raises many kinds on a damaged file
        raise ImportFileError(
            f"{path.name} cannot be read as an Excel workbook ({type(error).__name__}: "
            f"{error}). If Excel opens it, save it again as .xlsx and import that copy."
        ) from error


class _Sheet(ReadOnlyWorksheet):  # type: ignore[misc]
    """A read-only sheet sized from its <dimension> element alone.

    ``load_workbook(read_only=True)`` sizes every sheet on opening; for a sheet
    without a <dimension> element (openpyxl's own write-only files, so the app's
    exports) it parses the whole sheet to find none: 4.6 s of a 100,000-row file,
    paid again on every opening.
    """

    def _get_size(self) -> None:
        with self._get_source() as source:
            head = source.read(_HEAD_BYTES).split(b"<sheetData", 1)[0]
        match = _DIMENSION.search(head)
        if match:
            ref = match.group(1).decode()
            try:
                bounds = range_boundaries(ref if ":" in ref else f"{ref}:{ref}")
            except ValueError:  # a broken <dimension> only costs the progress estimate
                return
            self._min_column, self._min_row, self._max_column, self._max_row = bounds


class _WorkbookReader(ExcelReader):  # type: ignore[misc]
    """openpyxl's own reader (read-only), with :class:`_Sheet` for worksheets."""

    def read_worksheets(self) -> None:
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files or "chartsheet" in rel.Type:
                continue
            ws = _Sheet(self.wb, sheet.name, rel.target, self.shared_strings)
            ws.sheet_state = sheet.state
            self.wb._sheets.append(ws)


def _damaged(path: Path, title: str, error: Exception) -> ImportFileError:
    return ImportFileError(
        f"{path.name} is damaged: the sheet {title!r} cannot be read ({error}). If Excel "
        "opens it, save it again as .xlsx and import that copy."
    )


def _read_xlsx(path: Path, sheet: str | None, limits: Limits,
               cancelled: Cancelled | None) -> Table:
    wb = _open_workbook(path)
    try:
        names = list(wb.sheetnames)
        title = _choose_sheet(names, sheet, path)
        try:
            ws = wb[title]
            member = getattr(ws, "_worksheet_path", "").lstrip("/")
            declared = ws.max_row
            if declared is not None and declared > limits.max_rows + HEADER_SCAN_ROWS:
                raise _too_many_rows(path, title, declared, limits)
            scan = _scan_sheet_xml(path, member, limits, title, cancelled) if member else None
            top = []
            for number, values in _sheet_rows(ws, limits, path, title, cancelled):
                top.append((number, values))
                if len(top) >= HEADER_SCAN_ROWS or _is_header(values):
                    break
            children = {
                key: _child_rows(wb[name], limits, path, name, cancelled)
                for key, choices in CHILD_SHEETS.items()
                for name in [next((n for n in choices if n in names), None)]
                if name is not None and title != name
            }
        except (ImportFileError, ImportCancelled):
            raise
        except (
            zipfile.BadZipFile, EOFError, OSError, ValueError, KeyError, IndexError, ParseError
        ) as error:
            raise _damaged(path, title, error) from error
    finally:
        wb.close()
    table = _table(path, title, top, names)
    table.limits = limits
    table.children = {k: v for k, v in children.items() if v is not None}
    rows = declared if declared is not None else (scan.rows if scan else None)
    table.row_count = max(rows - table.header_row, 0) if rows else None
    if scan is not None:
        _apply_scan(table, scan)
    return table


def _choose_sheet(names: list[str], wanted: str | None, path: Path) -> str:
    if wanted is not None:
        if wanted not in names:
            raise ImportFileError(
                f"{path.name} has no sheet {wanted!r}; its sheets are {', '.join(names)}."
            )
        return wanted
    for preferred in PREFERRED_SHEETS:
        if preferred in names:
            return preferred
    candidates = [n for n in names if n not in SKIPPED_SHEETS]
    if not candidates:
        raise ImportFileError(f"{path.name} has no sheet with events.")
    return candidates[0]


def _sheet_rows(
    ws: Any, limits: Limits, path: Path, title: str, cancelled: Cancelled | None = None
) -> Iterator[tuple[int, tuple]]:
    """Non-empty rows as (row number, values), with every cap enforced while streaming."""
    ws.reset_dimensions()  # a wrong <dimension> must not hide rows
    last = limits.max_rows + HEADER_SCAN_ROWS
    width = limits.max_columns
    longest = limits.max_cell_chars
    for number, values in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
        if number > last:
            raise _too_many_rows(path, title, None, limits)
        if cancelled is not None and not number % 1024 and cancelled():
            raise ImportCancelled("Reading the file was stopped.")
        if not values:
            continue
        if len(values) > width:
            if any(v is not None for v in values[width:]):
                raise ImportFileError(
                    f"{path.name}, sheet {title!r}, row {number} has cells beyond column "
                    f"{get_column_letter(width)}; the import reads at most {width} columns."
                )
            values = values[:width]
        blank = True
        for index, value in enumerate(values):
            if value is None:
                continue
            if value.__class__ is str:
                if len(value) > longest:
                    raise ImportFileError(
                        f"{path.name}, sheet {title!r}, cell {get_column_letter(index + 1)}"
                        f"{number} holds {len(value):,} characters; a cell may hold at most "
                        f"{longest:,} (Excel's own limit). Shorten it and import again."
                    )
                if blank and value.strip():
                    blank = False
            else:
                blank = False
        if not blank:
            yield number, tuple(values)


def _too_many_rows(path: Path, title: str, declared: int | None, limits: Limits) -> Exception:
    count = f"{declared:,} rows" if declared else "more rows than the import reads"
    return ImportFileError(
        f"{path.name}, sheet {title!r} has {count}; one import reads at most "
        f"{limits.max_rows:,} rows. Split the sheet into several files."
    )


def _child_rows(ws: Any, limits: Limits, path: Path, title: str,
                cancelled: Cancelled | None) -> ChildSheet | None:
    """An export's Speakers or Program sheet (None when the sheet is not one)."""
    rows = _sheet_rows(ws, limits, path, title, cancelled)
    first = next(rows, None)
    if first is None or "Event UUID" not in first[1]:
        return None
    headers = [str(h).strip() if h is not None else "" for h in first[1]]
    return ChildSheet(headers, [values for _number, values in rows])


def _is_header(values: tuple) -> bool:
    """A header row holds two or more texts."""
    return sum(1 for v in values if isinstance(v, str) and v.strip()) >= 2


def _table(path: Path, title: str, rows: list[tuple[int, tuple]], names: list[str]) -> Table:
    """Split the header row off: the first of the top rows with two or more texts."""
    if not rows:
        raise ImportFileError(f"{path.name}, sheet {title!r} is empty: there is nothing to import.")
    header_at = 0
    for position, (_number, values) in enumerate(rows[:HEADER_SCAN_ROWS]):
        if _is_header(values):
            header_at = position
            break
    number, header_values = rows[header_at]
    headers = [str(v).strip() if v is not None else "" for v in header_values]
    while headers and not headers[-1]:
        headers.pop()
    return Table(path=path, sheet=title, headers=headers, header_row=number, sheets=names)


@dataclass
class _Scan:
    rows: int = 0
    merges: set[tuple[str, int, str, int]] = field(default_factory=set)
    formulas: dict[str, bool] = field(default_factory=dict)


def _scan_sheet_xml(path: Path, member: str, limits: Limits, title: str,
                    cancelled: Cancelled | None) -> _Scan:
    """Count rows and find merged cells and formulas, which read-only mode does not report."""
    scan = _Scan()
    last = limits.max_rows + HEADER_SCAN_ROWS
    with zipfile.ZipFile(path) as archive, archive.open(member) as handle:
        tail = b""
        while True:
            chunk = handle.read(_CHUNK)
            if not chunk:
                break
            if cancelled is not None and cancelled():
                raise ImportCancelled("Reading the file was stopped.")
            text = tail + chunk
            # "<row " is 5 bytes: the 4 carried over cannot hold a whole one twice
            scan.rows += (tail[-4:] + chunk).count(_ROW_TAG)
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
            tail = text[-_OVERLAP:]
    return scan


def _apply_scan(table: Table, scan: _Scan) -> None:
    formulas = scan.formulas
    table.formula_cells = formulas
    _check_merges(table, scan.merges)
    if formulas:
        saved = sum(formulas.values())
        table.warnings.append(
            f"{len(formulas)} cell(s) hold formulas; their saved values were read "
            f"({len(formulas) - saved} had none saved and count as empty). Nothing was "
            "recalculated."
        )


def _check_merges(table: Table, merges: set[tuple[str, int, str, int]]) -> None:
    """Merged cells among the data rows would leave all but one row without a value."""
    data = sorted(f"{a}{r1}:{b}{r2}" for a, r1, b, r2 in merges if r2 > table.header_row)
    if data:
        shown = ", ".join(data[:5]) + (" ..." if len(data) > 5 else "")
        raise ImportFileError(
            f"{table.path.name}, sheet {table.sheet!r} has merged cells among the events "
            f"({shown}). Only the first cell of a merged block has a value, so the other rows "
            "would lose it. Unmerge them (Home > Merge & Center), fill every row, and import "
            "again."
        )
    if merges:
        table.warnings.append("Merged cells above the header row were ignored.")


# --- csv -------------------------------------------------------------------------------


def _read_csv(path: Path, limits: Limits) -> Table:
    text = _decode(path, path.read_bytes())
    if "\x00" in text:
        raise ImportFileError(f"{path.name} is not a text table (it holds binary data).")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(limits.max_cell_chars + 1)
    rows: list[tuple[int, tuple]] = []
    try:
        for number, values in enumerate(csv.reader(text.splitlines(), dialect), start=1):
            if number > limits.max_rows + HEADER_SCAN_ROWS:
                raise _too_many_rows(path, "CSV", None, limits)
            for index, value in enumerate(values):
                if len(value) > limits.max_cell_chars:
                    raise ImportFileError(
                        f"{path.name}, cell {get_column_letter(index + 1)}{number} is too long "
                        f"({len(value):,} characters; at most {limits.max_cell_chars:,})."
                    )
            cells = tuple(v if v.strip() else None for v in values[: limits.max_columns])
            if any(c is not None for c in cells):
                rows.append((number, cells))
    except csv.Error as error:
        raise ImportFileError(f"{path.name} is not a readable CSV table: {error}.") from error
    table = _table(path, "CSV", rows, ["CSV"])
    table.limits = limits
    table.held = [SheetRow(n, v) for n, v in rows if n > table.header_row]
    table.row_count = len(table.held)
    return table


CSV_ENCODINGS = ["utf_8", "utf_16", "utf_32", "cp1251", "cp1254", "cp1252", "koi8_r", "cp866"]
"""What offices save CSV files in: Unicode (Excel's "Unicode Text" is UTF-16), and the
Windows and DOS code pages of Russian, Azerbaijani/Turkish and Western European systems."""


_LANGUAGE_CODE_PAGE = {"Turkish": "cp1254", "Russian": "cp1251"}
"""Azerbaijani Latin text is recognised as Turkish; the Windows code page of the language
the detector recognised settles between code pages that decode the same bytes
("Ş" in Windows-1254 is "Þ" in Windows-1252)."""


def _decode(path: Path, raw: bytes) -> str:
    """The text of a CSV file in whichever of :data:`CSV_ENCODINGS` it was saved in."""
    if not raw:
        return ""
    best = from_bytes(raw, cp_isolation=CSV_ENCODINGS).best()
    if best is None:
        raise ImportFileError(
            f"{path.name} is not a text table: save it from Excel as "
            f'"CSV UTF-8" or "Unicode Text" and import that file.'
        )
    code_page = _LANGUAGE_CODE_PAGE.get(best.language)
    if code_page and best.encoding.startswith("cp") and best.encoding != code_page:
        try:
            return raw.decode(code_page)
        except UnicodeDecodeError:
            pass
    return str(best)


def cell_name(column: int, row: int) -> str:
    """"C14" for column index 2 (0-based) and sheet row 14."""
    return f"{get_column_letter(column + 1)}{row}"

