"""Query behaviours that a second mutation sample (seed 2611, scripts/mutation.sh) found
untested: a period's end and dates known to the month, end dates in the events table,
quarters over new year, weeks of a month-only date, and where events with no region go."""

from __future__ import annotations

import datetime as dt

from db.engine import Database
from db.event_store import EventInput, EventStore
from db.queries import (
    EventFilter,
    count_events,
    event_periods,
    events_per_period,
    events_per_region,
    list_events,
)
from db.tables import DatePrecision


def test_a_period_ending_early_in_a_month_holds_an_event_known_only_to_that_month(
    database: Database,
) -> None:
    """A date known to the month means any day of it: it may have been before the 10th."""
    with database.sessions.begin() as session:
        store = EventStore(session)
        store.save(
            EventInput(
                title="A spring evening",
                start_date=dt.date(2025, 3, 20),
                date_precision=DatePrecision.MONTH,
            )
        )
        store.save(
            EventInput(
                title="An April evening",
                start_date=dt.date(2025, 4, 20),
                date_precision=DatePrecision.MONTH,
            )
        )
    until = EventFilter(date_to=dt.date(2025, 3, 10))
    with database.sessions() as session:
        titles = [row.title for row in list_events(session, until)]
        count = count_events(session, until)
    assert titles == ["A spring evening"]
    assert count == 1


def test_the_events_table_shows_when_an_event_ends(database: Database) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session)
        store.save(
            EventInput(
                title="A festival", start_date=dt.date(2025, 6, 6), end_date=dt.date(2025, 6, 8)
            )
        )
        store.save(EventInput(title="An evening", start_date=dt.date(2025, 6, 9)))
    with database.sessions() as session:
        ends = {row.title: row.end_date for row in list_events(session, EventFilter())}
    assert ends == {"A festival": dt.date(2025, 6, 8), "An evening": None}


def test_an_event_with_no_organizer_shows_an_empty_list_of_organizers(
    database: Database,
) -> None:
    """Callers join the organizers into text: none is an empty list, not a missing one."""
    with database.sessions.begin() as session:
        EventStore(session).save(EventInput(title="An evening", start_date=dt.date(2025, 6, 9)))
    with database.sessions() as session:
        [row] = list_events(session, EventFilter())
    assert row.organizers == []


def test_an_event_over_new_year_counts_in_the_last_and_the_first_quarter(
    database: Database,
) -> None:
    """A year has four quarters: October-December's is followed by January's of the next year.

    (It starts in October, not December: with quarters numbered wrong for December,
    ``key_range`` would never reach the end and the test would run out of memory.)"""
    with database.sessions.begin() as session:
        EventStore(session).save(
            EventInput(
                title="A festival",
                start_date=dt.date(2025, 10, 20),
                end_date=dt.date(2026, 1, 10),
                region="Moscow",
            )
        )
    with database.sessions() as session:
        [moscow] = events_per_region(session, EventFilter(), "quarter")
        totals = events_per_period(session, EventFilter(), "quarter")
    assert moscow.per_period == {(2025, 4): 1, (2026, 1): 1}
    assert totals == {(2025, 4): 1, (2026, 1): 1}


def test_an_event_with_no_end_date_counts_in_its_start_period_only() -> None:
    """``event_periods`` takes an event's end as stored: none for a one-day event."""
    assert event_periods(DatePrecision.DAY, dt.date(2025, 3, 9), None, "month") == [(2025, 3)]
    assert event_periods(DatePrecision.YEAR, dt.date(2024, 1, 1), None, "quarter") == [(2024, None)]


def test_a_countrys_events_with_no_region_come_after_its_regions(database: Database) -> None:
    """The report dialog's preview: a country's regions, then its events with no region."""
    with database.sessions.begin() as session:
        store = EventStore(session)
        store.save(
            EventInput(
                title="Somewhere in the country", start_date=dt.date(2025, 4, 5), country="Russia"
            )
        )
        store.save(
            EventInput(
                title="An evening",
                start_date=dt.date(2025, 5, 6),
                country="Russia",
                region="Moscow",
            )
        )
        store.save(
            EventInput(
                title="A concert",
                start_date=dt.date(2025, 5, 7),
                country="Russia",
                region="Primorsky Krai",
            )
        )
    with database.sessions() as session:
        rows = [(r.country, r.region) for r in events_per_region(session, EventFilter())]
    assert [country for country, _region in rows] == ["Russia"] * 3
    named = [region for _country, region in rows[:2]]
    assert None not in named and named == sorted(named, key=str)
    assert rows[2] == ("Russia", None)


def test_an_event_known_to_january_counts_in_its_own_years_unknown_week(
    database: Database,
) -> None:
    """A month gives no week: the event counts in its year's "week unknown", and 1 January
    2026 being in a week that began on a Monday of 2025 does not move it to 2025."""
    with database.sessions.begin() as session:
        EventStore(session).save(
            EventInput(
                title="A winter evening",
                start_date=dt.date(2026, 1, 1),
                date_precision=DatePrecision.MONTH,
                region="Moscow",
            )
        )
    with database.sessions() as session:
        [moscow] = events_per_region(session, EventFilter(), "week")
        totals = events_per_period(session, EventFilter(), "week")
    new_year = dt.date(2026, 1, 1)
    assert (new_year - dt.timedelta(days=new_year.weekday())).year == 2025  # the premise
    assert moscow.per_period == {(2026, None): 1}
    assert totals == {(2026, None): 1}
