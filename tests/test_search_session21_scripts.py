"""Session 21, search: staff write people, bodies and places in Russian or in Azerbaijani,
and a clerk types the other spelling. "Алиев" finds a speaker stored as "Elçin Əliyev",
"Hüseynov" one stored as "Гусейнов", "Лянкяран" events in Lənkəran: Russian drops the Y
between vowels, writes Г or Х for H, Х for X, one letter for a double one. Names that
only look alike stay apart ("Гасанов", "Гусейнов"; "Ахмедов", "Мамедов"). The search's
paths, a name added later by any writer, PostgreSQL and a data set made before, all find
them, and the names are still looked up by index."""

from __future__ import annotations

import datetime as dt
import os
import re

import pytest
from sqlalchemy import func, insert, select

from db import tables
from db.engine import Database, create_db_engine, open_database
from db.event_store import EventInput, OrganizerInput, SpeakerInput
from db.models import Event, Person, PersonAlias
from db.names import normalize
from db.queries import EventFilter
from tests.schema_helpers import downgrade, migrate
from tests.search_helpers import found_titles, save_events

EVENTS = [
    EventInput(title="Lecture", start_date=dt.date(2025, 3, 1),
               speakers=[SpeakerInput("Elçin Əliyev")]),
    EventInput(title="Reading", start_date=dt.date(2025, 3, 2),
               speakers=[SpeakerInput("Рамиз Гусейнов")]),
    EventInput(title="Concert", start_date=dt.date(2025, 3, 3),
               organizers=[OrganizerInput("Фонд Мамедова")]),
    EventInput(title="Evening", start_date=dt.date(2025, 3, 4),
               organizers=[OrganizerInput("Xəlilov ailəsi")]),
    EventInput(title="Meeting", start_date=dt.date(2025, 3, 5), city="Lənkəran"),
    EventInput(title="Talk", start_date=dt.date(2025, 3, 6),
               speakers=[SpeakerInput("Шахин Ахмедов")]),
    EventInput(title="Seminar", start_date=dt.date(2025, 3, 7),
               speakers=[SpeakerInput("Тофиг Гасанов")]),
]

FOUND = [
    ("Алиев", {"Lecture"}),  # a speaker stored in Azerbaijani, typed in Russian
    ("АЛИЕВ", {"Lecture"}),
    ("Aliev", {"Lecture"}),
    ("Элчин Алиев", {"Lecture"}),
    ("Алиева", set()),  # longer than the name: not its start
    ("Hüseynov", {"Reading"}),  # stored in Russian, typed in Azerbaijani
    ("Huseynov", {"Reading"}),
    ("Məmmədov", {"Concert"}),  # an organizer's later word, a double letter
    ("Халилов", {"Evening"}),
    ("Лянкяран", {"Meeting"}),  # the city's name, Russian as Azerbaijani is spoken
    ("Şahin", {"Talk"}),
    ("Əhmədov", {"Talk"}),
    ("Tofiq Həsənov", {"Seminar"}),
    # alike, but other names
    ("Гасанов", {"Seminar"}),
    ("Həsənov", {"Seminar"}),
    ("Гусейнов", {"Reading"}),
    ("Ахмедов", {"Talk"}),
    ("Мамедов", {"Concert"}),
    ("Aliyev Hüseynov", set()),  # every word must be found
]


def _fill(database: Database) -> None:
    save_events(database, EVENTS)



@pytest.mark.parametrize(("typed", "titles"), FOUND)
def test_a_name_is_found_by_its_spelling_in_the_other_script(database, typed, titles) -> None:
    _fill(database)
    assert found_titles(database, typed) == titles


def test_a_name_added_later_by_any_writer_is_found_by_its_other_spelling(database) -> None:
    """The form's ORM and a Core insert (as imports and merges write) alike: the tables'
    default writes the key."""
    _fill(database)
    with database.sessions.begin() as session:
        person = session.scalar(select(Person).where(Person.full_name == "Рамиз Гусейнов"))
        person.aliases.append(PersonAlias(name="Ramiz Cəfərov",
                                          normalized=normalize("Ramiz Cəfərov")))
        seminar = session.scalar(select(Person).where(Person.full_name == "Тофиг Гасанов"))
        session.execute(insert(tables.person_alias).values(
            person_id=seminar.id, name="Tofiq Məmmədyarov",
            normalized=normalize("Tofiq Məmmədyarov")))
    assert found_titles(database, "Джафаров") == {"Reading"}
    assert found_titles(database, "Мамедяров") == {"Seminar"}


def test_names_that_sound_alike_are_looked_up_by_index(database) -> None:
    """A name is looked up through the index of its sound key, not by a scan."""
    query = select(func.count(Event.id)).where(*EventFilter(text="Лянкяран").conditions())
    sql = query.compile(database.engine, compile_kwargs={"literal_binds": True})
    with database.engine.connect() as connection:
        steps = [row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
    sound_index = "SEARCH {} USING (COVERING )?INDEX ix_search_sound_"
    for name in ("city_alias", "region_alias", "country_alias"):
        assert [s for s in steps if re.match(sound_index.format(name), s)], steps
        assert not [s for s in steps if s.startswith(f"SCAN {name}")], steps
    for name in ("occasion_alias", "organization_alias", "person_alias"):  # a later word too:
        # the sounds read from their index, never computed for each row
        assert [s for s in steps if re.match(sound_index.format(name), s)], steps
        assert not [s for s in steps if s == f"SCAN {name}"], steps


def test_a_data_set_made_before_finds_them_once_upgraded(database, database_path) -> None:
    _fill(database)
    database.dispose()
    engine = create_db_engine(f"sqlite:///{database_path}")
    downgrade(engine, "0017")
    with engine.connect() as connection:
        assert "search_sound" not in {
            row[1] for row in connection.exec_driver_sql("PRAGMA table_xinfo(person_alias)")}
    engine.dispose()
    upgraded = open_database(database_path, check_integrity=False)
    try:
        with upgraded.engine.connect() as connection:  # every existing alias has its key
            assert connection.exec_driver_sql(
                "SELECT search_sound FROM person_alias WHERE name = 'Elçin Əliyev'"
            ).scalar_one() == "alcin aliav"
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM person_alias WHERE search_sound IS NULL").scalar_one() == 0
        assert found_titles(upgraded, "Алиев") == {"Lecture"}
        assert found_titles(upgraded, "Hüseynov") == {"Reading"}
        assert found_titles(upgraded, "Лянкяран") == {"Meeting"}
    finally:
        upgraded.dispose()


@pytest.mark.skipif(not os.environ.get("DIASPORA_TEST_POSTGRES_URL"),
                    reason="needs DIASPORA_TEST_POSTGRES_URL")
@pytest.mark.parametrize(("typed", "titles"), FOUND)
def test_postgresql_finds_the_other_spelling_too(postgres_data_set_with, typed, titles) -> None:
    database = postgres_data_set_with(_fill)
    assert found_titles(database, typed) == titles


@pytest.mark.skipif(not os.environ.get("DIASPORA_TEST_POSTGRES_URL"),
                    reason="needs DIASPORA_TEST_POSTGRES_URL")
def test_a_postgresql_data_set_made_before_finds_them_once_upgraded(
    postgres_data_set_with,
) -> None:
    database = postgres_data_set_with(_fill)
    downgrade(database.engine, "0017")
    migrate(database.engine, "head")
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql(
            "SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'ix_search_sound_%%'"
        ).scalar_one() == 6
    assert found_titles(database, "Алиев") == {"Lecture"}
    assert found_titles(database, "Hüseynov") == {"Reading"}
    assert found_titles(database, "Лянкяран") == {"Meeting"}
