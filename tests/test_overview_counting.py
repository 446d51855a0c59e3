"""Issue 15 item 5: the overview counts with fewer and cheaper queries, and still by the
workbook's counting rule, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

import pytest

from db.engine import Database
from db.queries import EventFilter, Granularity, events_per_period, events_per_region
from desktop.overview import bounded, compute_overview, start_floors
from tests.test_overview_figures import TODAY, generate

FILTERS = [
    EventFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31)),
    EventFilter(date_from=dt.date(2025, 3, 1), date_to=dt.date(2025, 3, 31)),
    EventFilter(date_from=dt.date(2024, 12, 20), date_to=dt.date(2025, 2, 10)),
    EventFilter(date_from=dt.date(2025, 6, 1)),
    EventFilter(date_to=dt.date(2024, 6, 30)),
    EventFilter(),
]


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request: pytest.FixtureRequest, database_with) -> Iterator[Database]:
    """The generated data set in the test's SQLite file or PostgreSQL database (made once,
    copied for each test)."""
    if request.param == "sqlite":
        yield database_with(generate)
    else:
        yield request.getfixturevalue("postgres_data_set_with")(generate)


@pytest.mark.parametrize("granularity", ["week", "month", "quarter", "year"])
def test_periods_are_the_per_region_sheets_totals(any_database: Database,
                                                  granularity: Granularity) -> None:
    """The periods chart's own count equals the Total row of the "Per region" sheet
    (each period the sum of its regions), with and without the start floor."""
    with any_database.sessions() as session:
        for flt in FILTERS:
            expected: dict = defaultdict(int)
            for row in events_per_region(session, flt, granularity):
                for key, n in row.per_period.items():
                    expected[key] += n
            assert events_per_period(session, flt, granularity) == dict(expected), flt
            if flt.date_from is not None:
                floors = start_floors(session, [flt.date_from])
                assert events_per_period(session, bounded(flt, floors), granularity) == dict(
                    expected), flt


def test_places_are_the_per_region_sheets_totals(any_database: Database) -> None:
    """Regions, countries and the total come from the per-occasion grouping, and equal
    the "Per region" sheet's rows."""
    with any_database.sessions() as session:
        for flt in FILTERS[:4]:
            overview = compute_overview(session, flt, today=TODAY, top=100)
            rows = events_per_region(session, overview.event_filter, "month")
            assert overview.total == sum(r.events for r in rows)
            regions: dict = defaultdict(int)
            countries: dict = defaultdict(int)
            for r in rows:
                regions[r.region_id or 0] += r.events
                countries[r.country_id or 0] += r.events
            assert {(b.cell.region_id, b.count) for b in overview.regions} == set(
                regions.items())
            assert {(b.cell.country_id, b.count) for b in overview.countries} == set(
                countries.items())


def test_places_are_counted_beside_the_periods_with_the_same_figures(
        any_database: Database) -> None:
    """Given a way to open sessions, the places (the biggest grouping) are counted on a
    connection of their own in a second thread while this one counts who went quiet
    (SQLite and PostgreSQL both let go of Python while they count); every figure stays
    the same."""
    import threading

    from sqlalchemy import event

    counted_in: set[int] = set()

    def record(_connection, _cursor, statement, _parameters, _context, _many) -> None:
        grouped_by = statement.partition("GROUP BY")[2]
        if "event.occasion_id" in grouped_by and "event.anniversary" in grouped_by:
            counted_in.add(threading.get_ident())

    flt = FILTERS[0]
    with any_database.sessions() as session:
        alone = compute_overview(session, flt, today=TODAY, top=3)
        event.listen(any_database.engine, "before_cursor_execute", record)
        try:
            beside = compute_overview(session, flt, today=TODAY, top=3,
                                      sessions=any_database.sessions)
        finally:
            event.remove(any_database.engine, "before_cursor_execute", record)
    assert counted_in and threading.get_ident() not in counted_in
    assert set(beside.parts) == set(alone.parts)
    for name in ("total", "periods", "regions", "countries", "occasions", "matrix", "quiet"):
        assert getattr(beside, name) == getattr(alone, name), name


def statements_of(database: Database, work) -> list[str]:
    """The SQL statements ``work()`` runs."""
    from sqlalchemy import event

    statements: list[str] = []

    def record(_connection, _cursor, statement, _parameters, _context, _many) -> None:
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        work()
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    return statements


def test_an_option_of_one_chart_recounts_that_chart_alone(database_with) -> None:
    """Grouping by week instead of month, or another span for "gone quiet", changes one
    chart: the others are taken from the overview counted before for the same filter."""
    database = database_with(generate)
    flt = FILTERS[0]
    with database.sessions() as session:
        months = compute_overview(session, flt, today=TODAY)
        weeks: list = []
        statements = statements_of(database, lambda: weeks.append(compute_overview(
            session, flt, today=TODAY, granularity="week", reuse=months)))
        assert weeks[0].periods == compute_overview(
            session, flt, today=TODAY, granularity="week").periods
        assert weeks[0].regions == months.regions and weeks[0].quiet == months.quiet
        assert not any("event_organizer" in s or "anniversary" in s for s in statements)
        quiet: list = []
        statements = statements_of(database, lambda: quiet.append(compute_overview(
            session, flt, today=TODAY, quiet_months=3, reuse=months)))
        assert quiet[0].quiet == compute_overview(session, flt, today=TODAY,
                                                  quiet_months=3).quiet
        assert quiet[0].periods == months.periods and quiet[0].regions == months.regions
        assert not any("anniversary" in s or "GROUP BY event.start_date" in s
                       for s in statements)
        assert set(quiet[0].parts) == set(weeks[0].parts) == set(months.parts)


def test_another_filter_recounts_everything(database_with) -> None:
    database = database_with(generate)
    with database.sessions() as session:
        year = compute_overview(session, FILTERS[0], today=TODAY)
        march = compute_overview(session, FILTERS[1], today=TODAY, reuse=year)
        assert march.total < year.total
        assert march == compute_overview(session, FILTERS[1], today=TODAY)
