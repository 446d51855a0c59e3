"""Runs the Excel export off the GUI thread, so the window never freezes.

The worker calls the same ``desktop.reports.export_workbook`` as the CLI; it
only turns its progress and cancel hooks into Qt signals and a flag.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from db.engine import Database
from db.queries import EventFilter
from desktop.reports.options import ReportOptions
from desktop.ui import i18n

log = logging.getLogger(__name__)


class ExportWorker(QObject):
    """Lives in a QThread; emits ``progress`` then exactly one of the outcome signals."""

    progress = Signal(int, int)
    finished = Signal(object)
    """An ExportSummary."""
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, database: Database, out: Path, options: ReportOptions | EventFilter):
        super().__init__()
        self._database = database
        self._out = out
        self._options = (
            ReportOptions(event_filter=options, language=i18n.current_language())
            if isinstance(options, EventFilter)
            else options
        )
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Called from the GUI thread; the export stops at its next check."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        from desktop.reports import ExportCancelled, ReportError, export_workbook

        try:
            summary = export_workbook(
                self._database,
                self._out,
                self._options,
                progress=lambda done, total: self.progress.emit(int(done), int(total)),
                cancelled=self._cancel.is_set,
            )
        except ExportCancelled:
            self.cancelled.emit()
        except ReportError as error:
            self.failed.emit(str(error))
        except Exception:  # logged in full; the user gets a sentence, not a library's text
            log.exception("export failed")
            from desktop.logs import log_path

            self.failed.emit(
                self.tr("an error in the application stopped it; the details are in the "
                        "log file %1.").replace("%1", str(log_path()))
            )
        else:
            self.finished.emit(summary)
