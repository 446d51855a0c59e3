"""Read one sheet of a workbook (or a CSV file) into plain rows, within limits.

openpyxl's read-only mode streams the sheet XML and keeps memory flat; values
are read as saved (``data_only``): a formula's last calculated value, never a
recalculation. Before openpyxl opens anything, :mod:`desktop.importing.safety`
has looked at the magic bytes and the zip directory. While rows stream, the
row, column and cell-length caps are enforced, so a million-row sheet or a
100,000-character cell stops the read with a message instead of eating memory.
"""

from __future__ import annotations

import csv
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from desktop.importing.errors import ImportFileError
from desktop.importing.safety import DEFAULT_LIMITS, Limits, file_kind

PREFERRED_SHEETS = ("Events", "События", "Tədbirlər")
SKIPPED_SHEETS = {"Instructions", "Lists", "Cover"}
CHILD_SHEETS = {"speakers": "Speakers", "program": "Program"}
HEADER_SCAN_ROWS = 10

_MERGE = re.compile(rb'<mergeCell ref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')
_FORMULA = re.compile(rb'<c r="([A-Z]{1,3}\d+)"[^>]*>(?:<f[^>]*/>|<f[^>]*>[^<]*</f>)(<v>[^<])?')
_CHUNK = 1024 * 1024
_OVERLAP = 4096


@dataclass(frozen=True)
class SheetRow:
    """One data row: its sheet row number (1-based) and its cell values from column A."""

    number: int
    values: tuple[Any, ...]

    def get(self, column: int) -> Any:
        return self.values[column] if 0 <= column < len(self.values) else None


@dataclass
class Table:
    """A sheet as a header and rows, plus what the reader noticed on the way."""

    path: Path
    sheet: str
    headers: list[str]
    header_row: int
    rows: list[SheetRow]
    sheets: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    formula_cells: dict[str, bool] = field(default_factory=dict)
    """Cell (e.g. "C5") -> whether a saved value was there to read."""
    children: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Rows of an export's Speakers and Program sheets, as {header: value}."""


def read_table(
    path: Path | str, sheet: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Table:
    """The rows of ``sheet`` (or the events sheet) of ``path``; raises ImportFileError."""
    path = Path(path).expanduser()
    kind = file_kind(path, limits)
    if kind == "csv":
        return _read_csv(path, limits)
    return _read_xlsx(path, sheet, limits)


# --- xlsx ------------------------------------------------------------------------------


def _open_workbook(path: Path) -> Any:
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except ImportFileError:
        raise
    except Exception as error:  # openpyxl raises many kinds on a damaged file
        raise ImportFileError(
            f"{path.name} cannot be read as an Excel workbook ({type(error).__name__}: "
            f"{error}). If Excel opens it, save it again as .xlsx and import that copy."
        ) from error


def _read_xlsx(path: Path, sheet: str | None, limits: Limits) -> Table:
    wb = _open_workbook(path)
    try:
        names = list(wb.sheetnames)
        title = _choose_sheet(names, sheet, path)
        try:
            ws = wb[title]
            member = getattr(ws, "_worksheet_path", None)
            rows = _sheet_rows(ws, limits, path, title)
            children = {
                key: _child_rows(wb[name], limits, path, name)
                for key, name in CHILD_SHEETS.items()
                if name in names and title != name
            }
        except ImportFileError:
            raise
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, KeyError) as error:
            raise ImportFileError(
                f"{path.name} is damaged: the sheet {title!r} cannot be read ({error})."
            ) from error
    finally:
        wb.close()
    table = _table(path, title, rows, names)
    table.children = {k: v for k, v in children.items() if v}
    if member:
        _scan_sheet_xml(path, member.lstrip("/"), table)
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


def _sheet_rows(ws: Any, limits: Limits, path: Path, title: str) -> list[tuple[int, tuple]]:
    """Non-empty rows as (row number, values), with every cap enforced while streaming."""
    declared = ws.max_row
    if declared is not None and declared > limits.max_rows + HEADER_SCAN_ROWS:
        raise _too_many_rows(path, title, declared, limits)
    ws.reset_dimensions()  # a wrong <dimension> must not hide rows
    out: list[tuple[int, tuple]] = []
    for number, values in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
        if number > limits.max_rows + HEADER_SCAN_ROWS:
            raise _too_many_rows(path, title, None, limits)
        if not values:
            continue
        if len(values) > limits.max_columns:
            extra = values[limits.max_columns :]
            if any(v is not None for v in extra):
                raise ImportFileError(
                    f"{path.name}, sheet {title!r}, row {number} has cells beyond column "
                    f"{get_column_letter(limits.max_columns)}; the import reads at most "
                    f"{limits.max_columns} columns."
                )
            values = values[: limits.max_columns]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        for index, value in enumerate(values):
            if isinstance(value, str) and len(value) > limits.max_cell_chars:
                raise ImportFileError(
                    f"{path.name}, sheet {title!r}, cell {get_column_letter(index + 1)}{number} "
                    f"holds {len(value):,} characters; a cell may hold at most "
                    f"{limits.max_cell_chars:,} (Excel's own limit). Shorten it and import again."
                )
        out.append((number, tuple(values)))
    return out


def _too_many_rows(path: Path, title: str, declared: int | None, limits: Limits) -> Exception:
    count = f"{declared:,} rows" if declared else "more rows than the import reads"
    return ImportFileError(
        f"{path.name}, sheet {title!r} has {count}; one import reads at most "
        f"{limits.max_rows:,} rows. Split the sheet into several files."
    )


def _child_rows(ws: Any, limits: Limits, path: Path, title: str) -> list[dict[str, Any]]:
    """An export's Speakers or Program sheet as {header: value} rows (empty if not one)."""
    rows = _sheet_rows(ws, limits, path, title)
    if not rows or "Event UUID" not in rows[0][1]:
        return []
    headers = [str(h).strip() if h is not None else "" for h in rows[0][1]]
    return [dict(zip(headers, values, strict=False)) for _n, values in rows[1:]]


def _table(path: Path, title: str, rows: list[tuple[int, tuple]], names: list[str]) -> Table:
    """Split the header row off: the first of the top rows with two or more texts."""
    if not rows:
        raise ImportFileError(f"{path.name}, sheet {title!r} is empty: there is nothing to import.")
    header_at = 0
    for position, (_number, values) in enumerate(rows[:HEADER_SCAN_ROWS]):
        texts = [v for v in values if isinstance(v, str) and v.strip()]
        if len(texts) >= 2:
            header_at = position
            break
    number, header_values = rows[header_at]
    headers = [str(v).strip() if v is not None else "" for v in header_values]
    while headers and not headers[-1]:
        headers.pop()
    data = [SheetRow(n, v) for n, v in rows[header_at + 1 :]]
    return Table(path=path, sheet=title, headers=headers, header_row=number, rows=data,
                 sheets=names)


def _scan_sheet_xml(path: Path, member: str, table: Table) -> None:
    """Find merged cells and formulas, which read-only mode does not report."""
    merges: list[tuple[str, int, str, int]] = []
    formulas: dict[str, bool] = {}
    with zipfile.ZipFile(path) as archive, archive.open(member) as handle:
        tail = b""
        while True:
            chunk = handle.read(_CHUNK)
            if not chunk:
                break
            text = tail + chunk
            if b"<f" in text:
                for match in _FORMULA.finditer(text):
                    formulas[match.group(1).decode()] = match.group(2) is not None
            if b"<mergeCell " in text:
                for m in _MERGE.finditer(text):
                    last_col, last_row = m.group(3) or m.group(1), m.group(4) or m.group(2)
                    merges.append((m.group(1).decode(), int(m.group(2)), last_col.decode(),
                                   int(last_row)))
            tail = text[-_OVERLAP:]
    table.formula_cells = formulas
    _check_merges(table, set(merges))
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
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1251 decodes every byte
        raise ImportFileError(f"{path.name} is not a text file in UTF-8.")
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
    return _table(path, "CSV", rows, ["CSV"])


def cell_name(column: int, row: int) -> str:
    """"C14" for column index 2 (0-based) and sheet row 14."""
    return f"{get_column_letter(column + 1)}{row}"

