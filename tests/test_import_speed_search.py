"""A bulk import fills the search index once after its rows: searching finds what it
imported, undo takes it out of the search, and an import that fails half-way leaves
neither events nor index entries nor a missing trigger behind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select, text

import desktop.importing.apply as apply_module
from db.engine import Database
from db.event_store import EventInput, EventStore
from db.models import Event
from db.queries import EventFilter
from desktop.importing import (
    ImportCancelled,
    apply_import,
    guess_mapping,
    preview,
    read_table,
    undo_batch,
)
from desktop.importing.bulk import INSERT_TRIGGER
from tests.import_helpers import dump

WORDS = ["Quillwort", "Bramblefinch", "Marshmallowtide", "Snapdragonfly", "Thistledown"]


def _file(path: Path, organizers: bool = False) -> Path:
    """Five events, each with a word of its own; with ``organizers``, each names a new
    organization (created before the events, so the transaction has begun by then)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Events"
    ws.append(["Title", "Start date", "Region", "Description", "Organizers"])
    for n, word in enumerate(WORDS):
        ws.append([f"Evening {n}", dt.date(2025, 3, n + 1), "RU-CHE", f"About {word}",
                   f"Society number {n}" if organizers else None])
    wb.save(path)
    return path


def _found(database: Database, word: str) -> int:
    with database.sessions() as session:
        return session.scalar(
            select(func.count(Event.id)).where(*EventFilter(text=word).conditions())) or 0


def _index_is_whole(database: Database) -> bool:
    """FTS5's own check that the index holds exactly the events' search text."""
    with database.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO event_search(event_search, rank) VALUES ('integrity-check', 1)"))
        return connection.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
            {"name": INSERT_TRIGGER}).scalar() == 1


def _plan(database: Database, path: Path):
    table = read_table(path)
    return preview(database, table, guess_mapping(table.headers))


@pytest.mark.parametrize("organizers", [False, True])
def test_imported_events_are_found_and_undo_takes_them_out(database, tmp_path,
                                                           organizers) -> None:
    path = _file(tmp_path / "e.xlsx", organizers)
    result = apply_import(database, _plan(database, path), backup=False)
    assert result.inserted == len(WORDS)
    assert len(result.created_organizations) == (len(WORDS) if organizers else 0)
    assert [_found(database, word) for word in WORDS] == [1] * len(WORDS)
    assert _index_is_whole(database)
    with database.sessions.begin() as session:  # the trigger is back for the form
        EventStore(session).save(EventInput(title="Gooseberry night",
                                            start_date=dt.date(2025, 5, 1)))
    assert _found(database, "Gooseberry") == 1

    undo_batch(database, result.batch_id)  # type: ignore[arg-type]
    assert [_found(database, word) for word in WORDS] == [0] * len(WORDS)
    assert _found(database, "Gooseberry") == 1
    assert _index_is_whole(database)


@pytest.mark.parametrize("failure", ["cancelled", "error"])
def test_an_import_failing_half_way_leaves_nothing(database, tmp_path, monkeypatch,
                                                   failure) -> None:
    path = _file(tmp_path / "e.xlsx")
    monkeypatch.setattr(apply_module, "BATCH", 2)  # three batches of new events
    batches: list[int] = []
    original = apply_module._insert_events

    def insert_then_fail(store, rows, ids):
        original(store, rows, ids)
        batches.append(len(rows))
        if len(batches) == 2 and failure == "error":
            raise RuntimeError("the disk is full")

    monkeypatch.setattr(apply_module, "_insert_events", insert_then_fail)
    before = dump(database)
    plan = _plan(database, path)
    with pytest.raises(ImportCancelled if failure == "cancelled" else RuntimeError):
        apply_import(database, plan, backup=False, cancelled=lambda: len(batches) == 2)
    assert batches == [2, 2]
    assert dump(database) == before
    assert [_found(database, word) for word in WORDS] == [0] * len(WORDS)
    assert _index_is_whole(database)

    monkeypatch.setattr(apply_module, "_insert_events", original)
    assert apply_import(database, _plan(database, path), backup=False).inserted == len(WORDS)
    assert [_found(database, word) for word in WORDS] == [1] * len(WORDS)
    assert _index_is_whole(database)
