"""Report behaviours a third mutation sample (seed 2711, docs/mutation.md) found untested:
the order of one day's events in an exported selection, namesake organizations in the
coverage gaps, the parent UUID column of a long organization list, the counts of the top
regions, a read-only target in Russian, and true/false cells."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db import messages
from db.engine import Database
from db.event_store import EventInput, EventStore
from db.models import Event, EventOrganizer, Occasion, Organization
from db.queries import EventFilter
from desktop.reports import ReportError, ReportOptions, export_workbook
from desktop.reports.cells import INTEGER_FORMAT
from desktop.reports.xlsx import Book
from desktop.sample import load_sample

UUID_LENGTH = 36  # characters of a UUID's text form


def test_two_namesake_organizations_stay_two_rows_of_the_coverage_gaps(
    database: Database, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session, user="tester")
        store.save(EventInput(title="A memorial", start_date=dt.date(2025, 2, 26),
                              occasion="Khojaly genocide"))
        occasion = session.scalar(select(Occasion.id).where(Occasion.name == "Khojaly genocide"))
        # two bodies of one name, both without a place: only their records tell them apart
        first, second = Organization(name="A society"), Organization(name="A society")
        session.add_all([first, second])
        days = {first: [dt.date(2025, 3, 1), dt.date(2025, 4, 1)], second: [dt.date(2025, 5, 1)]}
        for body, dates in days.items():
            for day in dates:
                store.save(EventInput(title="An evening", start_date=day))
                session.flush()
                event_id = session.scalar(select(Event.id).where(Event.start_date == day))
                session.add(EventOrganizer(event_id=event_id, organization=body, position=0))
    out = tmp_path / "gaps.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("coverage_gaps",),
                                                 gaps_occasion_id=occasion))
    rows = list(load_workbook(out)["Coverage gaps"].iter_rows(values_only=True))
    assert "Organizations (2)" in [row[0] for row in rows]
    societies = sorted(r[3:5] for r in rows if r[0] == "A society")
    assert societies == [(1, dt.datetime(2025, 5, 1)), (2, dt.datetime(2025, 4, 1))]


def test_a_parent_uuid_far_down_a_long_organization_list_is_shown_whole(
    database: Database, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        EventStore(session, user="tester").save(
            EventInput(title="A congress", start_date=dt.date(2025, 3, 1)))
        event_id = session.scalar(select(Event.id))
        # many bodies without a parent sort first; the one with a parent comes last
        bodies = [Organization(name=f"Body {n:03}") for n in range(250)]
        bodies.append(Organization(name="Body 999",
                                   parent=Organization(name="Body 998")))
        session.add_all(bodies)
        session.add_all(EventOrganizer(event_id=event_id, organization=body, position=n)
                        for n, body in enumerate(bodies))
    out = tmp_path / "orgs.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("organizations",)))
    sheet = load_workbook(out)["Organizations"]
    header = [cell.value for cell in sheet[1]]
    for column in ("Organization UUID", "Parent organization UUID"):
        letter = sheet.cell(1, header.index(column) + 1).column_letter
        assert sheet.column_dimensions[letter].width >= UUID_LENGTH, column
    assert sheet.max_row == len(bodies) + 2  # the header, each body and the parent


def test_the_top_regions_counts_are_written_like_every_other_count(
    database: Database, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        load_sample(session)
    out = tmp_path / "report.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("per_region",)))
    sheet = load_workbook(out)["Per region"]
    rows = [row for row in sheet.iter_rows()
            if str(row[0].value).startswith("Regions with the most events")]
    assert len(rows) == 1
    top = [row[2] for row in sheet.iter_rows(min_row=rows[0][0].row + 2)
           if isinstance(row[2].value, int)]
    assert top  # the sample has events in regions
    assert {cell.number_format for cell in top} == {INTEGER_FORMAT}  # 1,234 not 1234


def test_a_read_only_report_file_is_refused_in_the_users_language(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "reports" / "report.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"last month's report")
    access = os.access

    def read_only(path: str | Path, mode: int, **kwargs: object) -> bool:  # root writes all
        if Path(path) == out and mode & os.W_OK:
            return False
        return access(path, mode)

    monkeypatch.setattr(os, "access", read_only)
    messages.set_language("ru")
    with pytest.raises(ReportError) as raised:
        export_workbook(database, out, ReportOptions(sheets=("cover",)))
    message = str(raised.value)
    assert message.startswith(f"Не удаётся перезаписать {out}: ")
    assert out.read_bytes() == b"last month's report"
    assert list(out.parent.iterdir()) == [out]


def test_true_and_false_read_back_as_true_and_false(tmp_path: Path) -> None:
    book = Book(tmp_path / "t.xlsx", "T", "tester")
    book.sheet("T").append([True, False])
    book.close()
    [row] = load_workbook(tmp_path / "t.xlsx")["T"].iter_rows(values_only=True)
    assert row[:2] == (True, False)


def test_a_selection_lists_one_days_events_in_the_order_they_were_entered(
    database: Database, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session, user="tester")
        for n in range(12):  # numbered in the order they are entered
            store.save(EventInput(title=f"Evening {n:02}", start_date=dt.date(2025, 3, 1)))
        selection = list(session.scalars(select(Event.uuid)))
    entered = [f"Evening {n:02}" for n in range(12)]
    for flt in (EventFilter(), EventFilter(uuids=selection)):
        out = tmp_path / "events.xlsx"
        export_workbook(database, out, ReportOptions(sheets=("events",), event_filter=flt))
        header, *rows = load_workbook(out)["Events"].iter_rows(values_only=True)
        # the same order whether all events or a selection of them are exported
        assert [row[header.index("Title")] for row in rows] == entered, flt
