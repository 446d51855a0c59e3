"""Names to records, once per distinct value, with the event store's own rules.

:class:`ImportStore` is an :class:`EventStore` whose lookups are memoized, so
``validate`` (the GUI's validation, word for word) costs one gazetteer lookup
per distinct name, not per row. :meth:`ImportStore.resolve` applies the same
place rules as ``EventStore._apply`` (a region implies its country, a known
city fills its region) and returns a compact :class:`Resolved`: the event's
column values as one tuple and its references as ids (shared between rows that
name the same things). Its change-log snapshot and search text are built when
they are needed from a stand-in object that ``db.event_store.snapshot`` and
``search_text`` accept, so they are exactly what a form save writes, yet no
100,000 dictionaries wait in memory between the preview and the write.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

from db.change_values import Item, organizer_value, program_value, speaker_value
from db.event_store import (
    EventInput,
    EventStore,
    FieldError,
    OrganizerInput,
    PlaceRecords,
    SourceInput,
    _blank,
    json_value,
    place_as_written as store_place_as_written,
)
from db.gazetteer import Gazetteer
from db.localized import display_name
from db.messages import _, current_language
from db.models import (
    City,
    Country,
    Event,
    EventType,
    Organization,
    OrganizerRole,
    ProgramItemType,
    Region,
)
from db.names import normalize

if TYPE_CHECKING:
    from db.world import Place as WorldPlace

_MISSING = object()
_BRACKETED = re.compile(r"^(.+?)\s*\(([^()]+)\)$")


def _bracket_as_comma(text: str | None) -> str | None:
    """"Самара (Самарская обл.)" as "Самара, Самарская обл.": clerks put a city's region
    in brackets, and the gazetteer reads the region after a comma as the city's context."""
    match = _BRACKETED.match((text or "").strip())
    return f"{match[1]}, {match[2]}" if match else None

EVENT_KEYS = (
    "title", "start_date", "end_date", "date_precision", "event_type_id", "occasion_id",
    "anniversary", "country_id", "region_id", "city_id", "venue", "place_as_written",
    "place_precision", "attendance", "description", "status",
)
"""The order of :attr:`Resolved.event`: the event table's own columns an import sets."""

LABELS_KEPT = 20_000
"""Distinct organizer/speaker/program lists and names remembered for snapshots."""

RefId = int | str
Place = tuple[int | None, int | None, RefId | None]
"""Country, region and city ids ("world:<GeoNames id>" for a town the import stores)."""
T = TypeVar("T")
"""A record id, or "new:<key>" for an organization or person the import will create."""


class CachingGazetteer(Gazetteer):
    """A gazetteer that remembers each answer (as a record id) until refreshed."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._answers: dict[tuple[Hashable, ...], Any] = {}

    def refresh(self, kind: str | None = None) -> None:
        super().refresh(kind)
        self._answers.clear()

    forget = refresh

    def _resolve(
        self,
        kind: str,
        text: str | None,
        country_id: int | None = None,
        region_id: int | None = None,
        fuzzy: bool = True,
    ) -> Any:
        key = (kind, text, country_id, region_id, fuzzy)
        found = self._answers.get(key, _MISSING)
        if found is _MISSING:  # records are held strongly: the session's map is weak
            found = self._answers[key] = super()._resolve(kind, text, country_id, region_id,
                                                          fuzzy)
        return found


@dataclass
class NewRecord:
    """An organization or person the import will create, keyed by normalized name (or, for
    a body of an export's Organizations sheet, by its UUID)."""

    kind: str
    name: str
    key: str
    rows: list[int] = field(default_factory=list)
    uuid: uuid.UUID | None = None
    """The UUID a body of the Organizations sheet keeps; None for a name alone."""
    town: WorldPlace | None = None
    """A city: the GeoNames town the name means, stored by the import as the form does."""
    shown: str = ""
    """A city: its name and place in the message language, for the preview."""


@dataclass
class Names:
    """Codes and names of the records resolved rows refer to, by id: one per import."""

    event_types: dict[int, str] = field(default_factory=dict)
    occasions: dict[int, str] = field(default_factory=dict)
    countries: dict[int, str] = field(default_factory=dict)
    regions: dict[int, tuple[str | None, str]] = field(default_factory=dict)
    """id -> (code, name)"""
    cities: dict[RefId, str] = field(default_factory=dict)
    organizations: dict[RefId, str] = field(default_factory=dict)
    people: dict[RefId, str] = field(default_factory=dict)
    program_types: dict[int, str] = field(default_factory=dict)
    labels: dict[tuple[str, tuple[Any, ...]], list[Item]] = field(default_factory=dict)
    """Snapshot lists by kind ("organizers", "speakers", "program") and the tuple shown."""
    normalized: dict[str, str] = field(default_factory=dict)
    """Search words of the names rows share."""


class Resolved:
    """One event's column values and references, compact; snapshot and search text on demand."""

    __slots__ = ("event", "names", "organizers", "program", "source", "speakers", "uuid")

    def __init__(
        self,
        event: tuple[Any, ...],
        organizers: tuple[tuple[RefId, Any], ...],
        speakers: tuple[tuple[RefId, str | None, RefId | None], ...],
        program: tuple[tuple[int, str | None], ...],
        names: Names,
        uuid: uuid.UUID | None = None,
        source: SourceInput | None = None,
    ) -> None:
        self.event = event
        """The values of :data:`EVENT_KEYS`, in that order."""
        self.organizers = organizers
        self.speakers = speakers
        self.program = program
        self.names = names
        self.uuid = uuid
        self.source = source
        """The event's source when the row names one, else None."""

    @property
    def title(self) -> str:
        title: str = self.event[0]
        return title

    @property
    def values(self) -> dict[str, Any]:
        """The event's column values by name."""
        return dict(zip(EVENT_KEYS, self.event, strict=True))

    def view(self) -> SimpleNamespace:
        """A stand-in for the stored event, as ``snapshot`` and ``search_text`` read it."""
        (title, start, end, precision, type_id, occasion_id, anniversary, country_id,
         region_id, city_id, venue, place_as_written, place_precision, attendance,
         description, status) = self.event
        names, ns = self.names, SimpleNamespace
        region = None
        if region_id is not None:
            code, name = names.regions[region_id]
            region = ns(code=code, name=name)
        organizations, people = names.organizations, names.people
        return ns(
            title=title, start_date=start, end_date=end, date_precision=precision,
            anniversary=anniversary, venue=venue, place_as_written=place_as_written,
            place_precision=place_precision, attendance=attendance, description=description,
            status=status,
            event_type=ns(code=names.event_types[type_id]) if type_id is not None else None,
            occasion=ns(name=names.occasions[occasion_id]) if occasion_id is not None else None,
            country=ns(code=names.countries[country_id]) if country_id is not None else None,
            region=region,
            city=ns(name=names.cities[city_id]) if city_id is not None else None,
            organizers=[ns(organization=ns(name=organizations[oid]), role=role)
                        for oid, role in self.organizers],
            speakers=[ns(person=ns(full_name=people[pid]), role=role,
                         organization=ns(name=organizations[org]) if org is not None else None)
                      for pid, role, org in self.speakers],
            program=[ns(item_type=ns(code=names.program_types[type_id]), note=note)
                     for type_id, note in self.program],
        )

    @property
    def snapshot(self) -> dict[str, object]:
        """The change-log form of the event (``db.event_store.snapshot``)."""
        return self.snapshot_and_search_text()[0]

    @property
    def search_text(self) -> str:
        """The event's search column (``db.event_store.search_text``)."""
        return self.snapshot_and_search_text()[1]

    def snapshot_and_search_text(self) -> tuple[dict[str, object], str]:
        """What ``snapshot`` and ``search_text`` make of :meth:`view`, without building it.

        A write of 100,000 events needs both for every event; the names, codes and
        normalized words of the records rows share are worked out once per import.
        """
        (title, start, end, precision, type_id, occasion_id, anniversary, country_id,
         region_id, city_id, venue, place_as_written, place_precision, attendance,
         description, status) = self.event
        names = self.names
        region = names.regions[region_id] if region_id is not None else None
        city = names.cities[city_id] if city_id is not None else None
        occasion = names.occasions[occasion_id] if occasion_id is not None else None
        organizations, people = names.organizations, names.people
        labels = names.labels
        if len(labels) > LABELS_KEPT:
            labels.clear()
        organizers = labels.get(("organizers", self.organizers))
        if organizers is None:
            organizers = labels["organizers", self.organizers] = [
                organizer_value(organizations[oid], role) for oid, role in self.organizers]
        speakers = labels.get(("speakers", self.speakers))
        if speakers is None:
            speakers = labels["speakers", self.speakers] = [
                speaker_value(people[pid], role, organizations[org] if org is not None else None)
                for pid, role, org in self.speakers]
        program = labels.get(("program", self.program))
        if program is None:
            program = labels["program", self.program] = [
                program_value(names.program_types[type_id], note)
                for type_id, note in self.program]
        state: dict[str, object] = {
            "title": title,
            "start_date": json_value(start),
            "end_date": json_value(end),
            "date_precision": json_value(precision),
            "event_type": names.event_types[type_id] if type_id is not None else None,
            "occasion": occasion,
            "anniversary": anniversary,
            "country": names.countries[country_id] if country_id is not None else None,
            "region": region[0] if region is not None else None,
            "city": city,
            "venue": venue,
            "place_as_written": place_as_written,
            "place_precision": json_value(place_precision),
            "attendance": attendance,
            "description": description,
            "status": json_value(status),
            "organizers": list(organizers),
            "speakers": list(speakers),
            "program": list(program),
        }
        words = [normalize(p) for p in (title, description, venue, place_as_written) if p]
        shared = names.normalized
        if len(shared) > LABELS_KEPT:
            shared.clear()
        for part in (city, region[1] if region is not None else None, occasion,
                     *(organizations[oid] for oid, _role in self.organizers),
                     *(people[pid] for pid, _role, _org in self.speakers),
                     *(role for _pid, role, _org in self.speakers)):
            if part:
                word = shared.get(part)
                if word is None:
                    word = shared[part] = normalize(part)
                words.append(word)
        return state, " | ".join(words)


WORLD_KEY = "world:"
"""The start of the key of a GeoNames town the import will store (not stored yet)."""


class ImportStore(EventStore):
    """The event store with memoized lookups and a side-effect-free ``resolve``."""

    def __init__(self, session: Session, user: str | None = None, desk: str | None = None):
        super().__init__(session, user, desk)
        self.gazetteer = CachingGazetteer(session)
        self._countries: dict[str, Country | None] = {}
        self._regions: dict[tuple[str, int | None], Region | None] = {}
        self._types: dict[str, EventType | None] = {}
        self._program_types: dict[str, ProgramItemType | None] = {}
        self._places: dict[tuple[str | None, str | None, str | None], Place] = {}
        self._reference_answers: dict[tuple[str | None, ...], list[FieldError]] = {}
        self._named_answers: dict[tuple[str, str], tuple[RefId, NewRecord | None]] = {}
        self._shared: dict[Any, Any] = {}
        self.names = Names()
        self.new_records: dict[tuple[str, str], NewRecord] = {}
        self._sheet_refs: dict[str, RefId] = {}
        """An export's organizations by normalized name, for names given alone (speakers')."""
        self._sheet_records: dict[str, NewRecord] = {}
        self._sheet_organizers: dict[str, list[tuple[RefId | None, str, OrganizerRole]]] = {}
        self._sheet_texts: dict[str, frozenset[str]] = {}
        self._column_decides: set[str] = set()
        self._has_sheet_organizers = False
        self._pins: dict[str, list[tuple[str, int]]] = {}
        """Events to update (UUID text): their organizers' normalized names and ids."""
        self._pinned: dict[str, list[int]] = {}
        """While an event is saved: its organizers' ids by normalized name, in order."""

    def use_sheet(
        self,
        refs: dict[uuid.UUID, RefId],
        records: dict[str, NewRecord],
        organizers: dict[str, list[tuple[RefId | None, str, OrganizerRole]]],
        texts: dict[str, frozenset[str]],
        has_organizers: bool,
    ) -> None:
        """The bodies of an export's Organizations sheet (by UUID: a stored id or a "new:"
        key of one of ``records``) and each event's organizers from its Organizers sheet,
        by event UUID text, with the Organizers column texts the export wrote for them."""
        for ref in refs.values():
            self._sheet_refs.setdefault(normalize(self.names.organizations[ref]), ref)
        self._sheet_records = records
        self._sheet_organizers = organizers
        self._sheet_texts = texts
        self._has_sheet_organizers = has_organizers

    def pin(self, event_uuid: uuid.UUID, organizers: list[tuple[str, int]]) -> None:
        """The organizations (name, id) an update of the event names, as the preview
        resolved them (by UUID from the Organizers sheet)."""
        self._pins[str(event_uuid)] = organizers

    def save(self, data: EventInput) -> Event:
        """The store's save; the organizers pinned for the event stay those bodies (the
        store finds organizations by name, and two bodies may share one)."""
        self._pinned = {}
        for name, found in self._pins.get(str(data.uuid), []):
            self._pinned.setdefault(normalize(name), []).append(found)
        try:
            return super().save(data)
        finally:
            self._pinned = {}

    def organization(self, name: str, based_at: PlaceRecords | None = None) -> Organization:
        """The body the event's Organizers sheet row names, else the store's by name."""
        pinned = self._pinned.get(normalize(name))
        if pinned:
            found = self.session.get(Organization, pinned.pop(0) if len(pinned) > 1
                                     else pinned[0])
            if found is not None:
                return found
        return super().organization(name, based_at)

    def organizers_note(self, event_uuid: uuid.UUID | None) -> str | None:
        """Why the event's organizers come from its Organizers column, not the sheet."""
        if event_uuid is None or str(event_uuid) not in self._column_decides:
            return None
        return _("this column was changed after the export: it decides the organizers, not "
                 "the Organizers sheet")

    def _sheet_ref(self, ref: RefId, row: int) -> RefId:
        """``ref`` of a body of the sheet, noting the row that names a new one."""
        new = self._sheet_records.get(ref) if isinstance(ref, str) else None
        if new is not None and (not new.rows or new.rows[-1] != row):
            new.rows.append(row)
        return ref

    def sheet_organizers(self, event_uuid: uuid.UUID | None, column: str | None,
                         mapped: bool) -> list[OrganizerInput] | None:
        """The event's organizers as the Organizers sheet lists them, or None when the
        Organizers column decides: without that sheet or an event UUID, or when the
        column (``mapped``, holding ``column``) was edited after the export wrote it."""
        if not self._has_sheet_organizers or event_uuid is None:
            return None
        key = str(event_uuid)
        if mapped and (column or "").strip() not in self._sheet_texts.get(key, {""}):
            self._column_decides.add(key)
            return None
        return [OrganizerInput(name, role)
                for _ref, name, role in self._sheet_organizers.get(key, [])]

    @staticmethod
    def _memo(cache: dict[Any, T], key: Hashable, compute: Callable[[], T]) -> T:
        """The record for ``key``, computed once; held strongly so it is never re-read."""
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    def _country(self, text: str | None) -> Country | None:
        if text is None or _blank(text):
            return None
        return self._memo(self._countries, text, lambda: super(ImportStore, self)._country(text))

    def region(self, text: str | None, country: Country | None) -> Region | None:
        """A region by code or name, remembered (the store's own lookup underneath)."""
        if text is None or _blank(text):
            return None
        key = (text, country.id if country else None)
        return self._memo(self._regions, key,
                          lambda: super(ImportStore, self).region(text, country))

    def _event_type(self, text: str | None) -> EventType | None:
        if text is None or _blank(text):
            return None
        return self._memo(self._types, text, lambda: super(ImportStore, self)._event_type(text))

    def _program_type(self, text: str) -> ProgramItemType | None:
        return self._memo(self._program_types, text,
                          lambda: super(ImportStore, self)._program_type(text))

    def _reference_errors(self, data: EventInput) -> list[FieldError]:
        """The store's check of country, region, type and occasion, once per combination."""
        key = (data.country, data.region, data.city, data.event_type, data.occasion)
        found = self._reference_answers.get(key)
        if found is None:
            found = self._reference_answers[key] = super()._reference_errors(data)
        return list(found)

    def share(self, kind: str, value: Any) -> Any:
        """One object for equal values of one kind (pairs, tuples of them): rows share it."""
        return self._shared.setdefault((kind, value), value)

    # --- resolution without writing -------------------------------------------------

    def _place(self, data: EventInput, row: int) -> Place:
        key = (data.country, data.region, data.city)
        found = self._places.get(key)
        if found is None:
            country = self._country(data.country)
            region = self.region(data.region, country)
            if country is None and region is not None:
                country = region.country
            city: City | None = None
            town: NewRecord | None = None
            if not _blank(data.city):
                city, town = self._city_or_town(data.city or "", country, region)
                if city is None and town is None and (comma := _bracket_as_comma(data.city)):
                    city, town = self._city_or_town(comma, country, region)
                if city is not None and region is None:
                    region = city.region
                    country = country or city.country
                if town is not None and town.town is not None:
                    country = country or self._country(town.town.country_code)
                    if region is None and town.town.region_code:
                        region = self.region(town.town.region_code, country)
            names = self.names
            if country is not None:
                names.countries[country.id] = country.code
            if region is not None:
                names.regions[region.id] = (region.code, region.name)
            city_ref: RefId | None = None
            if city is not None:
                city_ref = city.id
                names.cities[city.id] = city.name
            elif town is not None:
                city_ref = town.key
            found = self._places[key] = (country.id if country else None,
                                         region.id if region else None, city_ref)
        city_ref = found[2]
        if isinstance(city_ref, str):
            record = self.new_records[("city", city_ref)]
            if not record.rows or record.rows[-1] != row:
                record.rows.append(row)
        return found

    def _city_or_town(self, text: str, country: Country | None, region: Region | None
                      ) -> tuple[City | None, NewRecord | None]:
        """The stored city ``text`` names exactly (no guess), else the GeoNames town."""
        city = self._city(text, country, region)
        return city, (self._world_town(text, country, region) if city is None else None)

    def _world_town(self, text: str, country: Country | None,
                    region: Region | None) -> NewRecord | None:
        """The GeoNames town ``text`` names exactly and without doubt, as a city the import
        will store (the form stores it on saving; EventStore.place_records)."""
        town = self.gazetteer.world_city(text, country, region)
        if town is None:
            return None
        key = f"{WORLD_KEY}{town.geonames_id}"
        record = self.new_records.get(("city", key))
        if record is None:
            language = current_language()
            where = [w for w in (self._region_place(town.region_code, language),
                                 self._country_place(town.country_code, language)) if w]
            shown = town.display(language) + (f" ({', '.join(where)})" if where else "")
            record = NewRecord("city", text.strip(), key, town=town, shown=shown)
            self.new_records[("city", key)] = record
            self.names.cities[key] = town.name
        return record

    def _region_place(self, code: str | None, language: str) -> str | None:
        region = self.region(code, None) if code else None
        return display_name(region, language) if region is not None else None

    def _country_place(self, code: str, language: str) -> str | None:
        country = self._country(code)
        return display_name(country, language) if country is not None else None

    def _type_id(self, text: str | None) -> int | None:
        event_type = self._event_type(text)
        if event_type is None:
            return None
        self.names.event_types[event_type.id] = event_type.code
        return event_type.id

    def _occasion_id(self, text: str | None) -> int | None:
        occasion = self.gazetteer.resolve_occasion(text) if text else None
        if occasion is None:
            return None
        self.names.occasions[occasion.id] = occasion.name
        return occasion.id

    def _program_type_id(self, text: str) -> int:
        item_type = self._program_type(text)
        assert item_type is not None  # validated
        self.names.program_types[item_type.id] = item_type.code
        return item_type.id

    def knows_organization(self, name: str) -> bool:
        """Whether the import takes ``name`` for a body it has (as :meth:`_named` finds
        one): an export's sheet body of that name, or a stored name or alias exactly.
        The name is folded once for both: a comma cell asks it of each run of parts."""
        key = normalize(name)
        return (key in self._sheet_refs
                or self.gazetteer.exactly_named("organization", key) is not None)

    def names_place(self, text: str) -> bool:
        """Whether ``text`` is exactly the name of a known country, region or city."""
        return self.gazetteer.names_place(text)

    def _named(self, kind: str, name: str, row: int) -> RefId:
        """An existing organization/person id, or the key of one to create."""
        answer = self._named_answers.get((kind, name))
        if answer is None and kind == "organization" and self._sheet_refs:
            ref = self._sheet_refs.get(normalize(name))
            if ref is not None:
                return self._sheet_ref(ref, row)
        if answer is None:
            found: tuple[int, str] | None = None
            if kind == "organization":
                organization = self.gazetteer.resolve_organization(name, fuzzy=False)
                if organization is not None:
                    found = (organization.id, organization.name)
            else:
                person = self.gazetteer.resolve_person(name, fuzzy=False)
                if person is not None:
                    found = (person.id, person.full_name)
            names = self.names.organizations if kind == "organization" else self.names.people
            if found is not None:
                names[found[0]] = found[1]
                answer = (found[0], None)
            else:
                clean = name.strip()
                key = normalize(clean) or clean
                record = self.new_records.setdefault((kind, key), NewRecord(kind, clean, key))
                names[f"new:{key}"] = record.name
                answer = (f"new:{key}", record)
            self._named_answers[(kind, name)] = answer
        ref, new = answer
        if new is not None and (not new.rows or new.rows[-1] != row):
            new.rows.append(row)
        return ref

    def resolve(self, data: EventInput, row: int = 0) -> Resolved:
        """``data`` (already valid) as ids, creating nothing."""
        country_id, region_id, city_id = self._place(data, row)
        share = self.share
        organizers: list[tuple[RefId, Any]] = []
        seen: set[RefId] = set()
        key = str(data.uuid)
        listed = (self._sheet_organizers.get(key, []) if self._has_sheet_organizers
                  and data.uuid is not None and key not in self._column_decides else [])
        refs = ([ref for ref, _name, _role in listed] if len(listed) == len(data.organizers)
                else [None] * len(data.organizers))
        for ref, organizer in zip(refs, data.organizers, strict=True):
            oid = (self._sheet_ref(ref, row) if ref is not None
                   else self._named("organization", organizer.name, row))
            if oid not in seen:
                seen.add(oid)
                organizers.append(share("organizer", (oid, organizer.role)))
        speakers = []
        for speaker in data.speakers:
            pid = self._named("person", speaker.name, row)
            org = None
            if not _blank(speaker.organization):
                org = self._named("organization", speaker.organization or "", row)
            speakers.append(share("speaker", (pid, speaker.role or None, org)))
        program = [share("item", (self._program_type_id(item.item_type), item.note or None))
                   for item in data.program]
        place_as_written = store_place_as_written(data, city_id is not None)
        event = (
            data.title.strip(), data.start_date, data.end_date, data.date_precision,
            self._type_id(data.event_type), self._occasion_id(data.occasion), data.anniversary,
            country_id, region_id, city_id, data.venue or None, place_as_written,
            data.place_precision, data.attendance, data.description or None, data.status,
        )
        source = data.source if not data.source.is_empty() else None
        return Resolved(event, share("organizers", tuple(organizers)),
                        share("speakers", tuple(speakers)), share("program", tuple(program)),
                        self.names, data.uuid, source)
