"""Ranks of reference records in each language's alphabetical order (issue 11 item 13,
issue 17: sort).

The events table sorts a name column by the names it shows in the interface language
(ICU's order: Azerbaijani C, Ç, D; Russian Ё with Е). Comparing those names for a
million events is a sort of a million rows; ranking the few thousand reference
records instead lets SQL walk ``ix_<table>_rank_<lang>`` and, for each record, its
events through the event table's index on the link, in pages, with nothing sorted.

A rank is NULL when it is stale: a new record has none, and a record whose name
changes loses its ranks (``db.models``), whoever writes it (the reference lists,
GeoNames, an import, a merge). :func:`ensure_ranks` ranks a table again before a sort
reads it, so no writer needs to remember.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import Connection, Table, bindparam, select, update

from db import tables
from db.collation import language_key
from db.localized import all_names

if TYPE_CHECKING:
    from db.engine import Reader
    from db.models import City, Country, EventType, Occasion, Organization, Region

RankedModel: TypeAlias = (
    "type[City] | type[Country] | type[EventType] | type[Occasion] | type[Organization]"
    " | type[Region] | Table"
)
"""A ranked kind of record: its mapped class or (at the window's start) its table."""


def language_of(language: str | None) -> str:
    """The ranked language that orders names for ``language`` (English for any other)."""
    short = (language or "en").replace("-", "_").split("_")[0].lower()
    return short if short in tables.RANK_LANGUAGES else "en"


def rank_column(model: RankedModel, language: str | None) -> Any:
    """The rank column of ``model`` for ``language``."""
    return tables.table_of(model).c[f"rank_{language_of(language)}"]


def _shown_names(session: Reader, model: RankedModel, language: str) -> dict[int, str]:
    """id → the name the table shows for each record of ``model``."""
    table = tables.table_of(model)
    if table is tables.organization:
        return {
            record_id: name
            for record_id, name in session.execute(select(table.c.id, table.c.name))
        }
    return all_names(session, table, language)


def refresh_sort_ranks(session: Reader, model: RankedModel, language: str) -> int:
    """Rank every record of ``model`` by its shown name in ``language`` (ties by id);
    writes only the ranks that changed, and returns how many did. The caller commits."""
    column = rank_column(model, language)
    key = language_key(language_of(language))
    names = _shown_names(session, model, language)
    order = sorted(names, key=lambda record_id: (key(names[record_id]), record_id))
    table = tables.table_of(model)
    current: dict[int, int | None] = {
        record_id: rank for record_id, rank in session.execute(select(table.c.id, column))
    }
    changed = sorted(  # in id order: two desks ranking at once lock rows in one order
        (
            {"record": record_id, "rank": rank}
            for rank, record_id in enumerate(order)
            if current.get(record_id) != rank
        ),
        key=lambda row: row["record"],
    )
    if changed:
        statement = (
            update(table)  # Core: a rank is no edit of the record (no new version)
            .where(table.c.id == bindparam("record"))
            .values({column.key: bindparam("rank")})
        )
        writer = session if isinstance(session, Connection) else session.connection()
        writer.execute(statement, changed)
    return len(changed)


def ensure_ranks(session: Reader, model: RankedModel, language: str | None) -> None:
    """Rank ``model`` again if any of its records has no rank in ``language`` (a short
    look through the rank index), and commit, so the sort that follows can trust it."""
    column = rank_column(model, language)
    table = tables.table_of(model)
    if session.scalar(select(table.c.id).where(column.is_(None)).limit(1)) is None:
        return
    refresh_sort_ranks(session, model, language_of(language))
    session.commit()
