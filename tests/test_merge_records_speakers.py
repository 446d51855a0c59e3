"""Merging two records of one person who both stand on an event's speakers: the event
listed the merged person twice, once with the role and once without, though the clerk
only said the two names are one person. Real SQLite data set, merged and undone."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from db.engine import Database
from db.event_store import EventInput, EventStore, SpeakerInput
from db.merge_records import merge_records, undo_merge
from db.models import EventSpeaker, Person

SURVIVOR, DUPLICATE = "Рамиз Зейналов", "Ramiz Zeynalli"


def _save(database: Database, title: str, speakers: list[SpeakerInput]) -> int:
    with database.sessions.begin() as session:
        return EventStore(session).save(EventInput(
            title=title, start_date=dt.date(2025, 3, 20), speakers=speakers)).id


def _speakers(database: Database, event_id: int) -> list[tuple[str, str | None, int]]:
    with database.sessions() as session:
        rows = session.execute(
            select(Person.full_name, EventSpeaker.role, EventSpeaker.position)
            .join(Person, Person.id == EventSpeaker.person_id)
            .where(EventSpeaker.event_id == event_id)
            .order_by(EventSpeaker.position)
        ).all()
        return [(name, role, position) for name, role, position in rows]


def _merge(database: Database) -> uuid.UUID:
    with database.sessions.begin() as session:
        ids = {name: id_ for name, id_ in session.execute(select(Person.full_name, Person.id))}
        return merge_records(session, "person", ids[SURVIVOR], ids[DUPLICATE], user="clerk")


def test_one_person_speaks_once_on_an_event_after_a_merge_and_undo_gives_both_back(
    database: Database,
) -> None:
    event = _save(database, "Novruz evening", [
        SpeakerInput("Leyla Aliyeva", "host"),
        SpeakerInput(SURVIVOR),
        SpeakerInput(DUPLICATE, "chairman"),
    ])
    before = _speakers(database, event)
    batch = _merge(database)
    # one row, with the role only the duplicate's row held
    assert _speakers(database, event) == [("Leyla Aliyeva", "host", 0),
                                          (SURVIVOR, "chairman", 1)]
    with database.sessions.begin() as session:
        undo_merge(session, batch, user="clerk")
    assert _speakers(database, event) == before


def test_two_different_roles_of_the_merged_person_on_one_event_both_stay(
    database: Database,
) -> None:
    """Opening as chairman and reading a poem as a guest are two appearances."""
    event = _save(database, "Poetry evening", [
        SpeakerInput(SURVIVOR, "chairman"),
        SpeakerInput(DUPLICATE, "guest"),
    ])
    _merge(database)
    assert _speakers(database, event) == [(SURVIVOR, "chairman", 0), (SURVIVOR, "guest", 1)]
