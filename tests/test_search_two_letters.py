"""Issue 17, search: a word of two letters ("Ба") finds the events with a word of their
own text starting so, through an index of the text's words with a two-letter prefix
index (migration 0007), besides the records whose name starts so; the text index of
trigrams cannot answer fewer than three letters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select, text

from db.engine import Database, open_database
from db.event_pages import first_page
from db.event_store import EventInput, EventStore
from db.models import Event
from db.queries import EventFilter, count_events, list_events
from db.search import id_conditions, text_conditions
from tests.import_helpers import import_file

WORDS_TABLE = "event_search_words"

TITLES = ["Charity bazaar", "Abazaar fair", "Spring concert", "Bazaar of crafts"]


def _save(database: Database, *titles: str) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk")
        for number, title in enumerate(titles, start=1):
            store.save(EventInput(title=title, start_date=dt.date(2025, 3, number)))


def _titles(database: Database, words: str) -> list[str]:
    with database.sessions() as session:
        return sorted(row.title for row in list_events(session, EventFilter(text=words)))


def _in_step(database: Database) -> None:
    """The words index holds exactly the events' text (FTS5's own check)."""
    with database.engine.begin() as connection:
        connection.execute(text(
            f"INSERT INTO {WORDS_TABLE}({WORDS_TABLE}, rank) VALUES ('integrity-check', 1)"))


def test_a_two_letter_word_finds_the_words_of_the_text_starting_so(database) -> None:
    _save(database, *TITLES)
    assert _titles(database, "Ба") == ["Bazaar of crafts", "Charity bazaar"]
    assert _titles(database, "ba") == ["Bazaar of crafts", "Charity bazaar"]
    assert _titles(database, "sp") == ["Spring concert"]
    assert _titles(database, "za") == []  # inside a word, not at its start
    assert _titles(database, "charity ba") == ["Charity bazaar"]
    assert _titles(database, "ba of") == ["Bazaar of crafts"]


def test_its_count_and_first_page_agree_with_the_list(database) -> None:
    _save(database, *TITLES)
    with database.sessions() as session:
        chosen = EventFilter(text="Ba")
        page = first_page(session, chosen, limit=1)
        assert count_events(session, chosen) == 2
        assert len(page.rows) == 1 and page.more
        assert page.rows[0].title == "Bazaar of crafts"  # the newest first


def test_it_is_looked_up_in_the_words_index(database) -> None:
    query = select(Event.id).where(*text_conditions("Ба"))
    sql = query.compile(database.engine, compile_kwargs={"literal_binds": True})
    assert "search_text LIKE" not in str(sql)  # (the names' small tables may use LIKE)
    with database.engine.connect() as connection:
        steps = [row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
    assert any(f"{WORDS_TABLE} VIRTUAL TABLE" in step for step in steps), steps


@pytest.mark.parametrize("words", ["Ba", "sp", "charity ba", "za", "ba of"])
def test_the_window_finds_what_the_full_search_finds(database, words) -> None:
    _save(database, *TITLES)
    first = select(Event.id).order_by(Event.start_date.desc(), Event.id.desc()).limit(50)
    ids = first.subquery()
    window = select(ids.c.id).where(*id_conditions(words, ids.c.id))
    with database.sessions() as session:
        found = sorted(session.get(Event, i).title for i in session.scalars(window))
    assert found == _titles(database, words)


def test_the_index_follows_saves_edits_and_deletions(database) -> None:
    _save(database, *TITLES)
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk")
        event = session.scalars(select(Event).where(Event.title == "Spring concert")).one()
        store.delete(event.uuid)
        other = session.scalars(select(Event).where(Event.title == "Charity bazaar")).one()
        other.title = "Charity fair"
        other.search_text = "charity fair"
    assert _titles(database, "ba") == ["Bazaar of crafts"]
    assert _titles(database, "fa") == ["Abazaar fair", "Charity fair"]
    _in_step(database)


def test_an_imported_file_is_found_by_two_letters(database, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Title", "Date"])
    sheet.append(["Книжный базар", dt.date(2025, 5, 1)])
    workbook.save(tmp_path / "events.xlsx")
    assert import_file(database, tmp_path / "events.xlsx").inserted == 1
    assert _titles(database, "Ба") == ["Книжный базар"]
    _in_step(database)


def test_postgresql_finds_the_same(postgres_url) -> None:
    database = open_database(postgres_url, load_reference=False)
    try:
        _save(database, *TITLES)
        assert _titles(database, "Ба") == ["Bazaar of crafts", "Charity bazaar"]
        assert _titles(database, "za") == []
        assert _titles(database, "charity ba") == ["Charity bazaar"]
    finally:
        database.dispose()
