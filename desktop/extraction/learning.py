"""Learning from the clerk: names corrected in a saved draft become aliases, on confirmation.

A draft proposes "общественная организация «Единство»"; the clerk saves the event with the
organization "Единство (Tver)". Remembering the draft's wording as an alias of that record
makes the next report from the same outlet come out as the clerk wants: extraction
resolves bodies, people and towns through the aliases. Nothing is stored until the clerk
confirms (:func:`remember`), and every alias goes through the event store's
``confirm_name``, so it is logged in the change log like any other edit. Qt-free.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.event_store import EventStore, NameCandidate, NameQuestion
from db.names import normalize
from desktop.extraction.service import DraftEvent


@dataclass(frozen=True)
class Lesson:
    """The draft said ``written`` where the clerk saved the record ``name`` (a ``kind``)."""

    kind: str
    written: str
    record_id: int
    name: str


def lessons(session: Session, draft: DraftEvent, event_uuid: uuid.UUID) -> list[Lesson]:
    """The names the clerk changed in the saved event that the data set would not yet map
    back from the draft's wording (bodies and people by position, the town)."""
    event = EventStore(session).get(event_uuid)
    if event is None:
        return []
    out: list[Lesson] = []
    saved_orgs = [o.organization for o in event.organizers]
    if len(saved_orgs) == len(draft.organizations):
        for written, record in zip(draft.organizations, saved_orgs, strict=True):
            if _changed(written, record.name, [a.normalized for a in record.aliases]):
                out.append(Lesson("organization", written, record.id, record.name))
    saved_people = [s.person for s in event.speakers]
    if len(saved_people) == len(draft.speakers):
        for speaker, person in zip(draft.speakers, saved_people, strict=True):
            written = speaker.get("name") or ""
            known = [a.normalized for a in person.aliases]
            if written and _changed(written, person.full_name, known):
                out.append(Lesson("person", written, person.id, person.full_name))
    city = event.city
    written_city = draft.city
    if city is not None and written_city and _changed(
        written_city, city.name, [a.normalized for a in city.aliases]
    ):
        out.append(Lesson("city", written_city, city.id, city.name))
    return out


def _changed(written: str, name: str, aliases: list[str]) -> bool:
    key = normalize(written)
    return bool(key) and key != normalize(name) and key not in aliases


def remember(session: Session, confirmed: list[Lesson], user: str | None = None) -> None:
    """Store the confirmed lessons as aliases (logged through the event store)."""
    store = EventStore(session, user=user)
    for lesson in confirmed:
        candidate = NameCandidate(
            lesson.kind, lesson.record_id, lesson.name, lesson.name, None, None, 100.0
        )
        question = NameQuestion(lesson.kind, lesson.kind, lesson.written, (candidate,), False)
        store.confirm_name(question, candidate)
