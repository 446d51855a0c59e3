"""A test that hangs fails within the configured timeout, even inside Qt's event loop.

pytest-timeout's default (a SIGALRM handler) never runs while the GUI thread sits in
Qt's C++ event loop with no Python callback due: a wait whose timeout was lost hung a
test for more than ten minutes past its 600 s. ``timeout_method = "thread"`` kills the
hung worker from a watchdog thread instead; pytest-xdist reports the test as failed and
starts a new worker."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow  # waits idle by design (a second of timeout and a fresh pytest)
def test_a_test_hung_in_the_qt_event_loop_fails_in_time(tmp_path):
    hung = tmp_path / "test_hung.py"
    hung.write_text(
        textwrap.dedent(
            """
            from PySide6.QtCore import QEventLoop
            from PySide6.QtWidgets import QApplication


            def test_waits_for_ever():
                app = QApplication.instance() or QApplication([])
                QEventLoop().exec()  # nothing will ever quit it
            """
        ),
        encoding="utf-8",
    )
    started = time.monotonic()
    finished = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"),
         "--rootdir", str(tmp_path), "-p", "no:cacheprovider", "-o", "timeout=2", "-q",
         str(hung)],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert finished.returncode != 0
    assert "Timeout" in finished.stdout + finished.stderr
    assert time.monotonic() - started < 30
