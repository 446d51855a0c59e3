"""The boxes shown before the window, when the data file is missing or cannot be
opened: apart from desktop.ui.app, so a start that opens its file imports no message
box or file dialog before the window shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from db.engine import DatabaseOpenError
from desktop.ui.app import make_application


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
            "The damaged file is kept as it was, as {kept}, so what it still holds can be rescued.",
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
