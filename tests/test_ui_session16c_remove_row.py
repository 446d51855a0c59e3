"""Ctrl+Delete in a row of the event form, pressed by a Russian-speaking clerk.

Ctrl+Delete is also the ordinary "delete the next word" key of a text field, so a
clerk editing a speaker's title may press it out of habit. The row, with everything
typed in it, must not vanish without a question (there is no undo for it); an empty
row still goes at once, and the clerk who means it removes a filled row by keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.event_form import EventForm
from tests.test_ui_support import focus, type_into

CTRL = Qt.KeyboardModifier.ControlModifier
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def open_form(qtbot, database, monkeypatch) -> EventForm:
    # a half-filled form asks before closing; at teardown nobody is there to answer
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    form = EventForm(database)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def add_speaker(qtbot, form: EventForm, *texts: str) -> None:
    """Alt+Shift+K opens a row; the clerk types each field and Tabs to the next."""
    qtbot.keyClick(form, Qt.Key.Key_K, ALT_SHIFT)
    for text in texts:
        type_into(qtbot, QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def answer_question(qtbot, keys: list[Qt.Key], shown: list[str]) -> None:
    """Press ``keys`` in the next message box (recording its text); none within 2 s is fine."""
    tries = iter(range(100))

    def act() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            for key in keys:
                qtbot.keyClick(box.focusWidget() or box, key)
        elif next(tries, None) is not None:
            QTimer.singleShot(20, act)

    QTimer.singleShot(0, act)


def speaker_names(form: EventForm) -> list[str]:
    return [speaker.name for speaker in form.fields.speakers.values()]


def test_ctrl_delete_in_a_filled_row_asks_and_keeps_it_on_escape(
    qtbot, database, monkeypatch, interface_language
):
    interface_language("ru")
    form = open_form(qtbot, database, monkeypatch)
    add_speaker(qtbot, form, "Рамиз Зейналов", "председатель правления", "Дружба")
    add_speaker(qtbot, form, "Назим Алиев", "свидетель")
    role = form.fields.speakers.row_inputs(0)[1]
    focus(role)
    role.setCursorPosition(len("председатель "))
    shown: list[str] = []
    answer_question(qtbot, [Qt.Key.Key_Escape], shown)
    qtbot.keyClick(role, Qt.Key.Key_Delete, CTRL)
    assert speaker_names(form) == ["Рамиз Зейналов", "Назим Алиев"]
    assert shown and "Рамиз Зейналов" in shown[0], "the row went without a question"
    assert form.focusWidget() is role


def test_ctrl_delete_removes_a_filled_row_once_confirmed(
    qtbot, database, monkeypatch, interface_language
):
    interface_language("ru")
    form = open_form(qtbot, database, monkeypatch)
    add_speaker(qtbot, form, "Рамиз Зейналов", "председатель")
    add_speaker(qtbot, form, "Назим Алиев", "свидетель")
    name = form.fields.speakers.row_inputs(0)[0]
    focus(name)
    shown: list[str] = []
    answer_question(qtbot, [Qt.Key.Key_Return], shown)
    qtbot.keyClick(name, Qt.Key.Key_Delete, CTRL)
    qtbot.waitUntil(lambda: bool(shown))
    assert speaker_names(form) == ["Рамиз Зейналов", "Назим Алиев"], "Enter alone must keep it"
    answer_question(qtbot, [Qt.Key.Key_Tab, Qt.Key.Key_Return], shown)  # to "Remove", Enter
    focus(name)
    qtbot.keyClick(name, Qt.Key.Key_Delete, CTRL)
    assert speaker_names(form) == ["Назим Алиев"]
    assert form.focusWidget() is form.fields.speakers.row_inputs(0)[0]


def test_ctrl_delete_removes_an_empty_row_without_asking(qtbot, database, monkeypatch):
    form = open_form(qtbot, database, monkeypatch)
    qtbot.keyClick(form, Qt.Key.Key_O, ALT_SHIFT)
    type_into(qtbot, QApplication.focusWidget(), "Дружба")
    qtbot.keyClick(form, Qt.Key.Key_O, ALT_SHIFT)
    shown: list[str] = []
    answer_question(qtbot, [Qt.Key.Key_Escape], shown)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete, CTRL)
    assert form.fields.organizers.row_count() == 1
    assert not shown
