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
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, Table, select
from sqlalchemy.orm import Session, aliased

from db.models import Event
from db.queries import SORTABLE, EventFilter, EventRow, list_events
from db.search import id_conditions, like_conditions

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


@dataclass
class _Within(EventFilter):
    """``EventFilter`` restricted to the ids of a :func:`_window`, which has applied the
    words' id conditions already (a second list of the matches would cost as much)."""

    window: Select[Any] | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        assert self.window is not None
        others = EventFilter.conditions(replace(self, text=None))
        # first: SQLite then starts from this short list of ids, not from the matches
        return [Event.id.in_(self.window), *others, *like_conditions(self.text)]


def _window(
    event_filter: EventFilter, sort: str, descending: bool, size: int
) -> Select[Any] | None:
    """Ids of the first ``size`` events (live or not) in the table's order that may match
    the words: a walk of the sort column's index, narrowed by ids alone (no event read).
    None where no index of the event table gives that order (finding them would sort
    every event)."""
    sorted_by = SORTABLE.get(sort, Event.start_date)
    indexes = cast(Table, Event.__table__).indexes
    if not any(list(index.columns)[:1] == [sorted_by] for index in indexes):
        return None
    other = aliased(Event)  # not correlated to the query it is put in
    column = getattr(other, sorted_by.key)
    order = [column.desc(), other.id.desc()] if descending else [column.asc(), other.id.asc()]
    first = select(other.id).order_by(*order).limit(size).subquery()
    return select(first.c.id).where(*id_conditions(event_filter.text, first.c.id))


def first_page(
    session: Session,
    event_filter: EventFilter,
    limit: int = 200,
    sort: str = "date",
    descending: bool = True,
) -> FirstPage:
    """The first ``limit`` rows as :func:`list_events` orders them, with no count query
    (one row more is read to know whether others follow)."""
    wanted = limit + 1
    size = WINDOW_PAGES * wanted
    sqlite = session.get_bind().dialect.name == "sqlite"
    while sqlite and event_filter.text and size <= MAX_WINDOW_PAGES * wanted:
        window = _window(event_filter, sort, descending, size)
        if window is None:
            break
        within = _Within(**vars(event_filter), window=window)
        rows = list_events(session, within, limit=wanted, sort=sort, descending=descending)
        if len(rows) == wanted:  # the first matches of all lie in the window
            return FirstPage(rows[:limit], True)
        if not rows or size > WINDOW_PAGES * wanted:
            break
        size = size * wanted * 3 // (2 * len(rows))  # half as wide again as it looks enough
    rows = list_events(session, event_filter, limit=wanted, sort=sort, descending=descending)
    return FirstPage(rows[:limit], len(rows) > limit)
