"""Issue 17, start-up: what a start does, and when."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from db.engine import open_database


def test_an_up_to_date_data_set_opens_while_another_program_writes(database_path: Path) -> None:
    """Every start took SQLite's write lock to see whether the reference lists were in:
    while another program held it (a long import on the same file) the window waited the
    whole busy timeout, then refused to open."""
    open_database(database_path).dispose()  # made and filled
    writer = sqlite3.connect(database_path)
    writer.execute("BEGIN IMMEDIATE")
    try:
        database = open_database(database_path, check_integrity=False)  # no lock error
        with database.sessions() as session:
            assert session.execute(text("SELECT count(*) FROM country")).scalar()
        database.dispose()
    finally:
        writer.rollback()
        writer.close()


def test_the_start_s_housekeeping_waits_until_the_rows_are_painted(
    qtbot, qapp, database, monkeypatch
) -> None:
    """Work queued as the window was shown ran before its first paint (cleaning litter,
    starting the backup and the integrity check, whose threads took CPU too): the clerk
    waited for rows that were already read."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QIcon

    from desktop.ui import app as gui

    painted: list[QObject] = []
    icon_at_first_paint: list[bool] = []
    seen_at_housekeeping: list[int] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            table = watched.parent()
            if event.type() == QEvent.Type.Paint and table and table.objectName() == "events_table":
                painted.append(watched)
                icon_at_first_paint.append(not qapp.windowIcon().isNull())
            return False

    paints = Paints()
    qapp.installEventFilter(paints)
    real = gui.clean_litter
    monkeypatch.setattr(
        gui, "clean_litter", lambda db: seen_at_housekeeping.append(len(painted)) or real(db)
    )
    monkeypatch.setenv(gui.SMOKE_TEST_ENV, "0.3")
    qapp.setWindowIcon(QIcon())  # as a new process starts
    try:
        assert gui.run_gui(database) == 0
    finally:
        qapp.removeEventFilter(paints)
        import gc

        gc.unfreeze()
    assert len(seen_at_housekeeping) == 1, "the housekeeping ran, once"
    assert seen_at_housekeeping[0] >= 1, "after the events table was painted"
    # The icon's SVG (and Qt's SVG plugin) were read before any row was shown (~2.5 ms).
    assert icon_at_first_paint[0] is False, "the icon is set after the rows are painted"
    assert not qapp.windowIcon().isNull(), "and then it is there"


def test_the_housekeeping_runs_once_even_for_a_window_not_painted(qtbot, monkeypatch) -> None:
    """A window started minimized is not painted: its housekeeping (the start-up backup
    among it) still runs, and only once."""
    from desktop.ui.app import AfterFirstPaint
    from desktop.ui.main_window import EventsTable

    monkeypatch.setattr(AfterFirstPaint, "LATEST_MS", 50)
    ran: list[int] = []
    hidden = EventsTable()
    qtbot.addWidget(hidden)
    AfterFirstPaint(hidden, lambda: ran.append(1))
    qtbot.waitUntil(lambda: ran == [1])
    hidden.show()  # painted later: nothing runs again
    qtbot.waitExposed(hidden)
    qtbot.wait(100)
    assert ran == [1]


def test_the_window_speaks_the_language_the_command_line_names(
    qtbot, qapp, database_path: Path, monkeypatch
) -> None:
    """``--language az`` changed the command line's messages but the window kept the saved
    language: a clerk starting the app in Azerbaijani got English menus."""
    import gc

    from PySide6.QtWidgets import QMainWindow

    from desktop.cli import main
    from desktop.ui import i18n
    from desktop.ui.app import SMOKE_TEST_ENV
    from desktop.ui.main_window import MainWindow

    menus: list[str] = []

    def show(window: MainWindow) -> None:
        menus.append(window.menuBar().actions()[0].text())
        QMainWindow.show(window)

    monkeypatch.setattr(MainWindow, "show", show)
    monkeypatch.setenv(SMOKE_TEST_ENV, "0.3")
    try:
        assert main(["--database", str(database_path), "--language", "az"]) == 0
    finally:
        gc.unfreeze()
        i18n.set_language("en")
        i18n.install_translators(qapp, "en")  # the window's Azerbaijani ones stay otherwise
    assert menus == ["&Fayl"]


def test_the_upgrade_window_speaks_the_language_the_command_line_names(
    database_path: Path, monkeypatch
) -> None:
    """With ``--language az`` the start's own windows (the upgrade's progress, a file that
    will not open) took the saved language, not the one named."""
    import db.engine
    from desktop import cli

    languages: list[str | None] = []
    real_open = db.engine.open_database

    def older_schema(*args, upgrade_now: bool = True, **kwargs):
        if not upgrade_now:
            raise db.engine.UpgradePending("an older schema")
        return real_open(*args, **kwargs)

    def with_progress(database: str | None, language: str | None):
        languages.append(language)
        return real_open(database, check_integrity=False)

    monkeypatch.setattr(db.engine, "open_database", older_schema)
    monkeypatch.setattr(cli, "_open_with_progress", with_progress)
    monkeypatch.setattr(cli, "run_gui", lambda _database, language: languages.append(language) or 0)
    assert cli.main(["--database", str(database_path), "--language", "az"]) == 0
    assert languages == ["az", "az"]  # the progress window, then the window
