"""The report workbook through XlsxWriter's public API, in constant memory.

XlsxWriter's ``constant_memory`` mode writes each row to disk as soon as the next
one starts, so every sheet is written top to bottom (:class:`Sheet` keeps the
row count) and a million-event list costs the memory of one row. Text is always
text: formulas, URLs and numbers are never guessed from strings, a text that a
spreadsheet would run as a formula also gets the quote prefix, and every string
passes :func:`desktop.reports.cells.clean_text` (XML-legal, within Excel's limit).
Column widths, frozen panes, filters and print settings may be set at any time
before :meth:`Book.close`: XlsxWriter assembles each sheet's XML at the end.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import uuid
from collections.abc import Collection, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import xlsxwriter  # type: ignore[import-untyped]  # no type information shipped
from xlsxwriter.format import Format  # type: ignore[import-untyped]
from xlsxwriter.worksheet import Worksheet  # type: ignore[import-untyped]

from db.reference import read_csv
from desktop.reports.cells import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    ERROR_CODES,
    PRINT_PAGE_WIDTH,
    RISKY_FIRST,
    KnownTo,
    clean_text,
    excel_date,
    local_date_format,
)
from desktop.reports.language import translate

STYLES: dict[str, dict[str, Any]] = {
    "header": {"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E78", "text_wrap": True,
               "valign": "vcenter"},
    # at the foot of its row: a title taller than the row grows into the blank row above,
    # not over the table under it (the workbook's default puts a cell at the top)
    "title": {"bold": True, "font_size": 16, "font_color": "#1F4E78", "valign": "bottom"},
    "label": {"bold": True, "valign": "top"},
    "total": {"bold": True, "top": 1, "top_color": "#1F4E78"},
    "subtotal": {"bold": True, "bg_color": "#DDEBF7"},
    "note": {"italic": True, "font_color": "#595959"},
    "wrap": {"text_wrap": True, "valign": "top", "align": "left"},
    # a number kept off the left-aligned text of the next column ("33Rusiya" on paper)
    "padded": {"align": "right", "indent": 1},
}
"""Named cell styles; a cell may combine several (``"label", "wrap"``)."""
LINE_HEIGHT = 15.0
"""Points per line of wrapped 11-point text (Excel's 20 pixels of Calibri 11)."""
MAX_ROW_HEIGHT = 409.0
"""Points: Excel's tallest row. A printed cell needing more lines is cut on paper: its
text is written in a smaller type (:func:`smaller_type`)."""
MAX_LINES = int(MAX_ROW_HEIGHT // LINE_HEIGHT)
"""Lines of 11-point text the tallest row holds (27)."""
SMALLEST_TYPE = 7
"""Points: the smallest type a printed cell's text is shrunk to (still legible on paper)."""
NARROW_MARGIN = 0.25
"""Inches left and right of a printed table: Excel's "Narrow" margins, a wider page."""
DETAIL = {"level": 1, "hidden": True}
"""A column kept in the file but grouped and collapsed: one click shows it, paper leaves
it out (hidden columns do not print)."""


class Book:
    """One report file: the XlsxWriter workbook and its shared formats."""

    def __init__(self, path: Path, title: str, author: str, rows_folder: str | None = None):
        self.wb = xlsxwriter.Workbook(
            str(path),
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
                "remove_timezone": True,
                "tmpdir": rows_folder,
                # Every cell at the top of its row, a tall row of wrapped text read from
                # its first line: as the workbook's default, a plain cell needs no format
                # (a format on each of a million rows' cells slowed the export by a third).
                "default_format_properties": {"font_name": "Calibri", "font_size": 11,
                                              "valign": "top"},
            },
        )
        self.wb.set_properties({"title": clean_text(title), "author": clean_text(author)})
        self.page_header = ""
        """What every printed page says at its top (the report's filters), set before
        the sheets are made."""
        self._formats: dict[tuple[tuple[str, ...], str | None, bool, float | None],
                            Format] = {}

    def format(
        self, *styles: str, num_format: str | None = None, quote: bool = False,
        font_size: float | None = None,
    ) -> Format | None:
        """The shared format of a combination of styles (``None`` for a plain cell)."""
        if not styles and num_format is None and not quote and font_size is None:
            return None
        key = (styles, num_format, quote, font_size)
        found = self._formats.get(key)
        if found is None:
            properties: dict[str, Any] = {}
            for style in styles:
                properties.update(STYLES[style])
            if num_format:
                properties["num_format"] = num_format
            if quote:
                properties["quote_prefix"] = True
            if font_size:
                properties["font_size"] = font_size
            found = self._formats[key] = self.wb.add_format(properties)
        return found

    def sheet(self, title: str) -> Sheet:
        return Sheet(self, title)

    def close(self) -> None:
        self.wb.close()


class Sheet:
    """A worksheet written row after row; ``row`` is the next row's 0-based index."""

    def __init__(self, book: Book, title: str):
        self.book = book
        self.title = clean_text(title)
        self.ws: Worksheet = book.wb.add_worksheet(self.title)
        self.row = 0
        self._widths: dict[int, float] = {}
        self._heights: dict[int, float] = {}

    def append(
        self,
        values: Sequence[Any],
        *styles: str,
        num_format: str | None = None,
        formats: dict[int, str] | None = None,
    ) -> int:
        """Write one row; returns its 0-based index. ``formats``: number formats by column."""
        row = self.row
        for col, value in enumerate(values):
            number = (formats or {}).get(col, num_format)
            self.cell(row, col, value, *styles, num_format=number)
        self.row += 1
        return row

    def append_wrapped(
        self, values: Sequence[Any], widths: Sequence[float], num_format: str | None = None,
        formats: dict[int, str] | None = None,
    ) -> int:
        """A row whose first ``len(widths)`` values (names) wrap whole in their columns of
        those widths, in a row tall enough: a long name printed cut at the next column.
        The other values are typed as :meth:`append` types them; returns the row."""
        self.fit_height([(str(value), width)
                         for value, width in zip(values, widths, strict=False) if value])
        row = self.row
        for col, value in enumerate(values):
            if col < len(widths):
                self.cell(row, col, value, "wrap")
            else:
                self.cell(row, col, value, num_format=(formats or {}).get(col, num_format))
        self.row += 1
        return row

    def skip(self, rows: int = 1) -> None:
        self.row += rows

    def cell(
        self, row: int, col: int, value: Any, *styles: str, num_format: str | None = None
    ) -> None:
        """One value, typed: text stays text, numbers and dates are real."""
        book, ws = self.book, self.ws
        if isinstance(value, KnownTo):  # a day known only to its month or year
            value, num_format = value.day, value.number_format
        if isinstance(value, enum.Enum):
            value = value.value
        if isinstance(value, uuid.UUID):
            value = str(value)
        if isinstance(value, dt.date) and value.year < 1900:
            value = excel_date(value)
        if value is None or value == "":
            if styles:  # an empty cell that still carries the border or fill
                ws.write_blank(row, col, None, book.format(*styles))
            return
        if isinstance(value, str):
            text = clean_text(value)
            quote = bool(text) and (text[0] in RISKY_FIRST or text in ERROR_CODES)
            ws.write_string(row, col, text, book.format(*styles, quote=quote))
        elif isinstance(value, bool):
            ws.write_boolean(row, col, value, book.format(*styles))
        elif isinstance(value, dt.datetime):
            shown = local_date_format(num_format or DATETIME_FORMAT)
            ws.write_datetime(row, col, value, book.format(*styles, num_format=shown))
        elif isinstance(value, dt.date):
            shown = local_date_format(num_format or DATE_FORMAT)
            ws.write_datetime(row, col, value, book.format(*styles, num_format=shown))
        elif isinstance(value, int | float) or _is_number(value):
            number = float(value)
            if math.isfinite(number):
                ws.write_number(row, col, value if isinstance(value, int) else number,
                                book.format(*styles, num_format=num_format))
        else:
            self.cell(row, col, str(value), *styles, num_format=num_format)

    def header(self, headers: Sequence[str]) -> int:
        """A header row (names already in the report's language), tall enough to wrap in.

        A column narrower than its header's longest word is widened to it: wrapping only
        breaks between words, so such a word printed cut in two ("Мероприя/тия").
        """
        for col, text in enumerate(headers):
            needed = _word_width(text)
            if col in self._widths and needed > self._widths[col]:
                self.widths([needed], first=col)
        self.fit_height(bold=[(h, self._widths[i]) for i, h in enumerate(headers)
                              if i in self._widths])
        return self.append(headers, "header")

    def fit_height(self, texts: Sequence[tuple[str, float]] = (), row: int | None = None,
                   bold: Sequence[tuple[str, float]] = ()) -> None:
        """Make a row tall enough for wrapped ``(text, column width)`` pairs, ``bold`` ones
        in bold type.

        Neither Excel nor LibreOffice grows a row a program wrote, so wrapped lines
        printed over the next row; call before the row's cells are written.
        """
        lines = max([*(_lines(text, column_pixels(width)) for text, width in texts),
                     *(_lines(text, column_pixels(width), bold_widths())
                       for text, width in bold)], default=1)
        if lines > 1:
            self.set_height(self.row if row is None else row, row_height(lines))

    def set_height(self, row: int, points: float) -> None:
        """A row's height, kept for :meth:`points_above` (XlsxWriter reads none back)."""
        self.ws.set_row(row, points)
        self._heights[row] = points

    def points_above(self, row: int) -> float:
        """Points of the rows above ``row`` (those made taller through this sheet)."""
        return sum(self._heights.get(above, LINE_HEIGHT) for above in range(row))

    def spanning(self, text: str, columns: int, *styles: str, points: float = 11) -> int:
        """``text`` in ``points``-point type across the first ``columns`` columns (set their
        widths first), wrapped in a row tall enough; returns the row.

        A line wider than the page made fit-to-page shrink the whole printout to it.
        """
        scale = points / 11  # a larger type's characters are as much wider and taller
        pixels = sum(column_pixels(self._widths[col]) for col in range(columns))
        widths = bold_widths() if any(STYLES[style].get("bold") for style in styles) \
            else regular_widths()
        row = self.row
        self.set_height(row, row_height(_lines(text, pixels, widths, scale), scale))
        self.ws.merge_range(row, 0, row, columns - 1, "", self.book.format(*styles, "wrap"))
        self.cell(row, 0, text, *styles, "wrap")  # typed and quoted as every text
        self.row += 1
        return row

    def widths_known(self, widths: dict[int, float]) -> None:
        """Widths that will be set later, for the header's height now."""
        self._widths.update(widths)

    def widths(self, widths: Sequence[float], first: int = 0) -> None:
        for offset, width in enumerate(widths):
            self.ws.set_column(first + offset, first + offset, width)
            self._widths[first + offset] = width

    def print_setup(self, title_rows: int | None = 1, landscape: bool = True,
                    pages_wide: int = 1, table: bool = False) -> None:
        """A4, fit to ``pages_wide`` pages across, the header rows on every page, page numbers.

        A ``table`` of rows prints its gridlines (rows of wrapped text stay apart on
        paper) on narrow side margins, for more of the page's width.
        """
        ws = self.ws
        if landscape:
            ws.set_landscape()
        else:
            ws.set_portrait()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(pages_wide, 0)
        if title_rows:
            ws.repeat_rows(0, title_rows - 1)
        if table:
            ws.hide_gridlines(0)  # shown on the screen and on paper
            ws.set_margins(left=NARROW_MARGIN, right=NARROW_MARGIN)
        ws.set_footer("&C" + translate("&A — page &P of &N"))
        if self.book.page_header:
            ws.set_header("&C" + _header_field(self.book.page_header))

    def freeze(self, row: int, col: int = 0) -> None:
        self.ws.freeze_panes(row, col)

    def autofilter(self, first_row: int, last_row: int, columns: int) -> None:
        if columns:
            self.ws.autofilter(first_row, 0, max(last_row, first_row), columns - 1)


HEADER_LIMIT = 255
"""Characters Excel allows in a page header, its codes included (XlsxWriter drops a longer
one)."""


def _header_field(text: str) -> str:
    """``text`` as a page header's field: "&" doubled (else a code), cut to Excel's limit."""
    room = HEADER_LIMIT - len("&C")
    text = clean_text(text)
    if len(text) + text.count("&") <= room:
        return text.replace("&", "&&")
    return text[: room - 1 - text.count("&")].replace("&", "&&") + "…"


def _word_width(text: str) -> float:
    """Width a bold header's longest word needs (bold letters are about a tenth wider)."""
    longest = max((len(word) for word in str(text).split()), default=0)
    return float(math.ceil(longest * 1.1) + 1) if longest else 0.0


def smaller_type(text: str, width: float) -> tuple[int, float]:
    """(type size, row height in points) of the largest type, 10 points down to
    :data:`SMALLEST_TYPE`, in which ``text`` wrapped in a column ``width`` characters wide
    fits Excel's tallest row; the smallest type and its (too tall) height when none does.
    A smaller type holds more characters a line, in lower lines."""
    height = MAX_ROW_HEIGHT
    pixels = column_pixels(width)
    for size in range(10, SMALLEST_TYPE - 1, -1):
        scale = size / 11
        height = LINE_HEIGHT * scale * _lines(text, pixels, scale=scale)
        if height <= MAX_ROW_HEIGHT:
            return size, height
    return SMALLEST_TYPE, height


def fits_row(text: str, width: float) -> bool:
    """Does ``text`` wrapped in a column ``width`` characters wide fit the tallest row in
    the workbook's 11-point type?"""
    return _lines(text, column_pixels(width)) <= MAX_LINES


def row_height(lines: int, scale: float = 1.0) -> float:
    """Points for ``lines`` lines of ``scale`` times 11-point text, at most the tallest
    row Excel has (it cannot show a taller one)."""
    return min(LINE_HEIGHT * scale * lines, MAX_ROW_HEIGHT)


DIGIT_PIXELS = 7
"""Pixels of Calibri 11's digit "0": Excel's unit of a column's width."""
COLUMN_PADDING = 5
"""Pixels Excel adds to a column's width in digits."""
CELL_PADDING = 7
"""Pixels of a column's width that its cell's margins keep from the text (what Excel's
own autofit adds to a text's width, XlsxWriter's ``cell_autofit_width``)."""
UNKNOWN_PIXELS = 15
"""Pixels counted for a letter the width table lacks (a Chinese one, an emoji): a full
em of Calibri 11, as wide as a letter gets."""
WIDTHS_FILE = "calibri_widths.csv"
"""Excel's pixel widths of Calibri 11's letters, regular and bold (generated by
``scripts/make_calibri_widths.py``)."""


WORDS_KEPT = 100_000
"""Words whose widths are kept: a report's names, roles and places repeat, and a word
looked up is three times faster than one measured (a million rows stay flat in memory)."""


class CharWidths(dict[str, int]):
    """Pixel widths of letters; one the table lacks counts :data:`UNKNOWN_PIXELS`."""

    def __init__(self, widths: Iterable[tuple[str, int]]):
        super().__init__(widths)
        self.words: dict[str, int] = {}
        """Widths of the words measured lately (:meth:`word`)."""

    def __missing__(self, char: str) -> int:
        return UNKNOWN_PIXELS

    def word(self, word: str) -> int:
        """Pixels of ``word``, kept for the next time."""
        if len(self.words) >= WORDS_KEPT:
            self.words.clear()
        size = self.words[word] = sum(map(self.__getitem__, word))
        return size


@cache
def _width_tables() -> tuple[CharWidths, CharWidths]:
    rows = read_csv(WIDTHS_FILE)
    letters = [chr(int(row["code"].removeprefix("U+"), 16)) for row in rows]
    return (CharWidths(zip(letters, (int(row["regular"]) for row in rows), strict=True)),
            CharWidths(zip(letters, (int(row["bold"]) for row in rows), strict=True)))


def regular_widths() -> CharWidths:
    """Calibri 11's letters as Excel measures them: a wrapped line holds as many as its
    pixels do. Counting every letter as wide as a "0" (the column's unit) missed both
    ways: narrow letters wrap later, wide ones ("ш", "Ж", "W") sooner."""
    return _width_tables()[0]


def bold_widths() -> CharWidths:
    """Calibri 11 bold's letters (the header's)."""
    return _width_tables()[1]


@cache
def widest_letter() -> int:
    """Pixels of the widest letter, known or not."""
    return max(UNKNOWN_PIXELS, *regular_widths().values())


def column_pixels(width: float) -> int:
    """Pixels of a column ``width`` digits wide, as Excel and XlsxWriter size it."""
    return int(width * DIGIT_PIXELS + 0.5) + COLUMN_PADDING


def _room(pixels: int, scale: float = 1.0) -> int:
    """Pixels of 11-point text one line of a column ``pixels`` wide holds in ``scale``
    times 11-point type."""
    return max(int((pixels - CELL_PADDING) / scale), 1)


def _lines(text: str, pixels: int, widths: CharWidths | None = None,
           scale: float = 1.0) -> int:
    """How many lines ``text`` wraps to in a column ``pixels`` wide, in ``scale`` times
    the 11-point type of ``widths`` (regular by default)."""
    return _wrapped_lines(str(text), _room(pixels, scale), widths or regular_widths())


LONGEST_WHOLE_WORD = 16
"""Letters of the longest word a printed column is widened to hold whole ("Калининградская",
"азербайджанцев"); a longer one breaks."""
NARROWEST_GIVER = 18
"""Characters: a column gives room to a narrower one's long words down to this width."""
WORD_PADDING = 2
"""Characters of a column's width its cell's margins take from a word's letters (counted
as wide as a "0": a column is widened generously)."""


def _longest_piece(values: Iterable[Any]) -> int:
    """Letters of the longest piece a line may hold of these texts: a word, or a part of
    a hyphenated one up to its hyphen."""
    return max((len(piece) for value in values if isinstance(value, str)
                for word in value.split() for piece in _after_hyphens(word)), default=0)


def _wrapped_lines(text: str, room: int, widths: CharWidths) -> int:
    return sum(_paragraph_lines(part, room, widths) for part in text.split("\n"))


def _paragraph_lines(text: str, room: int, widths: CharWidths) -> int:
    """Lines of one paragraph wrapped in ``room`` pixels between words and after hyphens,
    as Excel and LibreOffice wrap it: counting letters alone gave 'конгресс; Общество
    "Азери"' a line too few, printed under its row. (textwrap counts alike, slower.)"""
    known, space = widths.words.get, widths[" "]
    lines, used = 1, 0
    for word in text.split():
        size = known(word)
        if size is None:
            size = widths.word(word)
        if used and used + space + size <= room:  # on the same line, after a space
            used += space + size
        elif "-" in word:  # a line may end after a hyphen ("национально-|культурный")
            lines, used = _place(_after_hyphens(word), room, lines, used, widths)
        elif size <= room:  # on a line of its own
            lines += used > 0
            used = size
        else:
            lines, used = _place((word,), room, lines, used, widths)
    return lines


def _place(pieces: Sequence[str], room: int, lines: int, used: int,
           widths: CharWidths) -> tuple[int, int]:
    """(lines, pixels used on the last) after the pieces of one word, joined without a
    space; a piece wider than a line breaks between letters, as Excel breaks it."""
    width = widths.__getitem__
    for index, piece in enumerate(pieces):
        gap = 0 if index else widths[" "]
        size = sum(map(width, piece))
        if used and used + gap + size <= room:
            used += gap + size
            continue
        if used:
            lines += 1
        used = 0
        for letter in map(width, piece):
            if used and used + letter > room:
                lines += 1
                used = 0
            used += letter
    return lines, used


def _after_hyphens(word: str) -> list[str]:
    """"национально-культурный" as "национально-", "культурный"."""
    parts = word.split("-")
    return [piece for piece in (*(part + "-" for part in parts[:-1]), parts[-1]) if piece]


def _is_number(value: Any) -> bool:
    """Decimal and numpy numbers: anything float() takes that is not text."""
    if isinstance(value, str | bytes):
        return False
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return True


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
    return max((len(line) for line in str(value).splitlines()), default=0)


def estimate_widths(
    headers: Sequence[str], rows: Iterable[Sequence[Any]], minimum: int = 6, maximum: int = 60
) -> list[float]:
    """Column widths that fit the header and the sample rows, capped so long text wraps off."""
    widths = [min(max(len(h) + 3, minimum), 30) for h in headers]  # room for the filter button
    for row in rows:
        for index, value in enumerate(row[: len(widths)]):
            widths[index] = max(widths[index], display_width(value) + 2)
    return [float(min(w, maximum)) for w in widths]


class TableWriter:
    """One table (header and rows) streamed into a sheet: the events list and its kin.

    Widths are fitted to the first ``sample`` rows (set when the table closes, which
    XlsxWriter allows); each row goes straight to XlsxWriter's typed writers with
    formats worked out once per column, so a million rows stay fast and flat in memory.
    With ``name`` the range gets a workbook-level name (for pivots and lookups).

    Text in a ``wrap`` column (one of fixed width) wraps in a row made tall enough as it
    is written: neither Excel nor LibreOffice grows a row a program wrote, and a cut
    text prints cut. ``details`` are columns grouped and collapsed, left off the paper;
    the printed columns fit ``pages_wide`` pages across (by default as many as keep the
    text legible, see :data:`PRINT_PAGE_WIDTH`). The first ``sample`` rows wait until the
    table knows their words: a narrow wrapping column is widened to hold its longest
    word whole, the wide ones giving the room, except the ``kept`` ones (a width other
    code counts on).
    """

    def __init__(
        self,
        sheet: Sheet,
        headers: Sequence[str],
        formats: dict[int, str] | None = None,
        sample: int = 200,
        max_width: int = 60,
        widths: dict[int, float] | None = None,
        name: str | None = None,
        pages_wide: int | None = None,
        wrap: Collection[int] = (),
        details: Collection[int] = (),
        kept: Collection[int] = (),
    ):
        self.sheet = sheet
        self.headers = [translate(h) for h in headers]
        self.sample = sample
        self.max_width = max_width
        self.fixed_widths = widths = widths or {}
        self.name = name
        self.pages_wide = pages_wide
        self.details = frozenset(details)
        self._sampled: list[Sequence[Any]] = []
        book = sheet.book
        self._formats = formats = formats or {}
        columns = range(len(self.headers))
        # the pixels a line of each wrapping column holds (0: the column does not wrap)
        self._limits = [_room(column_pixels(widths[i])) if i in wrap else 0 for i in columns]
        # a collapsed column does not print: its lines leave the printed row's height alone
        self._printed = [i not in self.details for i in columns]
        # Numbers and dates stand off the text printed to their right ("1250Проверено")
        self._number = [book.format("padded", num_format=formats.get(i)) for i in columns]
        self._date = [book.format("padded",
                                  num_format=local_date_format(formats.get(i) or DATE_FORMAT))
                      for i in columns]
        self._datetime = [
            book.format("padded",
                        num_format=local_date_format(formats.get(i) or DATETIME_FORMAT))
            for i in columns
        ]
        self._quoted = book.format(quote=True)
        self.rows = 0
        self.overflowing = 0
        """Printed cells whose text is too long for the tallest row even in the smallest
        type (cut on paper, whole in the file)."""
        self._kept = frozenset(kept)
        self._started = False

    def _start(self) -> None:
        """Settle the wrapping columns' widths on the sampled rows, then write the header
        (a written row is final, its height too: the header's comes from the fixed widths,
        the only ones known yet; fitted columns fit their header)."""
        self._started = True
        self._fit_words()
        self.sheet.widths_known(self.fixed_widths)
        self.sheet.header(self.headers)

    def _fit_words(self) -> None:
        """Widen a narrow wrapping column to the longest word of its sampled rows, taking
        the room from the widest ones that have it to spare: wrapping breaks a word longer
        than its line in the middle ("Калининградск/ая"), while a wide column only wraps
        its many words a little sooner. The printed width, and so the size the page
        prints at, stays the same. A word longer than :data:`LONGEST_WHOLE_WORD` breaks."""
        widths = self.fixed_widths
        columns = [i for i, limit in enumerate(self._limits) if limit and self._printed[i]]
        needed = {i: min(_longest_piece(values[i] for values in self._sampled
                                        if i < len(values)) + WORD_PADDING,
                         LONGEST_WHOLE_WORD + WORD_PADDING)
                  for i in columns}
        spare = {i: widths[i] - max(needed[i], NARROWEST_GIVER) for i in columns
                 if i not in self._kept and widths[i] > max(needed[i], NARROWEST_GIVER)}
        for i in columns:
            for giver in sorted(spare, key=lambda j: -spare[j]):
                short = needed[i] - widths[i]
                if short <= 0:
                    break
                given = min(short, spare[giver])
                if given <= 0 or giver == i:
                    continue
                widths[i] += given
                widths[giver] -= given
                spare[giver] -= given
        self._limits = [_room(column_pixels(widths[i])) if limit else 0
                        for i, limit in enumerate(self._limits)]

    def append(self, values: Sequence[Any]) -> None:
        self.extend([values])

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        if not self._started:  # the first rows wait until the widths are settled on them
            rows = list(rows)
            room = self.sample - len(self._sampled)
            self._sampled.extend(rows[:room])
            if len(self._sampled) < self.sample:
                return
            self._start()
            self._write(self._sampled)
            rows = rows[room:]
        self._write(rows)

    def _write(self, rows: Iterable[Sequence[Any]]) -> None:
        ws, cell = self.sheet.ws, self.sheet.cell
        write_string, write_number = ws.write_string, ws.write_number
        write_datetime = ws.write_datetime
        number, date, datetime, quoted = self._number, self._date, self._datetime, self._quoted
        limits, printed = self._limits, self._printed
        # a text of at most as many letters as the widest fill the line stays on one line
        sure = [limit // widest_letter() for limit in limits]
        letters = regular_widths()
        wrapped, wrapped_quoted = self.sheet.book.format("wrap"), self.sheet.book.format(
            "wrap", quote=True)
        for values in rows:
            self.rows += 1
            row = self.sheet.row
            self.sheet.row += 1
            tallest, shrunk = 1, 0.0
            for col, v in enumerate(values):
                if v is None:
                    continue
                kind = type(v)
                if kind is str:
                    lines = 1
                    if not v.isprintable() or len(v) > 16_383:
                        v = clean_text(v)
                        lines = v.count("\n") + 1
                    if not v:
                        continue
                    if len(v) > sure[col] and limits[col]:  # maybe wider than its column
                        lines = _wrapped_lines(v, limits[col], letters)
                    if lines > MAX_LINES and printed[col] and limits[col]:
                        # taller than a row can be: the whole text in a smaller type
                        size, points = smaller_type(v, self.fixed_widths[col])
                        if points > MAX_ROW_HEIGHT:
                            self.overflowing += 1
                        shrunk = max(shrunk, min(points, MAX_ROW_HEIGHT))
                        write_string(row, col, v, self.sheet.book.format(
                            "wrap", quote=v[0] in RISKY_FIRST, font_size=size))
                    elif lines > 1:  # wrapped, in a row tall enough (no program's row grows)
                        if lines > tallest and printed[col]:
                            tallest = lines
                        write_string(row, col, v, wrapped_quoted if v[0] in RISKY_FIRST
                                     else wrapped)
                    elif v[0] in RISKY_FIRST or v in ERROR_CODES:
                        write_string(row, col, v, quoted)
                    else:
                        write_string(row, col, v)
                elif kind is int:
                    write_number(row, col, v, number[col])
                elif kind is dt.date and v.year >= 1900:
                    write_datetime(row, col, v, date[col])
                elif kind is dt.datetime and v.year >= 1900:
                    write_datetime(row, col, v, datetime[col])
                else:  # a day known to its month or year, a date before 1900, a float...
                    cell(row, col, v, "padded", num_format=self._formats.get(col))
            if tallest > 1 or shrunk:
                ws.set_row(row, max(row_height(tallest), shrunk))

    def close(self) -> int:
        """Widths, frozen header, filter and print set-up; returns the number of data rows."""
        if not self._started:
            self._start()
            self._write(self._sampled)
        sheet = self.sheet
        widths = estimate_widths(self.headers, self._sampled, maximum=self.max_width)
        for index, width in self.fixed_widths.items():
            widths[index] = width
        self._columns(widths)
        sheet.freeze(1)
        # Many columns squeezed onto one page print unreadably small: one page per
        # PRINT_PAGE_WIDTH characters of printed width, every column and the header on each.
        printed = sum(w for i, w in enumerate(widths) if i not in self.details)
        sheet.print_setup(pages_wide=self.pages_wide
                          or max(1, math.ceil(printed / PRINT_PAGE_WIDTH)), table=True)
        first = sheet.row - self.rows - 1
        sheet.autofilter(first, first + max(self.rows, 0), len(self.headers))
        if self.name and self.headers:
            last = xlsxwriter.utility.xl_rowcol_to_cell(
                first + max(self.rows, 1), len(self.headers) - 1, row_abs=True, col_abs=True)
            quoted = sheet.title.replace("'", "''")
            sheet.book.wb.define_name(self.name, f"='{quoted}'!$A${first + 1}:{last}")
        return self.rows

    def _columns(self, widths: list[float]) -> None:
        """Each column's width and the groups of details; the column after a collapsed
        group carries its "+" (XlsxWriter's outline options)."""
        ws, details = self.sheet.ws, self.details
        for col, width in enumerate(widths):
            options = dict(DETAIL) if col in details else {}
            if col - 1 in details and col not in details:
                options["collapsed"] = True
            ws.set_column(col, col, width, None, options)
        if len(widths) - 1 in details:
            ws.set_column(len(widths), len(widths), None, None, {"collapsed": True})
