"""The counting rules of the summaries, checked on files read back.

Imprecise dates: an event counts in every period it overlaps; a year-only event
is not a January event, it has its year's "date within the year unknown" column;
events that started before the report's period and ran into it are in it.
"Events with no region" are not a region and do not rank among them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from db.engine import Database
from db.event_store import EventInput, EventStore
from desktop.reports import ReportOptions, export_workbook


def save(database: Database, *events: EventInput) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session, user="tester")
        for data in events:
            store.save(data)


def event(title: str, start: dt.date, **fields) -> EventInput:
    return EventInput(title=title, start_date=start, country="Russia", **fields)


def rows(path: Path, sheet: str) -> list[tuple]:
    return list(load_workbook(path)[sheet].iter_rows(values_only=True))


def top_block(sheet_rows: list[tuple]) -> list[tuple]:
    """The rows of the Top-10 block: after its header (Country, Region, Events)."""
    start = next(i for i, r in enumerate(sheet_rows) if r[:3] == ("Country", "Region", "Events"))
    block = []
    for row in sheet_rows[start + 1:]:
        if row[0] is None:
            break
        block.append(row[:3])
    return block


def test_no_region_does_not_rank_as_a_region(database: Database, tmp_path: Path):
    day = dt.date(2025, 3, 1)
    save(database, *(event(f"Nowhere {n}", day) for n in range(5)),
         event("Vladivostok", day, region="Primorsky Krai"),
         event("Chelyabinsk", day, region="Chelyabinsk region"),
         event("Chelyabinsk again", day, region="Chelyabinsk region"))
    out = tmp_path / "r.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("per_region",)))
    sheet = rows(out, "Per region")
    assert any(r[1] == "(no region)" and r[-1] == 5 for r in sheet)  # still in the table
    assert top_block(sheet) == [("Russia", "Chelyabinsk Oblast", 2),
                                ("Russia", "Primorsky Krai", 1)]
    assert "Top 2 regions by number of events" in [r[0] for r in sheet]
