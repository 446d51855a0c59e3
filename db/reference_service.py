"""Reference lists without widgets: search, add, edit, aliases, merge, delete, history.

The reference-list screens, the CLI and tests call this service; it owns the rules
(a record needs a name, a city needs its region, a country its ISO code), the
aliases, the change log and the conflict check. A record is edited at the version it
was read at (:meth:`ReferenceService.read`); saving over a newer version raises
:class:`StaleRecordError` instead of erasing the other desk's change. A record nothing
uses may be deleted, and put back from the change log; one in use is merged instead.
"""

from __future__ import annotations

import datetime as dt
import re
import socket
import uuid
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Date, Table, Uuid, func, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from db.change_log import current_user, write_change
from db.change_values import DATE, DATE_FIELDS, EventDates, date_changes
from db.collation import language_key
from db.event_store import EventStore, json_value
from db.gazetteer import Gazetteer, PlaceCandidate
from db.limits import max_length
from db.localized import LANGUAGES, all_names, display_name
from db.merge_records import merge_records, undo_merge
from db.messages import N_, _, current_language, format_number, ngettext
from db.models import (
    STALE_RANKS,
    Base,
    ChangeLog,
    City,
    Country,
    Event,
    EventType,
    Occasion,
    ProgramItemType,
    Region,
)
from db.names import normalize
from db.reference import read_csv, type_aliases
from db.reference_kinds import REFERENCE_KINDS, ReferenceKind, reference_kind
from db.world import Place

ROW_LIMIT = 500
"""Rows a search returns: a list of 50,000 people is searched, not scrolled."""

# Messages for the user (English source; db.messages translates them when raised).
NO_NAME = N_("Enter a name.")
TOO_LONG = N_("“{start}…” is {length} characters long; at most {limit} fit here. Shorten it.")
GONE = N_("This record no longer exists; refresh the list.")
NOT_A_DATE = N_("The reference date is not a date: {text}")
NAME_TAKEN = N_("“{name}” is already a name of “{other}”.")
NO_REGION = N_("Give the region the city is in.")
NO_COUNTRY_CODE = N_("A country needs its two-letter ISO code.")
NO_REGION_CODE = N_("Give the region its ISO 3166-2 code (such as RU-PRI): it names the country.")
IN_USE = N_("“{name}” cannot be deleted: it is used by {uses}.")
IN_THE_TRASH = N_("({count} in the trash)")
MERGE_INSTEAD = N_(
    "If it is the same as another record, select the two and use Merge: whatever uses "
    "it will then use the one kept."
)
KEPT_COUNTRY = N_(
    "“{name}” cannot be deleted: it is a country of the ISO list that comes with the app."
)
KEPT_REGION = N_(
    "“{name}” cannot be deleted: it is a region of the ISO 3166-2 list that comes with the "
    "app, by which the places typed in events are found."
)
KEPT_GEONAMES = N_(
    "“{name}” cannot be deleted: it is a GeoNames town, by which the events that name it "
    "are placed; the next one would bring it back without the names it has here."
)
KEPT_SHIPPED = N_(
    "“{name}” cannot be deleted: it comes with the app, which finds it by its names when "
    "it reads a report."
)
KEEP_ADVICE = N_(
    "What comes with the app stays in the lists; a record that duplicates it can be merged into it."
)
NOT_IN_LOG = N_("That deletion is not in the change log; it cannot be undone.")
ALREADY_BACK = N_("“{name}” has been put back already.")
NAME_BACK_TAKEN = N_("“{name}” cannot be put back: another record now has its name or code.")
RENAME_FIRST = N_("Rename or merge that one first, then undo again.")
GEONAMES_TAKEN = N_("Another city is now the GeoNames town “{name}”; merge the two instead.")


class ReferenceInputError(ValueError):
    """A value the user must change; ``message`` is one of this module's texts (English);
    ``str()`` of the error is it in the message language."""

    def __init__(self, message: str, **params: str):
        super().__init__(_(message).format(**params))
        self.message = message
        self.params = params


@dataclass(frozen=True)
class NameClash:
    """A name typed for a record that another record of its kind already has."""

    name: str
    """As typed."""
    record_id: int
    other: str
    """The other record's name."""


class NameTakenError(ReferenceInputError):
    """The name or an alias is already another record's: two records would answer to it.
    Saved only when the clerk says they are two things (``allow_shared_names``)."""

    def __init__(self, clashes: list[NameClash]):
        first = clashes[0]
        super().__init__(NAME_TAKEN, name=first.name, other=first.other)
        self.clashes = clashes

    def __str__(self) -> str:
        """Every clash, one a line, in the message language."""
        return "\n".join(
            _(NAME_TAKEN).format(name=clash.name, other=clash.other) for clash in self.clashes
        )


class StaleRecordError(Exception):
    """Another desk saved this record after it was read here."""

    def __init__(self, kind: str, name: str, by: str | None, at: dt.datetime | None):
        if at is None:
            message = (
                _("'{name}' was changed by {user} after you opened it.")
                if by
                else _("'{name}' was changed by someone after you opened it.")
            )
        else:
            message = (
                _("'{name}' was changed by {user} at {time} after you opened it.")
                if by
                else _("'{name}' was changed by someone at {time} after you opened it.")
            )
        time = f"{at:%Y-%m-%d %H:%M}" if at is not None else ""
        super().__init__(message.format(name=name, user=by, time=time))
        self.kind = kind
        self.name = name
        self.by = by
        self.at = at


class DeleteRefusedError(ValueError):
    """A record that may not be deleted (or put back): ``reason`` says why and
    ``advice`` what to do instead, in the message language; ``str()`` is both."""

    def __init__(self, reason: str, advice: str):
        super().__init__(f"{reason} {advice}")
        self.reason = reason
        self.advice = advice


@dataclass(frozen=True)
class Usage:
    """What refers to a reference record: events, and other reference records."""

    events: int = 0
    trashed: int = 0
    """Of ``events``, those in the trash (they may be restored)."""
    records: tuple[tuple[str, int], ...] = ()
    """(table, how many of its records) for regions, cities, organizations using it."""

    def __bool__(self) -> bool:
        return bool(self.events or self.records)

    def words(self) -> str:
        """How many use the record ("3 events (1 in the trash), 2 cities"), in words."""
        parts = []
        if self.events:
            events = ngettext("{count} event", "{count} events", self.events)
            parts.append(events.format(count=self.events))
            if self.trashed:
                parts[-1] += " " + _(IN_THE_TRASH).format(count=self.trashed)
        parts += [_records_words(table, count) for table, count in self.records]
        return ", ".join(parts)


def _records_words(table: str, count: int) -> str:
    """How many records of ``table`` (a kind that can refer to another), in words."""
    words = {
        "region": lambda: ngettext("{count} region", "{count} regions", count),
        "city": lambda: ngettext("{count} city", "{count} cities", count),
        "organization": lambda: ngettext("{count} organization", "{count} organizations", count),
    }
    say = words.get(table)
    return say().format(count=count) if say is not None else f"{table}: {count}"


@dataclass(frozen=True)
class RecordData:
    """A record as read for editing: its fields as text and the version they are of."""

    id: int
    version: int
    values: dict[str, str]
    """"name", the kind's fields and, for cities, "region"."""
    aliases: list[str]


@dataclass(frozen=True)
class CityLink:
    """What linking a city to GeoNames sets (Gazetteer.link_city), as it was before or
    after: undoing and redoing a link put one or the other back."""

    geonames_id: int | None
    name_ru: str | None
    name_az: str | None
    population: int | None
    latitude: float | None
    longitude: float | None
    region_id: int | None
    aliases: tuple[tuple[str, str | None], ...]
    """(name, language) of each of the city's names."""


_LINK_COLUMNS = ("geonames_id", "name_ru", "name_az", "population", "latitude", "longitude")
_LINK_LOGGED = ("geonames_id", "name_ru", "name_az")
"""What the log says of a link's undo or redo, as of the link (Gazetteer.link_city): the
population and coordinates go with the GeoNames id."""


@dataclass(frozen=True)
class HistoryRow:
    """One changed field (or one action) of a record's change history."""

    at: dt.datetime
    user: str | None
    desk: str | None
    action: str
    field: str
    old: Any
    new: Any
    summary: str | None
    merged: tuple[str, str] | None = None
    """For a merge of two records and its undo: (the one merged away, the one kept)."""


def record_name(kind: ReferenceKind, record: Any) -> str:
    return str(getattr(record, kind.name_attr) or "")


def alias_names(kind: ReferenceKind, record: Any) -> list[str]:
    """The record's other names (its own name left out: another spelling with its key, "Алиев"
    beside "Aliev", is another name)."""
    if kind.alias_model is None:
        return []
    own = record_name(kind, record).strip().casefold()
    return [a.name for a in record.aliases if a.name.casefold() != own]


def own_names(ref: ReferenceKind, record: Any) -> list[str]:
    """Every name a record answers to: its name, its Russian and Azerbaijani names (types,
    occasions) and its aliases."""
    names = [record_name(ref, record)]
    names += [getattr(record, attr) or "" for attr in ("name_ru", "name_az") if attr in ref.fields]
    if ref.alias_model is not None:
        names += [alias.name for alias in record.aliases]
    return [name for name in names if name]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _code_for(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", normalize(name)).strip("_")[:40] or uuid.uuid4().hex[:8]


def change_history(
    session: Session,
    table_name: str,
    record_uuid: uuid.UUID | None = None,
    record_id: int | None = None,
) -> list[HistoryRow]:
    """Who changed a record (or an event), when, from what to what; newest first. A
    record's merges are in it, also those that merged it into another (and their undo).
    Only the record's own rows: SQLite gives a deleted record's id to the next record."""
    if record_uuid is None and record_id is None:
        return []
    found: dict[int, ChangeLog] = {}
    if record_uuid is not None:
        mine = (ChangeLog.table_name == table_name, ChangeLog.record_uuid == record_uuid)
        found.update((e.id, e) for e in session.scalars(select(ChangeLog).where(*mine)))
    if record_id is not None:
        found.update((e.id, e) for e in _record_entries(session, table_name, record_id))
    entries = sorted(found.values(), key=_order, reverse=True)
    merges = _merges_undone(session, entries)
    dates = _event_dates(session, table_name, record_uuid, entries)
    rows: list[HistoryRow] = []
    for entry, date in zip(entries, dates, strict=True):
        changes = entry.changes if entry.action in ("insert", "update") else None
        if isinstance(changes, dict) and changes:
            for name, old, new in _changed_fields(changes, date):
                rows.append(
                    HistoryRow(entry.at, entry.user, entry.desk, entry.action, name, old, new, None)
                )
        else:
            merge = merges.get(entry.id) if entry.action == "unmerge" else entry
            rows.append(
                HistoryRow(
                    entry.at,
                    entry.user,
                    entry.desk,
                    entry.action,
                    "",
                    None,
                    None,
                    entry.summary,
                    _merged_names(session, merge) if merge is not None else None,
                )
            )
    return rows


def _event_dates(
    session: Session, table_name: str, record_uuid: uuid.UUID | None, entries: list[ChangeLog]
) -> list[tuple[EventDates, EventDates] | None]:
    """Per entry (newest first), an event's whole dates before and after it, when it
    changed them (:func:`db.change_values.date_changes`); None for other records."""
    if table_name != "event":
        return [None] * len(entries)
    dates = (Event.start_date, Event.end_date, Event.date_precision)
    now = session.execute(select(*dates).where(Event.uuid == record_uuid)).one_or_none()
    stored = None if now is None else (json_value(now[0]), json_value(now[1]), json_value(now[2]))
    return date_changes([entry.changes for entry in entries], stored)


def _changed_fields(
    changes: dict[str, Any], dates: tuple[EventDates, EventDates] | None
) -> list[tuple[str, Any, Any]]:
    """(field, old, new) of one logged change; an event's start date, end date and
    precision as its one date (``dates``), where the first of them was."""
    out: list[tuple[str, Any, Any]] = []
    for name, pair in changes.items():
        if name in DATE_FIELDS and dates is not None:
            if DATE not in (field for field, _old, _new in out):
                out.append((DATE, *dates))
            continue
        old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
        out.append((name, old, new))
    return out


def _order(entry: ChangeLog) -> tuple[dt.datetime, int]:
    return entry.at, entry.id


def _record_entries(
    session: Session, table_name: str, record_id: int, until: ChangeLog | None = None
) -> list[ChangeLog]:
    """The rows of the record that has ``record_id`` (that had it up to the row ``until``):
    those since the latest row that put a new record on that id, an addition or the undo
    of another id's deletion; that record's rows up to its deletion come with the latter.
    Every way a record is made logs it (the loaded reference data has no rows to mix)."""
    at_id = (ChangeLog.table_name == table_name, ChangeLog.record_id == record_id)
    entries = list(session.scalars(select(ChangeLog).where(*at_id)))
    entries += _merged_away(session, table_name, record_id)
    if until is not None:
        entries = [e for e in entries if _order(e) <= _order(until)]
    births: list[tuple[ChangeLog, ChangeLog | None]] = []
    for entry in (e for e in entries if e.record_id == record_id):
        moved_from = _undone_deletion(session, entry)
        if entry.action == "insert" or (
            moved_from is not None and moved_from.record_id not in (None, record_id)
        ):
            births.append((entry, moved_from))
    if not births:
        return entries
    birth, moved_from = max(births, key=lambda pair: _order(pair[0]))
    entries = [e for e in entries if _order(e) >= _order(birth)]
    if moved_from is not None and moved_from.record_id is not None:
        entries += _record_entries(session, table_name, moved_from.record_id, moved_from)
    return entries


def _undone_deletion(session: Session, entry: ChangeLog) -> ChangeLog | None:
    """The deletion an "undelete" row undid; None for any other row."""
    changes = entry.changes
    undoes = changes.get("undoes") if isinstance(changes, dict) else None
    if entry.action != "undelete" or not isinstance(undoes, str) or not _is_uuid(undoes):
        return None
    deleted = (ChangeLog.batch_id == uuid.UUID(undoes), ChangeLog.action == "delete")
    return session.scalar(select(ChangeLog).where(*deleted))


def _merged_away(session: Session, table_name: str, record_id: int) -> list[ChangeLog]:
    """The merges that folded this record into another, and their undo (logged under the
    record kept)."""
    duplicate = ChangeLog.changes[("duplicate", "id")].as_integer()
    merges = list(
        session.scalars(
            select(ChangeLog).where(
                ChangeLog.table_name == table_name,
                ChangeLog.action == "merge",
                duplicate == record_id,
                ChangeLog.record_id != record_id,
            )
        )
    )
    batches = [str(m.batch_id) for m in merges if m.batch_id is not None]
    if not batches:
        return merges
    undone = ChangeLog.changes["undoes"].as_string()
    return merges + list(
        session.scalars(
            select(ChangeLog).where(
                ChangeLog.table_name == table_name,
                ChangeLog.action == "unmerge",
                undone.in_(batches),
            )
        )
    )


def _merges_undone(session: Session, entries: list[ChangeLog]) -> dict[int, ChangeLog]:
    """Unmerge entry id -> the merge it undid (which names the two records)."""
    undoes = {
        e.id: str(e.changes.get("undoes"))
        for e in entries
        if e.action == "unmerge" and isinstance(e.changes, dict)
    }
    if not undoes:
        return {}
    batches = {uuid.UUID(b) for b in undoes.values() if _is_uuid(b)}
    merges = {
        str(m.batch_id): m
        for m in session.scalars(
            select(ChangeLog).where(ChangeLog.action == "merge", ChangeLog.batch_id.in_(batches))
        )
    }
    return {entry_id: merges[b] for entry_id, b in undoes.items() if b in merges}


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _merged_names(session: Session, merge: ChangeLog) -> tuple[str, str] | None:
    """(record merged away, record kept) as named at the merge, for a merge of two
    reference records (db.merge_records); the kept one as named now when the merge is
    older than its logging that name."""
    changes = merge.changes
    if not isinstance(changes, dict) or "duplicate" not in changes:
        return None
    kind = REFERENCE_KINDS.get(str(changes.get("kind")))
    if kind is None:
        return None
    duplicate = str(changes["duplicate"].get(kind.name_attr) or "")
    survivor = changes.get("survivor")
    if survivor is None and merge.record_id is not None:
        kept = session.get(kind.model, merge.record_id)
        survivor = record_name(kind, kept) if kept is not None else ""
    return duplicate, str(survivor or "")


class ReferenceService:
    """Reads and writes reference records in one session; the caller commits."""

    def __init__(self, session: Session, user: str | None = None, desk: str | None = None):
        self.session = session
        self.user = user or current_user()
        self.desk = desk or socket.gethostname()

    # --- reading ---------------------------------------------------------------------

    def search(
        self, kind: str, text: str, limit: int = ROW_LIMIT, language: str | None = None
    ) -> list[Any]:
        """Records whose name (in any language) or any alias contains ``text``
        (normalized), in the alphabetical order of their names in ``language`` (the
        message language by default)."""
        ref = reference_kind(kind)
        key = normalize(text or "")
        if ref.localized:
            return self._search_localized(ref, text, key, limit, language or current_language())
        model = ref.model
        name = getattr(model, ref.name_attr)
        query = select(model).options(selectinload(model.aliases))
        if key:
            query = query.where(or_(name.ilike(f"%{text.strip()}%"), self._has_alias(ref, key)))
        return list(self.session.scalars(query.order_by(name).limit(limit)))

    def _has_alias(self, ref: ReferenceKind, key: str) -> Any:
        """SQL: the record has an alias whose key contains ``key``."""
        assert ref.alias_model is not None
        owner = getattr(ref.alias_model, ref.alias_owner)
        return ref.model.id.in_(select(owner).where(ref.alias_model.normalized.like(f"%{key}%")))

    def _search_localized(
        self, ref: ReferenceKind, text: str, key: str, limit: int, language: str
    ) -> list[Any]:
        """A kind named in each language: matched on its names in every language (a
        country's Russian name may be pycountry's, no alias) and its aliases, then
        ordered by the names shown in ``language``."""
        names = self._names(ref)
        shown = names[_language(language)]
        if key:
            found = {
                record_id
                for in_language in names.values()
                for record_id, (_name, name_key) in in_language.items()
                if key in name_key
            }
            if ref.alias_model is not None:
                found.update(
                    self.session.scalars(select(ref.model.id).where(self._has_alias(ref, key)))
                )
        else:
            found = set(shown)
        collate = language_key(_language(language))
        order = sorted(
            found & set(shown), key=lambda i: (collate(_LEADING_MARKS.sub("", shown[i][0])), i)
        )[:limit]
        query = select(ref.model).where(ref.model.id.in_(order))
        if ref.alias_model is not None:
            query = query.options(selectinload(ref.model.aliases))
        records = {record.id: record for record in self.session.scalars(query)}
        return [records[i] for i in order if i in records]

    def shown_names(self, kind: str, records: list[Any], language: str) -> dict[int, str]:
        """Record id → its name as the lists show it in ``language``: for a kind named in
        each language the name in that one (English where it has none), else its name."""
        ref = reference_kind(kind)
        if not ref.localized:
            return {record.id: record_name(ref, record) for record in records}
        names = self._names(ref)[_language(language)]
        return {
            record.id: names[record.id][0] if record.id in names else record_name(ref, record)
            for record in records
        }

    def _names(self, ref: ReferenceKind) -> dict[str, dict[int, tuple[str, str]]]:
        """Language → id → (name, its normalized key) of every record of the kind, read
        again only when a record of it is added, changed or deleted: every change of a
        name or alias makes a new version (models.Versioned), and the names of the 3,600
        regions take a tenth of a second to gather (pycountry's among them)."""
        table = _table(ref.model)
        rows = self.session.execute(select(table.c.id, table.c.version).order_by(table.c.id))
        state = (str(self.session.get_bind().engine.url), hash(tuple(map(tuple, rows))))
        cached = _NAMES_SHOWN.get(ref.table)
        if cached is not None and cached[0] == state:
            return cached[1]
        names = {
            language: {
                record_id: (name, normalize(name))
                for record_id, name in all_names(self.session, ref.model, language).items()
            }
            for language in LANGUAGES
        }
        _NAMES_SHOWN[ref.table] = (state, names)
        return names

    def read(self, kind: str, record_id: int) -> RecordData | None:
        """The record's fields as text, with the version an edit of them is based on."""
        ref = reference_kind(kind)
        record = self.session.get(ref.model, record_id)
        if record is None:
            return None
        values = {"name": record_name(ref, record)}
        for attr in ref.fields:
            value = getattr(record, attr)
            values[attr] = "" if value is None else str(_plain(value))
        if ref.needs_region:
            values["region"] = self._region_text(record.region)
        return RecordData(record.id, record.version, values, alias_names(ref, record))

    def _region_text(self, region: Region | None) -> str:
        """A city's region as its record window shows it: in the language of the messages
        where that name finds this region alone when saved, else by its stored name (the
        Russian window showed "Republic of Khakassia" beside "Абакан")."""
        if region is None:
            return ""
        shown = display_name(region, current_language())
        if shown != region.name:
            found = EventStore(self.session, self.user, self.desk).region(shown, None)
            if found is None or found.id != region.id:
                return region.name
        return shown

    def events_per_city(self, ids: list[int]) -> dict[int, int]:
        """City id -> live events that name it."""
        if not ids:
            return {}
        rows = self.session.execute(
            select(Event.city_id, func.count(Event.id))
            .where(Event.city_id.in_(ids), Event.deleted_at.is_(None))
            .group_by(Event.city_id)
        )
        return {city_id: count for city_id, count in rows if city_id is not None}

    def history(self, kind: str, record_id: int) -> list[HistoryRow]:
        ref = reference_kind(kind)
        record = self.session.get(ref.model, record_id)
        return change_history(self.session, ref.table, getattr(record, "uuid", None), record_id)

    # --- writing ---------------------------------------------------------------------

    def save(
        self,
        kind: str,
        record_id: int | None,
        values: dict[str, str],
        aliases: list[str],
        version: int | None = None,
        allow_shared_names: bool = False,
    ) -> Any:
        """Create (``record_id`` None) or update one record and its aliases, logged.

        ``version`` is the one :meth:`read` gave; a newer version in the database raises
        :class:`StaleRecordError` and nothing is written. Raises
        :class:`ReferenceInputError` for a value the user must change, and
        :class:`NameTakenError` when the name or an alias is another record's, unless
        ``allow_shared_names`` (the clerk said they are two things).
        """
        ref = reference_kind(kind)
        name = values.get("name", "").strip()
        if not name:
            raise ReferenceInputError(NO_NAME)
        _check_lengths(ref, name, values, aliases)
        if record_id is None:
            record = ref.model()
            before: dict[str, Any] = {}
        else:
            record = self._current(ref, record_id, version)
            before = self._snapshot(ref, record)
        with self.session.no_autoflush:  # fields and names in one flush: one new version
            setattr(record, ref.name_attr, name)
            self._set_fields(ref, record, name, values)
            if not allow_shared_names:
                clashes = self.name_clashes(ref, record, [name, *aliases])
                if clashes:
                    raise NameTakenError(clashes)
            self.session.add(record)
            if ref.alias_model is not None:
                self._sync_aliases(ref, record, [name, *aliases])
        self._flush(ref, record)
        if ref.alias_model is not None:
            self.session.refresh(record, ["aliases"])
        after = self._snapshot(ref, record)
        changes = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
        if changes:
            self._log(ref, record, "update" if record_id is not None else "insert", changes)
        self.session.flush()
        return record

    def add_alias(self, kind: str, record_id: int, alias: str, version: int | None = None) -> Any:
        """Give a record one more name (kept when it is already one of its names)."""
        ref = reference_kind(kind)
        record = self._current(ref, record_id, version)
        return self.save(
            kind, record_id, self._texts(ref, record), [*alias_names(ref, record), alias]
        )

    def remove_alias(
        self, kind: str, record_id: int, alias: str, version: int | None = None
    ) -> Any:
        """Take one name off a record (its own name stays): the spelling given, or where
        none is spelled so, every one with its key."""
        ref = reference_kind(kind)
        record = self._current(ref, record_id, version)
        names = alias_names(ref, record)
        spelled = alias.strip().casefold()
        if any(name.casefold() == spelled for name in names):
            kept = [name for name in names if name.casefold() != spelled]
        else:  # another spelling of one of them ("дружба" for "Druzhba"): each of its key
            key = normalize(alias)
            kept = [name for name in names if normalize(name) != key]
        return self.save(kind, record_id, self._texts(ref, record), kept)

    def name_clashes(self, ref: ReferenceKind, record: Any, names: list[str]) -> list[NameClash]:
        """The ``names`` that another record of the kind answers to (a city: in the same
        region), in the order typed."""
        typed: dict[str, str] = {}
        for text in names:
            typed.setdefault(normalize(text), text.strip())
        typed.pop("", None)
        others = [
            other
            for other in self._namesakes(ref, set(typed))
            if other.id != record.id
            and not (ref.needs_region and other.region is not record.region)
        ]
        clashes = []
        for key, text in typed.items():
            for other in others:
                if key in {normalize(n) for n in own_names(ref, other)}:
                    clashes.append(NameClash(text, other.id, record_name(ref, other)))
        return clashes

    def _namesakes(self, ref: ReferenceKind, keys: set[str]) -> list[Any]:
        """Records that may answer to one of ``keys``: by their aliases, or every type."""
        query = select(ref.model)
        if ref.alias_model is not None:
            owner = getattr(ref.alias_model, ref.alias_owner)
            query = query.where(
                ref.model.id.in_(select(owner).where(ref.alias_model.normalized.in_(keys)))
            )
        return list(self.session.scalars(query))

    def merge(self, kind: str, survivor_id: int, duplicate_id: int) -> uuid.UUID:
        """Fold one record into another (db.merge_records); returns the batch for undo."""
        return merge_records(self.session, kind, survivor_id, duplicate_id, self.user)

    def undo_merge(self, batch: uuid.UUID) -> None:
        undo_merge(self.session, batch, self.user)

    # --- deleting ----------------------------------------------------------------------

    def usage(self, kind: str, record_id: int) -> Usage:
        """The events (trashed ones included) and the other records that refer to the
        record, from every foreign key to its table."""
        target = _table(reference_kind(kind).model)
        event = _table(Event)
        events: list[Any] = []
        records: dict[str, int] = {}
        for table in Base.metadata.sorted_tables:
            if table.name.endswith("_alias"):  # its own names
                continue
            for key in table.foreign_keys:
                if key.column.table is not target:
                    continue
                if table is event:
                    events.append(select(event.c.id).where(key.parent == record_id))
                elif "event_id" in table.c:  # an organizer, a speaker, a programme item
                    events.append(select(table.c.event_id).where(key.parent == record_id))
                else:
                    count = self.session.scalar(
                        select(func.count()).select_from(table).where(key.parent == record_id)
                    )
                    if count:
                        records[table.name] = records.get(table.name, 0) + count
        if not events:
            return Usage(records=tuple(records.items()))
        used, trashed = self.session.execute(
            select(func.count(), func.count(Event.deleted_at)).where(
                or_(*(Event.id.in_(query) for query in events))
            )
        ).one()
        return Usage(used, trashed, tuple(records.items()))

    def check_delete(self, kind: str, record_id: int, language: str | None = None) -> RecordData:
        """The record as it is now, when it may be deleted; a :class:`DeleteRefusedError`
        says why not (what uses it, or that it comes with the app), naming it in
        ``language``."""
        ref = reference_kind(kind)
        record = self.session.get(ref.model, record_id)
        if record is None:
            raise ReferenceInputError(GONE)
        self._refuse_delete(ref, record, language)
        data = self.read(kind, record_id)
        assert data is not None
        return data

    def delete(
        self,
        kind: str,
        record_id: int,
        version: int | None = None,
        language: str | None = None,
        added: bool = False,
    ) -> uuid.UUID:
        """Delete a record nothing uses and the app does not ship, with its aliases;
        logged with all :meth:`undo_delete` needs to put it back. Returns the log's batch.

        ``version`` is the one the clerk confirmed; a newer one raises
        :class:`StaleRecordError`. ``added``: the clerk added it and undoes that, so only
        a use stops it (a country or a shipped-looking name the clerk typed is not the
        app's). The caller rolls back on any error."""
        ref = reference_kind(kind)
        record = self._current(ref, record_id, version)
        name = self._refuse_delete(ref, record, language, added)
        table = _table(ref.model)
        row = self.session.execute(select(table).where(table.c.id == record_id)).mappings().one()
        aliases = [
            {"name": alias.name, "normalized": alias.normalized, "lang": alias.lang}
            for alias in (record.aliases if ref.alias_model is not None else [])
        ]
        batch = uuid.uuid4()
        write_change(
            self.session,
            ref.table,
            "delete",
            record_id=record_id,
            record_uuid=getattr(record, "uuid", None),
            batch_id=batch,
            changes={
                "kind": ref.name,
                "record": {column: json_value(value) for column, value in row.items()},
                "aliases": aliases,
            },
            summary=record_name(ref, record),
            user=self.user,
            desk=self.desk,
        )
        self.session.delete(record)
        try:
            self._flush(ref, record)
        except IntegrityError as error:  # another desk put it to use since the check
            raise DeleteRefusedError(
                _(IN_USE).format(name=name, uses=_("an event saved meanwhile")), _(MERGE_INSTEAD)
            ) from error
        return batch

    def undo_delete(self, batch: uuid.UUID) -> int:
        """Put a deleted record back as it was logged, with its aliases; returns its id
        (a new one when another record has taken the old one since). Refused when
        another record now has its name, code or any of its names."""
        entry = self.session.scalar(
            select(ChangeLog).where(ChangeLog.batch_id == batch, ChangeLog.action == "delete")
        )
        if entry is None or not isinstance(entry.changes, dict):
            raise ReferenceInputError(NOT_IN_LOG)
        name = entry.summary or ""
        undone = ChangeLog.changes["undoes"].as_string() == str(batch)
        if self.session.scalar(select(ChangeLog.id).where(ChangeLog.action == "undelete", undone)):
            raise ReferenceInputError(ALREADY_BACK, name=name)
        ref = reference_kind(str(entry.changes["kind"]))
        table = _table(ref.model)
        values = _column_values(table, entry.changes["record"])
        if self.session.get(ref.model, values["id"]) is not None:
            del values["id"]
        if self._unique_taken(table, values):
            raise DeleteRefusedError(_(NAME_BACK_TAKEN).format(name=name), _(RENAME_FIRST))
        record_id = self.session.execute(
            insert(table).values(values).returning(table.c.id)
        ).scalar_one()
        if ref.alias_model is not None and entry.changes.get("aliases"):
            self.session.execute(
                insert(_table(ref.alias_model)),
                [{**alias, ref.alias_owner: record_id} for alias in entry.changes["aliases"]],
            )
        record = self.session.get(ref.model, record_id)
        if self.name_clashes(ref, record, own_names(ref, record)):
            raise DeleteRefusedError(_(NAME_BACK_TAKEN).format(name=name), _(RENAME_FIRST))
        write_change(
            self.session,
            ref.table,
            "undelete",
            record_id=record_id,
            record_uuid=getattr(record, "uuid", None),
            batch_id=uuid.uuid4(),
            changes={"undoes": str(batch)},
            summary=name,
            user=self.user,
            desk=self.desk,
        )
        self.session.flush()
        return int(record_id)

    def _refuse_delete(
        self, ref: ReferenceKind, record: Any, language: str | None, added: bool = False
    ) -> str:
        """Raise :class:`DeleteRefusedError` for a record the app ships (unless the clerk
        ``added`` it) or one in use; the record's name in ``language`` otherwise."""
        name = display_name(record, language or current_language())
        kept = None if added else self._kept_reason(ref, record)
        if kept is not None:
            raise DeleteRefusedError(_(kept).format(name=name), _(KEEP_ADVICE))
        uses = self.usage(ref.name, record.id)
        if uses:
            raise DeleteRefusedError(
                _(IN_USE).format(name=name, uses=uses.words()), _(MERGE_INSTEAD)
            )
        return name

    @staticmethod
    def _kept_reason(ref: ReferenceKind, record: Any) -> str | None:
        """Why a record that comes with the app stays (a message), or None.

        No column marks such records, so they are told by what they came from: countries
        are ISO's list; a region with an ISO 3166-2 code is pycountry's, and the gazetteer
        finds the regions typed in events by that code; a city with a GeoNames id is the
        town the gazetteer links events to (the next event naming it would make it again,
        without its aliases); the cities, occasions and types of the reference files are
        what reading a report finds (by their names, and the types by their codes)."""
        if not ref.deletable:
            return KEPT_COUNTRY
        if ref.model is Region:
            return KEPT_REGION if record.code and _is_iso_region(record.code) else None
        if ref.model is City:
            if record.geonames_id is not None:
                return KEPT_GEONAMES
            place = f"{record.country.code}:{normalize(record.name)}"
            return KEPT_SHIPPED if place in _shipped_keys("city") else None
        if ref.model is Occasion:
            names = {normalize(name) for name in own_names(ref, record)}
            return KEPT_SHIPPED if names & _shipped_keys("occasion") else None
        if ref.model in (EventType, ProgramItemType):
            return KEPT_SHIPPED if record.code in _shipped_keys(ref.name) else None
        return None

    def _unique_taken(self, table: Table, values: dict[str, Any]) -> bool:
        """Whether another record has the value of one of ``table``'s unique columns
        (an occasion's name, a type's code, a region's code)."""
        return any(
            self.session.scalar(select(column).where(column == values[column.name]).limit(1))
            is not None
            for column in table.c
            if column.unique and values.get(column.name) is not None
        )

    def geonames_choices(self, city_id: int, lang: str) -> list[PlaceCandidate]:
        """GeoNames towns a stored city may be, by its name and aliases, nearest first."""
        city = self.session.get(City, city_id)
        if city is None:
            return []
        gazetteer = Gazetteer(self.session)
        found: dict[int, PlaceCandidate] = {}
        for name in [city.name, *(a.name for a in city.aliases)]:
            for candidate in gazetteer.city_candidates(
                name, country=city.country, region=city.region, lang=lang
            ):
                place = candidate.place
                if place is not None and candidate.city_id != city_id:
                    found.setdefault(place.geonames_id or 0, candidate)
        return sorted(found.values(), key=lambda c: (not c.exact, -c.score))

    def link_to_geonames(self, city_id: int, place: Place) -> int | None:
        """Make a hand-made city the GeoNames town ``place``. When another stored city
        already is that town, nothing changes here and its id is returned: merge into it."""
        gazetteer = Gazetteer(self.session)
        stored = gazetteer.stored_city(place)
        if stored is not None:
            return stored.id if stored.id != city_id else None
        city = self.session.get(City, city_id)
        if city is None:
            raise ReferenceInputError(GONE)
        gazetteer.link_city(city, place, self.user)
        return None

    def city_link(self, city_id: int) -> CityLink:
        """What a GeoNames link of the city sets, as stored now."""
        city = self.session.get(City, city_id)
        if city is None:
            raise ReferenceInputError(GONE)
        return CityLink(
            geonames_id=city.geonames_id,
            name_ru=city.name_ru,
            name_az=city.name_az,
            population=city.population,
            latitude=city.latitude,
            longitude=city.longitude,
            region_id=city.region_id,
            aliases=tuple((alias.name, alias.lang) for alias in city.aliases),
        )

    def put_city_link(self, city_id: int, link: CityLink, version: int | None) -> int:
        """Give the city ``link`` (the undo or redo of a link to GeoNames), logged; returns
        its new version. A newer ``version`` raises :class:`StaleRecordError`; another
        city linked to that town since, a :class:`ReferenceInputError`."""
        ref = reference_kind("city")
        city = self._current(ref, city_id, version)
        if link.geonames_id is not None and self.session.scalar(
            select(City.id).where(City.geonames_id == link.geonames_id, City.id != city_id)
        ):
            raise ReferenceInputError(GEONAMES_TAKEN, name=city.name)
        before = {**self._snapshot(ref, city), **{c: getattr(city, c) for c in _LINK_LOGGED}}
        with self.session.no_autoflush:
            for column in _LINK_COLUMNS:
                setattr(city, column, getattr(link, column))
            city.region = self.session.get(Region, link.region_id) if link.region_id else None
            self._sync_aliases(ref, city, [city.name, *(name for name, _lang in link.aliases)])
            languages = {normalize(name): lang for name, lang in link.aliases}
            for alias in city.aliases:
                alias.lang = languages.get(alias.normalized, alias.lang)
        self._flush(ref, city)
        self.session.refresh(city, ["aliases"])
        after = {**self._snapshot(ref, city), **{c: getattr(city, c) for c in _LINK_LOGGED}}
        changes = {k: [before[k], v] for k, v in after.items() if before[k] != v}
        if changes:
            self._log(ref, city, "update", changes)
        self.session.flush()
        return int(city.version)

    # --- helpers ---------------------------------------------------------------------

    def _current(self, ref: ReferenceKind, record_id: int, version: int | None) -> Any:
        """The record as stored now; a StaleRecordError when it is newer than ``version``."""
        record = self.session.get(ref.model, record_id, populate_existing=True)
        if record is None:
            raise ReferenceInputError(GONE)
        if version is not None and record.version != version:
            raise self._stale(ref, record)
        return record

    def _flush(self, ref: ReferenceKind, record: Any) -> None:
        """Flush; another desk's save between reading and writing is a conflict too."""
        try:
            self.session.flush()
        except StaleDataError as error:
            raise self._stale(ref, record) from error

    def _stale(self, ref: ReferenceKind, record: Any) -> StaleRecordError:
        last = self.session.execute(
            select(ChangeLog.user, ChangeLog.at)
            .where(ChangeLog.table_name == ref.table, ChangeLog.record_id == record.id)
            .order_by(ChangeLog.at.desc(), ChangeLog.id.desc())
            .limit(1)
        ).first()
        by, at = (last.user, last.at) if last is not None else (None, None)
        return StaleRecordError(ref.name, record_name(ref, record), by, at)

    def _set_fields(
        self, ref: ReferenceKind, record: Any, name: str, values: dict[str, str]
    ) -> None:
        for attr in ref.fields:
            text = values.get(attr, "").strip() or None
            if attr == "reference_date" and text:
                try:
                    setattr(record, attr, dt.date.fromisoformat(text))
                except ValueError as error:
                    raise ReferenceInputError(NOT_A_DATE, text=text) from error
            elif attr == "code" and not text and ref.model in (EventType, ProgramItemType):
                setattr(record, attr, _code_for(name))
            else:
                setattr(record, attr, text)
        if ref.needs_region:
            region = EventStore(self.session, self.user, self.desk).region(
                values.get("region"), None
            )
            if region is None:
                raise ReferenceInputError(NO_REGION)
            record.region, record.country = region, region.country
        if ref.model is Country and not record.code:
            raise ReferenceInputError(NO_COUNTRY_CODE)
        if ref.model is Region and record.country_id is None:
            prefix = (record.code or "").split("-")[0].upper()
            country = self.session.scalar(select(Country).where(Country.code == prefix))
            if country is None:
                raise ReferenceInputError(NO_REGION_CODE)
            record.country = country

    def _texts(self, ref: ReferenceKind, record: Any) -> dict[str, str]:
        data = self.read(ref.name, record.id)
        assert data is not None
        return data.values

    def _snapshot(self, ref: ReferenceKind, record: Any) -> dict[str, Any]:
        values: dict[str, Any] = {ref.name_attr: getattr(record, ref.name_attr)}
        values.update({attr: json_value(getattr(record, attr)) for attr in ref.fields})
        values["aliases"] = sorted(alias_names(ref, record))
        if ref.needs_region:
            values["region"] = record.region.name if record.region is not None else None
        return values

    def _sync_aliases(self, ref: ReferenceKind, record: Any, names: list[str]) -> None:
        """The record's aliases become exactly ``names`` (its own name always among them),
        one per spelling (a change of case only corrects it); a change of names alone is a
        new version too (models.AliasColumns)."""
        assert ref.alias_model is not None
        wanted: dict[str, str] = {}
        for name in names:
            spelled = name.strip()
            if normalize(spelled) and spelled.casefold() not in wanted:
                wanted[spelled.casefold()] = spelled
        for alias in list(record.aliases):
            if alias.name.casefold() not in wanted:
                record.aliases.remove(alias)
                self.session.delete(alias)
            else:
                alias.name = wanted.pop(alias.name.casefold())
        for name in wanted.values():
            record.aliases.append(ref.alias_model(name=name, normalized=normalize(name)))

    def _log(self, ref: ReferenceKind, record: Any, action: str, changes: dict[str, Any]) -> None:
        write_change(
            self.session,
            ref.table,
            action,
            record_id=record.id,
            record_uuid=getattr(record, "uuid", None),
            changes=changes,
            summary=record_name(ref, record),
            user=self.user,
            desk=self.desk,
        )


_NAMES_SHOWN: dict[str, tuple[tuple[str, int], dict[str, dict[int, tuple[str, str]]]]] = {}
"""Table → ((the database, the versions of its records), language → id → (name shown in
the language, its key)), as :meth:`ReferenceService._names` last gathered them: one
database's at a time."""


_LEADING_MARKS = re.compile(r"^\W+")
"""Marks before a name's first letter ("‘Adan", "//Karas": ISO's transliterations), which
the lists pass over in ordering, as a dictionary does."""


def _language(language: str) -> str:
    """An interface language's code ("ru_RU" → "ru"); English for one without names."""
    short = language.replace("-", "_").split("_")[0].lower()
    return short if short in LANGUAGES else "en"


def _check_lengths(
    ref: ReferenceKind, name: str, values: dict[str, str], aliases: list[str]
) -> None:
    """Refuse a text longer than its column (db.limits): SQLite would keep it, and the data
    set would then fail to move to PostgreSQL (``db copy``), far from the clerk who typed it."""
    texts = [(getattr(ref.model, ref.name_attr), name)]
    texts += [(getattr(ref.model, attr), values.get(attr, "").strip()) for attr in ref.fields]
    if ref.alias_model is not None:
        texts += [(ref.alias_model.name, alias.strip()) for alias in aliases]
    for column, text in texts:
        limit = max_length(column)
        if limit is not None and len(text) > limit:
            raise ReferenceInputError(
                TOO_LONG,
                start=text[:40].rstrip(),
                length=format_number(len(text)),
                limit=format_number(limit),
            )


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)  # every model maps one table of db.tables
    return table


def _column_values(table: Table, logged: dict[str, Any]) -> dict[str, Any]:
    """A row as the change log holds it (JSON) in its columns' types again, its sort
    ranks stale (others may have been ranked since); columns the table no longer has
    are left out."""
    values: dict[str, Any] = {}
    for name, value in logged.items():
        if name not in table.c:
            continue
        column_type = table.c[name].type
        if isinstance(value, str) and isinstance(column_type, Uuid):
            value = uuid.UUID(value)
        elif isinstance(value, str) and isinstance(column_type, Date):
            value = dt.date.fromisoformat(value)
        values[name] = value
    return {**values, **{rank: None for rank in STALE_RANKS if rank in table.c}}


def _is_iso_region(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-2 subdivision's (pycountry's list)."""
    import pycountry  # its list of subdivisions loads in ~40 ms: only when asked

    # pycountry's Subdivisions.get overrides the typed Database.get without annotations.
    return pycountry.subdivisions.get(code=code) is not None  # type: ignore[no-untyped-call]


@cache
def _shipped_keys(kind: str) -> frozenset[str]:
    """What tells the records of ``kind`` the reference files bring: a type's code, an
    occasion's English name and a city's "country code:name" (normalized)."""
    if kind in ("event_type", "program_item_type"):
        return frozenset(type_aliases("event" if kind == "event_type" else "program"))
    if kind == "occasion":
        return frozenset(normalize(row["name_en"]) for row in read_csv("occasions.csv"))
    if kind == "city":
        return frozenset(
            f"{row['country']}:{normalize(row['name'])}" for row in read_csv("cities.csv")
        )
    return frozenset()
