"""SQLAlchemy 2 ORM models for the whole domain model of DESIGN.md.

Every record that travels between offices carries a stable UUID; lookups by
name go through the ``*_alias`` tables, whose ``normalized`` column holds the
output of :func:`db.names.normalize` so matching ignores case, diacritics and
script.
"""

import datetime as dt
import enum
from typing import Any, ClassVar
from uuid import UUID, uuid4

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    event,
)
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    declared_attr,
    mapped_column,
    relationship,
)
from sqlalchemy.orm.attributes import flag_modified

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _enum(cls: type[enum.Enum]) -> Enum:
    """A portable enum column: VARCHAR plus CHECK, same on SQLite and PostgreSQL."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=True,
        length=16,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class DatePrecision(enum.StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    BETWEEN = "between"


class PlacePrecision(enum.StrEnum):
    SETTLEMENT = "settlement"
    DISTRICT = "district"
    REGION = "region"
    COUNTRY = "country"


class EventStatus(enum.StrEnum):
    DRAFT = "draft"
    VERIFIED = "verified"


class OrganizerRole(enum.StrEnum):
    ORGANIZER = "organizer"
    CO_ORGANIZER = "co-organizer"
    HOST = "host"
    SUPPORTER = "supporter"


class SourceScale(enum.StrEnum):
    LOCAL = "local"
    NATIONAL = "national"
    INTERNATIONAL = "international"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class UuidMixin:
    uuid: Mapped[UUID] = mapped_column(Uuid, default=uuid4, unique=True)


class Versioned:
    """A version number for conflict checks: a save over a newer version fails
    (SQLAlchemy's version counter) instead of erasing another desk's change."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class AliasColumns:
    """Another name of a record (any language or spelling) and its matching key."""

    NAME_LENGTH: ClassVar[int] = 200

    id: Mapped[int] = mapped_column(primary_key=True)
    lang: Mapped[str | None] = mapped_column(String(8))

    @declared_attr
    def name(cls) -> Mapped[str]:
        return mapped_column(String(cls.NAME_LENGTH))

    @declared_attr
    def normalized(cls) -> Mapped[str]:
        """db.names.normalize(name): what lookups compare."""
        return mapped_column(String(cls.NAME_LENGTH), index=True)

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


class SortRanks:
    """Where the record's shown name falls in each interface language's alphabetical
    order (ICU), so the events table sorts by a name through an index walk: the ranks
    come from :mod:`db.sort_ranks` when first needed and go back to NULL (stale)
    whenever a name of the record changes."""

    RANK_LANGUAGES: ClassVar[tuple[str, ...]] = ("en", "ru", "az")

    rank_en: Mapped[int | None] = mapped_column(Integer, index=True)
    rank_ru: Mapped[int | None] = mapped_column(Integer, index=True)
    rank_az: Mapped[int | None] = mapped_column(Integer, index=True)


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

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(2), unique=True, comment="ISO 3166-1 alpha-2")
    alpha3: Mapped[str | None] = mapped_column(String(3))
    name: Mapped[str] = mapped_column(String(200))

    regions: Mapped[list["Region"]] = relationship(back_populates="country")
    aliases: Mapped[list["CountryAlias"]] = relationship(
        back_populates="country", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"Country({self.code})"


class CountryAlias(AliasColumns, Base):
    __tablename__ = "country_alias"
    __table_args__ = (UniqueConstraint("country_id", "normalized"),)

    country_id: Mapped[int] = mapped_column(ForeignKey("country.id", ondelete="CASCADE"))

    country: Mapped[Country] = relationship(back_populates="aliases")


class Region(UuidMixin, Versioned, SortRanks, Base):
    """A first-level subdivision: one row however many ways it is written."""

    __tablename__ = "region"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(12), unique=True, comment="ISO 3166-2")
    country_id: Mapped[int] = mapped_column(ForeignKey("country.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str | None] = mapped_column(String(80))

    country: Mapped[Country] = relationship(back_populates="regions")
    aliases: Mapped[list["RegionAlias"]] = relationship(
        back_populates="region", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"Region({self.code}, {self.name!r})"


class RegionAlias(AliasColumns, Base):
    __tablename__ = "region_alias"
    __table_args__ = (UniqueConstraint("region_id", "normalized"),)

    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"))

    region: Mapped[Region] = relationship(back_populates="aliases")


class City(UuidMixin, Versioned, SortRanks, Base):
    __tablename__ = "city"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country_id: Mapped[int] = mapped_column(ForeignKey("country.id"), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"), index=True)
    geonames_id: Mapped[int | None] = mapped_column(
        Integer, unique=True, index=True, comment="GeoNames id; NULL for a place made by hand"
    )
    name_ru: Mapped[str | None] = mapped_column(String(200))
    name_az: Mapped[str | None] = mapped_column(String(200))
    population: Mapped[int | None] = mapped_column(Integer)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)

    country: Mapped[Country] = relationship()
    region: Mapped[Region | None] = relationship()
    aliases: Mapped[list["CityAlias"]] = relationship(
        back_populates="city", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"City({self.name!r})"


class CityAlias(AliasColumns, Base):
    __tablename__ = "city_alias"
    __table_args__ = (UniqueConstraint("city_id", "normalized"),)

    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="CASCADE"))

    city: Mapped[City] = relationship(back_populates="aliases")


# --- organizations and people ----------------------------------------------


class Organization(UuidMixin, Versioned, SortRanks, Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(400))
    short_name: Mapped[str | None] = mapped_column(String(120))
    kind: Mapped[str | None] = mapped_column(
        String(80), comment="public organization, national-cultural autonomy, youth union, ..."
    )
    country_id: Mapped[int | None] = mapped_column(ForeignKey("country.id"), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"), index=True)
    city_id: Mapped[int | None] = mapped_column(ForeignKey("city.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"))
    contacts: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    country: Mapped[Country | None] = relationship()
    region: Mapped[Region | None] = relationship()
    city: Mapped[City | None] = relationship()
    parent: Mapped["Organization | None"] = relationship(remote_side=[id])
    aliases: Mapped[list["OrganizationAlias"]] = relationship(
        back_populates="organization", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"Organization({self.name!r})"


class OrganizationAlias(AliasColumns, Base):
    __tablename__ = "organization_alias"
    __table_args__ = (UniqueConstraint("organization_id", "normalized"),)
    NAME_LENGTH = 400

    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"))

    organization: Mapped[Organization] = relationship(back_populates="aliases")


class Person(UuidMixin, Versioned, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)

    aliases: Mapped[list["PersonAlias"]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"Person({self.full_name!r})"


class PersonAlias(AliasColumns, Base):
    __tablename__ = "person_alias"
    __table_args__ = (UniqueConstraint("person_id", "normalized"),)
    NAME_LENGTH = 300

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))

    person: Mapped[Person] = relationship(back_populates="aliases")


# --- managed lists ------------------------------------------------------------


class Occasion(UuidMixin, Versioned, SortRanks, Base):
    """What an event is dedicated to; the reference date gives the anniversary."""

    __tablename__ = "occasion"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    name_ru: Mapped[str | None] = mapped_column(String(300))
    name_az: Mapped[str | None] = mapped_column(String(300))
    reference_date: Mapped[dt.date | None] = mapped_column(Date)
    kind: Mapped[str | None] = mapped_column(
        String(40), comment="commemoration, national holiday, cultural date"
    )
    notes: Mapped[str | None] = mapped_column(Text)

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
    __table_args__ = (UniqueConstraint("occasion_id", "normalized"),)
    NAME_LENGTH = 300

    occasion_id: Mapped[int] = mapped_column(ForeignKey("occasion.id", ondelete="CASCADE"))

    occasion: Mapped[Occasion] = relationship(back_populates="aliases")


class EventType(Versioned, SortRanks, Base):
    __tablename__ = "event_type"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    name_ru: Mapped[str | None] = mapped_column(String(120))
    name_az: Mapped[str | None] = mapped_column(String(120))

    def __repr__(self) -> str:
        return f"EventType({self.code})"


class ProgramItemType(Versioned, Base):
    __tablename__ = "program_item_type"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    name_ru: Mapped[str | None] = mapped_column(String(120))
    name_az: Mapped[str | None] = mapped_column(String(120))

    def __repr__(self) -> str:
        return f"ProgramItemType({self.code})"


# --- sources ------------------------------------------------------------------


class Source(UuidMixin, Base):
    """A report that one or more events were recorded from."""

    __tablename__ = "source"

    id: Mapped[int] = mapped_column(primary_key=True)
    publisher: Mapped[str | None] = mapped_column(String(300))
    passed_on_by: Mapped[str | None] = mapped_column(String(300))
    scale: Mapped[SourceScale | None] = mapped_column(_enum(SourceScale))
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    url: Mapped[str | None] = mapped_column(String(2000))
    language: Mapped[str | None] = mapped_column(String(8))
    dateline: Mapped[str | None] = mapped_column(String(200))
    full_text: Mapped[str | None] = mapped_column(Text)

    def __repr__(self) -> str:
        return f"Source({self.publisher!r}, {self.published_on})"


class EventSource(Base):
    __tablename__ = "event_source"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"), primary_key=True)


# --- events -------------------------------------------------------------------


class Event(UuidMixin, Base):
    __tablename__ = "event"
    __table_args__ = (
        # The overview and the summaries count a period from this index alone, without
        # reading each event's row: one year of 1,000,000 events per chart in 136-282 ms
        # of CPU instead of 369-500 ms (bench/overview.py).
        Index(
            "ix_event_overview",
            "start_date", "end_date", "date_precision", "deleted_at", "country_id",
            "region_id", "occasion_id", "anniversary", "status", "event_type_id",
        ),
        # With the start date beside the end date, the earliest start of the events
        # reaching into a year is read from this index alone: 18 -> 1.3 ms of CPU at
        # 1,000,000 events, on every refresh of the overview (migration 0008).
        Index("ix_event_end_date", "end_date", "start_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500), index=True)  # the table sorts by it
    start_date: Mapped[dt.date] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[DatePrecision] = mapped_column(
        _enum(DatePrecision), default=DatePrecision.DAY
    )
    event_type_id: Mapped[int | None] = mapped_column(ForeignKey("event_type.id"), index=True)
    occasion_id: Mapped[int | None] = mapped_column(ForeignKey("occasion.id"), index=True)
    anniversary: Mapped[int | None] = mapped_column(
        Integer, index=True, comment="as reported; compare with Occasion.anniversary_on"
    )
    country_id: Mapped[int | None] = mapped_column(ForeignKey("country.id"), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"), index=True)
    city_id: Mapped[int | None] = mapped_column(ForeignKey("city.id"), index=True)
    venue: Mapped[str | None] = mapped_column(String(300))
    place_as_written: Mapped[str | None] = mapped_column(String(500))
    place_precision: Mapped[PlacePrecision | None] = mapped_column(_enum(PlacePrecision))
    attendance: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str | None] = mapped_column(
        Text, comment="normalized title, places, names: script- and accent-blind search"
    )
    status: Mapped[EventStatus] = mapped_column(
        _enum(EventStatus), default=EventStatus.DRAFT, index=True
    )
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    created_by: Mapped[str | None] = mapped_column(String(120))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    updated_by: Mapped[str | None] = mapped_column(String(120))
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}

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

    @property
    def computed_anniversary(self) -> int | None:
        return self.occasion.anniversary_on(self.start_date) if self.occasion else None

    def __repr__(self) -> str:
        return f"Event({self.title!r}, {self.start_date})"


class EventOrganizer(Base):
    __tablename__ = "event_organizer"
    __table_args__ = (
        UniqueConstraint("event_id", "organization_id"),
        # the table sorted by organizer walks each organization's events in id order
        Index("ix_event_organizer_organization_event", "organization_id", "event_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id"))
    role: Mapped[OrganizerRole] = mapped_column(
        _enum(OrganizerRole), default=OrganizerRole.ORGANIZER
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="organizers")
    organization: Mapped[Organization] = relationship()


class EventSpeaker(Base):
    """A person who spoke, with the title they held at that event."""

    __tablename__ = "event_speaker"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(300))
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"))

    event: Mapped[Event] = relationship(back_populates="speakers")
    person: Mapped[Person] = relationship()
    organization: Mapped[Organization | None] = relationship()


class ProgramItem(Base):
    __tablename__ = "program_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    item_type_id: Mapped[int] = mapped_column(ForeignKey("program_item_type.id"))
    note: Mapped[str | None] = mapped_column(String(500))

    event: Mapped[Event] = relationship(back_populates="program")
    item_type: Mapped[ProgramItemType] = relationship()


# --- change log ---------------------------------------------------------------


class ChangeLog(Base):
    """Who changed which record, when, from what to what."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, index=True)
    user: Mapped[str | None] = mapped_column(String(120))
    desk: Mapped[str | None] = mapped_column(String(120))
    table_name: Mapped[str] = mapped_column(String(60))
    record_uuid: Mapped[UUID | None] = mapped_column(Uuid, index=True)
    record_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(
        String(20), comment="insert, update, delete, restore, merge"
    )
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON, comment="{field: [old, new]}")
    batch_id: Mapped[UUID | None] = mapped_column(Uuid, index=True)
    summary: Mapped[str | None] = mapped_column(String(500))
