"""Undo and redo in the main window (QUndoStack): save, delete, restore, bulk status, export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.event_store import EventStore
from db.models import Event, EventStatus
from desktop.ui.events_model import UUID_ROLE
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import WorkerSignal, tmp_settings, type_into

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def database(sample_database):
    """The window's data set, holding the sample's three events."""
    return sample_database


@pytest.fixture
def window(qtbot, database, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def keys(qtbot, window, key: Qt.Key, modifiers) -> None:
    """Shortcuts go to the active window; a closed form leaves none active offscreen."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, key, modifiers)


def undo(qtbot, window) -> None:
    keys(qtbot, window, Qt.Key.Key_Z, CTRL)


def redo(qtbot, window) -> None:
    keys(qtbot, window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)


def stored(database, event_uuid) -> Event:
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.uuid == event_uuid))
        session.expunge(event)
        return event


def test_undo_a_new_event_moves_it_to_the_trash_and_redo_brings_it_back(qtbot, window, database):
    form = window.new_event()
    qtbot.waitExposed(form)
    type_into(qtbot, form.fields.title, "Poetry evening")
    type_into(qtbot, form.fields.start_date, "2025-03-01")
    assert form.save()
    new_uuid = window.model.uuid_at(window.table.currentIndex().row())
    assert window.model.total == 4
    assert window.undo_action.text().endswith("“Poetry evening”")

    undo(qtbot, window)
    assert window.model.total == 3
    assert stored(database, new_uuid).deleted_at is not None
    redo(qtbot, window)
    assert window.model.total == 4
    assert stored(database, new_uuid).deleted_at is None


def test_undo_an_edit_puts_the_previous_version_back(qtbot, window, database):
    event_uuid = window.model.uuid_at(0)
    old_title = stored(database, event_uuid).title
    form = window.open_form(event_uuid)
    form.fields.title.setText("A better title")
    assert form.save()
    assert stored(database, event_uuid).title == "A better title"

    undo(qtbot, window)
    assert stored(database, event_uuid).title == old_title
    redo(qtbot, window)
    assert stored(database, event_uuid).title == "A better title"
    keys(qtbot, window, Qt.Key.Key_Y, CTRL)  # nothing more to redo: harmless
    undo(qtbot, window)
    with database.sessions() as session:
        data = EventStore(session).load(event_uuid)
    assert data.title == old_title
    assert len(data.organizers) >= 1  # the whole event came back, not only the title


def test_undo_delete_and_restore(qtbot, window, database):
    window.table.setFocus()
    window.table.selectAll()
    doomed = window.selected_uuids()
    assert window.delete_selected() == 3
    assert window.model.total == 0
    undo(qtbot, window)
    assert window.model.total == 3
    redo(qtbot, window)
    assert window.model.total == 0

    trash = window.show_trash()
    qtbot.addWidget(trash)
    trash.table.selectAll()
    trash.restore_selected()
    assert window.model.total == 3
    assert "Restore 3 events" in window.undo_action.text()
    trash.reject()
    undo(qtbot, window)
    assert window.model.total == 0
    assert all(stored(database, u).deleted_at is not None for u in doomed)


def test_bulk_status_change_is_one_undo_step(qtbot, window, database):
    uuids = [window.model.uuid_at(r) for r in range(3)]
    before = {u: stored(database, u).status for u in uuids}
    window.table.setFocus()
    window.table.selectAll()
    assert window.set_status_selected(EventStatus.VERIFIED) == 3
    assert all(stored(database, u).status == EventStatus.VERIFIED for u in uuids)
    statuses = [window.model.index(r, 9).data() for r in range(3)]
    assert statuses == ["verified"] * 3
    undo(qtbot, window)
    assert {u: stored(database, u).status for u in uuids} == before
    redo(qtbot, window)
    assert all(stored(database, u).status == EventStatus.VERIFIED for u in uuids)


def test_export_selection_exports_only_the_selected_rows(qtbot, window, tmp_path):
    window.table.selectRow(0)
    chosen = window.model.index(0, 0).data(UUID_ROLE)
    out = tmp_path / "selection.xlsx"
    worker = window.export_selection(out)
    assert worker is not None
    with WorkerSignal(qtbot, worker.finished, 30_000) as done:
        pass
    assert done.args[0].events == 1
    assert window.undo_stack.count() == 0  # an export changes nothing: not on the stack
    qtbot.waitUntil(lambda: window._export is None, timeout=5000)
    from openpyxl import load_workbook

    text = " ".join(
        str(c.value) for ws in load_workbook(out).worksheets for r in ws.iter_rows() for c in r
    )
    assert str(chosen) in text


def test_a_stale_undo_is_refused_not_forced(qtbot, window, database, monkeypatch):
    event_uuid = window.model.uuid_at(0)
    form = window.open_form(event_uuid)
    form.fields.title.setText("Mine")
    assert form.save()
    with database.sessions.begin() as session:  # someone else saves after us
        store = EventStore(session, user="desk-b")
        theirs = store.load(event_uuid)
        theirs.title = "Theirs"
        store.save(theirs)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    undo(qtbot, window)
    assert warned and "cannot be undone" in warned[0]
    assert stored(database, event_uuid).title == "Theirs"
