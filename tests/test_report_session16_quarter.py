"""A quarterly report as a diaspora committee makes it: Q1 2025, in Russian and Azerbaijani.

The data set is the committee's own kind of quarter: an event from 31 March to 2 April,
events known only to the month or the year, several organizers on one event and one
organization on many, an event with no region, quoted and very long names, an event in
the trash, an organization renamed and one merged into another. Each test reads the
written .xlsx back, as the committee's reader gets it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from db.engine import Database
from db.event_store import EventInput, EventStore, OrganizerInput
from db.models import Country, DatePrecision, EventStatus, Occasion, Organization
from db.queries import EventFilter
from db.reference_service import ReferenceService
from desktop.reports import ALL_SHEETS, ReportOptions, export_workbook
from tests.report_pixels import column_lines

D = dt.date
CONGRESS = "Всероссийский азербайджанский конгресс"
YOUTH = "Azerbaijani Youth Union of Russia"
AZERI = 'Общество "Азери"'
LONG_ORG = ("Региональная общественная организация «Азербайджанский национально-культурный "
            "центр имени Гейдара Алиева» города Москвы и Московской области")
HOUSE = "Azerbaijanisches Haus e.V."
OLD_NAME = "Азербайджанская община Санкт-Петербурга"
NEW_NAME = "Санкт-Петербургская азербайджанская национально-культурная автономия"
DUPLICATE = "АзерРос"
Q1 = EventFilter(date_from=D(2025, 1, 1), date_to=D(2025, 3, 31))


def _event(title: str, start: dt.date, end: dt.date | None = None, *,
           precision: DatePrecision = DatePrecision.DAY, occasion: str | None = None,
           country: str = "Russia", region: str | None = None, city: str | None = None,
           organizers: tuple[str, ...] = (CONGRESS,), kind: str = "memorial event") -> EventInput:
    return EventInput(title=title, start_date=start, end_date=end, date_precision=precision,
                      occasion=occasion, country=country, region=region, city=city,
                      event_type=kind, status=EventStatus.VERIFIED,
                      organizers=[OrganizerInput(name) for name in organizers])


def _moscow(title: str, start: dt.date, end: dt.date | None = None, **more: object) -> EventInput:
    return _event(title, start, end, region="Moscow", city="Moscow", **more)  # type: ignore[arg-type]


KHOJALY = "Khojaly genocide"
EVENTS = [
    _moscow("Траурный митинг памяти жертв Ходжалинского геноцида", D(2025, 2, 26),
            occasion=KHOJALY, organizers=(CONGRESS, YOUTH), kind="rally"),
    _event("Вечер памяти «Ходжалы — боль моего сердца»", D(2025, 2, 26), occasion=KHOJALY,
           region="Saint Petersburg", city="Saint Petersburg", organizers=(CONGRESS, OLD_NAME)),
    _event('Памятное мероприятие общества "Азери" в Дербенте', D(2025, 2, 25), occasion=KHOJALY,
           region="Republic of Dagestan", city="Derbent", organizers=(CONGRESS, AZERI)),
    _moscow("День всенародной скорби: 35 лет трагедии 20 Января", D(2025, 1, 20),
            occasion="20 January tragedy"),
    _event("Gedenkveranstaltung zum Völkermord an den Aserbaidschanern", D(2025, 3, 31),
           D(2025, 4, 2), occasion="Genocide of Azerbaijanis (March 31)", country="Germany",
           region="Berlin", city="Berlin", organizers=(HOUSE,), kind="exhibition"),
    _moscow("Праздник Новруз в парке Сокольники", D(2025, 3, 20), D(2025, 3, 23),
            occasion="Novruz", organizers=(CONGRESS, LONG_ORG), kind="festival"),
    _event("Новруз байрамы в Петербурге", D(2025, 3, 1), precision=DatePrecision.MONTH,
           occasion="Novruz", region="Saint Petersburg", city="Saint Petersburg",
           organizers=(OLD_NAME,), kind="celebration"),
    _moscow("Ежегодная конференция азербайджанской молодёжи России", D(2025, 1, 1),
            precision=DatePrecision.YEAR, organizers=(YOUTH,), kind="conference"),
    _event("Акция памяти Ходжалы (регион не указан в источнике)", D(2025, 2, 26),
           occasion=KHOJALY),
    _moscow("Выставка «Карабах — это Азербайджан!» и круглый стол о возвращении вынужденных "
            "переселенцев в освобождённые районы: история, современность и перспективы",
            D(2025, 1, 31), D(2025, 2, 1), organizers=(DUPLICATE, CONGRESS), kind="exhibition"),
    _moscow("Удалённое мероприятие (в корзине)", D(2025, 2, 26), occasion=KHOJALY),
    _moscow("Мероприятие 2024 года", D(2024, 12, 31), kind="celebration"),
    _moscow("Мероприятие апреля", D(2025, 4, 10), kind="concert"),
]
TRASHED = 10


def fill_quarter(database: Database) -> None:
    """The quarter saved as the app saves it; one event trashed, one organization renamed
    and one merged, through the services the clerk's windows use."""
    with database.sessions.begin() as session:
        store = EventStore(session)
        saved = [store.save(data) for data in EVENTS]
        session.flush()
        store.delete(saved[TRASHED].uuid)
        service = ReferenceService(session)
        renamed = session.scalars(select(Organization).where(Organization.name == OLD_NAME)).one()
        service.save("organization", renamed.id, {"name": NEW_NAME}, [],
                     version=renamed.version)
        survivor, duplicate = (
            session.scalars(select(Organization).where(Organization.name == name)).one()
            for name in (YOUTH, DUPLICATE))
        service.merge("organization", survivor.id, duplicate.id)


@pytest.fixture
def quarter(database_with) -> Database:
    return database_with(fill_quarter)


def _export(database: Database, path: Path, language: str, flt: EventFilter = Q1,
            granularity: str = "month") -> Path:
    export_workbook(database, path, ReportOptions(
        event_filter=flt, language=language, granularity=granularity,  # type: ignore[arg-type]
        sheets=ALL_SHEETS))
    return path


def _cover_values(path: Path) -> dict[str, list[object]]:
    """The cover's values by label (a label's further lines belong to it)."""
    cover = load_workbook(path).worksheets[0]
    values: dict[str, list[object]] = {}
    label = ""
    for row in cover.iter_rows(min_row=2, max_col=2, values_only=True):
        label = str(row[0]) if row[0] else label
        if row[1] is not None:
            values.setdefault(label, []).append(row[1])
    return values


@pytest.mark.parametrize(("language", "period", "filters"), [
    ("ru", "Период", "Фильтры"), ("az", "Dövr", "Süzgəclər")])
def test_the_quarter_on_the_cover_is_written_as_the_language_writes_dates(
    quarter: Database, tmp_path: Path, language: str, period: str, filters: str
):
    """A Russian cover said "Период: 2025-01-01 – 2025-03-31" above "Первое мероприятие
    25.02.2025": its reader writes the quarter 01.01.2025 – 31.03.2025."""
    cover = _cover_values(_export(quarter, tmp_path / "q1.xlsx", language))
    assert cover[period] == ["01.01.2025 – 31.03.2025"]
    assert any("01.01.2025 – 31.03.2025" in str(value) for value in cover[filters])
    assert not any(re.search(r"\d{4}-\d\d-\d\d", str(value))
                   for values in cover.values() for value in values if isinstance(value, str))


def test_an_open_period_is_written_day_first_too(quarter: Database, tmp_path: Path):
    """From a day on, with no end: the open end stays open ("…")."""
    flt = EventFilter(date_from=D(2025, 1, 1))
    cover = _cover_values(_export(quarter, tmp_path / "open.xlsx", "ru", flt))
    assert cover["Период"] == ["01.01.2025 – …"]


def _header_rows(sheet: Worksheet) -> list[int]:
    """Rows drawn as headers (white bold on blue): the table's and the top-regions block's."""
    return [row[0].row for row in sheet.iter_rows(max_col=1)
            if row[0].value is not None and row[0].font.b and row[0].fill.fgColor.rgb
            and str(row[0].fill.fgColor.rgb).endswith("1F4E78")]


def _printed_widths(sheet: Worksheet) -> dict[int, float]:
    """Width of every printed column (a folded detail column does not print)."""
    widths = {}
    for dimension in sheet.column_dimensions.values():
        if not dimension.hidden and dimension.min is not None and dimension.max is not None:
            widths.update(dict.fromkeys(range(dimension.min, dimension.max + 1),
                                        float(dimension.width)))
    return widths


def _cut_words(path: Path) -> list[tuple[str, str, float]]:
    """(sheet, word, column width) of every printed header word wider than its column:
    on paper such a word is cut in two ("Мероприя/тия", "неизвесте/н")."""
    cut = []
    for sheet in load_workbook(path).worksheets:
        widths = _printed_widths(sheet)
        for row in _header_rows(sheet):
            for cell in sheet[row]:
                if isinstance(cell.value, str) and cell.column in widths:
                    cut += [(sheet.title, word, widths[cell.column])
                            for word in cell.value.split()
                            if len(word) * 1.1 > widths[cell.column]]  # bold is wider
    return cut


@pytest.mark.parametrize("language", ["ru", "az", "en"])
@pytest.mark.parametrize("granularity", ["month", "quarter"])
def test_no_header_word_is_cut_in_two_on_paper(
    quarter: Database, tmp_path: Path, language: str, granularity: str
):
    """Seen in the printed Russian quarter: "Мероприя/тия" over the per-occasion counts and
    "2025, месяц неизвесте/н" over the year-only events' column of the per-region sheet."""
    path = _export(quarter, tmp_path / "q1.xlsx", language, granularity=granularity)
    assert _cut_words(path) == []


def test_the_first_event_known_only_to_its_year_is_not_dated_the_first_of_january(
    quarter: Database, tmp_path: Path
):
    """The cover named "Первое мероприятие 01.01.2025" for a conference known only to be in
    2025, where the events list says "2025": it is shown as its year."""
    path = _export(quarter, tmp_path / "q1.xlsx", "ru")
    cover = load_workbook(path).worksheets[0]
    first = next(row[1] for row in cover.iter_rows(max_col=2)
                 if row[0].value == "Первое мероприятие")
    assert first.value == dt.datetime(2025, 1, 1) and first.number_format == "yyyy"
    last = next(row[1] for row in cover.iter_rows(max_col=2)
                if row[0].value == "Последнее мероприятие")
    assert last.value == dt.datetime(2025, 3, 31) and last.number_format == "dd.mm.yyyy"


def _rows(path: Path, index: int) -> list[tuple[object, ...]]:
    return list(load_workbook(path).worksheets[index].iter_rows(values_only=True))


def test_the_quarter_counts_add_up_as_the_counting_sheet_says(quarter: Database, tmp_path: Path):
    """Figures a clerk checks by hand: ten events (not the trashed one, not December's or
    April's); 31 March - 2 April counted in March; the year-only conference in its
    "month unknown" column; Moscow's Total counts 31 January - 1 February once; the
    merged organization's events under the survivor, the renamed one's under its new name."""
    path = _export(quarter, tmp_path / "q1.xlsx", "ru")
    header, *body = _rows(path, 2)
    assert header[4:] == ("янв. 2025", "февр. 2025", "март 2025", "2025, месяц неизвестен",
                          "Итого")
    table = body[:next(i for i, row in enumerate(body) if row[0] == "Итого") + 1]
    by_region = {row[1]: row[4:] for row in table if row[0] in ("Россия", "Германия")}
    assert by_region["Москва"] == (2, 2, 1, 1, 5)
    assert by_region["Берлин"] == (0, 0, 1, 0, 1)
    assert by_region["(регион не указан)"] == (0, 1, 0, 0, 1)
    assert table[-1][4:] == (2, 5, 3, 1, 10)
    per_organization = {row[0]: row[-1] for row in _rows(path, 3)[1:] if row[0]}
    assert per_organization[CONGRESS] == 7
    assert per_organization[YOUTH] == 3 and DUPLICATE not in per_organization
    assert per_organization[NEW_NAME] == 2 and OLD_NAME not in per_organization
    occasions = _rows(path, 4)
    assert occasions[-1][0] == "Итого" and occasions[-1][5] == 10


def test_a_country_occasion_and_organization_filter_narrows_every_sheet(
    quarter: Database, tmp_path: Path
):
    """Russia, the Khojaly genocide, the Congress: its four events on every sheet, the
    filters named on the cover in Russian."""
    with quarter.sessions() as session:
        occasion = session.scalars(select(Occasion).where(Occasion.name == KHOJALY)).one()
        congress = session.scalars(
            select(Organization).where(Organization.name == CONGRESS)).one()
        russia = session.scalars(select(Country).where(Country.code == "RU")).one()
        flt = EventFilter(date_from=Q1.date_from, date_to=Q1.date_to, country_id=russia.id,
                          occasion_id=occasion.id, organization_id=congress.id)
    path = _export(quarter, tmp_path / "khojaly.xlsx", "ru", flt)
    cover = _cover_values(path)
    assert cover["Мероприятия"] == [4]
    assert {"Страна: Россия", f"Организация: {CONGRESS}",
            "Повод: Ходжалинский геноцид"} <= set(map(str, cover["Фильтры"]))
    assert len(_rows(path, 1)) == 1 + 4  # the events list
    per_region = _rows(path, 2)
    assert per_region[5][0] == "Итого" and per_region[5][4:] == (0, 4, 0, 4)
    occasions = _rows(path, 4)
    assert {row[0] for row in occasions[1:-1]} == {"Ходжалинский геноцид"}
    assert occasions[-1][5] == 4


def test_the_coverage_gaps_note_names_the_quarter_as_the_cover_does(
    quarter: Database, tmp_path: Path
):
    """"Held no event matching Период: 2025-01-01 – 2025-03-31; …" under a Russian
    sheet's title: the period as the cover writes it."""
    with quarter.sessions() as session:
        khojaly = session.scalars(select(Occasion).where(Occasion.name == KHOJALY)).one().id
    out = tmp_path / "gaps.xlsx"
    export_workbook(quarter, out, ReportOptions(
        event_filter=EventFilter(date_from=Q1.date_from, date_to=Q1.date_to,
                                 occasion_id=khojaly),
        language="ru", sheets=("coverage_gaps",)))
    texts = [str(value) for row in load_workbook(out).worksheets[0].iter_rows(values_only=True)
             for value in row if isinstance(value, str)]
    assert any("Период: 01.01.2025 – 31.03.2025" in text for text in texts)
    assert not any(re.search(r"\d{4}-\d\d-\d\d", text) for text in texts)


def test_every_printed_page_names_the_quarter_and_the_filters(quarter: Database, tmp_path: Path):
    """The committee's reader gets the printed per-region page of the Congress's Khojaly
    events in Russia: only the cover said which events were counted. Every sheet's page
    header now says it, in the report's language, as the cover does."""
    with quarter.sessions() as session:
        flt = EventFilter(
            date_from=Q1.date_from, date_to=Q1.date_to,
            country_id=session.scalars(select(Country).where(Country.code == "RU")).one().id,
            occasion_id=session.scalars(select(Occasion).where(Occasion.name == KHOJALY)).one().id,
            organization_id=session.scalars(
                select(Organization).where(Organization.name == CONGRESS)).one().id)
    path = _export(quarter, tmp_path / "khojaly.xlsx", "ru", flt)
    for sheet in load_workbook(path).worksheets:
        header = sheet.oddHeader.center.text or ""
        for words in ("Период: 01.01.2025 – 31.03.2025", "Страна: Россия",
                      "Повод: Ходжалинский геноцид", f"Организация: {CONGRESS}"):
            assert words in header, (sheet.title, header)


def _fits(sheet: Worksheet, cell_text: str, column: int, row: int) -> bool:
    """Does ``cell_text``, wrapped between words as Excel and LibreOffice wrap it, fit the
    height of its row and the width of its column?"""
    lines = column_lines(cell_text, _printed_widths(sheet)[column])
    if lines == 1:
        return True
    height = sheet.row_dimensions[row].height or 15
    return bool(sheet.cell(row, column).alignment.wrap_text) and lines * 15 <= height


def test_a_list_of_organizers_wraps_between_words_in_a_row_tall_enough(
    quarter: Database, tmp_path: Path
):
    """On paper, 'Всероссийский азербайджанский конгресс; Общество "Азери"' ran a line
    below its row: the row's height counted letters, not the words a line breaks between."""
    path = _export(quarter, tmp_path / "q1.xlsx", "ru")
    events = load_workbook(path).worksheets[1]
    headers = [cell.value for cell in events[1]]
    column = headers.index("Организаторы") + 1
    for row in range(2, events.max_row + 1):
        text = events.cell(row, column).value
        assert text and _fits(events, text, column, row), (row, text)


def test_long_organization_names_wrap_whole_on_the_per_organization_sheet(
    quarter: Database, tmp_path: Path
):
    """"Региональная общественная организация «Азербайджанский национальн" was all the
    printed per-organization sheet showed of the Moscow centre's name."""
    path = _export(quarter, tmp_path / "q1.xlsx", "ru")
    sheet = load_workbook(path).worksheets[3]
    names = {sheet.cell(row, 1).value: row for row in range(2, sheet.max_row + 1)}
    for name in (LONG_ORG, NEW_NAME, CONGRESS):
        assert _fits(sheet, name, 1, names[name]), name


@pytest.mark.parametrize("index", [5, 6])  # speakers, program
def test_a_sheet_with_nothing_to_list_says_so_on_its_page(
    quarter: Database, tmp_path: Path, index: int
):
    """No event of the quarter has speakers or a program recorded: their pages printed a
    header over nothing, which reads as an export that failed. A note says why it is empty,
    in a printed column and outside the table's named range."""
    path = _export(quarter, tmp_path / "q1.xlsx", "en")
    sheet = load_workbook(path).worksheets[index]
    printed = _printed_widths(sheet)
    notes = [cell.value for row in sheet.iter_rows(min_row=3) for cell in row
             if isinstance(cell.value, str) and cell.column in printed]
    assert len(notes) == 1 and "recorded" in notes[0]


def test_the_empty_sheet_note_is_in_the_report_language(quarter: Database, tmp_path: Path):
    """Fails until the report catalogs carry the notes (/work/notes/tr_reports16.json)."""
    path = _export(quarter, tmp_path / "q1.xlsx", "ru")
    sheet = load_workbook(path).worksheets[5]
    printed = _printed_widths(sheet)
    notes = [cell.value for row in sheet.iter_rows(min_row=3) for cell in row
             if isinstance(cell.value, str) and cell.column in printed]
    assert notes == ["Ни у одного мероприятия отчёта не записаны выступающие."]
