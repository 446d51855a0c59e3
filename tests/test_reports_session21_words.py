"""Printed columns hold their words whole (session 21): a Russian report printed
"Калининградск/ая область" and "азербайджан/цев" broken in the middle, in every row, in
the narrow Region and Occasion columns; the wider Title and Organizers columns had room
to spare. Real data sets, real .xlsx files read back."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from db.engine import Database
from db.event_store import EventInput, EventStore, OrganizerInput, SpeakerInput
from desktop.reports import ReportOptions, export_workbook
from desktop.reports.cells import PRINT_PAGE_WIDTH

LONGEST_WHOLE = 16
"""Letters of a word a printed column must hold whole (longer ones may break)."""
LINE_POINTS = 15.0
EXCEL_PADDING = 0.7109375
"""What a width gains in the file: Excel's (and XlsxWriter's) padding of 5 pixels."""


def _save_events(database: Database, count: int) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session)
        for index in range(count):
            store.save(EventInput(
                title=f"Вечер памяти жертв геноцида азербайджанцев {index}",
                start_date=dt.date(2025, 3, 1) + dt.timedelta(days=index),
                country="Russia", region="Kaliningrad Oblast", city="Kaliningrad",
                occasion="Day of the Genocide of Azerbaijanis",
                organizers=[OrganizerInput("Калининградская региональная общественная "
                                           "организация азербайджанцев")],
                speakers=[SpeakerInput("Гюльнара Керимова", "председатель")],
            ))


def _printed_columns(sheet: Worksheet) -> dict[int, float]:
    """Width of every column that prints (collapsed detail columns do not)."""
    widths = {}
    for dimension in sheet.column_dimensions.values():  # one per run of like columns
        if not dimension.hidden:
            for column in range(dimension.min, dimension.max + 1):
                widths[column] = float(dimension.width) - EXCEL_PADDING
    return {column: width for column, width in widths.items() if column <= sheet.max_column}


def _words(text: object) -> list[str]:
    """The pieces a line may end after: words, and the parts of hyphenated ones."""
    return [piece for word in str(text).split() for piece in re.split(r"(?<=-)", word) if piece]


def _lines(text: str, width: float) -> int:
    per_line = int(width) - 2
    return sum(len(textwrap.wrap(part, per_line, break_on_hyphens=True)) or 1
               for part in text.split("\n"))


@pytest.fixture
def events_sheet(database: Database, tmp_path: Path) -> Worksheet:
    _save_events(database, 5)
    path = tmp_path / "report.xlsx"
    export_workbook(database, path, ReportOptions(sheets=("events",), language="ru"))
    return load_workbook(path)["Мероприятия"]


def test_every_printed_word_fits_its_column(events_sheet: Worksheet) -> None:
    widths = _printed_columns(events_sheet)
    broken = {
        (events_sheet.cell(1, column).value, word)
        for row in range(2, events_sheet.max_row + 1)
        for column, width in widths.items()
        for word in _words(events_sheet.cell(row, column).value or "")
        if LONGEST_WHOLE >= len(word) > width - 2
    }
    assert broken == set()


def test_the_printed_page_keeps_its_width_and_rows_their_lines(
    events_sheet: Worksheet,
) -> None:
    """Widened columns take their room from wide ones: the page prints at the same size,
    and every row is still tall enough for its wrapped text at the new widths."""
    widths = _printed_columns(events_sheet)
    assert sum(widths.values()) <= PRINT_PAGE_WIDTH
    for row in range(2, events_sheet.max_row + 1):
        height = events_sheet.row_dimensions[row].height or LINE_POINTS
        for column, width in widths.items():
            value = events_sheet.cell(row, column).value
            if isinstance(value, str):
                assert _lines(value, width) * LINE_POINTS <= height, (row, value)
