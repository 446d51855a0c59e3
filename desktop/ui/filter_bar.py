"""The filter bar above the events table; it produces one EventFilter.

Combos list only the countries, regions and organizations that occur in
events, so they stay short on a database with every subdivision of the world.
Each list is read when the clerk first reaches it (focus, a click, the wheel), not
while the window opens: reading and sorting them cost a tenth of the start.
Typing in the search box waits a moment before filtering, so each keystroke does not run
a query; a date filters when the clerk is done with it (Enter, or leaving the field). A
date is read as the event form reads one (``DateField``): text that is not a day filters
by nothing, and the bar says so.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from db.queries import EventFilter
from db.search import searches
from db.tables import EventStatus
from desktop.ui import i18n
from desktop.ui.date_field import DateField
from desktop.ui.widgets import ERROR_STYLE, fill_combo, select_data

if TYPE_CHECKING:  # event types are made when first handed to Python, not at start
    from collections.abc import Callable, Sequence

    from PySide6.QtGui import QFocusEvent, QWheelEvent

    from db.engine import Database, Reader

TEXT_DELAY_MS = 250
COMBOS = ("country", "region", "organization", "occasion", "status")
LISTS = ("country", "region", "organization", "occasion")
"""The combos whose choices come from the data set."""


def list_choices(key: str, reader: Reader) -> Sequence[tuple[int, str]]:
    """The choices of the list ``key`` (one of LISTS). Its queries' module is imported
    here, when a list is first reached, not while the window opens."""
    from desktop.ui import lookups

    queries: dict[str, Callable[[Reader], Sequence[tuple[int, str]]]] = {
        "country": lookups.used_countries,
        "region": lookups.used_regions,
        "organization": lookups.used_organizations,
        "occasion": lookups.all_occasions,
    }
    return queries[key](reader)


class ChoiceCombo(QComboBox):
    """A filter list that reads its choices the first time the clerk reaches it."""

    def __init__(self, fill: Callable[[], None]):
        super().__init__()
        self._fill = fill
        self.filled = False

    def fill(self) -> None:
        """Read the choices now, unless they were read already."""
        if not self.filled:
            self._fill()
            self.filled = True

    def focusInEvent(self, event: QFocusEvent) -> None:  # Tab, a click
        self.fill()
        super().focusInEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # turns the choice without focus
        self.fill()
        super().wheelEvent(event)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()


class FilterBar(QWidget):
    """Text, period and list filters; ``changed`` fires with the new filter."""

    changed = Signal(object)

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filter_bar")
        self._database = database
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self._date_pending = False
        """A ticked date changed since the filter was last handed on."""
        self._build()
        fill_combo(
            self.combos["status"],
            [
                (EventStatus.DRAFT.value, self.tr("draft")),
                (EventStatus.VERIFIED.value, self.tr("verified")),
            ],
            blank=self.tr("(any)"),
        )

    def _named(self, widget: QWidget, name: str, accessible: str) -> Any:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        self.text = self._named(QLineEdit(), "filter_text", self.tr("Search"))
        self.text.setPlaceholderText(self.tr("Search titles, places, organizations, people…"))
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(lambda _: self._timer.start())
        self.text.returnPressed.connect(self._emit_now)
        self._build_search_clear()
        self.text_problem = self._named(QLabel(), "filter_text_problem", self.tr("Search problem"))
        self.text_problem.setStyleSheet(ERROR_STYLE)
        self.text_problem.setWordWrap(True)
        self.text_problem.setVisible(False)

        self.use_from = self._named(
            QCheckBox(self.tr("From")), "filter_use_from", self.tr("Filter from date")
        )
        self.date_from = self._named(DateField(), "filter_date_from", self.tr("From date"))
        self.use_to = self._named(
            QCheckBox(self.tr("to")), "filter_use_to", self.tr("Filter to date")
        )
        self.date_to = self._named(DateField(), "filter_date_to", self.tr("To date"))
        today = dt.date.today()
        self.date_from.set_value(today.replace(month=1, day=1))
        self.date_to.set_value(today)
        self.date_problem = self._named(QLabel(), "filter_date_problem", self.tr("Date problem"))
        self.date_problem.setStyleSheet(ERROR_STYLE)
        self.date_problem.setWordWrap(True)
        self.date_problem.setVisible(False)
        for box, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(self._show_date_problems)
            box.toggled.connect(self._emit_now)
            edit.dateChanged.connect(partial(self._date_changed, box))
            edit.editingFinished.connect(self._date_finished)

        self.combos: dict[str, QComboBox] = {}
        labels = {
            "country": self.tr("Country"),
            "region": self.tr("Region"),
            "organization": self.tr("Organization"),
            "occasion": self.tr("Occasion"),
            "status": self.tr("Status"),
        }
        anything = self.tr("(any)")
        for key in COMBOS:
            box = ChoiceCombo(partial(self._fill, key)) if key in LISTS else QComboBox()
            combo = self._named(box, f"filter_{key}", labels[key])
            combo.addItem(anything, None)
            self._size(combo, listed=key in LISTS)
            combo.currentIndexChanged.connect(self._emit_now)
            self.combos[key] = combo
        self.clear_button = self._named(
            QPushButton(self.tr("Clear filters")), "filter_clear", self.tr("Clear filters")
        )
        self.clear_button.clicked.connect(self.clear)

        first = QHBoxLayout()
        for widget in (
            self.text,
            self.use_from,
            self.date_from,
            self.use_to,
            self.date_to,
            self.clear_button,
        ):
            first.addWidget(widget)
        first.setStretch(0, 1)
        second = QHBoxLayout()
        for key in COMBOS:
            caption = QLabel(labels[key])
            caption.setBuddy(self.combos[key])
            second.addWidget(caption)
            second.addWidget(self.combos[key], 1 if key != "status" else 0)
        layout.addLayout(first)
        layout.addWidget(self.text_problem)
        layout.addWidget(self.date_problem)
        layout.addLayout(second)

    def _build_search_clear(self) -> None:
        """Escape in the search box clears the search at once: the clerk is back to the
        events the other filters show, ready to type the next word."""
        action = QAction(self.text)
        action.setObjectName("action_clear_search")
        action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(self.clear_search)
        self.text.addAction(action)

    def clear_search(self) -> None:
        """Empty the search box and filter by the rest now (not after the typing pause)."""
        if self.text.text():
            self.text.clear()
            self._emit_now()

    @staticmethod
    def _size(combo: QComboBox, listed: bool) -> None:
        """A list of the data set's records shares the row's width (its names may be
        long); the status list is as wide as its longest word, so the status chosen is
        never cut off ("провере…")."""
        if listed:
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(4)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        else:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def reload_choices(self) -> None:
        """Refill the lists read so far after events were saved or deleted, keeping what is
        chosen (a list not reached yet is read when it is)."""
        for key in LISTS:
            if self._list(key).filled:
                self._fill(key)

    def _list(self, key: str) -> ChoiceCombo:
        combo = self.combos[key]
        assert isinstance(combo, ChoiceCombo)
        return combo

    def _fill(self, key: str) -> None:
        with self._database.connect() as connection:
            choices = list_choices(key, connection)
        fill_combo(self.combos[key], list(choices), blank=self.tr("(any)"))

    # --- the filter ------------------------------------------------

    def event_filter(self) -> EventFilter:
        status = self.combos["status"].currentData()
        return EventFilter(
            text=self.text.text().strip() or None,
            date_from=self._day(self.use_from, self.date_from),
            date_to=self._day(self.use_to, self.date_to),
            country_id=self.combos["country"].currentData(),
            region_id=self.combos["region"].currentData(),
            organization_id=self.combos["organization"].currentData(),
            occasion_id=self.combos["occasion"].currentData(),
            status=EventStatus(status) if status else None,
        )

    @staticmethod
    def _day(box: QCheckBox, edit: DateField) -> dt.date | None:
        """The day a ticked date filters by; None when not ticked or not a day."""
        return edit.value() if box.isChecked() else None

    def _date_changed(self, box: QCheckBox, _day: dt.date | None) -> None:
        """A ticked date filters once the clerk is done with it (Enter, or leaving the field),
        not after a pause: "26.02.2" on the way to "26.02.2025" is a day of 2002."""
        self._date_pending = self._date_pending or box.isChecked()
        if not self.date_problem.isHidden():
            self._show_date_problems()  # corrected: the message goes

    def _date_finished(self) -> None:
        """Done with a date: it is shown in full, or its problem is; a change filters now."""
        self._show_date_problems()
        if self._date_pending:
            self._emit_now()

    def _show_date_problems(self) -> None:
        """Say which ticked date is not applied and why: the table is not filtered by it."""
        problems = [
            self.tr("The “{field}” filter is not applied. {problem}").format(
                field=box.text(), problem=edit.problem_text()
            )
            for box, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to))
            if box.isChecked() and edit.problem_text()
        ]
        first = self._day(self.use_from, self.date_from)
        last = self._day(self.use_to, self.date_to)
        if first is not None and last is not None and last < first:
            problems.append(
                self.tr("The period ends ({last}) before it starts ({first}): no event can "
                        "match. Correct one of the dates.").format(
                    first=i18n.format_date(first), last=i18n.format_date(last))
            )
        self.date_problem.setText("\n".join(problems))
        self.date_problem.setVisible(bool(problems))

    def flush(self) -> None:
        """Filter now by text still waiting for its pause (the clerk has moved on)."""
        if self._timer.isActive():
            self._emit_now()

    def _emit_now(self) -> None:
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        self._date_pending = False
        self._show_text_problem()
        self.changed.emit(self.event_filter())

    def _show_text_problem(self) -> None:
        """Say when the search filters by nothing: every event the other filters leave is
        shown, and the clerk must not take them for matches."""
        typed = self.text.text().strip()
        unsearched = bool(typed) and not searches(typed)
        if unsearched:
            self.text_problem.setText(
                self.tr("Nothing to search for in “{text}”: type a word of two letters or "
                        "more. The table shows every event the other filters leave.").format(
                    text=typed)
            )
        self.text_problem.setVisible(unsearched)

    def clear(self) -> None:
        self.blockSignals(True)
        self.text.clear()
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        self.blockSignals(False)
        self._emit_now()

    # --- remembered between sessions ------------------------------------------------

    def state(self) -> dict[str, Any]:
        """The filters as JSON-ready values for QSettings."""
        days = {
            "from": self._day(self.use_from, self.date_from),
            "to": self._day(self.use_to, self.date_to),
        }
        return {
            "text": self.text.text(),
            **{key: day.isoformat() if day else None for key, day in days.items()},
            **{key: self.combos[key].currentData() for key in COMBOS},
        }

    def restore(self, state: dict[str, Any]) -> None:
        """Apply saved filters; values that no longer exist are dropped silently."""
        self.blockSignals(True)
        try:
            self.text.setText(str(state.get("text") or ""))
            for key, box, edit in (
                ("from", self.use_from, self.date_from),
                ("to", self.use_to, self.date_to),
            ):
                value = state.get(key)
                box.setChecked(bool(value))
                if value:
                    edit.set_value(dt.date.fromisoformat(value))
            for key in COMBOS:
                value = state.get(key)
                if value is not None and key in LISTS:
                    self._list(key).fill()
                if value is None or not select_data(self.combos[key], value):
                    self.combos[key].setCurrentIndex(0)
        except (TypeError, ValueError):
            pass
        finally:
            self.blockSignals(False)
        self._show_date_problems()  # of the dates as restored, not as set on the way
        self._emit_now()
