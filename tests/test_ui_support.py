"""Helpers shared by the GUI tests (no tests here): keyboard input and lookups by objectName."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QWidget

if TYPE_CHECKING:
    from db.engine import Database
    from desktop.ui.event_form import EventForm
    from desktop.ui.main_window import MainWindow

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


class WorkerSignal:
    """Waits for a signal a worker emits in its own thread; ``args`` holds what it carried.

    pytest-qt's ``waitSignal`` must not be used for such a signal: PySide6 calls its handler
    in the worker's thread, and if the signal comes after the blocker has started its
    timeout and before its event loop runs, the handler stops the timer from the wrong
    thread (Qt then ignores the timeout) and quits a loop not yet running: the wait never
    ends, and no Python code runs in which pytest-timeout's alarm could fail the test.
    Here the worker's thread only appends to a list; the GUI thread polls it.
    """

    def __init__(self, qtbot, signal, timeout: int) -> None:
        self._qtbot, self._timeout = qtbot, timeout
        self._received: list[tuple[object, ...]] = []
        self.args: list[object] = []
        signal.connect(lambda *args: self._received.append(args))

    def __enter__(self) -> WorkerSignal:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if value is None:
            self._qtbot.waitUntil(lambda: bool(self._received), timeout=self._timeout)
            self.args = list(self._received[0])


def assert_titles_fit(window: MainWindow, label: str) -> None:
    """Every column of the events table is as wide as its title and the sort arrow."""
    header = window.table.horizontalHeader()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    for column in range(header.count()):
        title = str(window.model.headerData(column, header.orientation()))
        needed = header.fontMetrics().horizontalAdvance(title) + 2 * margin + arrow
        assert header.sectionSize(column) >= needed, f"{label}: {title!r} is cut"


def shown_form(qtbot, database: Database, monkeypatch) -> EventForm:
    """A new event's form on screen, as the clerk opens it; left unsaved at the test's end
    (the question whether to discard what was typed is answered Discard)."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.event_form import EventForm

    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: discard)
    form = EventForm(database)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form
