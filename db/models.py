"""SQLAlchemy 2 ORM models for the whole domain model of DESIGN.md.

Every record that travels between offices carries a stable UUID; lookups by
name go through the ``*_alias`` tables, whose ``normalized`` column holds the
output of :func:`db.names.normalize` so matching ignores case, diacritics and
script.

The tables themselves are in :mod:`db.tables` (Core, no ORM): each class maps its
table (``__table__``), the ``Mapped`` annotations give the attributes' types, so the
window's first page is read without importing this module (issue 17).
"""

import datetime as dt
from typing import Any, ClassVar
from uuid import UUID

from sqlalchemy import event, inspect as sa_inspect
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    declared_attr,
    relationship,
    validates,
)
from sqlalchemy.orm.attributes import flag_modified

from db import tables
from db.collation import title_sort_key
from db.sound import sound_key
from db.tables import (
    NAMING_CONVENTION as NAMING_CONVENTION,  # re-exported: the enums and
    DatePrecision as DatePrecision,  # the convention are the models' too
    EventStatus as EventStatus,
    OrganizerRole as OrganizerRole,
    PlacePrecision as PlacePrecision,
    SourceScale as SourceScale,
)


class Base(DeclarativeBase):
    metadata = tables.metadata


class UuidMixin:
    uuid: Mapped[UUID]


class Versioned:
    """A version number for conflict checks: a save over a newer version fails
    (SQLAlchemy's version counter) instead of erasing another desk's change."""

    version: Mapped[int]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class AliasColumns:
    """Another name of a record (any language or spelling) and its matching key."""

    NAME_LENGTH: ClassVar[int] = 200

    id: Mapped[int]
    lang: Mapped[str | None]
    name: Mapped[str]
    normalized: Mapped[str]
    """db.names.normalize(name): what lookups compare."""
    search_sound: Mapped[str | None]
    """db.sound.sound_key(name): what a search compares the sound of a typed name with."""

    def owner(self, session: Session) -> Versioned | None:
        """The record this is a name of (through the relation, else its foreign key)."""
        mapper = sa_inspect(type(self))
        (relation,) = mapper.relationships
        found = getattr(self, relation.key)
        if found is None:
            (column,) = relation.local_columns
            key = getattr(self, column.key)
            found = None if key is None else session.get(relation.mapper.class_, key)
        return found if isinstance(found, Versioned) else None


@event.listens_for(Session, "before_flush")
def _new_names_make_a_new_version(session: Session, _context: object, _objects: object) -> None:
    """A name added to, changed in or taken from a record makes a new version of the
    record, whoever does it (the event form, the reference lists, an import), so a copy
    read before cannot save its old names over the new ones."""
    changed = [o for o in (*session.new, *session.deleted) if isinstance(o, AliasColumns)]
    changed += [
        o
        for o in session.dirty
        if isinstance(o, AliasColumns) and session.is_modified(o, include_collections=False)
    ]
    for alias in changed:
        owner = alias.owner(session)
        if owner is None or owner in session.deleted or owner in session.new:
            continue
        if not session.is_modified(owner, include_collections=False):
            name = "full_name" if hasattr(owner, "full_name") else "name"
            flag_modified(owner, name)


@event.listens_for(Session, "before_flush")
def _renamed_aliases_sound_anew(session: Session, _context: object, _objects: object) -> None:
    """An alias whose spelling changes gets its new sound (a new one gets it from the
    column's default, as a Core insert does)."""
    for alias in session.dirty:
        if isinstance(alias, AliasColumns) and sa_inspect(alias).attrs.name.history.has_changes():
            alias.search_sound = sound_key(alias.name)


class SortRanks:
    """Where the record's shown name falls in each interface language's alphabetical
    order (ICU), so the events table sorts by a name through an index walk: the ranks
    come from :mod:`db.sort_ranks` when first needed and go back to NULL (stale)
    whenever a name of the record changes."""

    RANK_LANGUAGES: ClassVar[tuple[str, ...]] = tables.RANK_LANGUAGES

    rank_en: Mapped[int | None]
    rank_ru: Mapped[int | None]
    rank_az: Mapped[int | None]


STALE_RANKS: dict[str, None] = {f"rank_{lang}": None for lang in SortRanks.RANK_LANGUAGES}
"""Values that mark a record's ranks stale (for Core UPDATEs that change its names)."""


@event.listens_for(Session, "before_flush")
def _renamed_records_lose_their_ranks(
    session: Session, _context: object, _objects: object
) -> None:
    """A record whose name changes (its aliases too: they flag the name, above) is no
    longer where its rank says; it is ranked again when a sort needs it."""
    for record in session.dirty:
        if not isinstance(record, SortRanks):
            continue
        state = sa_inspect(record)
        names = [a for a in ("name", "name_ru", "name_az") if a in state.attrs]
        if any(state.attrs[a].history.has_changes() for a in names):
            for key, value in STALE_RANKS.items():
                setattr(record, key, value)


# --- places -----------------------------------------------------------------


class Country(Versioned, SortRanks, Base):
    __tablename__ = "country"
    __table__ = tables.country

    id: Mapped[int]
    code: Mapped[str]
    alpha3: Mapped[str | None]
    name: Mapped[str]

    regions: Mapped[list["Region"]] = relationship(back_populates="country")
    aliases: Mapped[list["CountryAlias"]] = relationship(
        back_populates="country", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"Country({self.code})"


class CountryAlias(AliasColumns, Base):
    __tablename__ = "country_alias"
    __table__ = tables.country_alias

    country_id: Mapped[int]

    country: Mapped[Country] = relationship(back_populates="aliases")


class Region(UuidMixin, Versioned, SortRanks, Base):
    """A first-level subdivision: one row however many ways it is written."""

    __tablename__ = "region"

    __table__ = tables.region

    id: Mapped[int]
    code: Mapped[str | None]
    country_id: Mapped[int]
    name: Mapped[str]
    kind: Mapped[str | None]

    country: Mapped[Country] = relationship(back_populates="regions")
    aliases: Mapped[list["RegionAlias"]] = relationship(
        back_populates="region", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"Region({self.code}, {self.name!r})"


class RegionAlias(AliasColumns, Base):
    __tablename__ = "region_alias"
    __table__ = tables.region_alias

    region_id: Mapped[int]

    region: Mapped[Region] = relationship(back_populates="aliases")


class City(UuidMixin, Versioned, SortRanks, Base):
    __tablename__ = "city"
    __table__ = tables.city

    id: Mapped[int]
    name: Mapped[str]
    country_id: Mapped[int]
    region_id: Mapped[int | None]
    geonames_id: Mapped[int | None]
    name_ru: Mapped[str | None]
    name_az: Mapped[str | None]
    population: Mapped[int | None]
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]

    country: Mapped[Country] = relationship()
    region: Mapped[Region | None] = relationship()
    aliases: Mapped[list["CityAlias"]] = relationship(
        back_populates="city", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"City({self.name!r})"


class CityAlias(AliasColumns, Base):
    __tablename__ = "city_alias"
    __table__ = tables.city_alias

    city_id: Mapped[int]

    city: Mapped[City] = relationship(back_populates="aliases")


# --- organizations and people ----------------------------------------------


class Organization(UuidMixin, Versioned, SortRanks, Base):
    __tablename__ = "organization"
    __table__ = tables.organization

    id: Mapped[int]
    name: Mapped[str]
    short_name: Mapped[str | None]
    kind: Mapped[str | None]
    country_id: Mapped[int | None]
    region_id: Mapped[int | None]
    city_id: Mapped[int | None]
    parent_id: Mapped[int | None]
    contacts: Mapped[str | None]
    notes: Mapped[str | None]

    country: Mapped[Country | None] = relationship()
    region: Mapped[Region | None] = relationship()
    city: Mapped[City | None] = relationship()
    parent: Mapped["Organization | None"] = relationship(remote_side=[tables.organization.c.id])
    aliases: Mapped[list["OrganizationAlias"]] = relationship(
        back_populates="organization", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"Organization({self.name!r})"


class OrganizationAlias(AliasColumns, Base):
    __tablename__ = "organization_alias"
    __table__ = tables.organization_alias
    NAME_LENGTH = 400

    organization_id: Mapped[int]

    organization: Mapped[Organization] = relationship(back_populates="aliases")


class Person(UuidMixin, Versioned, Base):
    __tablename__ = "person"
    __table__ = tables.person

    id: Mapped[int]
    full_name: Mapped[str]
    notes: Mapped[str | None]

    aliases: Mapped[list["PersonAlias"]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"Person({self.full_name!r})"


class PersonAlias(AliasColumns, Base):
    __tablename__ = "person_alias"
    __table__ = tables.person_alias
    NAME_LENGTH = 300

    person_id: Mapped[int]

    person: Mapped[Person] = relationship(back_populates="aliases")


# --- managed lists ------------------------------------------------------------


class Occasion(UuidMixin, Versioned, SortRanks, Base):
    """What an event is dedicated to; the reference date gives the anniversary."""

    __tablename__ = "occasion"

    __table__ = tables.occasion

    id: Mapped[int]
    name: Mapped[str]
    name_ru: Mapped[str | None]
    name_az: Mapped[str | None]
    reference_date: Mapped[dt.date | None]
    kind: Mapped[str | None]
    notes: Mapped[str | None]

    aliases: Mapped[list["OccasionAlias"]] = relationship(
        back_populates="occasion", cascade="all, delete-orphan"
    )

    def anniversary_on(self, day: dt.date | None) -> int | None:
        """The anniversary number an event on ``day`` marks (2025 - 1992 = 33)."""
        if day is None or self.reference_date is None:
            return None
        years = day.year - self.reference_date.year
        return years if years > 0 else None

    def __repr__(self) -> str:
        return f"Occasion({self.name!r})"


class OccasionAlias(AliasColumns, Base):
    __tablename__ = "occasion_alias"
    __table__ = tables.occasion_alias
    NAME_LENGTH = 300

    occasion_id: Mapped[int]

    occasion: Mapped[Occasion] = relationship(back_populates="aliases")


class EventType(Versioned, SortRanks, Base):
    __tablename__ = "event_type"
    __table__ = tables.event_type

    id: Mapped[int]
    code: Mapped[str]
    name: Mapped[str]
    name_ru: Mapped[str | None]
    name_az: Mapped[str | None]

    def __repr__(self) -> str:
        return f"EventType({self.code})"


class ProgramItemType(Versioned, Base):
    __tablename__ = "program_item_type"
    __table__ = tables.program_item_type

    id: Mapped[int]
    code: Mapped[str]
    name: Mapped[str]
    name_ru: Mapped[str | None]
    name_az: Mapped[str | None]

    def __repr__(self) -> str:
        return f"ProgramItemType({self.code})"


# --- sources ------------------------------------------------------------------


class Source(UuidMixin, Base):
    """A report that one or more events were recorded from."""

    __tablename__ = "source"

    __table__ = tables.source

    id: Mapped[int]
    publisher: Mapped[str | None]
    passed_on_by: Mapped[str | None]
    scale: Mapped[SourceScale | None]
    published_on: Mapped[dt.date | None]
    url: Mapped[str | None]
    language: Mapped[str | None]
    dateline: Mapped[str | None]
    full_text: Mapped[str | None]

    def __repr__(self) -> str:
        return f"Source({self.publisher!r}, {self.published_on})"


class EventSource(Base):
    __tablename__ = "event_source"
    __table__ = tables.event_source

    event_id: Mapped[int]
    source_id: Mapped[int]


# --- events -------------------------------------------------------------------


class Event(UuidMixin, Base):
    __tablename__ = "event"
    __table__ = tables.event

    id: Mapped[int]
    title: Mapped[str]
    title_key_en: Mapped[bytes | None]
    title_key_ru: Mapped[bytes | None]
    title_key_az: Mapped[bytes | None]
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]
    date_precision: Mapped[DatePrecision]
    event_type_id: Mapped[int | None]
    occasion_id: Mapped[int | None]
    anniversary: Mapped[int | None]
    country_id: Mapped[int | None]
    region_id: Mapped[int | None]
    city_id: Mapped[int | None]
    venue: Mapped[str | None]
    place_as_written: Mapped[str | None]
    place_precision: Mapped[PlacePrecision | None]
    attendance: Mapped[int | None]
    description: Mapped[str | None]
    search_text: Mapped[str | None]
    status: Mapped[EventStatus]
    deleted_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]
    created_by: Mapped[str | None]
    updated_at: Mapped[dt.datetime]
    updated_by: Mapped[str | None]
    version: Mapped[int]

    __mapper_args__ = {"version_id_col": tables.event.c.version}

    event_type: Mapped[EventType | None] = relationship()
    occasion: Mapped[Occasion | None] = relationship()
    country: Mapped[Country | None] = relationship()
    region: Mapped[Region | None] = relationship()
    city: Mapped[City | None] = relationship()
    organizers: Mapped[list["EventOrganizer"]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        order_by="EventOrganizer.position",
        collection_class=ordering_list("position"),
    )
    speakers: Mapped[list["EventSpeaker"]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        order_by="EventSpeaker.position",
        collection_class=ordering_list("position"),
    )
    program: Mapped[list["ProgramItem"]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        order_by="ProgramItem.position",
        collection_class=ordering_list("position"),
    )
    sources: Mapped[list[Source]] = relationship(secondary="event_source")

    @validates("title")
    def _title_sorts_by_its_key(self, _attribute: str, title: str) -> str:
        """Whoever changes the title changes where the events table sorts it."""
        for language in tables.RANK_LANGUAGES:
            setattr(self, f"title_key_{language}", title_sort_key(title, language))
        return title

    @property
    def computed_anniversary(self) -> int | None:
        return self.occasion.anniversary_on(self.start_date) if self.occasion else None

    def __repr__(self) -> str:
        return f"Event({self.title!r}, {self.start_date})"


class EventOrganizer(Base):
    __tablename__ = "event_organizer"
    __table__ = tables.event_organizer

    id: Mapped[int]
    event_id: Mapped[int]
    organization_id: Mapped[int]
    role: Mapped[OrganizerRole]
    position: Mapped[int]

    event: Mapped[Event] = relationship(back_populates="organizers")
    organization: Mapped[Organization] = relationship()


class EventSpeaker(Base):
    """A person who spoke, with the title they held at that event."""

    __tablename__ = "event_speaker"

    __table__ = tables.event_speaker

    id: Mapped[int]
    event_id: Mapped[int]
    position: Mapped[int]
    person_id: Mapped[int]
    role: Mapped[str | None]
    organization_id: Mapped[int | None]

    event: Mapped[Event] = relationship(back_populates="speakers")
    person: Mapped[Person] = relationship()
    organization: Mapped[Organization | None] = relationship()


class ProgramItem(Base):
    __tablename__ = "program_item"
    __table__ = tables.program_item

    id: Mapped[int]
    event_id: Mapped[int]
    position: Mapped[int]
    item_type_id: Mapped[int]
    note: Mapped[str | None]

    event: Mapped[Event] = relationship(back_populates="program")
    item_type: Mapped[ProgramItemType] = relationship()


# --- change log ---------------------------------------------------------------


class ChangeLog(Base):
    """Who changed which record, when, from what to what."""

    __tablename__ = "change_log"

    __table__ = tables.change_log

    id: Mapped[int]
    at: Mapped[dt.datetime]
    user: Mapped[str | None]
    desk: Mapped[str | None]
    table_name: Mapped[str]
    record_uuid: Mapped[UUID | None]
    record_id: Mapped[int | None]
    action: Mapped[str]
    changes: Mapped[dict[str, Any] | None]
    batch_id: Mapped[UUID | None]
    summary: Mapped[str | None]
