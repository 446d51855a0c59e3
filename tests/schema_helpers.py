"""Taking a test database's schema to a given revision, as the app's own upgrade does."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, column, inspect, select, table as sa_table
from sqlalchemy.engine import Engine

from db.engine import alembic_config


def migrate(engine: Engine, revision: str) -> None:
    """Upgrade ``engine``'s database to ``revision`` (or "head") in one transaction."""
    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Take ``engine``'s database back to ``revision``, as a file of an older version is."""
    _run(engine, command.downgrade, revision)


def _run(engine: Engine, step: Callable[[Config, str], None], revision: str) -> None:
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        step(config, revision)


def rows_of(connection: Connection, columns: dict[str, list[str]] | None = None) -> RowsOf:
    """Every row of the data set's tables (``columns``: only those tables and columns,
    as an older schema had them), ordered: a file upgraded with every row intact gives
    the same rows of the old columns as before."""
    from db.tables import metadata

    if columns is None:
        present = inspect(connection)
        columns = {
            table.name: [column["name"] for column in present.get_columns(table.name)]
            for table in metadata.sorted_tables
            if present.has_table(table.name)
        }
    rows = {}
    for name, names in columns.items():
        table = sa_table(name, *(column(each) for each in names))
        rows[name] = [tuple(row) for row in connection.execute(
            select(table).order_by(*table.c)
        )]
    return RowsOf(columns, rows)


@dataclass(frozen=True)
class RowsOf:
    """The tables' columns read and their rows."""

    columns: dict[str, list[str]]
    rows: dict[str, list[tuple[Any, ...]]]
