"""A committee reader's pass over reports of a period with nothing in it, read back from
real .xlsx files: every printed page must say something, not a bare header that reads
as an export that failed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from db.engine import Database
from db.queries import EventFilter
from desktop.reports import ReportOptions, export_workbook

EMPTY_QUARTER = EventFilter(date_from=dt.date(2030, 1, 1), date_to=dt.date(2030, 3, 31))


def _export_empty(database: Database, path: Path, sheet: str) -> Worksheet:
    export_workbook(database, path, ReportOptions(
        event_filter=EMPTY_QUARTER, language="en", sheets=("cover", sheet)))
    return load_workbook(path).worksheets[1]


def _printed_notes(sheet: Worksheet) -> list[str]:
    """Texts under the header row in columns that print (collapsed ones do not)."""
    hidden = set()
    for dimension in sheet.column_dimensions.values():
        if dimension.hidden:
            hidden.update(range(dimension.min or 0, (dimension.max or 0) + 1))
    return [cell.value for row in sheet.iter_rows(min_row=2) for cell in row
            if isinstance(cell.value, str) and cell.value.strip() and cell.column not in hidden]


@pytest.mark.parametrize("sheet", ["events", "organizations"])
def test_an_empty_list_sheet_says_why_on_its_page(
    sample_database: Database, tmp_path: Path, sheet: str
) -> None:
    """A quarter with no events printed the Events and Organizations pages as a header
    over nothing (the Speakers and Program pages already said why)."""
    page = _export_empty(sample_database, tmp_path / f"{sheet}.xlsx", sheet)
    notes = _printed_notes(page)
    assert len(notes) == 1 and "report" in notes[0], notes


def test_a_collapsed_description_does_not_make_its_printed_row_tall(
    database: Database, tmp_path: Path
) -> None:
    """The description is collapsed (it does not print), yet its fifteen lines made the
    event's printed row fifteen lines tall: a page of blank space under one short line."""
    from db.event_store import EventInput, EventStore, OrganizerInput
    from db.models import EventStatus

    with database.sessions.begin() as session:
        EventStore(session).save(EventInput(
            title="Вечер поэзии", start_date=dt.date(2025, 4, 10), country="Russia",
            region="Moscow", event_type="concert", status=EventStatus.VERIFIED,
            organizers=[OrganizerInput("Ərəbəçilər Şəki İcması")],
            description="\n".join(f"Строка описания {i}" for i in range(15))))
    path = tmp_path / "events.xlsx"
    export_workbook(database, path, ReportOptions(language="ru", sheets=("events",)))
    sheet = load_workbook(path).worksheets[0]
    description = next(cell for cell in sheet[2] if str(cell.value).startswith("Строка"))
    assert sheet.column_dimensions[description.column_letter].hidden
    assert (sheet.row_dimensions[2].height or 15) <= 2 * 15  # the organizer's two lines


def test_twelve_speakers_get_a_row_as_tall_as_excel_allows(
    database: Database, tmp_path: Path
) -> None:
    """Twelve speakers with their organizations need more lines than a row holds: the row
    stopped at 300 points and the page showed seven of them; Excel allows 409."""
    from db.event_store import EventInput, EventStore, OrganizerInput, SpeakerInput
    from db.models import EventStatus

    congress = "Всероссийский азербайджанский конгресс"
    with database.sessions.begin() as session:
        EventStore(session).save(EventInput(
            title="Вечер поэзии «Şəhriyar»", start_date=dt.date(2025, 4, 10),
            country="Russia", region="Moscow", event_type="concert",
            status=EventStatus.VERIFIED, organizers=[OrganizerInput(congress)],
            speakers=[SpeakerInput(f"Çələbi Şükürov {i}", "выступающий", congress)
                      for i in range(12)]))
    path = tmp_path / "events.xlsx"
    export_workbook(database, path, ReportOptions(language="ru", sheets=("events",)))
    sheet = load_workbook(path).worksheets[0]
    # session 20: the list no longer fits in 11-point type; in a smaller one, within 409
    assert 300 <= (sheet.row_dimensions[2].height or 0) <= 409


def test_no_row_is_taller_than_excel_allows(database: Database, tmp_path: Path) -> None:
    """A title of many lines asked for a cover row of 763 points; Excel's rows stop at
    409 and a taller one is beyond what Excel writes itself."""
    path = tmp_path / "cover.xlsx"
    export_workbook(database, path, ReportOptions(
        language="ru", sheets=("cover",), title="Очень длинный заголовок отчёта " * 60))
    sheet = load_workbook(path).worksheets[0]
    assert max(d.height or 0 for d in sheet.row_dimensions.values()) <= 409


def test_the_empty_events_note_is_in_the_report_language(
    sample_database: Database, tmp_path: Path
) -> None:
    """Fails until the report catalogs carry the note (/work/notes/tr_reports19.json)."""
    path = tmp_path / "events.xlsx"
    export_workbook(sample_database, path, ReportOptions(
        event_filter=EMPTY_QUARTER, language="ru", sheets=("events",)))
    assert _printed_notes(load_workbook(path).worksheets[0]) == [
        "Ни одно мероприятие не соответствует периоду и фильтрам этого отчёта."]
