"""Query behaviours that a third mutation sample (seed 2711, scripts/mutation.sh) found
untested: the organizers the events table shows for each event."""

from __future__ import annotations

import datetime as dt

from db.engine import Database
from db.event_store import EventInput, EventStore, OrganizerInput
from db.queries import EventFilter, list_events


def test_the_events_table_names_each_events_organizers_in_the_order_entered(
    database: Database,
) -> None:
    """Names, not blanks, each under its own event; entered order, not alphabetical."""
    with database.sessions.begin() as session:
        store = EventStore(session)
        store.save(
            EventInput(
                title="A concert",
                start_date=dt.date(2025, 6, 6),
                organizers=[OrganizerInput("Zenith Choir"), OrganizerInput("Amber Society")],
            )
        )
        store.save(
            EventInput(
                title="A lecture",
                start_date=dt.date(2025, 6, 9),
                organizers=[OrganizerInput("Library Friends")],
            )
        )
    with database.sessions() as session:
        shown = {row.title: row.organizers for row in list_events(session, EventFilter())}
    assert shown == {
        "A concert": ["Zenith Choir", "Amber Society"],
        "A lecture": ["Library Friends"],
    }
