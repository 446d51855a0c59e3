"""Merge two reference records that are one thing written two ways, and undo it.

"Friendship" and "Friendship society" become one organization: every row that
pointed at the duplicate points at the survivor, the duplicate's names stay
as aliases of the survivor, and the change log keeps everything needed to
put it back exactly (the duplicate's row and aliases, which rows moved, which
rows had to go because the survivor was already there, and what the survivor's row there
took from them: an organizer's role).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Enum, Table, delete, insert, select, update
from sqlalchemy.orm import Session

from db.change_log import write_change
from db.event_store import json_value
from db.messages import _
from db.models import Base, ChangeLog
from db.names import normalize
from db.reference_kinds import REFERENCE_KINDS, ReferenceKind


class MergeError(Exception):
    """A merge or undo that cannot be done; ``str()`` is for the user."""


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)  # a FromClause to the type checker
    return table


def _json(row: dict[str, Any]) -> dict[str, Any]:
    """A row as JSON-ready values for the change log."""
    return {key: json_value(value) for key, value in row.items()}


def _references(target: Table) -> list[tuple[Table, str]]:
    """Every (table, column) holding a foreign key to ``target`` (alias tables excluded)."""
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is target and not table.name.endswith("_alias"):
                found.append((table, fk.parent.name))
    return found


def _unique_partner(table: Table, column: str) -> list[str] | None:
    """Other columns of a unique constraint that includes ``column`` (event_organizer)."""
    for constraint in table.constraints:
        names = [c.name for c in getattr(constraint, "columns", [])]
        if constraint.__class__.__name__ == "UniqueConstraint" and column in names:
            return [n for n in names if n != column]
    return None


def merge_records(
    session: Session, kind: str, survivor_id: int, duplicate_id: int, user: str | None = None
) -> uuid.UUID:
    """Fold ``duplicate_id`` into ``survivor_id``; returns the change-log batch for undo."""
    spec = REFERENCE_KINDS.get(kind)
    if spec is None or not spec.mergeable:
        raise MergeError(_("Records of kind '{kind}' cannot be merged.").format(kind=kind))
    if survivor_id == duplicate_id:
        raise MergeError(_("Choose two different records to merge."))
    target = _table(spec.model)
    duplicate = (
        session.execute(select(target).where(target.c.id == duplicate_id)).mappings().first()
    )
    survivor = session.execute(select(target).where(target.c.id == survivor_id)).mappings().first()
    if duplicate is None or survivor is None:
        raise MergeError(_("One of the two records no longer exists; refresh the list."))
    session.flush()
    moved: list[list[Any]] = []
    removed: list[list[Any]] = []
    raised: list[list[Any]] = []
    for table, column in _references(target):
        partners = _unique_partner(table, column) or _ONE_APPEARANCE.get(table.name)
        rows = session.execute(select(table).where(table.c[column] == duplicate_id)).mappings()
        for row in list(rows):
            kept = (
                _survivor_row(session, table, column, survivor_id, row, partners)
                if partners
                else None
            )
            if kept is not None:
                removed.append([table.name, _json(dict(row))])
                session.execute(delete(table).where(table.c.id == row["id"]))
                better = _stronger(table, kept, row)
                if better:
                    raised.append([table.name, kept["id"], _json({k: kept[k] for k in better})])
                    session.execute(update(table).where(table.c.id == kept["id"]).values(better))
                continue
            moved.append([table.name, column, row["id"]])
            session.execute(
                update(table).where(table.c.id == row["id"]).values({column: survivor_id})
            )
    aliases_added, duplicate_aliases = _move_aliases(
        session, spec, survivor_id, duplicate_id, duplicate
    )
    session.execute(delete(target).where(target.c.id == duplicate_id))
    _set_version(session, target, survivor_id, survivor["version"] + 1)
    batch = uuid.uuid4()
    write_change(
        session,
        target.name,
        "merge",
        record_uuid=survivor.get("uuid"),
        record_id=survivor_id,
        batch_id=batch,
        summary=f"{duplicate[spec.name_attr]} merged into {survivor[spec.name_attr]}",
        changes={
            "kind": kind,
            "survivor": survivor[spec.name_attr],
            "duplicate": _json(dict(duplicate)),
            "duplicate_aliases": duplicate_aliases,
            "aliases_added": aliases_added,
            "moved": moved,
            "removed": removed,
            "raised": raised,
            "survivor_version": survivor["version"],
        },
        user=user,
    )
    session.flush()
    return batch


_ONE_APPEARANCE = {"event_speaker": ["event_id"]}
"""Rows of one record that no constraint keeps single but that are one appearance when
they agree (:func:`_same_appearance`): the merged person named twice among an event's
speakers, once with a role and once without, spoke once."""
_TAKEN_WHEN_EMPTY = ("role", "organization_id")
"""Fields of such a row the survivor's takes from the duplicate's when its own is empty."""


def _survivor_row(
    session: Session, table: Table, column: str, survivor_id: int, row: Any, partners: list[str]
) -> Any:
    """The survivor's own row where the duplicate's would make a second one (None if none)."""
    query = select(table).where(table.c[column] == survivor_id)
    for partner in partners:
        query = query.where(table.c[partner] == row[partner])
    return next((kept for kept in session.execute(query).mappings()
                 if _same_appearance(table, kept, row)), None)


def _same_appearance(table: Table, kept: Any, row: Any) -> bool:
    """Whether two rows of one record say the same (a unique constraint's always do): a
    speaker's role and organization alike where both have them. Two roles of one person
    at one event (chairman, then a guest reading a poem) are two appearances."""
    if table.name not in _ONE_APPEARANCE:
        return True
    for name in _TAKEN_WHEN_EMPTY:
        mine, theirs = kept[name], row[name]
        if isinstance(mine, str) and isinstance(theirs, str):
            mine, theirs = mine.strip().casefold(), theirs.strip().casefold()
        if mine not in (None, "") and theirs not in (None, "") and mine != theirs:
            return False
    return True


def _stronger(table: Table, kept: Any, dropped: Any) -> dict[str, Any]:
    """What the survivor's row takes from the duplicate's it replaces: the earlier place and
    the stronger role (roles are declared strongest first), so an event's organizer merged
    into its co-organizer is still its organizer; a speaker's role or organization only
    the duplicate's row held."""
    better: dict[str, Any] = {}
    if "position" in table.c and dropped["position"] < kept["position"]:
        better["position"] = dropped["position"]
    role = table.c.get("role")
    if role is not None and isinstance(role.type, Enum):
        ranks = list(role.type.enums)
        if ranks.index(str(dropped["role"])) < ranks.index(str(kept["role"])):
            better["role"] = dropped["role"]
    elif table.name in _ONE_APPEARANCE:
        better.update({name: dropped[name] for name in _TAKEN_WHEN_EMPTY
                       if kept[name] in (None, "") and dropped[name] not in (None, "")})
    return better


def _move_aliases(
    session: Session, spec: ReferenceKind, survivor_id: int, duplicate_id: int, duplicate: Any
) -> tuple[list[int], list[dict[str, Any]]]:
    """Give the survivor the duplicate's names, each spelling it lacks (one with a key it
    has too: "Aliev" beside "Алиев"); return new alias ids and the old alias rows."""
    if spec.alias_model is None:
        return [], []
    aliases = _table(spec.alias_model)
    owner = next(c.name for c in aliases.columns if c.foreign_keys)
    old_rows = [
        dict(r)
        for r in session.execute(select(aliases).where(aliases.c[owner] == duplicate_id)).mappings()
    ]
    known = {
        name.casefold()
        for name in session.scalars(select(aliases.c.name).where(aliases.c[owner] == survivor_id))
    }
    names = [(duplicate[spec.name_attr], None)] + [(r["name"], r["lang"]) for r in old_rows]
    added = []
    for name, lang in names:
        if name.casefold() in known:
            continue
        known.add(name.casefold())
        added.append(session.execute(
            insert(aliases)
            .values({owner: survivor_id, "name": name, "normalized": normalize(name),
                     "lang": lang})
            .returning(aliases.c.id)
        ).scalar_one())
    session.execute(delete(aliases).where(aliases.c[owner] == duplicate_id))
    return added, old_rows


def undo_merge(session: Session, batch: uuid.UUID, user: str | None = None) -> None:
    """Put a merged-away record back exactly as it was, with its references."""
    entry = session.scalar(
        select(ChangeLog).where(ChangeLog.batch_id == batch, ChangeLog.action == "merge")
    )
    if entry is None or entry.changes is None:
        raise MergeError(_("That merge is not in the change log; it cannot be undone."))
    changes = entry.changes
    spec = REFERENCE_KINDS[changes["kind"]]
    target = _table(spec.model)
    if session.scalar(select(target.c.id).where(target.c.id == changes["duplicate"]["id"])):
        raise MergeError(_("That merge has already been undone."))
    session.execute(insert(target).values(_typed(target, changes["duplicate"])))
    if spec.alias_model is not None:
        aliases = _table(spec.alias_model)
        if changes["aliases_added"]:
            session.execute(delete(aliases).where(aliases.c.id.in_(changes["aliases_added"])))
        for row in changes["duplicate_aliases"]:
            session.execute(insert(aliases).values(row))
    duplicate_id = changes["duplicate"]["id"]
    if entry.record_id is not None:
        _restore_version(session, target, entry.record_id, changes.get("survivor_version"))
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    for table_name, column, row_id in changes["moved"]:
        table = tables[table_name]
        session.execute(update(table).where(table.c.id == row_id).values({column: duplicate_id}))
    for table_name, row_id, values in changes.get("raised", []):
        table = tables[table_name]
        session.execute(
            update(table).where(table.c.id == row_id).values(_typed(table, values))
        )
    for table_name, row in changes["removed"]:
        session.execute(insert(tables[table_name]).values(_typed(tables[table_name], row)))
    write_change(
        session,
        target.name,
        "unmerge",
        record_uuid=entry.record_uuid,
        record_id=entry.record_id,
        batch_id=uuid.uuid4(),
        summary=f"undo: {entry.summary}",
        changes={"undoes": str(batch)},
        user=user,
    )
    session.flush()


def _set_version(session: Session, target: Table, record_id: int, version: int) -> None:
    """The survivor's names changed: a copy of it read before is stale (models.Versioned)."""
    session.execute(update(target).where(target.c.id == record_id).values(version=version))


def _restore_version(
    session: Session, target: Table, record_id: int, merged_at: int | None
) -> None:
    """Undo gives the survivor back the version it had when nothing changed it since the
    merge (a copy read before the merge matches it again); otherwise a new version."""
    current = session.scalar(select(target.c.version).where(target.c.id == record_id))
    if current is None:
        return
    back = merged_at if merged_at is not None and current == merged_at + 1 else current + 1
    _set_version(session, target, record_id, back)


def _typed(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """JSON values back to column types (UUIDs and dates were stored as text)."""
    typed = dict(row)
    for name, value in row.items():
        if not isinstance(value, str) or name not in table.c:
            continue
        try:
            python_type = table.c[name].type.python_type
        except NotImplementedError:
            continue
        if python_type is uuid.UUID:
            typed[name] = uuid.UUID(value)
        elif python_type in (dt.date, dt.datetime):
            typed[name] = python_type.fromisoformat(value)
    return typed
