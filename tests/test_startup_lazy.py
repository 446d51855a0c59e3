"""Issue 17, start-up: the first window imports only what it shows (the events table);
the overview, the form, the store, reports, imports and extraction come when first used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget

from desktop.ui.main_window import MainWindow
from tests.test_ui_support import tmp_settings

_WINDOW = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from db.engine import open_database
from desktop.ui.main_window import MainWindow

app = QApplication([])
database = open_database(sys.argv[1], check_integrity=False)
window = MainWindow(database, QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
window.offer_drafts()
app.processEvents()
print(" ".join(sorted(sys.modules)))
window.model.wait()
"""

LATER = (
    "PySide6.QtCharts",
    "desktop.ui.overview",
    "desktop.overview",
    "desktop.ui.event_form",
    "desktop.ui.undo",
    "db.event_store",
    "db.gazetteer",
    "db.world",
    "desktop.reports.export",
    "desktop.importing",
    "desktop.extraction",
    "alembic",
)


def test_the_first_window_imports_only_what_it_shows(database_path: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _WINDOW, str(database_path), str(tmp_path / "ui.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    modules = set(result.stdout.split())
    assert "desktop.ui.events_model" in modules, "the table is there"
    assert sorted(m for m in modules if m.startswith(LATER)) == []


def test_the_overview_is_made_when_its_tab_is_first_shown(qtbot, database, tmp_path) -> None:
    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tabs = window.findChild(QTabWidget, "main_tabs")
    assert "overview" not in window.__dict__, "not made before it is wanted"
    window.findChild(QAction, "action_show_overview").trigger()  # Ctrl+2
    assert "overview" in window.__dict__
    assert tabs.currentWidget() is window.overview
    assert tabs.tabText(1) == window.tr("Overview") and tabs.count() == 2
    window.findChild(QAction, "action_show_events").trigger()  # Ctrl+1
    assert tabs.currentWidget() is window.table
    window.overview.wait()
