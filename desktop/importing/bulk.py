"""Helpers for work on 100,000 rows at a time.

Python's cyclic garbage collector runs a full pass over every live container
object now and then; a preview holds one lean plan per row, so while 100,000
of them are alive each full pass walks them all, for nothing (plans hold no
reference cycles). Pausing the collector during the bulk loops of a preview
and a write saved about a sixth of the write's time on 100,000 rows.

On SQLite the search indexes (the FTS5 tables of migrations 0002 and 0007) are filled
by a trigger per inserted event; for a bulk insert :func:`search_filled_after` fills
them once after the rows instead, which made inserting 50,000 events three times
faster (16.4 s -> 5.8 s, the trigram index alone); the words index as well took an
import of 100,000 rows from 49.5 s to 41.9 s (its write 30.0 -> 26.9 s; bench/import.py
--index-after --before, load 8 on two cores).
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from db.models import Base, Event
from db.search import SEARCH_SOURCE, WORDS_TABLE

SEARCH_TABLE = "event_search"
INSERT_TRIGGER = "event_search_insert"
"""The FTS5 table over ``event.search_text`` and its per-row insert trigger (migration 0002)."""
INDEXES = {SEARCH_TABLE: INSERT_TRIGGER, WORDS_TABLE: f"{WORDS_TABLE}_insert"}
"""Every FTS5 table over ``event.search_text`` and its insert trigger (migrations 0002, 0007)."""


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off for the block (reference counting still frees)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class, typed (``__table__`` is a FromClause to mypy)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


@contextmanager
def search_filled_after(session: Session) -> Iterator[None]:
    """Events inserted in the block reach the search indexes in one statement each at its
    end.

    SQLite only, and only inside the session's transaction: the insert triggers are
    dropped, the block inserts, the new events (ids above the largest before, as the
    write lock is held) are indexed in one INSERT ... SELECT per index and the triggers
    are made again from their own stored SQL. A failure in the block leaves the triggers
    dropped only inside the transaction, and its rollback brings them back with the
    events gone. Elsewhere nothing changes: PostgreSQL's trigram index follows the rows.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    found = session.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
             f"({', '.join(repr(name) for name in INDEXES.values())})")
    ).all()
    triggers = {name: sql for name, sql in found}
    if not triggers:  # a schema without a search index
        yield
        return
    raw = session.connection().connection.dbapi_connection
    if isinstance(raw, sqlite3.Connection) and not raw.in_transaction:
        session.execute(text("BEGIN"))  # pysqlite begins by itself only before a DML statement
    for name in triggers:
        session.execute(text(f"DROP TRIGGER {name}"))  # the first takes the write lock
    last = session.scalar(select(func.coalesce(func.max(Event.id), 0)))
    yield
    for table, name in INDEXES.items():
        if name in triggers:
            session.execute(
                text(f"INSERT INTO {table}(rowid, search_text) "
                     f"SELECT id, search_text FROM {SEARCH_SOURCE} WHERE id > :last"),
                {"last": last},
            )
            session.execute(text(triggers[name]))
