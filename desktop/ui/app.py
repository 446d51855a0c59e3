"""Start the desktop application: QApplication, translations, error handling, main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop.logs import unexpected_error_message
from desktop.ui import i18n
from desktop.ui.main_window import APPLICATION, ORGANIZATION, EventsTable, MainWindow, icon_path

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType

    from db.engine import Database

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = i18n.TRANSLATIONS_DIR
_showing_error = False


def install_translators(app: QCoreApplication, language: str | None = None) -> list[str]:
    """Load the app's and Qt's own .qm files for ``language`` (default: the one in force).

    Every visible string goes through ``tr``/``translate``; the .qm files are made by
    ``make translations`` (see desktop/ui/i18n.py). Returns the files that were loaded.
    """
    return i18n.install_translators(app, language or i18n.current_language())


def handle_exception(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """An error in a slot is logged and told in plain words; the application keeps running."""
    global _showing_error
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    details = "".join(traceback.format_exception(kind, error, trace))
    log.error("Unexpected error:\n%s", details)
    print(details, file=sys.stderr)
    if _showing_error or QApplication.instance() is None:
        return
    _showing_error = True
    from PySide6.QtWidgets import QMessageBox  # here: the window opens without it

    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("App", "Unexpected error"))
        box.setText(unexpected_error_message())  # Python's words are the log's
        box.exec()
    finally:
        _showing_error = False


def install_excepthook() -> None:
    sys.excepthook = handle_exception


def make_application(language: str | None = None, *, icon: bool = True) -> QApplication:
    """The application, its names and its translators; ``icon=False`` leaves the icon to
    :func:`show_icon` (the main window's start sets it once the rows are painted)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    if icon:
        show_icon(app)
    install_translators(app, i18n.set_language(language))
    return app


def show_icon(app: QApplication) -> None:
    """The application's icon on each of its windows. Reading the SVG (and loading Qt's
    SVG image plugin) took ~2.5 ms of the start, before any row was shown."""
    from PySide6.QtGui import QIcon

    if icon_path().exists():
        app.setWindowIcon(QIcon(str(icon_path())))


def clean_litter(database: Database) -> None:
    """What killed backups, restores, copies and exports left behind goes, once the window
    shows: the window needs none of it, and the reports' module it imports costs time."""
    from desktop.cli import clean_litter as clean

    clean(database)


def start_backup(database: Database) -> None:
    """The start-up backup of a SQLite data file, in a thread: the window does not wait."""
    from db.backup import backup_in_background
    from db.engine import sqlite_path

    path = sqlite_path(database.url)
    if path is not None:
        backup_in_background(path)


def collect_again() -> None:
    """The window is up: the garbage collector (off while starting, desktop.cli) runs
    again, leaving out what starting made (it lasts as long as the process)."""
    gc.freeze()
    gc.enable()


def run_gui(database: Database, language: str | None = None) -> int:
    """Open the main window on ``database``, in ``language`` (None: the system's; the
    command line passes ``--language`` or the saved one), and run until it is closed."""
    app = make_application(language, icon=False)
    install_excepthook()
    window = MainWindow(database)
    window.show()
    AfterFirstPaint(window.table, lambda: _after_showing(app, window))
    close_for_smoke_test(window)
    return app.exec()


def _after_showing(app: QApplication, window: MainWindow) -> None:
    """The start's housekeeping, once the clerk sees the rows."""
    show_icon(app)
    clean_litter(window.database)  # before the start-up backup
    start_backup(window.database)  # off the GUI thread
    window.check_integrity()  # the full check, off the GUI thread
    window.key_titles_again()  # after a new ICU, off the GUI thread
    collect_again()
    window.offer_drafts()  # forms a crash left unsaved, offered back (may ask)


class AfterFirstPaint(QObject):
    """Runs ``then`` once, just after ``table`` is first painted (or after ``LATEST_MS``
    if it is not, e.g. a window started minimized). Work queued when the window is shown
    runs before its first paint, as does the CPU its threads take: the start's
    housekeeping (~20 ms, and the threads of the backup and the integrity check) made
    the clerk wait for rows that were already read."""

    LATEST_MS = 2000

    def __init__(self, table: EventsTable, then: Callable[[], object]) -> None:
        super().__init__(table)
        self._then: Callable[[], object] | None = then
        table.first_painted.connect(self._painted)
        QTimer.singleShot(self.LATEST_MS, self, self._run)

    def _painted(self) -> None:
        if self._then is not None:
            QTimer.singleShot(0, self, self._run)  # once this paint is done

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


SMOKE_TEST_ENV = "DIASPORA_EVENTS_QUIT_AFTER"


def close_for_smoke_test(window: MainWindow) -> None:
    """Close the window N seconds after it is shown when $DIASPORA_EVENTS_QUIT_AFTER=N:
    packaging/smoke_test.py starts the built bundle's GUI and needs it to end by itself."""
    try:
        milliseconds = int(float(os.environ.get(SMOKE_TEST_ENV, "")) * 1000)
    except (ValueError, OverflowError):
        return
    QTimer.singleShot(milliseconds, window.close)
