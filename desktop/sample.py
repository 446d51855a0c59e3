"""The sample data set: the three events of the seed report, recorded by hand."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.duplicates import find_duplicates
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


@dataclass
class SampleLoad:
    """What loading the sample did: the events it added, and the recorded ones it took for
    the sample's own (an edited title or a hand-typed copy is still the same event)."""

    events: list[Event] = field(default_factory=list)
    """One per sample event, in the sample's order: added or already recorded."""
    added: list[Event] = field(default_factory=list)
    already: list[Event] = field(default_factory=list)


def add_sample(session: Session) -> SampleLoad:
    """Save the sample events that are not recorded yet, by the duplicate check."""
    store = EventStore(session)
    result = SampleLoad()
    for data in sample_inputs():
        existing = session.scalar(
            select(Event).where(Event.title == data.title, Event.deleted_at.is_(None))
        ) or next(iter(find_duplicates(session, data, store=store)), None)
        if existing is not None:
            result.already.append(existing)
            result.events.append(existing)
        else:
            event = store.save(data)
            session.flush()
            result.added.append(event)
            result.events.append(event)
    return result


def load_sample(session: Session) -> list[Event]:
    """The sample's events, saving those not recorded yet (see :func:`add_sample`)."""
    return add_sample(session).events
