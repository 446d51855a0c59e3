"""Unsaved event forms kept on disk, so a crash or a forced quit loses nothing.

The form writes its content here every few seconds and after each field;
the next start finds the drafts that were never saved or discarded and offers
them back. Each draft is one JSON file, written atomically (temp + replace),
so a kill in mid-write leaves the previous draft intact.

A draft names its data set by the identity stored in it (``db.identity``), so it is
offered wherever the data file goes (another drive letter, a new name or folder, a
restored backup, a copy); drafts written before, named by the file's address only, are
offered at that address and then take the identity.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from db.engine import APP_NAME

if TYPE_CHECKING:  # imported where used: the window looks for drafts at every start
    from db.engine import Database
    from db.event_store import EventInput

log = logging.getLogger(__name__)


def data_set_key(url: str) -> str:
    """Which data set a draft belongs to, without the server's password: drafts are plain
    files in the user's folder, and a changed password must not orphan them."""
    return make_url(url).render_as_string(hide_password=True)


def drafts_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "drafts"


def to_json(data: EventInput) -> dict[str, Any]:
    """An EventInput as JSON-ready values (nested lists and the source included)."""
    from db.event_store import json_value

    values: dict[str, Any] = json.loads(json.dumps(dataclasses.asdict(data), default=json_value))
    return values


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def from_json(raw: dict[str, Any]) -> EventInput:
    from db.event_store import (
        EventInput,
        OrganizerInput,
        ProgramInput,
        SourceInput,
        SpeakerInput,
    )
    from db.models import DatePrecision, EventStatus, OrganizerRole, PlacePrecision

    source = raw.get("source") or {}
    return EventInput(
        title=raw.get("title", ""),
        start_date=_date(raw.get("start_date")),
        end_date=_date(raw.get("end_date")),
        date_precision=DatePrecision(raw.get("date_precision") or "day"),
        event_type=raw.get("event_type"),
        occasion=raw.get("occasion"),
        anniversary=raw.get("anniversary"),
        country=raw.get("country"),
        region=raw.get("region"),
        city=raw.get("city"),
        venue=raw.get("venue"),
        place_as_written=raw.get("place_as_written"),
        place_precision=PlacePrecision(raw["place_precision"])
        if raw.get("place_precision")
        else None,
        attendance=raw.get("attendance"),
        description=raw.get("description"),
        status=EventStatus(raw.get("status") or "draft"),
        organizers=[
            OrganizerInput(o["name"], OrganizerRole(o.get("role") or "organizer"))
            for o in raw.get("organizers", [])
        ],
        speakers=[
            SpeakerInput(s["name"], s.get("role"), s.get("organization"))
            for s in raw.get("speakers", [])
        ],
        program=[ProgramInput(p["item_type"], p.get("note")) for p in raw.get("program", [])],
        source=SourceInput(**{**source, "published_on": _date(source.get("published_on"))}),
        uuid=uuid.UUID(raw["uuid"]) if raw.get("uuid") else None,
        version=raw.get("version"),
    )


@dataclass
class Draft:
    key: str
    saved_at: dt.datetime
    database: str
    data: EventInput


class DraftStore:
    """Draft files for one data set (drafts of another data set are not offered).

    Given only an address (no open data set), drafts are known by that address alone."""

    def __init__(self, database: Database | str, folder: Path | None = None):
        self.address_only = isinstance(database, str)
        if isinstance(database, str):
            self.database, self.identity = data_set_key(database), None
        else:
            from db.identity import data_set_identity

            self.database = data_set_key(database.url)
            self.identity = data_set_identity(database.engine)
        self.folder = folder or drafts_dir()

    def save(self, key: str, data: EventInput) -> Path:
        document = {
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "database": self.database,
            "event": to_json(data),
        }
        return self._write(key, document)

    def _write(self, key: str, document: dict[str, Any]) -> Path:
        """Write a draft's file whole or not at all (temp + replace)."""
        if self.identity is not None:
            document["data_set"] = str(self.identity)
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{key}.json"
        partial = path.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
        return path

    def discard(self, key: str) -> None:
        (self.folder / f"{key}.json").unlink(missing_ok=True)

    def pending(self) -> list[Draft]:
        """Drafts of this data set left by an earlier run, newest first; unreadable ones skipped."""
        drafts = []
        for path in self.folder.glob("*.json") if self.folder.is_dir() else []:
            try:
                document = json.loads(path.read_text(encoding="utf-8"))
                if not self._ours(document):
                    continue
                if self.identity is not None and "data_set" not in document:
                    self._take_identity(path.stem, document)
                drafts.append(
                    Draft(
                        key=path.stem,
                        saved_at=dt.datetime.fromisoformat(document["saved_at"]),
                        database=document["database"],
                        data=from_json(document["event"]),
                    )
                )
            except (OSError, ValueError, KeyError, TypeError, ArgumentError) as error:
                log.warning("draft %s not offered: it cannot be read (%s)", path, error)
                continue
        return sorted(drafts, key=lambda draft: draft.saved_at, reverse=True)

    def _ours(self, document: dict[str, Any]) -> bool:
        """Whether a draft's document belongs to this data set: by the identity both have,
        else (a draft written before identities, or a data set that has none) by the
        address, compared without a password (drafts written before kept it). A draft of
        a data set with an identity is never offered in an open one without: that is
        another data set."""
        identity: str | None = document.get("data_set")
        if identity is not None and not self.address_only:
            return identity == str(self.identity)
        return data_set_key(document.get("database") or "") == self.database

    def _take_identity(self, key: str, document: dict[str, Any]) -> None:
        """Give a draft known by address only its data set's identity, so it follows the
        data set from now on; in a folder that cannot be written it stays as it was."""
        try:
            self._write(key, dict(document))
        except OSError as error:
            log.warning("draft %s keeps its data file's address: %s", key, error)
