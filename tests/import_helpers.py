"""Helpers shared by the import, merge and template tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from sqlalchemy import Connection, MetaData, Table, inspect, literal_column, select

from db.engine import Database
from desktop.importing import (
    ImportPreview,
    ImportResult,
    apply_import,
    guess_mapping,
    preview,
    read_table,
)

VOLATILE = ("Created (UTC)", "Updated (UTC)", "Created by", "Updated by")


def write_sheet(path: Path, headers: list[str], *rows: list[object]) -> Path:
    """A one-sheet workbook: ``headers``, then ``rows``."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def preview_file(database: Database, path: Path) -> ImportPreview:
    """The import's preview of ``path`` with the columns its headings name."""
    table = read_table(path)
    return preview(database, table, guess_mapping(table.headers))


def import_file(database: Database, path: Path) -> ImportResult:
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))
    return apply_import(database, plan, backup=False)


def dump(database: Database, skip: tuple[str, ...] = ()) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: equal dumps mean nothing changed."""
    out = {}
    with database.engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        for name, table in sorted(_schema(connection).tables.items()):
            if name in skip:
                continue
            if sqlite:
                out[name] = _ordered_rows(connection, table)
            else:
                rows = connection.execute(select(table)).all()
                out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def _ordered_rows(connection: Connection, table: Table) -> list[tuple[Any, ...]]:
    """A SQLite table's rows ordered in SQL by every column's bytes: a canonical order, as
    sorting by their text was, at half the cost."""
    order = [literal_column(f"{number} COLLATE BINARY") for number in range(1, len(table.c) + 1)]
    return [tuple(row) for row in connection.execute(select(table).order_by(*order))]


_SCHEMAS: dict[tuple[object, ...], MetaData] = {}


def _schema(connection: Connection) -> MetaData:
    """The tables of a data set, reflected once per schema (back end, revision and table
    names) rather than for every dump: reflecting cost more than reading the rows."""
    names = tuple(sorted(inspect(connection).get_table_names()))
    revision = (
        connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        if "alembic_version" in names
        else None
    )
    key = (connection.dialect.name, revision, names)
    if key not in _SCHEMAS:
        meta = MetaData()
        meta.reflect(connection)
        _SCHEMAS[key] = meta
    return _SCHEMAS[key]


def event_sheets(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The Events, Speakers and Program sheets without ids-of-the-copy columns."""
    wb = load_workbook(path, read_only=True)
    out = {}
    for title in ("Events", "Speakers", "Program"):
        rows = list(wb[title].iter_rows(values_only=True))
        out[title] = sorted(rows[1:], key=repr)
        out[title + " header"] = [rows[0]]
    wb.close()
    return out
