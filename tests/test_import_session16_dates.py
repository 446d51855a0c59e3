"""Date cells of an imported sheet as a clerk writes them.

Seen: one unreadable date cell ("32.13.2025", "вчера") gave two problems for its row, one
that it is not a date and one asking for the date, as if the cell were empty; a span of
days written in the date cell of a row that updates a stored event (by its Event UUID)
kept the stored end date and precision, and a single day kept the stored span's end.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from db.engine import Database
from db.event_store import EventInput, EventStore
from db.models import ChangeLog, DatePrecision
from desktop.importing import guess_mapping, preview, read_table
from desktop.reports import ReportOptions, export_workbook
from tests.import_helpers import import_file


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("written", ["32.13.2025", "вчера", "31.02.2025", "2025-02-30"])
def test_an_unreadable_date_cell_gives_one_problem_that_says_how_to_fix_it(
    database, tmp_path, written
) -> None:
    path = _sheet(tmp_path / "events.xlsx",
                  [["Title", "Start date"], ["Evening", written]])
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    row = plan.rows[0]
    assert row.action == "error"
    on_the_cell = [p for p in row.problems if p.cell == "B2"]
    assert len(on_the_cell) == 1, [str(p) for p in row.problems]
    assert len(row.problems) == 1
    message = on_the_cell[0].message
    assert written in message  # what the clerk wrote, not "enter the date" as if empty
    assert "26.02.2025" in message or "correct the day" in message  # how to fix it


@pytest.mark.parametrize(("written", "says"), [("31.02.2025", "31"), ("32.13.2025", "13"),
                                               ("2025-02-30", "30")])
def test_a_day_that_does_not_exist_is_named_as_such(database, tmp_path, written, says) -> None:
    """"not a date; write it as 26.02.2025" to a clerk who did write it so: the day or the
    month that does not exist is what to correct."""
    path = _sheet(tmp_path / "events.xlsx",
                  [["Title", "Start date"], ["Evening", written]])
    table = read_table(path)
    (problem,) = preview(database, table, guess_mapping(table.headers)).rows[0].problems
    assert "exist" in problem.message and says in problem.message.replace(written, "")


def _stored(database: Database, start: dt.date, end: dt.date | None = None,
            precision: DatePrecision = DatePrecision.DAY) -> uuid.UUID:
    with database.sessions.begin() as session:
        saved = EventStore(session, user="clerk").save(EventInput(
            title="Spring festival", start_date=start, end_date=end, date_precision=precision))
        assert saved.uuid is not None
        return saved.uuid


def _logged_dates(database: Database, batch_id: uuid.UUID | None,
                  event_uuid: uuid.UUID) -> dict[str, object]:
    with database.sessions() as session:
        logged = session.scalars(select(ChangeLog).where(
            ChangeLog.batch_id == batch_id, ChangeLog.record_uuid == event_uuid)).all()
    assert [entry.action for entry in logged] == ["update"]
    return logged[0].changes or {}


def test_a_span_written_in_an_exported_date_cell_updates_the_end(database, tmp_path) -> None:
    event_uuid = _stored(database, dt.date(2025, 3, 3))
    exported = tmp_path / "events.xlsx"
    export_workbook(database, exported, ReportOptions())
    book = load_workbook(exported)
    sheet = book["Events"]
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(2, headers.index("Start date") + 1, "3-5.03.2025")
    book.save(exported)

    result = import_file(database, exported)

    assert result.updated == 1
    with database.sessions() as session:
        data = EventStore(session).load(event_uuid)
    assert (data.start_date, data.end_date, data.date_precision) == (
        dt.date(2025, 3, 3), dt.date(2025, 3, 5), DatePrecision.DAY)
    assert "end_date" in _logged_dates(database, result.batch_id, event_uuid)


def test_a_span_in_a_sheet_without_an_end_column_updates_end_and_precision(
    database, tmp_path
) -> None:
    """A month ("март 2025") made days by a span: the end and the precision change."""
    event_uuid = _stored(database, dt.date(2025, 3, 1), precision=DatePrecision.MONTH)
    path = _sheet(tmp_path / "events.xlsx", [
        ["Event UUID", "Title", "Start date"],
        [str(event_uuid), "Spring festival", "с 1 по 5 марта 2025"],
    ])
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))
    assert plan.rows[0].action == "update"  # shown to the clerk before it is saved
    assert any("5 March 2025" in note for note in plan.rows[0].notes)

    result = import_file(database, path)

    with database.sessions() as session:
        data = EventStore(session).load(event_uuid)
    assert (data.start_date, data.end_date, data.date_precision) == (
        dt.date(2025, 3, 1), dt.date(2025, 3, 5), DatePrecision.DAY)
    changes = _logged_dates(database, result.batch_id, event_uuid)
    assert {"end_date", "date_precision"} <= set(changes)


def test_one_day_written_over_a_stored_span_clears_its_end(database, tmp_path) -> None:
    event_uuid = _stored(database, dt.date(2025, 3, 3), dt.date(2025, 3, 5))
    path = _sheet(tmp_path / "events.xlsx", [
        ["Event UUID", "Title", "Start date"],
        [str(event_uuid), "Spring festival", "03.03.2025"],
    ])

    result = import_file(database, path)

    assert result.updated == 1
    with database.sessions() as session:
        data = EventStore(session).load(event_uuid)
    assert (data.start_date, data.end_date) == (dt.date(2025, 3, 3), None)
    changes = _logged_dates(database, result.batch_id, event_uuid)
    assert changes["end_date"][1] is None  # type: ignore[index]
