"""The schema as SQLAlchemy Core tables, without the ORM classes.

The events table's first page, its count and the filter bar's lists are read from these
tables, so a start paints the window without importing :mod:`db.models` or setting up
its mappers (~80 ms of CPU, issue 17); the ORM classes map these same tables.
"""

import datetime as dt
import enum
from typing import Any, cast
from uuid import uuid4

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.engine.default import DefaultExecutionContext

from db.collation import title_key

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _title_key_of_the_row(context: DefaultExecutionContext) -> str | None:
    """An event inserted without its title's sort key (any INSERT: an import's rows, a
    benchmark's) gets it from its title; the ORM sets it on every change of the title
    (``db.models.Event``). Without a title the row is refused as before (NOT NULL)."""
    row = context.get_current_parameters()  # type: ignore[no-untyped-call]  # unannotated in SQLAlchemy
    title = row.get("title")
    return None if title is None else title_key(title)


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


RANK_LANGUAGES = ("en", "ru", "az")
"""The interface languages whose alphabetical order each named table keeps ranks of
(``rank_<lang>`` columns, :mod:`db.sort_ranks`)."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _uuid() -> Column[Any]:
    """The record's id across offices (merge, history and undo find records by it)."""
    return Column("uuid", Uuid, nullable=False, unique=True, default=uuid4)


def _version() -> Column[Any]:
    """The optimistic lock of a reference record."""
    return Column("version", Integer, nullable=False, server_default="1")


def _ranks() -> list[Column[Any]]:
    """Sort positions by each interface language's collation (db/sort_ranks.py)."""
    return [Column(f"rank_{lang}", Integer, index=True) for lang in RANK_LANGUAGES]


def _translations(length: int) -> list[Column[Any]]:
    """A record's name in the other interface languages (its ``name`` is the English one)."""
    return [Column(f"name_{lang}", String(length)) for lang in ("ru", "az")]


def _alias_table(owner: str, length: int) -> Table:
    """The other names of a reference record, one row per normalized spelling."""
    return Table(
        f"{owner}_alias",
        metadata,
        Column(
            f"{owner}_id",
            Integer,
            ForeignKey(f"{owner}.id", ondelete="CASCADE"),
            nullable=False,
        ),
        Column("id", Integer, primary_key=True),
        Column("lang", String(8)),
        Column("name", String(length), nullable=False),
        Column("normalized", String(length), nullable=False, index=True),
        UniqueConstraint(f"{owner}_id", "normalized"),
    )


country = Table(
    "country",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(2), nullable=False, unique=True, comment="ISO 3166-1 alpha-2"),
    Column("alpha3", String(3)),
    Column("name", String(200), nullable=False),
    _version(),
    *_ranks(),
)

country_alias = _alias_table("country", 200)

region = Table(
    "region",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(12), unique=True, comment="ISO 3166-2"),
    Column("country_id", Integer, ForeignKey("country.id"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(80)),
    _uuid(),
    _version(),
    *_ranks(),
)

region_alias = _alias_table("region", 200)

city = Table(
    "city",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("country_id", Integer, ForeignKey("country.id"), nullable=False, index=True),
    Column("region_id", Integer, ForeignKey("region.id"), index=True),
    Column(
        "geonames_id",
        Integer,
        unique=True,
        index=True,
        comment="GeoNames id; NULL for a place made by hand",
    ),
    *_translations(200),
    Column("population", Integer),
    Column("latitude", Float),
    Column("longitude", Float),
    _uuid(),
    _version(),
    *_ranks(),
)

city_alias = _alias_table("city", 200)

organization = Table(
    "organization",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(400), nullable=False),
    Column("short_name", String(120)),
    Column(
        "kind",
        String(80),
        comment="public organization, national-cultural autonomy, youth union, ...",
    ),
    Column("country_id", Integer, ForeignKey("country.id"), index=True),
    Column("region_id", Integer, ForeignKey("region.id"), index=True),
    Column("city_id", Integer, ForeignKey("city.id"), index=True),
    Column("parent_id", Integer, ForeignKey("organization.id")),
    Column("contacts", Text),
    Column("notes", Text),
    _uuid(),
    _version(),
    *_ranks(),
)

organization_alias = _alias_table("organization", 400)

person = Table(
    "person",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("full_name", String(300), nullable=False),
    Column("notes", Text),
    _uuid(),
    _version(),
)

person_alias = _alias_table("person", 300)

occasion = Table(
    "occasion",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False, unique=True),
    *_translations(300),
    Column("reference_date", Date),
    Column("kind", String(40), comment="commemoration, national holiday, cultural date"),
    Column("notes", Text),
    _uuid(),
    _version(),
    *_ranks(),
)

occasion_alias = _alias_table("occasion", 300)

event_type = Table(
    "event_type",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(40), nullable=False, unique=True),
    Column("name", String(120), nullable=False),
    *_translations(120),
    _version(),
    *_ranks(),
)

program_item_type = Table(
    "program_item_type",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(40), nullable=False, unique=True),
    Column("name", String(120), nullable=False),
    *_translations(120),
    _version(),
)

source = Table(
    "source",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("publisher", String(300)),
    Column("passed_on_by", String(300)),
    Column("scale", _enum(SourceScale)),
    Column("published_on", Date),
    Column("url", String(2000)),
    Column("language", String(8)),
    Column("dateline", String(200)),
    Column("full_text", Text),
    _uuid(),
)

event_source = Table(
    "event_source",
    metadata,
    Column("event_id", Integer, ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("source_id", Integer, ForeignKey("source.id"), primary_key=True),
)

event = Table(
    "event",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(500), nullable=False),
    Column(
        "title_key",
        Text,
        default=_title_key_of_the_row,
        comment="db.collation.title_key(title): what the events table sorts titles by",
    ),
    Column("start_date", Date, nullable=False, index=True),
    Column("end_date", Date),
    Column("date_precision", _enum(DatePrecision), nullable=False, default=DatePrecision.DAY),
    Column("event_type_id", Integer, ForeignKey("event_type.id"), index=True),
    Column("occasion_id", Integer, ForeignKey("occasion.id"), index=True),
    Column(
        "anniversary",
        Integer,
        index=True,
        comment="as reported; compare with Occasion.anniversary_on",
    ),
    Column("country_id", Integer, ForeignKey("country.id"), index=True),
    Column("region_id", Integer, ForeignKey("region.id"), index=True),
    Column("city_id", Integer, ForeignKey("city.id"), index=True),
    Column("venue", String(300)),
    Column("place_as_written", String(500)),
    Column("place_precision", _enum(PlacePrecision)),
    Column("attendance", Integer),
    Column("description", Text),
    Column(
        "search_text",
        Text,
        comment="normalized title, places, names: script- and accent-blind search",
    ),
    Column("status", _enum(EventStatus), nullable=False, index=True, default=EventStatus.DRAFT),
    Column("deleted_at", DateTime, index=True),
    Column("created_at", DateTime, nullable=False, default=_now),
    Column("created_by", String(120)),
    Column("updated_at", DateTime, nullable=False, default=_now, onupdate=_now),
    Column("updated_by", String(120)),
    Column("version", Integer, nullable=False),
    _uuid(),
    # The table's first page by title is a walk of this index (migration 0009).
    Index("ix_event_title_key", "title_key"),
    # With the start date beside the end date, the earliest start of the events
    # reaching into a year is read from this index alone: 18 -> 1.3 ms of CPU at
    # 1,000,000 events, on every refresh of the overview (migration 0008).
    Index("ix_event_end_date", "end_date", "start_date"),
    # The overview and the summaries count a period from this index alone, without
    # reading each event's row: one year of 1,000,000 events per chart in 136-282 ms
    # of CPU instead of 369-500 ms (bench/overview.py).
    Index(
        "ix_event_overview",
        "start_date",
        "end_date",
        "date_precision",
        "deleted_at",
        "country_id",
        "region_id",
        "occasion_id",
        "anniversary",
        "status",
        "event_type_id",
    ),
)

event_organizer = Table(
    "event_organizer",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "event_id", Integer, ForeignKey("event.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("organization_id", Integer, ForeignKey("organization.id"), nullable=False),
    Column("role", _enum(OrganizerRole), nullable=False, default=OrganizerRole.ORGANIZER),
    Column("position", Integer, nullable=False, default=0),
    UniqueConstraint("event_id", "organization_id"),
    # the table sorted by organizer walks each organization's events in id order
    Index("ix_event_organizer_organization_event", "organization_id", "event_id"),
)

event_speaker = Table(
    "event_speaker",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "event_id", Integer, ForeignKey("event.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("position", Integer, nullable=False, default=0),
    Column("person_id", Integer, ForeignKey("person.id"), nullable=False, index=True),
    Column("role", String(300)),
    Column("organization_id", Integer, ForeignKey("organization.id")),
)

program_item = Table(
    "program_item",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "event_id", Integer, ForeignKey("event.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("position", Integer, nullable=False, default=0),
    Column("item_type_id", Integer, ForeignKey("program_item_type.id"), nullable=False),
    Column("note", String(500)),
)

change_log = Table(
    "change_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False, index=True, default=_now),
    Column("user", String(120)),
    Column("desk", String(120)),
    Column("table_name", String(60), nullable=False),
    Column("record_uuid", Uuid, index=True),
    Column("record_id", Integer),
    Column("action", String(20), nullable=False, comment="insert, update, delete, restore, merge"),
    Column("changes", JSON, comment="{field: [old, new]}"),
    Column("batch_id", Uuid, index=True),
    Column("summary", String(500)),
)


def table_of(kind: Table | type[Any]) -> Table:
    """The table of a mapped class (or the table itself): the Core readers take either."""
    return kind if isinstance(kind, Table) else cast(Table, kind.__table__)
