"""The events table's first page without waiting for the count (issue 17, search).

Counting the matches of a frequent word reads every match (hundreds of milliseconds at
a million events); the rows the clerk sees first need only one page. The window asks
:func:`first_page` and shows its rows at once, then counts with
:func:`db.queries.count_events` off the GUI thread, and only when the page says more
rows exist: a page that holds every match already gives the exact total.

A frequent word's page is read among the first events in table order (a short walk
of the sort column's index) instead of sorting all its matches; where too few match
there, a second look as wide as their share says is needed, if that is not too wide;
a rare word finds too few and takes the ordinary query, which starts from its matches.

A column of linked names (type, occasion, country, region, city, first organizer) is
ordered by the names shown in the interface language: by the reference records' ranks
(:mod:`db.sort_ranks`), walking the rank index and nesting into each record's events
(``ORDER BY rank, record id, event id``: no sort of the events). Events without the
link follow, in the same direction either way (a City column's places as written, then
none); :func:`read_page` pages across the two parts.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Select,
    Table,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.selectable import Join

from db import tables
from db.collation import folded
from db.localized import NamedModel, names_by_english
from db.queries import EventFilter, EventRow, count_events, list_events, sort_column
from db.search import few_matches, id_conditions, like_conditions, row_conditions
from db.sort_ranks import ensure_ranks, rank_column
from db.tables import PlacePrecision

if TYPE_CHECKING:
    from db.engine import Reader

WINDOW_PAGES = 10
"""How many pages of events in table order the first page is looked for among first:
enough when one event in ten matches."""
MAX_WINDOW_PAGES = 200
"""The widest second look, sized by how many matched in the first: beyond it reading
the window costs more than sorting every match."""


@dataclass(frozen=True)
class FirstPage:
    """The first rows in table order, and whether more events match."""

    rows: list[EventRow]
    more: bool

    @property
    def total(self) -> int | None:
        """How many events match, when the page holds them all; None: count them."""
        return None if self.more else len(self.rows)


NARROW_EVENTS = 20_000
"""Events a place, type, occasion or organization filter may leave for the words to be
checked on each (LIKE: a few milliseconds per thousand) instead of starting from the
words' index matches (a frequent word matches a hundred thousand of a million)."""


@dataclass
class _Checked(EventFilter):
    """``EventFilter`` whose words are checked on each event the other conditions leave."""

    def conditions(self) -> list[ColumnElement[bool]]:
        return [*EventFilter.conditions(replace(self, text=None)), *row_conditions(self.text)]


def _id_conditions(event_filter: EventFilter) -> list[ColumnElement[bool]]:
    """The filter's conditions on the event's links alone (what an index answers)."""
    chosen = {
        tables.event.c.country_id: event_filter.country_id,
        tables.event.c.region_id: event_filter.region_id,
        tables.event.c.occasion_id: event_filter.occasion_id,
        tables.event.c.event_type_id: event_filter.event_type_id,
    }
    found: list[ColumnElement[bool]] = [c == v for c, v in chosen.items() if v is not None]
    if event_filter.organization_id is not None:
        found.append(
            tables.event.c.id.in_(
                select(tables.event_organizer.c.event_id).where(
                    tables.event_organizer.c.organization_id == event_filter.organization_id
                )
            )
        )
    if event_filter.uuids is not None:
        found.append(tables.event.c.uuid.in_(event_filter.uuids))
    return found


def _backend(reader: Reader) -> str:
    """The dialect's name ("sqlite", "postgresql") behind a session or a connection."""
    return reader.dialect.name if isinstance(reader, Connection) else reader.get_bind().dialect.name


def narrowed(session: Reader, event_filter: EventFilter) -> EventFilter:
    """The filter as SQLite should run it: words beside a link filter that leaves few
    events are checked on those events (the link's index first); otherwise unchanged."""
    if isinstance(event_filter, _Checked):
        return event_filter
    links = _id_conditions(event_filter)
    if not (event_filter.text and links) or _backend(session) != "sqlite":
        return event_filter
    few = select(tables.event.c.id).where(*links).limit(NARROW_EVENTS + 1).subquery()
    if (session.scalar(select(func.count()).select_from(few)) or 0) > NARROW_EVENTS:
        return event_filter
    return _Checked(**vars(event_filter))


def count_matches(session: Reader, event_filter: EventFilter) -> int:
    """How many events match, planned as :func:`narrowed` says."""
    return count_events(session, narrowed(session, event_filter))


@dataclass
class _Within(EventFilter):
    """``EventFilter`` restricted to the ids of a :func:`_window`, which has applied the
    words' id conditions already (a second list of the matches would cost as much)."""

    window: Select[Any] | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        assert self.window is not None
        others = EventFilter.conditions(replace(self, text=None))
        # first: SQLite then starts from this short list of ids, not from the matches
        return [tables.event.c.id.in_(self.window), *others, *like_conditions(self.text)]


def _window(
    event_filter: EventFilter, sort: str, descending: bool, size: int, each: bool = False,
    language: str = "en",
) -> Select[Any] | None:
    """Ids of the first ``size`` events (live or not) in the table's order that may match
    the words: a walk of the sort column's index, narrowed by the words (``each``: checked
    on each of those events, cheaper for the first look than listing a frequent word's
    matches; see ``db.search.id_conditions``). None where no index of the event table
    gives that order (finding them would sort every event)."""
    sorted_by = sort_column(sort, language)
    if not any(list(index.columns)[:1] == [sorted_by] for index in tables.event.indexes):
        return None
    other = tables.event.alias()  # not correlated to the query it is put in
    column = other.c[sorted_by.key]
    order = [column.desc(), other.c.id.desc()] if descending else [column.asc(), other.c.id.asc()]
    first = select(other.c.id).order_by(*order).limit(size).subquery()
    return select(first.c.id).where(*id_conditions(event_filter.text, first.c.id, each))


# --- columns of linked names ------------------------------------------------------------

LINKS: dict[str, tuple[Table, Column[int] | None]] = {
    "type": (tables.event_type, tables.event.c.event_type_id),
    "occasion": (tables.occasion, tables.event.c.occasion_id),
    "country": (tables.country, tables.event.c.country_id),
    "region": (tables.region, tables.event.c.region_id),
    "city": (tables.city, tables.event.c.city_id),
    "organizers": (tables.organization, None),  # through the first organizer
}
"""Columns that show a reference record's name: the record's table and the event's link
to it."""
BY_ORGANIZATION = "ix_event_organizer_organization_event"
"""The index that gives an organization's events in id order."""

_written_place = case(  # what the City column shows without a city record (db.queries)
    (
        tables.event.c.place_precision.in_([PlacePrecision.REGION, PlacePrecision.COUNTRY]),
        literal(None),
    ),
    else_=tables.event.c.place_as_written,
)

Term = tuple[Any, bool]
"""An ORDER BY term and whether it ascends when the column is sorted ascending."""


@dataclass(frozen=True)
class _Part:
    """Events of one part of a linked column's order, and the terms ordering them."""

    query: Select[int, uuid.UUID]
    terms: list[Term] = field(default_factory=list)

    def ordered(self, backwards: bool) -> Select[int, uuid.UUID]:
        return self.query.order_by(
            *(term.asc() if up != backwards else term.desc() for term, up in self.terms)
        )


class _Walk(Join):
    """Inner joins SQLite must run in the order written (CROSS JOIN), through the given
    indexes (INDEXED BY): its planner, weighing a sort of every event against a walk it
    cannot see end at the LIMIT, would otherwise start from the events and sort them
    all; or, for a narrow filter, walk every record's events to find its few. Other
    databases plan it themselves."""

    inherit_cache = False

    def __init__(
        self, left: Any, right: Any, onclause: Any, indexes: dict[str, str] | None = None
    ) -> None:
        super().__init__(left, right, onclause)
        self.indexes = indexes or {}


@compiles(_Walk, "sqlite")
def _walk_sqlite(join: _Walk, compiler: Any, **kw: Any) -> str:
    plain: str = compiler.visit_join(join, **kw)
    forced = re.sub(r"(?<!CROSS) JOIN ", " CROSS JOIN ", plain)  # ON clauses hold no JOIN
    for table, index in join.indexes.items():
        forced = re.sub(
            rf"\b{table}\b(?= CROSS| ON|$)", f"{table} INDEXED BY {index}", forced, count=1
        )
    return forced


def _first_organizer() -> ColumnElement[bool]:
    """The organizer row is its event's first (lowest position, then id)."""
    organizer, earlier = tables.event_organizer.c, tables.event_organizer.alias().c
    return ~exists().where(
        earlier.event_id == organizer.event_id,
        or_(
            earlier.position < organizer.position,
            and_(earlier.position == organizer.position, earlier.id < organizer.id),
        ),
    )


def _wide(event_filter: EventFilter) -> bool:
    """Does the filter keep most events? Then the rank walk finds a page at once; a
    narrow one (words, a place, an organization, a period) is looked for among the first
    events of the walk, then read first and sorted."""
    narrow = (
        event_filter.text,
        event_filter.date_from,
        event_filter.date_to,
        event_filter.country_id,
        event_filter.region_id,
        event_filter.organization_id,
        event_filter.occasion_id,
        event_filter.event_type_id,
        event_filter.uuids,
    )
    return all(value is None or value == "" for value in narrow)


def _parts(event_filter: EventFilter, sort: str, descending: bool, language: str) -> list[_Part]:
    """The events with the link, by rank of the record (then record id, event id), and
    those without it after them. A wide filter walks the records in rank order and each
    one's events; a narrow one reads its events first and sorts those."""
    records, link = LINKS[sort]
    up = not descending
    rank, conditions = rank_column(records, language), event_filter.conditions()
    rank_index = {records.name: f"ix_{records.name}_{rank.key}"}
    wide = _wide(event_filter)
    columns = (tables.event.c.id, tables.event.c.uuid)
    events = tables.event
    if link is None:
        through = tables.event_organizer
        to_record = tables.event_organizer.c.organization_id == tables.organization.c.id
        to_event = tables.event.c.id == tables.event_organizer.c.event_id
        walked = (
            _Walk(
                _Walk(records, through, to_record, {**rank_index, through.name: BY_ORGANIZATION}),
                events,
                to_event,
            )
            if wide
            else _Walk(_Walk(events, through, to_event), records, to_record)
        )
        linked = select(*columns).select_from(walked).where(_first_organizer(), *conditions)
        by_event = tables.event_organizer.c.event_id  # the order the walked index gives
        unlinked = select(*columns).where(
            ~exists().where(tables.event_organizer.c.event_id == tables.event.c.id), *conditions
        )
    else:
        on = link == records.c.id
        walked = (
            _Walk(records, events, on, {**rank_index, events.name: f"ix_event_{link.key}"})
            if wide
            else _Walk(events, records, on)
        )
        linked = select(*columns).select_from(walked).where(*conditions)
        by_event = tables.event.c.id  # the order the link's index gives a record's events
        unlinked = select(*columns).where(link.is_(None), *conditions)
    parts = [_Part(linked, [(rank, up), (records.c.id, up), (by_event, up)])]
    if sort == "city":  # places as written (no city record) by what is written, then none
        shown = _written_place
        terms = [(shown.is_(None), True), (folded(shown), up), (tables.event.c.id, up)]
        parts.append(_Part(unlinked, terms))
    else:
        parts.append(_Part(unlinked, [(tables.event.c.id, up)]))
    return parts


@dataclass
class _Ids(EventFilter):
    """The events of these ids (already filtered), whatever else they are."""

    ids: list[int] = field(default_factory=list)

    def conditions(self) -> list[ColumnElement[bool]]:
        return [tables.event.c.id.in_(self.ids)]


def _walked(
    session: Reader,
    event_filter: EventFilter,
    wanted: int,
    sort: str,
    descending: bool,
    language: str,
) -> list[tuple[int, Any]]:
    """The first ``wanted`` linked events matching a narrow filter, looked for among the
    first events of the rank walk (as :func:`first_page` does by date): a frequent word
    or a long period fills a page there at once instead of sorting its hundred thousand
    matches; fewer than ``wanted`` found means the matches must be read first."""
    if isinstance(event_filter, _Checked):
        return []
    everything = _parts(EventFilter(deleted=event_filter.deleted), sort, descending, language)
    size, rows = WINDOW_PAGES * wanted, list[tuple[int, Any]]()
    while size <= MAX_WINDOW_PAGES * wanted:
        walk = everything[0].ordered(False).limit(size).subquery()
        window = select(walk.c.id).where(*id_conditions(event_filter.text, walk.c.id))
        within = _Within(**vars(event_filter), window=window)
        part = _parts(within, sort, descending, language)[0]
        rows = [(i, u) for i, u in session.execute(part.ordered(False).limit(wanted))]
        if len(rows) == wanted or not rows or size > WINDOW_PAGES * wanted:
            break
        size = size * wanted * 3 // (2 * len(rows))  # half as wide again as it looks enough
    return rows


def _linked_page(
    session: Reader,
    event_filter: EventFilter,
    offset: int,
    limit: int,
    sort: str,
    descending: bool,
    language: str,
    backwards: bool,
) -> list[EventRow]:
    """``limit`` rows from ``offset`` of a linked column's order (``backwards``: of its
    exact reverse, for the far end of the table)."""
    ensure_ranks(session, LINKS[sort][0], language)
    parts = _parts(event_filter, sort, descending, language)
    found: list[tuple[int, Any]] = []
    if offset == 0 and not backwards and not _wide(event_filter):
        found = _walked(session, event_filter, limit, sort, descending, language)
        if len(found) == limit:
            parts = []
        else:
            found = []
    for part in reversed(parts) if backwards else parts:
        if len(found) >= limit:
            break
        query = part.ordered(backwards).offset(offset).limit(limit - len(found))
        rows = session.execute(query).all()
        if not rows and offset:  # the page starts in a later part
            counted = select(func.count()).select_from(part.query.subquery())
            offset = max(0, offset - (session.scalar(counted) or 0))
        else:
            offset = 0
        found.extend(rows)
    if not found:
        return []
    position = {uuid: number for number, (_id, uuid) in enumerate(found)}
    rows_read = list_events(session, _Ids(ids=[i for i, _ in found]), limit=len(found))
    return sorted(rows_read, key=lambda row: position[row.uuid])


def read_page(
    session: Reader,
    event_filter: EventFilter,
    offset: int,
    limit: int,
    sort: str = "date",
    descending: bool = True,
    language: str = "en",
    backwards: bool = False,
) -> list[EventRow]:
    """``limit`` rows from ``offset`` in the table's order (``backwards``: counted from
    the end, last row first); linked names in ``language``'s order."""
    event_filter = narrowed(session, event_filter)
    if sort in LINKS:
        return _linked_page(
            session, event_filter, offset, limit, sort, descending, language, backwards
        )
    return list_events(
        session, event_filter, offset, limit, sort, descending != backwards, language
    )


def first_page(
    session: Reader,
    event_filter: EventFilter,
    limit: int = 200,
    sort: str = "date",
    descending: bool = True,
    language: str = "en",
) -> FirstPage:
    """The first ``limit`` rows as :func:`read_page` orders them, with no count query
    (one row more is read to know whether others follow)."""
    wanted = limit + 1
    event_filter = narrowed(session, event_filter)
    if sort in LINKS or isinstance(event_filter, _Checked):
        rows = read_page(session, event_filter, 0, wanted, sort, descending, language)
        return FirstPage(rows[:limit], len(rows) > limit)
    size = WINDOW_PAGES * wanted
    sqlite = _backend(session) == "sqlite"
    if sqlite and few_matches(session, event_filter.text, 1 / WINDOW_PAGES):
        size = MAX_WINDOW_PAGES * wanted + 1  # a rare word: read from its matches
    while sqlite and event_filter.text and size <= MAX_WINDOW_PAGES * wanted:
        window = _window(event_filter, sort, descending, size,
                         each=size == WINDOW_PAGES * wanted, language=language)
        if window is None:
            break
        within = _Within(**vars(event_filter), window=window)
        rows = list_events(session, within, limit=wanted, sort=sort, descending=descending,
                           language=language)
        if len(rows) == wanted:  # the first matches of all lie in the window
            return FirstPage(rows[:limit], True)
        if not rows or size > WINDOW_PAGES * wanted:
            break
        size = size * wanted * 3 // (2 * len(rows))  # half as wide again as it looks enough
    rows = list_events(session, event_filter, limit=wanted, sort=sort, descending=descending,
                       language=language)
    return FirstPage(rows[:limit], len(rows) > limit)


# --- names in the reader's language ---------------------------------------------------

LOCALIZED_FIELDS: dict[str, NamedModel] = {
    "event_type": tables.event_type,
    "occasion": tables.occasion,
    "country": tables.country,
    "region": tables.region,
    "city": tables.city,
}
"""EventRow fields that hold an English reference name, and the model it names."""


def localize_rows(
    session: Reader,
    rows: list[EventRow],
    cache: dict[tuple[str, str], str],
    language: str,
) -> list[EventRow]:
    """The rows with type, occasion, country, region and city named in ``language`` (the
    window's pages, the command line's list). ``cache`` keeps (field, English name) →
    name between pages."""
    if language == "en" or not rows:
        return rows
    for column, model in LOCALIZED_FIELDS.items():
        missing = {getattr(r, column) for r in rows} - {None} - {n for f, n in cache if f == column}
        if missing:
            for english, name in names_by_english(session, model, missing, language).items():
                cache[(column, english)] = name
    return [
        replace(
            row,
            **{
                column: cache.get((column, getattr(row, column)), getattr(row, column))
                for column in LOCALIZED_FIELDS
            },
        )
        for row in rows
    ]
