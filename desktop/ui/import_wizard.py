"""The import wizard: pick a file, map columns, preview problems, import, summary.

Widgets only; the work is done by ``desktop.importing`` (the same functions
the CLI calls). Every step that reads the file or the database runs in a
QThread worker with a progress bar and a cancel button: reading the file
(Next on the first page), building the preview (Next on the columns page) and
the import itself, in one transaction, so a cancel leaves the database as it
was. The window keeps painting and answering throughout.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from db.engine import Database
from desktop.importing import (
    FIELDS,
    ColumnMapping,
    ImportCancelled,
    ImportFileError,
    ImportPreview,
    ImportResult,
    Table,
    apply_import,
    guess_mapping,
    preview,
    read_table,
)
from desktop.importing.mapping import field_label
from desktop.ui.worker import application_error

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
"""work(progress, cancelled) -> result, run off the GUI thread."""


class TaskWorker(QObject):
    """Runs ``work(progress, cancelled)`` in a QThread; emits progress, then one outcome."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    discard_late_result = True
    """A job that changes nothing may drop a result that arrives after a cancel."""

    def __init__(self, work: Work):
        super().__init__()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _report(self, done: int, total: int) -> None:
        self.progress.emit(int(done), int(total))

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._report, self._cancel.is_set)
        except ImportCancelled:
            self.cancelled.emit()
        except ImportFileError as error:  # written for the user already
            self.failed.emit(str(error))
        except Exception:  # shown to the user, not lost in a thread; the details logged
            log.exception("import step failed")
            self.failed.emit(application_error())
        else:
            if self.discard_late_result and self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.finished.emit(result)


class ImportWorker(TaskWorker):
    """Runs ``apply_import`` in a QThread; emits progress, then one outcome signal."""

    discard_late_result = False  # once committed, the import is reported as done

    def __init__(self, database: Database, plan: ImportPreview):
        super().__init__(lambda progress, cancelled: apply_import(
            database, plan, progress=progress, cancelled=cancelled))


class WorkingPage(QWizardPage):
    """A page that runs one job at a time in a worker thread, with progress and cancel.

    While the job runs the page is not complete (Next is disabled); its result
    comes back to :meth:`job_done` on the GUI thread.
    """

    def __init__(self, wizard: ImportWizard, cancel_text: str):
        super().__init__()
        self._wizard = wizard
        self.job_thread: QThread | None = None
        self.worker: TaskWorker | None = None
        self.bar = QProgressBar()
        self.bar.setObjectName(f"{type(self).__name__}Progress")
        self.bar.hide()
        self.job_status = QLabel()
        self.job_status.setObjectName(f"{type(self).__name__}Status")
        self.job_status.setWordWrap(True)
        self.cancel_button = QPushButton(cancel_text)
        self.cancel_button.setObjectName(f"{type(self).__name__}Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self._text = ""
        self._ready = False
        """True once a job has succeeded: the next validatePage lets the wizard move on."""

    def job_widgets(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        return row

    def busy(self) -> bool:
        return self.job_thread is not None and self.job_thread.isRunning()

    def start_job(self, work: Work, text: str) -> None:
        """Run ``work`` in a new worker thread; Next stays disabled until it ends."""
        self._ready = False
        self.bar.setRange(0, 0)  # moving until the first progress report
        self.bar.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.job_status.setText(text)
        self._text = text
        thread = QThread(self)
        worker = TaskWorker(work)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        self.job_thread, self.worker = thread, worker
        thread.start()
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)

    def stop(self) -> None:
        """Cancel the job and wait for its thread (when the wizard closes)."""
        self.cancel()
        if self.job_thread is not None:
            self.job_thread.quit()
            self.job_thread.wait()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.job_status.setText(f"{self._text} {done:,} / {total:,}")

    def _end(self, text: str) -> None:
        thread, self.job_thread = self.job_thread, None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        self.bar.hide()
        self.cancel_button.hide()
        self.job_status.setText(text)
        self.completeChanged.emit()

    @Slot(object)
    def _finished(self, result: object) -> None:
        self._end("")
        self.job_done(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._end("")
        self.job_failed(message)

    @Slot()
    def _cancelled(self) -> None:
        self._end(self.tr("Stopped; nothing was changed."))

    def job_done(self, result: object) -> None:
        """The job's result, on the GUI thread."""

    def job_failed(self, message: str) -> None:
        self.job_status.setText(message)

    def advance(self) -> None:
        """Move on to the next page now that the job has succeeded."""
        if self._wizard.currentPage() is self:
            self._ready = True
            self._wizard.next()

    def take_ready(self) -> bool:
        ready, self._ready = self._ready, False
        return ready

    def isComplete(self) -> bool:
        return not self.busy() and super().isComplete()

    def cleanupPage(self) -> None:
        """Going back cancels a running job; its result would be for a page left."""
        self.cancel()
        super().cleanupPage()


class FilePage(WorkingPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard, self.tr("Stop reading"))
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("An entry template, an exported events list, or any sheet "
                                 "with a header row (.xlsx, .xls, .xlsb, .ods or .csv)."))
        self.path = QLineEdit()
        self.path.setObjectName("importFilePath")
        self.path.setAccessibleName(self.tr("File to import"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("importBrowse")
        browse.clicked.connect(self._browse)
        self.error = QLabel()
        self.error.setObjectName("importFileError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00;")
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addLayout(self.job_widgets())
        layout.addWidget(self.job_status)
        layout.addStretch()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import events"), "",
            self.tr("Workbooks (*.xlsx *.xls *.xlsb *.ods *.csv)"))
        if name:
            self.path.setText(name)

    def validatePage(self) -> bool:
        """Reads the file in a worker; the wizard moves on when the table is there."""
        if self.take_ready():
            return True
        text = self.path.text().strip()
        if not text:
            self.error.setText(self.tr("Choose a file first."))
            return False
        if self.busy():
            return False
        self.error.clear()
        path = Path(text)
        self.start_job(lambda _progress, cancelled: read_table(path, cancelled=cancelled),
                       self.tr("Reading the file…"))
        return False

    def job_done(self, result: object) -> None:
        assert isinstance(result, Table)
        self._wizard.table = result
        self.advance()

    def job_failed(self, message: str) -> None:
        self.error.setText(message)


class MappingPage(WorkingPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard, self.tr("Stop checking"))
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Each column of the file and the field it holds. Guessed "
                                 "from the headers; change any that are wrong."))
        self.grid = QTableWidget(0, 2)
        self.grid.setObjectName("importMapping")
        self.grid.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Field")])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Tab must walk the field boxes and then leave the table, not move between cells.
        self.grid.setTabKeyNavigation(False)
        self.save_button = save = QPushButton(self.tr("Save mapping…"))
        save.setObjectName("importSaveMapping")
        save.clicked.connect(self._save)
        load = QPushButton(self.tr("Load mapping…"))
        load.setObjectName("importLoadMapping")
        load.clicked.connect(self._load)
        self.error = QLabel()
        self.error.setObjectName("importMappingError")
        self.error.setStyleSheet("color: #a00;")
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(load)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addLayout(self.job_widgets())
        layout.addWidget(self.job_status)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        table = self._wizard.table
        assert table is not None
        self._show(guess_mapping(table.headers, hidden=table.hidden_columns), table)

    def _show(self, mapping: ColumnMapping, table: Table) -> None:
        by_column = {index: name for name, index in mapping.columns.items()}
        self.grid.setRowCount(len(table.headers))
        self.combos = []
        for index, header in enumerate(table.headers):
            self.grid.setItem(index, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.setObjectName(f"mapping_{index}")
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", header))
            combo.addItem(self.tr("(do not import)"), None)
            for name in FIELDS:  # as the template heads it, in the clerk's language
                combo.addItem(field_label(name), name)
            found = combo.findData(by_column.get(index))
            combo.setCurrentIndex(max(found, 0))
            self.grid.setCellWidget(index, 1, combo)
            self.combos.append(combo)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes table -> each field box in row order -> "Save mapping…" (keyboard clerks)."""
        chain: list[QWidget] = [self.grid, *self.combos, self.save_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def mapping(self) -> ColumnMapping:
        columns: dict[str, int] = {}
        for index, combo in enumerate(self.combos):
            name = combo.currentData()
            if name and name not in columns:
                columns[name] = index
        return ColumnMapping(columns)

    def _save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save mapping"), "",
                                              self.tr("Mappings (*.json)"))
        if name and self._wizard.table is not None:
            self.mapping().save(Path(name), self._wizard.table.headers)

    def _load(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Load mapping"), "",
                                              self.tr("Mappings (*.json)"))
        table = self._wizard.table
        if name and table is not None:
            try:
                self._show(ColumnMapping.load(Path(name), table.headers), table)
            except (ValueError, OSError) as error:
                self.error.setText(str(error))

    def validatePage(self) -> bool:
        """Builds the preview in a worker; the wizard moves on when it is ready."""
        if self.take_ready():
            return True
        mapping = self.mapping()
        missing = mapping.missing_required()
        if missing:
            self.error.setText(self.tr("Map a column to: %1").replace("%1", ", ".join(missing)))
            return False
        if self.busy():
            return False
        table = self._wizard.table
        assert table is not None
        self.error.clear()
        self._wizard.plan = None
        database = self._wizard.database
        self.start_job(lambda progress, cancelled: preview(database, table, mapping,
                                                           progress, cancelled),
                       self.tr("Checking the rows…"))
        return False

    def job_done(self, result: object) -> None:
        assert isinstance(result, ImportPreview)
        self._wizard.plan = result
        self.advance()

    def job_failed(self, message: str) -> None:
        self.error.setText(message)


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check before importing"))
        self.summary = QLabel()
        self.summary.setObjectName("importPreviewSummary")
        self.summary.setWordWrap(True)
        columns = [self.tr("Row"), self.tr("Action"), self.tr("Title"),
                   self.tr("Problems and notes")]  # literal: lupdate finds each one
        self.rows = QTableWidget(0, len(columns))
        self.rows.setObjectName("importPreviewTable")
        self.rows.setHorizontalHeaderLabels(columns)
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.accept_changes = QCheckBox(self.tr("&Apply the organization changes listed above"))
        self.accept_changes.setObjectName("importAcceptOrganizationChanges")
        self.accept_changes.setAccessibleName(self.tr("Apply the organization changes"))
        self.accept_changes.toggled.connect(self._accept_changes)
        self.setCommitPage(True)  # past this page there is no way back to a second import
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.accept_changes)
        layout.addWidget(self.rows)

    def initializePage(self) -> None:
        plan = self._wizard.plan
        assert plan is not None
        counts = plan.counts
        lines = [self.tr("%1 new, %2 updated, %3 unchanged, %4 duplicates, %5 older than "
                         "here, %6 with problems (not imported).")
                 .replace("%1", str(counts["insert"])).replace("%2", str(counts["update"]))
                 .replace("%3", str(counts["unchanged"])).replace("%4", str(counts["duplicate"]))
                 .replace("%5", str(counts["stale"])).replace("%6", str(counts["error"]))]
        if plan.new_organizations:
            lines.append(self.tr("New organizations: %1").replace(
                "%1", "; ".join(r.name for r in plan.new_organizations)))
        if plan.new_people:
            lines.append(self.tr("New people: %1").replace(
                "%1", "; ".join(r.name for r in plan.new_people)))
        if plan.new_towns:
            lines.append(self.tr("Towns added from the world list: %1").replace(
                "%1", "; ".join(r.shown for r in plan.new_towns)))
        lines += plan.warnings
        self.summary.setText("\n".join(lines))
        # a stored organization the file describes otherwise changes only when asked
        self.accept_changes.setChecked(False)
        self.accept_changes.setVisible(bool(plan.organization_changes))
        shown = [r for r in plan.rows if r.action != "unchanged"][:5000]
        actions = self._action_names()
        self.rows.setSortingEnabled(False)  # items set while sorting would move under us
        self.rows.setRowCount(len(shown))
        for index, row in enumerate(shown):
            details = "; ".join([*(str(p) for p in row.problems), *row.notes])
            number = QTableWidgetItem()
            number.setData(Qt.ItemDataRole.DisplayRole, row.number)  # sorts as a number
            self.rows.setItem(index, 0, number)
            for column, value in enumerate(
                    (actions.get(row.action, row.action), row.title, details), start=1):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # a long note is cut at the table's edge
                self.rows.setItem(index, column, item)
        # a click on "Action" brings the rows not imported together, out of 2,000 rows
        self.rows.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.rows.setSortingEnabled(True)
        self.rows.resizeColumnToContents(1)  # "not imported" whole, in every language

    def _action_names(self) -> dict[str, str]:
        """What each planned action is called in the table, in the clerk's language."""
        return {"insert": self.tr("new"), "update": self.tr("update"),
                "unchanged": self.tr("unchanged"), "duplicate": self.tr("duplicate"),
                "stale": self.tr("older than here"), "error": self.tr("not imported")}

    def _accept_changes(self, accepted: bool) -> None:
        plan = self._wizard.plan
        if plan is not None:
            for change in plan.organization_changes:
                change.accepted = accepted
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        return plan is not None and ((plan.count("insert") + plan.count("update")) > 0
                                     or self.accept_changes.isChecked())


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Importing"))
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.setAutoDefault(False)  # Enter must not cancel (or skip) anything
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.cancel_button)
        layout.addStretch()
        self.done = False
        self.job_thread: QThread | None = None
        self.worker: ImportWorker | None = None

    def initializePage(self) -> None:
        plan = self._wizard.plan
        assert plan is not None
        self.done = False
        self.status.setText(self.tr("Writing the events…"))
        self.job_thread = QThread(self)
        self.worker = ImportWorker(self._wizard.database, plan)
        self.worker.moveToThread(self.job_thread)
        self.job_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.job_thread.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)

    def _end(self, text: str) -> None:
        self.status.setText(text)
        self.cancel_button.setEnabled(False)
        if self.job_thread is not None:
            self.job_thread.quit()
            self.job_thread.wait()
        self.done = True
        self.completeChanged.emit()

    def _finished(self, result: ImportResult) -> None:
        self._wizard.import_result = result
        self._end(self.tr("Done."))
        self._wizard.imported.emit(result)
        self._wizard.next()  # the summary is always shown: no key press can skip it

    def _failed(self, message: str) -> None:
        self._end(self.tr("The import failed and nothing was changed: %1").replace("%1", message))

    def _cancelled(self) -> None:
        self._end(self.tr("Cancelled; nothing was changed."))

    def isComplete(self) -> bool:
        return self.done


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Summary"))
        self.text = QLabel()
        self.text.setObjectName("importSummary")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def initializePage(self) -> None:
        result = self._wizard.import_result
        if result is None:
            self.text.setText(self.tr("Nothing was imported."))
            return
        self.text.setText(
            self.tr("New events: %1, updated: %2, unchanged: %3, skipped: %4, rows with "
                    "problems: %5.\nUndo this import with Edit → Undo (Ctrl+Z).")
            .replace("%1", str(result.inserted)).replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged)).replace("%4", str(result.skipped))
            .replace("%5", str(result.errors)))


class ImportWizard(QWizard):
    """File -> columns -> preview -> import (worker thread) -> summary."""

    imported = Signal(object)
    """The ImportResult of a committed import (for Edit > Undo)."""

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import events"))
        self.database = database
        self.table: Table | None = None
        self.plan: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.run_page,
                     self.summary_page):
            self.addPage(page)
        self.resize(820, 560)

    def reject(self) -> None:
        """Closing while reading, checking or importing cancels first (nothing is changed)."""
        for page in (self.file_page, self.mapping_page):
            if page.busy():
                page.stop()
        if self.run_page.job_thread is not None and self.run_page.job_thread.isRunning():
            self.run_page.cancel()
            self.run_page.job_thread.quit()
            self.run_page.job_thread.wait()
        super().reject()
