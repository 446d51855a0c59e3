"""The schema's tables the events table's first page does not read: the names' aliases,
people, program items, sources, speakers and the change log.

Made on first use through :mod:`db.tables` (its ``__getattr__``), which re-exports them;
import them from there.
"""

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.engine.default import DefaultExecutionContext

from db.sound import sound_key
from db.tables import SourceScale, _enum, _metadata, _now, _translations, _uuid, _version


def _sound_of_name(context: DefaultExecutionContext) -> str | None:
    """An alias's ``search_sound`` from its name, for every insert that leaves it out (the
    ORM's and Core's alike; a change of name: :mod:`db.models`)."""
    # the documented way to a row's values, one row of a multi-VALUES insert too
    name = context.get_current_parameters().get("name")  # type: ignore[no-untyped-call]
    return None if name is None else sound_key(name)


def _alias_table(owner: str, length: int) -> Table:
    """The other names of a reference record, one row per spelling (several may share a
    matching key: "Алиев", "Aliev")."""
    return Table(
        f"{owner}_alias",
        _metadata,
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
        Column("search_sound", String(length), default=_sound_of_name),
        UniqueConstraint(f"{owner}_id", "normalized", "name"),
    )


country_alias = _alias_table("country", 200)
region_alias = _alias_table("region", 200)
city_alias = _alias_table("city", 200)
organization_alias = _alias_table("organization", 400)
person_alias = _alias_table("person", 300)
occasion_alias = _alias_table("occasion", 300)


person = Table(
    "person",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("full_name", String(300), nullable=False),
    Column("notes", Text),
    _uuid(),
    _version(),
)


program_item_type = Table(
    "program_item_type",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(40), nullable=False, unique=True),
    Column("name", String(120), nullable=False),
    *_translations(120),
    _version(),
)


source = Table(
    "source",
    _metadata,
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
    _metadata,
    Column("event_id", Integer, ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("source_id", Integer, ForeignKey("source.id"), primary_key=True),
)


event_speaker = Table(
    "event_speaker",
    _metadata,
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
    _metadata,
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
    _metadata,
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


data_set = Table(
    "data_set",
    _metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("uuid", Uuid, nullable=False),
    Column(
        "title_keys_collator",
        String(100),
        comment="db.collation.collator_version() of the events' title keys",
    ),
    CheckConstraint("id = 1", name="one_row"),
    comment="The data set's identity: one row, made once, kept by backups and copies",
)
