"""Issue 17, start-up: the first window imports only what it shows (the events table);
the overview, the form, the store, reports, imports and extraction come when first used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QTabWidget, QWidget

from desktop.ui.main_window import MainWindow
from tests.test_ui_support import CHELYABINSK_ORGANIZER, focus, tmp_settings

_WINDOW = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from db.engine import open_database
from desktop.ui.main_window import MainWindow

app = QApplication([])
database = open_database(sys.argv[1], check_integrity=False, key_titles=False)  # as the start
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
    "db.models",  # the ORM classes and their mappers: the page is read from db.tables
    "db.secondary_tables",  # aliases, people, sources, the change log: not on the page
    "sqlalchemy.orm",  # ~50 ms to import: the page, its count and the lists read with Core
    "db.gazetteer",
    "db.world",
    "desktop.reports.export",
    "desktop.importing",
    "desktop.extraction",
    "alembic",
    "babel",  # the date fields (the filter bar's too) read typed dates with Babel's locale
    "desktop.date_entry",  # data, from the first date typed
    "desktop.ui.lookups",  # the filter lists' queries: read when a list is first reached
    "db.backup",  # the start reads the file's header; backups and full checks come after
    "icu",  # the title keys' collator is checked once the rows show (~12 ms to load)
)


def _modules_of(script: str, *arguments: str) -> set[str]:
    """The modules ``script`` printed, run in a process of its own with this test's own
    settings folders (tests/conftest.py)."""
    result = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_the_first_window_imports_only_what_it_shows(database_path: Path, tmp_path: Path) -> None:
    modules = _modules_of(_WINDOW, str(database_path), str(tmp_path / "ui.ini"))
    assert "desktop.ui.events_model" in modules, "the table is there"
    assert sorted(m for m in modules if m.startswith(LATER)) == []


_SCHEMA = """
import db.tables as tables
print(" ".join(sorted(tables.metadata.tables)))
print(tables.change_log.name, tables.person_alias.c.person_id.references(tables.person.c.id))
print(all(getattr(tables, name) is table for name, table in tables.metadata.tables.items()))
"""


def test_the_schema_is_whole_whenever_its_metadata_is_used() -> None:
    """The tables the first page does not read are made on first use
    (``db.secondary_tables``): a process that only imports ``db.tables`` still finds every
    table in its metadata (what ``create_all``, ``db copy`` and merges walk) and each table
    by name."""
    from db.models import Base

    script = subprocess.run(
        [sys.executable, "-c", _SCHEMA],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert script.returncode == 0, script.stderr
    names, linked, each_by_name = script.stdout.splitlines()
    assert names.split() == sorted(Base.metadata.tables) and len(names.split()) == 22
    assert linked == "change_log True"
    assert each_by_name == "True", "a table of db.secondary_tables is not named in db.tables"


_FIRST_START = """
import sys
import desktop.ui.app as gui

def painted(app, window):
    print(" ".join(sorted(sys.modules)))
    app.quit()

gui._after_showing = painted
from desktop.cli import main
sys.exit(main(["--database", sys.argv[1]]))
"""


def test_a_first_start_looks_up_no_message_language(database_path: Path) -> None:
    """Without a saved language (every start of a clerk who never chose one) the command
    line asked Babel for the system's language to word messages a sound start never
    shows (~2.5 ms); the window then sets the language it shows."""
    modules = _modules_of(_FIRST_START, str(database_path))
    assert "desktop.ui.main_window" in modules, "the window was painted"
    assert sorted(m for m in modules if m.startswith("babel")) == []


def test_a_message_of_a_first_start_is_in_the_system_language(
    tmp_path: Path, monkeypatch
) -> None:
    """The look-up is put off, not dropped: an error opening the data set is worded in the
    system's language, as before."""
    from db import messages
    from db.engine import DatabaseOpenError, open_database

    monkeypatch.setenv("LANGUAGE", "ru_RU")
    messages.use_system_language()
    folder = tmp_path / "events.sqlite"
    folder.mkdir()
    try:
        open_database(folder)
    except DatabaseOpenError as error:
        assert str(error).startswith("Не удаётся открыть"), error
    else:
        raise AssertionError("a folder opened as a data set")
    assert messages.current_language() == "ru"


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


def _window_on_sample(qtbot, database, tmp_path: Path, filters: dict | None = None) -> MainWindow:
    from desktop.sample import add_sample

    with database.sessions.begin() as session:
        add_sample(session)
    settings = tmp_settings(tmp_path)
    if filters is not None:
        settings.setValue("main/filters", json.dumps(filters))
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _chelyabinsk(database) -> int:
    from sqlalchemy import select

    from db.models import Region

    with database.sessions() as session:
        return session.scalar(select(Region.id).where(Region.code == "RU-CHE"))


def test_the_filter_lists_are_read_when_the_clerk_first_reaches_them(
    qtbot, database, tmp_path
) -> None:
    """Reading and sorting the used places, organizations and occasions cost a tenth of
    the start: the window opens without them, and a list is there once reached."""
    window = _window_on_sample(qtbot, database, tmp_path)
    regions = window.findChild(QComboBox, "filter_region")
    assert [regions.itemText(i) for i in range(regions.count())] == [window.filter_bar.tr("(any)")]
    focus(regions)  # Tab, a click or the label's shortcut
    assert regions.findData(_chelyabinsk(database)) > 0
    organizations = window.findChild(QComboBox, "filter_organization")
    qtbot.mouseClick(organizations, Qt.MouseButton.LeftButton)
    assert organizations.findText(CHELYABINSK_ORGANIZER) > 0
    organizations.hidePopup()
    countries = window.findChild(QComboBox, "filter_country")  # the wheel, without focus
    QApplication.sendEvent(countries, _wheel_down(countries))
    assert countries.currentIndex() == 1 and countries.currentData() is not None


def _wheel_down(widget: QWidget) -> QWheelEvent:
    inside = QPoint(5, 5)
    return QWheelEvent(
        QPointF(inside),
        QPointF(widget.mapToGlobal(inside)),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )


def test_a_remembered_list_filter_is_restored_with_its_list(qtbot, database, tmp_path) -> None:
    region = _chelyabinsk(database)
    window = _window_on_sample(qtbot, database, tmp_path, {"region": region})
    assert window.filter_bar.combos["region"].currentData() == region
    assert window.model.event_filter.region_id == region
    window.model.wait()
    assert window.model.rowCount() >= 1
