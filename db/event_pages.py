"""The events table's first page without waiting for the count (issue 17, search).

Counting the matches of a frequent word reads every match (hundreds of milliseconds at
a million events); the rows the clerk sees first need only one page. The window asks
:func:`first_page` and shows its rows at once, then counts with
:func:`db.queries.count_events` off the GUI thread, and only when the page says more
rows exist: a page that holds every match already gives the exact total.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.queries import EventFilter, EventRow, list_events


@dataclass(frozen=True)
class FirstPage:
    """The first rows in table order, and whether more events match."""

    rows: list[EventRow]
    more: bool

    @property
    def total(self) -> int | None:
        """How many events match, when the page holds them all; None: count them."""
        return None if self.more else len(self.rows)


def first_page(
    session: Session,
    event_filter: EventFilter,
    limit: int = 200,
    sort: str = "date",
    descending: bool = True,
) -> FirstPage:
    """The first ``limit`` rows as :func:`list_events` orders them, with no count query
    (one row more is read to know whether others follow)."""
    rows = list_events(session, event_filter, limit=limit + 1, sort=sort, descending=descending)
    return FirstPage(rows[:limit], len(rows) > limit)
