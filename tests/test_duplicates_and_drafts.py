"""Duplicate warnings before saving, and drafts that survive a crash."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from hypothesis import given, settings, strategies as st

from db.duplicates import find_duplicates
from db.event_store import EventInput, EventStore, OrganizerInput, ProgramInput, SpeakerInput
from db.models import DatePrecision
from desktop.drafts import DraftStore, from_json, to_json
from desktop.sample import sample_inputs


def test_the_same_event_entered_again_is_found(sample_database) -> None:
    again = dataclasses.replace(sample_inputs()[1], title="Khojaly evening, Chelyabinsk")
    with sample_database.sessions() as session:
        found = find_duplicates(session, again)
        assert [e.region.code for e in found] == ["RU-CHE"]


def test_other_region_date_or_organizer_is_not_a_duplicate(sample_database) -> None:
    base = sample_inputs()[1]
    far_later = dataclasses.replace(
        base, start_date=dt.date(2025, 6, 1), end_date=None, date_precision=DatePrecision.DAY
    )
    elsewhere = dataclasses.replace(base, region="Krasnoyarsk Krai")
    other_body = dataclasses.replace(base, organizers=[OrganizerInput("Someone else entirely")])
    with sample_database.sessions() as session:
        assert find_duplicates(session, base)  # unchanged, it is one
        for candidate in (far_later, elsewhere, other_body):
            assert find_duplicates(session, candidate) == []


def test_an_event_is_not_its_own_duplicate(database) -> None:
    with database.sessions.begin() as session:
        saved = EventStore(session).save(sample_inputs()[1])
        data = EventStore(session).load(saved.uuid)
        assert find_duplicates(session, data) == []


def test_drafts_round_trip_and_belong_to_their_database(tmp_path: Path) -> None:
    store = DraftStore("sqlite:///a.sqlite", tmp_path)
    data = sample_inputs()[2]
    store.save("form-1", data)
    DraftStore("sqlite:///other.sqlite", tmp_path).save("form-2", sample_inputs()[0])
    (tmp_path / "broken.json").write_text("{not json")
    pending = store.pending()
    assert [d.key for d in pending] == ["form-1"]
    assert pending[0].data == data
    store.discard("form-1")
    assert store.pending() == []


names = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())


@settings(max_examples=40, deadline=None)
@given(
    title=st.text(max_size=80),
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    speakers=st.lists(st.tuples(names, st.none() | names), max_size=4),
    program=st.lists(st.sampled_from(["speech", "minute_of_silence", "concert"]), max_size=5),
)
def test_any_form_content_survives_the_draft_file(title, day, speakers, program) -> None:
    data = EventInput(
        title=title,
        start_date=day,
        speakers=[SpeakerInput(name, role) for name, role in speakers],
        program=[ProgramInput(code) for code in program],
    )
    assert from_json(to_json(data)) == data
