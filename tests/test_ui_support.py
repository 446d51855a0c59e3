"""Helpers shared by the GUI tests (no tests here): keyboard input and lookups by objectName."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

CHELYABINSK_TITLE = "Memorial event for the Khojaly genocide in the Chelyabinsk region"
CHELYABINSK_ORGANIZER = "Public organization of Azerbaijanis in the Chelyabinsk region"


def tmp_settings(directory: Path) -> QSettings:
    """A settings file of the test's own, never the user's."""
    return QSettings(str(directory / "ui.ini"), QSettings.Format.IniFormat)


def child(parent: QWidget, name: str) -> QWidget:
    widget = parent.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name!r}"
    return widget


def focus(widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus as Tab would."""
    target = widget.focusProxy() or widget
    widget.activateWindow()
    deadline = time.monotonic() + 2
    while not widget.window().isActiveWindow() and time.monotonic() < deadline:
        QApplication.processEvents()
    if target.hasFocus():
        target.clearFocus()  # so focus-in runs again (date edits select the year then)
    target.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into a field with key presses, as a clerk does."""
    focus(widget)
    target = widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else widget
    if text.isascii():
        qtbot.keyClicks(target, text)
        return
    for char in text:  # QTest only knows ASCII keys; send the text itself
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(target, event)


def press(qtbot, widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifiers)
