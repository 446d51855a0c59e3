"""Queries for the events table and the report aggregates; filters run in SQL.

One :class:`EventFilter` describes what a user selected (in the window's filter
bar, a report dialog or on the command line) and turns into the same WHERE
clause everywhere, so a report counts exactly what the table shows. They are built on
the Core tables of :mod:`db.tables`, not the ORM classes: the window's first page and
count then need neither :mod:`db.models` nor its mappers (issue 17, start-up).
"""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import (
    ColumnElement,
    FunctionElement,
    Integer,
    SQLColumnExpression,
    String,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles

from db import tables
from db.collation import folded
from db.search import text_conditions
from db.sort_ranks import language_of
from db.tables import DatePrecision, EventStatus, PlacePrecision

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from db.engine import Reader

Granularity = Literal["week", "month", "quarter", "year"]


@dataclass
class EventFilter:
    """What to include; empty fields do not filter."""

    text: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country_id: int | None = None
    region_id: int | None = None
    organization_id: int | None = None
    occasion_id: int | None = None
    event_type_id: int | None = None
    status: EventStatus | None = None
    deleted: bool = False
    """False: live events only; True: the trash."""
    uuids: list[uuid.UUID] | None = None
    """Restrict to these events (an exported selection)."""

    def conditions(self) -> list[ColumnElement[bool]]:
        clauses: list[ColumnElement[bool]] = [
            tables.event.c.deleted_at.is_not(None) if self.deleted else _live()
        ]
        clauses.extend(text_conditions(self.text))
        if self.date_from is not None:
            clauses.append(_may_end_on_or_after(self.date_from))
            clauses.append(self.index_range(self.date_from, self.date_to))
        if self.date_to is not None:
            clauses.append(_may_start_on_or_before(self.date_to))
        for column, value in (
            (tables.event.c.country_id, self.country_id),
            (tables.event.c.region_id, self.region_id),
            (tables.event.c.occasion_id, self.occasion_id),
            (tables.event.c.event_type_id, self.event_type_id),
            (tables.event.c.status, self.status),
        ):
            if value is not None:
                clauses.append(column == value)
        if self.organization_id is not None:
            # An alias of its own, correlated to the event only: queries that already join
            # the organizers (the organization counts) would otherwise correlate it away.
            organizer = tables.event_organizer.alias()
            clauses.append(
                exists()
                .where(
                    and_(
                        organizer.c.event_id == tables.event.c.id,
                        organizer.c.organization_id == self.organization_id,
                    )
                )
                .correlate(tables.event)
            )
        if self.uuids is not None:
            clauses.append(tables.event.c.uuid.in_(self.uuids))
        return clauses

    def index_range(self, first: dt.date, last: dt.date | None) -> ColumnElement[bool]:
        """What the date indexes can answer of the period (:func:`_by_date_indexes`);
        a filter that knows more of the data narrows it."""
        return _by_date_indexes(first, last)

    def describe(self, session: Session, lang: str | None = None) -> list[tuple[str, str]]:
        """The active filters as (English label, value) pairs, for a report's cover.

        Reference records are named in ``lang`` (:func:`db.localized.display_name`); the
        other values stay English words (a status, the trash) or a number (how many events
        are chosen) for the report to put in its own language
        (:func:`desktop.reports.localize.filter_text`).
        """
        from db.localized import display_name
        from db.models import Country, EventType, Occasion, Organization, Region

        described: list[tuple[str, str]] = []
        if self.date_from or self.date_to:
            start = self.date_from.isoformat() if self.date_from else "…"
            end = self.date_to.isoformat() if self.date_to else "…"
            described.append(("Period", f"{start} – {end}"))
        if self.text:
            described.append(("Text", self.text))
        for label, model, value in (
            ("Country", Country, self.country_id),
            ("Region", Region, self.region_id),
            ("Organization", Organization, self.organization_id),
            ("Occasion", Occasion, self.occasion_id),
            ("Event type", EventType, self.event_type_id),
        ):
            if value is not None:
                record = session.get(model, value)
                described.append((label, display_name(record, lang) if record else str(value)))
        if self.status is not None:
            described.append(("Status", self.status.value))
        if self.uuids is not None:
            described.append(("Selection", str(len(self.uuids))))  # how many
        if self.deleted:
            described.append(("Trash", "deleted events"))
        return described


def _live() -> ColumnElement[bool]:
    """Not deleted, in a form no index on ``deleted_at`` serves.

    Nearly every event is live, but without statistics (the app runs no ANALYZE)
    SQLite guesses that ``deleted_at IS NULL`` picks a few rows and read every live
    event through that index instead of the date or name indexes.
    """
    return func.coalesce(tables.event.c.deleted_at, None).is_(None)


def _by_date_indexes(first: dt.date, last: dt.date | None) -> ColumnElement[bool]:
    """What the date indexes can answer of "may overlap ``first``..``last``".

    The exact rule (:func:`_may_end_on_or_after`) compares ``coalesce(end_date,
    start_date)``, which no index serves; so a period read every event that began
    before its end. An event that may end on or after ``first`` ends on or after
    the first of its year, so it either has an end date from then on or starts
    within the years of the period: two index ranges (SQLite's MULTI-INDEX OR,
    PostgreSQL's BitmapOr). ``dt.date.max`` closes the end-date range: with an
    open one SQLite guesses it holds a quarter of the events and prefers a
    start-date range from the beginning of time.
    """
    year_start = dt.date(first.year, 1, 1)
    starts = (tables.event.c.start_date >= year_start if last is None
              else tables.event.c.start_date.between(year_start, dt.date(last.year, 12, 31)))
    return or_(starts, tables.event.c.end_date.between(year_start, dt.date.max))


def _may_end_on_or_after(day: dt.date) -> ColumnElement[bool]:
    """The event's last possible day is ``day`` or later (it overlaps a period from ``day``).

    The last possible day of an event known only to the month (year) is the end of its
    month (year): it may have taken place on ``day``.
    """
    end = func.coalesce(tables.event.c.end_date, tables.event.c.start_date)
    return or_(
        end >= day,
        and_(tables.event.c.date_precision == DatePrecision.MONTH, end >= day.replace(day=1)),
        and_(tables.event.c.date_precision == DatePrecision.YEAR, end >= dt.date(day.year, 1, 1)),
    )


def _may_start_on_or_before(day: dt.date) -> ColumnElement[bool]:
    """The event's first possible day is ``day`` or earlier (it overlaps a period up to it)."""
    year_end = dt.date(day.year, 12, 31)
    month_end = dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    return and_(
        tables.event.c.start_date <= year_end,  # what the start-date index can answer
        or_(
            tables.event.c.start_date <= day,
            and_(
                tables.event.c.date_precision == DatePrecision.MONTH,
                tables.event.c.start_date <= month_end,
            ),
            tables.event.c.date_precision == DatePrecision.YEAR,
        ),
    )


# --- the events table ----------------------------------------------------------

# The City column shows a settlement as written when it matched no city record, but not
# "the Chelyabinsk region": a place written at region or country level is no city.
_unmatched_settlement = case(
    (
        tables.event.c.place_precision.in_([PlacePrecision.REGION, PlacePrecision.COUNTRY]),
        literal(None),
    ),
    else_=tables.event.c.place_as_written,
)
_city = func.coalesce(tables.city.c.name, _unmatched_settlement)
_first_organizer = (
    select(tables.organization.c.name)
    .join(
        tables.event_organizer,
        tables.event_organizer.c.organization_id == tables.organization.c.id,
    )
    .where(tables.event_organizer.c.event_id == tables.event.c.id)
    .order_by(tables.event_organizer.c.position)
    .limit(1)
    .correlate(tables.event)
    .scalar_subquery()
)

SORTABLE: dict[str, Any] = {  # columns and expressions (SQLAlchemy types them apart)
    "date": tables.event.c.start_date,
    "title": tables.event.c.title_key_en,  # in the language's alphabet: sort_column
    "status": tables.event.c.status,
    "updated": tables.event.c.updated_at,
    "anniversary": tables.event.c.anniversary,
    "type": folded(tables.event_type.c.name),
    "occasion": folded(tables.occasion.c.name),
    "country": folded(tables.country.c.name),
    "region": folded(tables.region.c.name),
    "city": folded(_city),
    "organizers": folded(_first_organizer),
}
"""What each column of the events table orders by, in SQL; names case-blind
(:mod:`db.collation`), the event id breaking ties so pages never overlap."""


def sort_column(sort: str, language: str | None = None) -> Any:
    """What the ``sort`` column orders by in ``language``'s alphabet (the title: its key
    in that language, ``db.collation.title_sort_key``; English for another language);
    the date for a column that cannot be sorted."""
    if sort == "title":
        return tables.event.c[f"title_key_{language_of(language)}"]
    return SORTABLE.get(sort, tables.event.c.start_date)


@dataclass
class EventRow:
    """One line of the events table."""

    uuid: uuid.UUID
    start_date: dt.date
    end_date: dt.date | None
    date_precision: str
    title: str
    event_type: str | None
    occasion: str | None
    anniversary: int | None
    country: str | None
    region: str | None
    city: str | None
    status: str
    organizers: list[str] = field(default_factory=list)


def shown_precision(precision: str) -> str:
    """How much of an event's dates is known and shown: "year", "month" or "day" (an exact
    day and a span "between" two days both show their days)."""
    return precision if precision in ("month", "year") else "day"


def iso_date(day: dt.date, precision: str = "day") -> str:
    """A date written to ``precision`` in ISO form: 2025-02-26, 2025-02 or 2025."""
    return day.isoformat()[: {"year": 4, "month": 7}.get(precision, 10)]


def dates_text(
    start: dt.date,
    end: dt.date | None,
    precision: str,
    written: Callable[[dt.date, str], str] = iso_date,
) -> str:
    """An event's dates as precisely as they are known, and as a span when its end falls in
    another day, month or year ("2025-03 – 2025-04", not March alone). ``written`` writes
    one date at a precision (the window passes its locale's)."""
    shown = shown_precision(precision)
    first = written(start, shown)
    last = written(end, shown) if end is not None else first
    return first if last == first else f"{first} – {last}"


def count_events(session: Reader, event_filter: EventFilter) -> int:
    # count(*), not count(event.id): the same number (the id is never NULL), and SQLite
    # then counts the index entries without reading the id out of each (25 vs 43 ms at
    # a million events, in the window's start)
    query = select(func.count()).select_from(tables.event).where(*event_filter.conditions())
    return session.scalar(query) or 0


def list_events(
    session: Reader,
    event_filter: EventFilter,
    offset: int = 0,
    limit: int = 200,
    sort: str = "date",
    descending: bool = True,
    language: str | None = None,
) -> list[EventRow]:
    """One page of the table, organizers included, in two queries; a title column in
    ``language``'s alphabet."""
    column = sort_column(sort, language)
    order = column.desc() if descending else column.asc()
    query = (
        select(
            tables.event.c.id,
            tables.event.c.uuid,
            tables.event.c.start_date,
            tables.event.c.end_date,
            tables.event.c.date_precision,
            tables.event.c.title,
            tables.event_type.c.name,
            tables.occasion.c.name,
            tables.event.c.anniversary,
            tables.country.c.name,
            tables.region.c.name,
            _city,
            tables.event.c.status,
        )
        .outerjoin(tables.event_type, tables.event.c.event_type_id == tables.event_type.c.id)
        .outerjoin(tables.occasion, tables.event.c.occasion_id == tables.occasion.c.id)
        .outerjoin(tables.country, tables.event.c.country_id == tables.country.c.id)
        .outerjoin(tables.region, tables.event.c.region_id == tables.region.c.id)
        .outerjoin(tables.city, tables.event.c.city_id == tables.city.c.id)
        .where(*event_filter.conditions())
        .order_by(order, tables.event.c.id.desc() if descending else tables.event.c.id.asc())
        .offset(offset)
        .limit(limit)
    )
    rows = session.execute(query).all()
    organizers = organizer_names(session, [row[0] for row in rows])
    return [
        EventRow(
            uuid=row[1],
            start_date=row[2],
            end_date=row[3],
            date_precision=row[4].value,
            title=row[5],
            event_type=row[6],
            occasion=row[7],
            anniversary=row[8],
            country=row[9],
            region=row[10],
            city=row[11],
            status=row[12].value,
            organizers=organizers.get(row[0], []),
        )
        for row in rows
    ]


def organizer_names(session: Reader, event_ids: list[int]) -> dict[int, list[str]]:
    """Organizer names per event id, in the order they were entered."""
    names: dict[int, list[str]] = defaultdict(list)
    if not event_ids:
        return names
    query = (
        select(tables.event_organizer.c.event_id, tables.organization.c.name)
        .join(
            tables.organization,
            tables.event_organizer.c.organization_id == tables.organization.c.id,
        )
        .where(tables.event_organizer.c.event_id.in_(event_ids))
        .order_by(tables.event_organizer.c.event_id, tables.event_organizer.c.position)
    )
    for event_id, name in session.execute(query):
        names[event_id].append(name)
    return names


# --- aggregates and the counting rule ---------------------------------------------------

PeriodKey = tuple[int, int | None]
"""(year, month | quarter | 0 for a whole year | None: "date within the year unknown")."""

def period_key(day: dt.date, granularity: Granularity) -> PeriodKey:
    """(year, month | quarter | 0) of a day; (ISO year, ISO week) for weeks."""
    if granularity == "week":
        iso = day.isocalendar()
        return iso.year, iso.week
    if granularity == "month":
        return day.year, day.month
    if granularity == "quarter":
        return day.year, (day.month - 1) // 3 + 1
    return day.year, 0


def next_key(key: PeriodKey, granularity: Granularity) -> PeriodKey:
    year, part = key
    if granularity == "year" or part is None:
        return year + 1, part
    last = weeks_in(year) if granularity == "week" else 12 if granularity == "month" else 4
    return (year + 1, 1) if part == last else (year, part + 1)


def weeks_in(iso_year: int) -> int:
    """52 or 53: the ISO week of 28 December is the year's last."""
    return dt.date(iso_year, 12, 28).isocalendar().week


def key_range(first: PeriodKey, last: PeriodKey, granularity: Granularity) -> list[PeriodKey]:
    """Every period from ``first`` to ``last``, both included."""
    keys, key = [], first
    while sort_key(key) <= sort_key(last):
        keys.append(key)
        key = next_key(key, granularity)
    return keys


def sort_key(key: PeriodKey) -> tuple[int, bool, int]:
    """Periods in time order; a year's "unknown" period after its months or quarters."""
    return key[0], key[1] is None, key[1] or 0


def event_periods(
    precision: DatePrecision, start: dt.date, end: dt.date | None, granularity: Granularity
) -> list[PeriodKey]:
    """The periods one event counts in: the counting rule of every summary.

    An event counts in every period from its first to its last possible day (a
    festival over new year counts in both years, an event "between" two days in
    each month of that range). A date known only to the year says nothing of the
    month or quarter: it counts in the year's "unknown" period, not in January; nor
    does a date known only to the month say which week (weeks are ISO weeks, their
    "unknown" period that of the calendar year).
    """
    last = end if end is not None and end > start else start
    if unknown_within(precision, granularity):
        return [(year, None) for year in range(start.year, last.year + 1)]
    return key_range(period_key(start, granularity), period_key(last, granularity), granularity)


def unknown_within(precision: DatePrecision, granularity: Granularity) -> bool:
    """Does a date of this precision leave the period within its year unknown?"""
    if precision == DatePrecision.YEAR:
        return granularity != "year"
    return precision == DatePrecision.MONTH and granularity == "week"


def in_bounds(key: PeriodKey, event_filter: EventFilter, granularity: Granularity) -> bool:
    """Is the period inside the filter's period (an unknown part compares by calendar year)?"""
    low = period_key(event_filter.date_from, granularity) if event_filter.date_from else None
    high = period_key(event_filter.date_to, granularity) if event_filter.date_to else None
    if key[1] is None:
        first, last = event_filter.date_from, event_filter.date_to
        return (first is None or key[0] >= first.year) and (last is None or key[0] <= last.year)
    return (low is None or sort_key(key) >= sort_key(low)) and (
        high is None or sort_key(key) <= sort_key(high)
    )


@dataclass
class RegionCount:
    """Events of one region: how many in all (each once) and in each period."""

    country_id: int | None
    country: str | None
    region_id: int | None
    region_code: str | None
    region: str | None
    events: int = 0
    per_period: dict[PeriodKey, int] = field(default_factory=dict)


def events_per_region(
    session: Session, event_filter: EventFilter, granularity: Granularity = "month"
) -> list[RegionCount]:
    """Events per (country, region) and period, by :func:`event_periods`.

    The database groups the events by region and the months (for weeks: the weeks)
    an event spans, a few rows per region and month whatever the number of events,
    and names the regions of those rows only; each group is spread over its periods
    here. Periods outside the filter's dates are left out (an event that ran into
    the period still counts in ``events``); events with no region make a row of
    their own.
    """
    event = tables.event.c
    end = func.coalesce(event.end_date, event.start_date)
    spans = [_span_key(event.start_date, granularity).label("first"),
             _span_key(end, granularity).label("last")]
    grouped = (
        select(event.country_id, event.region_id, event.date_precision, *spans,
               func.count(event.id).label("n"))
        .where(*event_filter.conditions())
        .group_by(event.country_id, event.region_id, event.date_precision, *spans)
        .subquery()
    )
    query = (
        select(grouped.c.country_id, tables.country.c.name, grouped.c.region_id,
               tables.region.c.code, tables.region.c.name, grouped.c.date_precision,
               grouped.c.first, grouped.c.last, grouped.c.n)
        .outerjoin(tables.country, grouped.c.country_id == tables.country.c.id)
        .outerjoin(tables.region, grouped.c.region_id == tables.region.c.id)
    )
    rows: dict[tuple[int | None, int | None], RegionCount] = {}
    periods = _Spans(event_filter, granularity)
    for country_id, country, region_id, code, name, precision, first, last, n in (
        session.execute(query)
    ):
        row = rows.setdefault(
            (country_id, region_id), RegionCount(country_id, country, region_id, code, name)
        )
        row.events += n
        for key in periods(precision, first, last):
            row.per_period[key] = row.per_period.get(key, 0) + n
    return sorted(rows.values(), key=lambda r: (r.country is None, r.country or "",
                                                r.region is None, r.region or ""))


def events_per_period(
    session: Session, event_filter: EventFilter, granularity: Granularity = "month"
) -> dict[PeriodKey, int]:
    """Events per period by :func:`event_periods`: the Total row of the per-region counts
    (:func:`events_per_region`), for a chart that needs no places.

    The events are first grouped by start, end and precision, the columns the
    covering index ``ix_event_overview`` begins with: SQLite counts them in the order
    it reads them instead of sorting a year's events (a third of the time at a
    million events). Those few thousand groups are then grouped by the months (weeks)
    they span, as :func:`events_per_region` does, and spread over their periods here.
    """
    days = (
        select(tables.event.c.start_date, tables.event.c.end_date, tables.event.c.date_precision,
               func.count(tables.event.c.id).label("n"))
        .where(*event_filter.conditions())
        .group_by(tables.event.c.start_date, tables.event.c.end_date, tables.event.c.date_precision)
        .subquery()
    )
    end = func.coalesce(days.c.end_date, days.c.start_date)
    spans = [_span_key(days.c.start_date, granularity, days.c.date_precision),
             _span_key(end, granularity, days.c.date_precision)]
    query = select(days.c.date_precision, *spans, func.sum(days.c.n)).group_by(
        days.c.date_precision, *spans)
    totals: dict[PeriodKey, int] = {}
    periods = _Spans(event_filter, granularity)
    for precision, first, last, n in session.execute(query):
        for key in periods(precision, first, last):
            totals[key] = totals.get(key, 0) + int(n)  # PostgreSQL sums to a Decimal
    return totals


class _Spans:
    """The periods of a grouped span (its precision, first and last month or week
    start) inside the filter's dates, worked out once: thousands of groups share a
    few spans."""

    def __init__(self, event_filter: EventFilter, granularity: Granularity) -> None:
        self.event_filter, self.granularity = event_filter, granularity
        self.known: dict[tuple[Any, ...], list[PeriodKey]] = {}

    def __call__(self, precision: DatePrecision, first: object, last: object
                 ) -> list[PeriodKey]:
        periods = self.known.get((precision, first, last))
        if periods is None:
            periods = self.known[(precision, first, last)] = [
                key for key in event_periods(precision, _day(first), _day(last),
                                             self.granularity)
                if in_bounds(key, self.event_filter, self.granularity)]
        return periods


OccasionKey = tuple[int | None, str | None, int | None, int | None, str | None, int | None,
                    str | None, str | None]
"""(occasion id, occasion, anniversary, country id, country, region id, region, code)."""


def occasion_counts(session: Session, event_filter: EventFilter) -> dict[OccasionKey, int]:
    """Events per (occasion, anniversary, country, region): the per-occasion sheet's and
    the overview's counts.

    The anniversary is the one the date gives (the occasion's reference year), or
    the reported one when the occasion has no reference date (the rule of
    :meth:`db.models.Occasion.anniversary_on`). The events are grouped by the columns of
    their own row (occasion, year, reported anniversary, place), a few thousand
    groups for a year at a million events; the anniversary is then worked out per
    group and the groups named here in Python: joining three tables for every event,
    or for every group in SQL, took a fifth longer at a million events.
    """
    event = tables.event.c
    grouped = session.execute(
        select(event.occasion_id, year_of(event.start_date), event.anniversary,
               event.country_id, event.region_id, func.count(event.id))
        .where(*event_filter.conditions())
        # the region first: SQLite's sorter compares a leading integer fastest, and
        # regions tell the most groups apart (a fifth less time than occasion first)
        .group_by(event.region_id, event.country_id, event.occasion_id,
                  year_of(event.start_date), event.anniversary)
    ).all()

    def named(*columns: Any, ids: set[Any]) -> dict[Any, Any]:
        """Columns after the id, by id, of the records the groups name."""
        ids.discard(None)
        if not ids:
            return {}
        return {row[0]: row[1:] for row in session.execute(
            select(*columns).where(columns[0].in_(ids)))}

    occasions = named(tables.occasion.c.id, tables.occasion.c.name,
                      tables.occasion.c.reference_date, ids={row[0] for row in grouped})
    countries = named(tables.country.c.id, tables.country.c.name,
                      ids={row[3] for row in grouped})
    regions = named(tables.region.c.id, tables.region.c.name, tables.region.c.code,
                    ids={row[4] for row in grouped})
    result: dict[OccasionKey, int] = defaultdict(int)
    for occasion_id, year, reported, country_id, region_id, n in grouped:
        name, reference = occasions.get(occasion_id, (None, None))
        years = int(year) - reference.year if reference is not None else 0
        region, code = regions.get(region_id, (None, None))
        key = (occasion_id, name, years if years > 0 else reported, country_id,
               countries.get(country_id, (None,))[0], region_id, region, code)
        result[key] += n
    return result


class year_of(FunctionElement[int]):
    """A date's year, the cheapest way each database has (see :class:`month_of`)."""

    type = Integer()
    inherit_cache = True


@compiles(year_of)
def _year_of_default(element: year_of, compiler: Any, **kw: Any) -> str:
    return f"CAST(extract(year FROM {compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(year_of, "sqlite")
def _year_of_sqlite(element: year_of, compiler: Any, **kw: Any) -> str:
    return f"CAST(substr({compiler.process(element.clauses, **kw)}, 1, 4) AS INTEGER)"


def _span_key(day: SQLColumnExpression[dt.date], granularity: Granularity,
              precision: SQLColumnExpression[DatePrecision] = tables.event.c.date_precision,
              ) -> ColumnElement[str]:
    """What to group an event's first (last) day by: its month, for weeks its week's
    Monday, unless its date leaves the week unknown (then the month: its year counts)."""
    if granularity != "week":
        return month_of(day)
    unknown = [p for p in DatePrecision if unknown_within(p, granularity)]
    return case((precision.in_(unknown), month_of(day)), else_=monday_of(day))


class monday_of(FunctionElement[str]):
    """The Monday of a date's ISO week, as 'YYYY-MM-DD' (see :class:`month_of`)."""

    type = String()
    inherit_cache = True


@compiles(monday_of)
def _monday_of_default(element: monday_of, compiler: Any, **kw: Any) -> str:
    return f"to_char(date_trunc('week', {compiler.process(element.clauses, **kw)}), 'YYYY-MM-DD')"


@compiles(monday_of, "sqlite")
def _monday_of_sqlite(element: monday_of, compiler: Any, **kw: Any) -> str:
    # the next Sunday (the day itself if a Sunday), six days back
    return f"date({compiler.process(element.clauses, **kw)}, 'weekday 0', '-6 days')"


class month_of(FunctionElement[str]):
    """A date's 'YYYY-MM': what the summaries group by, the cheapest way each database
    has (SQLite's strftime, behind ``extract``, took a third of a year's count)."""

    type = String()
    inherit_cache = True


@compiles(month_of)
def _month_of_default(element: month_of, compiler: Any, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


@compiles(month_of, "sqlite")
def _month_of_sqlite(element: month_of, compiler: Any, **kw: Any) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"  # 'YYYY-MM-DD' text


def _day(value: object) -> dt.date:
    """A grouped day (a date, or SQLite's text of it) or month ('YYYY-MM': its first day)."""
    if isinstance(value, dt.date):
        return value
    text = str(value)
    return dt.date.fromisoformat(text[:10] if len(text) > 7 else f"{text}-01")
