"""Issue 17, search: the first page's first window (a thousand events in table order) checks
each word on each of its events (the text by LIKE, the names through the event's links)
instead of listing every event the word matches: a frequent word matches a fifth of a
million events, and listing them cost more than the page (bench/search.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select

from db.event_pages import first_page
from db.event_store import EventInput, EventStore
from db.models import Event
from db.queries import EventFilter, list_events
from db.search import id_conditions
from desktop.sample import load_sample


def _events(database, count: int = 30, sample: bool = True) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk")
        for number in range(count):
            store.save(EventInput(title=f"Memorial evening {number}",
                                  start_date=dt.date(2025, 1, 1) + dt.timedelta(days=number)))
        if sample:
            load_sample(session)


def _window(text: str, each: bool):
    first = select(Event.id).order_by(Event.start_date.desc(), Event.id.desc()).limit(50)
    ids = first.subquery()
    return select(ids.c.id).where(*id_conditions(text, ids.c.id, each=each))


def _plan(database, query) -> list[str]:
    sql = query.compile(database.engine, compile_kwargs={"literal_binds": True})
    with database.engine.connect() as connection:
        return [row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]


def test_each_event_of_the_window_is_checked_without_a_list_of_matches(database) -> None:
    checked = _plan(database, _window("memorial Ба", each=True))
    assert not [s for s in checked if "VIRTUAL TABLE" in s], checked
    listed = _plan(database, _window("memorial Ба", each=False))
    assert [s for s in listed if "event_search VIRTUAL TABLE" in s], listed
    assert [s for s in listed if "event_search_words VIRTUAL TABLE" in s], listed


@pytest.mark.parametrize("text", ["memorial", "Memorial 12", "evening 29", "Пр", "Khojaly",
                                  "primorye", "Приморский край", "ch", "novruz ba"])
@pytest.mark.parametrize("each", [True, False])
def test_the_window_finds_what_the_full_search_finds(database_with, text, each) -> None:
    database = database_with(_events)
    with database.sessions() as session:
        expected = {row.uuid for row in list_events(session, EventFilter(text=text), limit=100)}
        found = set(session.scalars(_window(text, each)))
        assert {session.get(Event, i).uuid for i in found} == expected


def test_the_first_page_of_a_frequent_word_lists_no_matches(database) -> None:
    _events(database, sample=False)
    statements: list[str] = []
    event.listen(database.engine, "before_cursor_execute",
                 lambda _c, _cu, statement, *_args: statements.append(statement))
    with database.sessions() as session:
        page = first_page(session, EventFilter(text="memorial"), limit=2)
    assert [row.title for row in page.rows] == ["Memorial evening 29", "Memorial evening 28"]
    assert page.more
    listed = [s for s in statements if "MATCH" in s and not s.startswith("SELECT count(*)")]
    assert not listed, statements  # (only a count that stops at the window's size)


def test_a_rare_word_skips_the_window(database) -> None:
    """Fewer matches than the window holds events: none can fill a page there, so the
    page is read from the word's short list at once (no LIKE on a thousand events)."""
    _events(database, sample=False)
    with database.sessions.begin() as session:
        EventStore(session, user="clerk").save(
            EventInput(title="Unique gathering", start_date=dt.date(2024, 6, 1)))
    statements: list[str] = []
    event.listen(database.engine, "before_cursor_execute",
                 lambda _c, _cu, statement, *_args: statements.append(statement))
    with database.sessions() as session:
        page = first_page(session, EventFilter(text="unique"), limit=2)
    assert [row.title for row in page.rows] == ["Unique gathering"] and not page.more
    assert not [s for s in statements if "named.search_text LIKE" in s], statements


def test_a_word_of_a_small_share_of_the_events_is_read_from_its_matches(database) -> None:
    """More matches than the window holds, but too small a share of all events to be
    expected to fill a page in it: read first, as reading them costs less than a window
    that finds too few (a region's name at 1,000,000 events, bench/search.py)."""
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk")
        for number in range(275):
            title = f"Garden fair {number}" if number % 11 == 0 else f"Concert {number}"
            store.save(EventInput(title=title,
                                  start_date=dt.date(2024, 1, 1) + dt.timedelta(days=number)))
    statements: list[str] = []
    event.listen(database.engine, "before_cursor_execute",
                 lambda _c, _cu, statement, *_args: statements.append(statement))
    with database.sessions() as session:
        page = first_page(session, EventFilter(text="garden"), limit=1)
    assert [row.title for row in page.rows] == ["Garden fair 264"] and page.more
    assert not [s for s in statements if "named.search_text LIKE" in s], statements
