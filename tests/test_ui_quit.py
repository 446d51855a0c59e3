"""Quitting while the start-up integrity check runs: the check is told to stop, the window
closes without waiting for it to end by itself and without Qt thread warnings."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler

import db.backup
from db.backup import CheckStopped, damage
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import tmp_settings


@pytest.fixture
def qt_messages():
    """Every Qt message while the test runs (pytest-qt's capture only sees the test's own)."""
    seen: list[tuple[QtMsgType, str]] = []
    previous = qInstallMessageHandler(lambda kind, _context, text: seen.append((kind, text)))
    yield seen
    qInstallMessageHandler(previous)


def test_quit_during_the_integrity_check_stops_it(qtbot, database, tmp_path, monkeypatch,
                                                  qt_messages):
    asked_to_stop = threading.Event()

    def endless_check(_path: Path, stop=lambda: False) -> str | None:
        """A check on a huge file: it only ends early when told to stop."""
        for _tick in range(500):  # at most 5 s, so the old code fails instead of hanging
            if stop():
                asked_to_stop.set()
                raise CheckStopped("stopped")
            threading.Event().wait(0.01)
        return None

    monkeypatch.setattr(db.backup, "integrity_problem", endless_check)
    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.check_integrity()
    thread = window._integrity_job[0]
    qtbot.waitUntil(thread.isRunning, timeout=2000)

    window.close()

    assert asked_to_stop.is_set()
    assert thread.isFinished()
    qtbot.wait(50)  # let queued signals of the stopped job arrive
    assert not window.integrity_warning  # a stopped check is not damage
    problems = [text for kind, text in qt_messages if kind != QtMsgType.QtDebugMsg]
    assert not [text for text in problems if "thread" in text.lower() or "timer" in text.lower()]


def test_a_stopped_quick_check_is_not_damage(database_path: Path) -> None:
    with pytest.raises(CheckStopped):
        damage(database_path, stop=lambda: True)
    assert damage(database_path, stop=lambda: False) is None
