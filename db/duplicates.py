"""Find stored events that are probably the one being entered, before it is saved.

Used by the event form (typing, and accepting drafts from a report), and by anything that
adds events in bulk through :class:`DuplicateFinder`. Two events are taken for one when
their dates overlap (a month- or year-only date covers its whole month or year, a few
days' slack either side), nothing known about them differs (region, city, country,
occasion), and they share an organizer: the same record by any alias, or names of which
one holds the other ("Friendship" / public organization "Friendship"). Without
organizers on one side, the same place and a similar title must do.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import uuid
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from db.event_store import EventInput, EventStore
from db.models import City, DatePrecision, Event, EventOrganizer, Organization
from db.names import normalize

NEAR_DAYS = 3
"""Slack either side of a date range: reports date the same event a day or two apart."""
SAME_NAME = 90
"""token_set_ratio at or above which two organizer names are taken for one."""
SIMILAR_TITLE = 80
"""token_set_ratio of two titles that, with the same place, make events without organizers
one event."""
_LONGEST_RANGE = dt.timedelta(days=120)
"""An exact or between-dates event that started longer before is not looked at."""
_LONGEST_START = dt.timedelta(days=366)
"""No event that may overlap starts longer before (a year-only date starts on January 1)."""
_CHUNK_DAYS = dt.timedelta(days=31)
"""Bulk checks read the stored events of about a month of entered events at once."""


def date_span(
    start: dt.date, end: dt.date | None, precision: DatePrecision
) -> tuple[dt.date, dt.date]:
    """The days an event may have taken place on, given its date precision."""
    last = end or start
    if precision == DatePrecision.MONTH:
        days = calendar.monthrange(last.year, last.month)[1]
        return start.replace(day=1), last.replace(day=days)
    if precision == DatePrecision.YEAR:
        return start.replace(month=1, day=1), last.replace(month=12, day=31)
    return start, max(start, last)


@dataclass
class EventFacts:
    """What the duplicate check compares of the event being entered, resolved the way the
    store resolves it (bulk callers that hold ids already build it directly)."""

    span: tuple[dt.date, dt.date]
    country_id: int | None = None
    region_id: int | None = None
    city_id: int | None = None
    city_unknown: bool = False
    occasion_id: int | None = None
    organization_ids: set[int] = field(default_factory=set)
    organizer_keys: list[str] = field(default_factory=list)
    title_key: str = ""
    uuid: uuid.UUID | None = None
    """The event's own id when it is stored already: it is not its own duplicate."""


def find_duplicates(
    session: Session, data: EventInput, near_days: int = NEAR_DAYS, store: EventStore | None = None
) -> list[Event]:
    """Live events (not ``data`` itself) that are probably the event ``data`` describes;
    ``store``: one whose name lookups are warm already (the form's)."""
    return DuplicateFinder(session, near_days, store).find(data)


class DuplicateFinder:
    """The duplicate check with one store's cached lookups, for one event or many."""

    def __init__(
        self, session: Session, near_days: int = NEAR_DAYS, store: EventStore | None = None
    ):
        self.session = session
        self.store = store or EventStore(session)
        self.margin = dt.timedelta(days=near_days)

    def find(self, data: EventInput) -> list[Event]:
        facts = self.facts(data)
        return [] if facts is None else self.find_facts(facts)

    def find_facts(self, facts: EventFacts) -> list[Event]:
        """Live events that are probably the event ``facts`` describe."""
        return self.find_many([facts])[0]

    def find_many(self, many: list[EventFacts]) -> list[list[Event]]:
        """The duplicates of each of ``many``, reading stored events a few weeks at a time."""
        out: list[list[Event]] = [[] for _ in many]
        chunks: list[list[int]] = []
        for i in sorted(range(len(many)), key=lambda i: many[i].span[0]):
            if chunks and many[i].span[0] - many[chunks[-1][0]].span[0] <= _CHUNK_DAYS:
                chunks[-1].append(i)
            else:
                chunks.append([i])
        for chunk in chunks:
            earliest = min(many[i].span[0] for i in chunk) - self.margin
            latest = max(many[i].span[1] for i in chunk) + self.margin
            stored = sorted(
                (
                    (date_span(e.start_date, e.end_date, e.date_precision), e)
                    for e in self._window(earliest, latest)
                ),
                key=lambda pair: pair[0][0],
            )
            starts = [span[0] for span, _event in stored]
            longest = max((span[1] - span[0] for span, _event in stored), default=dt.timedelta())
            for i in chunk:
                facts = many[i]
                first = bisect.bisect_left(starts, facts.span[0] - self.margin - longest)
                last = bisect.bisect_right(starts, facts.span[1] + self.margin)
                out[i] = [
                    event
                    for span, event in stored[first:last]
                    if event.uuid != facts.uuid and self._same(facts, event, span)
                ]
        return out

    def _window(self, earliest: dt.date, latest: dt.date) -> list[Event]:
        """Live events that may fall between two dates; each precision has its own bound
        on how long before ``earliest`` it can start (the start_date index does the rest)."""
        may_start = or_(
            and_(
                Event.date_precision.in_((DatePrecision.DAY, DatePrecision.BETWEEN)),
                Event.start_date >= earliest - _LONGEST_RANGE,
                func.coalesce(Event.end_date, Event.start_date) >= earliest,
            ),
            and_(
                Event.date_precision == DatePrecision.MONTH,
                Event.start_date >= earliest - dt.timedelta(days=31),
            ),
            and_(
                Event.date_precision == DatePrecision.YEAR,
                Event.start_date >= earliest - _LONGEST_START,
            ),
        )
        query = (
            select(Event)
            .where(
                Event.deleted_at.is_(None),
                Event.start_date.between(earliest - _LONGEST_START, latest),  # the index range
                may_start,
            )
            .options(
                selectinload(Event.organizers)
                .selectinload(EventOrganizer.organization)
                .selectinload(Organization.aliases),
                selectinload(Event.city),
            )
            .order_by(Event.start_date)
        )
        with self.session.no_autoflush:
            return list(self.session.scalars(query))

    def facts(self, data: EventInput) -> EventFacts | None:
        """``data`` resolved for comparison; None without a date."""
        if data.start_date is None:
            return None
        store = self.store
        with self.session.no_autoflush:
            country = store._country(data.country)
            region = store.region(data.region, country)
            city = store._city(data.city, country, region)
            occasion = store._occasion(data.occasion)
            organizations = [
                store.gazetteer.resolve_organization(o.name, fuzzy=False) for o in data.organizers
            ]
        if city is not None and region is None:
            region = city.region
        if region is not None and country is None:
            country = region.country
        return EventFacts(
            span=date_span(data.start_date, data.end_date, data.date_precision),
            country_id=country.id if country else None,
            region_id=region.id if region else None,
            city_id=city.id if city else None,
            city_unknown=city is None and bool((data.city or "").strip()),
            occasion_id=occasion.id if occasion else None,
            organization_ids={o.id for o in organizations if o is not None},
            organizer_keys=[k for k in (normalize(o.name) for o in data.organizers) if k],
            title_key=normalize(data.title or ""),
            uuid=data.uuid,
        )

    def _same(self, entered: EventFacts, event: Event, span: tuple[dt.date, dt.date]) -> bool:
        start, end = span
        if start > entered.span[1] + self.margin or end < entered.span[0] - self.margin:
            return False
        if _differ(entered.occasion_id, event.occasion_id):
            return False
        if not _same_place(entered, event):
            return False
        names = [o.organization for o in event.organizers]
        if entered.organizer_keys and names:
            return any(self._same_organizer(entered, o) for o in names)
        if entered.city_id is None and entered.region_id is None:
            return False  # no organizer to compare, and no place: too little to go on
        return fuzz.token_set_ratio(entered.title_key, normalize(event.title)) >= SIMILAR_TITLE

    @staticmethod
    def _same_organizer(entered: EventFacts, organization: Organization) -> bool:
        if organization.id in entered.organization_ids:
            return True
        keys = {normalize(organization.name)} | {a.normalized for a in organization.aliases}
        return any(
            fuzz.token_set_ratio(typed, key) >= SAME_NAME
            for typed in entered.organizer_keys
            for key in keys
            if key
        )


def _differ(mine: object, theirs: object) -> bool:
    return mine is not None and theirs is not None and mine != theirs


Where = tuple[object, object, object]
"""An event's (country, region, city) ids; None where unknown."""


def places_differ(mine: Where, theirs: Where) -> bool:
    """Whether two places' ids say they differ (an unknown part never does)."""
    return any(_differ(a, b) for a, b in zip(mine, theirs, strict=True))


def facts_alike(first: EventFacts, second: EventFacts, margin: dt.timedelta) -> bool:
    """The rule of :meth:`DuplicateFinder._same` between two events not stored yet (rows
    of one file): the dates meet, nothing known of place or occasion differs, and an
    organizer is the same or, without organizers to compare, the titles are alike. One
    file writes one organization one way: its names must be equal, not near ("Community
    union 5" is not "Community union 52")."""
    if first.span[0] > second.span[1] + margin or second.span[0] > first.span[1] + margin:
        return False
    if _differ(first.occasion_id, second.occasion_id) or places_differ(
        (first.country_id, first.region_id, first.city_id),
        (second.country_id, second.region_id, second.city_id),
    ):
        return False
    if first.organizer_keys and second.organizer_keys:
        return bool(first.organization_ids & second.organization_ids) or not set(
            first.organizer_keys
        ).isdisjoint(second.organizer_keys)
    if first.city_id is None and first.region_id is None:
        return False  # no organizer to compare, and no place: too little to go on
    return fuzz.token_set_ratio(first.title_key, second.title_key) >= SIMILAR_TITLE


def _same_place(entered: EventFacts, event: Event) -> bool:
    """False only when something known about the two places differs."""
    city: City | None = event.city
    region_id = event.region_id or (city.region_id if city is not None else None)
    if _differ(entered.country_id, event.country_id) or _differ(entered.region_id, region_id):
        return False
    if _differ(entered.city_id, event.city_id):
        return False
    # a typed city that matched no record is not the stored event's city (it would have)
    return not (entered.city_unknown and event.city_id is not None)
