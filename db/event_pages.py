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

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, Table, select
from sqlalchemy.orm import Session, aliased

from db.models import Event
from db.queries import SORTABLE, EventFilter, EventRow, list_events

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
    """``EventFilter`` restricted to the events a SELECT of ids returns."""

    window: Select[Any] | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        # first: SQLite then starts from this short list of ids, not from the matches
        assert self.window is not None
        return [Event.id.in_(self.window), *super().conditions()]


def _window(sort: str, descending: bool, size: int) -> Select[Any] | None:
    """Ids of the first ``size`` events (live or not) in the table's order, when an index
    of the event table gives that order (else None: finding them would sort every event)."""
    sorted_by = SORTABLE.get(sort, Event.start_date)
    indexes = cast(Table, Event.__table__).indexes
    if not any(list(index.columns)[:1] == [sorted_by] for index in indexes):
        return None
    other = aliased(Event)  # not correlated to the query it is put in
    column = getattr(other, sorted_by.key)
    order = [column.desc(), other.id.desc()] if descending else [column.asc(), other.id.asc()]
    return select(other.id).order_by(*order).limit(size)


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
    while event_filter.text and size <= MAX_WINDOW_PAGES * wanted:
        window = _window(sort, descending, size)
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
