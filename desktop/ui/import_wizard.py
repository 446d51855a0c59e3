"""The import wizard: pick a file, map columns, preview problems, import, summary.

Widgets only; the work is done by ``desktop.importing`` (the same functions
the CLI calls). The import itself runs in a QThread worker with progress and
cancel, in one transaction, so a cancel leaves the database as it was.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
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
    Table,
    apply_import,
    guess_mapping,
    preview,
    read_table,
)

log = logging.getLogger(__name__)


class ImportWorker(QObject):
    """Runs ``apply_import`` in a QThread; emits progress, then one outcome signal."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, database: Database, plan: ImportPreview):
        super().__init__()
        self._database, self._plan = database, plan
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            result = apply_import(
                self._database, self._plan,
                progress=lambda done, total: self.progress.emit(int(done), int(total)),
                cancelled=self._cancel.is_set,
            )
        except ImportCancelled:
            self.cancelled.emit()
        except Exception as error:  # shown to the user, not lost in a thread
            log.exception("import failed")
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.finished.emit(result)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("An entry template, an exported events list, or any sheet "
                                 "with a header row (.xlsx or .csv)."))
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
        layout.addStretch()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import events"), "", self.tr("Workbooks (*.xlsx *.csv)"))
        if name:
            self.path.setText(name)

    def validatePage(self) -> bool:
        text = self.path.text().strip()
        if not text:
            self.error.setText(self.tr("Choose a file first."))
            return False
        try:
            self._wizard.table = read_table(Path(text))
        except ImportFileError as error:
            self.error.setText(str(error))
            return False
        self.error.clear()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Each column of the file and the field it holds. Guessed "
                                 "from the headers; change any that are wrong."))
        self.grid = QTableWidget(0, 2)
        self.grid.setObjectName("importMapping")
        self.grid.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Field")])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        save = QPushButton(self.tr("Save mapping…"))
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
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        table = self._wizard.table
        assert table is not None
        self._show(guess_mapping(table.headers), table)

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
            for name, label in FIELDS.items():
                combo.addItem(label, name)
            found = combo.findData(by_column.get(index))
            combo.setCurrentIndex(max(found, 0))
            self.grid.setCellWidget(index, 1, combo)
            self.combos.append(combo)

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
        mapping = self.mapping()
        missing = mapping.missing_required()
        if missing:
            self.error.setText(self.tr("Map a column to: %1").replace("%1", ", ".join(missing)))
            return False
        table = self._wizard.table
        assert table is not None
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            self._wizard.plan = preview(self._wizard.database, table, mapping)
        finally:
            self.unsetCursor()
        return True


class PreviewPage(QWizardPage):
    COLUMNS = ("Row", "Action", "Title", "Problems and notes")

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check before importing"))
        self.summary = QLabel()
        self.summary.setObjectName("importPreviewSummary")
        self.summary.setWordWrap(True)
        self.rows = QTableWidget(0, len(self.COLUMNS))
        self.rows.setObjectName("importPreviewTable")
        self.rows.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.setCommitPage(True)  # past this page there is no way back to a second import
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
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
                "%1", ", ".join(r.name for r in plan.new_organizations)))
        if plan.new_people:
            lines.append(self.tr("New people: %1").replace(
                "%1", ", ".join(r.name for r in plan.new_people)))
        lines += plan.warnings
        self.summary.setText("\n".join(lines))
        shown = [r for r in plan.rows if r.action != "unchanged"][:5000]
        self.rows.setRowCount(len(shown))
        for index, row in enumerate(shown):
            title = row.data.title if row.data else ""
            details = "; ".join([*(str(p) for p in row.problems), *row.notes])
            for column, value in enumerate((str(row.number), row.action, title, details)):
                self.rows.setItem(index, column, QTableWidgetItem(value))

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        return plan is not None and (plan.count("insert") + plan.count("update")) > 0


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
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.cancel_button)
        layout.addStretch()
        self.done = False
        self.thread: QThread | None = None
        self.worker: ImportWorker | None = None

    def initializePage(self) -> None:
        plan = self._wizard.plan
        assert plan is not None
        self.done = False
        self.status.setText(self.tr("Writing the events…"))
        self.thread = QThread(self)
        self.worker = ImportWorker(self._wizard.database, plan)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.thread.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)

    def _end(self, text: str) -> None:
        self.status.setText(text)
        self.cancel_button.setEnabled(False)
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait()
        self.done = True
        self.completeChanged.emit()

    def _finished(self, result: object) -> None:
        self._wizard.result = result
        self._end(self.tr("Done."))

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
        result = self._wizard.result
        if result is None:
            self.text.setText(self.tr("Nothing was imported."))
            return
        self.text.setText(
            self.tr("%1 new events, %2 updated, %3 unchanged, %4 skipped, %5 rows with "
                    "problems.\nUndo this import from the command line with: "
                    "diaspora-events undo-import %6")
            .replace("%1", str(result.inserted)).replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged)).replace("%4", str(result.skipped))
            .replace("%5", str(result.errors)).replace("%6", str(result.batch_id)))


class ImportWizard(QWizard):
    """File -> columns -> preview -> import (worker thread) -> summary."""

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import events"))
        self.database = database
        self.table: Table | None = None
        self.plan: ImportPreview | None = None
        self.result: object | None = None
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
        """Closing while importing cancels first; the transaction is rolled back."""
        if self.run_page.thread is not None and self.run_page.thread.isRunning():
            self.run_page.cancel()
            self.run_page.thread.quit()
            self.run_page.thread.wait()
        super().reject()
