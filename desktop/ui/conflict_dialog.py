"""Two desks saved the same event: show both versions side by side, let the clerk choose.

Only the fields that differ are listed. Each row has a choice (mine / theirs);
"Keep all mine" and "Take all theirs" set every row at once. Nothing is
decided silently: the dialog returns the combined event, and the form saves it
over the newer version.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.event_store import EventInput
from desktop.ui import i18n
from desktop.ui.history_words import field_label, history_text

SKIPPED = {"uuid", "version"}
MINE, THEIRS = 0, 1


def _text(field: str, value: Any) -> str:
    """A value as the form shows it: fixed values and dates in the interface's words
    (an event's own values, or a merge's logged ones)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, list):
        return "\n".join(_text(field, item) for item in value) or "—"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = [
            _text(field, v)
            for v in dataclasses.astuple(value)
            if v not in (None, "") and not isinstance(v, bool)  # flags are not data
        ]
        return ", ".join(parts) or "—"
    if isinstance(value, dt.date):
        return i18n.format_date(value)
    return history_text(field, getattr(value, "value", value), {})


class _ChoiceLabel(QLabel):
    """A value's text: clicking it chooses the value, like clicking its radio button."""

    def __init__(self, text: str, button: QRadioButton):
        super().__init__(text)
        self._button = button

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._button.setChecked(True)


def differing_fields(mine: EventInput, theirs: EventInput) -> list[str]:
    return [
        f.name
        for f in dataclasses.fields(EventInput)
        if f.name not in SKIPPED and getattr(mine, f.name) != getattr(theirs, f.name)
    ]


class FieldChoiceDialog(QDialog):
    """Two versions of one record, field by field, with a choice per field."""

    def __init__(
        self,
        mine: dict[str, Any],
        theirs: dict[str, Any],
        fields: list[str],
        intro_text: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.fields = fields
        self.choices: dict[str, QButtonGroup] = {}

        intro = QLabel(intro_text)
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, title in enumerate(
            (self.tr("Field"), self.tr("Your version"), self.tr("Their version (saved)"))
        ):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, column)
        for row, name in enumerate(self.fields, start=1):
            grid.addWidget(QLabel(field_label(name)), row, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self)
            for side, value in ((MINE, mine.get(name)), (THEIRS, theirs.get(name))):
                grid.addWidget(self._choice(group, name, side, value), row, side + 1)
            group.button(MINE).setChecked(True)
            self.choices[name] = group
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.fields) + 1, 1)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        all_mine = QPushButton(self.tr("Keep all mine"))
        all_mine.setObjectName("keep_all_mine")
        all_mine.clicked.connect(lambda: self.choose_all(MINE))
        all_theirs = QPushButton(self.tr("Take all theirs"))
        all_theirs.setObjectName("take_all_theirs")
        all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(all_mine, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(all_theirs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.resize(900, 520)

    def _choice(self, group: QButtonGroup, name: str, side: int, value: Any) -> QWidget:
        """A radio button with a wrapping label: values can be long (descriptions, lists)."""
        which = "mine" if side == MINE else "theirs"
        button = QRadioButton()
        button.setObjectName(f"{name}_{which}")
        button.setAccessibleName(f"{name}: {which}")
        group.addButton(button, side)
        label = _ChoiceLabel(_text(name, value), button)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setBuddy(button)
        cell = QWidget()
        layout = QHBoxLayout(cell)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(label, 1, Qt.AlignmentFlag.AlignTop)
        return cell

    def choose_all(self, side: int) -> None:
        for group in self.choices.values():
            group.button(side).setChecked(True)

    def choose(self, field_name: str, side: int) -> None:
        self.choices[field_name].button(side).setChecked(True)

    def chosen(self) -> dict[str, int]:
        """MINE or THEIRS for every listed field."""
        return {name: group.checkedId() for name, group in self.choices.items()}


class ConflictDialog(FieldChoiceDialog):
    """The event form's conflict: my unsaved version against the one saved meanwhile."""

    def __init__(
        self,
        mine: EventInput,
        theirs: EventInput,
        changed_by: str,
        parent: QWidget | None = None,
    ):
        self.mine, self.theirs = mine, theirs
        fields = differing_fields(mine, theirs)
        as_dict = {f: getattr(mine, f) for f in fields}, {f: getattr(theirs, f) for f in fields}
        intro = QCoreApplication.translate(
            "ConflictDialog",
            "{who} saved this event after you opened it. Choose, for each field that "
            "differs, which version to keep.",
        )
        super().__init__(*as_dict, fields, intro.format(who=changed_by), parent)
        self.setWindowTitle(self.tr("Changed by someone else"))

    def result_input(self) -> EventInput:
        """Their saved event with the fields the clerk kept from their own version."""
        combined = dataclasses.replace(self.theirs)
        for name, side in self.chosen().items():
            if side == MINE:
                setattr(combined, name, getattr(self.mine, name))
        return combined
