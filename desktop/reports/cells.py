"""How a value lands in a cell: the rules every sheet writer shares.

Text is cleaned of what XML cannot hold and cut to Excel's limit; a text that
a spreadsheet would run as a formula is stored as literal text; dates Excel
cannot hold (before 1900) become ISO text. The report itself is written by
:mod:`desktop.reports.xlsx` (XlsxWriter); :func:`to_cell` and the openpyxl
styles serve the smaller workbooks made with openpyxl (the import template,
reference lists).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass
from typing import Any, cast

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font, PatternFill

from db.queries import iso_date, shown_precision
from db.text_clean import xml_safe

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MONTH_FORMAT = "yyyy-mm"
YEAR_FORMAT = "yyyy"
_DAY_FIRST = {DATE_FORMAT: "dd.mm.yyyy", DATETIME_FORMAT: "dd.mm.yyyy hh:mm",
              MONTH_FORMAT: "mm.yyyy"}
PRECISION_FORMATS = {"month": MONTH_FORMAT, "year": YEAR_FORMAT}
"""How a date known only to the month or the year is shown (as the events table does)."""


@dataclass(frozen=True, slots=True)
class KnownTo:
    """A day shown only as far as it is known: its month or its year ("03.2025").

    The cell still holds the day, so a sheet sorts, filters and imports back as before;
    only its number format leaves out what is not known.
    """

    day: dt.date
    precision: str
    """"month" or "year" (a key of PRECISION_FORMATS)."""

    def __str__(self) -> str:
        return iso_date(self.day, self.precision)

    @property
    def number_format(self) -> str:
        return PRECISION_FORMATS[self.precision]


def known_to(day: dt.date | None, precision: str) -> dt.date | KnownTo | None:
    """``day`` as an event of ``precision`` knows it: a day as is, else its month or year."""
    shown = shown_precision(precision)
    return day if day is None or shown == "day" else KnownTo(day, shown)


def local_date_format(number_format: str) -> str:
    """A date cell's format in the report's language: ISO in English, the day first in
    Russian and Azerbaijani (26.02.2025), as their readers write dates."""
    from desktop.reports.language import current

    return number_format if current() == "en" else _DAY_FIRST.get(number_format, number_format)
INTEGER_FORMAT = "#,##0"
EXCEL_MAX_TEXT = 32_767
"""Excel's limit of a cell's text, in UTF-16 code units."""
PRINT_PAGE_WIDTH = 190
"""Column width (in characters) that still prints legibly on one landscape A4 page of
narrow margins (about 55 %: such a page holds some 105 characters at full size)."""
RISKY_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
"""Leading characters that make a spreadsheet read a text as a formula."""
RISKY_FIRST = frozenset("".join(RISKY_PREFIXES))
ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
"""Texts a spreadsheet would take for an error value."""


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
    if value.year >= 1900:
        return value
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return value.isoformat()


def is_risky(text: str) -> bool:
    """Would a spreadsheet take this text as a formula or an error value?"""
    return text.startswith(RISKY_PREFIXES) or text in ERROR_CODES


# --- openpyxl workbooks (import template, reference lists) ------------------------------

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")


def literal_text(ws: Any, text: str, **style: Any) -> Cell:
    """A cell that holds ``text`` as a string even when it looks like a formula."""
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"  # openpyxl typed "=..." as a formula: undo that
    cell.quotePrefix = True  # Excel keeps it text when someone edits the cell
    for name, value in style.items():
        setattr(cell, name, value)
    return cell


def to_cell(ws: Any, value: Any, number_format: str | None = None) -> Any:
    """``value`` as something safe to append to an openpyxl sheet: text stays text."""
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
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(ws, value=cast(Any, value))  # openpyxl takes dates too
        default = DATETIME_FORMAT if isinstance(value, dt.datetime) else DATE_FORMAT
        cell.number_format = number_format or default
        return cell
    if number_format and isinstance(value, int | float):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = number_format
        return cell
    return value
