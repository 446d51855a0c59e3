"""The overview's figures (desktop.overview): the counting rule of the workbook, and
each bar's filter selecting exactly the events the bar counts."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest

from db.event_store import EventInput, EventStore, OrganizerInput
from db.models import DatePrecision
from db.queries import EventFilter, count_events, next_key, period_key
from desktop.overview import (
    Cell,
    bounded,
    compute_overview,
    narrowed,
    period_bounds,
    start_floors,
    year_earlier,
)
from desktop.sample import load_sample

PLACES = [
    ("Russia", "Primorsky Krai"), ("Russia", "Chelyabinsk Oblast"), ("Russia", "Moscow"),
    ("Russia", "Krasnoyarsk Krai"), ("Russia", "Republic of Tatarstan"),
    ("Russia", "Sverdlovsk Oblast"), ("Russia", "Novosibirsk Oblast"),
    ("Russia", "Saint Petersburg"), ("Russia", "Republic of Dagestan"), ("Georgia", "Tbilisi"),
    ("Azerbaijan", "Baku"), ("Russia", None), (None, None),
]
OCCASIONS = ["Khojaly genocide", "Novruz", "Independence Day (May 28)", "National Flag Day",
             None]
BODIES = ["Society of Friends", "Youth Union North", "Cultural Centre East", "Old Club"]
TODAY = dt.date(2025, 12, 15)


def generate(database, count: int = 90, seed: int = 7) -> None:
    """Events of 2024-2025 with every kind of date precision, place and occasion; one
    organization whose events stopped early (gone quiet)."""
    rng = random.Random(seed)
    with database.sessions() as session:
        store = EventStore(session)
        for number in range(count):
            country, region = PLACES[number % len(PLACES)]
            start = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
            precision, end = DatePrecision.DAY, None
            kind = number % 9
            if kind == 1:
                precision, start = DatePrecision.YEAR, start.replace(month=1, day=1)
            elif kind == 2:
                precision, start = DatePrecision.MONTH, start.replace(day=1)
            elif kind == 3:  # runs over a month's end (or the year's)
                end = start + dt.timedelta(days=rng.randrange(20, 45))
            body = BODIES[number % len(BODIES)]
            if body == "Old Club":
                start, precision, end = dt.date(2024, 3, 1 + number % 20), DatePrecision.DAY, None
            store.save(EventInput(
                title=f"Generated event {number}", start_date=start, end_date=end,
                date_precision=precision, country=country, region=region,
                occasion=OCCASIONS[number % len(OCCASIONS)], event_type="meeting",
                organizers=[OrganizerInput(body)]))
        session.commit()


@pytest.fixture
def generated(database_with):
    """The generated data set (made once, copied for each test)."""
    return database_with(generate)


def bars_of(overview):
    return [*overview.regions, *overview.countries, *overview.occasions]


def test_every_bar_selects_exactly_the_events_it_counts(generated):
    with generated.sessions() as session:
        overview = compute_overview(session, EventFilter(date_from=dt.date(2025, 1, 1),
                                                         date_to=dt.date(2025, 12, 31)),
                                    today=TODAY, top=3)
        assert any(bar.kind == "others" for bar in overview.regions)
        assert any(bar.kind == "others" for bar in overview.occasions)
        assert any(bar.kind == "none" for bar in overview.regions)
        floors = overview.floors
        for bar in bars_of(overview):
            for counted in (narrowed(overview.event_filter, bar.cell),
                            narrowed(overview.event_filter, bar.cell, floors)):
                assert count_events(session, counted) == bar.count
        for bar in overview.periods:
            cell = Cell(period=bar.key, granularity="month")
            assert count_events(session, narrowed(overview.event_filter, cell, floors)) == (
                bar.count)
        assert sum(b.count for b in overview.regions) == overview.total
        for (row, column), n in overview.matrix.cells.items():
            cell = Cell(region_id=row, occasion_id=column)
            assert count_events(session, narrowed(overview.event_filter, cell)) == n


def test_year_only_events_are_not_january_and_spans_count_in_each_month(database):
    with database.sessions() as session:
        store = EventStore(session)
        store.save(EventInput(title="Some day in 2025", start_date=dt.date(2025, 1, 1),
                              date_precision=DatePrecision.YEAR))
        store.save(EventInput(title="Over new year", start_date=dt.date(2024, 12, 28),
                              end_date=dt.date(2025, 2, 2)))
        session.commit()
        overview = compute_overview(session, EventFilter(), today=TODAY)
        by_key = {bar.key: bar.count for bar in overview.periods}
        assert (overview.first, overview.last) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
        assert by_key[(2025, 1)] == by_key[(2025, 2)] == 1
        assert by_key[(2025, None)] == 1
        assert overview.periods[0].previous == 0  # January 2024: nothing
        assert overview.total == 2


def test_previous_year_is_the_same_period_a_year_earlier(generated):
    with generated.sessions() as session:
        overview = compute_overview(session, EventFilter(date_from=dt.date(2025, 1, 1),
                                                         date_to=dt.date(2025, 12, 31)),
                                    today=TODAY)
        earlier = compute_overview(session, EventFilter(date_from=dt.date(2024, 1, 1),
                                                        date_to=dt.date(2024, 12, 31)),
                                   today=TODAY)
        assert [b.previous for b in overview.periods] == [
            b.count for b in earlier.periods if b.key[1] is not None][:12] + [
            b.count for b in earlier.periods if b.key[1] is None]


def test_gone_quiet_lists_organizations_without_recent_events(generated):
    with generated.sessions() as session:
        overview = compute_overview(session, EventFilter(), today=TODAY, quiet_months=6)
        assert [org.name for org in overview.quiet] == ["Old Club"]
        assert overview.quiet[0].last_event < overview.quiet_since
        cell = Cell(organization_id=overview.quiet[0].organization_id)
        assert count_events(session, narrowed(EventFilter(), cell)) == overview.quiet[0].events


def test_sample_data_overview(database):
    with database.sessions() as session:
        load_sample(session)
        session.commit()
        overview = compute_overview(session, EventFilter(), today=dt.date(2026, 1, 5))
        assert overview.total == 3
        assert [(b.label, b.count, b.anniversary) for b in overview.occasions] == [
            ("Khojaly genocide", 3, 33)]
        assert len(overview.matrix.rows) == 3 and len(overview.matrix.columns) == 1


def test_period_helpers():
    assert period_bounds((2024, 2), "month") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert period_bounds((2025, 4), "quarter") == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert year_earlier(dt.date(2024, 2, 29)) == dt.date(2023, 2, 28)


def test_the_start_floor_keeps_every_event_of_the_period(generated):
    """The index-friendly floor selects the same events, long spans and imprecise ends too."""
    with generated.sessions() as session:
        store = EventStore(session)
        store.save(EventInput(title="A long exhibition", start_date=dt.date(2021, 5, 1),
                              end_date=dt.date(2025, 3, 10)))
        store.save(EventInput(title="Some time in 2022-2025", start_date=dt.date(2022, 1, 1),
                              end_date=dt.date(2025, 1, 1), date_precision=DatePrecision.YEAR))
        store.save(EventInput(title="Long ago", start_date=dt.date(2018, 3, 3)))
        store.save(EventInput(title="Some month", start_date=dt.date(2023, 1, 1),
                              end_date=dt.date(2025, 6, 1), date_precision=DatePrecision.MONTH))
        session.commit()
        for first in (dt.date(2025, 1, 1), dt.date(2025, 6, 20), dt.date(2025, 11, 30)):
            flt = EventFilter(date_from=first, date_to=dt.date(2025, 12, 31))
            floors = start_floors(session, [first])
            assert floors[2025] < dt.date(2025, 1, 1)
            assert count_events(session, bounded(flt, floors)) == count_events(session, flt)
            # A copy for other dates (the table's export of a drill-down) drops the floor.
            earlier = replace(bounded(flt, floors), date_from=dt.date(2018, 1, 1))
            assert count_events(session, earlier) == count_events(
                session, replace(flt, date_from=dt.date(2018, 1, 1)))


def test_coverage_by_organization(generated):
    """Rows are the bodies active in the period; a cell's filter selects its events."""
    with generated.sessions() as session:
        flt = EventFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))
        overview = compute_overview(session, flt, today=TODAY, matrix_rows="organization")
        matrix = overview.matrix
        assert [name for _, name in matrix.rows] == [
            "Cultural Centre East", "Society of Friends", "Youth Union North"]  # not Old Club
        assert matrix.cells
        for (row, column), n in matrix.cells.items():
            cell = matrix.cell(row, column)
            assert count_events(session, narrowed(overview.event_filter, cell)) == n


def test_weeks_are_iso_weeks_with_the_year_before_aligned_by_week(database):
    """Issue 15 item 1: events per ISO week; a date known only to the month or the year
    says nothing of the week (its year's "unknown" bar); a span counts in each week."""
    with database.sessions() as session:
        store = EventStore(session)
        for title, start, end, precision in (
            ("Wednesday of week 5", dt.date(2025, 1, 29), None, DatePrecision.DAY),
            ("Over a weekend into week 10", dt.date(2025, 2, 28), dt.date(2025, 3, 4),
             DatePrecision.DAY),
            ("Some day in March", dt.date(2025, 3, 1), None, DatePrecision.MONTH),
            ("Some day in 2025", dt.date(2025, 1, 1), None, DatePrecision.YEAR),
            ("Week 5 a year earlier", dt.date(2024, 2, 1), None, DatePrecision.DAY),
            ("Monday of week 1 of 2025, in 2024", dt.date(2024, 12, 30), None,
             DatePrecision.DAY),
        ):
            store.save(EventInput(title=title, start_date=start, end_date=end,
                                  date_precision=precision))
        session.commit()
        year = EventFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))
        overview = compute_overview(session, year, granularity="week", today=TODAY)
        bars = {bar.key: bar for bar in overview.periods}
        weeks = [bar.key for bar in overview.periods if bar.key[1] is not None]
        assert weeks[0] == (2025, 1) and weeks[-1] == (2026, 1) and len(weeks) == 53
        assert overview.periods[-1].key == (2025, None)
        assert bars[(2025, 5)].count == 1 and bars[(2025, 5)].previous == 1
        assert bars[(2025, 9)].count == bars[(2025, 10)].count == 1
        assert bars[(2025, 1)].count == 0  # its Monday is in 2024, outside the period
        assert bars[(2025, None)].count == 2
        assert sum(bar.count for bar in overview.periods) == 5 and overview.total == 4
        for bar in overview.periods:
            cell = Cell(period=bar.key, granularity="week")
            assert count_events(session, narrowed(overview.event_filter, cell,
                                                  overview.floors)) == bar.count


def test_every_week_bar_selects_exactly_the_events_it_counts(generated):
    with generated.sessions() as session:
        year = EventFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))
        overview = compute_overview(session, year, granularity="week", today=TODAY)
        assert sum(bar.count for bar in overview.periods if bar.key[1] is not None) > 0
        assert sum(bar.previous for bar in overview.periods) > 0
        for bar in overview.periods:
            cell = Cell(period=bar.key, granularity="week")
            assert count_events(session, narrowed(overview.event_filter, cell,
                                                  overview.floors)) == bar.count


def test_week_helpers():
    assert period_key(dt.date(2024, 12, 30), "week") == (2025, 1)
    assert period_key(dt.date(2021, 1, 3), "week") == (2020, 53)
    assert next_key((2020, 53), "week") == (2021, 1) and next_key((2021, 52), "week") == (
        2022, 1)
    assert period_bounds((2025, 5), "week") == (dt.date(2025, 1, 27), dt.date(2025, 2, 2))
