"""Issue 17, search: a word search on SQLite starts from the FTS5 result (no ``= 1``
comparison that would make SQLite scan the events by their deleted_at index instead)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.dialects import sqlite

from db.models import Event
from db.queries import EventFilter


def _count_query():
    return select(func.count(Event.id)).where(*EventFilter(text="khojaly").conditions())


def test_the_compiled_search_has_no_comparison_to_one() -> None:
    sql = str(_count_query().compile(dialect=sqlite.dialect()))
    assert "MATCH" in sql
    assert "= 1" not in sql, sql


def test_sqlite_plans_the_search_from_the_text_index(database) -> None:
    query = _count_query().compile(database.engine, compile_kwargs={"literal_binds": True})
    with database.engine.connect() as connection:
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}").fetchall()
    steps = [row[-1] for row in plan]
    event_step = next(step for step in steps if step.startswith(("SEARCH event ", "SCAN event ")))
    assert "LIST SUBQUERY" in " ".join(steps), steps
    # each event is looked up by a rowid from the FTS result, not scanned by deleted_at
    assert "rowid=?" in event_step or "INTEGER PRIMARY KEY" in event_step, steps
