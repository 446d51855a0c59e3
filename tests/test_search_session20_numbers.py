"""Session 20, sort: the events table sorts the numbers in titles by their value ("Day 2"
before "Day 10", "2-летие" before "10-летие"), in every interface language, either way,
on SQLite and PostgreSQL; a data set whose title keys compared numbers digit by digit
gets them made again when it is opened."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy import update

from db import collation
from db.engine import Database, open_database
from db.event_pages import first_page
from db.event_store import EventInput, EventStore
from db.models import Event
from db.queries import EventFilter, list_events
from db.tables import data_set

TITLES = ["Day 10", "Day 2", "Day 1", "Day 2 evening", "10-летие общины", "2-летие общины",
          "Nizami 880", "Nizami 90", "Day 007"]
IN_ORDER = ["2-летие общины", "10-летие общины", "Day 1", "Day 2", "Day 2 evening",
            "Day 007", "Day 10", "Nizami 90", "Nizami 880"]
"""Numbers by value, wherever they stand; a number's leading zeros do not count ahead of
it. (In Russian the Cyrillic titles come after "2-..." and "10-..." as here: they start
with a digit.)"""


def _fill(database: Database) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk")
        for number, title in enumerate(TITLES):
            store.save(EventInput(title=title, start_date=dt.date(2025, 5, 1 + number)))


def _titles(database: Database, language: str, descending: bool = False) -> list[str]:
    with database.sessions() as session:
        listed = [row.title for row in list_events(
            session, EventFilter(), 0, 100, "title", descending, language)]
        page = first_page(session, EventFilter(), sort="title", descending=descending,
                          language=language)
    assert [row.title for row in page.rows] == listed
    return listed


@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_numbers_in_titles_sort_by_value(database, language) -> None:
    _fill(database)
    assert _titles(database, language) == IN_ORDER
    assert _titles(database, language, descending=True) == IN_ORDER[::-1]


def test_an_older_data_sets_keys_are_made_again(database, database_path) -> None:
    """Keys that compare digits one by one (as an older version stored them, with the
    collator it named) give way to the numbers' order when the data set is opened."""
    _fill(database)
    with database.engine.begin() as connection:
        for title in TITLES:
            connection.execute(update(Event).where(Event.title == title).values(
                {f"title_key_{lang}": collation.title_key(title).encode()
                 for lang in ("en", "ru", "az")}))
        connection.execute(update(data_set).values(title_keys_collator="ICU 1.0"))
    assert _titles(database, "en") != IN_ORDER  # what the clerk saw before
    database.dispose()
    opened = open_database(database_path, check_integrity=False)
    try:
        assert _titles(opened, "en") == IN_ORDER
    finally:
        opened.dispose()


def test_without_icu_numbers_still_sort_by_value(monkeypatch) -> None:
    """The keys made without PyICU (it needs the system's ICU to build) order numbers too."""
    monkeypatch.setattr(collation, "_primary_collator", lambda _language: None)
    assert sorted(TITLES, key=lambda t: collation.title_sort_key(t, "en")) == IN_ORDER


@pytest.mark.skipif(not os.environ.get("DIASPORA_TEST_POSTGRES_URL"),
                    reason="needs DIASPORA_TEST_POSTGRES_URL")
def test_postgresql_sorts_numbers_by_value(postgres_data_set_with) -> None:
    database = postgres_data_set_with(_fill)
    assert _titles(database, "ru") == IN_ORDER
