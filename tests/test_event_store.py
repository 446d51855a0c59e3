"""Saving events: validation by field, name resolution, change log, trash, optimistic locking."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db.event_store import (
    EventInput,
    EventStore,
    OrganizerInput,
    ProgramInput,
    SpeakerInput,
    StaleEventError,
    ValidationError,
)
from db.models import ChangeLog, DatePrecision, Event, Organization
from db.queries import EventFilter, count_events, list_events
from desktop.sample import load_sample, sample_inputs


def _chelyabinsk() -> EventInput:
    return next(e for e in sample_inputs() if "Chelyabinsk" in e.title)


def test_the_sample_events_resolve_to_one_region_each(database) -> None:
    with database.sessions.begin() as session:
        events = load_sample(session)
        assert sorted(e.region.code for e in events) == ["RU-CHE", "RU-KYA", "RU-PRI"]
        assert all(e.country.code == "RU" for e in events)
        assert {e.computed_anniversary for e in events} == {33}
        vladivostok = next(e for e in events if e.region.code == "RU-PRI")
        assert vladivostok.city is not None and vladivostok.city.name == "Vladivostok"


def test_loading_the_sample_twice_adds_nothing(database) -> None:
    with database.sessions.begin() as session:
        load_sample(session)
    with database.sessions.begin() as session:
        load_sample(session)
    with database.sessions() as session:
        assert count_events(session, EventFilter()) == 3
        assert len(session.scalars(select(Organization)).all()) == 4


def test_speakers_and_program_keep_their_order_and_roles(database) -> None:
    with database.sessions.begin() as session:
        event = EventStore(session).save(_chelyabinsk())
        event_uuid = event.uuid
    with database.sessions() as session:
        stored = EventStore(session).get(event_uuid)
        assert stored is not None
        assert [p.item_type.code for p in stored.program] == [
            "minute_of_silence",
            "speech",
            "open_discussion",
            "video_screening",
        ]
        assert [(s.person.full_name, s.role) for s in stored.speakers] == [
            ("Arshad Khankishiyev", "head")
        ]
        assert [o.organization.name for o in stored.organizers] == [
            "Public organization of Azerbaijanis in the Chelyabinsk region"
        ]
        assert stored.date_precision == DatePrecision.BETWEEN
        assert (stored.start_date, stored.end_date) == (dt.date(2025, 2, 26), dt.date(2025, 3, 4))


def test_an_organization_typed_twice_is_one_record(database) -> None:
    data = EventInput(
        title="Two mentions",
        start_date=dt.date(2025, 3, 1),
        organizers=[OrganizerInput("Friendship")],
        speakers=[SpeakerInput("Ramiz Zeynalov", "chairman", "FRIENDSHIP")],
    )
    with database.sessions.begin() as session:
        event = EventStore(session).save(data)
        assert event.speakers[0].organization is event.organizers[0].organization


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"title": "  "}, "title", "title"),
        ({"start_date": None}, "start_date", "date"),
        ({"end_date": dt.date(2025, 1, 1)}, "end_date", "before the start"),
        ({"region": "Atlantis Oblast"}, "region", "No region named"),
        ({"occasion": "Day of Nothing"}, "occasion", "No occasion named"),
        ({"attendance": -5}, "attendance", "negative"),
        ({"program": [ProgramInput("juggling")]}, "program", "unknown type"),
    ],
)
def test_invalid_input_is_refused_field_by_field(database, change, field, words) -> None:
    data = _chelyabinsk()
    for name, value in change.items():
        setattr(data, name, value)
    with database.sessions.begin() as session:
        store = EventStore(session)
        errors = store.validate(data)
        assert any(e.field == field and words in e.message for e in errors), errors
        with pytest.raises(ValidationError):
            store.save(data)
    with database.sessions() as session:
        assert count_events(session, EventFilter()) == 0, "nothing half-saved"


def test_unknown_region_suggests_the_nearest_name(database) -> None:
    data = _chelyabinsk()
    data.region = "Chelyab"  # too short to resolve, close enough to suggest
    with database.sessions() as session:
        errors = EventStore(session).validate(data)
    messages = [e.message for e in errors if e.field == "region"]
    assert len(messages) == 1, errors
    assert "'Chelyab'" in messages[0]
    assert 'Did you mean "Chelyabinsk Oblast' in messages[0]


def test_every_change_is_logged_with_old_and_new_values(database) -> None:
    with database.sessions.begin() as session:
        event_uuid = EventStore(session, user="clerk1").save(_chelyabinsk()).uuid
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk2")
        data = store.load(event_uuid)
        data.attendance = 40
        store.save(data)
        store.delete(event_uuid)
    with database.sessions() as session:
        log = session.scalars(
            select(ChangeLog).where(ChangeLog.record_uuid == event_uuid).order_by(ChangeLog.id)
        ).all()
    assert [(entry.action, entry.user) for entry in log] == [
        ("insert", "clerk1"),
        ("update", "clerk2"),
        ("delete", "clerk2"),
    ]
    assert log[1].changes == {"attendance": [None, 40]}


def test_deleted_events_go_to_the_trash_and_come_back(database) -> None:
    with database.sessions.begin() as session:
        event_uuid = EventStore(session).save(_chelyabinsk()).uuid
    with database.sessions.begin() as session:
        EventStore(session).delete(event_uuid)
    with database.sessions() as session:
        assert count_events(session, EventFilter()) == 0
        assert [r.uuid for r in list_events(session, EventFilter(deleted=True))] == [event_uuid]
    with database.sessions.begin() as session:
        EventStore(session).restore(event_uuid)
    with database.sessions() as session:
        assert count_events(session, EventFilter()) == 1


def test_a_save_over_a_newer_version_is_a_conflict_not_a_lost_update(database) -> None:
    with database.sessions.begin() as session:
        event_uuid = EventStore(session).save(_chelyabinsk()).uuid
    with database.sessions() as session:
        first_copy = EventStore(session).load(event_uuid)
        second_copy = EventStore(session).load(event_uuid)
    first_copy.attendance = 10
    with database.sessions.begin() as session:
        EventStore(session).save(first_copy)
    second_copy.attendance = 99
    with database.sessions.begin() as session, pytest.raises(StaleEventError):
        EventStore(session).save(second_copy)
    with database.sessions() as session:
        assert session.scalar(select(Event.attendance)) == 10


def test_search_finds_events_by_any_script_or_accent(database) -> None:
    with database.sessions.begin() as session:
        load_sample(session)
    with database.sessions() as session:
        assert count_events(session, EventFilter(text="khankishiyev")) == 1
        assert count_events(session, EventFilter(text="KRASNOYARSK")) == 1
        assert count_events(session, EventFilter(text="Ибишов")) == 1


def test_text_search_uses_the_full_text_index_and_follows_edits(database) -> None:
    from sqlalchemy.dialects import sqlite

    condition = EventFilter(text="Khankishiyev").conditions()[-1]
    assert "event_search MATCH" in str(condition.compile(dialect=sqlite.dialect()))
    with database.sessions.begin() as session:
        event_uuid = EventStore(session).save(_chelyabinsk()).uuid
    with database.sessions.begin() as session:
        store = EventStore(session)
        data = store.load(event_uuid)
        data.title = "Evening of remembrance"
        store.save(data)
    with database.sessions() as session:
        assert count_events(session, EventFilter(text="remembrance")) == 1
        assert count_events(session, EventFilter(text="Memorial event for the Khojaly")) == 0
        # under a trigram: the start of a word of the text (the words index), or of a name
        assert count_events(session, EventFilter(text="remembrance ch")) == 1  # "CHelyabinsk"
        assert count_events(session, EventFilter(text="remembrance ab")) == 0  # "chelyABinsk"
        assert count_events(session, EventFilter(text="ch")) == 1  # "CHelyabinsk Oblast"
        assert count_events(session, EventFilter(text="qz")) == 0


def test_a_program_item_without_a_type_is_named_as_such(database) -> None:
    """A row with a note and no type chosen was refused with "unknown type ''"."""
    from db.event_store import ProgramInput

    with database.sessions() as session:
        store = EventStore(session)
        data = EventInput(
            title="Evening", start_date=dt.date(2025, 3, 5),
            program=[ProgramInput("speech"), ProgramInput("", note="poems of Vagif")],
        )
        [error] = [e for e in store.validate(data) if e.field == "program"]
    assert "''" not in error.message
    assert "Program item 2" in error.message and "poems of Vagif" in error.message
    assert "choose" in error.message.lower()
