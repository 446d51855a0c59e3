"""EventStore behaviours that the third mutation sample (seed 2711, scripts/mutation.sh) found
untested: a name typed twice is asked about once, a new person's creation is found by the
person's id, and a save overtaken by another desk names the event it could not save."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from sqlalchemy import event as sa_event, select

from db.event_store import (
    EventInput,
    EventStore,
    OrganizerInput,
    SpeakerInput,
    StaleEventError,
)
from db.models import Person
from db.reference_service import change_history
from desktop.sample import sample_inputs


def _event(title: str = "An evening", **changes: Any) -> EventInput:
    """The first sample event as a new event."""
    data = dataclasses.replace(sample_inputs()[0], uuid=None, title=title)
    return dataclasses.replace(data, **changes)


def test_a_new_organization_typed_twice_is_asked_about_once(database) -> None:
    new = "Entirely New Society"
    data = _event(
        organizers=[OrganizerInput(new)],
        speakers=[SpeakerInput("A Speaker", "guest", new), SpeakerInput("B Speaker", "host", new)],
    )
    with database.sessions() as session:
        questions = EventStore(session).name_questions(data)
    assert [q.typed for q in questions if q.kind == "organization"] == [new]


def test_a_new_speakers_creation_is_in_the_history_found_by_the_persons_id(database) -> None:
    with database.sessions.begin() as session:
        EventStore(session, user="clerk").save(
            _event(speakers=[SpeakerInput("Tamerlan Guseinov", "guest")])
        )
    with database.sessions() as session:
        person = session.scalar(select(Person).where(Person.full_name == "Tamerlan Guseinov"))
        assert person is not None
        history = change_history(session, "person", record_id=person.id)
    assert ("insert", "clerk", "full_name", "Tamerlan Guseinov") in [
        (h.action, h.user, h.field, h.new) for h in history
    ]


def test_a_save_overtaken_by_another_desk_names_the_event(database) -> None:
    with database.sessions.begin() as session:
        key = EventStore(session).save(_event("Novruz evening")).uuid
    with database.sessions() as session:
        opened = EventStore(session).load(key)
    edited = dataclasses.replace(opened, attendance=(opened.attendance or 0) + 10)

    def other_desk_saves_first(*_args: object) -> None:
        """Another desk saves the same event after our version check, before our write."""
        with database.sessions.begin() as other:
            theirs = dataclasses.replace(opened, attendance=(opened.attendance or 0) + 20)
            EventStore(other, user="desk2").save(theirs)

    with database.sessions() as session:
        sa_event.listen(session, "before_flush", other_desk_saves_first, once=True)
        with pytest.raises(StaleEventError) as raised:
            EventStore(session, user="desk1").save(edited)
    assert "Novruz evening" in str(raised.value)
