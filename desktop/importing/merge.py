"""Merge another office's database into this one, losing nobody's work.

Events match by UUID. Whether a side changed an event "since they last met"
is read from the change logs: every change-log row travels with the event it
describes when a merge copies it, so rows both logs hold are common history and
a row only one side holds is that side's change since. Only theirs changed:
take theirs. Only mine: keep mine. Both (or no history to tell): a conflict,
returned for a decision (keep mine, take theirs, or field by field) and never
decided here. A decision that keeps any of mine is logged for the event as
"kept" (their value, the value kept): a row only this side holds, so the next
merge of unchanged files reads "only mine changed" even where no history told
the sides apart, and a later change of theirs is a conflict again.

Reference records (towns their events use, occasions, organizations, people)
match by UUID, then by name or alias (a town: by its world-list id, then by name
in its country); their names become aliases of ours (logged) so the events
resolve to one record. Their events are therefore compared in our names: a
record renamed or spelled otherwise there is the same record here, and no
difference of the event. A record new here comes with the fields their clerk
filled in, unless only events the merge leaves out (skipped look-alikes, ours
kept) name it: nothing here would use it, so it waits for such an event and the
report names it.

A field our copy of a shared record (an event, a town, occasion, organization or
person) has empty and theirs has filled is a fill-in, not a difference to decide: it is
listed before the merge (the clerk may leave any out), filled by the merge, logged as its
change, named in the report and emptied again by its undo. An event field ours emptied
since the sides met is ours to keep and no fill-in; a field both filled differently is
a conflict as before. The counts before the merge are those of :func:`expected`: what the
merge adds with the decisions made, not all it compared.

No state table is needed for this. The merge's own rows are logged with the
action "merge" and one batch id, and are left out of the history comparison; the
rows it copies from them carry that batch id too. Undoing the merge
(:func:`desktop.importing.undo.undo_batch`) reverses its own rows, logged as
"undo" (left out like "merge"), and deletes the rows it copied and its "kept"
rows: the two logs are then as they were before the merge, and the next merge
offers exactly what this one did.

Their new events that look like ours (the duplicate check of the event form) are
listed beside ours and added only when the clerk chooses to: a duplicate in the
reports is a wrong count, while a skipped event is not lost. It stays in their
file, keeps no trace here but the merge's change-log row, which names it, and
stays one of their new events: the next merge offers it again and says it was
skipped, even when it no longer looks like any event here.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import create_engine, insert, make_url, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from db.backup import integrity_problem, make_backup, snapshot
from db.change_values import items
from db.copy import temporary_folder
from db.duplicates import DuplicateFinder
from db.engine import (
    Database,
    current_revision,
    head_revision,
    open_database,
    restorable_problem,
    sqlite_path,
    to_url,
)
from db.event_store import EventInput, json_value, to_input
from db.gazetteer import Gazetteer
from db.messages import _
from db.models import (
    ChangeLog,
    City,
    CityAlias,
    Country,
    Event,
    EventOrganizer,
    EventSpeaker,
    Occasion,
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
    ProgramItem,
    Region,
)
from db.names import normalize
from db.reference_kinds import REFERENCE_KINDS
from db.reference_service import ReferenceService
from desktop.importing.apply import OVERLAY, SOURCE_OVERLAY, BatchStore, _insert_events, overlay
from desktop.importing.bulk import table_of
from desktop.importing.errors import ImportCancelled, MergeError
from desktop.importing.preview import RowPlan
from desktop.importing.resolve import ImportStore
from desktop.importing.state import SOURCE_KEYS, StoredEvent, load_events
from desktop.importing.undo import apply_snapshot_value

Choice = Literal["mine", "theirs"]
Decision = Choice | dict[str, Choice]
ALL_FIELDS = set(OVERLAY) | set(SOURCE_OVERLAY)
COMPARED = ("start_date", "end_date", "title", "city", "region", "venue", "organizers")
"""What a look-alike pair shows side by side: what a clerk tells two events apart by."""
_HISTORY_SKIP = ("insert", "merge", "undo")
"""Actions of a side's own housekeeping, never a change of the event since the sides met."""


@dataclass
class MergeConflict:
    """One event both sides changed: both versions, and the fields that differ."""

    uuid: uuid.UUID
    title: str
    mine: dict[str, object]
    theirs: dict[str, object]
    fields: list[str]


@dataclass(frozen=True)
class SeparateHere:
    """Their record matches one of ours and has a name another record of ours answers to:
    a fold of two records made there and not here. The merge leaves our two records apart
    (giving the name to ours as an alias would make one name answer to two records) and
    says so."""

    kind: str
    ours: str
    """Our record that theirs matched."""
    other: str
    """Our other record, which answers to one of their record's names."""


@dataclass
class LookAlike:
    """Their new event that looks like events of ours, or was skipped as one at an earlier
    merge. The merge adds it only for the decision "theirs" ("mine": keep ours only)."""

    uuid: uuid.UUID
    theirs: dict[str, object]
    """Their event's :data:`COMPARED` values, organizers in our names."""
    ours: list[dict[str, object]]
    """The look-alikes here (with their "uuid"); none when only an earlier skip names it."""
    differs: list[str]
    """The :data:`COMPARED` fields in which theirs differs from the first of ours."""
    skipped_before: dt.datetime | None = None
    """When an earlier merge, not undone, skipped it."""


@dataclass(frozen=True)
class FillIn:
    """A field of a record both offices have (an event, or a town, occasion, organization or
    person) that ours has empty and theirs has filled. The merge fills ours with theirs
    unless the clerk leaves it out; a field both filled differently is a conflict instead
    (an event's) or stays ours (a reference record's)."""

    kind: str
    """"event" or a reference kind."""
    uuid: uuid.UUID
    """Our record's."""
    name: str
    """Our record's name (an event's title)."""
    field: str
    value: Any
    """Theirs: an event's as its change log writes it, a record's as stored."""


@dataclass
class MergePlan:
    peer: str
    add: list[uuid.UUID] = field(default_factory=list)
    take: list[uuid.UUID] = field(default_factory=list)
    keep: list[uuid.UUID] = field(default_factory=list)
    same: list[uuid.UUID] = field(default_factory=list)
    conflicts: list[MergeConflict] = field(default_factory=list)
    new_organizations: list[str] = field(default_factory=list)
    new_people: list[str] = field(default_factory=list)
    new_occasions: list[str] = field(default_factory=list)
    new_cities: list[str] = field(default_factory=list)
    inputs: dict[uuid.UUID, tuple[EventInput, dict[str, Any]]] = field(default_factory=dict)
    history: dict[uuid.UUID, list[dict[str, Any]]] = field(default_factory=dict)
    references: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    look_alikes: list[LookAlike] = field(default_factory=list)
    """Those of ``add`` that may repeat ours: added only when decided "theirs"."""
    separate_here: list[SeparateHere] = field(default_factory=list)
    fill_ins: list[FillIn] = field(default_factory=list)
    """Their values for fields empty here: made unless left out (``apply_merge``'s fills)."""


@dataclass
class MergeReport:
    """What a merge did; ``conflicts`` are those still waiting for a decision."""

    peer: str
    batch_id: uuid.UUID | None
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: int = 0
    kept_mine: list[str] = field(default_factory=list)
    conflicts: list[MergeConflict] = field(default_factory=list)
    added_organizations: list[str] = field(default_factory=list)
    added_people: list[str] = field(default_factory=list)
    added_occasions: list[str] = field(default_factory=list)
    added_cities: list[str] = field(default_factory=list)
    skipped_look_alikes: list[LookAlike] = field(default_factory=list)
    """Their new events that look like ours and were not added (named in the change log)."""
    held_back_organizations: list[str] = field(default_factory=list)
    held_back_people: list[str] = field(default_factory=list)
    held_back_occasions: list[str] = field(default_factory=list)
    held_back_cities: list[str] = field(default_factory=list)
    """Their new records that only events this merge leaves out name: not added (nothing
    here would use them); they come with such an event when a later merge adds it."""
    filled: list[FillIn] = field(default_factory=list)
    """Empty fields here the merge filled with theirs (logged; its undo empties them)."""


# --- opening the other database ---------------------------------------------------------


def shown_peer(peer: str | Path) -> str:
    """The other database as messages and the change log name it: a file by its path, a
    server without its password (the log travels with every copy of the data set)."""
    url = to_url(str(peer))
    path = sqlite_path(url)
    return str(path) if path is not None else make_url(url).render_as_string(hide_password=True)


def open_peer(peer: str | Path, workdir: Path) -> Database:
    """The other office's data, read from a copy (a SQLite file is never written to)."""
    url = to_url(str(peer))
    path = sqlite_path(url)
    try:
        if path is not None:
            if not path.exists():
                raise MergeError(_("There is no database file {path}.").format(path=path))
            damaged = integrity_problem(path)  # why, in a few words (not the start's advice)
            if damaged is not None:
                raise MergeError(_("{path} is damaged ({problem}), so it cannot be merged. "
                                   "Ask the other office for a new copy of its data file."
                                   ).format(path=path, problem=damaged))
            problem = restorable_problem(path)  # said of the file itself, not of the copy
            if problem is not None:
                raise MergeError(_("{path} cannot be merged: {problem}.").format(
                    path=path, problem=problem))
            copy = workdir / "peer.sqlite"
            snapshot(path, copy)  # read-only (immutable on read-only media)
            return open_database(copy, load_reference=False)
        engine = create_engine(url)
        if current_revision(engine) != head_revision():
            engine.dispose()
            raise MergeError(_("The other database's schema is not this version's; open it "
                               "once with this version of the app first."))
        return Database(engine, sessionmaker(engine, expire_on_commit=False), url, False)
    except MergeError:
        raise
    except Exception as error:
        raise MergeError(_("Cannot read the other office's database {peer}: {error}").format(
            peer=shown_peer(peer), error=_reason(error))) from error


def _reason(error: Exception) -> str:
    """A database error in the clerk's words (the server's or SQLite's go to the log)."""
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(error, SQLAlchemyError):
        from db.errors import describe_database_error

        return describe_database_error(error)
    return str(error)


# --- planning ---------------------------------------------------------------------------------


def plan_merge(database: Database, peer: str | Path,
               cancelled: Callable[[], bool] | None = None) -> MergePlan:
    """Compare ``peer`` with this database; reads both, writes neither."""
    check = cancelled or (lambda: False)
    workdir = temporary_folder("merge")  # cleaned at the next start if this is killed
    try:
        other = open_peer(peer, workdir)
        try:
            with other.sessions() as theirs_session, database.sessions() as mine_session:
                return _plan(shown_peer(peer), mine_session, theirs_session, check)
        finally:
            other.dispose()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


History = dict[str, dict[str, Any]]
"""Change-log rows as dicts, by a fingerprint that is the same on both sides."""


def _fingerprints(session: Session, uuids: list[uuid.UUID]) -> dict[uuid.UUID, History]:
    out: dict[uuid.UUID, History] = defaultdict(dict)
    for start in range(0, len(uuids), 500):
        for row in session.scalars(select(ChangeLog).where(
            ChangeLog.table_name == "event", ChangeLog.record_uuid.in_(uuids[start:start + 500])
        ).order_by(ChangeLog.id)):
            if row.action in _HISTORY_SKIP or row.record_uuid is None:
                continue
            key = json.dumps([row.at.isoformat(), row.user, row.desk, row.action, row.changes],
                             sort_keys=True, default=str)
            out[row.record_uuid][key] = {
                "at": row.at, "user": row.user, "desk": row.desk, "table_name": "event",
                "record_uuid": row.record_uuid, "action": row.action, "changes": row.changes,
                "summary": row.summary,
            }
    return out


_NOT_FILLED = ("deleted", "date_precision", "place_precision", "status")
"""Event fields that always hold a value (an empty one is not a gap theirs could fill)."""


def _fills(ours: object, theirs: object) -> bool:
    """Whether their value fills an empty field of ours (lists, as organizers, are the
    event's own and differ as a whole)."""
    def empty(value: object) -> bool:
        return value is None or (isinstance(value, str) and not value.strip())

    return empty(ours) and not empty(theirs) and not isinstance(theirs, list | dict | bool)


def _state(event: StoredEvent) -> dict[str, object]:
    return {**event.snapshot, **event.source, "deleted": event.deleted_at is not None}


def _plan(peer: str, mine: Session, theirs: Session, check: Callable[[], bool]) -> MergePlan:
    plan = MergePlan(peer)
    plan.references = _reference_rows(theirs)
    names = _our_names(mine, plan)
    their_events = load_events(theirs)
    my_events = load_events(mine, list(their_events))
    their_states: dict[uuid.UUID, dict[str, object]] = {}
    differing: list[uuid.UUID] = []
    for key, event in their_events.items():
        if check():
            raise ImportCancelled(_("The merge was stopped; nothing was changed."))
        here = my_events.get(key)
        if here is None:
            plan.add.append(key)
            continue
        their_states[key] = _in_our_names(_state(event), names)
        if _state(here) == their_states[key]:
            plan.same.append(key)
        else:
            differing.append(key)
    mine_history = _fingerprints(mine, differing)
    their_history = _fingerprints(theirs, [*differing, *plan.add])
    for key in differing:
        mine_rows, their_rows = mine_history.get(key, {}), their_history.get(key, {})
        mine_changed = bool(set(mine_rows) - set(their_rows))
        theirs_changed = bool(set(their_rows) - set(mine_rows))
        if theirs_changed and not mine_changed:
            plan.take.append(key)
            continue
        a, b = _state(my_events[key]), their_states[key]
        mine_since = {name for fp in set(mine_rows) - set(their_rows)
                      for name in mine_rows[fp]["changes"] or {}}
        fills = [name for name in b if name not in mine_since and name not in _NOT_FILLED
                 and _fills(a.get(name), b.get(name))]
        plan.fill_ins += [FillIn("event", key, str(a.get("title")), name, b.get(name))
                          for name in fills]
        fields = [k for k in a if a.get(k) != b.get(k) and k not in fills]
        if (mine_changed and not theirs_changed) or not fields:
            plan.keep.append(key)
        else:
            plan.conflicts.append(MergeConflict(key, str(a.get("title")), a, b, fields))
    for key in [*plan.add, *plan.take, *(c.uuid for c in plan.conflicts)]:
        mine_rows = mine_history.get(key, {})
        plan.history[key] = [row for fp, row in their_history.get(key, {}).items()
                             if fp not in mine_rows]
    wanted = [*plan.add, *plan.take, *(c.uuid for c in plan.conflicts)]
    for start in range(0, len(wanted), 500):
        for record in theirs.scalars(select(Event).where(Event.uuid.in_(wanted[start:start + 500]))
                                     .options(
            selectinload(Event.organizers).selectinload(EventOrganizer.organization),
            selectinload(Event.speakers).selectinload(EventSpeaker.person),
            selectinload(Event.speakers).selectinload(EventSpeaker.organization),
            selectinload(Event.program).selectinload(ProgramItem.item_type),
            selectinload(Event.sources),
        )):
            plan.inputs[record.uuid] = (to_input(record), {
                "created_at": record.created_at, "created_by": record.created_by,
                "updated_at": record.updated_at, "updated_by": record.updated_by,
                "deleted_at": record.deleted_at,
            })
    _find_look_alikes(mine, plan, names.get("organization", {}))
    return plan


Names = dict[str, dict[str, str]]
"""By kind ("organization", "person"): their record's name → the name of ours it matches."""


def _our_names(mine: Session, plan: MergePlan) -> Names:
    """Which of our records each of their towns, occasions, organizations and people is
    (the records the merge gives their names as aliases); those with none here are new,
    listed in the plan, and names another record of ours answers to are listed as kept
    apart (but towns: two towns of one name are common)."""
    gazetteer = ImportStore(mine).gazetteer
    service = ReferenceService(mine)
    out: Names = {}
    for kind, rows in plan.references.items():
        ref = REFERENCE_KINDS[kind]
        ours = out.setdefault(kind, {})
        for row in rows:
            record = _matching_record(mine, gazetteer, kind, row)
            if record is None:
                _listed(plan, "new", kind).append(row["names"][0])
                continue
            our_name = getattr(record, ref.name_attr)
            ours[row["names"][0]] = our_name
            known = {(fill.uuid, fill.field) for fill in plan.fill_ins}
            plan.fill_ins += [
                FillIn(kind, record.uuid, our_name, name, value)
                for name, value in row["values"].items()
                if name in _FILLED_FIELDS.get(kind, ref.fields)
                and (record.uuid, name) not in known and _fills(getattr(record, name), value)]
            if kind == "city":  # two towns of one name are common, and stay two
                continue
            plan.separate_here += [
                SeparateHere(kind, our_name, clash.other)
                for clash in service.name_clashes(ref, record, row["names"])]
    return out


_FILLED_FIELDS = {"city": ("name_ru", "name_az", "population", "latitude", "longitude")}
"""A town's fields a merge fills in (its world-list id names another town, not a gap)."""


MERGED_KINDS = {"city": "cities", "occasion": "occasions", "organization": "organizations",
                "person": "people"}
"""The reference kinds the merge matches and brings over, by the word of their lists."""


def _listed(owner: MergePlan | MergeReport, what: str, kind: str) -> list[str]:
    """The plan's or report's list of names of ``kind`` (``what``: new, added, held_back)."""
    names: list[str] = getattr(owner, f"{what}_{MERGED_KINDS[kind]}")
    return names


def plan_notes(plan: MergePlan) -> list[str]:
    """What the clerk should know before merging, beyond the counts: their new events that
    look like ours (listed one by one apart), and records they folded into one that stay
    two here."""
    notes = []
    if plan.look_alikes:
        notes.append(_(
            "{count} of their new events look like events already recorded here, or were "
            "skipped as such before. Each is added only if you choose to add it; a skipped "
            "one is named in the merge's change log and offered again at the next merge."
        ).format(count=len(plan.look_alikes)))
    for separate in plan.separate_here:
        text = {
            "organization": _("The other office counts the organization “{name}” as "
                              "“{ours}”; here they are two organizations, and the merge "
                              "leaves them so. If they are one, merge them in the reference "
                              "lists."),
            "person": _("The other office counts “{name}” as the person “{ours}”; here they "
                        "are two people, and the merge leaves them so. If they are one, merge "
                        "them in the reference lists."),
            "occasion": _("The other office counts the occasion “{name}” as “{ours}”; here "
                          "they are two occasions, and the merge leaves them so. If they are "
                          "one, merge them in the reference lists."),
        }[separate.kind]
        notes.append(text.format(name=separate.other, ours=separate.ours))
    return notes


def _matching_record(session: Session, gazetteer: Gazetteer, kind: str,
                     row: dict[str, Any]) -> Organization | Person | Occasion | City | None:
    """Our record for one of theirs: the same UUID, else the first of its names known here
    exactly (a near name may be another body, person or occasion)."""
    model = REFERENCE_KINDS[kind].model
    record: Organization | Person | Occasion | City | None = session.scalar(
        select(model).where(model.uuid == row["uuid"]))
    if kind == "city":
        return record or _matching_city(session, row)
    resolve: dict[str, Callable[..., Organization | Person | Occasion | None]] = {
        "organization": gazetteer.resolve_organization, "person": gazetteer.resolve_person,
        "occasion": gazetteer.resolve_occasion}
    for name in row["names"]:
        if record is not None:
            break
        record = resolve[kind](name, fuzzy=False)
    return record


def _matching_city(session: Session, row: dict[str, Any]) -> City | None:
    """Our town for theirs: the same world-list town, else one of its names in the same
    country, in the same region if one such is there."""
    values = row["values"]
    if values["geonames_id"] is not None:
        found = session.scalar(select(City).where(City.geonames_id == values["geonames_id"]))
        if found is not None:
            return found
    keys = [normalize(name) for name in row["names"]]
    towns = session.scalars(select(City).join(CityAlias).join(Country).where(
        Country.code == row["country"], CityAlias.normalized.in_(keys)).distinct()).all()
    region = _our_region(session, row)
    same_region = [town for town in towns if region is not None and town.region_id == region]
    return next(iter(same_region or towns), None)


def _our_region(session: Session, row: dict[str, Any]) -> int | None:
    """Our region for their town's: the same record, else the same code."""
    their_uuid, code = row["region"]
    found = session.scalar(select(Region.id).where(Region.uuid == their_uuid))
    if found is None and code:
        found = session.scalar(select(Region.id).where(Region.code == code))
    return found


def _in_our_names(state: dict[str, object], names: Names) -> dict[str, object]:
    """Their event's state with their towns, occasions, organizations and people named as
    ours are: what taking their version would store here."""
    organizations, people = names.get("organization", {}), names.get("person", {})
    occasion, city = state.get("occasion"), state.get("city")

    def organization(name: str | None) -> str | None:
        return organizations.get(name, name) if name is not None else None

    return {
        **state,
        "occasion": (names.get("occasion", {}).get(occasion, occasion)
                     if isinstance(occasion, str) else occasion),
        "city": names.get("city", {}).get(city, city) if isinstance(city, str) else city,
        "organizers": [{**i, "organization": organization(i.get("organization"))}
                       for i in items("organizers", state.get("organizers"))],
        "speakers": [{**i, "name": people.get(i.get("name") or "", i.get("name")),
                      "organization": organization(i.get("organization"))}
                     for i in items("speakers", state.get("speakers"))],
    }


def _find_look_alikes(mine: Session, plan: MergePlan, organizations: dict[str, str]) -> None:
    """List their new events that are probably events recorded here under another id, and
    those an earlier merge skipped as such (ours may have changed or gone since)."""
    finder = DuplicateFinder(mine)
    facts = {key: finder.facts(plan.inputs[key][0]) for key in plan.add if key in plan.inputs}
    known = {key: f for key, f in facts.items() if f is not None}
    found = dict(zip(known, finder.find_many(list(known.values())), strict=True))
    skipped = _skipped_before(mine)
    for key in plan.add:
        if not found.get(key) and key not in skipped:
            continue
        theirs = _compared(plan.inputs[key][0], organizations)
        ours = [{**_compared(to_input(event), {}), "uuid": event.uuid}
                for event in found.get(key, [])]
        differs = [name for name in COMPARED if ours and ours[0][name] != theirs[name]]
        plan.look_alikes.append(LookAlike(key, theirs, ours, differs, skipped.get(key)))


def _compared(data: EventInput, organizations: dict[str, str]) -> dict[str, object]:
    """An event's :data:`COMPARED` values; organizers named as ``organizations`` maps them."""
    return {
        "start_date": data.start_date, "end_date": data.end_date, "title": data.title,
        "city": data.city, "region": data.region, "venue": data.venue,
        "organizers": [organizations.get(o.name, o.name) for o in data.organizers],
    }


def _skipped_before(mine: Session) -> dict[uuid.UUID, dt.datetime]:
    """Their events that merges not undone since skipped as look-alikes, with when."""
    undone = select(ChangeLog.record_uuid).where(
        ChangeLog.table_name == "batch", ChangeLog.action == "undo",
        ChangeLog.record_uuid.is_not(None))
    out: dict[uuid.UUID, dt.datetime] = {}
    for at, changes in mine.execute(select(ChangeLog.at, ChangeLog.changes).where(
        ChangeLog.table_name == "merge", ChangeLog.batch_id.not_in(undone)
    ).order_by(ChangeLog.id)):
        for item in (changes or {}).get("skipped", []):
            out.setdefault(uuid.UUID(item["uuid"]), at)
    return out


def event_text(values: dict[str, object]) -> str:
    """One side of a look-alike pair in a line: date, title, town, venue, organizers."""
    start, end = values.get("start_date"), values.get("end_date")
    when = f"{start} – {end}" if end and end != start else str(start or "")
    organizers = values.get("organizers")
    parts = [when, values.get("title"), values.get("city"), values.get("venue"),
             ", ".join(organizers) if isinstance(organizers, list) else None]
    return " · ".join(str(part) for part in parts if part)


def look_alike_lines(alike: LookAlike) -> list[str]:
    """A look-alike pair as the command line lists it: theirs, ours, what differs."""
    from desktop.importing.mapping import field_label

    lines = [_("  theirs: {event} ({uuid})").format(event=event_text(alike.theirs),
                                                  uuid=alike.uuid)]
    if alike.skipped_before is not None:
        lines.append(_("    skipped at the merge of {date}").format(
            date=alike.skipped_before.date().isoformat()))
    lines += [_("  ours:   {event}").format(event=event_text(ours)) for ours in alike.ours]
    if not alike.ours:
        lines.append(_("  ours:   none looks like it now"))
    elif alike.differs:
        lines.append(_("  differs: {fields}").format(
            fields=", ".join(field_label(name) for name in alike.differs)))
    return lines


def fill_label(fill: FillIn) -> str:
    """The field of a fill-in as the clerk knows it (an event's as the template heads it)."""
    from desktop.importing.mapping import field_label

    labels = {"short_name": _("Short name"), "kind": _("Kind"), "contacts": _("Contacts"),
              "notes": _("Notes"), "name_ru": _("Name in Russian"),
              "name_az": _("Name in Azerbaijani"), "reference_date": _("Reference date"),
              "population": _("Population"), "latitude": _("Latitude"),
              "longitude": _("Longitude")}
    return field_label(fill.field) if fill.kind == "event" else labels.get(fill.field,
                                                                            fill.field)


def fill_in_line(fill: FillIn) -> str:
    """A fill-in in a line: the record, the field, their value."""
    return _("  {name}: {field} = {value}").format(
        name=fill.name, field=fill_label(fill), value=fill.value)


def _skipped_look_alikes(plan: MergePlan, decisions: dict[uuid.UUID, Decision]
                        ) -> list[LookAlike]:
    """The look-alikes the merge leaves out: all but those decided "theirs"."""
    return [alike for alike in plan.look_alikes if decisions.get(alike.uuid) != "theirs"]


def _reference_rows(theirs: Session) -> dict[str, list[dict[str, Any]]]:
    """Their towns, occasions, organizations and people with every name, to match against
    ours; the fields their clerk filled in (a new record comes with them); and the UUIDs of
    their events that name each (as town, occasion, organizer, speaker or speaker's body).
    Only the towns their events use: the others are the world list's, there as here."""
    links: dict[str, list[Any]] = {
        "city": [select(Event.city_id, Event.uuid)],
        "occasion": [select(Event.occasion_id, Event.uuid)],
        "organization": [select(link.organization_id, Event.uuid).join(
            Event, Event.id == link.event_id) for link in (EventOrganizer, EventSpeaker)],
        "person": [select(EventSpeaker.person_id, Event.uuid).join(
            Event, Event.id == EventSpeaker.event_id)],
    }
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in MERGED_KINDS:
        ref = REFERENCE_KINDS[kind]
        model, alias = ref.model, ref.alias_model
        assert alias is not None  # the merged kinds have aliases
        names: dict[int, list[str]] = defaultdict(list)
        for record_id, name in theirs.execute(select(getattr(alias, ref.alias_owner),
                                                     alias.name)):
            names[record_id].append(name)
        events: dict[int, set[uuid.UUID]] = defaultdict(set)
        for query in links[kind]:
            for record_id, event_uuid in theirs.execute(query):
                events[record_id].add(event_uuid)
        query = select(model)
        if kind == "city":
            query = query.where(model.id.in_([key for key in events if key is not None])
                                ).options(selectinload(City.country), selectinload(City.region))
        out[kind] = [
            {"uuid": record.uuid, **(_town_place(record) if kind == "city" else {}),
             "names": list(dict.fromkeys(n for n in (
                 getattr(record, ref.name_attr), *names[record.id],
                 *(getattr(record, f"name_{lang}") for lang in ("ru", "az") if ref.localized))
                 if n)),
             "values": {name: getattr(record, name) for name in (
                 _TOWN_FIELDS if kind == "city" else ref.fields)},
             "events": events.get(record.id, set())}
            for record in theirs.scalars(query)
        ]
    return out


_TOWN_FIELDS = ("geonames_id", "name_ru", "name_az", "population", "latitude", "longitude")
"""A town's own fields, brought with a new one (its country and region by code)."""


def _town_place(town: City) -> dict[str, Any]:
    """Where their town is, in terms that find our country and region."""
    region = town.region
    return {"country": town.country.code,
            "region": (region.uuid, region.code) if region is not None else (None, None)}


# --- applying -----------------------------------------------------------------------------------


def expected(plan: MergePlan, decisions: dict[uuid.UUID, Decision] | None = None
             ) -> MergeReport:
    """What :func:`apply_merge` with these decisions will add, skip and hold back, counted
    before it runs (the counts a clerk reads before pressing Merge); no fill-in is counted
    as made (``filled`` stays empty)."""
    decisions = decisions or {}
    report = MergeReport(plan.peer, None, skipped=len(plan.same))
    report.skipped_look_alikes = _skipped_look_alikes(plan, decisions)
    left_out = {alike.uuid for alike in report.skipped_look_alikes}
    report.added = [plan.inputs[key][0].title for key in plan.add if key not in left_out]
    report.conflicts = [c for c in plan.conflicts if c.uuid not in decisions]
    wanted = _wanted_references(plan, [key for key in plan.add if key not in left_out],
                                decisions, report)
    for kind, rows in plan.references.items():
        _listed(report, "added", kind).extend(
            row["names"][0] for row in rows if row["uuid"] in wanted)
    return report


def apply_merge(
    database: Database,
    plan: MergePlan,
    decisions: dict[uuid.UUID, Decision] | None = None,
    user: str | None = None,
    backup: bool = True,
    fills: list[FillIn] | None = None,
) -> MergeReport:
    """Write the plan: add, take theirs, and the decided conflicts; one transaction, one batch.
    A look-alike is added only when decided "theirs"; one skipped for the first time is
    named in the merge's change-log row (so a merge that only skips is logged too).
    ``fills``: the plan's fill-ins to make (None: all of them)."""
    decisions = decisions or {}
    fills = plan.fill_ins if fills is None else fills
    report = MergeReport(plan.peer, None, skipped=len(plan.same), kept_mine=[])
    decided = [c for c in plan.conflicts if c.uuid in decisions]
    report.conflicts = [c for c in plan.conflicts if c.uuid not in decisions]
    report.skipped_look_alikes = _skipped_look_alikes(plan, decisions)
    left_out = {alike.uuid for alike in report.skipped_look_alikes}
    adds = [key for key in plan.add if key not in left_out]
    newly_skipped = [a for a in report.skipped_look_alikes if a.skipped_before is None]
    wanted = _wanted_references(plan, adds, decisions, report)
    if not (adds or plan.take or decided or wanted or newly_skipped or fills):
        report.kept_mine = [str(u) for u in plan.keep]
        return report
    path = sqlite_path(database.url)
    if backup and path is not None and path.exists():
        make_backup(path, "before-merge")
    batch_id = uuid.uuid4()
    with database.sessions() as session, session.begin():
        store = BatchStore(session, batch_id, user)
        _merge_references(store, plan, wanted, report)
        _add_events(store, plan, adds, report)
        for key in plan.take:
            _take(store, plan, key, "theirs")
            report.updated.append(plan.inputs[key][0].title)
        for conflict in decided:
            decision = decisions[conflict.uuid]
            if decision == "mine":
                report.kept_mine.append(conflict.title)
                _copy_history(store, plan, conflict.uuid)
            else:
                _take(store, plan, conflict.uuid, decision)
                report.updated.append(conflict.title)
            _log_kept(store, conflict, decision)
        report.kept_mine += [str(u) for u in plan.keep]
        _fill_in(store, fills, report)
        store.log_change("merge", None, None, "merge", {
            "added": len(report.added), "updated": len(report.updated),
            "filled": len(report.filled),
            "conflicts": len(report.conflicts),
            "skipped": [_skip_entry(alike) for alike in report.skipped_look_alikes]},
            summary=f"merged from {plan.peer}")
    report.batch_id = batch_id
    return report


def _skip_entry(alike: LookAlike) -> dict[str, object]:
    """A skipped look-alike as the merge's change-log row names it (read by the next plan)."""
    return {"uuid": str(alike.uuid), "title": alike.theirs["title"],
            "start_date": json_value(alike.theirs["start_date"]),
            "ours": [str(ours["uuid"]) for ours in alike.ours]}


def _wanted_references(plan: MergePlan, adds: list[uuid.UUID],
                       decisions: dict[uuid.UUID, Decision], report: MergeReport
                       ) -> set[uuid.UUID]:
    """Their new records the merge adds: those an event stored here as theirs names, and
    those no event of theirs names (their list's own, kept on purpose). One only events
    left here as ours or skipped name would be used by nothing: it is held back (named in
    the report) and comes with its event when a later merge adds it."""
    offered = set(plan.add)
    wanted: set[uuid.UUID] = set()
    for kind, rows in plan.references.items():
        stored = {*adds, *plan.take, *(
            key for key, decision in decisions.items() if key not in offered
            and any(_takes_theirs(decision, name) for name in _NAMED_IN[kind]))}
        new = set(_listed(plan, "new", kind))
        for row in rows:
            if row["names"][0] not in new:
                continue
            if not row["events"] or row["events"] & stored:
                wanted.add(row["uuid"])
            else:
                _listed(report, "held_back", kind).append(row["names"][0])
    return wanted


_NAMED_IN = {"city": ("city",), "occasion": ("occasion",),
             "organization": ("organizers", "speakers"), "person": ("speakers",)}
"""The event fields that name a record of each kind (a conflict decided field by field)."""


def _merge_references(store: BatchStore, plan: MergePlan, wanted: set[uuid.UUID],
                      report: MergeReport) -> None:
    """Their towns, occasions, organizations and people: matched ones gain their names as
    aliases, those of ``wanted`` are added with their UUID and the fields their clerk filled
    in (a town in our country and region)."""
    session = store.session
    service = ReferenceService(session)
    for kind, rows in plan.references.items():
        ref = REFERENCE_KINDS[kind]
        model, alias, owner = ref.model, ref.alias_model, ref.alias_owner
        assert alias is not None  # organizations and people have aliases
        for row in rows:
            record = _matching_record(session, store.gazetteer, kind, row)
            made = record is None
            if record is None and row["uuid"] not in wanted:
                continue
            if record is None:
                name = row["names"][0]
                values = {ref.name_attr: name, **{k: v for k, v in row["values"].items()
                                                   if v is not None}}
                if kind == "city":
                    values["country_id"] = session.scalar(select(Country.id).where(
                        Country.code == row["country"]))
                    values["region_id"] = _our_region(session, row)
                record = model(uuid=row["uuid"], **values)
                session.add(record)
                session.flush()
                store.log_change(kind, record.uuid, record.id, "insert",
                                 {k: [None, json_value(v)] for k, v in values.items()})
                _listed(report, "added", kind).append(name)
            have: dict[str, str] = {key: name for key, name in session.execute(
                select(alias.normalized, alias.name).where(getattr(alias, owner) == record.id))}
            old_names = sorted(have.values())
            elsewhere = {normalize(clash.name) for clash in
                         service.name_clashes(ref, record, row["names"])}
            for name in row["names"]:
                key = normalize(name)
                if key and key not in have and key not in elsewhere:
                    have[key] = name
                    session.add(alias(**{owner: record.id, "name": name, "normalized": key}))
            if not made and len(have) > len(old_names):  # the undo takes them away again
                store.log_change(kind, record.uuid, record.id, "update",
                                 {"aliases": [old_names, sorted(have.values())]})
        session.flush()
        store.gazetteer.refresh(kind)


def _copy_history(store: BatchStore, plan: MergePlan, key: uuid.UUID) -> None:
    """Their change-log rows for the event join ours: from now on they are common history.
    They carry the merge's batch id (not part of a row's fingerprint), for its undo."""
    rows = plan.history.get(key, [])
    if rows:
        store.session.execute(insert(table_of(ChangeLog)),
                              [{**r, "batch_id": store.batch_id} for r in rows])


def _takes_theirs(decision: Decision, name: str) -> bool:
    """Whether the decision takes their value of the field (a field left out is kept)."""
    return decision == "theirs" or (isinstance(decision, dict) and decision.get(name) == "theirs")


def _log_kept(store: BatchStore, conflict: MergeConflict, decision: Decision) -> None:
    """Log the fields of a decided conflict kept as here, as [their value, the value kept]:
    the next merge reads it as this side's change, so the decision stays decided."""
    kept = [name for name in conflict.fields if not _takes_theirs(decision, name)]
    if not kept:
        return
    event_id = store.session.scalar(select(Event.id).where(Event.uuid == conflict.uuid))
    store.log_change("event", conflict.uuid, event_id, "kept", {
        name: [json_value(conflict.theirs.get(name)), json_value(conflict.mine.get(name))]
        for name in kept}, summary=conflict.title)


def _add_events(store: BatchStore, plan: MergePlan, adds: list[uuid.UUID],
                report: MergeReport) -> None:
    rows: list[RowPlan] = []
    for number, key in enumerate(adds, start=1):
        data, meta = plan.inputs[key]
        data.version = None
        errors = store.validate(data)
        if errors:
            raise MergeError(_("Their event '{title}' cannot be stored here: {problems}").format(
                title=data.title, problems="; ".join(e.message for e in errors)))
        rows.append(RowPlan(number, "insert", data, resolved=store.resolve(data, number),
                            meta=meta))
    if not rows:
        return
    ids = _new_record_ids(store)
    for key in adds:
        _copy_history(store, plan, key)
    for start in range(0, len(rows), 1000):
        _insert_events(store, rows[start:start + 1000], ids)
    for row in rows:
        assert row.data is not None
        report.added.append(row.data.title)
        if row.meta.get("deleted_at") is not None:
            events = table_of(Event)
            store.session.execute(events.update().where(
                events.c.uuid == row.data.uuid).values(deleted_at=row.meta["deleted_at"]))


def _new_record_ids(store: BatchStore) -> dict[tuple[str, str], int]:
    """Organizations/people an added event names that are still unknown (created here;
    their towns are stored by :func:`_merge_references` before, so none is left to make)."""
    ids: dict[tuple[str, str], int] = {}
    for (kind, key), record in store.new_records.items():
        model = Organization if kind == "organization" else Person
        values = {"name" if kind == "organization" else "full_name": record.name}
        made = model(**values)
        alias = (OrganizationAlias(name=record.name, normalized=normalize(record.name))
                 if kind == "organization" else
                 PersonAlias(name=record.name, normalized=normalize(record.name)))
        made.aliases.append(alias)  # type: ignore[arg-type]
        store.session.add(made)
        store.session.flush()
        store.log_change(kind, made.uuid, made.id, "insert",
                   {k: [None, v] for k, v in values.items()})
        ids[(kind, f"new:{key}")] = made.id
    return ids


def _fill_in(store: BatchStore, fills: list[FillIn], report: MergeReport) -> None:
    """Our empty fields take their values, each logged as the merge's change (its undo
    empties them again); a field filled here since the comparison keeps its value."""
    session = store.session
    events: dict[uuid.UUID, list[FillIn]] = defaultdict(list)
    for fill in fills:
        if fill.kind == "event":
            events[fill.uuid].append(fill)
            continue
        model = REFERENCE_KINDS[fill.kind].model
        record = session.scalar(select(model).where(model.uuid == fill.uuid))
        if record is None or not _fills(getattr(record, fill.field), fill.value):
            continue
        setattr(record, fill.field, fill.value)
        session.flush()
        store.log_change(fill.kind, record.uuid, record.id, "merge",
                         {fill.field: [None, json_value(fill.value)]}, summary=fill.name)
        report.filled.append(fill)
    session.flush()
    states = load_events(session, list(events))
    for key, event_fills in events.items():
        state = _state(states[key]) if key in states else {}
        chosen = [fill for fill in event_fills if key in states
                  and _fills(state.get(fill.field), fill.value)]
        if not chosen:
            continue
        current = store.load(key)
        for fill in chosen:
            _set_field(current, fill.field, fill.value)
        current.version = None
        store.merging = True
        store.save(current)
        store.merging = False
        report.filled += chosen
    session.flush()


def _set_field(data: EventInput, name: str, value: object) -> None:
    """One field of an event (its source's too) from its change-log form."""
    apply_snapshot_value(data, name, value)
    if name in SOURCE_KEYS:
        attr = name.removeprefix("source_").replace("published", "published_on")
        setattr(data.source, attr, value)


def _take(store: BatchStore, plan: MergePlan, key: uuid.UUID,
          decision: Literal["theirs"] | dict[str, Choice]) -> None:
    """Theirs (whole or chosen fields) over mine, saved through the event store."""
    theirs, meta = plan.inputs[key]
    _copy_history(store, plan, key)
    current = store.load(key)
    if decision == "theirs":
        overlay(current, theirs, ALL_FIELDS)
        current.source = theirs.source
    elif isinstance(decision, dict):
        conflict = next(c for c in plan.conflicts if c.uuid == key)
        for name, choice in decision.items():
            if choice == "theirs":
                _set_field(current, name, conflict.theirs.get(name))
    current.version = None
    store.merging = True
    event = store.save(current)
    store.merging = False
    if decision == "theirs":
        event.updated_at, event.updated_by = meta["updated_at"], meta["updated_by"]
    if _takes_theirs(decision, "deleted"):
        _take_trash_state(store, event, meta.get("deleted_at"))
    store.session.flush()


def _take_trash_state(store: BatchStore, event: Event, deleted_at: Any) -> None:
    """Into the trash or out of it as theirs is, logged in the batch so that its undo puts
    the event back where it was."""
    if (event.deleted_at is None) == (deleted_at is None):
        return
    store.log_change("event", event.uuid, event.id, "merge", {
        "deleted_at": [json_value(event.deleted_at), json_value(deleted_at)]},
        summary=event.title)
    event.deleted_at = deleted_at
