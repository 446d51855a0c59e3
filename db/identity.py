"""The identity of a data set: a UUID stored in it (table ``data_set``), made once.

A file's path says nothing of which data set it holds: a USB stick gets another drive
letter, a file is renamed, moved or restored from a backup, a data set is copied to a
server. What is kept outside the data set for it (the drafts of unsaved forms) is
keyed by this identity instead. Backups and ``db copy`` (which moves a data set to a
server or back) carry the row with the rest.

The row also says which collator made the events' title keys (``db.collation``), so a
new ICU makes them again instead of sorting old keys among new ones.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    String,
    Uuid,
    column,
    insert,
    select,
    table,
    update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError

data_set = table(
    "data_set",
    column("id", Integer),
    column("uuid", Uuid),
    column("title_keys_collator", String),
)
"""The one row of ``db.tables.data_set``, named alone: the drafts' look-up at a window's
start then needs none of the tables its first page does not read (db.secondary_tables)."""

log = logging.getLogger(__name__)


def read_identity(connection: Connection) -> uuid.UUID | None:
    """The data set's identity, None when it has none yet."""
    found: uuid.UUID | None = connection.scalar(select(data_set.c.uuid).where(data_set.c.id == 1))
    return found


WAIT_MS = 200
"""How long making the identity waits for another desk's write (a long import) to end:
it is made at a window's start, and is made at a later one as well."""


@contextmanager
def _short_wait(connection: Connection) -> Iterator[None]:
    """A SQLite file's busy timeout cut to ``WAIT_MS`` meanwhile (then set back: the
    connection goes back to the pool)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    (before,) = connection.exec_driver_sql("PRAGMA busy_timeout").one()
    connection.exec_driver_sql(f"PRAGMA busy_timeout = {WAIT_MS}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(before)}")


def data_set_identity(engine: Engine) -> uuid.UUID | None:
    """The data set's identity, made now when it has none. None when it has none and
    cannot be given one now (a read-only file, a user who may only read, a file locked
    by another desk's write): the caller then knows the data set by its address."""
    try:
        with engine.connect() as connection:
            found = read_identity(connection)
        if found is not None:
            return found
        with engine.begin() as connection, _short_wait(connection):
            made = uuid.uuid4()
            connection.execute(insert(data_set).values(id=1, uuid=made))
        return made
    except IntegrityError:  # another desk gave it one in the meantime
        with engine.connect() as connection:
            return read_identity(connection)
    except DBAPIError as error:
        log.info("the data set %s has no identity and gets none now: %s", engine.url, error)
        return None


def title_keys_collator(connection: Connection) -> str | None:
    """What made the data set's title keys (``db.collation.collator_version``); None when
    it is not known (a data set of an older version, or without the row yet)."""
    found: str | None = connection.scalar(
        select(data_set.c.title_keys_collator).where(data_set.c.id == 1)
    )
    return found


def record_title_keys(connection: Connection, collator: str | None) -> None:
    """Say that ``collator`` made the title keys, in the caller's transaction; a data set
    without its row gets it now, with an identity of its own."""
    said = connection.execute(
        update(data_set).where(data_set.c.id == 1).values(title_keys_collator=collator)
    )
    if said.rowcount == 0:
        connection.execute(
            insert(data_set).values(id=1, uuid=uuid.uuid4(), title_keys_collator=collator)
        )
