"""Start the desktop application: QApplication, translations, error handling, main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget

from db.engine import Database, DatabaseOpenError
from desktop.logs import log_path
from desktop.ui import i18n
from desktop.ui.main_window import APPLICATION, ORGANIZATION, MainWindow, icon_path

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = i18n.TRANSLATIONS_DIR
_showing_error = False


def install_translators(app: QCoreApplication, language: str | None = None) -> list[str]:
    """Load the app's and Qt's own .qm files for ``language`` (default: the one in force).

    Every visible string goes through ``tr``/``translate``; the .qm files are made by
    ``make translations`` (see desktop/ui/i18n.py). Returns the files that were loaded.
    """
    return i18n.install_translators(app, language or i18n.current_language())


def short_message(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def handle_exception(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """An error in a slot is shown and logged; the application keeps running."""
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
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("App", "Unexpected error"))
        box.setText(
            QCoreApplication.translate(
                "App",
                "Something went wrong, but your saved data is safe.\n\n{message}\n\n"
                "The details are in the log file:\n{log}",
            ).format(message=short_message(error), log=log_path())
        )
        box.setDetailedText(details)
        box.exec()
    finally:
        _showing_error = False


def install_excepthook() -> None:
    sys.excepthook = handle_exception


def make_application(language: str | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    if icon_path().exists():
        app.setWindowIcon(QIcon(str(icon_path())))
    install_translators(app, i18n.set_language(language))
    return app


class MissingFileBox(QMessageBox):
    """The remembered data file is gone: look again, choose another, start anew, or quit."""

    def __init__(self, path: Path):
        super().__init__()
        self.setObjectName("missing_file_box")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The data file is missing"))
        self.setText(
            self.tr(
                "The data file is missing: it was at\n{path}\n\nIf it is on a network drive "
                "or a removable disk, connect it and look again. Nothing has been changed."
            ).format(path=path)
        )
        role = QMessageBox.ButtonRole
        self.button_retry = self._button("missing_retry", self.tr("&Look again"), role.AcceptRole)
        self.button_choose = self._button(
            "missing_choose", self.tr("&Open another file…"), role.ActionRole
        )
        self.button_new = self._button(
            "missing_new", self.tr("Start a &new, empty data set there"), role.ActionRole
        )
        self.button_quit = self._button("missing_quit", self.tr("&Quit"), role.RejectRole)
        self.setDefaultButton(self.button_retry)

    def _button(self, name: str, text: str, role: QMessageBox.ButtonRole) -> QPushButton:
        button = self.addButton(text, role)
        button.setObjectName(name)
        return button


def _choose_data_file(folder: Path) -> str:
    """The data file the clerk picks in an Open dialog starting in ``folder`` ("" if none)."""
    chosen, _ = QFileDialog.getOpenFileName(
        None,
        QCoreApplication.translate("App", "Open a data file"),
        str(folder),
        QCoreApplication.translate("App", "Diaspora Events data (*.sqlite)"),
    )
    return chosen


def ask_about_missing_file(path: Path, language: str | None = None) -> str | None:
    """Before the window: what to open instead of a missing data file (None: quit)."""
    make_application(language)
    while True:
        box = MissingFileBox(path)
        box.exec()
        clicked = box.clickedButton()
        if clicked is box.button_new:
            return str(path)
        if clicked is box.button_choose:
            chosen = _choose_data_file(path.parent if path.parent.exists() else Path.home())
            if chosen:
                return chosen
            continue
        if clicked is box.button_retry:
            if path.exists():
                return str(path)
            continue
        return None


class OpenErrorBox(QMessageBox):
    """The data file cannot be opened: what is wrong and what to do, with a way out; a
    damaged file with a good backup can be restored from it here."""

    def __init__(self, error: DatabaseOpenError):
        super().__init__()
        self.setObjectName("open_error_box")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("The data file cannot be opened"))
        self.setText(self.tr("Diaspora Events cannot open the data file. Nothing was changed."))
        self.setInformativeText(str(error))
        role = QMessageBox.ButtonRole
        self.button_restore: QPushButton | None = None
        if error.backup is not None and error.data_file is not None:
            self.button_restore = self.addButton(
                self.tr("&Restore the newest good backup"), role.AcceptRole
            )
            self.button_restore.setObjectName("open_error_restore")
        self.button_choose = self.addButton(self.tr("&Open another file…"), role.ActionRole)
        self.button_choose.setObjectName("open_error_choose")
        self.button_quit = self.addButton(self.tr("&Quit"), role.RejectRole)
        self.button_quit.setObjectName("open_error_quit")
        self.setDefaultButton(self.button_restore or self.button_choose)


def ask_after_open_error(error: DatabaseOpenError, language: str | None = None) -> str | None:
    """Before the window: the file could not be opened (``error`` says why); the data file
    to open now (restored, or another), or None to quit. A start from the menu has no
    terminal to read, so this is the only place the clerk learns what is wrong."""
    make_application(language)
    while True:
        box = OpenErrorBox(error)
        box.exec()
        clicked = box.clickedButton()
        if box.button_restore is not None and clicked is box.button_restore:
            restored = _restore_newest(error)
            if restored is not None:
                return restored
            continue
        if clicked is not box.button_choose:
            return None
        chosen = _choose_data_file(Path.home())
        if chosen:
            return chosen


def _restore_newest(error: DatabaseOpenError) -> str | None:
    """Put the error's backup in place of its damaged file (which is kept beside it, as it
    was) and say so; the file's path, or None when the restore was refused (said too)."""
    from db.backup import BackupError, restore

    if error.backup is None or error.data_file is None:
        return None
    try:
        kept = restore(error.backup, error.data_file)
    except BackupError as refused:
        _tell(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("App", "The backup was not restored"),
            str(refused),
        )
        return None
    told = QCoreApplication.translate("App", "{backup} was restored.").format(
        backup=error.backup.name
    )
    if kept is not None:
        told += "\n" + QCoreApplication.translate(
            "App",
            "The damaged file is kept as it was, as {kept}, so what it still holds can be "
            "rescued.",
        ).format(kept=kept)
    _tell(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("App", "The backup was restored"),
        told,
    )
    return str(error.data_file)


def _tell(icon: QMessageBox.Icon, title: str, text: str) -> None:
    box = QMessageBox(icon, title, text)
    box.setObjectName("open_error_told")
    box.exec()


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


def run_gui(database: Database) -> int:
    """Open the main window on ``database`` and run until it is closed."""
    language = None
    try:
        from desktop.settings import Settings

        language = Settings.load().language
    except Exception:  # settings are optional for the GUI
        log.exception("could not read settings")
    app = make_application(language)
    install_excepthook()
    window = MainWindow(database)
    window.show()
    AfterFirstPaint(window.table.viewport(), lambda: _after_showing(window))
    close_for_smoke_test(window)
    return app.exec()


def _after_showing(window: MainWindow) -> None:
    """The start's housekeeping, once the clerk sees the rows."""
    clean_litter(window.database)  # before the start-up backup
    start_backup(window.database)  # off the GUI thread
    window.check_integrity()  # the full check, off the GUI thread
    collect_again()
    window.offer_drafts()  # forms a crash left unsaved, offered back (may ask)


class AfterFirstPaint(QObject):
    """Runs ``then`` once, just after ``widget`` is first painted (or after
    ``LATEST_MS`` if it is not, e.g. a window started minimized). Work queued when the
    window is shown runs before its first paint, as does the CPU its threads take: the
    start's housekeeping (~20 ms, and the threads of the backup and the integrity check)
    made the clerk wait for rows that were already read."""

    LATEST_MS = 2000

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then: Callable[[], object] | None = then
        self._widget = widget
        widget.installEventFilter(self)
        QTimer.singleShot(self.LATEST_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._run)  # once this paint is done
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._widget.removeEventFilter(self)
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
