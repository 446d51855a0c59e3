"""Take back one import (or merge) batch, from its change-log rows alone.

Inserted events are removed with their child rows, updated events get their old
values back through the event store, organizations the batch changed get their
old name, place, kind, parent and aliases back, organizations and people the
batch made are removed when nothing else refers to them. The undo is itself logged as a
batch. An event changed again after the batch is not silently reverted: the
undo refuses and names it.

A merge's batch holds, besides its own rows ("insert", "merge"), the other office's
history rows it copied and the clerk's "kept" decisions: the undo deletes those, and
logs its own event changes as "undo", which the next merge's history comparison leaves
out as it does "merge". Both logs then read as before the merge, so the next merge with
that office offers their changes again exactly as the undone one did. A merge's trash
moves ("deleted_at" in its rows) are put back too, the names it gave our
organizations and people as aliases are taken away, and the fields empty here that it
filled with the other office's values are emptied again.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, exists, func, or_, select, update
from sqlalchemy.orm import Session

from db.change_values import items
from db.engine import Database
from db.event_store import (
    SOURCE_FIELDS,
    EventInput,
    OrganizerInput,
    ProgramInput,
    SpeakerInput,
    json_value,
)
from db.messages import _, ngettext
from db.models import (
    ChangeLog,
    City,
    DatePrecision,
    Event,
    EventOrganizer,
    EventSource,
    EventSpeaker,
    EventStatus,
    Occasion,
    Organization,
    OrganizerRole,
    Person,
    PlacePrecision,
    Source,
)
from db.names import normalize
from desktop.importing.apply import BatchStore
from desktop.importing.bulk import table_of
from desktop.importing.errors import UndoError
from desktop.importing.organizations import restore_organization


@dataclass
class UndoResult:
    batch_id: uuid.UUID
    undo_batch_id: uuid.UUID
    removed: int = 0
    restored: int = 0
    removed_records: int = 0


def batch_events(database: Database, batch_id: uuid.UUID) -> list[uuid.UUID]:
    """The events a batch (an import, a merge, an undo) touched, by its change-log rows, in
    the order it touched them: what the window selects after the step."""
    with database.sessions() as session:
        rows = session.scalars(
            select(ChangeLog.record_uuid)
            .where(ChangeLog.batch_id == batch_id, ChangeLog.table_name == "event")
            .order_by(ChangeLog.id)
        )
        return list(dict.fromkeys(u for u in rows if u is not None))


def undo_batch(
    database: Database, batch_id: uuid.UUID | str, user: str | None = None
) -> UndoResult:
    """Undo every change of ``batch_id``; raises UndoError when that is not safe."""
    batch_id = uuid.UUID(str(batch_id))
    undo_id = uuid.uuid4()
    result = UndoResult(batch_id, undo_id)
    with database.sessions() as session, session.begin():
        rows = session.scalars(
            select(ChangeLog).where(ChangeLog.batch_id == batch_id).order_by(ChangeLog.id)
        ).all()
        if not rows:
            raise UndoError(
                _("There is no import or merge batch {batch} to undo.").format(batch=batch_id)
            )
        undone = session.scalar(select(ChangeLog.id).where(
            ChangeLog.table_name == "batch", ChangeLog.record_uuid == batch_id,
            ChangeLog.action == "undo").limit(1))
        if undone is not None:
            raise UndoError(_("Batch {batch} was already undone.").format(batch=batch_id))
        last = max(r.id for r in rows)
        events = {r.record_uuid: r for r in rows if r.table_name == "event"}
        later = session.execute(
            select(ChangeLog.record_uuid, ChangeLog.summary).where(
                ChangeLog.id > last, ChangeLog.table_name == "event",
                ChangeLog.record_uuid.in_([u for u in events if u is not None]),
                or_(ChangeLog.batch_id.is_(None), ChangeLog.batch_id != batch_id),
            )
        ).all()
        if later:
            titles = ", ".join(sorted({s or str(u) for u, s in later})[:5])
            count = len({u for u, _s in later})
            raise UndoError(ngettext(
                "{count} event of this batch was changed after it ({titles}); undo refused so "
                "that later work is not lost.",
                "{count} events of this batch were changed after it ({titles}); undo refused so "
                "that later work is not lost.",
                count,
            ).format(count=count, titles=titles))
        _refuse_later_organization_changes(session, batch_id, rows, last)
        merge = any(r.table_name == "merge" for r in rows)
        store = _UndoStore(session, undo_id, user, merge)
        changed = "merge" if merge else "update"
        restored: set[uuid.UUID | None] = set()
        for record in reversed([r for r in rows if r.table_name == "event"]):
            if record.action == "insert":
                _remove_event(session, store, record)
                result.removed += 1
            elif record.action == changed:
                _restore(store, record)
                restored.add(record.record_uuid)
            elif merge:  # history the merge copied from them, or a "kept" decision
                session.delete(record)
        result.restored = len(restored)
        _restore_organizations(session, store, list(rows))
        if merge:
            _restore_people(session, store, list(rows))
            _empty_filled(session, store, list(rows))
        result.removed_records = _remove_records(session, store, list(rows))
        store.log_change("batch", batch_id, None, "undo", None, summary=f"undone by {undo_id}")
    return result


class _UndoStore(BatchStore):
    """The undo's store: the event rows of a merge's undo are logged as "undo"."""

    def __init__(self, session: Session, batch_id: uuid.UUID, user: str | None, merge: bool):
        super().__init__(session, batch_id, user)
        self.merge = merge
        self.what = "merge" if merge else "import"
        """What is undone, for the summaries of the undo's rows."""

    def log_change(
        self,
        table: str,
        record_uuid: uuid.UUID | None,
        record_id: int | None,
        action: str,
        changes: Mapping[str, object] | None,
        summary: str | None = None,
    ) -> None:
        if self.merge and table == "event":
            action = "undo"
        super().log_change(table, record_uuid, record_id, action, changes, summary)


def _remove_event(session: Session, store: _UndoStore, record: ChangeLog) -> None:
    event = session.scalar(select(Event).where(Event.uuid == record.record_uuid))
    if event is None:
        return
    sources = list(session.scalars(
        select(EventSource.source_id).where(EventSource.event_id == event.id)))
    store.log_change("event", event.uuid, event.id, "delete", record.changes and {
        k: [v[1], None] for k, v in record.changes.items()
    }, summary=f"undo of {store.what}: {event.title}")
    for model in (EventOrganizer, EventSpeaker, EventSource):
        session.execute(delete(model).where(model.event_id == event.id))
    events = table_of(Event)
    session.execute(delete(events).where(events.c.id == event.id))
    session.expunge(event)
    for source_id in sources:
        linked = session.scalar(select(exists().where(EventSource.source_id == source_id)))
        if not linked:
            session.execute(delete(Source).where(Source.id == source_id))


def _refuse_later_organization_changes(
    session: Session, batch_id: uuid.UUID, rows: Sequence[ChangeLog], last: int
) -> None:
    """An organization the batch made or changed and someone changed since is not reverted."""
    ids = {r.record_id for r in rows if r.table_name == "organization"
           and r.action in ("insert", "update") and r.record_id is not None}
    if not ids:
        return
    later = session.execute(
        select(ChangeLog.record_id, ChangeLog.summary).where(
            ChangeLog.id > last, ChangeLog.table_name == "organization",
            ChangeLog.record_id.in_(ids),
            or_(ChangeLog.batch_id.is_(None), ChangeLog.batch_id != batch_id),
        )
    ).all()
    if later:
        names = ", ".join(sorted({s or str(i) for i, s in later})[:5])
        raise UndoError(_(
            "{count} organization(s) of this batch were changed after it ({names}); undo "
            "refused so that later work is not lost."
        ).format(count=len({i for i, _s in later}), names=names))


def _restore_organizations(session: Session, store: _UndoStore, rows: list[ChangeLog]) -> None:
    """Organizations the batch changed get the values it replaced back, logged."""
    for record in reversed(rows):
        if record.table_name != "organization" or record.action != "update":
            continue
        found = session.get(Organization, record.record_id)
        if found is None or not record.changes:
            continue
        restore_organization(session, found, record.changes)
        session.flush()
        store.log_change("organization", found.uuid, found.id, "update",
                   {k: [v[1], v[0]] for k, v in record.changes.items()},
                   summary=f"undo of {store.what}: {found.name}")


def _restore_people(session: Session, store: BatchStore, rows: list[ChangeLog]) -> None:
    """People and occasions a merge gave their names as aliases lose those names again,
    logged (its only change to a person or occasion it did not make)."""
    for record in reversed(rows):
        if (record.table_name not in ("person", "occasion") or record.action != "update"
                or not record.changes):
            continue
        found: Person | Occasion | None = (
            session.get(Person, record.record_id) if record.table_name == "person"
            else session.get(Occasion, record.record_id))
        old, new = record.changes.get("aliases") or [None, None]
        added = {normalize(a) for a in new or []} - {normalize(a) for a in old or []}
        if found is None or not added:
            continue
        for alias in [a for a in found.aliases if a.normalized in added]:
            session.delete(alias)
        session.flush()
        name = found.full_name if isinstance(found, Person) else found.name
        store.log_change(record.table_name, found.uuid, found.id, "update",
                         {"aliases": [new, old]}, summary=f"undo of merge: {name}")


_FILLED_MODELS: dict[str, type[Organization | Person | Occasion | City]] = {
    "organization": Organization, "person": Person, "occasion": Occasion, "city": City}


def _empty_filled(session: Session, store: BatchStore, rows: list[ChangeLog]) -> None:
    """Fields of towns, occasions, organizations and people a merge filled with the other
    office's values are emptied again, logged; one a clerk changed since keeps its value."""
    for record in reversed(rows):
        model = _FILLED_MODELS.get(record.table_name)
        if model is None or record.action != "merge" or not record.changes:
            continue
        found = session.get(model, record.record_id)
        if found is None:
            continue
        undone = {name: [new, old] for name, (old, new) in record.changes.items()
                  if json_value(getattr(found, name, None)) == new}
        if not undone:
            continue
        for name, (_new, old) in undone.items():
            setattr(found, name, old)
        session.flush()
        store.log_change(record.table_name, record.record_uuid, record.record_id, "update",
                         undone, summary=f"undo of merge: {record.summary}")


def _remove_records(session: Session, store: BatchStore, rows: list[ChangeLog]) -> int:
    """Organizations, people, occasions and towns the batch created, when no event refers
    to them any more.

    A created organization that is the parent of one kept stays too; the ones removed
    lose their parent link first, so their order does not matter."""
    removed = 0
    organizations = _removable_organizations(session, rows)
    if organizations:
        session.execute(update(Organization).where(Organization.id.in_(organizations))
                        .values(parent_id=None))
    for record in rows:
        if record.action != "insert" or record.table_name not in (
                "organization", "person", "occasion", "city"):
            continue
        model: type[Organization | Person | Occasion | City]
        if record.table_name == "organization":
            used = record.record_id not in organizations
            model = Organization
        elif record.table_name in ("occasion", "city"):
            model = Occasion if record.table_name == "occasion" else City
            column = Event.occasion_id if model is Occasion else Event.city_id
            used = bool(session.scalar(select(func.count()).select_from(Event)
                                       .where(column == record.record_id)))
        else:
            used = bool(session.scalar(select(func.count()).select_from(EventSpeaker)
                                       .where(EventSpeaker.person_id == record.record_id)))
            model = Person
        if used:
            continue
        found = session.get(model, record.record_id, populate_existing=True)
        if found is not None:
            session.delete(found)
            store.log_change(record.table_name, record.record_uuid, record.record_id,
                       "delete", None, summary="undo of import")
            removed += 1
    session.flush()
    return removed


def _removable_organizations(session: Session, rows: list[ChangeLog]) -> set[int]:
    """Organizations the batch created that no event, speaker or kept organization uses."""
    made = {r.record_id for r in rows if r.table_name == "organization"
            and r.action == "insert" and r.record_id is not None}
    if not made:
        return set()
    used = set(session.scalars(select(EventOrganizer.organization_id)
                               .where(EventOrganizer.organization_id.in_(made))))
    used |= set(session.scalars(select(EventSpeaker.organization_id)
                                .where(EventSpeaker.organization_id.in_(made))))
    removable = made - used
    children = session.execute(select(Organization.id, Organization.parent_id)
                               .where(Organization.parent_id.in_(made))).all()
    while True:  # a parent of a kept organization is kept too
        kept = {parent for child, parent in children if child not in removable}
        if not kept & removable:
            return removable
        removable -= kept


def _restore(store: _UndoStore, record: ChangeLog) -> None:
    """Put back the old values of the fields the batch changed (and the trash state)."""
    assert record.record_uuid is not None
    changes = dict(record.changes or {})
    trash = changes.pop("deleted_at", None)
    if changes:
        data = store.load(record.record_uuid)
        for key, (old, _new) in changes.items():
            apply_snapshot_value(data, key, old)
        data.version = None
        store.save(data)
    if trash is not None:
        event = store.get(record.record_uuid)
        assert event is not None  # an event the batch changed is never removed
        event.deleted_at = dt.datetime.fromisoformat(trash[0]) if trash[0] else None
        event.updated_by = store.user
        store.session.flush()
        store.log_change("event", event.uuid, event.id, "undo", {"deleted_at": trash[::-1]},
                         summary=f"undo of {store.what}: {event.title}")


def apply_snapshot_value(data: EventInput, key: str, value: Any) -> None:
    """Set one field of ``data`` from its change-log (``snapshot``) form, as JSON gave it
    (organizers, speakers and program items structured, or as older rows wrote them)."""
    if key in ("start_date", "end_date"):
        setattr(data, key, dt.date.fromisoformat(value) if value else None)
    elif key == "date_precision":
        data.date_precision = DatePrecision(value or "day")
    elif key == "place_precision":
        data.place_precision = PlacePrecision(value) if value else None
    elif key == "status":
        data.status = EventStatus(value or "draft")
    elif key == "organizers":
        data.organizers = [
            OrganizerInput(i.get("organization") or "", OrganizerRole(i.get("role") or "organizer"))
            for i in items(key, value)]
    elif key == "speakers":
        data.speakers = [SpeakerInput(i.get("name") or "", i.get("role"), i.get("organization"))
                         for i in items(key, value)]
    elif key == "program":
        data.program = [ProgramInput(i.get("item") or "", i.get("note")) for i in items(key, value)]
    elif key.startswith("source_") and key[7:] in SOURCE_FIELDS:  # the store logs these
        name = key[7:]
        if name == "published_on" and value:
            value = dt.date.fromisoformat(value)
        setattr(data.source, name, value)
    elif hasattr(data, key):
        setattr(data, key, value)
