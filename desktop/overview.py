"""The figures of the on-screen overview, and the filter behind each bar; no Qt.

Every number comes from the functions the Excel summaries use
(:func:`db.queries.events_per_region` with its counting rule,
:func:`db.queries.occasion_counts`), so the screen and the
workbook never disagree. Each bar or cell carries a :class:`Cell`; the
:class:`CellFilter` it makes selects exactly the events counted there, so
clicking a bar shows as many rows in the events table as the bar says.
"""

from __future__ import annotations

import copy
import datetime as dt
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    event,
    exists,
    extract,
    false,
    func,
    not_,
    or_,
    select,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db.localized import names_by_id
from db.models import (
    Country,
    DatePrecision,
    Event,
    EventOrganizer,
    Occasion,
    Organization,
    Region,
)
from db.queries import (
    EventFilter,
    Granularity,
    OccasionKey,
    PeriodKey,
    events_per_period,
    events_per_region,
    key_range,
    occasion_counts,
    period_key,
    sort_key,
    unknown_within,
)

TOP = 10
"""Bars of the region, country and occasion charts before the rest go into "others"."""
QUIET_MONTHS = 6


# --- what a bar or a cell stands for ----------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """One bar or matrix cell: the events it counts, as values (not SQL).

    ``region_id``/``country_id`` 0 means "none recorded"; ``others`` lists the
    region (country) ids shown on bars of their own, the rest of which the bar counts.
    """

    period: PeriodKey | None = None
    granularity: Granularity = "month"
    region_id: int | None = None
    country_id: int | None = None
    others: tuple[int, ...] | None = None
    others_of: str | None = None
    """"region" or "country": what ``others`` lists."""
    occasion_id: int | None = None
    anniversary: int | None = None
    by_anniversary: bool = False
    occasion_reference_year: int | None = None
    organization_id: int | None = None
    other_occasions: tuple[tuple[int, int | None, int | None], ...] | None = None
    """Events with an occasion but none of these (occasion id, anniversary, reference
    year): the "others" bar of the occasions chart."""

    def conditions(self) -> list[ColumnElement[bool]]:
        """WHERE clauses on Event selecting exactly the events this cell counts."""
        clauses: list[ColumnElement[bool]] = []
        if self.period is not None:
            clauses += _period_conditions(self.period, self.granularity)
        for column, value in ((Event.region_id, self.region_id),
                              (Event.country_id, self.country_id)):
            if value == 0:
                clauses.append(column.is_(None))
            elif value is not None:
                clauses.append(column == value)
        if self.others is not None:
            column = Event.region_id if self.others_of == "region" else Event.country_id
            clauses += [column.is_not(None), column.not_in(self.others)]
        if self.occasion_id is not None:
            clauses.append(Event.occasion_id == self.occasion_id)
            if self.by_anniversary:
                number = _anniversary_of(self.occasion_reference_year)
                clauses.append(number.is_(None) if self.anniversary is None
                               else number == self.anniversary)
        if self.organization_id is not None:
            clauses += EventFilter(organization_id=self.organization_id).conditions()
        if self.other_occasions is not None:
            shown = [and_(Event.occasion_id == occasion,
                          func.coalesce(_anniversary_of(year), -1) == (
                              -1 if anniversary is None else anniversary))
                     for occasion, anniversary, year in self.other_occasions]
            clauses += [Event.occasion_id.is_not(None), not_(or_(false(), *shown))]
        return clauses


@dataclass
class BoundedFilter(EventFilter):
    """An EventFilter that also says how early a matching event can start.

    "May end on or after ``date_from``" cannot use the start-date index (an event
    may have begun long before), so each query read every older event. The
    earliest start of the events that can reach into the period is looked up
    once (:func:`bounded`); ``start_date >= start_floor`` then selects the same
    events through the index.
    """

    start_floor: dt.date | None = None
    floor_for: dt.date | None = None
    """The ``date_from`` the floor was found for: a copy with other dates drops it."""

    def index_range(self, first: dt.date, last: dt.date | None) -> ColumnElement[bool]:
        """From the floor on (to the period's end, which the plain rule bounds): one
        range of the start-date index instead of two, and fewer terms per event."""
        if self.start_floor is not None and self.floor_for == first:
            return Event.start_date >= self.start_floor
        return super().index_range(first, last)


def start_floors(session: Session, days: list[dt.date]) -> dict[int, dt.date]:
    """Year → the earliest day an event that may reach into that year (or later) starts.

    Every event that may end on or after a day ends on or after the first of its
    year (a month- or year-only end counts from the month's or year's first day).
    One pass over the events answers every year asked for.
    """
    firsts = sorted({dt.date(day.year, 1, 1) for day in days})
    if not firsts:
        return {}
    earliest = session.execute(
        select(*(func.min(case((and_(Event.end_date >= first, Event.start_date < first),
                                Event.start_date))) for first in firsts))
        # closed at both ends so SQLite reads the end-date index, not every older start
        .where(Event.end_date.between(firsts[0], dt.date.max), Event.start_date < firsts[-1])
    ).one()
    return {first.year: min(first, _as_date(found)) if found is not None else first
            for first, found in zip(firsts, earliest, strict=True)}


def bounded(event_filter: EventFilter, floors: dict[int, dt.date]) -> BoundedFilter:
    """``event_filter`` with the start floor of its period (the same events)."""
    return BoundedFilter(**_fields(event_filter), **_floor(event_filter, floors))


def _floor(event_filter: EventFilter, floors: dict[int, dt.date]) -> dict[str, Any]:
    start = event_filter.date_from
    if start is None or start.year not in floors:
        return {}
    return {"start_floor": floors[start.year], "floor_for": start}


@dataclass
class CellFilter(BoundedFilter):
    """The main window's filter narrowed to one bar or cell of the overview."""

    cell: Cell = field(default_factory=Cell)

    def conditions(self) -> list[ColumnElement[bool]]:
        return [*super().conditions(), *self.cell.conditions()]


def narrowed(event_filter: EventFilter, cell: Cell,
             floors: dict[int, dt.date] | None = None) -> CellFilter:
    """The events behind ``cell`` among those of ``event_filter`` (read by the start-date
    index when the ``floors`` of the overview are given)."""
    return CellFilter(**_fields(event_filter), **_floor(event_filter, floors or {}), cell=cell)


def _period_conditions(key: PeriodKey, granularity: Granularity) -> list[ColumnElement[bool]]:
    """Events that count in ``key`` by :func:`db.queries.event_periods`.

    A known week (month, quarter) takes the events that may overlap it, except
    those whose date leaves the period within the year unknown; a year's "unknown"
    period takes exactly those.
    """
    year, part = key
    unknown = [p for p in DatePrecision if unknown_within(p, granularity)]
    if part is None:
        span = EventFilter(date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31))
        return [*span.conditions(), Event.date_precision.in_(unknown)]
    first, last = period_bounds(key, granularity)
    clauses = EventFilter(date_from=first, date_to=last).conditions()
    if unknown:
        clauses.append(Event.date_precision.not_in(unknown))
    return clauses


def _anniversary_of(reference_year: int | None) -> ColumnElement[Any]:
    """The anniversary :func:`occasion_counts` groups by, for an occasion's reference year."""
    if reference_year is None:
        return Event.anniversary.expression
    years = extract("year", Event.start_date) - reference_year
    return case((years > 0, years), else_=Event.anniversary)


def period_bounds(key: PeriodKey, granularity: Granularity) -> tuple[dt.date, dt.date]:
    """First and last day of a known period (Monday to Sunday for an ISO week)."""
    year, part = key
    if granularity == "week" and part is not None:
        return dt.date.fromisocalendar(year, part, 1), dt.date.fromisocalendar(year, part, 7)
    if granularity == "year" or part is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    first_month = part if granularity == "month" else 3 * (part - 1) + 1
    last_month = part if granularity == "month" else first_month + 2
    following = dt.date(year + last_month // 12, last_month % 12 + 1, 1)
    return dt.date(year, first_month, 1), following - dt.timedelta(days=1)


# --- stopping a count that a newer one replaces ------------------------------------------


class CountStopped(Exception):
    """The count was stopped (:meth:`CountStop.stop`): its result is not wanted."""


class CountStop:
    """Stops a running count at once, in whichever of its queries it is: a count that a
    newer filter replaced would otherwise run to its end and, on two cores, delay the new
    one (the places alone take ~125 ms of CPU for a year at 1,000,000 events).

    No statement starts once stopped, and the one running ends: SQLite looks at the flag
    every :attr:`STEPS` steps of its machine (a progress handler: also a statement that
    began just as the stop came; ~4,000 looks in a year's places at 1,000,000 events, no
    measurable cost), PostgreSQL's server is asked to cancel it (a stop that comes
    between the check and the start of a statement lets that one finish there).
    """

    STEPS = 1000

    def __init__(self) -> None:
        self._stopped = False
        self._lock = threading.Lock()
        self._running: list[Any] = []
        """The PostgreSQL connections of the count's sessions."""

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            for connection in self._running:  # psycopg's: SQLite's see the flag
                connection.cancel()

    def check(self) -> None:
        if self._stopped:
            raise CountStopped

    @contextmanager
    def watching(self, session: Session) -> Iterator[None]:
        """Let :meth:`stop` end the statements of ``session`` (its own transaction)."""
        connection = session.connection()
        driver = connection.connection.driver_connection

        def before(*_args: Any) -> None:
            self.check()

        event.listen(connection, "before_cursor_execute", before)
        sqlite = driver if isinstance(driver, sqlite3.Connection) else None
        if sqlite is not None:
            sqlite.set_progress_handler(lambda: self._stopped, self.STEPS)
        else:
            with self._lock:
                self._running.append(driver)
        try:
            self.check()
            yield
        except DBAPIError as error:  # interrupted, cancelled
            if self._stopped:
                raise CountStopped from error
            raise
        finally:
            if sqlite is not None:
                sqlite.set_progress_handler(None, self.STEPS)
            else:
                with self._lock:
                    self._running.remove(driver)
            event.remove(connection, "before_cursor_execute", before)


# --- the figures ----------------------------------------------------------------------


@dataclass
class Bar:
    """One bar: its label, its count and the events behind it."""

    label: str
    count: int
    cell: Cell
    kind: str = "named"
    """"named", "others" or "none" (no region, no country)."""
    anniversary: int | None = None


@dataclass
class PeriodBar:
    key: PeriodKey
    count: int
    previous: int


@dataclass
class Matrix:
    """Regions (or organizations) x occasions; a missing (row, column) pair is a gap."""

    rows: list[tuple[int, str]]
    columns: list[tuple[int, str]]
    cells: dict[tuple[int, int], int]
    by: str = "region"
    """"region" (row id 0: no region) or "organization"."""

    def cell(self, row_id: int, column_id: int) -> Cell:
        """The events of one cell."""
        if self.by == "organization":
            return Cell(organization_id=row_id, occasion_id=column_id)
        return Cell(region_id=row_id, occasion_id=column_id)


@dataclass
class QuietOrganization:
    organization_id: int
    name: str
    last_event: dt.date
    events: int


@dataclass
class Overview:
    """Everything the overview draws for one filter and period."""

    event_filter: EventFilter
    """The window's filter with the overview's period filled in."""
    granularity: Granularity
    first: dt.date
    last: dt.date
    quiet_since: dt.date
    total: int = 0
    periods: list[PeriodBar] = field(default_factory=list)
    regions: list[Bar] = field(default_factory=list)
    countries: list[Bar] = field(default_factory=list)
    occasions: list[Bar] = field(default_factory=list)
    matrix: Matrix = field(default_factory=lambda: Matrix([], [], {}))
    quiet: list[QuietOrganization] = field(default_factory=list)
    floors: dict[int, dt.date] = field(default_factory=dict)
    """:func:`start_floors` of the period's years, for the filters of its bars."""
    parts: tuple[str, ...] = ()
    """What is counted so far, of :data:`PARTS`."""
    places_options: tuple[Any, ...] = ()
    """What the places were counted and named with (matrix rows, top, language, labels)."""


PARTS = ("periods", "places", "quiet")
"""The parts of a count, each drawn when it is in: "periods" (this period and the same
a year earlier), "places" (the total, regions, countries, occasions and the coverage,
all from one grouping of the period's events), "quiet" (organizations gone quiet)."""


def overview_period(
    session: Session, event_filter: EventFilter, today: dt.date
) -> tuple[dt.date, dt.date]:
    """The window's period; without one, the year of the latest event up to today."""
    first, last = event_filter.date_from, event_filter.date_to
    if first is not None and last is not None:
        return first, last
    if first is not None:
        return first, dt.date(first.year, 12, 31)
    if last is not None:
        return dt.date(last.year, 1, 1), last
    latest = session.scalar(select(func.max(Event.start_date)).where(
        *event_filter.conditions(), Event.start_date <= today))
    year = latest.year if latest is not None else today.year
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _fields(event_filter: EventFilter) -> dict[str, Any]:
    """The fields of a plain EventFilter (to make one from a subclass)."""
    return {name: getattr(event_filter, name) for name in EventFilter.__dataclass_fields__}


def year_earlier(day: dt.date) -> dt.date:
    """The same day a year before (28 February for a 29th)."""
    return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day)


def compute_overview(
    session: Session,
    event_filter: EventFilter,
    *,
    granularity: Granularity = "month",
    today: dt.date | None = None,
    top: int = TOP,
    quiet_months: int = QUIET_MONTHS,
    language: str = "en",
    no_region: str = "(no region)",
    no_country: str = "(no country)",
    others: Callable[[int], str] = lambda n: f"others ({n})",
    matrix_rows: str = "region",
    on_part: Callable[[Overview], None] | None = None,
    sessions: Callable[[], Session] | None = None,
    reuse: Overview | None = None,
    stop: CountStop | None = None,
) -> Overview:
    """Every figure of the overview for the window's filter (run off the GUI thread).

    ``on_part(overview)`` is called after each part of :data:`PARTS` with a copy
    holding what is counted so far, so each chart can be drawn as soon as its
    numbers are in. Given ``sessions``, once the periods are in, the places (the
    biggest count) are counted in a second thread on a session of their own while this
    one counts who went quiet: the database lets go of Python while it counts, so with
    a core to spare the last chart is in about a quarter sooner (on a saturated machine
    about as soon as in one thread).

    ``reuse``: the overview counted before for the same data; the parts whose filter
    and options are unchanged (grouping weeks instead of months changes the periods
    alone) are taken from it, not counted again.

    ``stop``: a newer count replaces this one; :meth:`CountStop.stop` ends the query
    running (in either thread) and this call raises :class:`CountStopped`.
    """
    watch = stop.watching if stop is not None else _unwatched
    with watch(session):
        today = today or dt.date.today()
        first, last = overview_period(session, event_filter, today)
        flt = replace(EventFilter(**_fields(event_filter)), date_from=first, date_to=last)
        earlier = replace(flt, date_from=year_earlier(first), date_to=year_earlier(last))
        since = _months_before(min(today, last), quiet_months)
        places_options = (matrix_rows, top, language, no_region, no_country, others(2))
        overview = Overview(flt, granularity, first, last, since, places_options=places_options)
        lock = threading.Lock()

        def done(part: str, **figures: Any) -> None:
            with lock:
                if stop is not None:
                    stop.check()  # a stopped count hands on nothing more
                for name, value in figures.items():
                    setattr(overview, name, value)
                overview.parts += (part,)
                if on_part is not None:
                    on_part(copy.copy(overview))

        same = reuse if reuse is not None and reuse.event_filter == flt else None
        days = [first, year_earlier(first), since]
        floors = (same.floors if same is not None and all(d.year in same.floors for d in days)
                  else start_floors(session, days))
        overview.floors = floors
        year = bounded(flt, floors)

        def places(places_session: Session) -> None:
            counts = occasion_counts(places_session, year)
            regions, countries = _place_bars(places_session, counts, top, language, no_region,
                                             no_country, others)
            occasions, matrix = _occasion_figures(places_session, year, counts, language,
                                                  no_region, top, others)
            if matrix_rows == "organization":
                matrix = organization_matrix(places_session, year, language)
            done("places", total=sum(counts.values()), regions=regions, countries=countries,
                 occasions=occasions, matrix=matrix)

        def periods() -> None:
            done("periods", periods=_period_bars(
                events_per_period(session, year, granularity),
                events_per_period(session, bounded(earlier, floors), granularity),
                first, last, granularity))

        def quiet() -> None:
            done("quiet", quiet=quiet_organizations(session, event_filter, since, floors))

        if same is not None:  # count only what changed; hand on the rest as counted
            if same.granularity == granularity:
                done("periods", periods=same.periods)
            else:
                periods()
            if same.places_options == places_options:
                done("places", total=same.total, regions=same.regions, countries=same.countries,
                     occasions=same.occasions, matrix=same.matrix)
            else:
                places(session)
            if same.quiet_since == since:
                done("quiet", quiet=same.quiet)
            else:
                quiet()
            return overview
        if sessions is None:
            periods()
            places(session)
            quiet()
            return overview

        def places_in_own_session() -> None:
            with sessions() as own, watch(own):
                places(own)

        periods()  # first and alone: the first chart is not slowed by the second thread
        with ThreadPoolExecutor(max_workers=1) as pool:
            beside = pool.submit(places_in_own_session)
            quiet()
            beside.result()
        return overview


@contextmanager
def _unwatched(_session: Session) -> Iterator[None]:
    yield


def _period_bars(now: dict[PeriodKey, int], then: dict[PeriodKey, int], first: dt.date,
                 last: dt.date, granularity: Granularity) -> list[PeriodBar]:
    """Every period of the range (empty ones too), then "unknown" ones that have events."""
    keys = key_range(period_key(first, granularity), period_key(last, granularity), granularity)
    unknown = sorted({k for k in now if k[1] is None}, key=sort_key)
    bars = [PeriodBar(k, now.get(k, 0), then.get((k[0] - 1, k[1]), 0)) for k in keys]
    bars += [PeriodBar(k, now[k], then.get((k[0] - 1, None), 0)) for k in unknown]
    return bars


def period_name(key: PeriodKey, granularity: Granularity, language: str,
                with_year: bool = True) -> str:
    """A month, quarter or year as the report in ``language`` heads its column
    (:func:`desktop.reports.periods.label`), so a period reads the same in the window
    and on paper: "1-ci rüb 2025", "1 кв. 2025", "2025 Q1". A month is named by the same
    CLDR pattern ("февр. 2025"), its year left off when ``with_year`` is false (a chart
    of one year); the English report writes its months as ISO dates ("2025-02"), where
    the window's axis names them ("Feb 2025"). Weeks, which reports do not group by,
    are the window's own."""
    from babel.dates import format_date

    from desktop.reports.language import use_language
    from desktop.reports.periods import label

    year, part = key
    if granularity == "month" and part is not None:
        return format_date(dt.date(year, part, 1), "LLL y" if with_year else "LLL",
                           locale=language)
    with use_language(language):
        return label(key, granularity)


def _place_bars(
    session: Session, counts: dict[OccasionKey, int], top: int, language: str, no_region: str,
    no_country: str, others: Callable[[int], str],
) -> tuple[list[Bar], list[Bar]]:
    """Top regions and countries by events, then "others", then the events with no place.

    Summed from the per-occasion counts: each event is in one of their groups, so a
    place's total is the sum of its groups (as on the "Per region" sheet)."""
    region_totals: dict[int, int] = defaultdict(int)
    country_totals: dict[int, int] = defaultdict(int)
    no_region_count = no_country_count = 0
    for (_occasion, _name, _number, country_id, _country, region_id, _r, _code), n in (
        counts.items()
    ):
        if region_id is None:
            no_region_count += n
        else:
            region_totals[region_id] += n
        if country_id is None:
            no_country_count += n
        else:
            country_totals[country_id] += n
    region_names = names_by_id(session, Region, region_totals, language)
    country_names = names_by_id(session, Country, country_totals, language)
    regions = _ranked(region_totals, region_names, top, "region", others,
                      Bar(no_region, no_region_count, Cell(region_id=0), "none"))
    countries = _ranked(country_totals, country_names, top, "country", others,
                        Bar(no_country, no_country_count, Cell(country_id=0), "none"))
    return regions, countries


def _ranked(totals: dict[int, int], names: dict[int, str], top: int, kind: str,
            others: Callable[[int], str], none: Bar) -> list[Bar]:
    ranked = sorted(totals, key=lambda i: (-totals[i], names.get(i, "")))
    shown = ranked[:top]
    def cell(i: int) -> Cell:
        return Cell(region_id=i) if kind == "region" else Cell(country_id=i)

    bars = [Bar(names.get(i, str(i)), totals[i], cell(i)) for i in shown]
    rest = ranked[top:]
    if rest:
        bars.append(Bar(others(len(rest)), sum(totals[i] for i in rest),
                        Cell(others=tuple(shown), others_of=kind), "others"))
    if none.count:
        bars.append(none)
    return bars


def _occasion_figures(session: Session, flt: EventFilter, counts: dict[OccasionKey, int],
                      language: str, no_region: str, top: int, others: Callable[[int], str]
                      ) -> tuple[list[Bar], Matrix]:
    """Per occasion and anniversary, and regions x occasions, from the per-occasion sheet's
    own counts (:func:`occasion_counts` of ``flt``)."""
    references = dict(session.execute(select(Occasion.id, Occasion.reference_date)).all())
    occasion_names = names_by_id(session, Occasion, references, language)
    per_occasion: dict[tuple[int, int | None], int] = defaultdict(int)
    cells: dict[tuple[int, int], int] = defaultdict(int)
    for (occasion_id, _name, anniversary, _cid, _country, region_id, _r, _code), n in (
        counts.items()
    ):
        if occasion_id is None:
            continue
        per_occasion[(occasion_id, anniversary)] += n
        cells[(region_id or 0, occasion_id)] += n
    bars = []
    for (occasion_id, anniversary), n in sorted(
        per_occasion.items(), key=lambda i: (-i[1], occasion_names.get(i[0][0], ""))
    ):
        reference = references.get(occasion_id)
        bars.append(Bar(occasion_names.get(occasion_id, str(occasion_id)), n, Cell(
            occasion_id=occasion_id, anniversary=anniversary, by_anniversary=True,
            occasion_reference_year=reference.year if reference else None),
            anniversary=anniversary))
    if len(bars) > top:
        shown = tuple((b.cell.occasion_id or 0, b.anniversary, b.cell.occasion_reference_year)
                      for b in bars[:top])
        rest = bars[top:]
        bars = [*bars[:top], Bar(others(len(rest)), sum(b.count for b in rest),
                                 Cell(other_occasions=shown), "others")]
    # Rows: every region with events in the period, whatever the occasion, so a
    # region that marked none of them shows as a row of gaps.
    everywhere = {key[5] for key in counts} if flt.occasion_id is None else {
        r.region_id for r in events_per_region(session, replace(flt, occasion_id=None), "year")}
    row_ids = sorted({i or 0 for i in everywhere} | {k[0] for k in cells})
    row_names = names_by_id(session, Region, [i for i in row_ids if i], language)
    rows = sorted(((i, row_names.get(i, no_region) if i else no_region) for i in row_ids),
                  key=lambda r: (r[0] == 0, r[1]))
    column_ids = _by_total(cells)
    columns = [(i, occasion_names.get(i, str(i))) for i in column_ids]
    return bars, Matrix(rows, columns, dict(cells))


def _by_total(cells: dict[tuple[int, int], int]) -> list[int]:
    """The columns of a matrix, the most events first."""
    totals: dict[int, int] = defaultdict(int)
    for (_, column), n in cells.items():
        totals[column] += n
    return sorted(totals, key=lambda column: -totals[column])


def organization_matrix(session: Session, flt: EventFilter, language: str) -> Matrix:
    """Organizations x occasions: events each body organized for each occasion (an event
    with two organizers counts for each, as on the per-organization sheet). Rows are the
    bodies with any event in the period, so one that marked no occasion shows its gaps."""
    def organizers_of(event_filter: EventFilter) -> ColumnElement[bool]:
        events = select(Event.id).where(*event_filter.conditions())
        return EventOrganizer.event_id.in_(events)

    counted = session.execute(
        select(EventOrganizer.organization_id, Event.occasion_id, func.count(Event.id))
        .join(Event, EventOrganizer.event_id == Event.id)
        .where(organizers_of(flt), Event.occasion_id.is_not(None))
        .group_by(EventOrganizer.organization_id, Event.occasion_id))
    cells = {(org, occasion or 0): n for org, occasion, n in counted}
    active = set(session.scalars(select(EventOrganizer.organization_id).distinct()
                                 .where(organizers_of(replace(flt, occasion_id=None)))))
    names: dict[int, str] = {i: name for i, name in session.execute(
        select(Organization.id, Organization.name)
        .where(Organization.id.in_(active | {k[0] for k in cells})))}
    rows = sorted(names.items(), key=lambda r: r[1])
    occasion_names = names_by_id(session, Occasion, {k[1] for k in cells}, language)
    column_ids = _by_total(cells)
    return Matrix(rows, [(i, occasion_names.get(i, str(i))) for i in column_ids], cells,
                  "organization")


def _months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier (the month's last day when it is shorter)."""
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return min(day.replace(year=year, month=month, day=1) + dt.timedelta(days=day.day - 1),
               following - dt.timedelta(days=1))


def quiet_organizations(
    session: Session, event_filter: EventFilter, since: dt.date,
    floors: dict[int, dt.date] | None = None,
) -> list[QuietOrganization]:
    """Organizations with events on record (by the window's filters but its period) and
    none that may have taken place on or after ``since``; the longest silent first."""
    flt = replace(EventFilter(**_fields(event_filter)), date_from=None, date_to=None)
    recent_events = select(Event.id).where(*bounded(
        replace(flt, date_from=since), floors or start_floors(session, [since])).conditions())
    recent = set(session.scalars(  # IN (…), so SQLite reads recent events by start date
        select(EventOrganizer.organization_id).distinct()
        .where(EventOrganizer.event_id.in_(recent_events))))
    # Organizations with any event at all: one look each into the organizer index (not
    # a read of all of it); only the silent ones are then looked at event by event.
    organizes = exists().where(EventOrganizer.organization_id == Organization.id)
    silent = set(session.scalars(select(Organization.id).where(organizes))) - recent
    if not silent:
        return []
    last = func.max(func.coalesce(Event.end_date, Event.start_date))
    rows = session.execute(
        select(Organization.id, Organization.name, last, func.count(func.distinct(Event.id)))
        .select_from(EventOrganizer)
        .join(Event, EventOrganizer.event_id == Event.id)
        .join(Organization, EventOrganizer.organization_id == Organization.id)
        .where(*flt.conditions(), EventOrganizer.organization_id.in_(sorted(silent)))
        .group_by(Organization.id, Organization.name)
        .order_by(last, Organization.name)
    ).all()
    return [QuietOrganization(i, name, _as_date(day), n) for i, name, day, n in rows]


def _as_date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
