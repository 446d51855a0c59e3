"""Keyboard-first entry: Tab reaches every field of the event form, in reading order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

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
    focus(child(dialog, "title"))
    for key, times in ((Qt.Key.Key_O, 1), (Qt.Key.Key_K, 2), (Qt.Key.Key_P, 2)):
        for _ in range(times):
            qtbot.keyClick(dialog, key, ALT_SHIFT)
    return dialog


def input_widgets(form: EventForm) -> set[QWidget]:
    """Everything a clerk types into or toggles, plus the buttons that add rows and save."""
    found: set[QWidget] = set()
    for widget in form.findChildren(QWidget):
        if not widget.objectName() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            continue  # the line edit inside a combo or spin box is part of it
        if isinstance(
            widget, QLineEdit | QComboBox | QAbstractSpinBox | QPlainTextEdit | QAbstractButton
        ):
            found.add(widget)
    return found


def owner(widget: QWidget | None, candidates: set[QWidget]) -> QWidget | None:
    while widget is not None and widget not in candidates:
        widget = widget.parentWidget()
    return widget


def test_every_input_has_an_object_and_accessible_name(form):
    for widget in input_widgets(form):
        assert widget.accessibleName(), widget.objectName()
    names = {w.objectName() for w in input_widgets(form)}
    assert {
        "title",
        "date_precision",
        "start_date",
        "end_date",
        "event_type",
        "occasion",
        "anniversary",
        "country",
        "region",
        "city",
        "venue",
        "attendance",
        "description",
        "status",
        "source_publisher",
        "source_passed_on_by",
        "source_date",
        "source_url",
        "source_text",
        "add_organizer",
        "add_speaker",
        "add_program_item",
        "save",
        "organizer_name_0",
        "speaker_name_1",
        "program_type_1",
    } <= names
    for container in ("organizers", "speakers", "program"):
        assert child(form, container).accessibleName()


def test_focus_chain_follows_the_reading_order_and_covers_every_input(form):
    expected = [
        *form.fields.focus_order(),
        child(form, "save_and_duplicate"),
        child(form, "save_and_new"),
        child(form, "save"),
        child(form, "cancel"),
    ]
    inputs = input_widgets(form)
    assert set(expected) == inputs

    seen: list[QWidget] = []
    widget = child(form, "title").nextInFocusChain()
    for _ in range(5000):
        if widget is child(form, "title"):
            break
        if widget in inputs and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    seen.insert(0, child(form, "title"))
    assert [w.objectName() for w in seen] == [w.objectName() for w in expected]


def test_tab_key_visits_every_enabled_field(qtbot, form):
    type_into(qtbot, child(form, "date_precision"), "between")
    child(form, "source_date_known").setChecked(True)
    inputs = input_widgets(form)
    reachable = {w for w in inputs if w.isEnabled() and w.isVisibleTo(form)}
    focus(child(form, "title"))
    visited: list[QWidget] = []
    for _ in range(len(inputs) + 5):
        current = owner(QApplication.focusWidget(), inputs)
        if current is not None and current not in visited:
            visited.append(current)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert reachable <= set(visited), sorted(w.objectName() for w in reachable - set(visited))
    names = [w.objectName() for w in visited]
    assert (
        names.index("organizer_name_0")
        < names.index("speaker_name_0")
        < names.index("speaker_name_1")
    )
    assert names.index("speaker_organization_1") < names.index("program_type_0")
    assert names.index("add_program_item") < names.index("source_publisher") < names.index("save")
