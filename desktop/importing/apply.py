"""Write a previewed import: every valid row or none, in one transaction, as one batch.

New events go in through SQLAlchemy Core in batches of a thousand (the ORM was
five times slower on 100,000 rows), as multi-row INSERTs whose RETURNING gives
each new id with its UUID (asking for the ids in parameter order would make
SQLAlchemy send one INSERT per row on SQLite); their references were resolved
once per distinct name during the preview, and the change-log snapshot and the
search text of each event are built batch by batch, never all at once. Updates
of stored events are few and go through :class:`~db.event_store.EventStore` so
they are validated and logged exactly like a form save, with only the file's
mapped fields overlaid on the stored event. Every change-log row of the import
carries one ``batch_id``, so ``undo_batch`` can take the whole import back. On
SQLite the new events reach the search index in one statement after the last batch
(:func:`~desktop.importing.bulk.search_filled_after`), not through a trigger per row.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from db.backup import make_backup
from db.change_log import SUMMARY_LENGTH, write_change
from db.engine import Database, sqlite_path
from db.event_store import EventInput
from db.messages import _
from db.models import (
    ChangeLog,
    Event,
    EventOrganizer,
    EventSource,
    EventSpeaker,
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
    ProgramItem,
    Source,
)
from db.names import normalize
from desktop.importing.bulk import paused_gc, search_filled_after, table_of
from desktop.importing.errors import ImportCancelled
from desktop.importing.organizations import apply_organizations
from desktop.importing.preview import ImportPreview, RowPlan
from desktop.importing.resolve import EVENT_KEYS, ImportStore

BATCH = 1000
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# EventInput attributes each mapped field sets when an update is overlaid.
OVERLAY: dict[str, tuple[str, ...]] = {
    "title": ("title",), "start_date": ("start_date", "date_precision"),
    "end_date": ("end_date",), "date_precision": ("date_precision",),
    "event_type": ("event_type",), "occasion": ("occasion",), "anniversary": ("anniversary",),
    "country": ("country",), "country_code": ("country",), "region": ("region",),
    "region_code": ("region",), "city": ("city",), "venue": ("venue",),
    "place_as_written": ("place_as_written",), "place_precision": ("place_precision",),
    "organizers": ("organizers",), "speakers": ("speakers",), "program": ("program",),
    "attendance": ("attendance",), "description": ("description",), "status": ("status",),
}
SOURCE_OVERLAY = {"source_publisher": "publisher", "source_passed_on_by": "passed_on_by",
                  "source_published": "published_on", "source_url": "url"}


@dataclass
class ImportResult:
    """What an import did; ``batch_id`` undoes it."""

    batch_id: uuid.UUID | None
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: int = 0
    created_organizations: list[str] = field(default_factory=list)
    created_people: list[str] = field(default_factory=list)
    backup: str | None = None
    seconds: float = 0.0


class BatchStore(ImportStore):
    """An import store whose change-log rows all carry the import's batch id."""

    def __init__(self, session: Session, batch_id: uuid.UUID, user: str | None = None):
        super().__init__(session, user)
        self.batch_id = batch_id
        self.merging = False
        """While true, updates are logged as "merge" (left out of merge history checks)."""
        self.source_by_url: dict[str, int] = {}
        """Source ids by address, so events of one import citing one address share it."""

    def log_change(
        self,
        table: str,
        record_uuid: uuid.UUID | None,
        record_id: int | None,
        action: str,
        changes: Mapping[str, object] | None,
        summary: str | None = None,
    ) -> None:
        if self.merging and action == "update":
            action = "merge"
        write_change(
            self.session, table, action, record_id=record_id, record_uuid=record_uuid,
            changes=changes, summary=summary, user=self.user, desk=self.desk,
            batch_id=self.batch_id,
        )

    def log_row(self, table: str, record_uuid: uuid.UUID, record_id: int, action: str,
                changes: dict[str, Any] | None, summary: str | None = None,
                at: dt.datetime | None = None) -> dict[str, Any]:
        """A change-log row as a dict, for executemany."""
        return {"at": at or _now(), "user": self.user, "desk": self.desk, "table_name": table,
                "record_uuid": record_uuid, "record_id": record_id, "action": action,
                "changes": changes, "batch_id": self.batch_id,
                "summary": summary[:SUMMARY_LENGTH] if summary else None}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def apply_import(
    database: Database,
    plan: ImportPreview,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    user: str | None = None,
    backup: bool = True,
) -> ImportResult:
    """Import the preview's insert and update rows in one transaction.

    Raises :class:`ImportCancelled` (and changes nothing) when ``cancelled()``
    turns true; a database error also rolls everything back.
    """
    started = time.perf_counter()
    writes = [row for row in plan.rows if row.action in ("insert", "update")]
    result = ImportResult(
        batch_id=None,
        unchanged=plan.count("unchanged"),
        skipped=plan.count("duplicate") + plan.count("stale"),
        errors=plan.count("error"),
    )
    if not writes and not any(c.accepted for c in plan.organization_changes):
        result.seconds = time.perf_counter() - started
        return result
    path = sqlite_path(database.url)
    if backup and path is not None and path.exists():
        result.backup = str(make_backup(path, "before-import"))
    batch_id = uuid.uuid4()
    check = cancelled or (lambda: False)
    total = len(writes)
    with database.sessions() as session, session.begin(), paused_gc():
        store = BatchStore(session, batch_id, user)
        inserts = [row for row in writes if row.action == "insert"]
        ids = apply_organizations(store, plan)
        ids.update(_create_records(store, plan, result))
        ids.update(_store_towns(store, plan))
        result.created_organizations += [r.name for r in plan.new_organizations if r.uuid]
        done = 0
        with search_filled_after(session):
            for start in range(0, len(inserts), BATCH):
                if check():
                    raise ImportCancelled(_("The import was stopped; nothing was changed."))
                chunk = inserts[start : start + BATCH]
                _insert_events(store, chunk, ids)
                done += len(chunk)
                if progress:
                    progress(done, total)
        for row in writes:
            if row.action != "update":
                continue
            if check():
                raise ImportCancelled(_("The import was stopped; nothing was changed."))
            _update_event(store, row, plan.fields)
            done += 1
            if progress and done % 50 == 0:
                progress(done, total)
        if check():
            raise ImportCancelled(_("The import was stopped; nothing was changed."))
        result.inserted = len(inserts)
        result.updated = total - len(inserts)
    result.batch_id = batch_id
    result.seconds = time.perf_counter() - started
    if progress:
        progress(total, total)
    return result


# --- new organizations and people --------------------------------------------------------

Ids = dict[tuple[str, str], int]


def _create_records(store: BatchStore, plan: ImportPreview, result: ImportResult) -> Ids:
    """Create the organizations and people the new rows name; returns {(kind, "new:key"): id}."""
    ids: Ids = {}
    session = store.session
    for kind, records, model, alias, owner, name_field in (
        ("organization", plan.new_organizations, Organization, OrganizationAlias,
         "organization_id", "name"),
        ("person", plan.new_people, Person, PersonAlias, "person_id", "full_name"),
    ):
        resolver = (store.gazetteer.resolve_organization if kind == "organization"
                    else store.gazetteer.resolve_person)
        fresh = []
        for record in records:
            if record.uuid is not None:  # a body of the Organizations sheet: made above
                continue
            found = resolver(record.name, fuzzy=False)  # made meanwhile by someone else?
            if found is not None:
                ids[(kind, f"new:{record.key}")] = found.id
            else:
                fresh.append(record)
        table = table_of(model)
        now = _now()
        for start in range(0, len(fresh), BATCH):
            chunk = fresh[start : start + BATCH]
            keys = [uuid.uuid4() for _ in chunk]
            values = [{"uuid": key, name_field: r.name} for key, r in zip(keys, chunk, strict=True)]
            made = _insert_returning_ids(session, table, values)
            session.execute(insert(table_of(alias)), [
                {owner: rid, "name": r.name, "normalized": normalize(r.name)}
                for rid, r in zip(made, chunk, strict=True)
            ])
            session.execute(insert(table_of(ChangeLog)), [
                store.log_row(kind, key, rid, "insert", {name_field: [None, r.name]}, at=now)
                for rid, r, key in zip(made, chunk, keys, strict=True)
            ])
            for rid, record in zip(made, chunk, strict=True):
                ids[(kind, f"new:{record.key}")] = rid
        names = [r.name for r in fresh]
        if kind == "organization":
            result.created_organizations = names
        else:
            result.created_people = names
    store.gazetteer.refresh()
    return ids


def _store_towns(store: BatchStore, plan: ImportPreview) -> Ids:
    """Store the GeoNames towns the new rows name, as a form's save does (with what the
    file wrote as an alias; logged); returns {("city", "world:<id>"): id}."""
    ids: Ids = {}
    for record in plan.new_towns:
        assert record.town is not None
        city = store.gazetteer.materialize_city(record.town, typed=record.name, user=store.user)
        ids[("city", record.key)] = city.id
    return ids


# --- events --------------------------------------------------------------------------------


def _ref(ids: Ids, kind: str, key: int | str | None) -> int | None:
    if key is None or isinstance(key, int):
        return key
    return ids[(kind, key)]


def _insert_returning_ids(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` (each with a "uuid") in one batch; their new ids, in row order."""
    made: dict[uuid.UUID, int] = {
        key: rid for key, rid in session.execute(
            insert(table).returning(table.c.uuid, table.c.id), rows
        )
    }
    return [made[row["uuid"]] for row in rows]


def _insert_events(store: BatchStore, rows: list[RowPlan], ids: Ids) -> None:
    """Insert one batch of new events with their organizers, speakers, program, sources, log."""
    session = store.session
    now = _now()
    user = store.user
    event_rows, snapshots = [], []
    for row in rows:
        resolved = row.resolved
        assert resolved is not None
        meta = row.meta
        state, words = resolved.snapshot_and_search_text()
        snapshots.append(state)
        values = dict(zip(EVENT_KEYS, resolved.event, strict=True))
        values["city_id"] = _ref(ids, "city", values["city_id"])
        values["uuid"] = resolved.uuid or uuid.uuid4()
        values["search_text"] = words
        values["created_at"] = meta.get("created_at") or now
        values["created_by"] = meta.get("created_by") or user
        values["updated_at"] = meta.get("updated_at") or now
        values["updated_by"] = meta.get("updated_by") or user
        values["version"] = 1
        event_rows.append(values)
    event_ids = _insert_returning_ids(session, table_of(Event), event_rows)
    organizers, speakers, program, logs = [], [], [], []
    for event_id, row, values, snap in zip(event_ids, rows, event_rows, snapshots, strict=True):
        resolved = row.resolved
        assert resolved is not None
        for position, (oid, role) in enumerate(resolved.organizers):
            organizers.append({"event_id": event_id, "role": role, "position": position,
                               "organization_id": _ref(ids, "organization", oid)})
        for position, (pid, role, org) in enumerate(resolved.speakers):
            speakers.append({"event_id": event_id, "person_id": _ref(ids, "person", pid),
                             "role": role, "position": position,
                             "organization_id": _ref(ids, "organization", org)})
        for position, (type_id, note) in enumerate(resolved.program):
            program.append({"event_id": event_id, "item_type_id": type_id, "note": note,
                            "position": position})
        changes = {k: [None, v] for k, v in snap.items() if v is not None}
        logs.append(store.log_row("event", values["uuid"], event_id, "insert", changes,
                                  summary=values["title"], at=now))
    links = _sources(store, rows, event_ids)
    for model, values_list in ((EventOrganizer, organizers), (EventSpeaker, speakers),
                               (ProgramItem, program), (EventSource, links),
                               (ChangeLog, logs)):
        if values_list:
            session.execute(insert(table_of(model)), values_list)


def _sources(
    store: BatchStore, rows: list[RowPlan], event_ids: list[int]
) -> list[dict[str, Any]]:
    """Source rows for the events: one per event, or one shared per URL (as the store does)."""
    session = store.session
    shared = store.source_by_url
    found = [(event_id, row.resolved.source) for event_id, row in zip(event_ids, rows,
                                                                       strict=True)
             if row.resolved is not None and row.resolved.source is not None]
    urls = {source.url for _id, source in found if source.url} - set(shared)
    url_list = sorted(u for u in urls if u)
    for start in range(0, len(url_list), 500):
        for sid, url in session.execute(
            select(Source.id, Source.url).where(Source.url.in_(url_list[start : start + 500]))
        ):
            if url is not None:
                shared.setdefault(url, sid)
    fresh: list[dict[str, Any]] = []
    owners: list[tuple[int, str | None]] = []
    for event_id, source in found:
        if source.url and source.url in shared:
            owners.append((event_id, source.url))
            continue
        fresh.append({
            "uuid": uuid.uuid4(), "publisher": source.publisher or None,
            "passed_on_by": source.passed_on_by or None, "published_on": source.published_on,
            "url": source.url or None, "language": source.language or None,
            "dateline": source.dateline or None, "full_text": source.full_text or None,
            "scale": source.scale or None,
        })
        owners.append((event_id, None))
        if source.url:
            shared[source.url] = -len(fresh)  # placeholder until the row has its id
    made: list[int] = []
    if fresh:
        made = _insert_returning_ids(session, table_of(Source), fresh)
        for url, sid in list(shared.items()):
            if sid < 0:
                shared[url] = made[-sid - 1]
    links, position = [], 0
    for event_id, url in owners:
        if url is not None:
            links.append({"event_id": event_id, "source_id": shared[url]})
        else:
            links.append({"event_id": event_id, "source_id": made[position]})
            position += 1
    return links


def _update_event(store: BatchStore, row: RowPlan, mapped: set[str]) -> None:
    """Overlay the file's mapped fields on the stored event and save it like the form does."""
    assert row.data is not None and row.data.uuid is not None
    current = store.load(row.data.uuid)
    overlay(current, row.data, mapped)
    event = store.save(current)
    meta = row.meta
    file_time = meta.get("updated_at")
    if file_time is not None and file_time > event.updated_at:
        event.updated_at = file_time
        event.updated_by = meta.get("updated_by") or event.updated_by
        store.session.flush()


def overlay(target: EventInput, source: EventInput, mapped: set[str]) -> None:
    """Copy onto ``target`` the attributes the mapped columns decide."""
    for name in mapped:
        # a start date brings its precision, which the row already took from a precision
        # column when there is one: either way the same value
        for attribute in OVERLAY.get(name, ()):
            setattr(target, attribute, getattr(source, attribute))
        if name in SOURCE_OVERLAY:
            setattr(target.source, SOURCE_OVERLAY[name],
                    getattr(source.source, SOURCE_OVERLAY[name]))
