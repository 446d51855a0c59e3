"""What the events window's search box finds, read the ways the window reads it."""

from __future__ import annotations

from collections.abc import Sequence

from db.engine import Database
from db.event_pages import first_page
from db.event_store import EventInput, EventStore
from db.queries import EventFilter, count_events, list_events


def save_events(database: Database, events: Sequence[EventInput]) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk")
        for event in events:
            store.save(event)


def found_titles(database: Database, typed: str) -> set[str]:
    """Titles the search box shows for ``typed``, the same on each path the table takes
    (the list, its count, the first page by date and by title)."""
    chosen = EventFilter(text=typed)
    with database.sessions() as session:
        listed = {row.title for row in list_events(session, chosen, limit=50)}
        assert count_events(session, chosen) == len(listed)
        assert {row.title for row in first_page(session, chosen).rows} == listed
        assert {row.title for row in first_page(session, chosen, sort="title").rows} == listed
    return listed
