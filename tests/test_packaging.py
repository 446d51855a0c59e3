"""The version a user sees, and the hook the packaged build's smoke test closes the window by.

The bundle itself is tested by packaging/smoke_test.py (make dist, CI), not here.
"""

from __future__ import annotations

import importlib.metadata
import time

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QLabel

from desktop import __version__
from desktop.cli import main
from desktop.ui.app import SMOKE_TEST_ENV, close_for_smoke_test
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import tmp_settings


def test_the_installed_package_has_the_version_the_app_names() -> None:
    """pyproject.toml reads ``desktop.__version__``: pip's metadata and the bundle's name
    agree with what the window, the command line and the reports show."""
    assert __version__[0].isdigit()
    assert importlib.metadata.version("diaspora-events") == __version__


def test_the_command_prints_its_version(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"diaspora-events {__version__}"


@pytest.fixture
def window(qtbot, database, tmp_path):
    main_window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


def test_the_about_box_names_version_licence_qt_and_data_credits(window) -> None:
    text = window.about_text()
    assert __version__ in text
    assert "MIT" in text
    assert qVersion() in text
    assert "GeoNames" in text and "CC BY 4.0" in text


def test_the_window_shows_its_version_on_hover(window) -> None:
    label = window.findChild(QLabel, "status_database")
    assert __version__ in label.toolTip()


def test_the_smoke_test_variable_closes_the_window(qtbot, window, monkeypatch) -> None:
    monkeypatch.setenv(SMOKE_TEST_ENV, "0.05")
    close_for_smoke_test(window)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


@pytest.mark.parametrize("value", ["", "soon", "inf"])
def test_without_a_usable_smoke_test_variable_the_window_stays(
    qtbot, window, monkeypatch, value: str
) -> None:
    monkeypatch.setenv(SMOKE_TEST_ENV, value)
    close_for_smoke_test(window)
    qtbot.wait(100)
    assert window.isVisible()


def test_closing_the_window_during_the_integrity_check_waits_for_it(
    qtbot, window, monkeypatch
) -> None:
    """Closing at once (the smoke test, a clerk's second thoughts) must not abort the process
    with "QThread: Destroyed while thread is still running"."""
    import db.backup

    monkeypatch.setattr(db.backup, "integrity_problem", lambda _path, stop=None: time.sleep(0.2))
    window.check_integrity()
    thread = window._integrity_job[0]
    try:
        window.close()
        assert thread.isFinished()
    finally:
        thread.wait(10_000)
