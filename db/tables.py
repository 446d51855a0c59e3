"""The schema as SQLAlchemy Core tables, without the ORM classes.

The events table's first page, its count and the filter bar's lists are read from these
tables, so a start paints the window without importing :mod:`db.models` or setting up
its mappers (~80 ms of CPU, issue 17); the ORM classes map these same tables.

The tables the events table reads are made here; the others (names' aliases, people,
program items, sources, speakers, the change log) in :mod:`db.secondary_tables`, on
first use of any of them or of ``metadata``, which then holds every table (SQLAlchemy
spends ~0.1 ms a column making a table: half of this schema's cost at each start).
"""

import datetime as dt
import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast
from uuid import uuid4

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.engine.default import DefaultExecutionContext

from db.collation import title_sort_key

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

_metadata = MetaData(naming_convention=NAMING_CONVENTION)
"""Every table's; read as ``metadata``, so that it is complete when used."""


def _title_key_of_the_row(language: str) -> Callable[[DefaultExecutionContext], bytes | None]:
    """An event inserted without its title's sort keys (any INSERT: an import's rows, a
    benchmark's) gets them from its title; the ORM sets them on every change of the title
    (``db.models.Event``). Without a title the row is refused as before (NOT NULL)."""

    def key(context: DefaultExecutionContext) -> bytes | None:
        row = context.get_current_parameters()  # type: ignore[no-untyped-call]  # unannotated in SQLAlchemy
        title = row.get("title")
        return None if title is None else title_sort_key(title, language)

    return key


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


def _title_keys() -> list[Column[Any]]:
    """What the events table sorts titles by in each interface language (indexed)."""
    return [
        Column(
            f"title_key_{lang}",
            LargeBinary,
            default=_title_key_of_the_row(lang),
            comment=f"db.collation.title_sort_key(title, '{lang}'): the title column's order",
        )
        for lang in RANK_LANGUAGES
    ]


def _translations(length: int) -> list[Column[Any]]:
    """A record's name in the other interface languages (its ``name`` is the English one)."""
    return [Column(f"name_{lang}", String(length)) for lang in ("ru", "az")]


country = Table(
    "country",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(2), nullable=False, unique=True, comment="ISO 3166-1 alpha-2"),
    Column("alpha3", String(3)),
    Column("name", String(200), nullable=False),
    _version(),
    *_ranks(),
)


region = Table(
    "region",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(12), unique=True, comment="ISO 3166-2"),
    Column("country_id", Integer, ForeignKey("country.id"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(80)),
    _uuid(),
    _version(),
    *_ranks(),
)


city = Table(
    "city",
    _metadata,
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


organization = Table(
    "organization",
    _metadata,
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


occasion = Table(
    "occasion",
    _metadata,
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


event_type = Table(
    "event_type",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(40), nullable=False, unique=True),
    Column("name", String(120), nullable=False),
    *_translations(120),
    _version(),
    *_ranks(),
)


event = Table(
    "event",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(500), nullable=False),
    *_title_keys(),
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
    # The table's first page by title is a walk of the language's index (migration 0014).
    *(Index(f"ix_event_title_key_{lang}", f"title_key_{lang}") for lang in RANK_LANGUAGES),
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
    _metadata,
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


def table_of(kind: Table | type[Any]) -> Table:
    """The table of a mapped class (or the table itself): the Core readers take either."""
    return kind if isinstance(kind, Table) else cast(Table, kind.__table__)


if TYPE_CHECKING:
    from db.secondary_tables import (  # re-exported, made on first use
        change_log as change_log,
        city_alias as city_alias,
        country_alias as country_alias,
        data_set as data_set,
        event_source as event_source,
        event_speaker as event_speaker,
        occasion_alias as occasion_alias,
        organization_alias as organization_alias,
        person as person,
        person_alias as person_alias,
        program_item as program_item,
        program_item_type as program_item_type,
        region_alias as region_alias,
        source as source,
    )

    metadata = _metadata
else:

    def __getattr__(name: str) -> Any:
        """The secondary tables, made when one of them or ``metadata`` is first asked for
        (PEP 562): ``metadata.sorted_tables`` never misses one of them."""
        if name == "metadata" or name in _SECONDARY:
            from db import secondary_tables

            return _metadata if name == "metadata" else getattr(secondary_tables, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    # Named, not looked up in db.secondary_tables: the import system asks a module for
    # attributes it lacks (``__path__``), which must not make these tables at start.
    _SECONDARY = frozenset(
        {
            "change_log",
            "city_alias",
            "country_alias",
            "data_set",
            "event_source",
            "event_speaker",
            "occasion_alias",
            "organization_alias",
            "person",
            "person_alias",
            "program_item",
            "program_item_type",
            "region_alias",
            "source",
        }
    )
