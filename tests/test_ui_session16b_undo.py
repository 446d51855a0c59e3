"""Ctrl+Z and Ctrl+Shift+Z in the main window: the clerk sees the event the step brought
back, and the status bar says what the step did, not what the step undid."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.tables import EventStatus
from tests.test_ui_session16_window import events, open_window  # noqa: F401 (fixture)


@pytest.fixture
def window(qtbot, events, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    main = open_window(qtbot, events, tmp_path)
    main.table.setFocus(Qt.FocusReason.TabFocusReason)
    return main


def delete_row(qtbot, main, downs: int):
    for _ in range(downs):
        qtbot.keyClick(main.table, Qt.Key.Key_Down)
    row = main.table.currentIndex().row()
    gone = main.model.uuid_at(row)
    qtbot.keyClick(main.table, Qt.Key.Key_Delete)
    main.model.wait()
    return row, gone


def on_screen(main, row: int) -> bool:
    rect = main.table.visualRect(main.model.index(row, 0))
    return main.table.viewport().rect().intersects(rect)


def test_ctrl_z_after_delete_selects_the_restored_event_and_says_so(qtbot, window):
    main = window
    row, gone = delete_row(qtbot, main, 40)
    main.table.scrollToTop()  # the clerk looked elsewhere before undoing
    qtbot.keyClick(main.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    main.model.wait()
    assert main.selected_uuids() == [gone]
    assert main.table.currentIndex().row() == row
    assert on_screen(main, row)
    message = main.statusBar().currentMessage()
    assert "trash:" not in message, "the status bar still reports the delete after Ctrl+Z"
    assert main.undo_stack.redoText() in message


def test_ctrl_shift_z_deletes_again_and_the_cursor_stays_in_place(qtbot, window):
    main = window
    row, gone = delete_row(qtbot, main, 5)
    qtbot.keyClick(main.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    main.model.wait()
    following = main.model.uuid_at(row + 1)
    undone = main.statusBar().currentMessage()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(main.table, Qt.Key.Key_Z, keys)
    main.model.wait()
    assert main.model.row_of(gone) == -1
    assert main.selected_uuids() == [following], "after the redo nothing is current"
    assert main.delete_action.isEnabled()
    message = main.statusBar().currentMessage()
    assert message != undone, "the status bar still reports the undo after the redo"
    assert main.undo_stack.undoText() in message


def test_undoing_a_status_mark_selects_the_marked_events(qtbot, window):
    main = window
    qtbot.keyClick(main.table, Qt.Key.Key_Down)
    marked = main.selected_uuids()
    main.set_status_selected(EventStatus.VERIFIED)
    main.table.clearSelection()
    main.table.setCurrentIndex(main.model.index(100, 0))
    qtbot.keyClick(main.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    main.model.wait()
    assert main.selected_uuids() == marked
