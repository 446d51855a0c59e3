"""EventStore behaviours that the second mutation sample (seed 2611, scripts/mutation.sh) found
untested: what validation says and where, which names the form asks about, what a save
stores and logs, and what loading an event gives back."""

from __future__ import annotations

import dataclasses
import re
import uuid
from typing import Any

from sqlalchemy import func, select

from db.event_store import (
    EventInput,
    EventStore,
    OrganizerInput,
    ProgramInput,
    SourceInput,
    SpeakerInput,
)
from db.limits import max_length
from db.messages import set_language
from db.models import Country, Event, EventSource, Person, ProgramItem, Source
from db.reference_service import change_history
from desktop.sample import sample_inputs

REPORT = "https://example.org/news/report-1"


def _event(title: str = "An evening", **changes: Any) -> EventInput:
    """The first sample event as a new event, with its own source at REPORT."""
    data = dataclasses.replace(sample_inputs()[0], uuid=None, title=title)
    data.source = SourceInput(url=REPORT, publisher="Trend", full_text=f"The report at {REPORT}")
    return dataclasses.replace(data, **changes)


def _save(database, data: EventInput, user: str = "clerk1") -> uuid.UUID:
    with database.sessions.begin() as session:
        return EventStore(session, user=user).save(data).uuid


def _errors(database, data: EventInput, field: str) -> list[str]:
    """The messages validation gives on ``field``."""
    with database.sessions() as session:
        return [e.message for e in EventStore(session).validate(data) if e.field == field]


def _latin_words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{3,}", text)


# --- validation -----------------------------------------------------------------------------


def test_a_too_long_dateline_is_refused_naming_the_dateline(database) -> None:
    limit = max_length(Source.dateline)
    assert limit is not None
    data = _event()
    data.source.dateline = "D" * (limit + 1)
    (message,) = _errors(database, data, "source_dateline")
    assert message.startswith("The dateline")


def test_a_too_long_note_of_the_first_program_item_names_item_1(database) -> None:
    limit = max_length(ProgramItem.note)
    assert limit is not None
    data = _event(program=[ProgramInput("speech", "N" * (limit + 1)), ProgramInput("speech")])
    (message,) = _errors(database, data, "program")
    assert message.startswith("Program item 1's note")


def test_a_negative_attendance_is_refused_in_the_clerks_language(database) -> None:
    set_language("ru")
    (message,) = _errors(database, _event(attendance=-3), "attendance")
    assert message and _latin_words(message) == []


def test_a_speaker_without_a_name_is_named_by_its_place_in_the_list(database) -> None:
    data = _event(speakers=[SpeakerInput("  "), SpeakerInput("A Second Speaker")])
    assert _errors(database, data, "speakers") == ["Speaker 1 has no name."]


def test_an_organizer_without_a_name_is_refused_by_its_place_in_the_list(database) -> None:
    data = _event(organizers=[OrganizerInput(""), OrganizerInput("Friendship")])
    with database.sessions() as session:
        errors = EventStore(session).validate(data)
    assert [e.message for e in errors if e.field == "organizers"] == ["Organizer 1 has no name."]


def test_a_region_of_another_country_is_refused_naming_both(database) -> None:
    data = _event(country="AZ", region="RU-PRI", city=None)
    with database.sessions() as session:
        store = EventStore(session)
        region = store.region("RU-PRI", None)
        country = session.scalar(select(Country).where(Country.code == "AZ"))
        assert region is not None and country is not None and region.country_id != country.id
        (message,) = [e.message for e in store.validate(data) if e.field == "region"]
        assert region.name in message and country.name in message


def test_an_unknown_event_type_is_refused_on_that_field_naming_it(database) -> None:
    with database.sessions() as session:
        errors = EventStore(session).validate(_event(event_type="Moonlight parade"))
    (error,) = [e for e in errors if e.field == "event_type"]
    assert error.unknown and "Moonlight parade" in error.message


def test_saving_an_event_that_is_gone_says_so_in_the_clerks_language(database) -> None:
    missing = uuid.uuid4()
    set_language("ru")
    with database.sessions() as session:
        try:
            EventStore(session).save(_event(uuid=missing))
        except LookupError as error:
            message = str(error)
        else:
            raise AssertionError("saving a missing event raised nothing")
    assert str(missing) in message
    assert _latin_words(message.replace(str(missing), "")) == []


# --- names the clerk is asked about ---------------------------------------------------------


def test_a_mistyped_town_is_offered_the_typed_countrys_towns_only(database) -> None:
    # two stored towns start alike, one in each country; a country is typed, no region
    _save(database, _event("In Ukraine", country="UA", region=None, city="Berdyansk"))
    _save(database, _event("In Russia", country="RU", region=None, city="Berdsk"))
    data = _event(country="UA", region=None, city="Berd")
    with database.sessions() as session:
        stored = session.scalars(select(func.count()).select_from(Event)).one()
        assert stored == 2
        (question,) = [q for q in EventStore(session).name_questions(data) if q.field == "city"]
    assert question.candidates
    assert {c.country for c in question.candidates} == {"UA"}


def test_a_speakers_new_organization_is_asked_about(database) -> None:
    data = _event(speakers=[SpeakerInput("A Speaker", "guest", "Entirely New Society")])
    with database.sessions() as session:
        questions = EventStore(session).name_questions(data)
    asked = [(q.field, q.typed, q.new_record) for q in questions if q.kind == "organization"]
    assert ("speakers", "Entirely New Society", True) in asked


def test_a_person_spelled_a_little_differently_is_asked_about_not_merged(database) -> None:
    _save(database, _event(speakers=[SpeakerInput("Tamerlan Guseinov", "guest")]))
    data = _event(speakers=[SpeakerInput("Tamerlan Gusseinov", "guest")])
    with database.sessions() as session:
        questions = [q for q in EventStore(session).name_questions(data) if q.kind == "person"]
    (question,) = questions
    assert question.new_record and question.typed == "Tamerlan Gusseinov"
    assert "Tamerlan Guseinov" in [c.name for c in question.candidates]


def test_a_one_letter_typo_of_a_stored_town_is_offered_first(sample_database) -> None:
    data = _event(country="RU", region="Primorsky Krai", city="Vladivostk")
    with sample_database.sessions() as session:
        (question,) = [q for q in EventStore(session).name_questions(data) if q.field == "city"]
    assert question.suggested == 0 and question.candidates[0].name == "Vladivostok"


# --- what a save stores and logs ------------------------------------------------------------


def test_a_new_speaker_has_their_creation_in_their_history(database) -> None:
    _save(database, _event(speakers=[SpeakerInput("Tamerlan Guseinov", "guest")]), "clerk")
    with database.sessions() as session:
        person = session.scalar(select(Person).where(Person.full_name == "Tamerlan Guseinov"))
        assert person is not None
        history = change_history(session, "person", record_uuid=person.uuid)
    assert ("insert", "clerk", "full_name", "Tamerlan Guseinov") in [
        (h.action, h.user, h.field, h.new) for h in history
    ]


def _source_uuid(database, event_uuid: uuid.UUID) -> uuid.UUID | None:
    with database.sessions() as session:
        return session.scalar(
            select(Source.uuid)
            .join(EventSource, EventSource.source_id == Source.id)
            .join(Event, Event.id == EventSource.event_id)
            .where(Event.uuid == event_uuid)
        )


def test_a_new_events_source_is_logged_as_inserted(database) -> None:
    key = _save(database, _event(), "clerk")
    source = _source_uuid(database, key)
    assert source is not None
    with database.sessions() as session:
        history = change_history(session, "source", record_uuid=source)
    assert ("insert", "clerk", "publisher", "Trend") in [
        (h.action, h.user, h.field, h.new) for h in history
    ]


def test_a_report_wide_correction_logs_the_other_events_source_as_updated(database) -> None:
    first = _save(database, _event("First evening"))
    second = _save(database, _event("Second evening"))
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk2")
        data = store.load(first)
        data.source = dataclasses.replace(
            data.source, publisher="Trend News Agency", apply_to_report=True
        )
        store.save(data)
    source = _source_uuid(database, second)
    assert source is not None
    with database.sessions() as session:
        history = change_history(session, "source", record_uuid=source)
    assert ("update", "clerk2", "publisher", "Trend", "Trend News Agency") in [
        (h.action, h.user, h.field, h.old, h.new) for h in history
    ]


def test_clearing_every_source_field_leaves_the_event_without_a_source(database) -> None:
    key = _save(database, _event())
    with database.sessions.begin() as session:
        store = EventStore(session)
        data = store.load(key)
        data.source = SourceInput(
            publisher="", passed_on_by="", url="", language="", dateline="", full_text="", scale=""
        )  # what a form sends
        store.save(data)
    assert _source_uuid(database, key) is None


def test_a_town_typed_without_its_region_gives_the_event_the_towns_region(database) -> None:
    key = _save(database, _event(country="RU", region=None, city="Vladivostok"))
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.uuid == key))
        assert event is not None and event.city is not None
        assert event.city.region is not None and event.region == event.city.region


def test_an_events_venue_comes_back_when_it_is_loaded(database) -> None:
    key = _save(database, _event(venue="The community hall"))
    with database.sessions() as session:
        assert EventStore(session).load(key).venue == "The community hall"
