"""Find events that are probably the one being entered: same occasion, same region,
a shared organizer, within a few days. The form shows them before saving."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.event_store import EventInput, EventStore
from db.models import Event, EventOrganizer

NEAR_DAYS = 3


def find_duplicates(session: Session, data: EventInput, near_days: int = NEAR_DAYS) -> list[Event]:
    """Live events that match ``data`` on occasion, region, an organizer and date."""
    if data.start_date is None or not data.occasion or not data.region or not data.organizers:
        return []
    store = EventStore(session)
    occasion = store.gazetteer.resolve_occasion(data.occasion)
    region = store.region(data.region, None)
    organizations = [
        store.gazetteer.resolve_organization(o.name, fuzzy=False) for o in data.organizers
    ]
    organization_ids = [o.id for o in organizations if o is not None]
    if occasion is None or region is None or not organization_ids:
        return []
    margin = dt.timedelta(days=near_days)
    latest = (data.end_date or data.start_date) + margin
    earliest = data.start_date - margin
    query = (
        select(Event)
        .where(
            Event.deleted_at.is_(None),
            Event.occasion_id == occasion.id,
            Event.region_id == region.id,
            Event.start_date <= latest,
            Event.id.in_(
                select(EventOrganizer.event_id).where(
                    EventOrganizer.organization_id.in_(organization_ids)
                )
            ),
        )
        .options(selectinload(Event.organizers).selectinload(EventOrganizer.organization))
        .order_by(Event.start_date)
    )
    if data.uuid is not None:
        query = query.where(Event.uuid != data.uuid)
    return [e for e in session.scalars(query) if (e.end_date or e.start_date) >= earliest]
