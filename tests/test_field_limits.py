"""Text longer than a column holds is refused at entry, import and merge with a message that
names the field, on every back end alike (SQLite would store it and PostgreSQL refuse it)."""

from __future__ import annotations

import dataclasses

import pytest

from db.event_store import (
    EventStore,
    OrganizerInput,
    SpeakerInput,
    ValidationError,
)
from db.limits import max_length
from db.models import Event, Organization, Person, Source
from desktop.sample import sample_inputs


def _event():
    return sample_inputs()[0]


@pytest.mark.parametrize(
    ("change", "field", "limit"),
    [
        (lambda d: dataclasses.replace(d, title="T" * 3000), "title", max_length(Event.title)),
        (lambda d: dataclasses.replace(d, venue="V" * 301), "venue", max_length(Event.venue)),
        (
            lambda d: dataclasses.replace(d, organizers=[OrganizerInput("O" * 401)]),
            "organizers",
            max_length(Organization.name),
        ),
        (
            lambda d: dataclasses.replace(d, speakers=[SpeakerInput("P" * 301)]),
            "speakers",
            max_length(Person.full_name),
        ),
        (
            lambda d: dataclasses.replace(
                d, source=dataclasses.replace(d.source, url="https://x.org/" + "u" * 2000)
            ),
            "source_url",
            max_length(Source.url),
        ),
    ],
)
def test_too_long_text_is_refused_naming_field_and_limit(database, change, field, limit) -> None:
    with database.sessions() as session:
        store = EventStore(session)
        with pytest.raises(ValidationError) as raised:
            store.save(change(_event()))
        messages = [e.message for e in raised.value.errors if e.field == field]
        assert messages, raised.value.errors
        assert f"{limit:,}" in messages[0]


def test_text_at_the_limit_is_saved_whole(database) -> None:
    limit = max_length(Event.title)
    assert limit is not None
    with database.sessions() as session:
        event = EventStore(session).save(dataclasses.replace(_event(), title="T" * limit))
        session.commit()
        assert len(event.title) == limit


def test_max_length_reads_the_model() -> None:
    assert max_length(Event.title) == Event.__table__.c.title.type.length
    assert max_length(Event.description) is None  # Text: no limit
