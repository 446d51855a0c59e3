"""A reader's pass over the printed report (session 20): an event with a dozen speakers
prints whole or says where the rest are, and the places of an Azerbaijani report read
alike in the city and the region columns. Real data sets, real .xlsx files read back."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from db import tables
from db.engine import Database
from db.event_store import EventInput, EventStore, OrganizerInput, SpeakerInput
from db.localized import display_name, names_by_id
from db.models import City, DatePrecision, Event, EventStatus
from desktop.reports import ReportOptions, export_workbook
from tests.import_helpers import import_file

TALLEST_ROW = 409.0
"""Points: Excel's tallest row."""
CONGRESS = "Всероссийский азербайджанский конгресс"
SPEAKERS = [f"Çələbi Şükürov {i}" for i in range(1, 13)]


def _save_congress_evening(database: Database) -> None:
    with database.sessions.begin() as session:
        EventStore(session).save(EventInput(
            title="Вечер поэзии «Şəhriyar»", start_date=dt.date(2025, 4, 10),
            country="Russia", region="Moscow", event_type="concert",
            status=EventStatus.VERIFIED, organizers=[OrganizerInput(CONGRESS)],
            speakers=[SpeakerInput(name, "заместитель председателя", CONGRESS)
                      for name in SPEAKERS]))


def _column(sheet: Worksheet, header: str) -> int:
    return next(cell.column for cell in sheet[1] if cell.value == header)


def _printed_height(text: str, width: float, points: float) -> float:
    """Points the wrapped text needs in a column ``width`` characters wide, in ``points``-
    point type (a smaller type holds more characters a line, in lower lines)."""
    per_line = int(width * 11 / points) - 2
    lines = sum(len(textwrap.wrap(part, per_line, break_on_hyphens=True)) or 1
                for part in text.split("\n"))
    return lines * 15 * points / 11


def test_a_dozen_speakers_print_the_first_and_point_to_the_speakers_sheet(
    database: Database, tmp_path: Path
) -> None:
    """The twelve speakers and their organizations needed some 40 lines; the row stops at
    409 points (27 lines), and the page silently showed the first eight."""
    _save_congress_evening(database)
    path = tmp_path / "report.xlsx"
    export_workbook(database, path, ReportOptions(language="en",
                                                  sheets=("events", "speakers")))
    book = load_workbook(path)
    events, speakers = book["Events"], book["Speakers"]
    column = _column(events, "Speakers")
    cell = events.cell(2, column)
    text = str(cell.value)
    width = events.column_dimensions[cell.column_letter].width
    assert _printed_height(text, width, cell.font.sz or 11) <= TALLEST_ROW
    named = [name for name in SPEAKERS if name + " (" in text]
    assert 0 < len(named) < len(SPEAKERS)
    assert named == SPEAKERS[:len(named)]  # the first ones, in their order
    left = len(SPEAKERS) - len(named)
    assert f"{left} more" in text and "“Speakers”" in text, text
    listed = [row[_column(speakers, "Speaker") - 1].value
              for row in speakers.iter_rows(min_row=2)]
    assert listed == SPEAKERS


def test_without_the_speakers_sheet_the_whole_list_prints_in_smaller_type(
    database: Database, tmp_path: Path
) -> None:
    """No sheet to point to: the cell keeps every speaker (the file imports back whole)
    and its type is small enough for all of them to print in the tallest row."""
    _save_congress_evening(database)
    path = tmp_path / "events.xlsx"
    export_workbook(database, path, ReportOptions(language="ru", sheets=("events",)))
    sheet = load_workbook(path).worksheets[0]
    cell = sheet.cell(2, _column(sheet, "Выступающие"))
    text = str(cell.value)
    assert all(name in text for name in SPEAKERS)
    points = cell.font.sz or 11
    width = sheet.column_dimensions[cell.column_letter].width
    assert points < 11
    assert _printed_height(text, width, points) <= TALLEST_ROW
    assert (sheet.row_dimensions[2].height or 15) <= TALLEST_ROW


def _city_ids(database: Database, names: list[str]) -> dict[str, int]:
    city = tables.city
    with database.connect() as connection:
        return dict(connection.execute(
            city.select().with_only_columns(city.c.name, city.c.id)
            .where(city.c.name.in_(names))).all())


def test_a_city_named_as_its_region_reads_as_the_region_in_azerbaijani(
    database: Database, tmp_path: Path
) -> None:
    """The Azerbaijani report read "Saint Petersburg" in the City column and
    "Sankt-Peterburq" in the Region column of the same event."""
    with database.sessions.begin() as session:
        EventStore(session).save(EventInput(
            title="Novruz bayramı", start_date=dt.date(2025, 3, 20), country="Russia",
            region="Saint Petersburg", city="Saint Petersburg", event_type="concert",
            status=EventStatus.VERIFIED))
    path = tmp_path / "events.xlsx"
    export_workbook(database, path, ReportOptions(language="az", sheets=("events",)))
    sheet = load_workbook(path).worksheets[0]
    row = {cell.value: sheet.cell(2, cell.column).value for cell in sheet[1]}
    assert row["Region"] == "Sankt-Peterburq"
    assert row["Şəhər"] == row["Region"]


def test_cities_without_an_azerbaijani_name_are_spelt_from_their_region_or_russian_name(
    database: Database
) -> None:
    """A city of Russia with no Azerbaijani name read in English ("Yuzhno-Sakhalinsk"),
    beside regions written the Azerbaijani way ("Saxalin vilayəti"). A city named after
    its region takes the region's Azerbaijani name without its place word; another is
    spelt from its Russian name as Azerbaijani writes Russian names; a town abroad with
    no Azerbaijani name stays English."""
    expected = {"Saint Petersburg": "Sankt-Peterburq", "Krasnoyarsk": "Krasnoyarsk",
                "Novosibirsk": "Novosibirsk", "Yuzhno-Sakhalinsk": "Yujno-Saxalinsk",
                "Nizhny Novgorod": "Nijni Novqorod", "Yaroslavl": "Yaroslavl",
                "Oryol": "Oryol", "Guba": "Quba", "Khankendi": "Xankəndi",
                "Yevlakh": "Yevlax"}
    ids = _city_ids(database, list(expected))
    assert set(ids) == set(expected)
    with database.sessions() as session:
        shown = names_by_id(session, tables.city, ids.values(), "az")
        single = {name: display_name(session.get(City, city_id), "az")
                  for name, city_id in ids.items()}
        russian = names_by_id(session, tables.city, ids.values(), "ru")
    assert {name: shown[city_id] for name, city_id in ids.items()} == expected
    assert single == expected  # one rule for one record and for many
    assert russian[ids["Saint Petersburg"]] == "Санкт-Петербург"


def test_the_covers_period_reaches_the_end_of_a_month_known_only_to_the_month(
    database: Database, tmp_path: Path
) -> None:
    """The last event, known only to be in May 2025, made the cover's period end on
    01.05.2025 while "Last event" read 05.2025: the period left out most of its month."""
    with database.sessions.begin() as session:
        store = EventStore(session)
        store.save(EventInput(title="Вечер памяти", start_date=dt.date(2025, 2, 26),
                              country="Russia", region="Moscow", event_type="concert"))
        store.save(EventInput(title="Круглый стол", start_date=dt.date(2025, 5, 1),
                              date_precision=DatePrecision.MONTH, country="Russia",
                              region="Sakhalin Oblast", event_type="concert"))
    path = tmp_path / "cover.xlsx"
    export_workbook(database, path, ReportOptions(language="ru", sheets=("cover",)))
    sheet = load_workbook(path).worksheets[0]
    pairs = {row[0].value: row[1].value for row in sheet.iter_rows(min_row=2) if row[0].value}
    assert str(pairs["Период"]).startswith("26.02.2025 – 31.05.2025"), pairs["Период"]


def test_the_pointer_to_the_speakers_sheet_is_in_the_report_language(
    database: Database, tmp_path: Path
) -> None:
    """The pointer to the Speakers sheet is translated, with the sheet's own title."""
    _save_congress_evening(database)
    path = tmp_path / "report.xlsx"
    export_workbook(database, path, ReportOptions(language="ru",
                                                  sheets=("events", "speakers")))
    sheet = load_workbook(path)["Мероприятия"]
    text = str(sheet.cell(2, _column(sheet, "Выступающие")).value)
    assert "см. лист «Выступающие»" in text.splitlines()[-1], text


@pytest.mark.parametrize("language", ["en", "az"])
def test_a_report_whose_speakers_are_cut_on_paper_imports_every_speaker_back(
    database: Database, tmp_path: Path, new_database: Callable[[str], Database],
    language: str,
) -> None:
    """The printed cell names the first speakers only; the import reads the Speakers
    sheet, so another data set gets all twelve, in their order (a translated report's
    Speakers sheet was passed over: its header has no "Event UUID")."""
    _save_congress_evening(database)
    path = tmp_path / "report.xlsx"
    export_workbook(database, path, ReportOptions(language=language))
    other = new_database("other.sqlite")
    try:
        result = import_file(other, path)
        assert (result.inserted, result.errors) == (1, 0)
        with other.sessions() as session:
            event = session.scalars(select(Event)).one()
            assert [s.person.full_name for s in event.speakers] == SPEAKERS
            assert {s.organization.name for s in event.speakers} == {CONGRESS}
    finally:
        other.dispose()


def test_a_list_too_long_for_any_printed_row_is_whole_in_the_file_and_says_so(
    database: Database, tmp_path: Path
) -> None:
    """Forty speakers and no Speakers sheet: even the smallest type cannot print them in
    one row, so the page says so under the table instead of cutting them without a word,
    and the file keeps the whole list."""
    names = [f"Çələbi Şükürov {i}" for i in range(1, 41)]
    with database.sessions.begin() as session:
        EventStore(session).save(EventInput(
            title="Конгресс", start_date=dt.date(2025, 2, 26), country="Russia",
            region="Moscow", event_type="concert",
            speakers=[SpeakerInput(name, "заместитель председателя", CONGRESS)
                      for name in names]))
    path = tmp_path / "events.xlsx"
    export_workbook(database, path, ReportOptions(language="en", sheets=("events",)))
    sheet = load_workbook(path).worksheets[0]
    text = str(sheet.cell(2, _column(sheet, "Speakers")).value)
    assert all(f"{name} (" in text for name in names)
    notes = [cell.value for row in sheet.iter_rows(min_row=3) for cell in row
             if isinstance(cell.value, str)]
    assert len(notes) == 1 and "printed row" in notes[0], notes
