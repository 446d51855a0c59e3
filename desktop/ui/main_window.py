"""The main window: filter bar, the lazily loaded events table, menus and status bar.

It holds no data of its own: every action goes to EventStore, the queries or
the report service, then the table is refreshed from the database.
"""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import (
    QByteArray,
    QDate,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
    qVersion,
)
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.queries import EventFilter, count_events
from db.tables import EventStatus
from desktop import __version__
from desktop.ui.events_model import COLUMNS, UUID_ROLE, EventsModel, status_label
from desktop.ui.filter_bar import FilterBar

if TYPE_CHECKING:  # the rest is imported when first used: the window opens sooner
    import uuid
    from collections.abc import Callable, Sequence

    from PySide6.QtCore import QThread
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QProgressDialog

    from db.engine import Database
    from db.event_store import EventInput
    from desktop.drafts import Draft, DraftStore
    from desktop.importing import ImportPreview, ImportResult
    from desktop.importing.merge import MergeReport
    from desktop.importing.reference_lists import ReferenceReport
    from desktop.reports import ExportSummary
    from desktop.ui.dialogs import ShortcutsDialog, TrashDialog
    from desktop.ui.drafts_dialog import DraftsDialog
    from desktop.ui.event_form import EventForm
    from desktop.ui.export_worker import ExportWorker
    from desktop.ui.merge_dialog import MergeDialog
    from desktop.ui.overview import OverviewWidget
    from desktop.ui.reference_lists import ChangeLogDialog, ReferenceListsDialog
    from desktop.ui.report_dialog import ReportDialog
    from desktop.ui.settings_dialog import SettingsDialog

ORGANIZATION = "DiasporaEvents"
APPLICATION = "Diaspora Events"
DEFAULT_WIDTHS = {
    "date": 165,
    "title": 220,
    "type": 110,
    "occasion": 120,
    "anniversary": 50,
    "country": 75,
    "region": 125,
    "city": 100,
    "organizers": 145,
    "status": 80,
}
"""Their sum fits the first start's window (1280 px wide): the status column must not
hide past the right edge before the clerk has widened anything."""


@cache
def icon_path() -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / "icons" / "app.svg"


def elide_middle(text: str, width: int) -> str:
    """A long path must not make the window wider than a small screen."""
    if len(text) <= width:
        return text
    keep = (width - 1) // 2
    return f"{text[:keep]}…{text[-keep:]}"


def app_settings() -> QSettings:
    """The window's remembered layout; tests pass their own QSettings instead."""
    return QSettings(ORGANIZATION, APPLICATION)


def fit_titles(table: QTableView) -> None:
    """Widen each column narrower than its title: a translated title (Russian
    "Годовщина") must not be cut off, nor hidden by the sort arrow, also where the widths
    were remembered in another language. Measured once sorting is on, so the arrow's
    room is counted."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        title = header.sectionSizeFromContents(column).width()
        if header.sectionSize(column) < title:
            table.setColumnWidth(column, title)


class EventsTable(QTableView):
    """The events table; it says when it is first painted (the start's housekeeping waits
    for the rows to show, desktop.ui.app). An event filter on its viewport would have
    PySide6 wrap the viewport and each event sent to it, making some 120 widget and event
    classes it has to tell apart (~10 ms of the start)."""

    first_painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()


class MainWindow(QMainWindow):
    """The events list of one database and the doors to everything else."""

    def __init__(self, database: Database, settings: QSettings | None = None):
        super().__init__()
        self.setObjectName("main_window")
        self.database = database
        self.settings = settings if settings is not None else app_settings()
        self.forms: list[EventForm] = []
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undo_stack")
        self._export: tuple[QThread, ExportWorker, QProgressDialog] | None = None
        self.setWindowTitle(self.tr("Diaspora Events"))
        self.model = EventsModel(database, parent=self)
        self.filter_bar = FilterBar(database)
        self.table = self._build_table()
        self._build_central()
        self._build_actions()
        self._build_edit_actions()
        self._build_menus()
        self._extend_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.filter_bar.changed.connect(self.apply_filter)
        self._build_search_exit()
        self.model.modelReset.connect(self._update_status)
        self.model.rowsInserted.connect(self._update_status)
        self.model.loaded.connect(self._update_status)  # counted: no longer "more than"
        self.model.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.selectionModel().currentChanged.connect(self._update_actions)
        self.restore_state()
        self.model.wait(first_only=True)  # read in a worker; the window opens with its rows
        self._update_status()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60 * 60 * 1000)  # hourly check for the daily backup
        self.backup_timer.timeout.connect(self.daily_backup)
        self.backup_timer.start()

    @cached_property
    def drafts(self) -> DraftStore:
        """Typing saved as it goes, for forms a crash leaves unsaved (made when needed)."""
        from desktop.drafts import DraftStore

        return DraftStore(self.database)

    # --- building ------------------------------------------------

    def _build_table(self) -> EventsTable:
        table = EventsTable()
        table.setObjectName("events_table")
        table.setAccessibleName(self.tr("Events"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table for the filter bar
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        for column, key in enumerate(COLUMNS):
            table.setColumnWidth(column, DEFAULT_WIDTHS[key])
        fit_titles(table)
        table.activated.connect(self._edit_index)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return table

    def _build_central(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter_bar)
        self.empty_hint = QLabel(
            self.tr(
                "<b>No events yet.</b> Ctrl+N enters an event by hand; Ctrl+Shift+V drafts "
                "events from a pasted news report; Ctrl+I imports a workbook; File → Load "
                "sample data shows how it looks. F1 lists every shortcut."
            )
        )
        self.empty_hint.setObjectName("empty_hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("padding: 12px; background: #eef4fb;")
        self.empty_hint.setVisible(False)
        layout.addWidget(self.empty_hint)
        self.no_match_hint = QLabel(
            self.tr(
                "<b>No event matches the filters.</b> Change them, or press “{button}” "
                "to see every event."
            ).format(button=self.filter_bar.clear_button.text().replace("&", ""))
        )
        self.no_match_hint.setObjectName("no_match_hint")
        self.no_match_hint.setWordWrap(True)
        self.no_match_hint.setStyleSheet("padding: 12px; background: #eef4fb;")
        self.no_match_hint.setVisible(False)
        layout.addWidget(self.no_match_hint)
        layout.addWidget(self._build_tabs(), 1)
        self.setCentralWidget(central)

    def _build_tabs(self) -> QTabWidget:
        """The table and, beside it, the overview (Ctrl+1, Ctrl+2): a place holder until
        the overview is first shown, so the window opens without charts or counts."""
        self.tabs = QTabWidget()
        self.tabs.setObjectName("main_tabs")
        self.tabs.addTab(self.table, self.tr("Events"))
        self.tabs.addTab(QWidget(), self.tr("Overview"))
        for index, key in enumerate(("Ctrl+1", "Ctrl+2")):
            action = QAction(self.tr("Events") if index == 0 else self.tr("Overview"), self)
            action.setObjectName("action_show_events" if index == 0 else "action_show_overview")
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            self.addAction(action)
        self.tabs.currentChanged.connect(lambda index: index == 1 and self.overview)
        return self.tabs

    @cached_property
    def overview(self) -> OverviewWidget:
        """The overview tab's widget, made the first time it is shown or asked for."""
        from desktop.ui.overview import install_overview

        return install_overview(self, self.tabs)

    def _action(
        self,
        name: str,
        text: str,
        keys: list[str | QKeySequence.StandardKey],
        slot: Callable[[], object],
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _checked=False: slot())
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            "action_new",
            self.tr("&New event…"),
            ["Ctrl+N"],
            self.new_event,
            self.tr("Record a new event (Ctrl+N)"),
        )
        self.export_action = self._action(
            "action_export",
            self.tr("&Export to Excel…"),
            ["Ctrl+E"],
            self.export_dialog,
            self.tr("Export the events shown to an Excel workbook"),
        )
        self.report_action = self._action(
            "action_report",
            self.tr("Excel &report…"),
            ["Ctrl+Shift+R"],
            self.show_report_dialog,
            self.tr("Choose the report's sheets, period and filters, see its figures, export"),
        )
        self.extract_action = self._action(
            "action_extract",
            self.tr("Events from a &report…"),
            ["Ctrl+Shift+V"],
            self.extract_from_report,
            self.tr("Paste a news report and get draft events from it"),
        )
        self.import_action = self._action(
            "action_import",
            self.tr("&Import from Excel…"),
            ["Ctrl+I"],
            self.import_events,
            self.tr("Import events from a workbook or CSV file, with a preview first"),
        )
        self.template_action = self._action(
            "action_template",
            self.tr("Blank entry &template…"),
            [],
            self.save_template,
            self.tr("A workbook for offices that collect events in Excel"),
        )
        self.merge_action = self._action(
            "action_merge",
            self.tr("&Merge another office's data…"),
            [],
            self.merge_office,
            self.tr("Merge another office's database into this one"),
        )
        self.export_reference_action = self._action(
            "action_export_reference",
            self.tr("Export reference &lists…"),
            [],
            self.export_reference_lists,
            self.tr("Organizations, people, places, occasions and types, for another office"),
        )
        self.import_reference_action = self._action(
            "action_import_reference",
            self.tr("Import reference l&ists…"),
            [],
            self.import_reference_lists,
            self.tr("Add another office's organizations, people, places and occasions"),
        )
        self.backup_action = self._action(
            "action_backups",
            self.tr("&Backups…"),
            [],
            self.show_backups,
            self.tr("Back up the data now, or restore an earlier backup"),
        )
        self.settings_action = self._action(
            "action_settings",
            self.tr("Se&ttings…"),
            ["Ctrl+,"],
            self.show_settings,
            self.tr("Interface language and the data set to open (apply after a restart)"),
        )
        self.sample_action = self._action(
            "action_load_sample",
            self.tr("Load &sample data"),
            [],
            self.load_sample,
            self.tr("Add the three events of the sample report"),
        )
        self.quit_action = self._action("action_quit", self.tr("&Quit"), ["Ctrl+Q"], self.close)
        self.edit_action = self._action(
            "action_edit",
            self.tr("&Edit event"),
            ["Ctrl+O"],
            self.edit_selected,
            self.tr("Open the selected event (Enter)"),
        )
        self.delete_action = self._action(
            "action_delete",
            self.tr("&Delete (to trash)"),
            [],
            self.delete_selected,
            self.tr("Move the selected events to the trash (Del)"),
        )
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.removeAction(self.delete_action)
        self.table.addAction(self.edit_action)
        self.table.addAction(self.delete_action)
        self.trash_action = self._action(
            "action_trash",
            self.tr("Show &trash / restore…"),
            ["Ctrl+T"],
            self.show_trash,
            self.tr("Deleted events, restorable"),
        )
        self.reload_action = self._action("action_reload", self.tr("&Reload"), ["F5"], self.reload)
        self.find_action = self._action(
            "action_find", self.tr("&Find"), ["Ctrl+F"], self.focus_search
        )
        self.help_action = self._action(
            "action_shortcuts", self.tr("&Keyboard shortcuts"), ["F1"], self.show_shortcuts
        )
        self.about_action = self._action("action_about", self.tr("&About"), [], self.show_about)

    def _build_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions(
            [self.new_action, self.extract_action, self.export_action, self.report_action,
             self.sample_action]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.template_action, self.merge_action])
        file_menu.addActions([self.export_reference_action, self.import_reference_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.settings_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.edit_action, self.delete_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.trash_action, self.find_action, self.reload_action])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addActions([self.help_action, self.about_action])

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.edit_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.export_action, self.trash_action):
            toolbar.addAction(action)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel()
        self.count_label.setObjectName("status_count")
        self.location_label = QLabel(elide_middle(self.database.display_name, 70))
        self.location_label.setObjectName("status_database")
        self.location_label.setToolTip(
            self.tr("Where this data set is stored: {location}").format(
                location=self.database.display_name
            )
            + "\n"
            + self.tr("Diaspora Events {version}").format(version=__version__)
        )
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.location_label)
        self.last_export: Path | None = None
        self._status_buttons: list[QPushButton] = []
        self.export_open_button = self._status_button(
            "export_open_file", self.tr("Open file"), lambda: self._open_export(folder=False)
        )
        self.export_folder_button = self._status_button(
            "export_show_folder", self.tr("Show in folder"), lambda: self._open_export(folder=True)
        )

    def _status_button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        """A flat button in the status bar, shown once there is something to open."""
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setFlat(True)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        button.setVisible(False)
        # permanent: a status message must not hide it; left of the count and the file name
        self.statusBar().insertPermanentWidget(len(self._status_buttons), button)
        self._status_buttons.append(button)
        return button

    def _open_export(self, folder: bool) -> None:
        """Open the last exported workbook, or its folder, with the desktop's own program."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.last_export is not None:
            target = self.last_export.parent if folder else self.last_export
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    # --- table ------------------------------------------------

    def apply_filter(self, event_filter: EventFilter) -> None:
        self.model.set_filter(event_filter)

    def reload(self) -> None:
        """After the data changed: the first page is read before the clerk acts on it,
        and the events selected before stay selected (a second mark acts on them too)."""
        chosen = self.selected_uuids()
        self.filter_bar.reload_choices()
        self.model.set_filter(self.filter_bar.event_filter())
        self.model.wait(first_only=True)
        self.select_events(chosen)

    def select_events(self, uuids: list[uuid.UUID]) -> None:
        """Select the rows of ``uuids`` that the loaded pages show; the first is current."""
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        rows = [row for row in map(self.model.row_of, uuids) if row >= 0]
        if not rows:
            return
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, last_column))
        flags = QItemSelectionModel.SelectionFlag
        chooser = self.table.selectionModel()
        chooser.setCurrentIndex(self.model.index(rows[0], 0), flags.NoUpdate)
        chooser.select(selection, flags.ClearAndSelect | flags.Rows)

    def _update_actions(self) -> None:
        """Actions on the selected events are off while nothing is selected."""
        selection = self.table.selectionModel()
        has_target = selection.hasSelection() or self.table.currentIndex().isValid()
        for action in (
            self.edit_action,
            self.delete_action,
            self.history_action,
            self.mark_verified_action,
            self.mark_draft_action,
            self.export_selection_action,
        ):
            action.setEnabled(has_target)
        self.export_action.setEnabled(self.model.rowCount() > 0)

    def _update_status(self) -> None:
        total = self.model.rowCount()  # never waits: the count may still be on its way
        unfiltered = self.model.event_filter == EventFilter()
        self.empty_hint.setVisible(total == 0 and unfiltered)
        self.no_match_hint.setVisible(total == 0 and not unfiltered)
        self._update_actions()
        self.count_label.setText(
            self.tr("More than %Ln events (counting…)", "", total)
            if self.model.counting  # the first page is full; a million take a moment
            else self.tr("%Ln events", "", total)
        )

    def selected_uuids(self) -> list[uuid.UUID]:
        rows = self.table.selectionModel().selectedRows()
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex()]
        return [
            index.siblingAtColumn(0).data(UUID_ROLE)
            for index in sorted(rows, key=lambda i: i.row())
        ]

    def select_event(self, event_uuid: uuid.UUID) -> None:
        row = self.model.row_of(event_uuid)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _build_search_exit(self) -> None:
        """Down in the search box goes to the events it found (the table is ten Tabs
        away, past the dates and the lists)."""
        action = QAction(self.filter_bar.text)
        action.setObjectName("action_search_to_table")
        action.setShortcut(QKeySequence(Qt.Key.Key_Down))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(self.focus_table)
        self.filter_bar.text.addAction(action)

    def focus_table(self) -> None:
        """Focus the table on its current event, or on the first one the search finds."""
        self.filter_bar.flush()
        self.model.wait(first_only=True)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.filter_bar.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.text.selectAll()

    # --- events ------------------------------------------------

    def open_form(self, event_uuid: uuid.UUID | None = None) -> EventForm:
        """Open the form window-modal (not blocking), so tests and users can type into it."""
        from desktop.ui.event_form import EventForm

        form = EventForm(self.database, event_uuid, parent=self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._on_saved)
        form.committed.connect(self._push_save)
        form.open_existing.connect(self.open_form)
        form.finished.connect(lambda _result, f=form: self._forget_form(f))
        self.forms.append(form)
        form.open()
        return form

    def _forget_form(self, form: EventForm) -> None:
        if form in self.forms:
            self.forms.remove(form)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_event(self) -> EventForm:
        return self.open_form()

    def edit_selected(self) -> EventForm | None:
        uuids = self.selected_uuids()
        return self.open_form(uuids[0]) if uuids else None

    def _edit_index(self, index: QModelIndex) -> None:
        event_uuid = index.siblingAtColumn(0).data(UUID_ROLE)
        if event_uuid is not None:
            self.open_form(event_uuid)

    def _on_saved(self, event_uuid: uuid.UUID) -> None:
        self.filter_bar.reload_choices()
        self.model.refresh()
        if self._hidden_by_filter(event_uuid):
            self._offer_to_clear_filter(event_uuid)
            return
        self.select_event(event_uuid)
        self.statusBar().showMessage(self.tr("Saved."), 4000)

    def _hidden_by_filter(self, event_uuid: uuid.UUID) -> bool:
        """True when the filters in force leave a (live) event out of the table."""
        with self.database.sessions() as session:
            shown = replace(self.model.event_filter, uuids=[event_uuid])
            return count_events(session, shown) == 0

    def _offer_to_clear_filter(self, event_uuid: uuid.UUID) -> None:
        """A saved event must not vanish without a word: say so, offer to show it."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            QApplication.activeModalWidget() or self,
            self.tr("Saved, but not shown"),
            self.tr(
                "The event is saved, but the filters in force hide it from the table.\n"
                "Clear the filters to show it?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.filter_bar.clear()
            self.select_event(event_uuid)
            self.statusBar().showMessage(self.tr("Saved."), 4000)
        else:
            self.statusBar().showMessage(self.tr("Saved; the filters hide it."), 8000)

    def delete_selected(self) -> int:
        """Move the selected events to the trash after asking; returns how many."""
        from PySide6.QtWidgets import QMessageBox

        uuids = self.selected_uuids()
        if not uuids:
            return 0
        if len(uuids) == 1:
            row = self.model.row_of(uuids[0])  # the row that goes, not the cursor's row
            title = self.model.row_at(row).title if row >= 0 else ""
            question = self.tr("Move “{title}” to the trash?").format(title=title)
            where = self.tr("You can restore it from Edit > Show trash.")
        else:  # several: "it" would leave the clerk unsure whether all of them come back
            question = self.tr("Move %n events to the trash?", "", len(uuids))
            where = self.tr(
                "You can restore them from Edit > Show trash or with Edit > Undo (Ctrl+Z)."
            )
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question + "\n" + where,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        from desktop.ui.undo import DeleteEventsCommand

        self.undo_stack.push(DeleteEventsCommand(self, uuids))  # the cursor: after_change
        self.statusBar().showMessage(
            self.tr("Moved to the trash: {count}.").format(count=len(uuids)), 5000
        )
        return len(uuids)

    def _select_row_near(self, row: int) -> None:
        """After rows went away the cursor stays where it was, on the event that followed
        them (or the last one), so the clerk goes on with the keyboard from there."""
        if self.selected_uuids() or row < 0:
            return
        if row >= self.model.rowCount():  # past the first page: wait for the count
            self.model.wait()
        last = self.model.rowCount() - 1
        if last >= 0:
            self.table.selectRow(min(row, last))

    def show_trash(self) -> TrashDialog:
        from desktop.ui.dialogs import TrashDialog

        dialog = TrashDialog(self.database, self, restore=self.restore_events)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(lambda _uuid: self.reload())
        dialog.open()
        return dialog

    def import_events(self) -> None:
        from desktop.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.database, parent=self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda _result: self.reload())
        wizard.imported.connect(lambda result, w=wizard: self._push_import(result, w.plan))
        wizard.open()

    def _push_import(self, result: ImportResult, plan: ImportPreview | None) -> None:
        """A committed import goes on the undo stack like any other change (Ctrl+Z)."""
        if result.batch_id is None or plan is None:
            return
        count = result.inserted + result.updated
        from desktop.ui.undo import import_command

        self.undo_stack.push(import_command(self, result.batch_id, plan, count))

    def save_template(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from desktop.importing.template import write_template
        from desktop.output_file import OutputFileError
        from desktop.ui import i18n

        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the entry template"),
            "events-template.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return None
        out = Path(name if name.lower().endswith(".xlsx") else f"{name}.xlsx")
        try:
            write_template(self.database, out, i18n.current_language())
        except OutputFileError as error:  # worded for the clerk: what, and what to do
            QMessageBox.warning(self, self.tr("Template not written"), str(error))
            return None
        self.statusBar().showMessage(self.tr("Template written to {file}").format(file=out), 8000)
        return out

    def export_reference_lists(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from desktop.importing.reference_lists import export_reference
        from desktop.output_file import OutputFileError

        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export reference lists"),
            "reference-lists.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return None
        out = Path(name if name.lower().endswith(".xlsx") else f"{name}.xlsx")
        try:
            export_reference(self.database, out)
        except OutputFileError as error:  # worded for the clerk: what, and what to do
            QMessageBox.warning(self, self.tr("Reference lists not written"), str(error))
            return None
        self.statusBar().showMessage(self.tr("Reference lists written to {file}").format(file=out))
        return out

    def import_reference_lists(self) -> None:
        """Runs in a worker: thousands of places are matched by name and alias."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from desktop.importing import ImportFileError
        from desktop.importing.reference_lists import import_reference
        from desktop.ui.worker import start_job

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import reference lists"), "", self.tr("Excel workbook (*.xlsx)")
        )
        if not name:
            return
        self.statusBar().showMessage(self.tr("Importing reference lists…"))
        self.import_reference_action.setEnabled(False)

        def done(report: ReferenceReport) -> None:
            added = sum(len(v) for v in report.added.values())
            self.statusBar().showMessage(
                self.tr(
                    "Reference lists imported: {added} records and {aliases} names added."
                ).format(added=added, aliases=report.aliases_added),
                10_000,
            )
            self.reload()

        def failed(message: str) -> None:
            self.statusBar().clearMessage()
            QMessageBox.warning(self, self.tr("Reference lists not imported"), message)

        self._reference_job = start_job(
            self,
            lambda: import_reference(self.database, Path(name)),
            done,
            failed,
            lambda: self.import_reference_action.setEnabled(True),
            expected=(ImportFileError,),
        )

    def merge_office(self) -> None:
        from desktop.ui.merge_dialog import MergeDialog

        dialog = MergeDialog(self.database, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(lambda report, d=dialog: self._push_merge(report, d))
        dialog.open()

    def _push_merge(self, report: MergeReport, dialog: MergeDialog) -> None:
        """A merge goes on the undo stack like any other change (Ctrl+Z)."""
        self.reload()
        if report.batch_id is None or dialog.merged_with is None:
            return
        from desktop.ui.undo import merge_command

        plan, decisions = dialog.merged_with
        self.undo_stack.push(merge_command(self, report, plan, decisions))

    def show_settings(self) -> SettingsDialog:
        """The settings dialog (language, data set); its choices apply after a restart."""
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.database, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(
            lambda _settings: self.statusBar().showMessage(
                self.tr("Settings saved. They apply when you restart Diaspora Events."), 10000
            )
        )
        dialog.open()
        return dialog

    def show_backups(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from db.engine import sqlite_path
        from desktop.ui.backup_dialog import BackupDialog

        path = sqlite_path(self.database.url)
        if path is None:
            QMessageBox.information(
                self,
                self.tr("Backups"),
                self.tr("This data set is on a database server; its administrator backs it up."),
            )
            return
        dialog = BackupDialog(
            path,
            before_restore=self.database.engine.dispose,
            after_restore=self._after_restore,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _after_restore(self) -> None:
        """Connections made before the restore must not be reused; then show the data."""
        self.database.engine.dispose()
        self.reload()

    def daily_backup(self) -> None:
        """Once a day while the app stays open (it also backs up at every start)."""
        import datetime as dt

        from db.backup import backup_in_background, latest_backup
        from db.engine import sqlite_path

        path = sqlite_path(self.database.url)
        if path is None:
            return
        latest = latest_backup(path)  # one stamped in the future is not today's
        if latest is None or latest.made_at.date() < dt.date.today():
            backup_in_background(path)  # the check and the copy take seconds on a big file

    def extract_from_report(self) -> None:
        from desktop.ui.extract_dialog import ExtractDialog

        dialog = ExtractDialog(self.database, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.event_saved.connect(self._on_saved)
        dialog.open()

    def load_sample(self) -> int:
        from desktop.sample import add_sample

        with self.database.sessions.begin() as session:
            result = add_sample(session)
            added, already = len(result.added), len(result.already)
        self.reload()
        if already:
            message = self.tr(
                "Sample report: {added} events added; {already} were already recorded "
                "and were not added again."
            ).format(added=added, already=already)
        else:
            message = self.tr("The sample report's {count} events are loaded.").format(
                count=added
            )
        self.statusBar().showMessage(message, 10000)
        return added + already

    # --- undo, bulk actions, drafts, reference lists ------------------------------

    def _build_edit_actions(self) -> None:
        """Undo/redo, bulk actions on the selected rows, reference lists, change history."""
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("action_undo")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("action_redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.undo_action, self.redo_action])
        self.mark_verified_action = self._action(
            "action_mark_verified",
            self.tr("Mark &verified"),
            ["Ctrl+Alt+V"],
            lambda: self.set_status_selected(EventStatus.VERIFIED),
            self.tr("Set the selected events' status to verified (undoable)"),
        )
        self.mark_draft_action = self._action(
            "action_mark_draft",
            self.tr("Mark &draft"),
            ["Ctrl+Alt+D"],
            lambda: self.set_status_selected(EventStatus.DRAFT),
            self.tr("Set the selected events' status back to draft (undoable)"),
        )
        self.export_selection_action = self._action(
            "action_export_selection",
            self.tr("Export &selection to Excel…"),
            ["Ctrl+Shift+E"],
            self.export_selection_dialog,
            self.tr("Export only the selected events to an Excel workbook"),
        )
        self.reference_action = self._action(
            "action_reference_lists",
            self.tr("Reference &lists…"),
            ["Ctrl+L"],
            self.show_reference_lists,
            self.tr("Organizations, people, places, occasions and types: search, edit, merge"),
        )
        self.history_action = self._action(
            "action_history",
            self.tr("Change &history…"),
            ["Ctrl+H"],
            self.show_history,
            self.tr("Who changed the selected event, when, from what to what"),
        )
        separator = QAction(self)
        separator.setSeparator(True)
        self.table.addActions(
            [
                separator,
                self.mark_verified_action,
                self.mark_draft_action,
                self.export_selection_action,
                self.history_action,
            ]
        )

    def _extend_menus(self) -> None:
        edit_menu = self.edit_menu
        undo_redo = [self.undo_action, self.redo_action]
        if edit_menu.actions():
            first = edit_menu.actions()[0]
            edit_menu.insertActions(first, undo_redo)
            edit_menu.insertSeparator(first)
        else:
            edit_menu.addActions(undo_redo)
            edit_menu.addSeparator()
        edit_menu.addSeparator()
        status_menu = edit_menu.addMenu(self.tr("Set &status"))
        status_menu.setObjectName("menu_status")
        status_menu.addActions([self.mark_verified_action, self.mark_draft_action])
        edit_menu.addActions([self.history_action, self.reference_action])
        file_menu = self.file_menu
        actions = file_menu.actions()
        index = actions.index(self.export_action) + 1 if self.export_action in actions else 0
        if 0 < index < len(actions):
            file_menu.insertAction(actions[index], self.export_selection_action)
        else:
            file_menu.addAction(self.export_selection_action)

    def after_change(self) -> None:
        """An undo command changed the data: show it. When the selected events went (to
        the trash), the cursor stays where they were, for the keyboard."""
        rows = [row for row in map(self.model.row_of, self.selected_uuids()) if row >= 0]
        self.reload()
        self._select_row_near(min(rows, default=-1))

    def after_step(self, shown: Sequence[uuid.UUID], message: str) -> None:
        """After Ctrl+Z or Ctrl+Shift+Z: the events the step left are selected and on
        screen, and the status bar says what the step did."""
        if shown:
            self.select_events(list(shown))
            self.table.scrollTo(self.table.currentIndex())
        self.statusBar().showMessage(message, 5000)

    def report_failure(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Not possible"), message)

    def _push_save(self, before: EventInput | None, after: EventInput) -> None:
        from desktop.ui.undo import SaveEventCommand

        self.undo_stack.push(SaveEventCommand(self, before, after))

    def restore_events(self, uuids: list[uuid.UUID]) -> None:
        """Take events out of the trash (undoable)."""
        if uuids:
            from desktop.ui.undo import RestoreEventsCommand

            self.undo_stack.push(RestoreEventsCommand(self, list(uuids)))

    def set_status_selected(self, status: EventStatus) -> int:
        """Mark every selected event draft or verified, as one undoable step."""
        uuids = self.selected_uuids()
        if not uuids:
            return 0
        from desktop.ui.undo import SetStatusCommand

        self.undo_stack.push(SetStatusCommand(self, uuids, status))
        self.statusBar().showMessage(
            self.tr("%n events marked {status}.", "", len(uuids)).format(
                status=status_label(status.value)
            ),
            5000,
        )
        return len(uuids)

    def export_selection_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        uuids = self.selected_uuids()
        if not uuids:
            self.statusBar().showMessage(self.tr("Select the events to export first."), 5000)
            return
        default = Path.home() / f"diaspora-events-selection-{len(uuids)}.xlsx"
        last = self.settings.value("export/last_dir", str(default.parent))
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the selected events"),
            str(Path(str(last)) / default.name),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.settings.setValue("export/last_dir", str(Path(path).parent))
            self.export_selection(Path(path))

    def export_selection(self, out: Path) -> ExportWorker | None:
        """Export only the selected rows: the same export, restricted by UUID."""
        uuids = self.selected_uuids()
        if not uuids:
            return None
        return self.start_export(out, EventFilter(uuids=uuids))

    def check_integrity(self) -> None:
        """PRAGMA quick_check in the background (seconds on a big file); on damage, say so
        and offer the backups, while the clerk can still read and copy what is shown."""
        from PySide6.QtWidgets import QMessageBox

        from db.backup import CheckStopped, integrity_problem
        from db.engine import sqlite_path
        from desktop.ui.worker import start_job

        path = sqlite_path(self.database.url)
        if path is None:
            return

        self.integrity_warning: str | None = None
        self._integrity_stop = threading.Event()

        def report(problem: str | None) -> None:
            if problem is None or self._integrity_stop.is_set():
                return
            self.integrity_warning = problem
            answer = QMessageBox.critical(
                self,
                self.tr("The data file is damaged"),
                self.tr(
                    "{file} failed its integrity check ({problem}). Do not enter new events "
                    "into it. Open the backups to restore the newest good one?"
                ).format(file=path, problem=problem),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            )
            if answer == QMessageBox.StandardButton.Open:
                self.show_backups()

        self._integrity_job = start_job(
            self,
            lambda: integrity_problem(path, self._integrity_stop.is_set),
            report,
            lambda _m: None,
            lambda: None,
            expected=(CheckStopped,),
        )

    def key_titles_again(self) -> None:
        """The events' title keys made again in the background when another ICU made them
        (db.collation.refresh_title_keys: seconds at a million events, once after an
        upgrade); the rows are read again when they were, as a sort by title may change."""
        from db.collation import refresh_title_keys
        from desktop.ui.worker import start_job

        def keyed(count: int) -> None:
            if count:
                self.reload()

        self._keys_stop = threading.Event()
        self._keys_job = start_job(
            self,
            lambda: refresh_title_keys(self.database.engine, self._keys_stop.is_set),
            keyed,
            lambda _m: None,
            lambda: None,
        )

    def offer_drafts(self) -> DraftsDialog | None:
        """At start: forms left unsaved by a crash or a forced quit, offered back."""
        open_keys = {form.draft_key for form in self.forms}
        pending = [d for d in self.drafts.pending() if d.key not in open_keys]
        if not pending:
            return None
        from desktop.ui.drafts_dialog import DraftsDialog

        dialog = DraftsDialog(pending, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(
            lambda drafts: [self.restore_draft(draft) for draft in drafts]
        )
        dialog.discard_requested.connect(self._discard_drafts)
        dialog.open()
        return dialog

    def _discard_drafts(self, drafts: list[Draft]) -> None:
        for draft in drafts:
            self.drafts.discard(draft.key)

    def restore_draft(self, draft: Draft) -> EventForm:
        """Open a form filled from ``draft``, on the stored event when it was an edit."""
        try:
            form = self.open_form(draft.data.uuid)
        except LookupError:  # the event is gone altogether: keep the typing as a new one
            form = self.open_form()
        form.restore_draft(draft)
        return form

    def show_reference_lists(self) -> ReferenceListsDialog:
        from desktop.ui.reference_lists import ReferenceListsDialog

        dialog = ReferenceListsDialog(self.database, self.undo_stack, host=self, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.reload)
        dialog.show()
        return dialog

    def show_history(self) -> ChangeLogDialog | None:
        """The change log of the selected event."""
        from desktop.ui.reference_lists import ChangeLogDialog

        uuids = self.selected_uuids()
        if not uuids:
            return None
        dialog = ChangeLogDialog(self.database, "event", record_uuid=uuids[0], parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- export ------------------------------------------------

    def show_report_dialog(self) -> ReportDialog:
        """The report window, starting from the table's filter (it exports on its own)."""
        from desktop.ui.report_dialog import ReportDialog

        dialog = ReportDialog(
            self.database, self.model.event_filter, parent=self, settings=self.settings
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        default = Path.home() / f"diaspora-events-{QDate.currentDate().toString('yyyy-MM-dd')}.xlsx"
        last = self.settings.value("export/last_dir", str(default.parent))
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to Excel"),
            str(Path(str(last)) / default.name),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.settings.setValue("export/last_dir", str(Path(path).parent))
            self.start_export(Path(path))

    def start_export(self, out: Path, event_filter: EventFilter | None = None) -> ExportWorker:
        """Export what the table shows (or ``event_filter``), in a worker thread."""
        from PySide6.QtCore import QThread
        from PySide6.QtWidgets import QProgressDialog

        thread = QThread(self)
        chosen = event_filter if event_filter is not None else self.model.event_filter
        from desktop.ui.export_worker import ExportWorker

        worker = ExportWorker(self.database, out, chosen)
        worker.moveToThread(thread)
        progress = QProgressDialog(self.tr("Writing the workbook…"), self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("export_progress")
        progress.setWindowTitle(self.tr("Export to Excel"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(worker.cancel)
        # methods, not lambdas: PySide6 runs a lambda in the worker's thread, where the
        # dialog's and the status bar's timers cannot be started or stopped
        worker.progress.connect(self._export_progress)
        thread.started.connect(worker.run)
        for signal in (worker.finished, worker.failed, worker.cancelled):
            signal.connect(thread.quit)
        worker.finished.connect(self._export_done)
        worker.failed.connect(self._export_failed)
        worker.cancelled.connect(self._export_cancelled)
        thread.finished.connect(self._export_cleanup)
        self._export = (thread, worker, progress)
        thread.start()
        return worker

    def _export_done(self, summary: ExportSummary) -> None:
        self.statusBar().showMessage(
            self.tr("Exported %n events to {path}.", "", summary.events).format(path=summary.path),
            10000,
        )
        self.last_export = Path(summary.path)
        for button in (self.export_open_button, self.export_folder_button):
            button.setVisible(True)

    def _export_failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self._export is not None:
            self._export[2].reset()
        QMessageBox.critical(self, self.tr("Export failed"), message)

    def _export_progress(self, done: int, total: int) -> None:
        if self._export is not None:
            progress = self._export[2]
            progress.setMaximum(max(total, 1))
            progress.setValue(done)

    def _export_cancelled(self) -> None:
        self.statusBar().showMessage(self.tr("Export cancelled."), 5000)

    def _export_cleanup(self) -> None:
        if self._export is None:
            return
        thread, worker, progress = self._export
        progress.reset()
        progress.deleteLater()
        worker.deleteLater()
        thread.deleteLater()
        self._export = None

    # --- help ------------------------------------------------

    def show_shortcuts(self) -> ShortcutsDialog:
        from desktop.ui.dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Diaspora Events"), self.about_text())

    def about_text(self) -> str:
        """Version, licence, the Qt underneath and the credits the bundled data asks for."""
        return (
            self.tr(
                "<h3>Diaspora Events</h3><p>Record the public events of diaspora organizations "
                "from the reports you receive, and report them in Excel.</p>"
                "<p>Data: {location}</p>"
            ).format(location=self.database.display_name)
            + self.tr(
                "<p>Version {version}. Free software under the MIT licence.<br>"
                "Qt {qt}, PySide6 {pyside}.</p>"
            ).format(version=__version__, qt=qVersion(), pyside=PySide6.__version__)
            + self.tr(
                "<p>Place names: GeoNames (geonames.org), CC BY 4.0. Russian dictionaries: "
                "OpenCorpora (opencorpora.org), CC BY-SA. Language models: the Natasha project "
                "(MIT). Dates and numbers: Unicode CLDR.</p>"
            )
        )

    # --- remembered state ------------------------------------------------

    def restore_state(self) -> None:
        """Size, layout, column widths, sort and filters as the user left them."""
        s = self.settings
        geometry = s.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        state = s.value("main/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        header_state = s.value("main/header")
        header = self.table.horizontalHeader()
        if isinstance(header_state, QByteArray) and not header_state.isEmpty():
            header.restoreState(header_state)
            fit_titles(self.table)
        column = header.sortIndicatorSection()
        if not self.model.sortable(column):
            header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        try:
            filters = json.loads(str(s.value("main/filters", "{}")))
        except ValueError:
            filters = {}
        if isinstance(filters, dict) and filters:
            self.filter_bar.restore(filters)

    def save_state(self) -> None:
        s = self.settings
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/state", self.saveState())
        s.setValue("main/header", self.table.horizontalHeader().saveState())
        s.setValue("main/filters", json.dumps(self.filter_bar.state()))
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Open forms ask about unsaved work first; a running export is stopped."""
        for form in list(self.forms):
            form.reject()
            if form.isVisible():
                event.ignore()
                return
        if self._export is not None:
            thread, worker, _progress = self._export
            worker.cancel()
            thread.quit()
            thread.wait(5000)
        integrity = getattr(self, "_integrity_job", None)
        if integrity is not None:  # a running QThread aborts the process when destroyed
            self._integrity_stop.set()  # the quick_check ends within a few thousand steps
            integrity[0].quit()
            integrity[0].wait()
        keys = getattr(self, "_keys_job", None)
        if keys is not None:  # stopped between two batches, its keys rolled back
            self._keys_stop.set()
            keys[0].quit()
            keys[0].wait()
        self.save_state()
        super().closeEvent(event)
