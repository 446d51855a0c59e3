"""Printed rows as tall as their text (session 23): a Russian events report printed four
events to an A4 page, its rows far taller than their text. Row heights counted every
letter as wide as a digit "0" (the column's unit): a row of narrow letters got lines to
spare, one of wide ones ("ш", "Ж", "W") a line too few, cut in Excel.

Here the lines a cell needs are counted independently of the app's wrapping code
(:mod:`tests.report_pixels`: a brute-force wrap that measures each candidate line whole,
in Excel's pixel widths of Calibri 11 from the committed width table, which is checked
here against XlsxWriter's copy of Excel's ASCII widths). A row may be one
line taller than that (Excel's print may set a letter a little wider), never shorter:
a cut row hides text on paper. Real databases, real .xlsx files read back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from xlsxwriter.utility import CHAR_WIDTHS

from db.engine import Database
from db.event_store import EventInput, EventStore, OrganizerInput, SpeakerInput
from db.models import Region
from db.queries import EventFilter
from desktop.reports import ReportOptions, export_workbook
from tests.report_pixels import BOLD, REGULAR, column_lines

LINE_POINTS = 15.0
"""Excel's height of a line of Calibri 11."""
TALLEST_ROW = 409.0

RUSSIAN_SPEAKERS = [
    ("Гюльнара Керимова", "председатель", "Общество азербайджанцев «Гянджа»"),
    ("Ləman Məmmədova", "sədr", "Qarabağ Azərbaycanlıları İcması"),
    ("Эльмира Гусейнова", "заместитель председателя", "Союз азербайджанской молодёжи «Хазар»"),
    ("Mübariz Şükürov", "гость", None),
    ("Тельман Ханкишиев", "депутат городской думы", "Азербайджанская национально-культурная "
     "автономия «Достлуг»"),
    ("Şəhla Cəfərli", "şahid", "Vətən Gənclər Birliyi"),
]
RUSSIAN = [
    EventInput(
        title=f"Траурное мероприятие, посвящённое {n}-й годовщине Ходжалинского геноцида",
        start_date=dt.date(2025, 2, 1 + n), country="Russia", region="Kaliningrad Oblast",
        city="Kaliningrad", venue="Дом дружбы народов", attendance=120 + n,
        occasion="Day of the Genocide of Azerbaijanis",
        organizers=[OrganizerInput("Калининградская региональная общественная организация "
                                   "азербайджанцев «Вятэн»"),
                    OrganizerInput("Азербайджанская национально-культурная автономия "
                                   f"«Дружба {n}»")],
        speakers=[SpeakerInput(*RUSSIAN_SPEAKERS[(n + k) % 6]) for k in range(2 + n % 5)],
    )
    for n in range(15)
]
ENGLISH_SPEAKERS = [
    ("Gulnara Kerimova", "chairwoman", "Society of Azerbaijanis of Kaliningrad"),
    ("William Whitmore", "guest of honour", "Embassy of the Republic of Azerbaijan"),
    ("Mubariz Shukurov", "deputy chairman", "Azerbaijani Youth Union"),
    ("Elmira Huseynova", "member of the city council", None),
    ("Telman Khankishiev", "witness", "Azerbaijani National-Cultural Autonomy of the "
     "Krasnoyarsk Territory"),
]
ENGLISH = [
    EventInput(
        title=f"Memorial ceremony for the {n + 20}th anniversary of the Khojaly genocide",
        start_date=dt.date(2025, 2, 1 + n), country="Russia", region="Krasnoyarsk Krai",
        city="Krasnoyarsk", venue="House of Friendship of Peoples", attendance=80 + n,
        occasion="Day of the Genocide of Azerbaijanis",
        organizers=[OrganizerInput("Azerbaijani National-Cultural Autonomy of the "
                                   f"Krasnoyarsk Territory {n}")],
        speakers=[SpeakerInput(*ENGLISH_SPEAKERS[(n + k) % 5]) for k in range(2 + n % 4)],
    )
    for n in range(15)
]


def _printed_widths(sheet: Worksheet) -> dict[int, float]:
    """Width of every printed column (collapsed detail columns do not print)."""
    widths = {}
    for dimension in sheet.column_dimensions.values():
        if not dimension.hidden and dimension.width:
            for column in range(dimension.min, dimension.max + 1):
                widths[column] = dimension.width
    return widths


def _needed(sheet: Worksheet, row: int, widths: dict[int, float]) -> int | None:
    """Lines the row's tallest printed wrapped cell needs (None: a cell in smaller type,
    fitted to the tallest row)."""
    needed = 1
    for column, width in widths.items():
        cell = sheet.cell(row, column)
        if not isinstance(cell.value, str):
            continue
        if cell.font.sz and cell.font.sz < 11:
            return None
        if cell.alignment.wrap_text:
            needed = max(needed, column_lines(cell.value, width, bool(cell.font.b)))
    return needed


def _report(database: Database, tmp_path: Path, events: list[EventInput], language: str,
            ) -> Worksheet:
    with database.sessions.begin() as session:
        store = EventStore(session)
        for event in events:
            store.save(event)
    path = tmp_path / f"report-{language}.xlsx"
    export_workbook(database, path, ReportOptions(sheets=("events", "speakers"),
                                                  language=language))
    return load_workbook(path).worksheets[0]


def test_the_width_table_keeps_excels_ascii_widths() -> None:
    """The table's ASCII letters are Excel's own widths (XlsxWriter's copy of them)."""
    assert {char: REGULAR[char] for char in CHAR_WIDTHS} == CHAR_WIDTHS
    assert all(BOLD[char] >= REGULAR[char] for char in REGULAR)
    assert REGULAR["ш"] > REGULAR["г"] and REGULAR["ə"] == REGULAR["e"]


@pytest.mark.parametrize(("events", "language"), [(RUSSIAN, "ru"), (ENGLISH, "en")])
def test_rows_are_as_tall_as_their_wrapped_text(
    database: Database, tmp_path: Path, events: list[EventInput], language: str,
) -> None:
    sheet = _report(database, tmp_path, events, language)
    widths = _printed_widths(sheet)
    checked = 0
    for row in range(1, sheet.max_row + 1):
        needed = _needed(sheet, row, widths)
        if needed is None:
            continue
        height = sheet.row_dimensions[row].height or LINE_POINTS
        lines = height / LINE_POINTS
        assert needed * LINE_POINTS <= height or height == TALLEST_ROW, (row, needed, lines)
        assert lines <= needed + 1, (row, needed, lines)
        checked += needed > 1
    assert checked >= len(events) // 2  # the wrapped rows were measured, not skipped


def _regions_report(database: Database, tmp_path: Path, regions: int) -> Worksheet:
    """The per-region sheet of one year's events in ``regions`` Russian regions."""
    with database.sessions.begin() as session:
        names = session.scalars(select(Region.name).where(Region.code.like("RU-%"))
                                .order_by(Region.code).limit(regions)).all()
        store = EventStore(session)
        for index, name in enumerate(names):
            store.save(EventInput(title=f"Вечер памяти {index}", country="Russia",
                                  region=name, start_date=dt.date(2025, 1 + index % 12, 5)))
    path = tmp_path / "regions.xlsx"
    export_workbook(database, path, ReportOptions(
        sheets=("per_region",), language="ru",
        event_filter=EventFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))))
    return load_workbook(path).worksheets[0]


def _row_of(sheet: Worksheet, text: str) -> int:
    return next(row for row in range(1, sheet.max_row + 1)
                if str(sheet.cell(row, 1).value or "").startswith(text))


def test_the_top_regions_and_their_chart_start_a_page_under_a_long_table(
    database: Database, tmp_path: Path,
) -> None:
    """The chart under a table of 30 regions printed cut in two across a page break."""
    sheet = _regions_report(database, tmp_path, 30)
    block = _row_of(sheet, "Регионы с наибольшим числом")
    assert [brk.id for brk in sheet.row_breaks.brk] == [block - 1]  # a break above it


def test_a_short_table_keeps_its_chart_on_its_page(database: Database, tmp_path: Path) -> None:
    sheet = _regions_report(database, tmp_path, 5)
    assert _row_of(sheet, "Регионы с наибольшим числом")
    assert not sheet.row_breaks.brk
