"""Backups of the data file: list them, make one now, restore one (after a confirmation).

Restoring replaces the open data file, so the dialog asks the main window to
close its connections first (``before_restore``) and to reopen afterwards
(``after_restore``); the file it replaces is itself kept as a backup.
"""

from __future__ import annotations

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
    changed_since,
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
        self.backups = list_backups(self.database_path)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            size = i18n.locale().formattedDataSize(
                info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
            made = i18n.format_datetime(info.made_at, seconds=True)
            for column, text in enumerate((made, _reason(self, info.reason), size)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

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
