"""Issue 17, search: the names a search word may start are looked up through the alias
tables' ``normalized`` indexes, and SQLite starts every plan from one list of event ids
(the FTS5 matches and the named events together), never from a scan of the events."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from db.models import Event
from db.queries import EventFilter

ALIAS_TABLES = (
    "region_alias",
    "city_alias",
    "country_alias",
    "occasion_alias",
    "organization_alias",
    "person_alias",
)


def _plan(database, text: str) -> list[str]:
    query = select(func.count(Event.id)).where(*EventFilter(text=text).conditions())
    sql = query.compile(database.engine, compile_kwargs={"literal_binds": True})
    with database.engine.connect() as connection:
        return [row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]


@pytest.mark.parametrize("text", ["primorye", "Приморский край", "xo", "khojaly of"])
def test_names_are_looked_up_by_index_and_events_by_id(database, text) -> None:
    steps = _plan(database, text)
    for name in ALIAS_TABLES:
        lookups = [s for s in steps if s.startswith((f"SEARCH {name} ", f"SCAN {name} "))]
        assert lookups, steps
        assert all(
            f"INDEX ix_{name}_normalized (normalized>? AND normalized<?)" in s for s in lookups
        ), steps
    outer = [s for s in steps if s.startswith(("SEARCH event ", "SCAN event "))]
    assert len(outer) == 1, steps
    assert "rowid=?" in outer[0], steps
    scans = [
        s for s in steps if re.match(r"SCAN (event|event_\d+|event_organizer|event_speaker)\b", s)
    ]
    assert not scans, steps
