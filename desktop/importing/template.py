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

from db.engine import Database
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
from desktop.reports.cells import HEADER_FILL, HEADER_FONT, clean_text, is_risky

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
    "Import the file with File > Import or: diaspora-events import FILE.xlsx",
]


def _literal(cell: Cell, value: str) -> None:
    """Write ``value`` so a leading '=' stays text (same rule as the reports)."""
    value = clean_text(value)
    cell.value = value
    if is_risky(value):
        cell.data_type = "s"
        cell.quotePrefix = True


def _lists(database: Database) -> dict[str, list[str]]:
    with database.sessions() as session:
        return {
            "country": list(session.scalars(select(Country.name).order_by(Country.name))),
            "region": list(session.scalars(select(Region.name).order_by(Region.name).distinct())),
            "event_type": list(session.scalars(select(EventType.name).order_by(EventType.name))),
            "occasion": list(session.scalars(select(Occasion.name).order_by(Occasion.name))),
            "organizers": list(session.scalars(
                select(Organization.name).order_by(Organization.name).distinct())),
            "program": list(session.scalars(
                select(ProgramItemType.name).order_by(ProgramItemType.name))),
            "date_precision": [p.value for p in DatePrecision],
            "place_precision": [p.value for p in PlacePrecision],
            "status": [s.value for s in EventStatus],
        }


def write_template(database: Database, out: Path) -> Path:
    """Write the blank events workbook to ``out`` and return its path."""
    out = Path(out).expanduser()
    wb = Workbook()
    events = wb.active
    assert isinstance(events, Worksheet)  # a new workbook's one sheet
    events.title = "Events"
    instructions = wb.create_sheet("Instructions")
    lists_ws = wb.create_sheet("Lists")
    lists_ws.sheet_state = "hidden"

    for number, line in enumerate(INSTRUCTIONS, start=1):
        instructions.cell(number, 1, line).alignment = Alignment(wrap_text=True)
    instructions["A1"].font = Font(bold=True, size=14)
    instructions.column_dimensions["A"].width = 110

    lists = _lists(database)
    ranges: dict[str, str] = {}
    for index, (name, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(index)
        lists_ws.cell(1, index, name)
        for row, value in enumerate(values, start=2):
            _literal(lists_ws.cell(row, index), value)
        last = max(len(values) + 1, 2)
        ranges[name] = f"{quote_sheetname('Lists')}!${letter}$2:${letter}${last}"

    for column, name in enumerate(TEMPLATE_FIELDS, start=1):
        cell = events.cell(1, column, FIELDS[name])
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        letter = get_column_letter(column)
        events.column_dimensions[letter].width = 14 if name in DATE_FIELDS else 24
        area = f"{letter}2:{letter}{ENTRY_ROWS + 1}"
        if name in DATE_FIELDS:
            rule = DataValidation(type="date", operator="between",
                                  formula1="DATE(1800,1,1)", formula2="DATE(2200,12,31)",
                                  allow_blank=True, showErrorMessage=True,
                                  errorTitle="A date", error="Type a date, e.g. 2025-02-26.")
            for row in range(2, ENTRY_ROWS + 2):
                events.cell(row, column).number_format = "yyyy-mm-dd"
        elif name in lists or name in ("country", "region"):
            rule = DataValidation(type="list", formula1=ranges[name], allow_blank=True)
            if name in STRICT_LISTS:
                rule.showErrorMessage = True
            else:
                rule.errorStyle = "warning" if name not in ("organizers", "program") else (
                    "information")
                rule.showErrorMessage = name not in ("organizers", "program")
                rule.error = "Not in the list: the import will look the name up anyway."
        else:
            continue
        events.add_data_validation(rule)
        rule.add(area)
    events.column_dimensions["A"].hidden = True
    events.freeze_panes = "B2"
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out
