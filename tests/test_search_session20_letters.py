"""Session 20, search: a clerk on a Latin keyboard finds names written with Azerbaijani
letters, and the other way round. "Aliyev" finds "Əliyev" (Ə is written A in Latin
letters, E by transliteration), "Gulu" finds "Qulu" (Q sounds as Russian writes Г);
İ, ı, ö, ü, ğ, ç, ş, Russian Ё and case were already folded. The search's paths (its
count, the table's first page, names added later, PostgreSQL) and a data set made
before the fold, upgraded, all find them."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy import select

from db.engine import Database, create_db_engine, open_database
from db.event_store import EventInput, EventStore, OrganizerInput, SpeakerInput
from db.models import Person, PersonAlias
from db.names import normalize
from tests.schema_helpers import downgrade, migrate
from tests.search_helpers import found_titles, save_events

EVENTS = [
    EventInput(title="Əliyev oxunuşları", start_date=dt.date(2025, 3, 1)),
    EventInput(title="Concert", start_date=dt.date(2025, 3, 2),
               organizers=[OrganizerInput("Məmmədov fondu")]),
    EventInput(title="Lecture", start_date=dt.date(2025, 3, 3),
               speakers=[SpeakerInput("Rəşid Qulu")]),
    EventInput(title="Talk", start_date=dt.date(2025, 3, 4),
               speakers=[SpeakerInput("Elnur İsmayılov")]),
    EventInput(title="Вечер памяти Семёнова", start_date=dt.date(2025, 3, 5)),
    EventInput(title="Aliyeva readings", start_date=dt.date(2025, 3, 6)),
    EventInput(title="Gulu family evening", start_date=dt.date(2025, 3, 7)),
    EventInput(title="Oliver's walk", start_date=dt.date(2025, 3, 8)),
]

FOUND = [
    ("Aliyev", {"Əliyev oxunuşları", "Aliyeva readings"}),
    ("aliyeva", {"Aliyeva readings"}),
    ("Əliyev", {"Əliyev oxunuşları", "Aliyeva readings"}),
    ("ƏLİYEVA", {"Aliyeva readings"}),
    # two letters: the words index; "Elnur İsmayılov" too, as every E is an A to a search
    ("Al", {"Əliyev oxunuşları", "Aliyeva readings", "Talk"}),
    ("Mammadov", {"Concert"}),  # an organizer's name
    ("Gulu", {"Lecture", "Gulu family evening"}),  # a speaker's name
    ("Qulu", {"Lecture", "Gulu family evening"}),
    ("Ismayilov", {"Talk"}),
    ("ISMAYILOV", {"Talk"}),
    ("Семенов", {"Вечер памяти Семёнова"}),
    ("СЕМЁНОВ", {"Вечер памяти Семёнова"}),
    ("Aliyev Concert", set()),  # every word must be found
    ("Zaliyev", set()),
]


def _fill(database: Database) -> None:
    save_events(database, EVENTS)



@pytest.mark.parametrize(("typed", "titles"), FOUND)
def test_latin_letters_find_azerbaijani_ones_and_back(database, typed, titles) -> None:
    _fill(database)
    assert found_titles(database, typed) == titles


def test_a_name_added_later_is_found_by_its_latin_spelling(database) -> None:
    """A person's alias (not in the events' stored text) is folded as the text is."""
    _fill(database)
    with database.sessions.begin() as session:
        person = session.scalar(select(Person).where(Person.full_name == "Rəşid Qulu"))
        person.aliases.append(PersonAlias(name="Rəşid Həsənzadə",
                                          normalized=normalize("Rəşid Həsənzadə")))
    assert found_titles(database, "Hasanzade") == {"Lecture"}
    # sh is ş to a name's sound (Russian writes Ш: "Рашид"), not to the folded text
    assert found_titles(database, "Rashid Hasanzada") == {"Lecture"}
    assert found_titles(database, "Rəşid Hasanzadə") == {"Lecture"}


def test_a_data_set_made_before_the_fold_finds_them_once_upgraded(database, database_path):
    _fill(database)
    database.dispose()
    engine = create_db_engine(f"sqlite:///{database_path}")
    downgrade(engine, "0015")
    engine.dispose()
    upgraded = open_database(database_path, check_integrity=False)
    try:
        assert found_titles(upgraded, "Aliyev") == {"Əliyev oxunuşları", "Aliyeva readings"}
        assert found_titles(upgraded, "Mammadov") == {"Concert"}
        assert found_titles(upgraded, "Gu") == {"Lecture", "Gulu family evening"}
        with upgraded.engine.begin() as connection:  # the indexes agree with their text
            for table in ("event_search", "event_search_words"):
                connection.exec_driver_sql(
                    f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
        with upgraded.sessions.begin() as session:  # and keep step with a changed title
            EventStore(session, user="clerk").save(
                EventInput(title="Qasımov gecəsi", start_date=dt.date(2025, 4, 1)))
        assert found_titles(upgraded, "Gasimov") == {"Qasımov gecəsi"}
    finally:
        upgraded.dispose()


def test_a_downgrade_gives_back_the_search_it_had(database, database_path) -> None:
    _fill(database)
    database.dispose()
    engine = create_db_engine(f"sqlite:///{database_path}")
    downgrade(engine, "0015")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO event_search(event_search, rank) VALUES ('integrity-check', 1)")
        assert connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name LIKE 'ix_search_fold%'"
        ).scalar_one() == 0
    engine.dispose()


@pytest.mark.skipif(not os.environ.get("DIASPORA_TEST_POSTGRES_URL"),
                    reason="needs DIASPORA_TEST_POSTGRES_URL")
@pytest.mark.parametrize(("typed", "titles"), FOUND)
def test_postgresql_folds_the_same(postgres_data_set_with, typed, titles) -> None:
    database = postgres_data_set_with(_fill)
    assert found_titles(database, typed) == titles


@pytest.mark.skipif(not os.environ.get("DIASPORA_TEST_POSTGRES_URL"),
                    reason="needs DIASPORA_TEST_POSTGRES_URL")
def test_a_postgresql_data_set_made_before_the_fold_finds_them_once_upgraded(
    postgres_data_set_with,
) -> None:
    database = postgres_data_set_with(_fill)
    downgrade(database.engine, "0015")
    migrate(database.engine, "head")
    with database.engine.connect() as connection:  # the text index is on the folded text
        definition = connection.exec_driver_sql(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_event_search_text_trgm'"
        ).scalar_one()
    assert "replace(" in definition
    assert found_titles(database, "Aliyev") == {"Əliyev oxunuşları", "Aliyeva readings"}
    assert found_titles(database, "Mammadov") == {"Concert"}
