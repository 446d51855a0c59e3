"""Stored events as change-log snapshots, read in bulk with Core queries.

Comparing a file row or another office's event with ours needs the event in
one canonical form; ``db.event_store.snapshot`` is that form (codes and names,
organizers, speakers and program items as ``db.change_values`` dicts: the same dict the
change log stores), built here from plain query rows.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from db.event_store import snapshot
from db.models import (
    City,
    Country,
    Event,
    EventOrganizer,
    EventSource,
    EventSpeaker,
    EventType,
    Occasion,
    Organization,
    Person,
    ProgramItem,
    ProgramItemType,
    Region,
    Source,
)

CHUNK = 500
T = TypeVar("T")
SOURCE_KEYS = ("source_publisher", "source_passed_on_by", "source_published", "source_url")


@dataclass
class StoredEvent:
    id: int
    uuid: uuid.UUID
    version: int
    created_at: dt.datetime | None
    created_by: str | None
    updated_at: dt.datetime | None
    updated_by: str | None
    deleted_at: dt.datetime | None
    snapshot: dict[str, object]
    source: dict[str, object]


def _chunks(items: list[T], size: int = CHUNK) -> Iterable[list[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def load_events(session: Session, uuids: Iterable[uuid.UUID] | None = None) -> dict[
    uuid.UUID, StoredEvent
]:
    """The events with these UUIDs (all events when None), keyed by UUID."""
    out: dict[uuid.UUID, StoredEvent] = {}
    if uuids is None:
        ids = list(session.scalars(select(Event.id).order_by(Event.id)))
        for chunk in _chunks(ids):
            out.update(_load(session, Event.id.in_(chunk)))
        return out
    wanted = list(dict.fromkeys(uuids))
    for uuid_chunk in _chunks(wanted):
        out.update(_load(session, Event.uuid.in_(uuid_chunk)))
    return out


def _load(session: Session, condition: Any) -> dict[uuid.UUID, StoredEvent]:
    rows = session.execute(
        select(Event, EventType.code, Occasion.name, Country.code, Region.code, City.name)
        .outerjoin(EventType, Event.event_type_id == EventType.id)
        .outerjoin(Occasion, Event.occasion_id == Occasion.id)
        .outerjoin(Country, Event.country_id == Country.id)
        .outerjoin(Region, Event.region_id == Region.id)
        .outerjoin(City, Event.city_id == City.id)
        .where(condition)
        .execution_options(populate_existing=True)
    ).all()
    if not rows:
        return {}
    ids = [row[0].id for row in rows]
    organizers: dict[int, list[SimpleNamespace]] = defaultdict(list)
    for event_id, name, role in session.execute(
        select(EventOrganizer.event_id, Organization.name, EventOrganizer.role)
        .join(Organization, EventOrganizer.organization_id == Organization.id)
        .where(EventOrganizer.event_id.in_(ids))
        .order_by(EventOrganizer.event_id, EventOrganizer.position, EventOrganizer.id)
    ):
        organizers[event_id].append(
            SimpleNamespace(organization=SimpleNamespace(name=name), role=role)
        )
    speakers: dict[int, list[SimpleNamespace]] = defaultdict(list)
    speaker_org = aliased(Organization)
    for event_id, name, speaker_role, org in session.execute(
        select(EventSpeaker.event_id, Person.full_name, EventSpeaker.role, speaker_org.name)
        .join(Person, EventSpeaker.person_id == Person.id)
        .outerjoin(speaker_org, EventSpeaker.organization_id == speaker_org.id)
        .where(EventSpeaker.event_id.in_(ids))
        .order_by(EventSpeaker.event_id, EventSpeaker.position, EventSpeaker.id)
    ):
        speakers[event_id].append(SimpleNamespace(
            person=SimpleNamespace(full_name=name), role=speaker_role,
            organization=SimpleNamespace(name=org) if org is not None else None,
        ))
    program: dict[int, list[SimpleNamespace]] = defaultdict(list)
    for event_id, code, note in session.execute(
        select(ProgramItem.event_id, ProgramItemType.code, ProgramItem.note)
        .join(ProgramItemType, ProgramItem.item_type_id == ProgramItemType.id)
        .where(ProgramItem.event_id.in_(ids))
        .order_by(ProgramItem.event_id, ProgramItem.position, ProgramItem.id)
    ):
        program[event_id].append(SimpleNamespace(item_type=SimpleNamespace(code=code), note=note))
    sources: dict[int, dict[str, object]] = {}
    for event_id, publisher, passed, published, url in session.execute(
        select(EventSource.event_id, Source.publisher, Source.passed_on_by, Source.published_on,
               Source.url)
        .join(Source, EventSource.source_id == Source.id)
        .where(EventSource.event_id.in_(ids))
        .order_by(EventSource.event_id, Source.id)
    ):
        sources.setdefault(event_id, dict(zip(SOURCE_KEYS, (publisher, passed, published, url),
                                              strict=True)))
    out: dict[uuid.UUID, StoredEvent] = {}
    for event, type_code, occasion, country, region, city in rows:
        view = SimpleNamespace(
            title=event.title, start_date=event.start_date, end_date=event.end_date,
            date_precision=event.date_precision, anniversary=event.anniversary,
            venue=event.venue, place_as_written=event.place_as_written,
            place_precision=event.place_precision, attendance=event.attendance,
            description=event.description, status=event.status,
            event_type=SimpleNamespace(code=type_code) if type_code else None,
            occasion=SimpleNamespace(name=occasion) if occasion else None,
            country=SimpleNamespace(code=country) if country else None,
            region=SimpleNamespace(code=region) if region else None,
            city=SimpleNamespace(name=city) if city else None,
            organizers=organizers.get(event.id, []),
            speakers=speakers.get(event.id, []),
            program=program.get(event.id, []),
        )
        out[event.uuid] = StoredEvent(
            id=event.id, uuid=event.uuid, version=event.version,
            created_at=event.created_at, created_by=event.created_by,
            updated_at=event.updated_at, updated_by=event.updated_by,
            # the view is a stand-in with just the attributes ``snapshot`` reads, not an Event
            deleted_at=event.deleted_at, snapshot=snapshot(view),  # type: ignore[arg-type]
            source=sources.get(event.id, dict.fromkeys(SOURCE_KEYS)),
        )
    return out
