"""Session 23: two spellings of one person's name that share a matching key ("Алиев
Элчин" and "Aliev Elchin": both "aliev elchin") are two aliases. A merge of the two
records, or a rename from one spelling to the other, kept one of them: the survivor's
list showed one spelling and the other script's program lost its name. Both stay
listed and findable, the change log has them, and undo gives both records back."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable

import pytest
from sqlalchemy import select

from db.copy import data_set_checksum
from db.engine import Database
from db.event_store import EventInput, SpeakerInput
from db.merge_records import merge_records, undo_merge
from db.models import ChangeLog, Person
from db.reference_service import ReferenceService
from tests.search_helpers import found_titles, save_events

PAIRS = [
    ("Алиев Эльчин", "Əliyev Elçin"),  # other keys, one sound
    ("Алиев Элчин", "Aliev Elchin"),  # one key
]


def _fill(database: Database, russian: str, latin: str) -> None:
    """Two records, as a clerk makes them: the events' speakers, and where the form took
    the other spelling for the same person (one key), the people list's Add, told they
    are two."""
    save_events(database, [
        EventInput(title="Вечер", start_date=dt.date(2025, 5, 1), speakers=[SpeakerInput(russian)]),
        EventInput(title="Evening", start_date=dt.date(2025, 5, 2), speakers=[SpeakerInput(latin)]),
    ])
    with database.sessions.begin() as session:
        if session.scalar(select(Person).where(Person.full_name == latin)) is None:
            ReferenceService(session, user="clerk").save(
                "person", None, {"name": latin, "notes": ""}, [], allow_shared_names=True)


def _person(database: Database, name: str) -> tuple[int, list[str]] | None:
    with database.sessions() as session:
        person = session.scalar(select(Person).where(Person.full_name == name))
        if person is None:
            return None
        data = ReferenceService(session).read("person", person.id)
        assert data is not None
        return person.id, data.aliases


def _merged_and_undone(database: Database, russian: str, latin: str) -> None:
    survivor = _person(database, russian)
    duplicate = _person(database, latin)
    assert survivor is not None and duplicate is not None
    with database.engine.connect() as connection:
        _, before = data_set_checksum(connection)
    with database.sessions.begin() as session:
        batch = merge_records(session, "person", survivor[0], duplicate[0], user="clerk")

    assert _person(database, russian) == (survivor[0], [latin])
    assert _person(database, latin) is None
    for typed in (russian, latin, russian.split()[1], latin.split()[1]):
        assert found_titles(database, typed) == {"Вечер", "Evening"}, typed
    with database.sessions() as session:
        entry = session.scalar(select(ChangeLog).where(ChangeLog.batch_id == batch))
        assert entry is not None and entry.changes is not None
        assert len(entry.changes["aliases_added"]) == 1

    with database.sessions.begin() as session:
        undo_merge(session, batch, user="clerk")
    with database.engine.begin() as connection:  # all but the change log as it was
        connection.execute(
            ChangeLog.__table__.delete().where(ChangeLog.action.in_(["merge", "unmerge"])))
        assert data_set_checksum(connection)[1] == before
        connection.rollback()
    assert _person(database, latin) == (duplicate[0], [])
    assert found_titles(database, russian) == {"Вечер", "Evening"}
    assert found_titles(database, latin.split()[0]) == {"Вечер", "Evening"}


@pytest.mark.parametrize(("russian", "latin"), PAIRS)
def test_merging_two_spellings_keeps_both_listed_and_found(database, russian, latin) -> None:
    _fill(database, russian, latin)
    _merged_and_undone(database, russian, latin)


@pytest.mark.skipif(not os.environ.get("DIASPORA_TEST_POSTGRES_URL"),
                    reason="needs DIASPORA_TEST_POSTGRES_URL")
@pytest.mark.parametrize(("russian", "latin"), PAIRS)
def test_postgresql_merge_keeps_both(
    postgres_data_set_with: Callable[..., Database], russian: str, latin: str
) -> None:
    database = postgres_data_set_with(_fill, russian, latin)
    _merged_and_undone(database, russian, latin)


def test_a_rename_to_the_other_spelling_keeps_the_old_as_an_alias(database) -> None:
    """As the record window saves a rename: the old name among the aliases."""
    save_events(database, [EventInput(title="Вечер", start_date=dt.date(2025, 5, 1),
                                      speakers=[SpeakerInput("Алиев Элчин")])])
    person = _person(database, "Алиев Элчин")
    assert person is not None
    with database.sessions.begin() as session:
        ReferenceService(session, user="clerk").save(
            "person", person[0], {"name": "Aliev Elchin", "notes": ""}, ["Алиев Элчин"])
    assert _person(database, "Aliev Elchin") == (person[0], ["Алиев Элчин"])
    with database.sessions() as session:
        entry = session.scalars(select(ChangeLog).where(
            ChangeLog.table_name == "person", ChangeLog.record_id == person[0])
            .order_by(ChangeLog.id.desc())).first()
        assert entry is not None and entry.changes is not None
        assert entry.changes["aliases"] == [[], ["Алиев Элчин"]]
    with database.sessions.begin() as session:  # the old spelling taken off alone
        ReferenceService(session, user="clerk").remove_alias("person", person[0], "Алиев Элчин")
    assert _person(database, "Aliev Elchin") == (person[0], [])
    assert found_titles(database, "Алиев") == {"Вечер"}
