"""The blank entry workbook for offices that collect events in Excel.

Drop-down lists come from the current reference data and live on a hidden
"Lists" sheet: an inline list is limited to 255 characters, a range is not.
Names that offices write differently (aliases, other languages) are still
accepted: the region, type and occasion lists warn instead of refusing, and
the organizer, speaker and program cells take several values separated by ";".
The hidden "Event UUID" column makes a filled template importable twice
without duplicates once it has been re-exported.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute

from db.engine import Database
from db.localized import NamedModel, names_by_id
from db.models import (
    Country,
    DatePrecision,
    EventStatus,
    EventType,
    Occasion,
    Organization,
    PlacePrecision,
    ProgramItemType,
    Region,
)
from desktop.importing.mapping import FIELDS
from desktop.output_file import save_whole
from desktop.reports.cells import HEADER_FILL, HEADER_FONT, clean_text, is_risky
from desktop.reports.language import collation_key, current, translate, use_language

TEMPLATE_FIELDS = (
    "uuid", "title", "start_date", "end_date", "date_precision", "event_type", "occasion",
    "anniversary", "country", "region", "city", "venue", "place_as_written", "place_precision",
    "organizers", "speakers", "program", "attendance", "description", "status",
    "source_publisher", "source_passed_on_by", "source_published", "source_url",
)
ENTRY_ROWS = 1000
DATE_FIELDS = ("start_date", "end_date", "source_published")
STRICT_LISTS = ("date_precision", "place_precision", "status")

INSTRUCTIONS = [
    "How to fill in this workbook",
    "",
    "One row of the Events sheet is one event. Title and start date are required.",
    "Dates: type them as dates (2025-02-26 or 26.02.2025); the date cells accept only dates.",
    "If the report gives only a month or a year, put its first day and choose 'month' or "
    "'year' as the date precision; for 'between', the end date is the latest possible day.",
    "Country, region, event type and occasion: pick from the list, or type the name as the "
    "report writes it (in any language); the import recognises known spellings and says "
    "which names it does not know.",
    "Organizers: one or more names separated by ';'. Add the role in brackets when it is "
    "not the main organizer: 'Youth Union (co-organizer)'.",
    "Speakers: one per ';', written 'Name | role | organization' (role and organization "
    "may be empty).",
    "Program: the items in running order separated by ';', with an optional note in "
    "brackets: 'minute of silence; speech (opening address)'.",
    "Attendance: a number (approximate is fine).",
    "Do not change the header row or the hidden first column (Event UUID).",
    "Import the file with File > Import from Excel (Ctrl+I) or: diaspora-events import FILE.xlsx",
]
"""The Instructions sheet, line by line (English; each is a word of the reports' catalog)."""


def _literal(cell: Cell, value: str) -> None:
    """Write ``value`` so a leading '=' stays text (same rule as the reports)."""
    value = clean_text(value)
    cell.value = value
    if is_risky(value):
        cell.data_type = "s"
        cell.quotePrefix = True


def _lists(database: Database, language: str) -> dict[str, list[str]]:
    """The drop-down lists, named and sorted in ``language`` (the import reads these names
    back: a record's names in every language are its aliases)."""

    def names(model: NamedModel, ids: InstrumentedAttribute[int]) -> list[str]:
        found = names_by_id(session, model, session.scalars(select(ids)), language)
        return sorted(set(found.values()), key=collation_key)

    with database.sessions() as session:
        return {
            "country": names(Country, Country.id),
            "region": names(Region, Region.id),
            "event_type": names(EventType, EventType.id),
            "occasion": names(Occasion, Occasion.id),
            "organizers": sorted(set(session.scalars(select(Organization.name))),
                                 key=collation_key),
            "program": names(ProgramItemType, ProgramItemType.id),
            "date_precision": [translate(p.value) for p in DatePrecision],
            "place_precision": [translate(p.value) for p in PlacePrecision],
            "status": [translate(s.value) for s in EventStatus],
        }


def write_template(database: Database, out: Path, language: str = "en") -> Path:
    """Write the blank events workbook to ``out`` in ``language`` (headers, instructions,
    lists) and return its path; the import reads it in any language."""
    with use_language(language):
        book = _template(database)
    return save_whole(book.save, Path(out), "template.xlsx")


def _template(database: Database) -> Workbook:
    wb = Workbook()
    events = wb.active
    assert isinstance(events, Worksheet)  # a new workbook's one sheet
    events.title = translate("Events")
    instructions = wb.create_sheet(translate("Instructions"))
    lists_ws = wb.create_sheet("Lists")
    lists_ws.sheet_state = "hidden"

    for number, line in enumerate(INSTRUCTIONS, start=1):
        text = translate(line) if line else line
        instructions.cell(number, 1, text).alignment = Alignment(wrap_text=True)
    instructions["A1"].font = Font(bold=True, size=14)
    instructions.column_dimensions["A"].width = 110

    lists = _lists(database, current())
    date_format = "yyyy-mm-dd" if current() == "en" else "dd.mm.yyyy"  # as the offices write
    ranges: dict[str, str] = {}
    for index, (name, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(index)
        lists_ws.cell(1, index, name)
        for row, value in enumerate(values, start=2):
            _literal(lists_ws.cell(row, index), value)
        last = max(len(values) + 1, 2)
        ranges[name] = f"{quote_sheetname('Lists')}!${letter}$2:${letter}${last}"

    for column, name in enumerate(TEMPLATE_FIELDS, start=1):
        header = translate(FIELDS[name])
        cell = events.cell(1, column, header)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        letter = get_column_letter(column)
        fits = len(header) + 3  # a longer translation is not cut ("Дата окончания")
        events.column_dimensions[letter].width = max(14 if name in DATE_FIELDS else 24, fits)
        area = f"{letter}2:{letter}{ENTRY_ROWS + 1}"
        if name in DATE_FIELDS:
            rule = DataValidation(type="date", operator="between",
                                  formula1="DATE(1800,1,1)", formula2="DATE(2200,12,31)",
                                  allow_blank=True, showErrorMessage=True,
                                  errorTitle=translate("A date"),
                                  error=translate("Type a date, e.g. 2025-02-26."))
            for row in range(2, ENTRY_ROWS + 2):
                events.cell(row, column).number_format = date_format
        elif name in lists or name in ("country", "region"):
            rule = DataValidation(type="list", formula1=ranges[name], allow_blank=True)
            if name in STRICT_LISTS:
                rule.showErrorMessage = True
            else:
                rule.errorStyle = "warning" if name not in ("organizers", "program") else (
                    "information")
                rule.showErrorMessage = name not in ("organizers", "program")
                rule.error = translate(
                    "Not in the list: the import will look the name up anyway.")
        else:
            continue
        events.add_data_validation(rule)
        rule.add(area)
    events.column_dimensions["A"].hidden = True
    events.freeze_panes = "B2"
    return wb
