"""The events table sorts titles as a reader expects, whatever their case and accents
(by code point "Çanakkale" came after "Zonguldak" and every lower-case title after all
capitals), through an index at any size; every path that writes an event keeps the
title's sort key."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from db.collation import title_sort_key
from db.engine import create_db_engine, open_database
from db.event_pages import read_page
from db.event_store import EventInput, EventStore
from db.models import Event
from db.queries import SORTABLE, EventFilter, list_events
from desktop.reports import ReportOptions, export_workbook
from tests.import_helpers import import_file
from tests.schema_helpers import downgrade

TITLES = ["Zonguldak forum", "çay evening", "Çanakkale memorial", "apple fair", "Baku gala",
          "Ель", "ёлка", "Ömər günü"]
IN_ORDER = ["apple fair", "Baku gala", "Çanakkale memorial", "çay evening", "Ömər günü",
            "Zonguldak forum", "ёлка", "Ель"]
"""Letters without case or accents first (Ё beside Е, Ç beside C), as the name columns do
in English (ICU's order; without PyICU, ``db.collation.sort_key``'s)."""


def _save(database, titles: list[str]) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session)
        for number, title in enumerate(titles):
            store.save(EventInput(title=title, start_date=dt.date(2024, 5, 1 + number)))


def _titles(database, descending: bool = False) -> list[str]:
    with database.sessions() as session:
        rows = list_events(session, EventFilter(), 0, 100, "title", descending)
    return [row.title for row in rows]


def _keys_kept(database) -> None:
    with database.sessions() as session:
        stored = session.execute(select(Event.title, Event.title_key_en, Event.title_key_ru,
                                        Event.title_key_az)).all()
    assert stored and all(
        keys == [title_sort_key(title, lang) for lang in ("en", "ru", "az")]
        for title, *keys in stored
    ), stored


def test_titles_sort_without_regard_to_case_and_accents(database):
    _save(database, TITLES)
    assert _titles(database) == IN_ORDER
    assert _titles(database, descending=True) == IN_ORDER[::-1]


def test_pages_read_either_way_keep_that_order(database):
    _save(database, TITLES)
    with database.sessions() as session:
        for offset in range(len(TITLES)):
            page = read_page(session, EventFilter(), offset, 3, "title", False)
            back = read_page(session, EventFilter(), offset, 3, "title", False, backwards=True)
            assert [row.title for row in page] == IN_ORDER[offset : offset + 3]
            assert [row.title for row in back] == IN_ORDER[::-1][offset : offset + 3]


def test_the_first_page_by_title_walks_an_index(database):
    """Issue 17: a million events are never sorted to show the first page."""
    query = (
        select(Event.id).order_by(SORTABLE["title"].asc(), Event.id.asc()).limit(201)
    )
    with database.engine.connect() as connection:
        sql = str(query.compile(database.engine, compile_kwargs={"literal_binds": True}))
        steps = [row[-1] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    assert not [step for step in steps if "TEMP B-TREE" in step], steps
    assert any("ix_event_title_key" in step for step in steps), steps


def test_a_renamed_event_moves_to_its_new_place(database):
    _save(database, TITLES)
    with database.sessions.begin() as session:
        store = EventStore(session)
        (apple,) = session.scalars(select(Event.uuid).where(Event.title == "apple fair"))
        data = store.load(apple)
        data.title = "zebra fair"
        store.save(data)
    assert _titles(database)[4:] == ["zebra fair", "Zonguldak forum", "ёлка", "Ель"]
    _keys_kept(database)


def test_imported_and_copied_events_keep_their_keys(database, new_database, tmp_path):
    from db.copy import copy_data_set

    _save(database, TITLES)
    exported = tmp_path / "events.xlsx"
    export_workbook(database, exported, ReportOptions())
    other = new_database("other.sqlite")
    import_file(other, exported)
    _keys_kept(other)
    assert _titles(other) == IN_ORDER
    copy_data_set(other.url, f"sqlite:///{tmp_path / 'copy.sqlite'}")
    copied = open_database(tmp_path / "copy.sqlite", check_integrity=False)
    _keys_kept(copied)
    copied.dispose()


def test_an_older_data_set_gets_the_keys_of_its_titles(database, database_path):
    _save(database, TITLES)
    database.dispose()
    engine = create_db_engine(f"sqlite:///{database_path}")
    downgrade(engine, "0008")
    engine.dispose()
    upgraded = open_database(database_path, check_integrity=False)
    try:
        _keys_kept(upgraded)
        assert _titles(upgraded) == IN_ORDER
    finally:
        upgraded.dispose()


def test_titles_sort_the_same_on_postgresql(postgres_data_set_url):
    database = open_database(postgres_data_set_url)
    try:
        _save(database, TITLES)
        _keys_kept(database)
        assert _titles(database) == IN_ORDER
    finally:
        database.dispose()
