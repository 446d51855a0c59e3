"""The sample data set: the three events of the seed report, recorded by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.event_store import EventInput, EventStore
from db.models import Event
from db.reference import resources_dir
from desktop.drafts import from_json

SAMPLE_FILE = "seed-001.json"


def sample_path() -> Path:
    return resources_dir() / "sample" / SAMPLE_FILE


def event_input(record: dict[str, Any], source: dict[str, Any]) -> EventInput:
    """One event of the sample file (same JSON shape as a form draft) as an EventInput."""
    return from_json({**record, "source": source})


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
