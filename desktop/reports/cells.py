"""Cell values, styles and sheet set-up shared by every sheet writer.

Everything that decides how a value lands in a cell lives here, so formula
injection, dates and widths are handled once: a text that Excel would run
as a formula is stored as a literal string, dates become real Excel dates.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from db.text_clean import xml_safe

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
INTEGER_FORMAT = "#,##0"
EXCEL_MAX_TEXT = 32_767
PRINT_PAGE_WIDTH = 250
"""Column width (in characters) that still prints legibly on one landscape A4 page."""
RISKY_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
"""Leading characters that make a spreadsheet read a text as a formula."""

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
TITLE_FONT = Font(bold=True, size=16, color="1F4E78")
LABEL_FONT = Font(bold=True)
TOTAL_FONT = Font(bold=True)
TOTAL_BORDER = Border(top=Side(style="thin", color="1F4E78"))
SUBTOTAL_FILL = PatternFill("solid", fgColor="DDEBF7")
NOTE_FONT = Font(italic=True, color="595959")

CellValue = Any
"""A value openpyxl can append: a plain value or a ``WriteOnlyCell``."""


def clean_text(text: str) -> str:
    """Drop characters an .xlsx cannot hold and cut to Excel's cell limit.

    A carriage return would come back as a line feed anyway (XML normalizes
    line ends), so line breaks are made Excel's own "\n" here, visibly.
    """
    text = xml_safe(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > EXCEL_MAX_TEXT // 2 and _utf16_units(text) > EXCEL_MAX_TEXT:
        text = _cut_utf16(text, EXCEL_MAX_TEXT - 1) + "…"
    return text


def _utf16_units(text: str) -> int:
    """Length as Excel counts it: a character beyond the BMP (an emoji) is two units."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def _cut_utf16(text: str, units: int) -> str:
    """The longest start of ``text`` of at most ``units`` UTF-16 units (never half a pair)."""
    count = 0
    for index, char in enumerate(text):
        count += 2 if ord(char) > 0xFFFF else 1
        if count > units:
            return text[:index]
    return text


def excel_date(value: dt.date) -> dt.date | str:
    """A date Excel can hold as a date; before 1900 (Excel has none) the ISO text "1850-03-01".

    A serial number before Excel's epoch is negative: Excel shows ####, other readers
    a time of day. The ISO text reads as the date everywhere, sorts in date order and
    is read back by the importer.
    """
    if value.year < 1900:
        return value.isoformat()[:10] if not isinstance(value, dt.datetime) else (
            value.isoformat(sep=" ", timespec="minutes"))
    return value


def is_risky(text: str) -> bool:
    """Would a spreadsheet take this text as a formula or an error value?"""
    return text.startswith(RISKY_PREFIXES) or text in ERROR_CODES


def literal_text(ws: WriteOnlyWorksheet, text: str, **style: Any) -> Cell:
    """A cell that holds ``text`` as a string even when it looks like a formula."""
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"  # openpyxl typed "=..." as a formula: undo that
    cell.quotePrefix = True  # Excel keeps it text when someone edits the cell
    for name, value in style.items():
        setattr(cell, name, value)
    return cell


def to_cell(ws: WriteOnlyWorksheet, value: Any, number_format: str | None = None) -> CellValue:
    """``value`` as something safe to append: text stays text, dates stay dates."""
    if value is None:
        return None
    if isinstance(value, str):
        text = clean_text(value)
        if not text:
            return None
        return literal_text(ws, text) if is_risky(text) else text
    if isinstance(value, enum.Enum):
        return to_cell(ws, value.value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, dt.date) and value.year < 1900:
        return excel_date(value)
    if isinstance(value, dt.datetime):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = number_format or DATETIME_FORMAT
        return cell
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = number_format or DATE_FORMAT
        return cell
    if number_format and isinstance(value, int | float):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = number_format
        return cell
    return value


def styled(ws: WriteOnlyWorksheet, value: Any, **style: Any) -> CellValue:
    """A cell with a font, fill, border or format, injection-safe like ``to_cell``."""
    cell = to_cell(ws, value)
    if not isinstance(cell, Cell):
        cell = WriteOnlyCell(ws, value=cell)
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def header_row(ws: WriteOnlyWorksheet, headers: Sequence[str]) -> list[CellValue]:
    from desktop.reports.language import translate

    return [
        styled(ws, translate(h), font=HEADER_FONT, fill=HEADER_FILL, alignment=HEADER_ALIGNMENT)
        for h in headers
    ]


def display_width(value: Any) -> int:
    """Roughly how many characters ``value`` shows in a cell."""
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, int | float):
        return len(f"{value:,}")
    return max((len(line) for line in str(getattr(value, "value", value)).splitlines()), default=0)


def estimate_widths(
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    minimum: int = 6,
    maximum: int = 60,
) -> list[float]:
    """Column widths that fit the header and the sample rows, capped so long text wraps off."""
    widths = [min(max(len(h) + 3, minimum), 30) for h in headers]  # room for the filter button
    for row in rows:
        for index, value in enumerate(row[: len(widths)]):
            widths[index] = max(widths[index], display_width(value) + 2)
    return [float(min(w, maximum)) for w in widths]


def set_widths(ws: WriteOnlyWorksheet, widths: Sequence[float], first_column: int = 1) -> None:
    """Set column widths; in write-only mode this must happen before the first row."""
    for offset, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(first_column + offset)].width = width


def print_setup(ws: WriteOnlyWorksheet, title_rows: str | None = "1:1") -> None:
    """Landscape A4, fit to one page wide, header row on every page, page numbers.

    ``sheet_properties`` are written with the first row, so call this before appending.
    """
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.gridLines = False
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.center.text = "&A — page &P of &N"


class TableWriter:
    """Streams one table (header plus rows) into a :class:`~desktop.reports.stream.StreamSheet`.

    The first ``sample`` rows are held back so column widths can be fitted to
    real content before anything is written; after that each row is encoded
    to XML text at once (no cell objects), which is what keeps a million-row
    events list fast and flat in memory. With ``table_name`` the range becomes
    an Excel table (filter buttons, banded rows, a name for pivots) instead of
    a bare auto-filter.
    """

    def __init__(
        self,
        ws: WriteOnlyWorksheet,
        headers: Sequence[str],
        formats: dict[int, str] | None = None,
        sample: int = 200,
        max_width: int = 60,
        autofilter: bool = True,
        freeze: str | None = "A2",
        widths: dict[int, float] | None = None,
        table_name: str | None = None,
    ):
        from desktop.reports.stream import RowEncoder, StreamSheet

        if not isinstance(ws, StreamSheet):
            raise TypeError("TableWriter writes into a StreamSheet (stream.create_stream_sheet)")
        self.ws = ws
        from desktop.reports.language import translate

        self.headers = [translate(h) for h in headers]
        self.formats = formats or {}
        self.sample = sample
        self.max_width = max_width
        self.autofilter = autofilter
        self.freeze = freeze
        self.fixed_widths = widths or {}
        self.table_name = table_name
        self._encoder = RowEncoder(ws, self.formats)
        self._buffer: list[Sequence[Any]] | None = []
        self.rows = 0

    def append(self, values: Sequence[Any]) -> None:
        self.rows += 1
        if self._buffer is not None:
            self._buffer.append(values)
            if len(self._buffer) >= self.sample:
                self._start()
            return
        self.ws.write(self._encoder.row(values, self.rows + 1))

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        """Many rows at once: one write per batch instead of one per row."""
        if self._buffer is not None:
            for values in rows:
                self.append(values)
            return
        encode, first = self._encoder.row, self.rows + 2
        xml = [encode(values, number) for number, values in enumerate(rows, start=first)]
        self.rows += len(xml)
        self.ws.write("".join(xml))

    def _start(self) -> None:
        from desktop.reports.stream import style_id

        buffered, self._buffer = self._buffer or [], None
        widths = estimate_widths(self.headers, buffered, maximum=self.max_width)
        for index, width in self.fixed_widths.items():
            widths[index] = width
        set_widths(self.ws, widths)
        if self.freeze:
            self.ws.freeze_panes = self.freeze
        print_setup(self.ws)
        # 31 columns squeezed onto one page print unreadably small: one page per
        # ~250 characters of width, still every column and the header on each page.
        self.ws.page_setup.fitToWidth = max(1, math.ceil(sum(widths) / PRINT_PAGE_WIDTH))
        header = style_id(self.ws, font=HEADER_FONT, fill=HEADER_FILL,
                          alignment=HEADER_ALIGNMENT)
        self.ws.write(self._encoder.header(self.headers, header))
        encode = self._encoder.row
        self.ws.write("".join(encode(values, number)
                              for number, values in enumerate(buffered, start=2)))

    def close(self) -> int:
        """Flush held-back rows and set the table or auto-filter; returns the data row count."""
        if self._buffer is not None:
            self._start()
        if self.headers:
            last = get_column_letter(len(self.headers))
            if self.table_name:
                self._add_table(f"A1:{last}{max(self.rows, 1) + 1}")
            elif self.autofilter:
                self.ws.auto_filter.ref = f"A1:{last}{self.rows + 1}"
        return self.rows

    def _add_table(self, ref: str) -> None:
        from openpyxl.worksheet.filters import AutoFilter
        from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

        table = Table(
            displayName=self.table_name,
            ref=ref,
            autoFilter=AutoFilter(ref=ref),
            tableColumns=[TableColumn(id=i, name=clean_text(h))
                          for i, h in enumerate(self.headers, start=1)],
            tableStyleInfo=TableStyleInfo(name="TableStyleLight9", showRowStripes=True),
        )
        self.ws.add_table(table)
