"""Start the desktop application: QApplication, translations, error handling, main window."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from db.engine import Database
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
    QTimer.singleShot(0, window.offer_drafts)  # forms a crash left unsaved, offered back
    QTimer.singleShot(0, window.check_integrity)  # the full check, off the GUI thread
    return app.exec()
