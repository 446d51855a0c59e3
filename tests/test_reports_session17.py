"""A clerk's year of events, exported in Russian and Azerbaijani and read back from real files.

The data set has several countries and regions, Cyrillic and Latin names, very long names,
events known only to the month or the year, events running across months, speakers with
roles, program items and attendance figures: every sheet has numbers beside text. Each test
reads the written .xlsx back with openpyxl, as the committee's reader gets it.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from db.engine import Database
from db.event_store import EventInput, EventStore, OrganizerInput, ProgramInput, SpeakerInput
from db.models import DatePrecision, EventStatus, Occasion
from db.queries import EventFilter
from desktop.reports import ALL_SHEETS, ReportOptions, export_workbook
from desktop.reports.options import EXTRA_SHEETS

D = dt.date
YEAR_2025 = EventFilter(date_from=D(2025, 1, 1), date_to=D(2025, 12, 31))
CONGRESS = "Всероссийский азербайджанский конгресс"
YOUTH = "Azerbaijani Youth Union of Russia"
LONG_ORG = ("Региональная общественная организация «Азербайджанский национально-культурный "
            "центр имени Гейдара Алиева» города Москвы и Московской области")
HOUSE = "Azerbaijanisches Haus e.V."
KHOJALY = "Khojaly genocide"


def _event(title: str, start: dt.date, end: dt.date | None = None, *,
           precision: DatePrecision = DatePrecision.DAY, occasion: str | None = None,
           country: str = "Russia", region: str | None = "Moscow", city: str | None = None,
           organizers: tuple[str, ...] = (CONGRESS,), kind: str = "memorial event",
           attendance: int | None = None, speakers: tuple[SpeakerInput, ...] = (),
           program: tuple[str, ...] = ()) -> EventInput:
    return EventInput(title=title, start_date=start, end_date=end, date_precision=precision,
                      occasion=occasion, country=country, region=region, city=city,
                      event_type=kind, status=EventStatus.VERIFIED, attendance=attendance,
                      organizers=[OrganizerInput(name) for name in organizers],
                      speakers=list(speakers), program=[ProgramInput(p) for p in program])


SPEAKERS = (SpeakerInput("Алиев Эльчин Рауфович", "председатель", CONGRESS),
            SpeakerInput("Leyla Məmmədova", "moderator", YOUTH))
EVENTS = [
    _event("Траурный митинг памяти жертв Ходжалинского геноцида", D(2025, 2, 26),
           occasion=KHOJALY, organizers=(CONGRESS, YOUTH), kind="rally", attendance=1250,
           speakers=SPEAKERS, program=("minute_of_silence", "speech")),
    _event("Вечер памяти «Ходжалы — боль моего сердца»", D(2025, 2, 26), occasion=KHOJALY,
           region="Saint Petersburg", city="Saint Petersburg", attendance=85,
           speakers=SPEAKERS[:1], program=("speech",)),
    _event("Gedenkveranstaltung zum Völkermord an den Aserbaidschanern", D(2025, 3, 31),
           D(2025, 4, 2), occasion="Genocide of Azerbaijanis (March 31)", country="Germany",
           region="Berlin", city="Berlin", organizers=(HOUSE,), kind="exhibition",
           attendance=40, speakers=SPEAKERS[1:]),
    _event("Праздник Новруз в парке Сокольники", D(2025, 3, 20), D(2025, 3, 23),
           occasion="Novruz", organizers=(CONGRESS, LONG_ORG), kind="festival",
           attendance=30000, program=("concert",)),
    _event("Новруз байрамы в Петербурге", D(2025, 3, 1), precision=DatePrecision.MONTH,
           occasion="Novruz", region="Saint Petersburg", organizers=(YOUTH,),
           kind="celebration"),
    _event("Ежегодная конференция азербайджанской молодёжи России", D(2025, 1, 1),
           precision=DatePrecision.YEAR, organizers=(YOUTH,), kind="conference", attendance=7),
    _event("Выставка «Карабах — это Азербайджан!» и круглый стол о возвращении вынужденных "
           "переселенцев в освобождённые районы: история, современность и перспективы",
           D(2025, 6, 28), D(2025, 7, 3), organizers=(LONG_ORG, CONGRESS), kind="exhibition",
           attendance=320, speakers=SPEAKERS),
    _event("Акция памяти (регион не указан в источнике)", D(2025, 2, 26), occasion=KHOJALY,
           region=None),
    _event("Концерт в Дербенте", D(2025, 11, 5), region="Republic of Dagestan", city="Derbent",
           occasion="Novruz", kind="concert", attendance=18, organizers=(CONGRESS,)),
]


def fill_year(database: Database) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session)
        for data in EVENTS:
            store.save(data)


@pytest.fixture
def year(database_with: Any) -> Database:
    return database_with(fill_year)


def _export(database: Database, path: Path, language: str, granularity: str = "month",
            sheets: tuple[str, ...] = ALL_SHEETS + EXTRA_SHEETS) -> Path:
    with database.sessions() as session:
        khojaly = session.scalars(select(Occasion.id).where(Occasion.name == KHOJALY)).one()
    export_workbook(database, path, ReportOptions(
        event_filter=YEAR_2025, language=language,
        granularity=granularity,  # type: ignore[arg-type]
        sheets=sheets, gaps_occasion_id=khojaly))
    return path


def _printed_columns(sheet: Worksheet) -> list[int]:
    """1-based columns that print: a hidden (collapsed) column does not."""
    hidden = set()
    for dimension in sheet.column_dimensions.values():
        if dimension.hidden:
            hidden.update(range(dimension.min or 0, (dimension.max or 0) + 1))
    return [col for col in range(1, sheet.max_column + 1) if col not in hidden]


def _is_number(cell: Cell) -> bool:
    """A value that prints right-aligned by default: a number or a date."""
    return (isinstance(cell.value, int | float | dt.date) and not isinstance(cell.value, bool)
            and cell.alignment.horizontal in (None, "general", "right"))


def _has_gap_after(number: Cell, text: Cell) -> bool:
    """Room on paper between a right-aligned number and the text to its right: the number
    indented from its right edge, or the text from its left edge."""
    padded = (number.alignment.horizontal == "right" and (number.alignment.indent or 0) > 0)
    indented = (text.alignment.horizontal in (None, "general", "left")
                and (text.alignment.indent or 0) > 0)
    return padded or indented


def touching(path: Path) -> list[str]:
    """"sheet: 1250Проведено" for every number printed against the text to its right."""
    found = []
    for sheet in load_workbook(path).worksheets:
        columns = _printed_columns(sheet)
        for row in range(1, sheet.max_row + 1):
            for left, right in pairwise(columns):
                number, text = sheet.cell(row, left), sheet.cell(row, right)
                if (_is_number(number) and isinstance(text.value, str) and text.value
                        and text.alignment.horizontal not in ("right", "center")
                        and not _has_gap_after(number, text)):
                    found.append(f"{sheet.title}: {number.value}{text.value}")
    return found


@pytest.mark.parametrize("language", ["ru", "az"])
def test_no_number_on_any_sheet_touches_the_next_columns_text(
    year: Database, tmp_path: Path, language: str
):
    """Last session padded the per-occasion counts; the events list still printed
    "1250Проверено" (attendance, then status), the speakers sheet "26.02.2025Россия" and
    "1Алиев", the speaker summary "2председатель"."""
    path = _export(year, tmp_path / f"{language}.xlsx", language)
    assert touching(path) == []


INDENT = 1.5
"""Characters one level of indent takes on paper (LibreOffice and Excel alike, about)."""


def _width(sheet: Worksheet, column: int) -> float:
    """Characters a column holds (the file's width less the cell's margins, 5 pixels)."""
    for dimension in sheet.column_dimensions.values():
        if (dimension.min or 0) <= column <= (dimension.max or 0) and dimension.width:
            return round(float(dimension.width) - 5 / 7, 1)
    return 8.43  # the workbook's default


def _shown(cell: Cell) -> str:
    """The characters a number or date cell prints under its number format."""
    value, shown_as = cell.value, str(cell.number_format)
    if isinstance(value, dt.datetime | dt.date):
        return shown_as.replace("yyyy", "2025")  # dd, mm, hh: two digits each
    if "#,##0" in shown_as:
        return f"{value:,}"
    return str(value)


def cut_numbers(path: Path) -> list[str]:
    """"sheet: 26.02.2025 in 10.7" for every number or date too wide for its column with
    its indent: a spreadsheet prints "###" in its place (collapsed columns too: one click
    shows them)."""
    found = []
    for sheet in load_workbook(path).worksheets:
        for col in range(1, sheet.max_column + 1):
            width = _width(sheet, col)
            for row in range(1, sheet.max_row + 1):
                cell = sheet.cell(row, col)
                if not _is_number(cell):
                    continue
                needed = len(_shown(cell)) + INDENT * (cell.alignment.indent or 0)
                if needed > width:
                    found.append(f"{sheet.title}: {_shown(cell)} in {width}")
    return found


@pytest.mark.parametrize("language", ["ru", "az"])
def test_no_number_or_date_prints_as_hashes(year: Database, tmp_path: Path, language: str):
    """Dates kept off the next column's text printed "###" in their 10-character columns."""
    path = _export(year, tmp_path / f"{language}.xlsx", language)
    assert cut_numbers(path) == []


def cut_texts(path: Path) -> list[str]:
    """"sheet: text" for every unwrapped text longer than its column with a filled cell to
    its right: the spreadsheet prints it cut at that cell."""
    found = []
    for sheet in load_workbook(path).worksheets:
        columns = _printed_columns(sheet)
        for row in range(1, sheet.max_row + 1):
            for left, right in pairwise(columns):
                cell = sheet.cell(row, left)
                if (isinstance(cell.value, str) and not cell.alignment.wrap_text
                        and sheet.cell(row, right).value not in (None, "")
                        and len(cell.value) > _width(sheet, left)):
                    found.append(f"{sheet.title}: {cell.value}")
    return found


@pytest.mark.parametrize("language", ["ru", "az"])
def test_no_text_is_cut_by_the_next_column(year: Database, tmp_path: Path, language: str):
    """The coverage gaps printed "Региональная общественная организация «Азербайджански"
    and the region beside it: a long name was cut at the next column."""
    path = _export(year, tmp_path / f"{language}.xlsx", language)
    assert cut_texts(path) == []


def _chart_columns(path: Path) -> tuple[int, int]:
    """First and last 0-based column the workbook's one chart covers (its drawing's anchor)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as book:
        drawing = book.read("xl/drawings/drawing1.xml").decode()
    first, last = (int(col) for col in re.findall(r"<xdr:col>(\d+)</xdr:col>", drawing)[:2])
    offset = int(re.findall(r"<xdr:colOff>(\d+)</xdr:colOff>", drawing)[1])
    return first, last if offset else last - 1


@pytest.mark.parametrize("granularity", ["month", "quarter"])
def test_the_top_regions_chart_is_not_cut_by_a_page_break(
    year: Database, tmp_path: Path, granularity: str
):
    """Months over two years print a year per page; with only December of the first year
    the chart, placed in that year's columns, ran over the page break and printed in two
    halves, the region names on one page and the bars on the next (every chart of
    quarters did: five columns of a year are narrower than the chart)."""
    with year.sessions.begin() as session:
        EventStore(session).save(_event("Новогодний вечер", D(2024, 12, 31), kind="celebration"))
    path = tmp_path / "all.xlsx"
    export_workbook(year, path, ReportOptions(language="ru", sheets=("per_region",),
                                              granularity=granularity))  # type: ignore[arg-type]
    breaks = [brk.id for brk in load_workbook(path).worksheets[0].col_breaks.brk]
    assert breaks  # a year per page
    first, last = _chart_columns(path)
    assert [brk for brk in breaks if first < brk <= last] == []
