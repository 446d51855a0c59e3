"""The sample data set: the three events of the seed report, recorded by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.event_store import (
    EventInput,
    EventStore,
    OrganizerInput,
    ProgramInput,
    SourceInput,
    SpeakerInput,
)
from db.models import DatePrecision, Event, EventStatus, OrganizerRole, PlacePrecision
from db.reference import resources_dir

SAMPLE_FILE = "seed-001.json"


def sample_path() -> Path:
    return resources_dir() / "sample" / SAMPLE_FILE


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def event_input(record: dict[str, Any], source: dict[str, Any]) -> EventInput:
    """One event of the sample file as an EventInput."""
    return EventInput(
        title=record["title"],
        start_date=_date(record["start_date"]),
        end_date=_date(record.get("end_date")),
        date_precision=DatePrecision(record["date_precision"]),
        event_type=record.get("event_type"),
        occasion=record.get("occasion"),
        anniversary=record.get("anniversary"),
        country=record.get("country"),
        region=record.get("region"),
        city=record.get("city"),
        place_as_written=record.get("place_as_written"),
        place_precision=PlacePrecision(record["place_precision"])
        if record.get("place_precision")
        else None,
        description=record.get("description"),
        status=EventStatus(record.get("status", "draft")),
        organizers=[
            OrganizerInput(o["name"], OrganizerRole(o.get("role", "organizer")))
            for o in record.get("organizers", [])
        ],
        speakers=[
            SpeakerInput(s["name"], s.get("role"), s.get("organization"))
            for s in record.get("speakers", [])
        ],
        program=[ProgramInput(p["item_type"], p.get("note")) for p in record.get("program", [])],
        source=SourceInput(
            publisher=source.get("publisher"),
            passed_on_by=source.get("passed_on_by"),
            published_on=_date(source.get("published_on")),
            url=source.get("url"),
            language=source.get("language"),
            dateline=source.get("dateline"),
            full_text=source.get("full_text"),
            scale=source.get("scale"),
        ),
    )


def sample_inputs(path: Path | None = None) -> list[EventInput]:
    document = json.loads((path or sample_path()).read_text(encoding="utf-8"))
    return [event_input(record, document["source"]) for record in document["events"]]


def load_sample(session: Session) -> list[Event]:
    """Save the sample events, skipping those already there (by title), and return them."""
    store = EventStore(session)
    saved = []
    for data in sample_inputs():
        existing = session.scalar(
            select(Event).where(Event.title == data.title, Event.deleted_at.is_(None))
        )
        saved.append(existing or store.save(data))
    return saved
