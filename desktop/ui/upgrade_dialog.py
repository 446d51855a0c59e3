"""A small window while a data file is backed up and upgraded at start (seconds on a large
file): without it the clerk saw nothing and could think the program hung, and kill it."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog

from db.engine import Database, open_database


class UpgradeDialog(QProgressDialog):
    """A busy bar and what is being done; no cancel: the upgrade is one transaction."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("upgrade_dialog")
        self.setWindowTitle(self.tr("Upgrading the data file"))
        self.setAccessibleName(self.windowTitle())
        label = QLabel(self)
        label.setWordWrap(True)  # a few short lines, not one long one
        self.setLabel(label)
        self.setMinimumWidth(440)
        self.setRange(0, 0)  # no measure of the way: a moving bar
        self.setCancelButton(None)  # no cancel button (Qt's documented way)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.show_stage("backup")

    def show_stage(self, stage: str) -> None:
        if stage == "backup":
            doing = self.tr("Making a backup of your data before the upgrade…")
        else:
            doing = self.tr(
                "Upgrading your data file to this version… (a few seconds; do not turn the "
                "computer off)"
            )
        self.setLabelText(
            doing
            + "\n\n"
            + self.tr(
                "This cannot be cancelled. If it is stopped all the same, your data file is "
                "left as it was and is upgraded at the next start."
            )
        )

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # Qt's override
        event.ignore()  # the work goes on whatever is clicked; it ends by itself

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # Qt's override
        if event.key() != Qt.Key.Key_Escape:  # Escape would reject (close) the dialog
            super().keyPressEvent(event)


class _Relay(QObject):
    """Carries the worker's news to the GUI thread (queued signals)."""

    stage = Signal(str)
    done = Signal()


def open_with_progress(database: str | Path | None) -> Database:
    """``open_database`` for the window's start, run in a worker thread while the dialog
    shows (a QApplication must exist); its errors are raised here, in the GUI thread."""
    dialog = UpgradeDialog()
    relay = _Relay()
    loop = QEventLoop()
    relay.stage.connect(dialog.show_stage)
    relay.done.connect(loop.quit)
    result: list[Database] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            result.append(
                open_database(database, check_integrity=False, stage=relay.stage.emit)
            )
        except BaseException as error:  # handed to the GUI thread, raised there
            failure.append(error)
        finally:
            relay.done.emit()

    dialog.show()
    worker = threading.Thread(target=work, name="upgrade", daemon=False)
    worker.start()
    loop.exec()  # "done" is queued to this thread: it quits the loop even if sent first
    worker.join()
    dialog.hide()
    dialog.deleteLater()
    if failure:
        raise failure[0]
    return result[0]
