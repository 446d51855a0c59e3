"""The date field of the forms and the filter bars: a date typed as text, read as
reports write it.

It reads typed dates with desktop.date_entry (Babel's locale data), imported at the first
date the clerk types: the first window shows two of these in its filter bar and opens
without it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.ui import i18n

if TYPE_CHECKING:
    from desktop.date_entry import DateEntryError

EXAMPLE_DAY = dt.date(2025, 2, 25)


class DateField(QLineEdit):
    """A date typed as text, the way reports write it: one Tab, nothing changed silently.

    Reads what the clerk types with the interface locale (``desktop.date_entry``).
    Text that is not a date stays as typed, with ``problem()`` saying why; a valid
    date is rewritten in the interface's format when the clerk leaves the field,
    and ``meaning()`` spells it out ("Tuesday, 4 March 2025") so an ambiguous
    "03/04/2025" cannot be misread.
    """

    dateChanged = Signal(object)
    """The date the text means now (None when empty or not a date)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._precision = "day"
        self._value: dt.date | None = None
        self._problem: DateEntryError | None = None
        self.setMaxLength(40)
        self.setProperty("invalid", False)
        self._update_placeholder()
        self.textChanged.connect(self._reparse)
        self.editingFinished.connect(self.tidy)

    def precision(self) -> str:
        return self._precision

    def set_precision(self, precision: str) -> None:
        """Day, month or year: what the clerk has to type; a valid date is kept to the day
        (month, then day again gives back the day typed, not the 1st)."""
        if precision == self._precision:
            return
        value = self._value
        self._precision = precision
        self._update_placeholder()
        if value is not None:
            self.set_value(value)
        else:
            self._reparse()

    def _update_placeholder(self) -> None:
        example = i18n.format_date(EXAMPLE_DAY, self._precision)
        self.setPlaceholderText(example)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(example + "  ") + 16)

    def value(self) -> dt.date | None:
        return self._value

    def set_value(self, day: dt.date | None) -> None:
        """Show ``day`` at the field's precision; the value stays the whole date (an event
        stored as "March 2025" with its 5th keeps the 5th when it is saved again)."""
        before, self._value = self._value, day
        self.setText(i18n.format_date(day, self._precision) if day else "")
        self.setCursorPosition(0)
        if day != before:
            self.dateChanged.emit(day)

    def problem(self) -> DateEntryError | None:
        """Why the text is not a date, or None when it is one (or is empty)."""
        return self._problem

    def problem_text(self) -> str:
        return date_problem_text(self._problem, self._precision) if self._problem else ""

    def meaning(self) -> str:
        """The date in words, or "" when there is none."""
        if self._value is None:
            return ""
        from desktop.date_entry import describe_date

        return describe_date(self._value, i18n.locale().name(), self._precision)

    def _reparse(self) -> None:
        value, self._problem = self._read(self.text())
        if not self._problem and self.property("invalid"):
            self._mark(False)
        if value != self._value:
            self._value = value
            self.dateChanged.emit(value)

    def _read(self, text: str) -> tuple[dt.date | None, DateEntryError | None]:
        """The date the text means at the field's precision, or why it is none. A month or
        a year field keeps the day (or month) that was typed ("5 марта 2025"), or that it
        held in the same month or year, so nothing the clerk gave is dropped by showing
        less of it. The text :meth:`set_value` wrote (or none) is read without the parser."""
        held = self._value
        if not text.strip():
            return None, None
        if held is not None and text == i18n.format_date(held, self._precision):
            return held, None
        from desktop.date_entry import PRECISIONS, DateEntryError, parse_date

        locale = i18n.locale().name()
        try:
            value = parse_date(text, locale, self._precision)
        except DateEntryError as error:
            return None, error
        read_as = self._precision
        for finer in PRECISIONS[: PRECISIONS.index(self._precision)]:
            try:
                value, read_as = parse_date(text, locale, finer), finer
                break
            except DateEntryError:
                continue
        if value is not None and held is not None and same_period(held, value, read_as):
            return held, None
        return value, None

    def tidy(self) -> None:
        """Leaving the field: a date is shown in the standard form, a non-date is marked."""
        if self._value is not None:
            canonical = i18n.format_date(self._value, self._precision)
            if self.text() != canonical:
                self.setText(canonical)
        self._mark(self._problem is not None)

    def _mark(self, invalid: bool) -> None:
        self.setProperty("invalid", invalid)
        self.setStyleSheet("border: 1px solid #b00020;" if invalid else "")


def date_problem_text(problem: DateEntryError, precision: str = "day") -> str:
    """What is wrong with a typed date, and how to write it, in the interface language."""
    from desktop.date_entry import describe_problem

    example = i18n.format_date(EXAMPLE_DAY, precision)
    return describe_problem(problem, example, i18n.locale().name(), precision)


def same_period(first: dt.date, second: dt.date, precision: str) -> bool:
    """Whether two dates fall in the same day, month or year (``precision``)."""
    if precision == "year":
        return first.year == second.year
    if precision == "month":
        return (first.year, first.month) == (second.year, second.month)
    return first == second
