"""The settings dialog: interface language and the data set (SQLite file or PostgreSQL).

Both live in ``desktop.settings.Settings`` (JSON, no Qt), so the command line opens
the same data set. Both apply at the next start. "Test connection" opens the data
set in a worker thread with ``db.engine.open_database`` and says what happened in
one sentence, never with a traceback. A server's password is typed in a masked field
of its own, never shown in the address.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from db.engine import (
    Database,
    DatabaseOpenError,
    EmptyDataSet,
    SchemaOutOfDateError,
    default_database_path,
    open_database,
    parse_address,
    sqlite_path,
    to_url,
)
from db.errors import describe_database_error
from desktop.settings import Settings, SettingsError, join_password, split_password
from desktop.ui import i18n
from desktop.ui.worker import Job, start_job

W = TypeVar("W", bound=QWidget)


def check_database(text: str) -> tuple[str, Any]:
    """Try the data set ``text`` (path or URL) without changing it; Qt-free, runs in a
    worker thread. Opened read-only: a test must not set up the schema in whatever
    database an address names, nor upgrade an older file.

    Returns ("new", path) for a SQLite file that does not exist yet, ("empty", None) for
    a data set not set up yet, ("older", None) for one an older version made (both are
    set up or upgraded when opened for work), or ("ok", number of events). Raises
    DatabaseOpenError or ValueError with a readable message.
    """
    from db.models import Event

    url = to_url(text or None)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        if not path.parent.is_dir():
            raise ValueError(QCoreApplication.translate(
                "SettingsDialog", "The folder {folder} does not exist.").format(folder=path.parent))
        return "new", str(path)
    try:
        database = open_database(url, read_only=True)
    except EmptyDataSet:
        return "empty", None
    except SchemaOutOfDateError:
        return "older", None
    try:
        with database.sessions() as session:
            count = session.scalar(select(func.count(Event.id)).where(Event.deleted_at.is_(None)))
    except SQLAlchemyError as error:
        raise ValueError(describe_database_error(error)) from error
    finally:
        database.dispose()
    return "ok", count or 0


def is_server_address(text: str) -> bool:
    """``text`` names a database server (not a SQLite file): it takes a password."""
    return "://" in text and sqlite_path(to_url(text)) is None


class SettingsDialog(QDialog):
    """Language and data set; ``saved`` fires with the Settings written. ``failed``: the
    address the start could not open, shown to be corrected; it opens once saved."""

    saved = Signal(object)

    def __init__(
        self,
        database: Database | None = None,
        parent: QWidget | None = None,
        failed: str | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self._database = database
        self._settings = Settings.load()
        self._at_start = failed is not None
        self._shown_address = failed if failed is not None else self._settings.database
        self._job: tuple[QThread, Job] | None = None
        self._build()
        self.setMinimumWidth(max(560, self.minimumSizeHint().width()))  # the address whole

    def _named(self, widget: W, name: str, accessible: str) -> W:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    def _build(self) -> None:
        layout = QVBoxLayout(self)

        language_group = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_group)
        self.language = self._named(QComboBox(), "settings_language", self.tr("Language"))
        system = i18n.LANGUAGES[i18n.language_of(QLocale.system())]
        self.language.addItem(self.tr("As the system ({language})").format(language=system), None)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        index = self.language.findData(self._settings.language)
        self.language.setCurrentIndex(max(index, 0))
        caption = QLabel(self.tr("&Interface language"))
        caption.setBuddy(self.language)
        language_form.addRow(caption, self.language)
        note = QLabel(
            self.tr("Menus, dates, numbers and reports follow this language after a restart.")
        )
        note.setWordWrap(True)
        language_form.addRow(note)
        layout.addWidget(language_group)

        data_group = QGroupBox(self.tr("Data set"))
        self.data_form = data_form = QFormLayout(data_group)
        current = self._database.display_name if self._database is not None else ""
        self.current = self._named(QLabel(current), "settings_current", self.tr("Current data set"))
        self.current.setWordWrap(True)
        data_form.addRow(self.tr("Now open:"), self.current)
        data_form.setRowVisible(self.current, self._database is not None)  # none at a failed start
        self.location = self._named(QLineEdit(), "settings_database", self.tr("Data set to open"))
        self.location.setPlaceholderText(
            self.tr("default file: {path}").format(path=default_database_path())
        )
        self.location.setToolTip(
            self.tr(
                "A SQLite file path, or a PostgreSQL address such as "
                "postgresql+psycopg://user@server/events (its password goes in the field "
                "below)"
            )
        )
        self.location.textChanged.connect(self._location_changed)
        self.location.editingFinished.connect(self._hide_typed_password)
        self.browse_button = self._named(
            QPushButton(self.tr("&Browse…")), "settings_browse", self.tr("Choose a database file")
        )
        self.browse_button.clicked.connect(self.browse)
        location_row = QHBoxLayout()
        location_row.addWidget(self.location, 1)
        location_row.addWidget(self.browse_button)
        caption = QLabel(self.tr("&Open at start:"))
        caption.setBuddy(self.location)
        data_form.addRow(caption, location_row)
        self.password = self._named(QLineEdit(), "settings_password", self.tr("Server password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring, not in the settings"))
        self.password.textChanged.connect(lambda _text: self.result_label.clear())
        caption = QLabel(self.tr("Pass&word:"))
        caption.setBuddy(self.password)
        data_form.addRow(caption, self.password)
        self.test_button = self._named(
            QPushButton(self.tr("&Test connection")), "settings_test", self.tr("Test connection")
        )
        self.test_button.clicked.connect(self.test_connection)
        self.result_label: QLabel = self._named(
            QLabel(), "settings_result", self.tr("Test result")
        )
        self.result_label.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        data_form.addRow(test_row)
        data_form.addRow(self.result_label)  # the whole width: an answer runs to lines
        hint = QLabel(
            self.tr(
                "Leave it empty for the default file on this computer. Several desks can "
                "share one PostgreSQL server. The new data set opens after a restart."
            )
            if not self._at_start
            else self.tr(
                "Leave it empty for the default file on this computer. Several desks can "
                "share one PostgreSQL server. The data set opens when you save."
            )
        )
        hint.setWordWrap(True)
        data_form.addRow(hint)
        layout.addWidget(data_group)
        layout.addStretch(1)  # room left over goes below the groups, not inside them
        self._show_address(self._shown_address or "")
        wide = self.location.fontMetrics().horizontalAdvance(self.location.text()) + 16
        self.location.setMinimumWidth(min(wide, 640))  # a server's address whole, if it can

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("settings_buttons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # --- the address and its password ----------------------------------------------

    def _show_address(self, address: str) -> None:
        """Put ``address`` in the fields: a server's password in the masked one."""
        parts = split_password(address)
        if parts is not None and parts[1] is not None:
            address = parts[0]
            self.password.setText(parts[1])
        self.location.setText(address)
        self.location.setCursorPosition(0)  # its start in view, not its end
        self._location_changed(address)

    def _location_changed(self, text: str) -> None:
        """Offer the password field for a server only (a file has none); what it holds
        is kept while the address is edited."""
        self.result_label.clear()
        self.data_form.setRowVisible(self.password, is_server_address(text.strip()))

    def _hide_typed_password(self) -> None:
        """A password typed or pasted in the address moves to the masked field once the
        address is left."""
        parts = split_password(self.location.text().strip())
        if parts is not None and parts[1] is not None:
            self._show_address(self.location.text().strip())

    def address(self) -> str | None:
        """The address as typed, with the password of the masked field (a password typed
        in the address itself wins: it was typed last); None for the default file."""
        location = self.location.text().strip() or None
        if location is None:
            return None
        if not is_server_address(location):
            return location if "://" in location else str(Path(location).expanduser())
        parts = split_password(location)
        password = self.password.text()
        if parts is None or parts[1] is not None or not password:
            return location  # an address that cannot be read is refused with its reason
        return join_password(location, password)

    # --- actions ------------------------------------------------------------------

    def browse(self) -> None:
        start = self.location.text().strip()
        if not start or "://" in start:
            start = str(default_database_path())
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Choose a database file"),
            start,
            self.tr("SQLite database (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.location.setText(name)

    def is_testing(self) -> bool:
        return self._job is not None

    def test_connection(self) -> None:
        """Open the data set in a worker thread and report in ``result_label``."""
        if self._job is not None:
            return
        text = self.address() or ""
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Connecting…"))
        self._job = start_job(
            self,
            lambda: check_database(text),
            self._tested,
            self._test_failed,
            self._test_finished,
            expected=(DatabaseOpenError, ValueError, OSError),
        )

    def _tested(self, result: tuple[str, Any]) -> None:
        kind, detail = result
        if kind == "new":
            message = self.tr(
                "The file does not exist yet: a new, empty data set will be made at {path}."
            ).format(path=detail)
        elif kind == "empty":
            message = self.tr(
                "Connected. The data set is empty: it is set up when Diaspora Events opens it."
            )
        elif kind == "older":
            message = self.tr(
                "Connected. An older version made this data set: it is upgraded (after a "
                "backup of a file) when Diaspora Events opens it."
            )
        else:
            message = self.tr("Connected. The data set holds {count} events.").format(
                count=i18n.format_number(int(detail))
            )
        self._show_result(message, "#1b5e20")

    def _test_failed(self, message: str) -> None:
        self._show_result(
            self.tr("Could not open it: {reason}").format(reason=message.strip()), "#b00020"
        )

    def _show_result(self, text: str, color: str) -> None:
        """Say the outcome under the test button, growing the dialog so it shows whole (a
        window's layout does not grow for a wrapped label's lines)."""
        self.result_label.setStyleSheet(f"color: {color};")
        self.result_label.setText(text)
        before = self.size()
        self.adjustSize()
        self.resize(self.size().expandedTo(before))  # never smaller than the clerk made it

    def _test_finished(self) -> None:
        if self._job is not None:
            thread, job = self._job
            job.deleteLater()
            thread.deleteLater()
        self._job = None
        self.test_button.setEnabled(True)

    def wait_for_test(self, timeout_ms: int = 30_000) -> None:
        """Block until a running test ends (closing the dialog, and tests)."""
        if self._job is not None:
            self._job[0].wait(timeout_ms)

    def values(self) -> Settings:
        """The settings as the dialog shows them."""
        return Settings(database=self.address(), language=self.language.currentData())

    def save(self) -> None:
        """Write the settings file; they apply at the next start."""
        chosen = self.values()
        if chosen.database is not None:
            try:  # a typo saved is what every later start would try to open
                parse_address(to_url(chosen.database))
            except DatabaseOpenError as error:
                self._test_failed(str(error))
                return
        settings = Settings.load()
        settings.database = chosen.database
        settings.language = chosen.language
        try:
            notice = settings.save()
        except SettingsError as error:  # worded: where, why, what to do
            self._show_result(str(error), "#b00020")
            return
        if notice is not None:
            QMessageBox.warning(
                self,
                self.tr("Password not saved"),
                self.tr(
                    "There is no system keyring (password store) on this computer, so the "
                    "database password was not saved: the settings keep the server address "
                    "without it. Enter the password again at the next start, or set up a "
                    "keyring."
                ),
            )
        self._settings = settings
        self.saved.emit(settings)
        self.accept()

    def done(self, result: int) -> None:
        self.wait_for_test()
        super().done(result)
