"""Helpers shared by the import, merge and template tests."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import MetaData, select

from db.engine import Database
from desktop.importing import ImportResult, apply_import, guess_mapping, preview, read_table

VOLATILE = ("Created (UTC)", "Updated (UTC)", "Created by", "Updated by")


def import_file(database: Database, path: Path) -> ImportResult:
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))
    return apply_import(database, plan, backup=False)


def dump(database: Database, skip: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: equal dumps mean nothing changed."""
    meta = MetaData()
    meta.reflect(database.engine)
    out = {}
    with database.engine.connect() as connection:
        for name, table in sorted(meta.tables.items()):
            if name in skip:
                continue
            rows = connection.execute(select(table)).all()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def event_sheets(path: Path) -> dict[str, list[tuple]]:
    """The Events, Speakers and Program sheets without ids-of-the-copy columns."""
    wb = load_workbook(path, read_only=True)
    out = {}
    for title in ("Events", "Speakers", "Program"):
        rows = list(wb[title].iter_rows(values_only=True))
        out[title] = sorted(rows[1:], key=repr)
        out[title + " header"] = [rows[0]]
    wb.close()
    return out
