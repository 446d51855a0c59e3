"""Small dialogs of the main window: the keyboard shortcuts help and the trash."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from db.event_store import EventStore
from db.queries import EventFilter
from desktop.ui.events_model import UUID_ROLE, EventsModel


def tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def shortcut_list() -> list[tuple[str, str, str]]:
    """(where, keys, what): the one place the shortcuts are documented in the app."""
    main, form = tr("Main window"), tr("Event form")
    return [
        (main, "Ctrl+N", tr("New event")),
        (main, tr("Enter, Ctrl+O"), tr("Edit the selected event")),
        (main, "Del", tr("Move the selected events to the trash (asks first)")),
        (main, "Ctrl+T", tr("Show the trash and restore events")),
        (main, "Ctrl+F", tr("Go to the search box")),
        (main, tr("Down arrow"), tr("In the search box: go to the events found")),
        (main, "Esc", tr("In the search box: clear the search")),
        (main, "Tab", tr("In the table: back to the search box")),
        (main, "Ctrl+E", tr("Export the events shown to Excel")),
        (main, "Ctrl+Shift+E", tr("Export only the selected events")),
        (main, "Ctrl+Shift+R", tr("Excel report: sheets, period, filters, figures first")),
        (main, "Ctrl+Shift+V", tr("Draft events from a pasted news report")),
        (main, "Ctrl+I", tr("Import events from a workbook")),
        (main, "Ctrl+Z, Ctrl+Shift+Z", tr("Undo, redo")),
        (main, "Ctrl+Alt+V, Ctrl+Alt+D", tr("Mark the selected events verified, draft")),
        (main, "Ctrl+L", tr("Reference lists: organizations, people, places, occasions")),
        (main, "Ctrl+H", tr("History of the selected event")),
        (main, "Ctrl+,", tr("Settings")),
        (main, "F5", tr("Reload the table")),
        (main, "F1", tr("This list")),
        (main, "Ctrl+Q", tr("Quit")),
        (form, "Tab, Shift+Tab", tr("Next, previous field (through every field in reading order)")),
        (form, tr("Enter"), tr("Next field; on a button, press that button")),
        (form, "Ctrl+S", tr("Save and close")),
        (form, "Ctrl+Shift+S", tr("Save, then start the next event of the same report")),
        (
            form,
            "Ctrl+Shift+D",
            tr("Save, then start a copy: same report, occasion, dates, country"),
        ),
        (form, "Esc", tr("Cancel (asks first when something was typed)")),
        (form, "Alt+Shift+O", tr("Add an organizer row")),
        (form, "Alt+Shift+K", tr("Add a speaker row")),
        (form, "Alt+Shift+P", tr("Add a program item row")),
        (form, "Ctrl+Delete", tr("Remove the row the cursor is in")),
        (form, "Ctrl+Up, Ctrl+Down", tr("Move a program item up or down")),
        (form, tr("Down arrow, Enter"), tr("Pick a suggested name (any spelling or alias)")),
        (form, tr("Alt + underlined letter"), tr("Jump to that field")),
    ]


class ShortcutsDialog(QDialog):
    """F1: every keyboard shortcut, because clerks work with the keyboard."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_list()
        table = QTableWidget(len(rows), 3)
        table.setObjectName("shortcuts_table")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for number, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(number, column, QTableWidgetItem(value))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(680, 560)


class TrashDialog(QDialog):
    """Deleted events, restorable; nothing is deleted without a trace."""

    restored = Signal(object)

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        restore: Callable[[list[uuid.UUID]], None] | None = None,
    ):
        """``restore`` does the restoring when given (the main window's undoable command)."""
        super().__init__(parent)
        self.setObjectName("trash_dialog")
        self.setWindowTitle(self.tr("Trash"))
        self._database = database
        self._restore = restore
        self.model = EventsModel(database, EventFilter(deleted=True), parent=self)
        self.table = QTableView()
        self.table.setObjectName("trash_table")
        self.table.setAccessibleName(self.tr("Deleted events"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 320)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("restore")
        self.restore_button.setAccessibleName(self.tr("Restore the selected events"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.wait()  # the trash is read (in a worker) before it is shown
        self._update_count()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.resize(900, 480)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(
            self.tr("%n deleted events. Select one and press Restore.", "", count)
            if count
            else self.tr("The trash is empty.")
        )
        self.restore_button.setEnabled(count > 0)

    def selected_uuids(self) -> list[uuid.UUID]:
        rows = self.table.selectionModel().selectedRows()
        return [r.data(UUID_ROLE) for r in sorted(rows, key=lambda r: r.row())]

    def restore_selected(self) -> None:
        uuids = self.selected_uuids()
        if not uuids:
            return
        if self._restore is not None:
            self._restore(uuids)
        else:
            with self._database.sessions.begin() as session:
                store = EventStore(session)
                for event_uuid in uuids:
                    store.restore(event_uuid)
        self.model.refresh()
        self.model.wait()
        for event_uuid in uuids:
            self.restored.emit(event_uuid)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
