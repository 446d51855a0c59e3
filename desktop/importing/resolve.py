"""Names to records, once per distinct value, with the event store's own rules.

:class:`ImportStore` is an :class:`EventStore` whose lookups are memoized, so
``validate`` (the GUI's validation, word for word) costs one gazetteer lookup
per distinct name, not per row. :meth:`ImportStore.resolve` applies the same
place rules as ``EventStore._apply`` (a region implies its country, a known
city fills its region) and returns plain ids plus a stand-in object that
``db.event_store.snapshot`` and ``search_text`` accept, so the change log and
the search column of a bulk insert are exactly what a form save writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy.orm import Session

from db.event_store import EventInput, EventStore, _blank, search_text, snapshot
from db.gazetteer import Gazetteer
from db.models import Country, EventType, ProgramItemType, Region
from db.names import normalize

_MISSING = object()


class CachingGazetteer(Gazetteer):
    """A gazetteer that remembers each answer (as a record id) until refreshed."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._answers: dict[tuple, Any] = {}

    def refresh(self, kind: str | None = None) -> None:
        super().refresh(kind)
        self._answers.clear()

    forget = refresh

    def _resolve(self, kind, text, country_id=None, region_id=None, fuzzy=True):  # type: ignore[override]
        key = (kind, text, country_id, region_id, fuzzy)
        found = self._answers.get(key, _MISSING)
        if found is _MISSING:  # records are held strongly: the session's map is weak
            found = self._answers[key] = super()._resolve(kind, text, country_id, region_id,
                                                          fuzzy)
        return found


@dataclass
class NewRecord:
    """An organization or person the import will create, keyed by normalized name."""

    kind: str
    name: str
    key: str
    rows: list[int] = field(default_factory=list)


@dataclass
class Resolved:
    """One event's references as ids, new records by key, and its change-log snapshot."""

    values: dict[str, Any]
    organizers: list[tuple[int | str, Any]]
    speakers: list[tuple[int | str, str | None, int | str | None]]
    program: list[tuple[int, str | None]]
    snapshot: dict[str, object]
    search_text: str


class ImportStore(EventStore):
    """The event store with memoized lookups and a side-effect-free ``resolve``."""

    def __init__(self, session: Session, user: str | None = None, desk: str | None = None):
        super().__init__(session, user, desk)
        self.gazetteer = CachingGazetteer(session)
        self._countries: dict[str, Any] = {}
        self._regions: dict[tuple, Any] = {}
        self._types: dict[str, Any] = {}
        self._program_types: dict[str, Any] = {}
        self._places: dict[tuple, tuple] = {}
        self.new_records: dict[tuple[str, str], NewRecord] = {}

    def _memo(self, cache: dict, key: Any, compute: Any, model: type) -> Any:
        """The record for ``key``, computed once; held strongly so it is never re-read."""
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    def _country(self, text: str | None) -> Country | None:
        if _blank(text):
            return None
        return self._memo(self._countries, text, lambda: super(ImportStore, self)._country(text),
                          Country)

    def region(self, text: str | None, country: Country | None) -> Region | None:
        """A region by code or name, remembered (the store's own lookup underneath)."""
        if _blank(text):
            return None
        parent = getattr(super(), "region", None) or super()._region  # type: ignore[misc]
        key = (text, country.id if country else None)
        return self._memo(self._regions, key, lambda: parent(text, country), Region)

    _region = region  # the name the store used before it was made public

    def _event_type(self, text: str | None) -> EventType | None:
        if _blank(text):
            return None
        return self._memo(self._types, text, lambda: super(ImportStore, self)._event_type(text),
                          EventType)

    def _program_type(self, text: str) -> ProgramItemType | None:
        return self._memo(self._program_types, text,
                          lambda: super(ImportStore, self)._program_type(text), ProgramItemType)

    # --- resolution without writing -------------------------------------------------

    def _place(self, data: EventInput) -> tuple:
        key = (data.country, data.region, data.city)
        if key not in self._places:
            country = self._country(data.country)
            region = self.region(data.region, country)
            if country is None and region is not None:
                country = region.country
            city = None
            if not _blank(data.city):
                city = self.gazetteer.resolve_city(data.city, country=country, region=region)
                if city is not None and region is None:
                    region = city.region
                    country = country or city.country
            self._places[key] = (country, region, city)
        return self._places[key]

    def _named(self, kind: str, name: str, row: int) -> tuple[int | str, str]:
        """An existing organization/person id, or the key of one to create."""
        resolver = (self.gazetteer.resolve_organization if kind == "organization"
                    else self.gazetteer.resolve_person)
        found = resolver(name, fuzzy=False)
        if found is not None:
            return found.id, found.name if kind == "organization" else found.full_name
        clean = name.strip()
        key = normalize(clean) or clean
        record = self.new_records.setdefault((kind, key), NewRecord(kind, clean, key))
        if row not in record.rows:
            record.rows.append(row)
        return f"new:{key}", record.name

    def resolve(self, data: EventInput, row: int = 0) -> Resolved:
        """``data`` (already valid) as ids and a snapshot, creating nothing."""
        country, region, city = self._place(data)
        event_type = self._event_type(data.event_type)
        occasion = self.gazetteer.resolve_occasion(data.occasion) if data.occasion else None
        organizers, org_views, seen = [], [], set()
        for organizer in data.organizers:
            oid, name = self._named("organization", organizer.name, row)
            if oid in seen:
                continue
            seen.add(oid)
            organizers.append((oid, organizer.role))
            org_views.append(SimpleNamespace(organization=SimpleNamespace(name=name),
                                             role=organizer.role))
        speakers, speaker_views = [], []
        for speaker in data.speakers:
            pid, person_name = self._named("person", speaker.name, row)
            org_id, org_view = None, None
            if not _blank(speaker.organization):
                org_id, org_name = self._named("organization", speaker.organization or "", row)
                org_view = SimpleNamespace(name=org_name)
            speakers.append((pid, speaker.role or None, org_id))
            speaker_views.append(SimpleNamespace(person=SimpleNamespace(full_name=person_name),
                                                 role=speaker.role or None,
                                                 organization=org_view))
        program, program_views = [], []
        for item in data.program:
            item_type = self._program_type(item.item_type)
            assert item_type is not None  # validated
            program.append((item_type.id, item.note or None))
            program_views.append(SimpleNamespace(item_type=SimpleNamespace(code=item_type.code),
                                                 note=item.note or None))
        place_as_written = data.place_as_written or (
            data.city if city is None and not _blank(data.city) else None
        )
        values = {
            "title": data.title.strip(),
            "start_date": data.start_date,
            "end_date": data.end_date,
            "date_precision": data.date_precision,
            "event_type_id": event_type.id if event_type else None,
            "occasion_id": occasion.id if occasion else None,
            "anniversary": data.anniversary,
            "country_id": country.id if country else None,
            "region_id": region.id if region else None,
            "city_id": city.id if city else None,
            "venue": data.venue or None,
            "place_as_written": place_as_written,
            "place_precision": data.place_precision,
            "attendance": data.attendance,
            "description": data.description or None,
            "status": data.status,
        }
        view = SimpleNamespace(
            **{k: v for k, v in values.items() if not k.endswith("_id")},
            event_type=event_type, occasion=occasion, country=country, region=region, city=city,
            organizers=org_views, speakers=speaker_views, program=program_views,
        )
        return Resolved(values, organizers, speakers, program, snapshot(view),  # type: ignore[arg-type]
                        search_text(view))  # type: ignore[arg-type]
