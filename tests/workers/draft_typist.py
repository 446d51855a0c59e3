"""A clerk half-way through a form, for the crash test: types, waits for the draft, says READY.

Usage: python -m tests.workers.draft_typist DATABASE_PATH SETTINGS_INI
Opens the main window and a new event form offscreen, types the fields of
``TYPED`` with key presses, waits until the autosaved draft holds them, prints
READY and then waits to be killed (the test sends SIGKILL).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

import desktop.ui.event_form as event_form
from db.engine import open_database
from desktop.ui.main_window import MainWindow

TYPED = {
    "title": "Novruz evening in Kazan",
    "venue": "House of Friendship of Peoples",
    "place_as_written": "Kazan, Tatarstan",
    "region": "Tatarstan",
    "attendance": "120",
    "source_publisher": "Trend",
}
"""objectName → what the clerk types there (the test compares field by field)."""


def type_into(widget: QWidget, text: str) -> None:
    widget.activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    target = widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else widget
    if hasattr(target, "selectAll"):
        target.selectAll()
    QTest.keyClicks(target, text)


def main() -> int:
    database_path, settings_path = sys.argv[1:3]
    event_form.DRAFT_DEBOUNCE_MS = 100  # the pause before a draft is saved: no need to wait
    app = QApplication(sys.argv[:1])
    database = open_database(Path(database_path))
    window = MainWindow(database, QSettings(settings_path, QSettings.Format.IniFormat))
    window.show()
    form = window.new_event()
    QApplication.processEvents()
    for name, text in TYPED.items():
        widget = form.findChild(QWidget, name)
        assert widget is not None, name
        type_into(widget, text)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        app.processEvents()
        drafts = window.drafts.pending()
        if drafts and drafts[0].data.source.publisher == TYPED["source_publisher"]:
            print("READY", drafts[0].key, flush=True)
            break
        time.sleep(0.05)
    else:
        print("NO DRAFT", flush=True)
        return 1
    while True:  # half-filled and waiting: the test kills us here
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    sys.exit(main())
