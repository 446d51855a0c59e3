"""Russian and Azerbaijani reports are whole: every word the writers use has a translation,
and reference values (places, types, occasions, status, precision) read in the language.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db.engine import Database
from db.event_store import EventInput, EventStore, OrganizerInput, ProgramInput
from db.models import DatePrecision, EventStatus, OrganizerRole
from db.queries import EventFilter
from desktop.reports import (
    ALL_SHEETS,
    EXTRA_SHEETS,
    ReportOptions,
    export_workbook,
)
from desktop.sample import load_sample
from tests.report_words import po_translations, record_report_words

EVERY_SHEET = (*ALL_SHEETS, *EXTRA_SHEETS)


@pytest.fixture
def varied(database_with) -> Database:
    """The sample plus what brings out every label: two countries, a year-only date,
    a draft, a co-organizer, a day-precise event (made once, copied for each test)."""
    return database_with(_vary)


def _vary(database: Database) -> None:
    with database.sessions.begin() as session:
        load_sample(session)
        store = EventStore(session, user="tester")
        store.save(EventInput(title="Concert", start_date=dt.date(2025, 1, 1),
                              date_precision=DatePrecision.YEAR, country="Azerbaijan",
                              event_type="concert", status=EventStatus.DRAFT,
                              organizers=[OrganizerInput("Friendship"),
                                          OrganizerInput("Birlik", OrganizerRole.CO_ORGANIZER)],
                              program=[ProgramInput("concert")]))
        store.save(EventInput(title="Meeting", start_date=dt.date(2025, 3, 10),
                              country="Russia", region="Primorsky Krai"))


def _occasion_filter(database: Database) -> EventFilter:
    from sqlalchemy import select

    from db.models import Event

    with database.sessions() as session:
        occasion = session.scalar(select(Event.occasion_id).where(Event.occasion_id.is_not(None)))
    return EventFilter(occasion_id=occasion, status=EventStatus.VERIFIED,
                       date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))


@pytest.mark.parametrize("language", ["ru", "az"])
def test_every_text_a_report_uses_is_translated(
    varied: Database, tmp_path: Path, monkeypatch, language: str
):
    used = record_report_words(monkeypatch)
    for granularity in ("month", "quarter", "year"):
        for flt in (EventFilter(), _occasion_filter(varied)):
            export_workbook(varied, tmp_path / "r.xlsx", ReportOptions(
                event_filter=flt, sheets=EVERY_SHEET, granularity=granularity,
                language=language))
    translated = po_translations(language)
    assert len(used) > 100
    assert sorted(used - set(translated)) == []


def _cells(path: Path) -> list[tuple[str, str, object]]:
    """(sheet, header of the column, value) of every cell."""
    out = []
    for ws in load_workbook(path):
        header: tuple = ()
        for row in ws.iter_rows(values_only=True):
            if not header:
                header = row
            out.extend((ws.title, str(header[i]) if i < len(header) else "", v)
                       for i, v in enumerate(row) if v is not None)
    return out


@pytest.mark.parametrize("language", ["ru", "az"])
def test_reference_values_and_labels_read_in_the_language(
    varied: Database, tmp_path: Path, language: str
):
    out = tmp_path / f"{language}.xlsx"
    export_workbook(varied, out, ReportOptions(sheets=EVERY_SHEET, language=language,
                                               event_filter=_occasion_filter(varied)))
    english = {"Russia", "Azerbaijan", "Primorsky Krai", "memorial event", "concert",
               "Khojaly genocide", "verified", "draft", "between", "year", "Total",
               "co-organizer", "speech", "minute of silence", "(no region)", "Events"}
    if language == "ru":  # Azerbaijani writes the town as English does
        english.add("Vladivostok")
    po = po_translations(language)
    english_columns = {po[f"{name} (English)"] for name in ("Event type", "Occasion",
                                                            "Country", "Region", "City")}
    english_columns.add(po["Code"])  # a program item type's code is an identifier
    leaks = [(sheet, column, value) for sheet, column, value in _cells(out)
             if str(value) in english and column not in english_columns]
    assert leaks == []
    wb = load_workbook(out)
    footer = wb.worksheets[1].oddFooter.center.text
    assert "&P" in footer and "page" not in footer
    with zipfile.ZipFile(out) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist() if "charts/chart" in n]
    assert charts and not any("Top regions" in chart for chart in charts)


def test_english_names_are_an_extra_column_for_international_readers(
    varied: Database, tmp_path: Path
):
    out = tmp_path / "ru.xlsx"
    export_workbook(varied, out, ReportOptions(language="ru"))
    wb = load_workbook(out)
    events = list(wb["Мероприятия"].iter_rows(values_only=True))
    header = events[0]
    rows = [dict(zip(header, row, strict=True)) for row in events[1:]]
    primorye = next(r for r in rows if r["Регион"] == "Приморский край")
    assert (primorye["Страна"], primorye["Город"]) == ("Россия", "Владивосток")
    assert [primorye[h] for h in header[-5:]] == [
        "memorial event", "Khojaly genocide", "Russia", "Primorsky Krai", "Vladivostok"]


def test_azerbaijani_quarters_are_written_without_a_wrong_ending() -> None:
    """The Azerbaijani report headed its columns "2025, 3-ci rüb" and "4-ci rüb": the ending
    follows the number's vowel (3-cü, 4-cü), as CLDR (Babel) writes it; "2025, rüb 3"
    avoided the ending but no clerk writes it (tests/test_report_session16b_clerk_review.py)."""
    from desktop.reports.language import use_language
    from desktop.reports.periods import label

    with use_language("az"):
        labels = [label((2025, quarter), "quarter") for quarter in (1, 2, 3, 4)]
    assert labels == ["1-ci rüb 2025", "2-ci rüb 2025", "3-cü rüb 2025", "4-cü rüb 2025"]


@pytest.mark.parametrize(("language", "day", "month", "stamp"), [
    ("en", "yyyy-mm-dd", "yyyy-mm", "yyyy-mm-dd hh:mm"),
    ("ru", "dd.mm.yyyy", "mm.yyyy", "dd.mm.yyyy hh:mm"),
    ("az", "dd.mm.yyyy", "mm.yyyy", "dd.mm.yyyy hh:mm"),
])
def test_dates_read_as_the_language_writes_them(
    varied: Database, tmp_path: Path, language: str, day: str, month: str, stamp: str
):
    """A Russian report showed 2025-02-26 in every date cell and on the cover, beside
    month columns headed "февр. 2025"; its readers write 26.02.2025. (A date known only to
    the month or year shows as that, as the events table shows it: tests/test_date_spans.py.)"""
    out = tmp_path / f"{language}.xlsx"
    export_workbook(varied, out, ReportOptions(language=language))
    wb = load_workbook(out)
    cover, events = wb.worksheets[0], wb.worksheets[1]
    dates = [cell for cell in events["C"][1:] if isinstance(cell.value, dt.datetime)]
    formats = {cell.number_format for cell in dates}
    assert day in formats and formats <= {day, month, "yyyy"}
    shown = {cell.number_format for row in cover.iter_rows() for cell in row
             if isinstance(cell.value, dt.datetime)}
    assert stamp in shown and shown <= {day, month, "yyyy", stamp}  # first/last as known
    period = r"\d\d\.\d\d\.\d{4} – " if language != "en" else r"\d{4}-\d\d-\d\d – "
    assert any(re.search(period, str(cell.value)) for row in cover.iter_rows() for cell in row)
