"""Issue 17, search: the place names a search word may start are looked up through the
alias tables' indexes of their folded ``normalized`` (migration 0016) and of their sound
keys (0018), and SQLite starts every plan from one list of event ids (the FTS5 matches
and the named events together), never from a scan of the events."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from db.models import Event
from db.queries import EventFilter

PLACE_ALIASES = ("region_alias", "city_alias", "country_alias")
"""The big reference tables: a word is looked up at the start of their names only."""
WORD_INSIDE = ("occasion_alias", "organization_alias", "person_alias")
"""Small tables read whole for a word inside a name (a surname)."""


def _plan(database, text: str) -> list[str]:
    query = select(func.count(Event.id)).where(*EventFilter(text=text).conditions())
    sql = query.compile(database.engine, compile_kwargs={"literal_binds": True})
    with database.engine.connect() as connection:
        return [row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]


@pytest.mark.parametrize("text", ["primorye", "Приморский край", "xo", "khojaly of"])
def test_names_are_looked_up_by_index_and_events_by_id(database, text) -> None:
    steps = _plan(database, text)
    for name in WORD_INSIDE:
        assert [s for s in steps if s.startswith((f"SEARCH {name} ", f"SCAN {name}"))], steps
    for name in PLACE_ALIASES:
        lookups = [s for s in steps if s.startswith((f"SEARCH {name} ", f"SCAN {name} "))]
        assert lookups, steps
        assert all(
            f"INDEX ix_search_fold_{name} (<expr>>? AND <expr><?)" in s
            or f"INDEX ix_search_sound_{name} (search_sound>? AND search_sound<?)" in s
            for s in lookups
        ), steps
    outer = [s for s in steps if s.startswith(("SEARCH event ", "SCAN event "))]
    assert len(outer) == 1, steps
    assert "rowid=?" in outer[0], steps
    scans = [
        s for s in steps if re.match(r"SCAN (event|event_\d+|event_organizer|event_speaker)\b", s)
    ]
    assert not scans, steps
