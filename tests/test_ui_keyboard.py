"""Issue 11 items 8 and 9: Enter moves on (never adds a row), and no two Alt letters clash."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import func, select

from db.models import Event
from desktop.ui.event_form import EventForm
from tests.test_ui_support import child, focus, type_into

ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def form(qtbot, database, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog = EventForm(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def rows(form: EventForm) -> int:
    fields = form.fields
    return fields.organizers.row_count() + fields.speakers.row_count() + fields.program.row_count()


def test_enter_in_a_field_moves_to_the_next_and_adds_no_row(qtbot, form):
    title = child(form, "title")
    type_into(qtbot, title, "A concert")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert rows(form) == 0
    assert child(form, "date_precision").hasFocus()
    for name in ("start_date", "attendance", "country", "region", "venue", "source_publisher"):
        focus(child(form, name))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert not child(form, name).hasFocus(), f"Enter in {name} did not move on"
    assert rows(form) == 0
    assert form.isVisible()


def test_no_button_of_the_form_is_default(form):
    for button in form.findChildren(QPushButton):
        assert not button.isDefault(), button.objectName()
        assert not button.autoDefault(), button.objectName()


def test_enter_on_a_focused_button_presses_it(qtbot, form, database):
    type_into(qtbot, child(form, "title"), "A concert")
    type_into(qtbot, child(form, "start_date"), "2025-03-01")
    add = child(form, "add_speaker")
    focus(add)
    qtbot.keyClick(add, Qt.Key.Key_Return)
    assert form.fields.speakers.row_count() == 1
    save = child(form, "save")
    focus(save)
    qtbot.keyClick(save, Qt.Key.Key_Return)
    assert not form.isVisible()
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 1


def test_alt_down_on_a_program_combo_opens_it_and_does_not_move_the_row(qtbot, form):
    program = form.fields.program
    for _ in range(2):
        qtbot.keyClick(child(form, "title"), Qt.Key.Key_P, ALT_SHIFT)
    type_into(qtbot, child(form, "program_type_0"), "minute")
    type_into(qtbot, child(form, "program_type_1"), "speech")
    first = child(form, "program_type_0")
    focus(first)
    qtbot.keyClick(first, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    first.hidePopup()
    assert [p.item_type for p in program.values()] == ["minute_of_silence", "speech"]
    focus(first)
    qtbot.keyClick(first, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [p.item_type for p in program.values()] == ["speech", "minute_of_silence"]


def test_the_report_dialog_has_a_close_button_and_shows_the_find_shortcut(qtbot, database):
    from desktop.ui.extract_dialog import ExtractDialog

    dialog = ExtractDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Ctrl+Enter" in child(dialog, "find_events").toolTip()
    close = child(dialog, "close_extract")
    focus(close)
    qtbot.keyClick(close, Qt.Key.Key_Space)
    assert not dialog.isVisible()
