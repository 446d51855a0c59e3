"""Queries for the events table and the report aggregates; filters run in SQL.

One :class:`EventFilter` describes what a user selected (in the window's filter
bar, a report dialog or on the command line) and turns into the same WHERE
clause everywhere, so a report counts exactly what the table shows.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Select, and_, case, exists, extract, func, literal, select
from sqlalchemy.orm import Session, aliased

from db.models import (
    City,
    Country,
    Event,
    EventOrganizer,
    EventSpeaker,
    EventStatus,
    EventType,
    Occasion,
    Organization,
    Person,
    PlacePrecision,
    Region,
)
from db.names import normalize
from db.search import contains_word

Granularity = Literal["month", "quarter", "year"]


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

    def conditions(self) -> list:
        clauses: list = [
            Event.deleted_at.is_not(None) if self.deleted else Event.deleted_at.is_(None)
        ]
        if self.text and normalize(self.text):
            for word in normalize(self.text).split():
                clauses.append(contains_word(word))
        if self.date_from is not None:
            clauses.append(Event.start_date >= self.date_from)
        if self.date_to is not None:
            clauses.append(Event.start_date <= self.date_to)
        for column, value in (
            (Event.country_id, self.country_id),
            (Event.region_id, self.region_id),
            (Event.occasion_id, self.occasion_id),
            (Event.event_type_id, self.event_type_id),
            (Event.status, self.status),
        ):
            if value is not None:
                clauses.append(column == value)
        if self.organization_id is not None:
            # An alias of its own, correlated to Event only: queries that already join
            # EventOrganizer (the organization counts) would otherwise correlate it away.
            organizer = aliased(EventOrganizer)
            clauses.append(
                exists()
                .where(
                    and_(
                        organizer.event_id == Event.id,
                        organizer.organization_id == self.organization_id,
                    )
                )
                .correlate(Event)
            )
        if self.uuids is not None:
            clauses.append(Event.uuid.in_(self.uuids))
        return clauses

    def describe(self, session: Session) -> list[tuple[str, str]]:
        """The active filters as (label, value) pairs, for a report's cover."""
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
                described.append((label, getattr(record, "name", str(value))))
        if self.status is not None:
            described.append(("Status", self.status.value))
        if self.uuids is not None:
            described.append(("Selection", f"{len(self.uuids)} chosen events"))
        if self.deleted:
            described.append(("Trash", "deleted events"))
        return described


# --- the events table ----------------------------------------------------------

SORTABLE = {
    "date": Event.start_date,
    "title": Event.title,
    "status": Event.status,
    "updated": Event.updated_at,
}


# The City column shows a settlement as written when it matched no city record, but not
# "the Chelyabinsk region": a place written at region or country level is no city.
_unmatched_settlement = case(
    (
        Event.place_precision.in_([PlacePrecision.REGION, PlacePrecision.COUNTRY]),
        literal(None),
    ),
    else_=Event.place_as_written,
)


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


def count_events(session: Session, event_filter: EventFilter) -> int:
    query = select(func.count(Event.id)).where(*event_filter.conditions())
    return session.scalar(query) or 0


def list_events(
    session: Session,
    event_filter: EventFilter,
    offset: int = 0,
    limit: int = 200,
    sort: str = "date",
    descending: bool = True,
) -> list[EventRow]:
    """One page of the table, organizers included, in two queries."""
    column = SORTABLE.get(sort, Event.start_date)
    order = column.desc() if descending else column.asc()
    query = (
        select(
            Event.id,
            Event.uuid,
            Event.start_date,
            Event.end_date,
            Event.date_precision,
            Event.title,
            EventType.name,
            Occasion.name,
            Event.anniversary,
            Country.name,
            Region.name,
            func.coalesce(City.name, _unmatched_settlement),
            Event.status,
        )
        .outerjoin(EventType, Event.event_type_id == EventType.id)
        .outerjoin(Occasion, Event.occasion_id == Occasion.id)
        .outerjoin(Country, Event.country_id == Country.id)
        .outerjoin(Region, Event.region_id == Region.id)
        .outerjoin(City, Event.city_id == City.id)
        .where(*event_filter.conditions())
        .order_by(order, Event.id.desc() if descending else Event.id.asc())
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


def organizer_names(session: Session, event_ids: list[int]) -> dict[int, list[str]]:
    """Organizer names per event id, in the order they were entered."""
    names: dict[int, list[str]] = defaultdict(list)
    if not event_ids:
        return names
    query = (
        select(EventOrganizer.event_id, Organization.name)
        .join(Organization, EventOrganizer.organization_id == Organization.id)
        .where(EventOrganizer.event_id.in_(event_ids))
        .order_by(EventOrganizer.event_id, EventOrganizer.position)
    )
    for event_id, name in session.execute(query):
        names[event_id].append(name)
    return names


# --- aggregates ----------------------------------------------------------------------


def period_key(day: dt.date, granularity: Granularity) -> tuple[int, int]:
    """(year, month | quarter | 0) of a date, matching :func:`events_per_region`."""
    if granularity == "month":
        return day.year, day.month
    if granularity == "quarter":
        return day.year, (day.month - 1) // 3 + 1
    return day.year, 0


def _period_columns(granularity: Granularity) -> tuple:
    year = extract("year", Event.start_date)
    month = extract("month", Event.start_date)
    if granularity == "month":
        return year, month
    if granularity == "quarter":  # CASE, not division: PostgreSQL's extract() is numeric
        return year, case((month <= 3, 1), (month <= 6, 2), (month <= 9, 3), else_=4)
    return year, literal(0)


@dataclass(frozen=True)
class RegionCount:
    country: str | None
    region_code: str | None
    region: str | None
    year: int
    period: int
    events: int


def events_per_region(
    session: Session, event_filter: EventFilter, granularity: Granularity = "month"
) -> list[RegionCount]:
    """Event counts per (country, region, period); events with no region count as such."""
    year, period = _period_columns(granularity)
    query = (
        select(Country.name, Region.code, Region.name, year, period, func.count(Event.id))
        .select_from(Event)
        .outerjoin(Country, Event.country_id == Country.id)
        .outerjoin(Region, Event.region_id == Region.id)
        .where(*event_filter.conditions())
        .group_by(Country.name, Region.code, Region.name, year, period)
        .order_by(Country.name, Region.name, year, period)
    )
    return [
        RegionCount(c, code, name, int(y), int(p), n)
        for c, code, name, y, p, n in session.execute(query)
    ]


@dataclass(frozen=True)
class OrganizationCount:
    organization: str
    region: str | None
    country: str | None
    event_type: str | None
    events: int


def events_per_organization(session: Session, event_filter: EventFilter) -> list[OrganizationCount]:
    """Events per organizing body and event type (an event with two organizers counts for both)."""
    org_region = aliased(Region)
    org_country = aliased(Country)
    query = (
        select(
            Organization.name,
            org_region.name,
            org_country.name,
            EventType.name,
            func.count(func.distinct(Event.id)),
        )
        .select_from(EventOrganizer)
        .join(Event, EventOrganizer.event_id == Event.id)
        .join(Organization, EventOrganizer.organization_id == Organization.id)
        .outerjoin(org_region, Organization.region_id == org_region.id)
        .outerjoin(org_country, Organization.country_id == org_country.id)
        .outerjoin(EventType, Event.event_type_id == EventType.id)
        .where(*event_filter.conditions())
        .group_by(
            Organization.id, Organization.name, org_region.name, org_country.name, EventType.name
        )
        .order_by(Organization.name, EventType.name)
    )
    return [OrganizationCount(*row) for row in session.execute(query)]


def filtered_events(event_filter: EventFilter) -> Select:
    """SELECT of the matching events, oldest first (for streaming exports)."""
    return select(Event).where(*event_filter.conditions()).order_by(Event.start_date, Event.id)


def speaker_names(
    session: Session, event_ids: list[int]
) -> dict[int, list[tuple[str, str | None]]]:
    names: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
    if not event_ids:
        return names
    query = (
        select(EventSpeaker.event_id, Person.full_name, EventSpeaker.role)
        .join(Person, EventSpeaker.person_id == Person.id)
        .where(EventSpeaker.event_id.in_(event_ids))
        .order_by(EventSpeaker.event_id, EventSpeaker.position)
    )
    for event_id, name, role in session.execute(query):
        names[event_id].append((name, role))
    return names
