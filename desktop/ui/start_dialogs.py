"""The boxes shown before the window, when the data file is missing or cannot be
opened, or the database server cannot: apart from desktop.ui.app, so a start that opens
its data set imports no message box or file dialog before the window shows."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)
from sqlalchemy.engine import URL

from db.engine import (
    DatabaseOpenError,
    SchemaOutOfDateError,
    open_database,
    parse_address,
    sqlite_path,
    to_url,
)
from desktop.ui.app import make_application
from desktop.ui.settings_dialog import SettingsDialog


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


class ServerErrorBox(QMessageBox):
    """The database server cannot be opened (down, a refused login, no such database):
    the engine's reason, and a way on without a restart: try the same address again
    (a server briefly down), correct it in the settings, or quit."""

    def __init__(self, error: DatabaseOpenError, address: URL | None, tried_at: datetime | None):
        super().__init__()
        self.setObjectName("open_error_box")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("The database server cannot be opened"))
        self.server = server_name(address) if address is not None else ""
        text = (
            self.tr(
                "Diaspora Events cannot open the data set on the database server {server}. "
                "Nothing was changed."
            ).format(server=self.server)
            if address is not None
            else self.tr(
                "Diaspora Events cannot open the data set: the server's address cannot be "
                "read. Nothing was changed."
            )
        )
        if tried_at is not None:
            text += "\n" + self.tr("Tried again at {time}, without success.").format(
                time=f"{tried_at:%H:%M:%S}"
            )
        self.setText(text)
        self.setInformativeText(str(error))
        role = QMessageBox.ButtonRole
        self.button_retry = self.addButton(self.tr("&Try again"), role.AcceptRole)
        self.button_retry.setObjectName("open_error_retry")
        self.button_settings = self.addButton(self.tr("&Settings…"), role.ActionRole)
        self.button_settings.setObjectName("open_error_settings")
        self.button_settings.setToolTip(
            self.tr("Correct the server's address or password, or choose a data file")
        )
        self.button_quit = self.addButton(self.tr("&Quit"), role.RejectRole)
        self.button_quit.setObjectName("open_error_quit")
        # an address with a typo is corrected, not tried again
        self.setDefaultButton(self.button_retry if address is not None else self.button_settings)

    def show_connecting(self) -> None:
        """Say that it is trying again, with nothing to click meanwhile (an attempt ends
        within the connect timeout)."""
        self.setText(
            self.tr("Connecting to the database server {server}…").format(server=self.server)
        )
        self.setInformativeText("")
        for button in self.buttons():
            button.setEnabled(False)
        self.show()
        QApplication.processEvents()


class PasswordPrompt(QInputDialog):
    """The server's password, typed masked, when the address has none (no keyring on the
    computer, or it was cleared) or the server refused the one it has."""

    def __init__(self, address: URL):
        super().__init__()
        self.setObjectName("password_prompt")
        self.setWindowTitle(self.tr("Password for the database server"))
        words = {
            "server": server_name(address),
            "user": address.username or "",
            "database": address.database or "",
        }
        if address.password is None:
            text = self.tr(
                "The database server {server} asks for the password of the user “{user}” "
                "(database “{database}”). The password is not saved on this computer, so "
                "it is asked for here."
            )
        else:
            text = self.tr(
                "The database server {server} did not accept the password of the user "
                "“{user}” (database “{database}”). Type it again, or ask the server's "
                "administrator for the right one."
            )
        self.setLabelText(text.format(**words))
        label = self.findChild(QLabel)
        if label is not None:  # a few lines, not one as wide as the screen
            label.setWordWrap(True)
            label.setMinimumWidth(440)
        self.setTextEchoMode(QLineEdit.EchoMode.Password)
        self.setOkButtonText(self.tr("&Connect"))

    def password(self) -> str | None:
        """The password typed, or None when the clerk cancelled."""
        accepted = self.exec() == QDialog.DialogCode.Accepted
        return self.textValue() if accepted else None


def server_name(address: URL) -> str:
    """The server as the engine's messages name it: host and port (or this computer)."""
    if not address.host:
        return QCoreApplication.translate("App", "on this computer")
    return f"{address.host}:{address.port}" if address.port else address.host


def ask_after_open_error(
    error: DatabaseOpenError, language: str | None = None, database: str | None = None
) -> str | None:
    """Before the window: the data set ``database`` (path or URL; None: the default file)
    could not be opened (``error`` says why); the data set to open now (restored, another,
    the same server tried again, or with its password), or None to quit. A start from the
    menu has no terminal to read, so this is the only place the clerk learns what is wrong."""
    make_application(language)
    url = to_url(database)
    if sqlite_path(url) is not None:
        return _ask_about_file(error)
    try:
        address: URL | None = parse_address(url)
    except DatabaseOpenError:  # the error says what is wrong with it
        address = None
    return _ask_about_server(error, database or url, address)


def _ask_about_file(error: DatabaseOpenError) -> str | None:
    """The data file's box: restore its backup, open another file, or quit."""
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


def _ask_about_server(error: DatabaseOpenError, database: str, address: URL | None) -> str | None:
    """The server's box until the clerk gets through or quits; a refused login asks for
    the password first."""
    tried_at: datetime | None = None
    while True:
        if error.login_refused and address is not None:
            password = PasswordPrompt(address).password()
            if password is not None:
                return address.set(password=password).render_as_string(hide_password=False)
        box = ServerErrorBox(error, address, tried_at)
        box.exec()
        clicked = box.clickedButton()
        if clicked is box.button_retry:
            box.show_connecting()
            failure = _connection_failure(database)
            box.hide()
            if failure is None:
                return database
            error, tried_at = failure, datetime.now()
        elif clicked is box.button_settings:
            dialog = SettingsDialog(failed=database)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.address()
        else:
            return None


def _connection_failure(database: str) -> DatabaseOpenError | None:
    """Why the server still cannot be opened, or None once it can: a look that changes
    nothing (the start then opens it for work). It runs in a thread for up to the connect
    timeout while the box keeps painting under a busy cursor."""
    relay = _Finished()
    loop = QEventLoop()
    relay.done.connect(loop.quit)
    failure: list[DatabaseOpenError] = []

    def attempt() -> None:
        try:
            open_database(database, read_only=True).dispose()
        except SchemaOutOfDateError:  # reached; set up or upgraded as it opens
            pass
        except DatabaseOpenError as error:
            failure.append(error)
        finally:
            relay.done.emit()

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        worker = threading.Thread(target=attempt, name="server-retry")
        worker.start()
        loop.exec()  # "done" is queued to this thread: it quits the loop even if sent first
        worker.join()
    finally:
        QApplication.restoreOverrideCursor()
    return failure[0] if failure else None


class _Finished(QObject):
    """Tells the GUI thread that the attempt ended (a queued signal)."""

    done = Signal()


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
