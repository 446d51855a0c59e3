"""Typed names: an exact match by any alias resolves silently; nothing else is saved as a
guess. The store refuses an unknown region or country with a hint and keeps an unknown
city as written; the form asks the clerk through ``EventStore.name_questions``."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import select

from db.event_store import (
    EventInput,
    EventStore,
    OrganizerInput,
    SpeakerInput,
    ValidationError,
)
from db.models import ChangeLog, Event, Organization
from desktop.sample import load_sample, sample_inputs


def _vladivostok() -> EventInput:
    return dataclasses.replace(sample_inputs()[0], uuid=None)


def _error(database, data: EventInput, field: str) -> str:
    with database.sessions() as session, pytest.raises(ValidationError) as raised:
        EventStore(session).save(data)
    messages = [e.message for e in raised.value.errors if e.field == field]
    assert messages, raised.value.errors
    return messages[0]


def test_a_region_typo_is_refused_with_a_hint_not_saved_as_a_guess(database) -> None:
    data = dataclasses.replace(_vladivostok(), region="Прорский край", city=None)
    message = _error(database, data, "region")
    assert "Прорский край" in message and "Did you mean" in message
    assert "Primorsky" in message or "Приморский" in message


def test_a_country_typo_is_refused_with_a_hint(database) -> None:
    data = dataclasses.replace(_vladivostok(), country="Rusia", region=None, city=None)
    message = _error(database, data, "country")
    assert "Rusia" in message and "Did you mean" in message and "Russia" in message


UNKNOWN_TOWN = "Verkhnezelensk"
"""An invented town: no stored city and no GeoNames town has this name."""


def test_a_world_town_typed_exactly_is_that_town_not_a_lookalike(database) -> None:
    data = dataclasses.replace(_vladivostok(), country=None, region=None, city="Berdyansk")
    with database.sessions() as session:
        assert not [q for q in EventStore(session).name_questions(data) if q.field == "city"]
    with database.sessions.begin() as session:
        event = EventStore(session).save(data)
        assert event.city is not None and event.city.geonames_id is not None
        assert (event.city.name, event.country.code if event.country else None) == (
            "Berdyansk", "UA")


def test_an_unknown_city_is_kept_as_written_never_guessed(database) -> None:
    data = dataclasses.replace(
        _vladivostok(),
        country=None,
        region=None,
        city=UNKNOWN_TOWN,
        place_as_written="the seaside",
        place_precision=None,
    )
    with database.sessions.begin() as session:
        event = EventStore(session).save(data)
        assert event.city is None and event.country is None and event.region is None
        assert UNKNOWN_TOWN in (event.place_as_written or "")
        assert "the seaside" in (event.place_as_written or "")


def test_an_exact_alias_resolves_silently(database) -> None:
    with database.sessions() as session:  # places and occasion known; people new
        asked = EventStore(session).name_questions(_vladivostok())
    assert {q.kind for q in asked} == {"organization", "person"}
    with database.sessions.begin() as session:
        load_sample(session)
    with database.sessions() as session:
        assert EventStore(session).name_questions(_vladivostok()) == []


def test_questions_offer_the_near_records_and_new_ones(database) -> None:
    with database.sessions.begin() as session:
        load_sample(session)
    data = dataclasses.replace(
        _vladivostok(),
        region="Прорский край",
        city=UNKNOWN_TOWN,
        organizers=[OrganizerInput("Frendship"), OrganizerInput("Entirely New Society")],
        speakers=[SpeakerInput("Ramiz Zeynalov", organization="Friendship")],
    )
    with database.sessions() as session:
        questions = EventStore(session).name_questions(data)
    by_typed = {q.typed: q for q in questions}
    assert set(by_typed) == {"Прорский край", UNKNOWN_TOWN, "Frendship", "Entirely New Society"}
    region = by_typed["Прорский край"]
    assert region.field == "region" and not region.new_record
    assert region.candidates[0].country == "RU" and "Primorsky" in region.candidates[0].label
    city = by_typed[UNKNOWN_TOWN]
    assert city.field == "city" and city.new_record  # may stay as written
    organizer = by_typed["Frendship"]
    assert organizer.field == "organizers" and organizer.new_record
    assert organizer.candidates[0].name == "Friendship"
    assert organizer.candidates[0].score > 80
    assert by_typed["Entirely New Society"].new_record


def test_a_confirmed_match_becomes_an_alias_and_is_logged(database) -> None:
    with database.sessions.begin() as session:
        load_sample(session)
    data = dataclasses.replace(
        _vladivostok(), title="Another evening", organizers=[OrganizerInput("Frendship")]
    )
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk")
        (question,) = store.name_questions(data)
        store.confirm_name(question, question.candidates[0])
        assert store.name_questions(data) == []
        event = store.save(data)
        assert [o.organization.name for o in event.organizers] == ["Friendship"]
    with database.sessions() as session:
        assert session.scalar(select(Organization).where(Organization.name == "Frendship")) is None
        entry = session.scalars(
            select(ChangeLog).where(ChangeLog.table_name == "organization")
            .order_by(ChangeLog.id.desc())
        ).first()
        assert entry is not None and entry.user == "clerk"
        assert entry.changes == {"aliases": [None, "Frendship"]}
        assert len(session.scalars(select(Event)).all()) == 4


def test_an_import_keeps_an_unknown_city_as_written_never_guessed(database) -> None:
    from desktop.importing.resolve import ImportStore

    data = dataclasses.replace(
        _vladivostok(), country=None, region=None, city=UNKNOWN_TOWN, place_as_written=None
    )
    with database.sessions() as session:
        resolved = ImportStore(session).resolve(data).snapshot
    assert resolved["city"] is None and resolved["country"] is None
    assert resolved["place_as_written"] == UNKNOWN_TOWN


@contextmanager
def _store_beside_the_sample(database) -> Iterator[EventStore]:
    """A store on a data set holding the sample (its organizers are known), in one
    transaction."""
    with database.sessions.begin() as session:
        load_sample(session)
    with database.sessions.begin() as session:
        yield EventStore(session)


@pytest.mark.parametrize("typed", ["Тбилиси", "Тбилисси"])  # a known spelling, a typo
def test_a_city_chosen_in_another_country_takes_the_event_there(database, typed) -> None:
    """Russia typed as the country, Tbilisi as the city: the clerk is offered Tbilisi in
    Georgia, told that the event's country becomes Georgia, and the choice is what is
    saved (it was dropped, or the save failed on the spelling's existing alias)."""
    data = dataclasses.replace(
        _vladivostok(), title="Poetry evening", region=None, city=typed, place_as_written=None
    )
    with _store_beside_the_sample(database) as store:
        (question,) = store.name_questions(data)
        tbilisi = question.candidates[0]
        assert tbilisi.name == "Tbilisi" and tbilisi.moves_to == "Georgia"
        store.confirm_name(question, tbilisi)
        data = store.with_place_of(data, tbilisi)
        assert (data.country, data.city) == ("GE", typed)
        event = store.save(data)
        assert (event.city.name, event.country.code) == ("Tbilisi", "GE")
        assert event.region is not None and event.region.country.code == "GE"
        assert store.name_questions(data) == []


def test_a_city_chosen_in_the_event_country_leaves_the_place_alone(database) -> None:
    data = dataclasses.replace(
        _vladivostok(), title="Poetry evening", city="Владивастокк", place_as_written=None
    )
    with _store_beside_the_sample(database) as store:
        (question,) = store.name_questions(data)
        vladivostok = question.candidates[0]
        assert vladivostok.name == "Vladivostok" and vladivostok.moves_to is None
        assert store.with_place_of(data, vladivostok) == data


def test_candidates_are_named_in_the_message_language(database) -> None:
    from db import messages

    data = dataclasses.replace(
        _vladivostok(), title="Вечер", region=None, city="Тбилисси", place_as_written=None
    )
    with database.sessions.begin() as session:
        load_sample(session)
    messages.set_language("ru")
    try:
        with database.sessions() as session:
            (question,) = EventStore(session).name_questions(data)
    finally:
        messages.set_language("en")
    tbilisi = question.candidates[0]
    assert tbilisi.shown.startswith("Тбилиси (") and tbilisi.shown.endswith("Грузия)")
    assert tbilisi.moves_to == "Грузия"
