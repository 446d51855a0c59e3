"""A write-only sheet whose rows are serialized here, as text, straight to disk.

openpyxl's write-only mode turns every value into a cell object and every cell
into an XML element before it reaches the file: about 20 µs a cell, so 74 s for
100,000 events of 31 columns. The big sheets (events, speakers, program) need
none of that machinery: their cells are plain values with a handful of styles.
:class:`StreamSheet` is still an openpyxl write-only sheet (the workbook, styles,
print set-up, tables and drawings are openpyxl's), but its ``<sheetData>`` is
written by :class:`RowEncoder` as one string per row into its own temporary
file. The part before and after the rows is rendered by openpyxl's own
worksheet writer, so everything that is not a row stays exactly as openpyxl
writes it.

Safety rules are the same as :func:`desktop.reports.cells.to_cell`: text is
always an inline string (never a formula), and text that a spreadsheet would
read as a formula also gets the quote prefix so it stays text when edited.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import math
import os
import re
import uuid
from collections.abc import Sequence
from io import BytesIO
from typing import Any, TextIO

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import ALL_TEMP_FILES, WorksheetWriter, create_temporary_file
from openpyxl.xml.functions import Element

from desktop.reports.cells import DATE_FORMAT, DATETIME_FORMAT, clean_text, excel_date

RISKY_FIRST = frozenset("=+-@\t\r\n")
ERRORS = frozenset(ERROR_CODES)
EXCEL_MAX_TEXT = 32_767
_EPOCH = dt.date(1899, 12, 30).toordinal()
_EMPTY_SHEET_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>\s*</sheetData>")


def create_stream_sheet(wb: Workbook, title: str) -> StreamSheet:
    """A :class:`StreamSheet` added to a write-only workbook, like ``wb.create_sheet``."""
    ws = StreamSheet(parent=wb, title=title)
    wb._add_sheet(ws)
    return ws


class _Written:
    """What openpyxl's ``ExcelWriter`` expects of a closed sheet's writer."""

    def __init__(self, out: str, rels: Any):
        self.out = out
        self._rels = rels

    def cleanup(self) -> None:
        with contextlib.suppress(OSError):
            os.remove(self.out)
        with contextlib.suppress(ValueError):
            ALL_TEMP_FILES.remove(self.out)


class StreamSheet(WriteOnlyWorksheet):
    """An openpyxl write-only sheet that takes rows as ready XML strings.

    Set widths, freeze panes, print set-up before the first row (as with any
    write-only sheet); tables, auto-filter and charts may be added until the
    workbook is saved.
    """

    def __init__(self, parent: Workbook, title: str):
        super().__init__(parent, title)
        self._file: TextIO | None = None
        self._temp: str | None = None
        self._done = False
        self.rows_written = 0

    @property
    def closed(self) -> bool:
        return self._done

    def _render(self) -> tuple[str, str, Any]:
        """The sheet's XML without rows, split around the empty ``<sheetData/>``."""
        buffer = BytesIO()
        writer = WorksheetWriter(self, out=buffer)
        writer.write_top()
        writer.xf.send(Element("sheetData"))
        writer.write_tail()
        writer.close()
        head, tail = _EMPTY_SHEET_DATA.split(buffer.getvalue(), maxsplit=1)
        return head.decode("utf-8"), tail.decode("utf-8"), writer._rels

    def _start(self) -> TextIO:
        self._temp = create_temporary_file(suffix=".xml")
        self._file = open(self._temp, "w", encoding="utf-8", newline="", buffering=1 << 20)  # noqa: SIM115 - closed in close()/discard()
        head, _, _ = self._render()
        self._file.write(head)
        self._file.write("<sheetData>")
        return self._file

    def add_table(self, table: Any) -> None:
        """Like openpyxl's, without its write-only warning: our tables name their columns."""
        if self.parent._duplicate_name(table.name):
            raise ValueError(f"Table with name {table.name} already exists")
        if not table.tableColumns:
            raise ValueError("A table in a streamed sheet must name its columns")
        self._tables.add(table)

    def write(self, xml: str) -> None:
        """Append rows already encoded by :class:`RowEncoder`."""
        (self._file or self._start()).write(xml)

    def append(self, row: Sequence[Any]) -> None:
        """Plain values, encoded with the default formats (dates as dates)."""
        self.rows_written += 1
        self.write(RowEncoder(self).row(row, self.rows_written))

    def close(self) -> None:
        if self._done:
            self._already_saved()
        out = self._file or self._start()
        _, tail, rels = self._render()
        out.write("</sheetData>")
        out.write(tail)
        out.close()
        assert self._temp is not None
        self._writer = _Written(self._temp, rels)
        self._done = True

    def discard(self) -> None:
        """Drop the rows file of an abandoned export."""
        if self._file is not None and not self._file.closed:
            self._file.close()
        if self._temp is not None:
            _Written(self._temp, None).cleanup()
        self._done = True


def style_id(ws: WriteOnlyWorksheet, **style: Any) -> int:
    """The workbook's cellXfs index of a style, registered on first use."""
    cell = WriteOnlyCell(ws)
    for name, value in style.items():
        setattr(cell, name, value)
    return cell.style_id


def escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


class RowEncoder:
    """Turns rows of plain Python values into ``<row>`` XML for one sheet.

    ``formats`` maps a column index to a number format for numbers and dates in
    that column; dates without one get ``yyyy-mm-dd``, date-times
    ``yyyy-mm-dd hh:mm``. Types are dispatched on ``type(value)`` for the common
    cases and normalized once for the rest (enums, UUIDs, Decimals).
    """

    def __init__(self, ws: WriteOnlyWorksheet, formats: dict[int, str] | None = None):
        self.ws = ws
        formats = formats or {}
        self._formats = formats
        self._quoted = style_id(ws, quotePrefix=True)
        self._letters: list[str] = []
        self._number: list[str] = []
        self._date: list[str] = []
        self._datetime: list[str] = []
        self._ids: dict[str, int] = {}
        self._extend(max(formats, default=-1) + 1)

    def _attr(self, number_format: str | None) -> str:
        if not number_format:
            return ""
        if number_format not in self._ids:
            self._ids[number_format] = style_id(self.ws, number_format=number_format)
        return f' s="{self._ids[number_format]}"'

    def _extend(self, columns: int) -> None:
        for index in range(len(self._letters), columns):
            own = self._formats.get(index)
            self._letters.append(get_column_letter(index + 1))
            self._number.append(self._attr(own))
            self._date.append(self._attr(own or DATE_FORMAT))
            self._datetime.append(self._attr(own or DATETIME_FORMAT))

    def header(self, values: Sequence[str], style: int, number: int = 1) -> str:
        """A row of text cells in one style (the header of a table)."""
        self._extend(len(values))
        rs = str(number)
        cells = [
            f'<c r="{self._letters[i]}{rs}" t="inlineStr" s="{style}"><is>'
            f"<t>{escape(clean_text(v))}</t></is></c>"
            for i, v in enumerate(values)
        ]
        return f'<row r="{rs}">{"".join(cells)}</row>'

    def styled(self, values: Sequence[Any], number: int, style: int) -> str:
        """A row whose every cell has one style (totals, notes): text and numbers only."""
        self._extend(len(values))
        rs = str(number)
        cells = []
        for i, v in enumerate(values):
            ref = f"{self._letters[i]}{rs}"
            if v is None:  # an empty cell that still carries the border or fill
                cells.append(f'<c r="{ref}" s="{style}"/>')
                continue
            if isinstance(v, int | float) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}" s="{style}"><v>{v!r}</v></c>')
            else:
                text = escape(clean_text(str(v)))
                cells.append(f'<c r="{ref}" t="inlineStr" s="{style}"><is><t>{text}</t></is></c>')
        return f'<row r="{rs}">{"".join(cells)}</row>'

    def row(self, values: Sequence[Any], number: int) -> str:
        """One ``<row>``: ``number`` is the 1-based row number in the sheet."""
        if len(values) > len(self._letters):
            self._extend(len(values))
        rs = str(number)
        letters = self._letters
        out = [f'<row r="{rs}">']
        append = out.append
        for i, v in enumerate(values):
            if v is None:
                continue
            kind = type(v)
            if kind is str:
                if not v.isprintable() or len(v) > EXCEL_MAX_TEXT // 2:
                    v = clean_text(v)
                if not v:
                    continue
                quoted = v[0] in RISKY_FIRST or v in ERRORS
                if "&" in v or "<" in v or ">" in v:
                    v = escape(v)
                space = ' xml:space="preserve"' if v[0] in " \t\n" or v[-1] in " \t\n" else ""
                style = f' s="{self._quoted}"' if quoted else ""
                append(f'<c r="{letters[i]}{rs}" t="inlineStr"{style}><is>'
                       f"<t{space}>{v}</t></is></c>")
            elif kind is int:
                append(f'<c r="{letters[i]}{rs}"{self._number[i]}><v>{v}</v></c>')
            elif kind is dt.date and v.year < 1900:
                append(f'<c r="{letters[i]}{rs}" t="inlineStr"><is><t>{v.isoformat()}</t></is></c>')
            elif kind is dt.date:
                days = v.toordinal() - _EPOCH
                if 0 < days <= 60:  # Excel's 29 February 1900
                    days -= 1
                append(f'<c r="{letters[i]}{rs}"{self._date[i]}><v>{days}</v></c>')
            elif kind is dt.datetime and v.year >= 1900:
                append(f'<c r="{letters[i]}{rs}"{self._datetime[i]}>'
                       f"<v>{_datetime_serial(v)!r}</v></c>")
            else:
                cell = self._other(v, letters[i] + rs, i)
                if cell:
                    append(cell)
        append("</row>")
        return "".join(out)

    def _other(self, value: Any, ref: str, index: int) -> str | None:
        """The rare types, normalized to a plain one and encoded like the common ones."""
        if isinstance(value, bool):
            return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, enum.Enum):
            value = value.value
        if isinstance(value, dt.date) and value.year < 1900:
            value = excel_date(value)
        if isinstance(value, dt.datetime):
            serial = _datetime_serial(value)
            return f'<c r="{ref}"{self._datetime[index]}><v>{serial!r}</v></c>'
        if isinstance(value, dt.date):
            serial = _datetime_serial(dt.datetime(value.year, value.month, value.day))
            return f'<c r="{ref}"{self._date[index]}><v>{int(serial)}</v></c>'
        if isinstance(value, int | float) or (
            value is not None and not isinstance(value, str | uuid.UUID) and _is_number(value)
        ):
            number = float(value)
            if math.isfinite(number):
                shown = int(value) if isinstance(value, int) else number
                return f'<c r="{ref}"{self._number[index]}><v>{shown!r}</v></c>'
        if value is None:
            return None
        text = clean_text(str(value))
        if not text:
            return None
        style = f' s="{self._quoted}"' if text[0] in RISKY_FIRST or text in ERRORS else ""
        space = ' xml:space="preserve"' if text != text.strip() else ""
        return f'<c r="{ref}" t="inlineStr"{style}><is><t{space}>{escape(text)}</t></is></c>'


def _is_number(value: Any) -> bool:
    """Decimal and numpy numbers: anything float() takes that is not text."""
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return True


def _datetime_serial(value: dt.datetime) -> float:
    days = value.toordinal() - _EPOCH
    if 0 < days <= 60:
        days -= 1
    seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
    return days + seconds / 86400
