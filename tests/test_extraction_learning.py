"""Extraction learns from the clerk: corrected names come back corrected next time."""

from __future__ import annotations

import dataclasses
import datetime as dt

from db.event_store import EventStore, OrganizerInput, SpeakerInput
from db.models import ChangeLog
from desktop.extraction import extract
from desktop.extraction.learning import lessons, remember

REPORT = (
    "On March 21, 2025 the Azerbaijani community held a Novruz celebration in the town of "
    "Kellerbrook. The event was organized by the Azerbaijani Cultural Association. "
    "Its chairman, Ramin Aliyev, greeted the guests."
)


def test_extract_correct_save_extract_again_gives_the_corrected_names(database) -> None:
    with database.sessions() as session:
        (draft,) = extract(REPORT, session).events
        assert draft.organizations == ["Azerbaijani Cultural Association"]
        data = draft.to_event_input()
        data = dataclasses.replace(
            data,
            organizers=[OrganizerInput("Azerbaijani Cultural Association of Kellerbrook")],
            speakers=[SpeakerInput("Ramin Aliyev-Gasimov", "chairman", None)],
        )
        event = EventStore(session).save(data)
        found = lessons(session, draft, event.uuid)
        assert {(lesson.kind, lesson.written) for lesson in found} == {
            ("organization", "Azerbaijani Cultural Association"),
            ("person", "Ramin Aliyev"),
        }
        remember(session, found, user="clerk")
        assert session.query(ChangeLog).filter(ChangeLog.summary.contains("Ramin")).count()

        (again,) = extract(REPORT, session).events
    assert again.organizations == ["Azerbaijani Cultural Association of Kellerbrook"]
    assert [s["name"] for s in again.speakers] == ["Ramin Aliyev-Gasimov"]


def test_nothing_is_learned_without_a_correction(database) -> None:
    with database.sessions() as session:
        (draft,) = extract(REPORT, session, published=dt.date(2025, 3, 22)).events
        event = EventStore(session).save(draft.to_event_input())
        assert lessons(session, draft, event.uuid) == []


def test_the_gazetteer_is_kept_until_a_name_changes(database) -> None:
    from db.models import City, CityAlias
    from desktop.extraction.service import _gazetteer

    with database.sessions() as session:
        first = _gazetteer(session)
        assert _gazetteer(session) is first
        city = session.query(City).first()
        session.add(CityAlias(city=city, name="Kellerbrook", normalized="kellerbrook"))
        session.flush()
        fresh = _gazetteer(session)
        assert fresh is not first
        assert fresh.resolve_city("Kellerbrook", fuzzy=False) is city
        city.name = city.name + " Old Town"
        session.flush()
        assert _gazetteer(session) is not fresh
