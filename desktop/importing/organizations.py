"""An export's Organizations and Organizers sheets read back: bodies keep their identity.

The app's workbook lists every organization its events name (UUID, name, kind, place,
parent, aliases) and each event's organizers by organization UUID, role and order. Read
back, a body is matched to a stored one by UUID first, then by its exact name in the same
country; two bodies of one name stay two, a name holding ";" stays one, and a new body is
created with its UUID, place, kind, parent and aliases.

A stored organization is never changed behind the clerk's back: where the sheet says
otherwise (another name, place, kind, parent, more aliases) the difference is listed in the
preview as an :class:`OrganizationChange`, applied only once accepted, logged in the
import's batch and taken back by ``undo_batch``.

The Organizers column of any sheet separates organizers with ";", yet clerks write
"A, B" too, and a name may hold a comma: :func:`read_organizers` reads a cell as the
clerk meant it and says how, in the row's preview, whenever a comma decided anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from uuid import UUID
from weakref import WeakKeyDictionary

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from db.event_store import OrganizerInput, PlaceRecords
from db.messages import N_, _, ngettext
from db.models import City, Country, Organization, OrganizationAlias, OrganizerRole, Region
from db.names import normalize
from desktop.importing import parse
from desktop.importing.errors import ImportFileError
from desktop.importing.reader import Table, read_table
from desktop.importing.resolve import ImportStore, NewRecord, RefId
from desktop.reports.language import LANGUAGES, catalog, in_every_language

if TYPE_CHECKING:  # they import this module
    from desktop.importing.apply import BatchStore
    from desktop.importing.preview import ImportPreview

ORGANIZATIONS_SHEET = "Organizations"
ORGANIZERS_SHEET = "Organizers"
KEY = "Organization UUID"
FIELD_LABELS = {"name": N_("name"), "short_name": N_("short name"), "kind": N_("kind"),
                "country": N_("country"), "region": N_("region"), "city": N_("city"),
                "parent": N_("parent organization"), "aliases": N_("other names")}
"""What an organization change may touch, as the preview names it."""
SHEET_KEY = "sheet:"
"""NewRecord keys of bodies the Organizations sheet creates: "sheet:<uuid>"."""


@dataclass
class SheetOrganization:
    """One row of an Organizations sheet (or a body the Organizers sheet names alone)."""

    uuid: UUID | None
    name: str
    short_name: str | None = None
    kind: str | None = None
    country: str | None = None
    region: str | None = None
    city: str | None = None
    parent: UUID | None = None
    aliases: list[str] = field(default_factory=list)
    row: int = 0


@dataclass
class OrganizationChange:
    """What the sheet says differently about a stored organization; applied once accepted."""

    record_id: int
    uuid: UUID
    name: str
    """The stored name."""
    changes: dict[str, tuple[Any, Any]]
    """Field ("name", "region"...) -> (stored, in the file), as the change log shows them."""
    values: dict[str, Any]
    """Attribute -> new value to set (ids for places; a RefId for the parent)."""
    new_aliases: list[str] = field(default_factory=list)
    accepted: bool = False

    def describe(self) -> str:
        """One line for the preview: which body and what the file would change."""
        parts = [f"{_(FIELD_LABELS[name])} {_shown(old)} → {_shown(new)}"
                 for name, (old, new) in self.changes.items()]
        return _('Organization "{name}" ({uuid}) differs in the file: {changes}. It is kept '
                 "as stored unless you accept the change.").format(
            name=self.name, uuid=self.uuid, changes="; ".join(parts))


def _shown(value: Any) -> str:
    if value is None or value == []:
        return _("(empty)")
    if isinstance(value, list):
        return ", ".join(f'"{v}"' for v in value)
    return f'"{value}"'


@dataclass
class NewOrganization:
    """A body the sheet describes and the data set lacks: created with all it knows."""

    record: NewRecord
    sheet: SheetOrganization
    place: PlaceRecords
    parent: RefId | None = None


@dataclass
class OrganizationPlan:
    """What the import does with the workbook's organizations."""

    new: list[NewOrganization] = field(default_factory=list)
    changes: list[OrganizationChange] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    has_organizers: bool = False
    """Whether the Organizers sheet decides the organizers of the events it names."""

    def accept_all(self) -> None:
        for change in self.changes:
            change.accepted = True


# --- reading ------------------------------------------------------------------------------


def _export_sheet(table: Table, english: str, needs: tuple[str, ...],
                  warnings: list[str]) -> Table | None:
    """The export's sheet ``english`` (by its name in any report language) when it has the
    columns it ``needs``; a sheet of another shape is a clerk's own and is left alone."""
    names = in_every_language(english)
    title = next((n for n in table.sheets if n in names and n != table.sheet), None)
    if title is None:
        return None
    try:
        other = read_table(table.path, sheet=title, limits=table.limits)
    except ImportFileError as error:
        warnings.append(_("The sheet {sheet} was not read ({error}); the events sheet alone "
                          "names the organizations.").format(sheet=title, error=error))
        return None
    headers = {_english(h) for h in other.headers}
    return other if all(h in headers for h in needs) else None


def _english(header: str) -> str:
    return next((h for h in _HEADERS if header in in_every_language(h)), header)


def _rows(sheet: Table) -> Iterator[tuple[int, dict[str, Any]]]:
    """The rows of an export's sheet as {English header: value}, through the reader."""
    english = dict(enumerate(_english(h) for h in sheet.headers))
    for row in sheet.iter_rows():
        yield row.number, {english[i]: v for i, v in enumerate(row.values) if i in english}


_HEADERS = ("Organization UUID", "Name", "Short name", "Kind", "Country code", "Region code",
            "City", "Parent organization UUID", "Aliases", "Event UUID", "No.",
            "Organization", "Role")


def _uuid(value: Any) -> UUID | None:
    found, problem = parse.parse_uuid(value)
    return None if problem else found


def _text(value: Any) -> str | None:
    return parse.text(value)


def _aliases(value: Any) -> list[str]:
    text = _text(value)
    return [a.strip() for a in text.splitlines() if a.strip()] if text else []


@dataclass
class _Sheets:
    organizations: dict[UUID, SheetOrganization] = field(default_factory=dict)
    organizers: dict[str, list[tuple[UUID | None, str, OrganizerRole]]] = field(
        default_factory=dict)
    has_organizers: bool = False
    warnings: list[str] = field(default_factory=list)


def read_sheets(table: Table) -> _Sheets | None:
    """The Organizations and Organizers sheets of an export, or None when it has neither."""
    if table.held is not None:  # a CSV file has one sheet
        return None
    sheets = _Sheets()
    organizations_at = _export_sheet(table, ORGANIZATIONS_SHEET, (KEY, "Name"),
                                     sheets.warnings)
    organizers_at = _export_sheet(table, ORGANIZERS_SHEET,
                                  ("Event UUID", KEY, "Organization"), sheets.warnings)
    if organizations_at is None and organizers_at is None:
        return sheets if sheets.warnings else None
    if organizations_at is not None:
        for number, values in _rows(organizations_at):
            key, name = _uuid(values.get(KEY)), _text(values.get("Name"))
            if key is None or name is None:
                continue
            if key in sheets.organizations:
                sheets.warnings.append(_(
                    "{sheet}, row {row}: the organization {uuid} is listed twice; only its "
                    "first row is used.").format(sheet=organizations_at.sheet, row=number,
                                                 uuid=key))
                continue
            sheets.organizations[key] = SheetOrganization(
                key, name, _text(values.get("Short name")), _text(values.get("Kind")),
                _text(values.get("Country code")), _text(values.get("Region code")),
                _text(values.get("City")), _uuid(values.get("Parent organization UUID")),
                _aliases(values.get("Aliases")), number)
    if organizers_at is not None:
        sheets.has_organizers = True
        listed: dict[str, list[tuple[float, int, UUID | None, str, OrganizerRole]]] = {}
        for number, values in _rows(organizers_at):
            event, name = _uuid(values.get("Event UUID")), _text(values.get("Organization"))
            if event is None or name is None:
                continue
            key = _uuid(values.get(KEY))
            role, problem = parse.parse_enum(values.get("Role"), OrganizerRole, "role")
            if problem:
                sheets.warnings.append(_(
                    "{sheet}, row {row}: {problem}; it is read as organizer.").format(
                    sheet=organizers_at.sheet, row=number, problem=problem))
            position = values.get("No.")
            order = float(position) if isinstance(position, int | float) else float(number)
            listed.setdefault(str(event), []).append(
                (order, number, key, name, role or OrganizerRole.ORGANIZER))
            if key is not None and key not in sheets.organizations:
                sheets.organizations[key] = SheetOrganization(key, name, row=number)
        sheets.organizers = {event: [(k, n, r) for _o, _n, k, n, r in sorted(items)]
                             for event, items in listed.items()}
    return sheets


# --- planning -----------------------------------------------------------------------------


def plan_organizations(store: ImportStore, table: Table) -> OrganizationPlan | None:
    """Match the workbook's organizations to stored ones and tell ``store`` their refs."""
    sheets = read_sheets(table)
    if sheets is None:
        return None
    plan = OrganizationPlan(warnings=list(sheets.warnings), has_organizers=sheets.has_organizers)
    session = store.session
    keys = list(sheets.organizations)
    stored: dict[UUID, Organization] = {}
    for start in range(0, len(keys), 500):
        for record in session.scalars(
                select(Organization).where(Organization.uuid.in_(keys[start:start + 500]))):
            stored[record.uuid] = record
    taken = {record.id for record in stored.values()}
    refs: dict[UUID, RefId] = {}
    places: dict[UUID, PlaceRecords] = {}
    matched: dict[UUID, Organization] = {}
    known = _by_names(session, {s.name for k, s in sheets.organizations.items()
                                if k not in stored})
    for key, sheet in sheets.organizations.items():
        place = places[key] = _place(store, sheet, plan.warnings)
        found = stored.get(key) or _by_name(known, sheet.name, place.country, taken)
        if found is not None:
            taken.add(found.id)
            matched[key] = found
            refs[key] = found.id
            store.names.organizations[found.id] = found.name
        else:
            new = NewRecord("organization", sheet.name, f"{SHEET_KEY}{key}", uuid=key)
            refs[key] = f"new:{new.key}"
            store.names.organizations[refs[key]] = sheet.name
            plan.new.append(NewOrganization(new, sheet, place))
    for new_one in plan.new:
        new_one.parent = _parent(new_one.sheet, refs, session, plan.warnings)
    for key, record in matched.items():
        change = _change(record, sheets.organizations[key], places[key], refs, session,
                         plan.warnings)
        if change is not None:
            plan.changes.append(change)
    store.use_sheet(refs, {f"new:{n.record.key}": n.record for n in plan.new}, {
        event: [(refs[k] if k is not None else None, name, role) for k, name, role in items]
        for event, items in sheets.organizers.items()
    }, {event: _column_texts([(name, role) for _k, name, role in items])
        for event, items in sheets.organizers.items()}, has_organizers=sheets.has_organizers)
    return plan


def _column_texts(items: list[tuple[str, OrganizerRole]]) -> frozenset[str]:
    """The Organizers column as an export writes these organizers, in each report language
    (``desktop.reports.rows``): a column still holding one of them was not edited."""
    return frozenset(
        "; ".join(name if role == OrganizerRole.ORGANIZER
                  else f"{name} ({catalog(language).gettext(role.value)})"
                  for name, role in items)
        for language in LANGUAGES)


def _place(store: ImportStore, sheet: SheetOrganization, warnings: list[str]) -> PlaceRecords:
    """The sheet's codes and city name as records; what names nothing known is reported."""
    place = store.place_records(sheet.country, sheet.region, sheet.city)
    country, region, city = place
    for what, text, found in (("country", sheet.country, country), ("region", sheet.region,
                              region), ("city", sheet.city, city)):
        if text and found is None:
            warnings.append(_('Organization "{name}": no {field} "{text}" is known here; it is '
                              "left empty.").format(name=sheet.name, field=_(FIELD_LABELS[what]),
                                                    text=text))
    return place


def _by_names(session: Session, names: set[str]) -> dict[str, list[Organization]]:
    """Stored bodies by the normalized names and aliases among ``names``, oldest first
    (read 500 names a query, not one query per body)."""
    keys = sorted({normalize(n) for n in names} - {""})
    found: dict[str, list[Organization]] = {}
    for start in range(0, len(keys), 500):
        for key, record in session.execute(
            select(OrganizationAlias.normalized, Organization)
            .join(Organization, OrganizationAlias.organization_id == Organization.id)
            .where(OrganizationAlias.normalized.in_(keys[start:start + 500]))
            .order_by(Organization.id)
        ):
            found.setdefault(key, []).append(record)
    return found


def _by_name(known: dict[str, list[Organization]], name: str, country: Country | None,
             taken: set[int]) -> Organization | None:
    """A stored body of exactly this name (or alias) in the same country, not yet matched."""
    wanted = country.id if country is not None else None
    return next((record for record in known.get(normalize(name), [])
                 if record.country_id == wanted and record.id not in taken), None)


def _parent(sheet: SheetOrganization, refs: dict[UUID, RefId], session: Session,
            warnings: list[str]) -> RefId | None:
    if sheet.parent is None:
        return None
    if sheet.parent in refs:
        return refs[sheet.parent]
    stored = session.scalar(select(Organization.id).where(Organization.uuid == sheet.parent))
    if stored is None:
        warnings.append(_('Organization "{name}": its parent {uuid} is neither in the file nor '
                          "here; it is imported without a parent.").format(
            name=sheet.name, uuid=sheet.parent))
    return stored


def _change(record: Organization, sheet: SheetOrganization, place: PlaceRecords,
            refs: dict[UUID, RefId], session: Session,
            warnings: list[str]) -> OrganizationChange | None:
    """The differences of a stored body from the sheet's row (a blank cell changes nothing)."""
    changes: dict[str, tuple[Any, Any]] = {}
    values: dict[str, Any] = {}
    for name in ("name", "short_name", "kind"):
        new = getattr(sheet, name)
        if new is not None and new != getattr(record, name):
            changes[name] = (getattr(record, name), new)
            values[name] = new
    if place.country is not None and place.country is not record.country:
        changes["country"] = (_code(record.country), _code(place.country))
        values["country_id"] = place.country.id
    if place.region is not None and place.region is not record.region:
        changes["region"] = (_code(record.region), _code(place.region))
        values["region_id"] = place.region.id
    if place.city is not None and place.city is not record.city:
        changes["city"] = (_city_name(record.city), _city_name(place.city))
        values["city_id"] = place.city.id
    if sheet.parent is not None:
        parent = _parent(sheet, refs, session, warnings)
        old = record.parent.uuid if record.parent is not None else None
        if parent is not None and parent != record.parent_id:
            changes["parent"] = (str(old) if old else None, str(sheet.parent))
            values["parent"] = parent
    have = {a.normalized for a in record.aliases}
    added = [a for a in dict.fromkeys(sheet.aliases) if normalize(a) and normalize(a) not in have]
    if added:
        old_names = sorted(a.name for a in record.aliases)
        changes["aliases"] = (old_names, sorted({*old_names, *added}))
    if not changes:
        return None
    return OrganizationChange(record.id, record.uuid, record.name, changes, values, added)


def _code(record: Country | Region | None) -> str | None:
    return record.code if record is not None else None


def _city_name(record: City | None) -> str | None:
    return record.name if record is not None else None


def needed_records(plan: OrganizationPlan | None, used: set[int]) -> list[NewRecord]:
    """The new bodies named by the rows ``used`` (row numbers written), with their new
    ancestors: the preview lists them and the import creates them."""
    if plan is None:
        return []
    named = {f"new:{n.record.key}" for n in plan.new if any(r in used for r in n.record.rows)}
    wanted = _with_parents(plan, named)
    return [n.record for n in plan.new if f"new:{n.record.key}" in wanted]


# --- writing ------------------------------------------------------------------------------


def apply_organizations(store: BatchStore, preview: ImportPreview
                        ) -> dict[tuple[str, str], int]:
    """Create the new bodies the preview lists (with their parents) and apply the accepted
    changes, each logged in the store's batch; returns the new ids by "new:" key."""
    ids: dict[tuple[str, str], int] = {}
    plan = preview.organizations
    if plan is None:
        return ids
    needed = {f"new:{r.key}" for r in preview.new_organizations if r.uuid is not None}
    session: Session = store.session
    wanted = _with_parents(plan, needed)
    made: list[tuple[NewOrganization, Organization]] = []
    for new in plan.new:
        if f"new:{new.record.key}" not in wanted:
            continue
        sheet, place = new.sheet, new.place
        record = Organization(uuid=sheet.uuid, name=sheet.name, short_name=sheet.short_name,
                              kind=sheet.kind, country=place.country, region=place.region,
                              city=place.city)
        for alias in dict.fromkeys([sheet.name, *sheet.aliases]):
            if normalize(alias) not in {a.normalized for a in record.aliases}:
                record.aliases.append(OrganizationAlias(name=alias, normalized=normalize(alias)))
        session.add(record)
        made.append((new, record))
    session.flush()
    for new, record in made:
        ids[("organization", f"new:{new.record.key}")] = record.id
    for new, record in made:
        if new.parent is not None:
            record.parent_id = _id(new.parent, ids)
    session.flush()
    for new, record in made:
        store.log_change("organization", record.uuid, record.id, "insert",
                   _inserted(record, new), summary=record.name)
    for change in plan.changes:
        if change.accepted:
            _apply_change(store, session, change, ids)
    _pin_updates(store, preview, ids)
    store.gazetteer.refresh("organization")
    return ids


def _pin_updates(store: BatchStore, preview: ImportPreview,
                 ids: dict[tuple[str, str], int]) -> None:
    """Tell the store which bodies each updated event's organizers are: it saves updates
    through the event store, which finds organizations by name."""
    for row in preview.rows:
        resolved = row.resolved
        if row.action != "update" or resolved is None or resolved.uuid is None:
            continue
        names = resolved.names.organizations
        pairs = [(names[ref], _id(ref, ids)) for ref, _role in resolved.organizers]
        store.pin(resolved.uuid, [(name, found) for name, found in pairs if found is not None])


def _with_parents(plan: OrganizationPlan, needed: set[str]) -> set[str]:
    """The new bodies the written rows name, with every new ancestor of theirs."""
    parents = {f"new:{n.record.key}": n.parent for n in plan.new}
    wanted: set[str] = set()
    todo = [key for key in needed if key in parents]
    while todo:
        key = todo.pop()
        if key in wanted:
            continue
        wanted.add(key)
        parent = parents.get(key)
        if isinstance(parent, str):
            todo.append(parent)
    for change in plan.changes:
        parent = change.values.get("parent")
        if change.accepted and isinstance(parent, str) and parent not in wanted:
            wanted |= _with_parents(plan, {parent})
    return wanted


def _id(ref: RefId, ids: dict[tuple[str, str], int]) -> int | None:
    return ref if isinstance(ref, int) else ids.get(("organization", ref))


def _inserted(record: Organization, new: NewOrganization) -> dict[str, object]:
    sheet, place = new.sheet, new.place
    values: dict[str, object] = {
        "name": record.name, "short_name": record.short_name, "kind": record.kind,
        "country": _code(place.country), "region": _code(place.region),
        "city": _city_name(place.city),
        "parent": str(sheet.parent) if record.parent_id is not None else None,
        "aliases": sorted(a.name for a in record.aliases if a.name != record.name) or None,
    }
    return {k: [None, v] for k, v in values.items() if v is not None}


def _apply_change(store: BatchStore, session: Session, change: OrganizationChange,
                  ids: dict[tuple[str, str], int]) -> None:
    record = session.get(Organization, change.record_id)
    if record is None:
        return
    for attribute, value in change.values.items():
        if attribute == "parent":
            record.parent_id = _id(value, ids)
        else:
            setattr(record, attribute, value)
    for alias in change.new_aliases:
        record.aliases.append(OrganizationAlias(name=alias, normalized=normalize(alias)))
    if change.new_aliases and not session.is_modified(record):
        flag_modified(record, "name")  # a new name alone is a new version too
    session.flush()
    store.log_change("organization", record.uuid, record.id, "update",
               {k: [old, new] for k, (old, new) in change.changes.items()},
               summary=record.name)


# --- undo -----------------------------------------------------------------------------------


def restore_organization(session: Session, record: Organization,
                         changes: dict[str, Any]) -> None:
    """Put back the values an import's "update" row of ``record`` replaced."""
    for name, (old, new) in changes.items():
        if name in ("name", "short_name", "kind"):
            setattr(record, name, old)
        elif name == "country":
            record.country_id = session.scalar(select(Country.id).where(Country.code == old))
        elif name == "region":
            record.region_id = session.scalar(select(Region.id).where(Region.code == old))
        elif name == "city":
            record.city_id = None if old is None else session.scalar(
                select(City.id).where(City.name == old, _same_place(record)).limit(1))
        elif name == "parent":
            record.parent_id = None if old is None else session.scalar(
                select(Organization.id).where(Organization.uuid == UUID(old)))
        elif name == "aliases":
            keep = {normalize(a) for a in old or []}
            added = {normalize(a) for a in new or []} - keep
            for alias in list(record.aliases):
                if alias.normalized in added:
                    record.aliases.remove(alias)
                    session.delete(alias)
            if added and not session.is_modified(record):
                flag_modified(record, "name")


def _same_place(record: Organization) -> Any:
    """Cities of the restored region (or country) first: a city's name may repeat."""
    if record.region_id is not None:
        return City.region_id == record.region_id
    if record.country_id is not None:
        return City.country_id == record.country_id
    return City.id.is_not(None)


# --- the Organizers column ----------------------------------------------------------------

MOST_PARTS = 40
"""Comma parts of one organizer beyond which it is not taken apart: no clerk's slip."""
LONGEST_NAME = 6
"""Comma parts one known name may span ("Общество азербайджанцев, г. Казань" spans two)."""
_OPENING, _CLOSING = "([{«“", ")]}»”"

Group = tuple[int, int, bool]
"""Comma parts [start, end) read as one organizer, and whether it names a known body."""
Reading = tuple[int, int, list[Group]]
"""Parts in known bodies' names, minus the organizers, and the groups: more is better."""


class _Answers:
    """What one import's store said about the names and comma parts of its Organizers
    cells. A sheet names the same bodies row after row in ever new combinations, and each
    question (a place lookup above all) costs far more than the reading itself: each is
    asked once per import. Nothing refreshes the store's gazetteer while a preview reads
    its cells, so an answer holds for the whole preview."""

    def __init__(self) -> None:
        self._known: dict[str, bool] = {}
        self._continues: dict[str, bool] = {}

    def knows(self, store: ImportStore, name: str) -> bool:
        """:meth:`ImportStore.knows_organization`, asked once per name."""
        found = self._known.get(name)
        if found is None:
            found = self._known[name] = store.knows_organization(name)
        return found

    def continues(self, store: ImportStore, part: str) -> bool:
        """Whether a comma part goes on the name before it ("…, г. Казань", "…, Казань")
        rather than naming another organizer; asked once per part."""
        found = self._continues.get(part)
        if found is None:
            letter = next((char for char in part if char.isalpha()), "")
            found = self._continues[part] = letter.islower() or store.names_place(part)
        return found


_ANSWERS: WeakKeyDictionary[ImportStore, _Answers] = WeakKeyDictionary()
"""Each import store's answers, gone with the store (they never refer to it)."""


def _answers(store: ImportStore) -> _Answers:
    found = _ANSWERS.get(store)
    if found is None:
        found = _ANSWERS[store] = _Answers()
    return found


def read_organizers(store: ImportStore, value: Any) -> tuple[list[OrganizerInput], list[str]]:
    """The organizers of an Organizers cell, and a note for each item a comma decided.

    An item that names a known body whole is that body; else one whose comma parts name
    known bodies is several organizers; else it stays one new body (a name may hold a
    comma). Either of the last two is said, so the clerk can correct the cell first.
    A name the cell repeats in the same role is one organizer, and said; in another role
    it stays, for the event's check to refuse (which row to keep is the clerk's choice).
    """
    organizers: list[OrganizerInput] = []
    notes: list[str] = []
    listed: set[tuple[str, str]] = set()
    for item in parse.split_list(value):
        read, note = _read_item(store, item)
        if note is not None:
            notes.append(note)
        for organizer in read:
            key = (normalize(organizer.name), organizer.role)
            if key in listed:
                notes.append(_("“{name}” is listed twice in the cell; it is imported once.")
                             .format(name=organizer.name))
                continue
            listed.add(key)
            organizers.append(organizer)
    return organizers, notes


def _organizer(text: str) -> OrganizerInput:
    """One organizer written "Name" or "Name (role)"."""
    return parse.parse_organizers(text)[0]


def _read_item(store: ImportStore, item: str) -> tuple[list[OrganizerInput], str | None]:
    whole = _organizer(item)
    if "," not in whole.name:
        return [whole], _conjunction_note(store, whole.name)
    answers = _answers(store)
    if answers.knows(store, whole.name):
        return [whole], None
    parts = _comma_parts(item)
    groups = _reading(store, answers, item, parts) if 1 < len(parts) <= MOST_PARTS else []
    if not any(known for _start, _end, known in groups):
        return [whole], _("“{name}” is read as one new organization whose name holds a comma. "
                          "If the cell lists several organizers, separate them with “;”."
                          ).format(name=whole.name)
    read = [_organizer(item[parts[start][0]:parts[end - 1][1]]) for start, end, _k in groups]
    names = "; ".join(
        organizer.name if known else _("{name} (new organization)").format(name=organizer.name)
        for organizer, (_start, _end, known) in zip(read, groups, strict=True))
    return read, ngettext(
        "“{text}” is read as {count} organizer: {names}. Separate organizers with “;” in the "
        "file; if this is the name of one organization, add it to the Organizations reference "
        "list (as its name or an alias) before importing.",
        "“{text}” is read as {count} organizers: {names}. Separate organizers with “;” in the "
        "file; if this is the name of one organization, add it to the Organizations reference "
        "list (as its name or an alias) before importing.",
        len(read)).format(text=item, count=len(read), names=names)


_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”|\([^)]*\)")
_CONJUNCTION = re.compile(r"(?<=\s)(и|və|ve|and|&)(?=\s)", re.IGNORECASE)
"""A word that may join two organizations' names ("Общество «Дружба» и Молодёжный союз"),
looked for outside quotes and brackets (a name may hold one: "«Наука и жизнь»")."""


def _conjunction_note(store: ImportStore, name: str) -> str | None:
    """A note for a new organization whose name joins two with "и", "və" or "and": it may
    be two organizers written as one, which the clerk must see before it is stored. A
    known body's name is no news."""
    found = _CONJUNCTION.search(_QUOTED.sub(" ", name))
    if found is None or _answers(store).knows(store, name):
        return None
    return _("“{name}” is read as one new organization whose name holds “{word}”. If the "
             "cell lists several organizers, separate them with “;”.").format(
                 name=name, word=found.group(1))


def _comma_parts(item: str) -> list[tuple[int, int]]:
    """Where the parts between the commas outside brackets and quotes begin and end."""
    spans: list[tuple[int, int]] = []
    start = depth = 0
    quoted = False
    for index, char in enumerate(item):
        if char == '"':
            quoted = not quoted
        elif char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(depth - 1, 0)
        elif char == "," and not depth and not quoted:
            spans.append((start, index))
            start = index + 1
    spans.append((start, len(item)))
    return [(start + len(text) - len(text.lstrip()), start + len(text.rstrip()))
            for start, end in spans if (text := item[start:end]).strip()]


def _reading(store: ImportStore, answers: _Answers, item: str,
             parts: list[tuple[int, int]]) -> list[Group]:
    """The comma parts as organizers: the most parts in known bodies' names, then the
    fewest organizers. Unknown parts side by side are one name, and a part that begins in
    lower case or names a place ("г. Казань", "Казань") goes on the name before it."""
    count = len(parts)
    known = {(start, end): answers.knows(
                 store, _organizer(item[parts[start][0]:parts[end - 1][1]]).name)
             for start in range(count)
             for end in range(start + 1, min(count, start + LONGEST_NAME) + 1)}
    if not any(known.values()):
        return []  # nothing to read apart (and no place to look up)
    best: list[Reading | None] = [None] * count + [(0, 0, [])]
    known_first: list[Reading | None] = [None] * count + [(0, 0, [])]
    """From each part on: the best reading, and the best that starts with a known body (an
    unknown name goes on to the next known one: two side by side would be one)."""
    for start in reversed(range(count)):
        known_first[start] = with_known = _best([
            _with((start, end, True), after)
            for end in range(start + 1, min(count, start + LONGEST_NAME) + 1)
            if (after := best[end]) is not None and known[start, end]])
        with_new = _best([_with((start, end, False), after) for end in range(start + 1, count + 1)
                          if (after := known_first[end]) is not None])
        best[start] = with_new if (
            # a new name there reads better than a known body (a tie goes to the body), and
            # only then is it asked whether the part may begin one (a place lookup)
            with_new is not None and (with_known is None or with_new[:2] > with_known[:2])
            and (start == 0 or not answers.continues(store, item[slice(*parts[start])]))
        ) else with_known
    first = best[0]
    return first[2] if first is not None else []


def _with(group: Group, after: Reading) -> Reading:
    start, end, known = group
    covered, organizers, groups = after
    return covered + (end - start if known else 0), organizers - 1, [group, *groups]


def _best(options: list[Reading]) -> Reading | None:
    return max(options, key=lambda option: option[:2], default=None)
