"""Every report filter, alone and combined, on every sheet, on SQLite and PostgreSQL.

An organization filter once broke every export (its EXISTS probe correlated away
the FROM of the cover's organization count); the events each export keeps are
checked against the sample's own data, and an internal failure reaches the user
as a sentence that names the log file, never as a library's text.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.engine import Database
from db.models import Event, EventOrganizer, Occasion, Organization, Region
from db.queries import EventFilter
from desktop.reports import ALL_SHEETS, EXTRA_SHEETS, ReportError, ReportOptions, export_workbook
from tests.data_sets import fill_sample

EVERY_SHEET = (*ALL_SHEETS, *EXTRA_SHEETS)


@pytest.fixture(params=["sqlite", "postgresql"])
def sample(request: pytest.FixtureRequest, database_with) -> Iterator[Database]:
    """The sample data set on each back end (PostgreSQL only where a server is set up),
    made once and copied for each test."""
    if request.param == "sqlite":
        yield database_with(fill_sample)
    else:
        yield request.getfixturevalue("postgres_data_set_with")(fill_sample)


def _filters(database: Database) -> dict[str, EventFilter]:
    """One filter per field, each matching part of the sample."""
    with database.sessions() as session:
        event = session.scalars(select(Event).order_by(Event.start_date, Event.id)).first()
        assert event is not None and event.region_id is not None
        organizer = session.scalars(
            select(EventOrganizer).where(EventOrganizer.event_id == event.id)
        ).first()
        assert organizer is not None
        return {
            "text": EventFilter(text=event.title.split()[0]),
            "date_from": EventFilter(date_from=event.start_date),
            "date_to": EventFilter(date_to=event.start_date),
            "country": EventFilter(country_id=event.country_id),
            "region": EventFilter(region_id=event.region_id),
            "organization": EventFilter(organization_id=organizer.organization_id),
            "occasion": EventFilter(occasion_id=event.occasion_id),
            "event_type": EventFilter(event_type_id=event.event_type_id),
            "status": EventFilter(status=event.status),
            "uuids": EventFilter(uuids=[event.uuid]),
        }


def _combine(filters: list[EventFilter]) -> EventFilter:
    merged = EventFilter()
    for flt in filters:
        for item in dataclasses.fields(flt):
            value = getattr(flt, item.name)
            if value not in (None, False):
                setattr(merged, item.name, value)
    return merged


def _expected(database: Database, flt: EventFilter) -> set[str]:
    """The UUIDs the filter should keep, worked out in Python from the records."""
    with database.sessions() as session:
        kept = set()
        for event in session.scalars(select(Event).where(Event.deleted_at.is_(None))):
            organizations = {o.organization_id for o in event.organizers}
            if flt.text and flt.text.lower() not in event.title.lower() + (
                event.description or ""
            ).lower():
                continue
            checks = [
                flt.date_from is None or event.start_date >= flt.date_from,
                flt.date_to is None or event.start_date <= flt.date_to,
                flt.country_id is None or event.country_id == flt.country_id,
                flt.region_id is None or event.region_id == flt.region_id,
                flt.organization_id is None or flt.organization_id in organizations,
                flt.occasion_id is None or event.occasion_id == flt.occasion_id,
                flt.event_type_id is None or event.event_type_id == flt.event_type_id,
                flt.status is None or event.status == flt.status,
                flt.uuids is None or event.uuid in flt.uuids,
            ]
            if all(checks):
                kept.add(str(event.uuid))
        return kept


def _export(database: Database, out: Path, flt: EventFilter) -> set[str]:
    export_workbook(database, out, ReportOptions(event_filter=flt, sheets=EVERY_SHEET))
    wb = load_workbook(out, read_only=True)  # the events sheet alone is read
    try:
        events = wb[wb.sheetnames[1]]
        return {row[0] for row in events.iter_rows(min_row=2, values_only=True) if row[0]}
    finally:
        wb.close()


def test_each_filter_alone_on_every_sheet(sample: Database, tmp_path: Path):
    for name, flt in _filters(sample).items():
        assert _export(sample, tmp_path / f"{name}.xlsx", flt) == _expected(sample, flt), name


def test_filters_combined_on_every_sheet(sample: Database, tmp_path: Path):
    filters = _filters(sample)
    for size in (2, 3, len(filters)):
        for names in itertools.islice(itertools.combinations(filters, size), 12):
            flt = _combine([filters[n] for n in names])
            out = tmp_path / f"{'-'.join(names)}.xlsx"
            assert _export(sample, out, flt) == _expected(sample, flt), names


def test_organization_filter_counts_on_the_cover(sample: Database, tmp_path: Path):
    with sample.sessions() as session:
        friendship = session.scalars(select(Organization).order_by(Organization.id)).first()
        assert friendship is not None
        flt = EventFilter(organization_id=friendship.id)
    out = tmp_path / "org.xlsx"
    export_workbook(sample, out, ReportOptions(event_filter=flt))
    cover = {row[0]: row[1] for row in load_workbook(out)["Cover"].iter_rows(values_only=True)}
    assert cover["Events"] == len(_expected(sample, flt)) >= 1
    assert cover["Organizations"] >= 1


def test_an_internal_error_is_a_clear_message_and_logged(
    database: Database, tmp_path: Path, monkeypatch, caplog
):
    from desktop.reports import sheets_summary

    def broken(*_args, **_kwargs):
        raise RuntimeError("Select statement returned no FROM clauses due to auto-correlation")

    monkeypatch.setattr(sheets_summary, "write_per_region", broken)
    out = tmp_path / "broken.xlsx"
    with caplog.at_level(logging.ERROR), pytest.raises(ReportError) as raised:
        export_workbook(database, out, ReportOptions())
    message = str(raised.value)
    assert "auto-correlation" not in message and "Select" not in message
    assert "log" in message.lower()
    assert "auto-correlation" in caplog.text  # the details are kept for whoever looks
    assert not out.exists()


def test_occasion_and_status_filters_are_real_records(sample: Database):
    """Guard for the filters above: each one matches something, so none passes vacuously."""
    with sample.sessions() as session:
        assert session.scalar(select(Occasion.id)) is not None
        assert session.scalar(select(Region.id)) is not None
    for name, flt in _filters(sample).items():
        assert _expected(sample, flt), name


def test_the_counting_rule_and_period_overlap_on_each_back_end(sample: Database):
    """The period filter and the per-period counts are SQL: the same answers on both."""
    import datetime as dt

    from db.event_store import EventInput, EventStore
    from db.models import DatePrecision
    from db.queries import count_events, events_per_region

    with sample.sessions.begin() as session:
        store = EventStore(session, user="tester")
        store.save(EventInput(title="Over new year", start_date=dt.date(2023, 12, 30),
                              end_date=dt.date(2024, 1, 2), region="RU-PRI"))
        store.save(EventInput(title="Some time in 2024", start_date=dt.date(2024, 1, 1),
                              date_precision=DatePrecision.YEAR, region="RU-PRI"))
    year = EventFilter(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31))
    with sample.sessions() as session:
        assert count_events(session, year) == 2
        (row,) = [r for r in events_per_region(session, year, "quarter")
                  if r.region_code == "RU-PRI"]
    assert row.events == 2 and row.per_period == {(2024, 1): 1, (2024, None): 1}
