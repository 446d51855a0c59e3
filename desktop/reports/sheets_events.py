"""The streamed sheets: the events list and its child records (speakers, program).

All three are fed from the same pass over the events, batch by batch, so an
export reads the database once however many of them are chosen. The child
sheets carry the event UUID and title on every row so they re-link in a pivot.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from typing import Any

from desktop.reports.cells import DATE_FORMAT, DATETIME_FORMAT, INTEGER_FORMAT, known_to
from desktop.reports.headers import COMPUTED_HEADERS, ENGLISH_NAME_HEADERS
from desktop.reports.language import translate, translate_count
from desktop.reports.localize import value_text
from desktop.reports.rows import EventRecord
from desktop.reports.xlsx import Book, TableWriter, fits_row

Layout = tuple[str, str | None, float | None, bool]
"""(header, number format, fixed width or None to fit, printed) of a sheet's column.

A printed column has a fixed width and its text wraps; the others are details, in the
file but grouped and collapsed, so the printed ones fit one landscape page legibly
(the events list has 36 columns: all of them printed at a quarter of their size).
"""
Column = tuple[str, Callable[[EventRecord], Any], str | None, float | None, bool]
"""(header, value of a record, number format, fixed width or None to fit, printed)."""


def to_the_millisecond(stamp: dt.datetime | None) -> dt.datetime | None:
    """A record's stamp cut to the millisecond. Excel keeps a time as a fraction of a day, and
    readers round what lies between two milliseconds differently (python-calamine rounds
    .6095 up, openpyxl cuts it), so an imported file exported unlike itself; a whole
    millisecond reads the same in both, and the import allows 2 ms when it compares stamps."""
    if stamp is None:
        return None
    return stamp.replace(microsecond=stamp.microsecond // 1000 * 1000)


EVENT_COLUMNS: list[Column] = [
    ("Event UUID", lambda e: e.uuid, None, 38, False),
    ("Title", lambda e: e.title, None, 24, True),
    # a date known to the month or year shows as the events table shows it ("03.2025")
    # 12: a date (10) and the indent that keeps it off the next column's text
    ("Start date", lambda e: known_to(e.start_date, e.date_precision), DATE_FORMAT, 12, True),
    ("End date", lambda e: known_to(e.end_date, e.date_precision), DATE_FORMAT, 12, True),
    # printed: it says which dates are known only to the month or the year
    ("Date precision", lambda e: value_text(e.date_precision), None, 10, True),
    ("Event type", lambda e: e.event_type, None, None, False),  # the title mostly says it
    ("Occasion", lambda e: e.occasion, None, 13, True),
    ("Anniversary (reported)", lambda e: e.anniversary, None, 15, False),
    (COMPUTED_HEADERS[0], lambda e: e.computed_anniversary, None, 15, False),
    ("Country", lambda e: e.country, None, 12, True),
    ("Country code", lambda e: e.country_code, None, 9, False),
    ("Region", lambda e: e.region, None, 13, True),
    ("Region code", lambda e: e.region_code, None, 10, False),
    ("City", lambda e: e.city, None, 11, True),
    ("Venue", lambda e: e.venue, None, 13, True),
    ("Place as written", lambda e: e.place_as_written, None, None, False),
    ("Place precision", lambda e: value_text(e.place_precision), None, None, False),
    ("Organizers", lambda e: e.organizers_text(), None, 22, True),
    ("Speakers", lambda e: e.speakers_text(), None, 25, True),
    ("Program", lambda e: e.program_text(), None, None, False),
    ("Attendance", lambda e: e.attendance, INTEGER_FORMAT, 11, True),
    ("Description", lambda e: e.description, None, None, False),
    ("Status", lambda e: value_text(e.status), None, 10, True),
    ("Source publisher", lambda e: e.source_field("publisher"), None, None, False),
    ("Passed on by", lambda e: e.source_field("passed_on_by"), None, None, False),
    ("Published", lambda e: e.published_on(), DATE_FORMAT, 12, False),
    ("Source URL", lambda e: e.source_field("url"), None, None, False),
    ("Created (UTC)", lambda e: to_the_millisecond(e.created_at), DATETIME_FORMAT, 18, False),
    ("Created by", lambda e: e.created_by, None, None, False),
    ("Updated (UTC)", lambda e: to_the_millisecond(e.updated_at), DATETIME_FORMAT, 18, False),
    ("Updated by", lambda e: e.updated_by, None, None, False),
]
"""The printed ones say what, when, where, who and how many on one landscape page."""


def _english(key: str) -> Callable[[EventRecord], Any]:
    return lambda event: event.english.get(key)


ENGLISH_COLUMNS: list[Column] = [
    (header, _english(key), None, None, False)
    for header, key in zip(
        ENGLISH_NAME_HEADERS, ("event_type", "occasion", "country", "region", "city"),
        strict=True,
    )
]
"""After the columns of a report in another language, for international readers."""

EVENT_CONTEXT: list[Column] = [
    ("Event UUID", lambda e: e.uuid, None, 38, False),
    ("Event title", lambda e: e.title, None, 30, True),
    ("Start date", lambda e: known_to(e.start_date, e.date_precision), DATE_FORMAT, 12, True),
    ("Country", lambda e: e.country, None, 12, True),
    ("Region", lambda e: e.region, None, 14, True),
]
"""The parent columns repeated on every child row."""


def _writer(
    book: Book, title: str, columns: list[Column], extra: list[Layout], name: str,
    pages_wide: int | None = None, kept: Collection[str] = (),
) -> TableWriter:
    layout = [(c[0], c[2], c[3], c[4]) for c in columns] + extra
    return TableWriter(
        book.sheet(title),
        [header for header, _, _, _ in layout],
        formats={i: c[1] for i, c in enumerate(layout) if c[1]},
        widths={i: c[2] for i, c in enumerate(layout) if c[2]},
        name=name,
        pages_wide=pages_wide,
        wrap=[i for i, c in enumerate(layout) if c[3]],
        details=[i for i, c in enumerate(layout) if not c[3]],
        kept=[i for i, c in enumerate(layout) if c[0] in kept],
    )


SPEAKERS_COLUMN = next(column for column in EVENT_COLUMNS if column[0] == "Speakers")
SPEAKERS_WIDTH = SPEAKERS_COLUMN[3] or 0.0


def speakers_in_row(record: EventRecord, sheet: str) -> str:
    """The event's speakers as its printed row can hold them: all, or the first ones and
    how many more the ``sheet`` (the report's Speakers sheet) lists.

    A dozen speakers with their organizations need more lines than Excel's tallest row,
    and the page showed the first eight without a word of the rest. An import of the
    report reads the speakers from that sheet, not from this cell.
    """
    text = record.speakers_text()
    if fits_row(text, SPEAKERS_WIDTH):
        return text
    labels = [speaker.label() for speaker in record.speakers]
    cut = ""
    for shown in range(len(labels) - 1, -1, -1):
        rest = translate_count("… and {count} more: see the “{sheet}” sheet",
                               "… and {count} more: see the “{sheet}” sheet",
                               len(labels) - shown, sheet=sheet)
        cut = "; ".join(labels[:shown]) + "\n" + rest if shown else rest
        if fits_row(cut, SPEAKERS_WIDTH):
            break
    return cut


def _cut_speakers(sheet: str) -> Column:
    """The Speakers column as :func:`speakers_in_row` fills it."""
    header, _, number_format, width, printed = SPEAKERS_COLUMN
    return (header, lambda e: speakers_in_row(e, sheet), number_format, width, printed)


class EventsSheet:
    """One row per event, every field.

    With ``speakers_sheet`` (the title of the report's Speakers sheet) an event's speakers
    that a printed row cannot hold are cut with a word of where the rest are; without it
    the cell keeps them all, in a smaller type.
    """

    def __init__(self, book: Book, title: str, english: bool = False,
                 speakers_sheet: str | None = None):
        columns = EVENT_COLUMNS + (ENGLISH_COLUMNS if english else [])
        if speakers_sheet is not None:
            columns = [_cut_speakers(speakers_sheet) if column is SPEAKERS_COLUMN else column
                       for column in columns]
        # the speakers a row holds are counted at the column's own width
        self.table = _writer(book, title, columns, [], "EventsList",
                             kept=[SPEAKERS_COLUMN[0]])
        self._values = [column[1] for column in columns]

    def add(self, records: list[EventRecord]) -> None:
        values = self._values
        self.table.extend([[value(record) for value in values] for record in records])

    def close(self) -> int:
        rows = closed_table(self.table,
                            "No event matches the period and filters of this report.")
        if self.table.overflowing:
            note_under(self.table, "Some cells hold more text than a printed row can show: "
                                   "the file keeps it whole.")
        return rows


class SpeakersSheet:
    """One row per speaker appearance, keyed by the event UUID."""

    def __init__(self, book: Book, title: str):
        self.table = _writer(
            book, title, EVENT_CONTEXT,
            [("No.", None, 5, True), ("Speaker", None, 24, True), ("Role", None, 20, True),
             ("Speaker's organization", None, 30, True)],
            "SpeakerRows", pages_wide=1,  # a speaker and the event on one page width
        )

    def add(self, records: list[EventRecord]) -> None:
        rows: list[list[Any]] = []
        for record in records:
            if record.speakers:
                context = [column[1](record) for column in EVENT_CONTEXT]
                rows.extend([*context, number, speaker.name, speaker.role, speaker.organization]
                            for number, speaker in enumerate(record.speakers, start=1))
        self.table.extend(rows)

    def close(self) -> int:
        return closed_table(self.table, "No speaker is recorded for the events of this report.")


class ProgramSheet:
    """One row per program item, in running order, keyed by the event UUID."""

    def __init__(self, book: Book, title: str):
        self.table = _writer(
            book, title, EVENT_CONTEXT,
            [("No.", None, 5, True), ("Program item", None, 22, True),
             ("Code", None, None, False), ("Note", None, 40, True)],
            "ProgramItems", pages_wide=1)

    def add(self, records: list[EventRecord]) -> None:
        rows: list[list[Any]] = []
        for record in records:
            if record.program:
                context = [column[1](record) for column in EVENT_CONTEXT]
                rows.extend([*context, number, item.item_type, item.code, item.note]
                            for number, item in enumerate(record.program, start=1))
        self.table.extend(rows)

    def close(self) -> int:
        return closed_table(
            self.table, "No program item is recorded for the events of this report.")


class OrganizersSheet:
    """One row per organizer of an event: event UUID to organization UUID, with the role.

    Names can repeat or hold a ";": the UUIDs keep each body apart through a round trip.
    """

    def __init__(self, book: Book, title: str):
        self.table = _writer(
            book, title, EVENT_CONTEXT[:2],
            [("No.", None, 5, True), ("Organization UUID", None, 38, False),
             ("Organization", None, 40, True), ("Role", None, 16, True)],
            "OrganizerRows", pages_wide=1)

    def add(self, records: list[EventRecord]) -> None:
        rows: list[list[Any]] = []
        for record in records:
            if record.organizers:
                context = [record.uuid, record.title]
                rows.extend([*context, number, o.uuid, o.name, value_text(o.role)]
                            for number, o in enumerate(record.organizers, start=1))
        self.table.extend(rows)

    def close(self) -> int:
        return closed_table(self.table, "No organizer is recorded for the events of this report.")


def closed_table(table: TableWriter, empty: str) -> int:
    """Close ``table``; when it has no rows, say why under it (a printed page of a header
    alone reads as an export that failed), in its first printed column, below the row its
    named range keeps for data."""
    rows = table.close()
    if not rows:
        note_under(table, empty)
    return rows


def note_under(table: TableWriter, note: str) -> None:
    """``note`` (English) in the report's language under a closed table, in its first
    printed column, past the row its named range keeps for data."""
    sheet = table.sheet
    column = min(set(range(len(table.headers))) - table.details, default=0)
    sheet.skip()
    sheet.cell(sheet.row, column, translate(note), "note")
    sheet.skip()
