"""Issue 17, search: a word too short for the text index ("Пр") names records only; where
the first page is looked for among a window of events, the names are checked on each of
those events (a few thousand lookups), not by listing every event naming a record whose
name starts so (a hundred thousand at a million events, twice per page)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import Event
from db.queries import EventFilter, list_events
from db.search import id_conditions

BY_RECORD = (
    "ix_event_region_id",
    "ix_event_city_id",
    "ix_event_country_id",
    "ix_event_occasion_id",
    "ix_event_organizer_organization_event",
    "ix_event_speaker_person_id",
)
"""Indexes that list the events of a record: the wrong way round for a window."""


def _window(text: str, size: int = 50):
    first = select(Event.id).order_by(Event.start_date.desc(), Event.id.desc()).limit(size)
    ids = first.subquery()
    return select(ids.c.id).where(*id_conditions(text, ids.c.id))


@pytest.mark.parametrize("text", ["Пр", "xo", "Ch"])
def test_a_short_word_is_checked_on_each_event_of_the_window(database, text) -> None:
    sql = _window(text).compile(database.engine, compile_kwargs={"literal_binds": True})
    with database.engine.connect() as connection:
        steps = [row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
    assert not [s for s in steps if any(index in s for index in BY_RECORD)], steps


@pytest.mark.parametrize("text", ["Пр", "xo", "Ch", "Khojaly", "primorye", "Приморский край"])
def test_the_window_finds_what_the_full_search_finds(sample_database, text) -> None:
    with sample_database.sessions() as session:
        expected = {row.uuid for row in list_events(session, EventFilter(text=text))}
        assert expected, "each text finds some of the sample's events"
        found = set(session.scalars(_window(text)))
        assert {session.get(Event, i).uuid for i in found} == expected
