"""A record's change history is its own: SQLite gives a deleted record's id to the next
record, and that record's history must not show the rows of the one deleted before."""

from __future__ import annotations

import pytest

from db.engine import Database
from db.reference_service import ReferenceService, change_history
from desktop.ui.reference_lists import ChangeLogDialog


def add(database: Database, kind: str, values: dict[str, str]) -> int:
    with database.sessions.begin() as session:
        return int(ReferenceService(session, user="clerk").save(kind, None, values, []).id)


def edit(database: Database, kind: str, record_id: int, values: dict[str, str]) -> None:
    with database.sessions.begin() as session:
        service = ReferenceService(session, user="clerk")
        data = service.read(kind, record_id)
        assert data is not None
        service.save(kind, record_id, {**data.values, **values}, data.aliases, data.version)


def delete(database: Database, kind: str, record_id: int) -> object:
    with database.sessions.begin() as session:
        return ReferenceService(session, user="clerk").delete(kind, record_id)


def names_in_history(database: Database, kind: str, record_id: int) -> set[str]:
    with database.sessions() as session:
        rows = ReferenceService(session).history(kind, record_id)
    return {str(value) for row in rows for value in (row.old, row.new, row.summary) if value}


@pytest.mark.parametrize(
    ("kind", "first", "second"),
    [
        ("organization", {"name": "Frendship sosiety"}, {"name": "Karabakh Foundation"}),
        ("event_type", {"name": "Poetry evening"}, {"name": "Film screening night"}),
    ],
)
def test_a_new_record_on_a_deleted_ones_id_shows_only_its_own_history(
    database: Database, kind: str, first: dict[str, str], second: dict[str, str]
):
    old_id = add(database, kind, first)
    edit(database, kind, old_id, {"name": first["name"] + " (typo)"})
    delete(database, kind, old_id)
    new_id = add(database, kind, second)
    assert new_id == old_id  # SQLite gives the freed id again: the case at hand

    shown = names_in_history(database, kind, new_id)
    assert second["name"] in shown
    assert not any(first["name"] in text for text in shown)


def test_the_history_window_of_the_new_record_lists_only_its_addition(qtbot, database: Database):
    old_id = add(database, "organization", {"name": "Frendship sosiety"})
    edit(database, "organization", old_id, {"notes": "typo"})
    delete(database, "organization", old_id)
    new_id = add(database, "organization", {"name": "Karabakh Foundation"})
    assert new_id == old_id

    dialog = ChangeLogDialog(database, "organization", record_id=new_id)
    qtbot.addWidget(dialog)
    assert {row[2] for row in dialog.rows} == {"added"}
    assert all("Frendship" not in " ".join(row) for row in dialog.rows)


def test_a_deleted_record_put_back_keeps_its_whole_history(database: Database):
    record_id = add(database, "organization", {"name": "Frendship sosiety"})
    edit(database, "organization", record_id, {"notes": "typo"})
    batch = delete(database, "organization", record_id)
    with database.sessions.begin() as session:
        back = ReferenceService(session, user="clerk").undo_delete(batch)  # type: ignore[arg-type]
    with database.sessions() as session:  # by its id, as the reference lists ask
        actions = [row.action for row in change_history(session, "organization", None, back)]
    assert "insert" in actions and "update" in actions
    assert "delete" in actions and "undelete" in actions


def test_a_record_put_back_under_a_new_id_brings_its_history_and_leaves_the_others(
    database: Database,
):
    first = add(database, "event_type", {"name": "Poetry evening"})
    batch = delete(database, "event_type", first)
    taken = add(database, "event_type", {"name": "Film screening night"})
    assert taken == first
    with database.sessions.begin() as session:
        back = ReferenceService(session, user="clerk").undo_delete(batch)  # type: ignore[arg-type]
    assert back != first

    assert "Poetry evening" in names_in_history(database, "event_type", back)
    assert not any("Film" in t for t in names_in_history(database, "event_type", back))
    assert not any("Poetry" in t for t in names_in_history(database, "event_type", taken))
