"""The report dialog: choose sheets, period, grouping and filters, preview, export.

The preview is the per-region summary of exactly the filter the export will
use, so a clerk sees the numbers before making the file. The export itself
runs in a QThread (the window never freezes) behind a progress dialog whose
Cancel leaves no partial file (``export_workbook`` writes to a temporary name
and moves it into place only when complete). After it, "Open file" and
"Show in folder" are offered in the dialog, not in a modal box.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QThread, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from db.models import EventStatus
from db.queries import EventFilter
from desktop.reports.options import ALL_SHEETS, EXTRA_SHEETS, ReportOptions
from desktop.ui import i18n, lookups
from desktop.ui.date_field import DateField
from desktop.ui.export_worker import ExportWorker
from desktop.ui.widgets import fill_combo, select_data

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 200
FILTER_KEYS = ("country", "region", "organization", "occasion", "status")
SHEET_ROWS = 4
"""The sheets' check boxes, three columns of them across the dialog's top."""
LAST_DIR = "export/last_dir"
"""Shared with the main window's exports: one folder remembered for every workbook."""


class ReportDialog(QDialog):
    """Report options with a live per-region preview; ``exported`` fires with the summary."""

    exported = Signal(object)

    def __init__(
        self,
        database: Database,
        event_filter: EventFilter | None = None,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("report_dialog")
        self.setWindowTitle(self.tr("Excel report"))
        self._database = database
        self._settings = settings
        self._base = dataclasses.replace(event_filter or EventFilter())
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self._progress: QProgressDialog | None = None
        self._out: Path | None = None
        self.last_path: Path | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self._load_choices()
        self._restore_choices()
        self._apply_filter(self._base)
        self.refresh_preview()

    # --- building -------------------------------------------------------------------

    def _named(self, widget: Any, name: str, accessible: str) -> Any:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    def _build(self) -> None:
        sheet_labels = {
            "cover": self.tr("Cover: period, filters, totals"),
            "events": self.tr("Events list"),
            "per_region": self.tr("Per region and period"),
            "per_organization": self.tr("Per organization and event type"),
            "per_occasion": self.tr("Per occasion, anniversary and region"),
            "speakers": self.tr("Speakers (one row each, with the event UUID)"),
            "program": self.tr("Program items (one row each, with the event UUID)"),
            "organizers": self.tr("Organizers (event UUID to organization UUID, with the role)"),
            "organizations": self.tr("Organizations (UUID, kind, place, aliases)"),
            "speaker_summary": self.tr("Speaker summary"),
            "coverage_gaps": self.tr("Coverage gaps (choose the occasion below)"),
        }
        sheets_box = QGroupBox(self.tr("Sheets"))
        grid = QGridLayout(sheets_box)
        self.sheet_boxes: dict[str, QCheckBox] = {}
        for index, key in enumerate((*ALL_SHEETS, *EXTRA_SHEETS)):
            box = self._named(
                QCheckBox(sheet_labels[key]), f"report_sheet_{key}", sheet_labels[key]
            )
            box.setChecked(key in ALL_SHEETS)
            box.toggled.connect(self._update_buttons)
            grid.addWidget(box, index % SHEET_ROWS, index // SHEET_ROWS)
            self.sheet_boxes[key] = box

        options_box = QGroupBox(self.tr("Period and filters"))
        form = QFormLayout(options_box)
        self.title_edit = self._named(
            QLineEdit(self.tr("Diaspora events report")), "report_title", self.tr("Report title")
        )
        form.addRow(self.tr("T&itle:"), self.title_edit)
        self.use_from = self._named(
            QCheckBox(self.tr("&From")), "report_use_from", self.tr("Report from date")
        )
        self.date_from = self._named(DateField(), "report_date_from", self.tr("From date"))
        self.use_to = self._named(
            QCheckBox(self.tr("&to")), "report_use_to", self.tr("Report to date")
        )
        self.date_to = self._named(DateField(), "report_date_to", self.tr("To date"))
        today = dt.date.today()
        self.date_from.set_value(today.replace(month=1, day=1))
        self.date_to.set_value(today)
        period = QHBoxLayout()
        for box, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(self._schedule_preview)
            edit.dateChanged.connect(self._schedule_preview)
            period.addWidget(box)
            period.addWidget(edit)
        period.addStretch(1)
        form.addRow(self.tr("Period:"), period)
        self.grouping = self._named(QComboBox(), "report_grouping", self.tr("Group periods by"))
        for key, label in (
            ("month", self.tr("Month")),
            ("quarter", self.tr("Quarter")),
            ("year", self.tr("Year")),
        ):
            self.grouping.addItem(label, key)
        self.grouping.currentIndexChanged.connect(self._schedule_preview)
        form.addRow(self.tr("Group &by:"), self.grouping)
        labels = {
            "country": self.tr("&Country:"),
            "region": self.tr("&Region:"),
            "organization": self.tr("&Organization:"),
            "occasion": self.tr("Occasio&n:"),
            "status": self.tr("&Status:"),
        }
        self.combos: dict[str, QComboBox] = {}
        for key in FILTER_KEYS:
            combo = self._named(
                QComboBox(), f"report_{key}", labels[key].replace("&", "").rstrip(":")
            )
            _fit_names(combo)
            combo.currentIndexChanged.connect(self._schedule_preview)
            form.addRow(labels[key], combo)
            self.combos[key] = combo
        self.other_filters = self._named(
            QLabel(), "report_other_filters", self.tr("Other filters from the main window")
        )
        self.other_filters.setWordWrap(True)
        form.addRow(self.other_filters)
        # Gaps are a choice of their own: the other sheets are not narrowed to the occasion.
        self.gaps_occasion = self._named(
            QComboBox(), "report_gaps_occasion", self.tr("Coverage gaps for occasion")
        )
        _fit_names(self.gaps_occasion)
        self.gaps_occasion.setEnabled(False)
        self.sheet_boxes["coverage_gaps"].toggled.connect(self.gaps_occasion.setEnabled)
        form.addRow(self.tr("Coverage &gaps for:"), self.gaps_occasion)
        self.show_origin = self._named(
            QCheckBox(self.tr("Show the data file's full path and my login on the cover")),
            "report_show_origin", self.tr("Show where the data lives and who made the report"),
        )
        form.addRow(self.show_origin)

        self.preview_model = QStandardItemModel(self)
        self.preview = self._named(
            QTableView(), "report_preview", self.tr("Preview: events per region")
        )
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.preview_caption = QLabel()
        preview_box = QGroupBox(self.tr("Preview: events per region"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview_caption)
        preview_layout.addWidget(self.preview)

        self.status = self._named(QLabel(), "report_status", self.tr("Export status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = self._named(
            QPushButton(self.tr("Open fi&le")),
            "report_open_file",
            self.tr("Open the exported file"),
        )
        self.folder_button = self._named(
            QPushButton(self.tr("Show in fol&der")),
            "report_show_folder",
            self.tr("Show the exported file in its folder"),
        )
        self.export_button = self._named(
            QPushButton(self.tr("&Export…")), "report_export", self.tr("Export the report to Excel")
        )
        self.close_button = self._named(
            QPushButton(self.tr("Close")), "report_close", self.tr("Close the report dialog")
        )
        self.export_button.setDefault(True)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_folder)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.folder_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        # The sheets span the top: beside the options their long labels took the width
        # the preview needs for its figures (it showed countries and regions only).
        below = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(options_box)
        left.addStretch(1)
        below.addLayout(left, 1)
        below.addWidget(preview_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(sheets_box)
        layout.addLayout(below, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(1000, 620)

    def _load_choices(self) -> None:
        with self._database.sessions() as session:
            choices = {
                "country": lookups.used_countries(session),
                "region": lookups.used_regions(session),
                "organization": lookups.used_organizations(session),
                "occasion": lookups.all_occasions(session),
            }
        for key, values in choices.items():
            fill_combo(self.combos[key], values, blank=self.tr("(any)"))
        fill_combo(self.gaps_occasion, choices["occasion"],
                   blank=self.tr("(the occasion of the filter)"))
        statuses = [
            (EventStatus.DRAFT, self.tr("draft")),
            (EventStatus.VERIFIED, self.tr("verified")),
        ]
        fill_combo(self.combos["status"], statuses, blank=self.tr("(any)"))

    def _apply_filter(self, flt: EventFilter) -> None:
        """Show the main window's filter in the dialog's fields."""
        for box, edit, day in (
            (self.use_from, self.date_from, flt.date_from),
            (self.use_to, self.date_to, flt.date_to),
        ):
            box.setChecked(day is not None)
            if day is not None:
                edit.set_value(day)
        for key in FILTER_KEYS:
            value = flt.status if key == "status" else getattr(flt, f"{key}_id")
            if value is not None and not select_data(self.combos[key], value):
                with self._database.sessions() as session:  # a value the lists do not offer
                    label = dict(flt.describe(session)).get(key.capitalize(), str(value))
                self.combos[key].addItem(label, value)
                select_data(self.combos[key], value)
        others = []
        if flt.text:
            others.append(self.tr("search “%1”").replace("%1", flt.text))
        if flt.event_type_id is not None:
            others.append(self.tr("one event type"))
        if flt.uuids is not None:
            others.append(self.tr("%Ln selected events", "", len(flt.uuids)))
        if flt.deleted:
            others.append(self.tr("deleted events"))
        self.other_filters.setText(
            self.tr("Also applied: %1").replace("%1", ", ".join(others)) if others else ""
        )
        self.other_filters.setVisible(bool(others))

    def _restore_choices(self) -> None:
        """The sheets, grouping, title and cover option of the last export: a clerk who
        sends the same report every quarter does not tick them again each time. The
        period and filters come from the main window's filter instead."""
        s = self._settings
        if s is None or s.value("report/sheets") is None:
            return
        chosen = set(str(s.value("report/sheets", "")).split(","))
        for key, box in self.sheet_boxes.items():
            box.setChecked(key in chosen)
        select_data(self.grouping, str(s.value("report/grouping", "month")))
        title = str(s.value("report/title", "") or "")
        if title:
            self.title_edit.setText(title)
        self.show_origin.setChecked(str(s.value("report/show_origin", "")) == "true")

    def _remember_choices(self, out: Path) -> None:
        """Keep what ``_restore_choices`` reads; the default title is not kept, so it
        follows the interface language."""
        s = self._settings
        if s is None:
            return
        title = self.title_edit.text().strip()
        s.setValue("report/sheets", ",".join(self.sheets()))
        s.setValue("report/grouping", self.grouping.currentData())
        s.setValue("report/title", "" if title == self.tr("Diaspora events report") else title)
        s.setValue("report/show_origin", "true" if self.show_origin.isChecked() else "false")
        s.setValue(LAST_DIR, str(out.parent))

    # --- the request ----------------------------------------------------------------

    def event_filter(self) -> EventFilter:
        """The filter the fields describe (text, type and selection kept from the window)."""
        flt = dataclasses.replace(self._base)
        flt.date_from = self.date_from.value() if self.use_from.isChecked() else None
        flt.date_to = self.date_to.value() if self.use_to.isChecked() else None
        flt.country_id = self.combos["country"].currentData()
        flt.region_id = self.combos["region"].currentData()
        flt.organization_id = self.combos["organization"].currentData()
        flt.occasion_id = self.combos["occasion"].currentData()
        flt.status = self.combos["status"].currentData()
        return flt

    def sheets(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.sheet_boxes.items() if box.isChecked())

    def options(self) -> ReportOptions:
        return ReportOptions(
            event_filter=self.event_filter(),
            granularity=self.grouping.currentData(),
            sheets=self.sheets(),
            title=self.title_edit.text().strip() or self.tr("Diaspora events report"),
            language=i18n.current_language(),
            gaps_occasion_id=self.gaps_occasion.currentData(),
            show_origin=self.show_origin.isChecked(),
        )

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(bool(self.sheets()) and self._thread is None)

    # --- preview --------------------------------------------------------------------

    def _schedule_preview(self) -> None:
        self._timer.start()

    def refresh_preview(self) -> None:
        """Regions x periods of the current filter, as the per-region sheet will show them:
        places named and ordered in the report's language (the interface's)."""
        from functools import cmp_to_key

        from db.localized import names_by_id
        from db.models import Country, Region
        from db.queries import events_per_region
        from desktop.reports.language import use_language
        from desktop.reports.periods import label, period_keys

        flt, granularity = self.event_filter(), self.grouping.currentData()
        problem = self.date_problem() or (
            self.tr("The period ends before it starts.")
            if flt.date_from and flt.date_to and flt.date_to < flt.date_from else "")
        if problem:
            self.preview_model.clear()
            self.preview_caption.setText(problem)
            return
        language = i18n.current_language()
        with self._database.sessions() as session:
            counts = events_per_region(session, flt, granularity)
            countries = names_by_id(session, Country, (c.country_id for c in counts), language)
            regions = names_by_id(session, Region, (c.region_id for c in counts), language)
        keys = period_keys(flt, [k for c in counts for k in c.per_period], granularity)
        no_country, no_region = self.tr("(no country)"), self.tr("(no region)")
        rows: dict[tuple[str, str], tuple[list[int], int]] = {}
        for c in counts:  # the sheet's counting rule: a period counts overlaps, a total once
            country = _named(countries, c.country_id) or c.country or no_country
            region = _named(regions, c.region_id) or c.region or no_region
            rows[(country, region)] = ([c.per_period.get(k, 0) for k in keys], c.events)
        word = cmp_to_key(i18n.collator(language).compare)

        def place_order(place: tuple[str, str]) -> tuple[bool, Any, bool, Any]:
            country, region = place
            return (country == no_country, word(country), region == no_region, word(region))
        model = self.preview_model
        model.clear()
        with use_language(language):  # the periods as the report heads them ("февр. 2025")
            periods = [label(k, granularity) for k in keys]
        model.setHorizontalHeaderLabels(
            [self.tr("Country"), self.tr("Region"), *periods, self.tr("Total")]
        )
        totals, events = [0] * len(keys), 0
        for (country, region), (numbers, count) in sorted(
            rows.items(), key=lambda row: place_order(row[0])
        ):
            model.appendRow(
                [_item(country), _item(region), *(_item(n) for n in numbers), _item(count)]
            )
            totals = [a + b for a, b in zip(totals, numbers, strict=True)]
            events += count
        if rows:
            total_row = [
                _item(self.tr("Total")),
                _item(""),
                *(_item(n) for n in totals),
                _item(events),
            ]
            for item in total_row:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            model.appendRow(total_row)
        self.preview_caption.setText(
            self.tr("%Ln events match.", "", events) if rows else self.tr("No events match.")
        )

    # --- export ---------------------------------------------------------------------

    def suggested_path(self) -> Path:
        """The file offered in the save dialog, in the folder of the last export (the home
        folder the first time): named by the report's period when it has both ends, so
        each quarter's report gets a name of its own; else the last file, else today's."""
        flt = self.event_filter()
        if flt.date_from is not None and flt.date_to is not None:
            name = f"diaspora-events-{flt.date_from}_{flt.date_to}.xlsx"
        elif self.last_path is not None:
            return self.last_path
        else:
            name = f"diaspora-events-{dt.date.today()}.xlsx"
        if self.last_path is not None:
            return self.last_path.parent / name
        folder = self._settings.value(LAST_DIR) if self._settings is not None else None
        return Path(str(folder or Path.home())) / name

    def choose_path(self) -> Path | None:
        """Ask where to save (the file dialog asks before replacing a file); tests
        replace this instead of driving a file dialog."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            str(self.suggested_path()),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return None
        if name.lower().endswith(".xlsx"):
            return Path(name)
        path = Path(name + ".xlsx")  # "Q1.2025" stays "Q1.2025.xlsx", not "Q1.xlsx"
        return path if not path.exists() or self._may_replace(path) else None

    def _may_replace(self, path: Path) -> bool:
        """The file dialog asked about the name typed, not this one with ".xlsx" added:
        ask here before another report is replaced."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("“%1” already exists. Replace it with the new report?")
            .replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def date_problem(self) -> str:
        """Why a ticked date is not a date ("" when both are): the report is not written
        for a period other than the one the clerk meant."""
        for box, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            if box.isChecked() and edit.problem_text():
                return self.tr("“%1”: %2").replace("%1", box.text().replace("&", "")).replace(
                    "%2", edit.problem_text())
        return ""

    def export(self) -> None:
        """Start the export in a worker thread behind a cancellable progress dialog."""
        if self._thread is not None:
            return
        problem = self.date_problem()
        if problem:
            self._show_status(problem, error=True)
            return
        options = self.options()
        try:
            options.validate()
        except Exception as error:  # ReportError: tell, do not start
            self._show_status(str(error), error=True)
            return
        out = self.choose_path()
        if out is None:
            return
        self._remember_choices(out)
        self._out = out
        self.open_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self._show_status(self.tr("Exporting to %1…").replace("%1", str(out)))
        progress = QProgressDialog(self.tr("Writing the report…"), self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("report_progress")
        progress.setAccessibleName(self.tr("Export progress"))
        progress.setWindowTitle(self.tr("Excel report"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self._progress = progress

        thread = QThread(self)
        worker = ExportWorker(self._database, out, options)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        worker.cancelled.connect(self._on_cancelled)
        # A slot of the dialog (GUI thread), not worker.cancel: the worker's own thread is
        # busy exporting, so a queued call to it would arrive only after the export.
        progress.canceled.connect(self.cancel_export)
        self._thread, self._worker = thread, worker
        self._update_buttons()
        thread.start()
        progress.show()

    def cancel_export(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(max(total, 1))
            self._progress.setValue(min(done, max(total, 1)))
            self._progress.setLabelText(
                self.tr("Writing the report… %1 of %2 events")
                .replace("%1", i18n.format_number(done))
                .replace("%2", i18n.format_number(total))
            )

    def _on_finished(self, summary: Any) -> None:
        self.last_path = summary.path
        self._stop()
        self._show_status(
            self.tr("Saved %1: %2 events in %3 s.")
            .replace("%1", str(summary.path))
            .replace("%2", i18n.format_number(summary.events))
            .replace("%3", i18n.locale().toString(float(summary.seconds), "f", 1))
        )
        self.exported.emit(summary)

    def _on_failed(self, message: str) -> None:
        self._stop()
        self._show_status(
            self.tr("The report was not saved: %1").replace("%1", message), error=True
        )

    def _on_cancelled(self) -> None:
        self._stop()
        self._show_status(self.tr("Export cancelled; no file was written."))

    def _stop(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread, self._worker = None, None
        self._update_buttons()
        # a cancelled or failed export leaves the last report there to open
        saved = self.last_path is not None and self.last_path.exists()
        self.open_button.setEnabled(saved)
        self.folder_button.setEnabled(saved)

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    def is_exporting(self) -> bool:
        return self._thread is not None

    def open_file(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))

    def show_folder(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path.parent)))

    def done(self, result: int) -> None:
        """Closing while exporting cancels the export and waits for the thread."""
        if self._thread is not None:
            self.cancel_export()
            self._thread.quit()
            self._thread.wait()
        super().done(result)


NAMES_SHOWN = 24
"""Characters of a chosen name a filter list is sized for, whatever its longest name."""


def _fit_names(combo: QComboBox) -> None:
    """Size a list of the data set's names for a short name, not its longest: one
    organization registered under a long name made the options as wide as the dialog
    and scrolled the preview's figures out of sight."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(NAMES_SHOWN)


def _item(value: object) -> QStandardItem:
    """A preview cell; a count written as the window writes numbers ("1 203" in Russian)."""
    item = QStandardItem(i18n.format_number(value) if isinstance(value, int) else str(value))
    if isinstance(value, int):
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setEditable(False)
    return item


def _named(names: dict[int, str], record_id: int | None) -> str | None:
    return None if record_id is None else names.get(record_id)
