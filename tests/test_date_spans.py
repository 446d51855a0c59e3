"""An event known to the month (or year) that runs into another shows as a span everywhere.

Seen: "March to April 2025", stored with precision "month" and an end date in April (as an
import leaves it), showed as "03.2025 – 04.2025" in the events table but as March alone
in the duplicate warning and the command line list, and as two made-up days in the report.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db.engine import Database
from db.event_store import EventInput, EventStore, SpeakerInput
from db.models import DatePrecision, Event
from desktop.cli import main
from desktop.reports import ReportOptions, export_workbook
from desktop.reports.language import translate, use_language

MARCH_TO_APRIL = {"start_date": dt.date(2025, 3, 5), "end_date": dt.date(2025, 4, 1),
                  "date_precision": DatePrecision.MONTH}
YEARS = {"start_date": dt.date(2024, 6, 1), "end_date": dt.date(2025, 1, 1),
         "date_precision": DatePrecision.YEAR}
MARCH = {"start_date": dt.date(2025, 3, 5), "end_date": dt.date(2025, 3, 20),
         "date_precision": DatePrecision.MONTH}
DAYS = {"start_date": dt.date(2025, 2, 26), "end_date": dt.date(2025, 3, 4),
        "date_precision": DatePrecision.BETWEEN}
EVENTS = {"Novruz": MARCH_TO_APRIL, "Two years": YEARS, "In March": MARCH, "Khojaly": DAYS}
"""Title: dates. "In March" ends in the month it starts: one month, no span."""
SHOWN = {
    "en": {"Novruz": "2025-03 – 2025-04", "Two years": "2024 – 2025", "In March": "2025-03",
           "Khojaly": "2025-02-26 – 2025-03-04"},
    "ru": {"Novruz": "03.2025 – 04.2025", "Two years": "2024 – 2025", "In March": "03.2025",
           "Khojaly": "26.02.2025 – 04.03.2025"},
}
"""How the events table writes them (desktop.ui.events_model.format_date)."""


def store(database: Database, title: str, **values) -> uuid.UUID:
    with database.sessions() as session:
        event = EventStore(session).save(EventInput(
            title=title, country="AZ", speakers=[SpeakerInput(name="Anar Mammadov")], **values))
        session.commit()
        return event.uuid


@pytest.fixture
def stored(database: Database) -> dict[str, uuid.UUID]:
    return {title: store(database, title, **dates) for title, dates in EVENTS.items()}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_events_table_shows_the_spans(qtbot, database, stored, interface_language, language):
    """What the other places must match."""
    from desktop.ui.events_model import EventsModel

    interface_language(language)
    model = EventsModel(database)
    model.wait()
    shown = {model.index(row, 1).data(): model.index(row, 0).data()
             for row in range(model.rowCount())}
    assert shown == SHOWN[language]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_duplicate_warning_shows_the_spans(
    qtbot, database, stored, interface_language, language
):
    from desktop.ui.duplicate_dialog import DuplicateDialog, describe_event, describe_input

    interface_language(language)
    with database.sessions() as session:
        store_ = EventStore(session)
        for title, event_uuid in stored.items():
            existing = describe_event(session.get(Event, store_.get(event_uuid).id))
            entering = describe_input(store_, store_.load(event_uuid))
            dialog = DuplicateDialog(entering, [existing])
            qtbot.addWidget(dialog)
            row = list(dialog.table.verticalHeaderItem(r).text()
                       for r in range(dialog.table.rowCount())).index(dialog.tr("Date"))
            cells = [dialog.table.item(row, column).text() for column in (0, 1)]
            assert cells == [SHOWN[language][title]] * 2, title


def test_the_trash_shows_the_spans(qtbot, database, stored):
    from desktop.ui.dialogs import TrashDialog

    with database.sessions() as session:
        EventStore(session).delete(stored["Novruz"])
        session.commit()
    trash = TrashDialog(database)
    qtbot.addWidget(trash)
    assert trash.model.index(0, 0).data() == SHOWN["en"]["Novruz"]


def test_the_command_line_list_shows_the_spans(database_path: Path, stored, capsys):
    capsys.readouterr()
    assert main(["--database", str(database_path), "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    for title, shown in SHOWN["en"].items():
        assert any(line.startswith(f"{shown}  {title}  ") for line in lines), (title, lines)


def excel_shows(value: dt.datetime, number_format: str) -> str:
    """A date cell as a spreadsheet shows it under its number format (the report's date
    formats use only yyyy, mm and dd)."""
    shown = number_format.replace("yyyy", "%Y").replace("mm", "%m").replace("dd", "%d")
    return value.strftime(shown)


def report_cells(database: Database, tmp_path: Path, language: str, sheet: str
                 ) -> dict[str, list[tuple[dt.datetime, str]]]:
    """Each event's date cells (value, shown) under "Start date" and the column after it, in
    the sheet ``sheet`` of a report in ``language``, by the event's title."""
    out = tmp_path / f"report_{language}.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("events", "speakers"),
                                                 language=language))
    with use_language(language):
        sheet, start = translate(sheet), translate("Start date")
        titles = {translate("Title"), translate("Event title")}
    rows = list(load_workbook(out)[sheet].iter_rows())
    headers = [cell.value for cell in rows[0]]
    first = headers.index(start)
    title = next(i for i, header in enumerate(headers) if header in titles)
    return {
        row[title].value: [(c.value, excel_shows(c.value, c.number_format))
                           for c in row[first:first + 2] if isinstance(c.value, dt.datetime)]
        for row in rows[1:]
    }


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_report_shows_the_dates_as_the_table_does(database, stored, tmp_path, language):
    """The events sheet keeps the stored days as dates (it sorts, filters and imports back
    as before) and shows them as precisely as they are known: "03.2025 | 04.2025", not
    "05.03.2025 | 01.04.2025", as if the 5th and the 1st were known."""
    cells = report_cells(database, tmp_path, language, "Events")
    for title, dates in EVENTS.items():
        shown = [text for _value, text in cells[title]]
        assert " – ".join(dict.fromkeys(shown)) == SHOWN[language][title], title
        values = [value.date() for value, _text in cells[title]]
        assert values == [dates["start_date"], dates["end_date"]], "the stored days"


def test_the_speakers_sheet_shows_the_start_as_precisely_as_it_is_known(
    database, stored, tmp_path
):
    cells = report_cells(database, tmp_path, "ru", "Speakers")
    assert [text for _value, text in cells["Novruz"]] == ["03.2025"]
    assert [text for _value, text in cells["Two years"]] == ["2024"]
    assert [text for _value, text in cells["Khojaly"]] == ["26.02.2025"]
