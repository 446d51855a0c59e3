"""Issue 15 item 5: a count that a newer filter replaced stops at once, in whichever
query it is (it would otherwise run to its end and, on two cores, delay the new one),
and hands on nothing more."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import event, text

from db.engine import Database, open_database
from desktop.overview import CountStop, CountStopped, compute_overview
from tests.test_overview_counting import FILTERS
from tests.test_overview_figures import TODAY, generate

LONG = {  # a statement of some seconds: stopped, it raises instead of returning a row
    "sqlite": "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
              "WHERE x < 20000000) SELECT count(*) FROM n",
    "postgresql": "SELECT pg_sleep(10)",
}


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request: pytest.FixtureRequest, database: Database) -> Iterator[Database]:
    if request.param == "sqlite":
        yield database
        return
    server = open_database(request.getfixturevalue("postgres_data_set_url"))
    try:
        yield server
    finally:
        server.dispose()


def test_a_stop_from_another_thread_ends_the_statement_running(any_database: Database) -> None:
    stop = CountStop()
    with any_database.sessions() as session:
        statement = text(LONG[any_database.engine.dialect.name])
        with pytest.raises(CountStopped), stop.watching(session):
            threading.Timer(0.2, stop.stop).start()
            session.execute(statement)
        session.rollback()
        assert session.scalar(text("SELECT 1")) == 1  # the connection is fine after
        with pytest.raises(CountStopped), stop.watching(session):
            session.execute(text("SELECT 1"))  # none starts once stopped


def test_a_count_stopped_as_the_places_are_counted_ends_them_and_hands_on_nothing(
        database_with, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stop comes as the places' grouping starts in the second thread: that query
    stops (it never finishes) and no figure of the stopped count is handed on."""
    monkeypatch.setattr(CountStop, "STEPS", 10)  # the test's grouping is short
    database = database_with(generate)
    stop = CountStop()
    finished: list[str] = []

    def places(statement: str) -> bool:
        return "GROUP BY" in statement and "event.occasion_id" in statement

    parts: list[str] = []
    test_thread, stopped = threading.get_ident(), threading.Event()

    def before(_conn, _cursor, statement, *_args) -> None:
        if places(statement):
            stop.stop()
            stopped.set()
        elif threading.get_ident() == test_thread and parts:
            # who went quiet is counted in this thread meanwhile: its query waits for the
            # stop, else it could end (and be rightly handed on) before the grouping starts
            stopped.wait(10)

    def after(_conn, _cursor, statement, *_args) -> None:
        if places(statement):
            finished.append(statement)

    event.listen(database.engine, "before_cursor_execute", before)
    event.listen(database.engine, "after_cursor_execute", after)
    try:
        with database.sessions() as session, pytest.raises(CountStopped):
            compute_overview(session, FILTERS[0], today=TODAY, sessions=database.sessions,
                             stop=stop, on_part=lambda o: parts.append(o.parts[-1]))
    finally:
        event.remove(database.engine, "before_cursor_execute", before)
        event.remove(database.engine, "after_cursor_execute", after)
    assert finished == []
    assert parts == ["periods"]
