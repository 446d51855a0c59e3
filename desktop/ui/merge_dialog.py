"""Merge another office's database: compare, decide every conflict, then merge.

Comparing reads both databases in a worker thread and writes nothing. Each
event both offices changed since they last met is listed with a decision
(keep mine, take theirs, or field by field); an undecided conflict is left
as it is and reported, never settled silently. Their new events that look like
ours are listed beside ours with a check box: ticked, added as new events;
unticked (the default), skipped and named in the report. Empty fields here that their
copy of a shared record has filled are listed ticked: filled with theirs unless unticked,
named in the report. The counts shown are those of the merge with the choices made. The
merge itself is one
transaction recorded as one batch: Edit → Undo takes it back (``diaspora-events
undo-import`` on the command line).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.change_values import display_value
from db.engine import Database
from desktop.importing.errors import MergeError
from desktop.importing.merge import (
    FillIn,
    LookAlike,
    MergeConflict,
    MergePlan,
    MergeReport,
    apply_merge,
    event_text,
    expected,
    fill_label,
    plan_merge,
    plan_notes,
)
from desktop.ui.conflict_dialog import MINE, FieldChoiceDialog
from desktop.ui.history_words import field_label
from desktop.ui.worker import Job, start_job

UNDECIDED, KEEP_MINE, TAKE_THEIRS, FIELD_BY_FIELD = range(4)


class TickTable(QTableWidget):
    """A table whose first column holds a check box per row: Space ticks or unticks the
    current row's, whichever of its cells has the focus."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        if event.key() == Qt.Key.Key_Space and item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


class MergeDialog(QDialog):
    """Pick the other office's data, compare, decide, merge."""

    merged = Signal(object)

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge another office's data"))
        self.database = database
        self.plan: MergePlan | None = None
        self.report: MergeReport | None = None
        self.merged_with: tuple[MergePlan, dict[uuid.UUID, Any]] | None = None
        """The plan and decisions of the last merge run (its undo command merges again)."""
        self.field_choices: dict[uuid.UUID, dict[str, str]] = {}
        self._thread: QThread | None = None
        self._job: Job | None = None

        self.source = QLineEdit()
        self.source.setObjectName("merge_source")
        self.source.setAccessibleName(self.tr("The other office's database"))
        self.source.setPlaceholderText(self.tr("A .sqlite file or a postgresql+psycopg:// URL"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("merge_browse")
        browse.clicked.connect(self.choose_file)
        self.compare_button = QPushButton(self.tr("&Compare"))
        self.compare_button.setObjectName("merge_compare")
        self.compare_button.clicked.connect(self.compare)
        self.summary = QLabel(self.tr("Nothing is changed until you press Merge."))
        self.summary.setObjectName("merge_summary")
        self.summary.setWordWrap(True)

        self.conflicts = QTableWidget(0, 3)
        self.conflicts.setObjectName("merge_conflicts")
        self.conflicts.setAccessibleName(self.tr("Events both offices changed"))
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("Event"), self.tr("Fields that differ"), self.tr("Decision")]
        )
        self.conflicts.horizontalHeader().setStretchLastSection(True)
        self.conflicts.verticalHeader().setVisible(False)
        self.conflicts.resizeColumnsToContents()  # the headers whole before a comparison

        self.look_alikes_label = QLabel(self.tr("&Look-alikes"))
        self.look_alikes = TickTable(0, 3)
        self.look_alikes.setObjectName("merge_look_alikes")
        self.look_alikes.setAccessibleName(self.tr("Their new events that look like ours"))
        self.look_alikes.setHorizontalHeaderLabels(
            [self.tr("Their event (ticked: add it)"), self.tr("Ours"), self.tr("What differs")]
        )
        self.look_alikes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.look_alikes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.look_alikes.setWordWrap(True)
        self.look_alikes.horizontalHeader().setStretchLastSection(True)
        self.look_alikes.verticalHeader().setVisible(False)
        self.look_alikes.itemChanged.connect(self._count_look_alikes)
        self.look_alikes_label.setBuddy(self.look_alikes)
        self.look_alikes_count = QLabel()
        self.look_alikes_count.setObjectName("merge_look_alikes_count")
        self.look_alikes_count.setWordWrap(True)
        self.add_all = QPushButton(self.tr("A&dd all"))
        self.add_all.setObjectName("merge_add_all")
        self.add_all.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.skip_all = QPushButton(self.tr("S&kip all"))
        self.skip_all.setObjectName("merge_skip_all")
        self.skip_all.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))

        self.fill_ins_label = QLabel(self.tr("&Fill-ins"))
        self.fill_ins = TickTable(0, 3)
        self.fill_ins.setObjectName("merge_fill_ins")
        self.fill_ins.setAccessibleName(self.tr("Empty fields here that their copy has filled"))
        self.fill_ins.setHorizontalHeaderLabels(
            [self.tr("Record here (ticked: fill in)"), self.tr("Field"), self.tr("Their value")]
        )
        self.fill_ins.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fill_ins.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fill_ins.horizontalHeader().setStretchLastSection(True)
        self.fill_ins.verticalHeader().setVisible(False)
        self.fill_ins.itemChanged.connect(self._count_fill_ins)
        self.fill_ins_label.setBuddy(self.fill_ins)
        self.fill_ins_count = QLabel()
        self.fill_ins_count.setObjectName("merge_fill_ins_count")
        self.fill_ins_count.setWordWrap(True)
        self.fill_all = QPushButton(self.tr("Fill &all"))
        self.fill_all.setObjectName("merge_fill_all")
        self.fill_all.clicked.connect(lambda: _tick_all(self.fill_ins, Qt.CheckState.Checked))
        self.fill_none = QPushButton(self.tr("Fill &none"))
        self.fill_none.setObjectName("merge_fill_none")
        self.fill_none.clicked.connect(
            lambda: _tick_all(self.fill_ins, Qt.CheckState.Unchecked))

        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("merge_apply")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.source, 1)
        top.addWidget(browse)
        top.addWidget(self.compare_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.merge_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.conflicts, 1)
        ticks = QHBoxLayout()
        ticks.addWidget(self.look_alikes_label)
        ticks.addWidget(self.look_alikes_count, 1)
        ticks.addWidget(self.add_all)
        ticks.addWidget(self.skip_all)
        self.look_alikes_box = QWidget()
        box = QVBoxLayout(self.look_alikes_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(ticks)
        box.addWidget(self.look_alikes, 1)
        self.look_alikes_box.setVisible(False)
        layout.addWidget(self.look_alikes_box)  # its rows' height; the rest to conflicts
        fill_ticks = QHBoxLayout()
        fill_ticks.addWidget(self.fill_ins_label)
        fill_ticks.addWidget(self.fill_ins_count, 1)
        fill_ticks.addWidget(self.fill_all)
        fill_ticks.addWidget(self.fill_none)
        self.fill_ins_box = QWidget()
        fill_box = QVBoxLayout(self.fill_ins_box)
        fill_box.setContentsMargins(0, 0, 0, 0)
        fill_box.addLayout(fill_ticks)
        fill_box.addWidget(self.fill_ins, 1)
        self.fill_ins_box.setVisible(False)
        layout.addWidget(self.fill_ins_box)
        layout.addLayout(bottom)
        # Enter in the path compares. No button takes Enter elsewhere: the dialog's first
        # (Browse) took it from the path, and a stray Enter in a table must not compare
        # again over the decisions made (Space still presses a focused button).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.source.returnPressed.connect(self.compare)
        self.resize(860, 480)

    # --- comparing ------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The other office's database"),
            "",
            self.tr("Diaspora Events data (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.source.setText(path)

    def is_busy(self) -> bool:
        return self._thread is not None

    def _run(self, work: Callable[[], object], on_done: Callable[[Any], None]) -> None:
        self.compare_button.setEnabled(False)
        self.merge_button.setEnabled(False)
        self._thread, self._job = start_job(
            self, work, on_done, self._failed, self._finished, expected=(MergeError,)
        )

    def _finished(self) -> None:
        self._thread = None
        self._job = None
        self.compare_button.setEnabled(True)
        self.merge_button.setEnabled(self.plan is not None and self.report is None)

    def _failed(self, message: str) -> None:
        self.plan = None
        self.summary.setText(self.tr("Nothing was merged: {error}").format(error=message))

    def compare(self) -> None:
        peer = self.source.text().strip()
        if self.is_busy():  # Enter pressed again while it compares
            return
        if not peer:
            self.summary.setText(self.tr("Choose the other office's database first."))
            return
        self.plan, self.report = None, None
        self.summary.setText(self.tr("Comparing…"))
        self._run(
            lambda: plan_merge(self.database, Path(peer) if "://" not in peer else peer),
            self._show_plan,
        )

    def _show_counts(self) -> None:
        """What the merge will add with the choices made so far (a look-alike unticked, or
        a conflict kept as ours, brings nothing in): the counts follow each choice."""
        plan = self.plan
        if plan is None or self.report is not None:
            return
        will = expected(plan, self.decisions())
        self.summary.setText(
            self.tr(
                "New events: {add}; newer there: {take}; newer here: {keep}; the same: "
                "{same}; changed in both offices: {conflicts}. New organizations: {orgs}; new "
                "people: {people}."
            ).format(
                add=len(will.added),
                take=len(plan.take),
                keep=len(plan.keep),
                same=len(plan.same),
                conflicts=len(plan.conflicts),
                orgs=len(will.added_organizations),
                people=len(will.added_people),
            )
            + "".join("\n" + note for note in plan_notes(plan))
        )

    def _show_plan(self, plan: MergePlan) -> None:
        self.plan = plan
        self.conflicts.setVisible(bool(plan.conflicts))  # an empty table only takes room
        self.conflicts.setRowCount(len(plan.conflicts))
        for row, conflict in enumerate(plan.conflicts):
            self.conflicts.setItem(row, 0, QTableWidgetItem(conflict.title))
            self.conflicts.setItem(
                row, 1, QTableWidgetItem(", ".join(field_label(f) for f in conflict.fields))
            )
            choice = QComboBox()
            choice.setObjectName(f"decision_{row}")
            choice.setAccessibleName(self.tr("Decision for {title}").format(title=conflict.title))
            choice.addItems(
                [
                    self.tr("Decide later"),
                    self.tr("Keep mine"),
                    self.tr("Take theirs"),
                    self.tr("Field by field…"),
                ]
            )
            choice.activated.connect(lambda index, c=conflict: self._decided(c, index))
            self.conflicts.setCellWidget(row, 2, choice)
        self.conflicts.resizeColumnsToContents()
        self._fit_conflicts()
        self._show_look_alikes(plan.look_alikes)
        self._show_fill_ins(plan.fill_ins)
        self._show_counts()

    def _show_fill_ins(self, fill_ins: list[FillIn]) -> None:
        """One row a field, ticked: their value fills ours unless the clerk unticks it."""
        self.fill_ins_box.setVisible(bool(fill_ins))
        self.fill_ins.blockSignals(True)
        self.fill_ins.setRowCount(len(fill_ins))
        for row, fill in enumerate(fill_ins):
            record = QTableWidgetItem(fill.name)
            record.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                            | Qt.ItemFlag.ItemIsUserCheckable)
            record.setCheckState(Qt.CheckState.Checked)
            shown = (display_value(fill.field, fill.value) if fill.kind == "event"
                     else str(fill.value))
            self.fill_ins.setItem(row, 0, record)
            for column, text in ((1, fill_label(fill)), (2, shown)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.fill_ins.setItem(row, column, item)
        self.fill_ins.blockSignals(False)
        self.fill_ins.resizeColumnsToContents()
        self.fill_ins.setMaximumHeight(_height_of_rows(self.fill_ins,
                                                       min(self.fill_ins.rowCount(), 6)))
        self._count_fill_ins()

    def chosen_fills(self) -> list[FillIn]:
        """The fill-ins still ticked: those the merge makes."""
        if self.plan is None:
            return []
        return [fill for fill, ticked in zip(self.plan.fill_ins, _ticked(self.fill_ins),
                                             strict=True) if ticked]

    def _count_fill_ins(self) -> None:
        ticked = _ticked(self.fill_ins)
        self.fill_ins_count.setText(self.tr(
            "To fill in with theirs: {fill}. To leave empty here: {leave}."
        ).format(fill=sum(ticked), leave=len(ticked) - sum(ticked)))

    SHOWN_CONFLICTS = 6
    """Conflicts the table always has room for (more scroll): each waits for a decision."""

    def _fit_conflicts(self) -> None:
        """At least as tall as its first rows, so the window grows rather than hide them."""
        table = self.conflicts
        table.setMinimumHeight(_height_of_rows(table, min(table.rowCount(),
                                                          self.SHOWN_CONFLICTS)))

    def _show_look_alikes(self, look_alikes: list[LookAlike]) -> None:
        """One row a pair, theirs unticked: nothing that may repeat ours goes in unchosen."""
        self.look_alikes_box.setVisible(bool(look_alikes))
        self.look_alikes.blockSignals(True)
        self.look_alikes.setRowCount(len(look_alikes))
        for row, alike in enumerate(look_alikes):
            theirs = QTableWidgetItem(self._their_text(alike))
            theirs.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                            | Qt.ItemFlag.ItemIsUserCheckable)
            theirs.setCheckState(Qt.CheckState.Unchecked)
            ours = QTableWidgetItem(
                "\n".join(event_text(o) for o in alike.ours)
                or self.tr("None looks like it now"))
            differs = QTableWidgetItem(", ".join(field_label(f) for f in alike.differs))
            for column, item in enumerate((theirs, ours, differs)):
                if column:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.look_alikes.setItem(row, column, item)
        self.look_alikes.blockSignals(False)
        self.look_alikes.setColumnWidth(0, 320)
        self.look_alikes.setColumnWidth(1, 320)
        self.look_alikes.resizeRowsToContents()
        self._fit_look_alikes()
        if look_alikes:
            self.look_alikes.setCurrentCell(0, 0)
        self._count_look_alikes()

    def _fit_look_alikes(self) -> None:
        """No taller than its rows: the room left goes to the conflicts, each to decide."""
        table = self.look_alikes
        table.setMaximumHeight(_height_of_rows(table, table.rowCount()))

    def _their_text(self, alike: LookAlike) -> str:
        """Their event, and when an earlier merge skipped it (it is not plainly new)."""
        text = event_text(alike.theirs)
        if alike.skipped_before is None:
            return text
        return text + "\n" + self.tr("Skipped at the merge of {date}").format(
            date=alike.skipped_before.date().isoformat())

    def _tick_all(self, state: Qt.CheckState) -> None:
        _tick_all(self.look_alikes, state)

    def _ticked(self) -> list[bool]:
        """Per look-alike row, whether the clerk ticked it to be added."""
        return _ticked(self.look_alikes)

    def _count_look_alikes(self) -> None:
        ticked = self._ticked()
        self.look_alikes_count.setText(self.tr(
            "To add as new events: {add}. To skip, keeping only ours: {skip} (named in the "
            "report, offered again at the next merge)."
        ).format(add=sum(ticked), skip=len(ticked) - sum(ticked)))
        self._show_counts()

    def _decided(self, conflict: MergeConflict, index: int) -> None:
        if index == FIELD_BY_FIELD:
            self.choose_fields(conflict)
        self._show_counts()

    def choose_fields(self, conflict: MergeConflict) -> FieldChoiceDialog:
        dialog = FieldChoiceDialog(
            {name: display_value(name, value) for name, value in conflict.mine.items()},
            {name: display_value(name, value) for name, value in conflict.theirs.items()},
            conflict.fields,
            self.tr("“{title}” was changed in both offices. Choose each field's version.").format(
                title=conflict.title
            ),
            self,
        )
        dialog.setWindowTitle(self.tr("Changed in both offices"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.field_choices[conflict.uuid] = {
                name: "mine" if side == MINE else "theirs" for name, side in dialog.chosen().items()
            }
        return dialog

    # --- merging --------------------------------------------------------------------

    def decisions(self) -> dict[uuid.UUID, Any]:
        chosen: dict[uuid.UUID, Any] = {}
        if self.plan is None:
            return chosen
        for row, conflict in enumerate(self.plan.conflicts):
            widget = self.conflicts.cellWidget(row, 2)
            index = widget.currentIndex() if isinstance(widget, QComboBox) else UNDECIDED
            if index == KEEP_MINE:
                chosen[conflict.uuid] = "mine"
            elif index == TAKE_THEIRS:
                chosen[conflict.uuid] = "theirs"
            elif index == FIELD_BY_FIELD and conflict.uuid in self.field_choices:
                chosen[conflict.uuid] = self.field_choices[conflict.uuid]
        for alike, ticked in zip(self.plan.look_alikes, self._ticked(), strict=True):
            chosen[alike.uuid] = "theirs" if ticked else "mine"
        return chosen

    def merge(self) -> None:
        if self.plan is None or self.is_busy():
            return
        # the plan with only the fill-ins still ticked: a redo after undo makes the same
        plan = dataclasses.replace(self.plan, fill_ins=self.chosen_fills())
        decisions = self.decisions()
        self.merged_with = (plan, decisions)
        self.summary.setText(self.tr("Merging…"))
        self._run(lambda: apply_merge(self.database, plan, decisions), self._show_report)

    def _show_report(self, report: MergeReport) -> None:
        self.report = report
        waiting = ", ".join(c.title for c in report.conflicts) or self.tr("none")
        self.summary.setText(
            self.tr(
                "Merged: {added} added, {updated} updated, {skipped} the same, {kept} kept as "
                "here. Still to decide (left as they are here): {waiting}. Undo the merge "
                "with Edit → Undo (Ctrl+Z)."
            ).format(
                added=len(report.added),
                updated=len(report.updated),
                skipped=report.skipped,
                kept=len(report.kept_mine),
                waiting=waiting,
            )
        )
        if report.skipped_look_alikes:
            self.summary.setText(self.summary.text() + "\n" + self.tr(
                "Skipped as look-alikes: {count} (ours kept; the next merge offers them "
                "again): {titles}."
            ).format(count=len(report.skipped_look_alikes),
                     titles="; ".join(str(a.theirs["title"]) for a in report.skipped_look_alikes)))
        held_back = [*report.held_back_cities, *report.held_back_occasions,
                     *report.held_back_organizations, *report.held_back_people]
        if held_back:
            self.summary.setText(self.summary.text() + "\n" + self.tr(
                "Not added to the reference lists, as only events not merged name them: "
                "{names}."
            ).format(names="; ".join(held_back)))
        if report.filled:
            self.summary.setText(self.summary.text() + "\n" + self.tr(
                "Empty fields here filled with theirs: {fields}."
            ).format(fields="; ".join(
                f"{fill.name}: {fill_label(fill)} = " + (
                    display_value(fill.field, fill.value) if fill.kind == "event"
                    else str(fill.value)) for fill in report.filled)))
        self.merged.emit(report)

    def done(self, result: int) -> None:
        """Wait for running work before closing."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(10_000)
        super().done(result)


def _tick_all(table: QTableWidget, state: Qt.CheckState) -> None:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None:
            item.setCheckState(state)


def _ticked(table: QTableWidget) -> list[bool]:
    """Per row, whether its first cell's box is ticked."""
    items = (table.item(row, 0) for row in range(table.rowCount()))
    return [item is not None and item.checkState() == Qt.CheckState.Checked for item in items]


def _height_of_rows(table: QTableWidget, rows: int) -> int:
    """The height a table needs to show its header and first ``rows`` rows whole."""
    shown = sum(table.rowHeight(row) for row in range(rows))
    return shown + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
