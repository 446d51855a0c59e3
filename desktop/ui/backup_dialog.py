"""Backups of the data file: list them, make one now, restore one (after a confirmation).

Restoring replaces the open data file, so the dialog asks the main window to
close its connections first (``before_restore``) and to reopen afterwards
(``after_restore``); the file it replaces is itself kept as a backup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.backup import (
    BackupError,
    BackupInfo,
    another_data_set,
    automatic_backup_failure,
    changed_since,
    check_backup_folder,
    list_backups,
    make_backup,
    restore,
)
from desktop.ui import i18n


class BackupDialog(QDialog):
    """The backups of one SQLite data file."""

    def __init__(
        self,
        database_path: Path,
        before_restore: Callable[[], None],
        after_restore: Callable[[], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.setWindowTitle(self.tr("Backups"))
        self.database_path = database_path
        self._before_restore = before_restore
        self._after_restore = after_restore
        self.backups: list[BackupInfo] = []

        where = QLabel(
            self.tr("Backups of {file} are kept in {folder}.").format(
                file=database_path.name, folder=database_path.parent / "backups"
            )
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backups")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(640, 420)
        self.reload()

    def reload(self) -> None:
        """The backups, newest first; the newest made before now is chosen (one dated in
        the future says nothing of when it was made)."""
        self.status.setText(self._problem())
        self.backups = list_backups(self.database_path)
        self.table.setRowCount(len(self.backups))
        now = dt.datetime.now()
        for row, info in enumerate(self.backups):
            size = i18n.locale().formattedDataSize(
                info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
            made = QTableWidgetItem(i18n.format_datetime(info.made_at, seconds=True))
            if info.in_future(now):
                self._mark_future(made)
            self.table.setItem(row, 0, made)
            for column, text in enumerate((_reason(self, info.reason), size), start=1):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.backups:
            past = [row for row, info in enumerate(self.backups) if not info.in_future(now)]
            self.table.selectRow(past[0] if past else 0)
        self._update_buttons()

    def _problem(self) -> str:
        """What keeps the backups from being made or seen: a backups disk not connected
        (its backups are not "none"), an automatic backup that failed unseen."""
        try:
            check_backup_folder(self.database_path)
        except BackupError as error:
            return str(error)
        failure = automatic_backup_failure(self.database_path)
        if failure is not None:
            return self.tr("The last automatic backup could not be made: {reason}").format(
                reason=failure
            )
        return ""

    def _mark_future(self, made: QTableWidgetItem) -> None:
        made.setText(self.tr("{when} (dated in the future)").format(when=made.text()))
        made.setToolTip(
            self.tr(
                "This backup is dated later than now: the computer's clock was wrong when "
                "it was made, so when it was really made is not known. It is kept, and the "
                "daily backup is made as if it were not there."
            )
        )

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def back_up_now(self) -> Path | None:
        try:
            made = make_backup(self.database_path, "manual")  # and the rotation
        except BackupError as error:
            QMessageBox.warning(self, self.tr("Backup failed"), str(error))
            return None
        self.reload()
        return made

    def restore_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        info = self.backups[rows[0].row()]
        question = self.tr("Replace the current data with the backup made {when}?").format(
            when=i18n.format_datetime(info.made_at)
        )
        if info.in_future():
            question += " " + self.tr(
                "Its date is later than now (the computer's clock was wrong), so when it "
                "was really made is not known."
            )
        if another_data_set(info.path, self.database_path):
            question += " " + self.tr(
                "It holds another data set than the current one (made apart from it, not a "
                "backup or a copy of it)."
            )
        changed = changed_since(info.path, self.database_path)
        if changed:  # what the restore replaces, before the clerk says yes
            question += " " + self.tr(
                "Events entered or changed since then: {count}. The backup has them as they "
                "were then, or not at all."
            ).format(count=i18n.format_number(changed))
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            question
            + "\n\n"
            + self.tr(
                "The current data is kept as a backup first, so this can be undone by "
                "restoring that one."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._before_restore()
        try:
            kept = restore(info.path, self.database_path)
        except BackupError as error:
            QMessageBox.warning(self, self.tr("Restore failed"), str(error))
            return False
        finally:
            self._after_restore()
        self.reload()
        if kept is not None:
            self.status.setText(
                self.tr("Restored. What it replaced is kept as {file}.").format(file=kept)
            )
        return True


def _reason(dialog: QDialog, reason: str) -> str:
    known = {
        "start": dialog.tr("at start"),
        "daily": dialog.tr("daily"),
        "manual": dialog.tr("by hand"),
        "before-restore": dialog.tr("before a restore"),
        "before-restore-damaged": dialog.tr("damaged file replaced by a restore"),
        "before-import": dialog.tr("before an import"),
        "before-merge": dialog.tr("before a merge"),
    }
    if reason.startswith("before-upgrade"):
        return dialog.tr("before an upgrade")
    return known.get(reason, reason)
