"""An organization first named as an event's organizer is based where the event is (issue 14
item 8: organizations created from the form had no place, so the per-organization sheet
showed empty Region and Country for all of them). The clerk sees the place in the question
before saving; a speaker's organization and an organization already stored keep theirs."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from db.event_store import EventInput, EventStore, OrganizerInput, SpeakerInput
from db.models import ChangeLog, Organization
from desktop.sample import sample_inputs

NEW_BODY = "Society of Invented Friends"
"""Invented: no reference organization has this name."""


def _event(**changes: object) -> EventInput:
    base = dataclasses.replace(sample_inputs()[0], uuid=None, speakers=[])
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _organization(session, name: str) -> Organization:
    found = session.scalar(select(Organization).where(Organization.name == name))
    assert found is not None
    return found


def test_a_new_organizer_is_based_in_the_events_region_and_country(database) -> None:
    data = _event(organizers=[OrganizerInput(NEW_BODY)])
    with database.sessions.begin() as session:
        event = EventStore(session).save(data)
        region, country = event.region, event.country
        assert region is not None and country is not None
        body = _organization(session, NEW_BODY)
        assert (body.country, body.region) == (country, region)
        assert body.city == event.city
        logged = session.scalars(
            select(ChangeLog).where(
                ChangeLog.table_name == "organization", ChangeLog.record_id == body.id
            )
        ).one()
        assert logged.changes is not None
        assert logged.changes["region"] == [None, region.code]
        assert logged.changes["country"] == [None, country.code]


def test_the_question_before_saving_says_where_the_new_organization_will_be(database) -> None:
    data = _event(organizers=[OrganizerInput(NEW_BODY)])
    with database.sessions() as session:
        store = EventStore(session)
        question = next(q for q in store.name_questions(data) if q.typed == NEW_BODY)
        region = store.place_records(data.country, data.region, data.city).region
    assert question.place is not None and region is not None
    assert region.name in question.place  # the record's name, not the spelling typed


def test_a_speakers_new_organization_gets_no_place_from_the_event(database) -> None:
    data = _event(speakers=[SpeakerInput("Invented Person", "guest", NEW_BODY)])
    with database.sessions.begin() as session:
        EventStore(session).save(data)
        body = _organization(session, NEW_BODY)
        assert (body.country, body.region, body.city) == (None, None, None)


def test_a_stored_organization_keeps_its_place_when_it_organizes_elsewhere(database) -> None:
    with database.sessions.begin() as session:
        EventStore(session).save(_event(organizers=[OrganizerInput(NEW_BODY)]))
    elsewhere = _event(
        organizers=[OrganizerInput(NEW_BODY)], country="Germany", region=None, city="Berlin"
    )
    with database.sessions.begin() as session:
        EventStore(session).save(elsewhere)
        body = _organization(session, NEW_BODY)
        assert body.country is not None and body.country.code == "RU"
