"""Issue 15 item 5: a period filter reads the events of the period through the date indexes,
never every event before its end (coalesce(end_date, start_date) could use no index: a
year's count at a million events read ten years of them)."""

from __future__ import annotations

import datetime as dt
import random
import re
import uuid

import pytest
from sqlalchemy import Select, event as sa_event, func, insert, select

from db.engine import Database
from db.models import DatePrecision, Event, EventStatus
from db.queries import EventFilter, count_events
from desktop.overview import bounded, start_floors

YEAR = EventFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))
MARCH = EventFilter(date_from=dt.date(2025, 3, 1), date_to=dt.date(2025, 3, 31))


def plan(database, query: Select) -> list[str]:
    sql = query.compile(database.engine, compile_kwargs={"literal_binds": True})
    with database.engine.connect() as connection:
        return [row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]


def reads_of_event(steps: list[str]) -> list[str]:
    return [s for s in steps if re.match(r"(SEARCH|SCAN) event\b", s)]


def bounded_range(step: str, column: str) -> bool:
    """An index range with both ends on ``column`` (not everything before a day)."""
    return f"({column}>? AND {column}<?)" in step


def add_events(database, count: int = 3000) -> None:
    """Ten years of events, one in twenty with an end date, then ANALYZE: the statistics
    of a big file (without them SQLite guesses; both must give the same plan)."""
    now = dt.datetime(2026, 1, 1)
    rows = []
    for number in range(count):
        start = dt.date(2016, 1, 1) + dt.timedelta(days=number * 3653 // count)
        rows.append({"uuid": uuid.UUID(int=number + 1), "title": f"Event {number}",
                     "start_date": start,
                     "end_date": start + dt.timedelta(days=9) if number % 20 == 3 else None,
                     "date_precision": DatePrecision.DAY, "status": EventStatus.VERIFIED,
                     "search_text": "", "created_at": now, "updated_at": now, "version": 1})
    with database.engine.begin() as connection:
        connection.execute(insert(Event.__table__), rows)
        connection.exec_driver_sql("ANALYZE")


def analyzed_copy(database_with) -> Database:
    """The test's own copy of a data set holding ``add_events``' events and statistics
    (filled once per run): the statistics must have come along."""
    database = database_with(add_events)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM sqlite_stat1").scalar()
        assert connection.exec_driver_sql("SELECT count(*) FROM event").scalar() == 3000
    return database


@pytest.mark.parametrize("event_filter", [YEAR, MARCH, EventFilter(date_from=dt.date(2025, 1, 1))])
@pytest.mark.parametrize("analyzed", [False, True])
def test_a_period_is_read_through_both_date_indexes(
    database, database_with, event_filter, analyzed
) -> None:
    if analyzed:
        database = analyzed_copy(database_with)
    steps = plan(database, select(func.count(Event.id)).where(*event_filter.conditions()))
    assert "MULTI-INDEX OR" in steps, steps
    reads = reads_of_event(steps)
    assert len(reads) == 2, steps
    assert any(re.search(r"INDEX ix_event_(start_date|overview) \(start_date>\?", s)
               for s in reads), steps
    assert any(bounded_range(s, "end_date") and "ix_event_end_date" in s for s in reads), steps


@pytest.mark.parametrize("analyzed", [False, True])
def test_the_overview_reads_its_year_as_one_range_of_start_dates(
    database, database_with, analyzed
) -> None:
    if analyzed:
        database = analyzed_copy(database_with)
    with database.sessions() as session:
        floors = start_floors(session, [YEAR.date_from])
    steps = plan(database, select(Event.region_id, func.count(Event.id))
                 .where(*bounded(YEAR, floors).conditions()).group_by(Event.region_id))
    (read,) = reads_of_event(steps)
    assert bounded_range(read, "start_date"), steps


def test_the_index_friendly_terms_drop_no_event(database) -> None:
    """Whatever the period, the filter selects exactly the events of the counting rule
    alone (the index terms only narrow what is read): long spans, imprecise dates,
    periods across years, open ends."""
    from sqlalchemy import and_, true

    from db.event_store import EventInput, EventStore
    from db.queries import _may_end_on_or_after, _may_start_on_or_before

    rng = random.Random(3)
    with database.sessions() as session:
        store = EventStore(session)
        for number in range(120):
            start = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1400))
            precision = rng.choice(list(DatePrecision))
            end = start + dt.timedelta(days=rng.choice([1, 20, 70, 400, 900])) if (
                precision == DatePrecision.BETWEEN or number % 4 == 0) else None
            store.save(EventInput(title=f"Event {number}", start_date=start, end_date=end,
                                  date_precision=precision))
        session.commit()
        counted: list[int] = []
        for _ in range(150):
            first = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1500))
            last = first + dt.timedelta(days=rng.choice([0, 6, 30, 200, 800]))
            for date_from, date_to in ((first, last), (first, None), (None, last)):
                rule = and_(
                    _may_end_on_or_after(date_from) if date_from else true(),
                    _may_start_on_or_before(date_to) if date_to else true(),
                    Event.deleted_at.is_(None))
                expected = session.scalar(select(func.count(Event.id)).where(rule))
                flt = EventFilter(date_from=date_from, date_to=date_to)
                assert count_events(session, flt) == expected, (date_from, date_to)
                counted.append(expected)
        assert min(counted) < 10 and max(counted) > 60  # narrow and wide periods


def overview_plans(database, **options) -> list[list[tuple[int, str]]]:
    """The query plan of every statement a refresh of the overview for 2025 runs: each
    step with the id of the step it belongs to (0: the statement itself)."""
    from sqlalchemy import event

    from desktop.overview import compute_overview

    statements: list[tuple[str, object]] = []

    def record(_connection, _cursor, statement, parameters, _context, _many) -> None:
        statements.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        with database.sessions() as session:
            compute_overview(session, YEAR, today=dt.date(2025, 12, 31), **options)
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    with database.engine.connect() as connection:
        return [[(row[1], row[-1]) for row in connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {statement}", parameters)]
            for statement, parameters in statements if statement.lstrip().startswith("SELECT")]


@pytest.mark.parametrize("granularity", ["month", "week"])
@pytest.mark.parametrize("analyzed", [False, True])
def test_a_refresh_sorts_the_events_of_its_year_once(
    database, database_with, analyzed, granularity
) -> None:
    """Sorting a year's events to group them is what a count costs (100,000 events: a
    tenth of a second each): the places, occasions and coverage share one grouping, and
    each year's periods are grouped in the order the covering index reads them."""
    if analyzed:
        database = analyzed_copy(database_with)
    sorted_reads = [steps for steps in overview_plans(database, granularity=granularity)
                    if any("TEMP B-TREE FOR GROUP BY" in step and reads_of_event(
                        [s for p, s in steps if p == parent]) for parent, step in steps)]
    assert len(sorted_reads) == 1, sorted_reads


@pytest.mark.parametrize("analyzed", [False, True])
def test_gone_quiet_does_not_read_every_organizer(database, database_with, analyzed) -> None:
    """Which organizations have any event is answered per organization through the
    organizer index, not by reading all of it (a million rows at a million events)."""
    if analyzed:
        database = analyzed_copy(database_with)
    for steps in overview_plans(database):
        assert not any(re.match(r"SCAN event_organizer\b", s) for _, s in steps), steps


def test_the_start_floor_replaces_the_other_index_terms(database) -> None:
    """With the floor, the year is one range of start dates; the terms that only helped
    the indexes (an end date from the year's first day on) are not checked for each of
    its events again (a tenth of a count's time)."""
    with database.sessions() as session:
        floors = start_floors(session, [YEAR.date_from])
    where = str(select(Event.id).where(*bounded(YEAR, floors).conditions()).compile(
        database.engine, compile_kwargs={"literal_binds": True}))
    assert "end_date BETWEEN" not in where and "start_date BETWEEN" not in where, where
    assert "end_date BETWEEN" in str(select(Event.id).where(*YEAR.conditions()).compile(
        database.engine, compile_kwargs={"literal_binds": True}))


@pytest.mark.parametrize("analyzed", [False, True])
def test_the_start_floor_is_read_from_the_end_date_index_alone(
    database, database_with, analyzed
) -> None:
    """The earliest start of the events reaching into a year: the end-date index holds the
    start date too, so no event row is read (18 -> 1.3 ms CPU at a million events)."""
    if analyzed:
        database = analyzed_copy(database_with)
    with database.sessions() as session:
        statements: list[str] = []

        def seen(_conn, _cursor, statement, parameters, _context, _many) -> None:
            statements.append(statement)

        sa_event.listen(database.engine, "before_cursor_execute", seen)
        try:
            start_floors(session, [YEAR.date_from])
        finally:
            sa_event.remove(database.engine, "before_cursor_execute", seen)
    (query,) = statements
    with database.engine.connect() as connection:
        steps = [row[-1] for row in connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {query}", ("2025-01-01",) * query.count("?"))]
    (read,) = reads_of_event(steps)
    assert "COVERING INDEX ix_event_end_date" in read, steps
