"""The event form's repeating parts: organizers, speakers and program items.

Each row is a line of ordinary widgets (not a QTableView with delegates) so a
clerk can type straight into it and Tab through it like the rest of the form.
Rows are added with a button that sits in the tab order (or its shortcut) and
removed or moved with keys inside the row (Ctrl+Delete, which asks first when the
row holds typed text; Ctrl+Up, Ctrl+Down; Alt+Down stays the key that opens a list).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.event_store import OrganizerInput, ProgramInput, SpeakerInput
from db.models import OrganizerRole
from db.names import normalize
from desktop.ui.completers import INSERT_ROLE, SuggestCompleter, Suggester
from desktop.ui.widgets import select_data


def tr(text: str) -> str:
    return QCoreApplication.translate("ChildTables", text)


def organizer_roles() -> list[tuple[OrganizerRole, str]]:
    return [
        (OrganizerRole.ORGANIZER, tr("organizer")),
        (OrganizerRole.CO_ORGANIZER, tr("co-organizer")),
        (OrganizerRole.HOST, tr("host")),
        (OrganizerRole.SUPPORTER, tr("supporter")),
    ]


class FormNamesCompleter(SuggestCompleter):
    """Names typed elsewhere in the same form first (not saved yet), then the data set's."""

    local_names: Callable[[], list[str]] = staticmethod(lambda: [])

    def update_for(self, text: str) -> None:
        super().update_for(text)
        key = normalize(text)
        if not key:
            return
        known = set(self.names())
        local = [n for n in self.local_names() if key in normalize(n) and n not in known]
        for row, name in enumerate(local):
            item = QStandardItem(name)
            item.setData(name, INSERT_ROLE)
            item.setToolTip(name)
            self._model.insertRow(row, item)
        widget = self.widget()
        if local and widget is not None and widget.hasFocus():
            self.complete()


class RowsEditor(QWidget):
    """A titled list of rows with an Add button; subclasses say what a row holds."""

    rowsChanged = Signal()
    prefix = "row"
    headers: tuple[str, ...] = ()
    movable = False

    def __init__(self, add_text: str, add_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[list[QWidget]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        layout.addLayout(self._grid)
        self._header_labels: list[QLabel] = []
        for column, header in enumerate(self.headers):
            label = QLabel(f"<small>{header}</small>")
            label.setObjectName(f"{self.prefix}_header_{column}")
            self._grid.addWidget(label, 0, column)
            self._header_labels.append(label)
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(add_name)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.add_button.setAutoDefault(False)  # Enter in a field must not add a row
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._update_headers()

    # --- subclasses ------------------------------------------------

    def make_inputs(self) -> list[QWidget]:
        raise NotImplementedError

    def column_stretch(self) -> list[int]:
        return [1] * len(self.headers)

    # --- rows ------------------------------------------------

    def row_count(self) -> int:
        return len(self._rows)

    def row_inputs(self, index: int) -> list[QWidget]:
        return self._rows[index][:-1]

    def add_row(self, focus: bool = False) -> list[QWidget]:
        inputs = self.make_inputs()
        tools = QWidget()
        tools_layout = QHBoxLayout(tools)
        tools_layout.setContentsMargins(0, 0, 0, 0)
        tools_layout.setSpacing(0)
        if self.movable:
            for text, tip, step in (
                ("↑", tr("Move up (Ctrl+Up)"), -1),
                ("↓", tr("Move down (Ctrl+Down)"), 1),
            ):
                button = self._tool_button(text, tip)
                button.clicked.connect(
                    lambda _=False, w=inputs[0], s=step: self.move_row(self._index_of(w), s)
                )
                tools_layout.addWidget(button)
        remove = self._tool_button("✕", tr("Remove this row (Ctrl+Delete)"))
        remove.clicked.connect(lambda _=False, w=inputs[0]: self.remove_row(self._index_of(w)))
        tools_layout.addWidget(remove)
        row = [*inputs, tools]
        self._rows.append(row)
        for widget in inputs:
            self._install_row_keys(widget)
        self._relayout()
        self.rowsChanged.emit()  # the form puts the new row into its Tab order first
        if focus:
            for widget in row:  # a layout shows new children later; focus needs them shown
                widget.show()
            inputs[0].setFocus(Qt.FocusReason.TabFocusReason)
        return inputs

    def _tool_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRaise(True)
        return button

    def _install_row_keys(self, widget: QWidget) -> None:
        keys: list[tuple[str, Callable[[], None]]] = [
            ("Ctrl+Delete", lambda: self.remove_row_by_key(widget)),
        ]
        if self.movable:
            keys += [
                ("Ctrl+Up", lambda: self.move_row(self._index_of(widget), -1)),
                ("Ctrl+Down", lambda: self.move_row(self._index_of(widget), 1)),
            ]
        for sequence, action in keys:
            shortcut = QShortcut(QKeySequence(sequence), widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)

    def _index_of(self, widget: QWidget) -> int:
        for index, row in enumerate(self._rows):
            if widget in row:
                return index
        return -1

    def remove_row(self, index: int, focus: bool = False) -> None:
        if not 0 <= index < len(self._rows):
            return
        for widget in self._rows.pop(index):
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._relayout()
        if focus:
            target = (
                self._rows[min(index, len(self._rows) - 1)][0] if self._rows else self.add_button
            )
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.rowsChanged.emit()

    def remove_row_by_key(self, widget: QWidget) -> None:
        """Ctrl+Delete is also a text field's "delete next word": a row holding typed text
        goes only once the clerk confirms (nothing undoes a removal); an empty one at once."""
        index = self._index_of(widget)
        typed = self.row_text(index)
        if typed and not self._confirm_remove(typed):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.remove_row(index, focus=True)

    def row_text(self, index: int) -> str:
        """What the clerk entered in a row: its texts and any list choice beyond the first."""
        parts: list[str] = []
        for widget in self.row_inputs(index):
            if isinstance(widget, QLineEdit) and widget.text().strip():
                parts.append(widget.text().strip())
            elif isinstance(widget, QComboBox) and widget.currentIndex() > 0:
                parts.append(widget.currentText())
        return " — ".join(parts)

    def _confirm_remove(self, typed: str) -> bool:
        """Ask with "Keep" as the default, so Enter or Esc pressed out of habit loses nothing."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Remove row"),
            tr("Remove this row and what is typed in it?\n\n{row}").format(row=typed),
            parent=self,
        )
        remove = box.addButton(tr("&Remove row"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("&Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is remove

    def move_row(self, index: int, step: int) -> None:
        target = index + step
        if not (0 <= index < len(self._rows) and 0 <= target < len(self._rows)):
            return
        self._rows[index], self._rows[target] = self._rows[target], self._rows[index]
        focused = self.focusWidget()
        self._relayout()
        if focused is not None:
            focused.setFocus(Qt.FocusReason.OtherFocusReason)
        self.rowsChanged.emit()

    def clear_rows(self) -> None:
        while self._rows:
            self.remove_row(len(self._rows) - 1)

    def _relayout(self) -> None:
        for widget in [w for row in self._rows for w in row]:
            self._grid.removeWidget(widget)
        for number, row in enumerate(self._rows):
            for column, widget in enumerate(row):
                self._grid.addWidget(widget, number + 1, column)
            for column, widget in enumerate(row[:-1]):
                widget.setObjectName(f"{self.prefix}_{self._field_names()[column]}_{number}")
                widget.setAccessibleName(f"{self.headers[column]} {number + 1}")
        for column, stretch in enumerate(self.column_stretch()):
            self._grid.setColumnStretch(column, stretch)
        self._update_headers()

    def _update_headers(self) -> None:
        for label in self._header_labels:
            label.setVisible(bool(self._rows))

    def _field_names(self) -> list[str]:
        raise NotImplementedError

    def focus_order(self) -> list[QWidget]:
        """The row inputs in reading order, then the Add button."""
        return [w for row in self._rows for w in row[:-1]] + [self.add_button]


class OrganizersEditor(RowsEditor):
    prefix = "organizer"

    def __init__(self, suggester: Suggester, parent: QWidget | None = None):
        self._suggester = suggester
        self.headers = (tr("Organization"), tr("Role"))
        super().__init__(tr("Add organizer"), "add_organizer", parent)

    def _field_names(self) -> list[str]:
        return ["name", "role"]

    def column_stretch(self) -> list[int]:
        return [4, 1, 0]

    def make_inputs(self) -> list[QWidget]:
        name = QLineEdit()
        name.setPlaceholderText(tr("name of the organization"))
        SuggestCompleter.attach(name, self._suggester, "organization")
        role = QComboBox()
        for key, label in organizer_roles():
            role.addItem(label, key)
        return [name, role]

    def values(self) -> list[OrganizerInput]:
        result = []
        for index in range(self.row_count()):
            name, role = self.row_inputs(index)
            assert isinstance(name, QLineEdit) and isinstance(role, QComboBox)
            if name.text().strip():
                result.append(
                    OrganizerInput(name.text().strip(), OrganizerRole(role.currentData()))
                )
        return result

    def set_values(self, organizers: list[OrganizerInput]) -> None:
        self.clear_rows()
        for organizer in organizers:
            name, role = self.add_row()
            assert isinstance(name, QLineEdit) and isinstance(role, QComboBox)
            name.setText(organizer.name)
            select_data(role, OrganizerRole(organizer.role))


class SpeakersEditor(RowsEditor):
    prefix = "speaker"

    def __init__(self, suggester: Suggester, parent: QWidget | None = None):
        self._suggester = suggester
        self.local_organizations: Callable[[], list[str]] = lambda: []
        """Organizer names typed in the same form, offered for the speaker's organization."""
        self.headers = (tr("Name"), tr("Role or title"), tr("Organization"))
        super().__init__(tr("Add speaker"), "add_speaker", parent)

    def _field_names(self) -> list[str]:
        return ["name", "role", "organization"]

    def column_stretch(self) -> list[int]:
        # a role is as long as a name ("заместитель председателя"); the organization,
        # optional and often the event's organizer, gives it room
        return [3, 3, 2, 0]

    def make_inputs(self) -> list[QWidget]:
        name = QLineEdit()
        name.setPlaceholderText(tr("full name"))
        SuggestCompleter.attach(name, self._suggester, "person")
        role = QLineEdit()
        role.setPlaceholderText(tr("e.g. chairman"))
        organization = QLineEdit()
        organization.setPlaceholderText(tr("optional"))
        completer = FormNamesCompleter.attach(organization, self._suggester, "organization")
        completer.local_names = lambda: self.local_organizations()
        return [name, role, organization]

    def values(self) -> list[SpeakerInput]:
        result = []
        for index in range(self.row_count()):
            texts = [w.text().strip() for w in self.row_inputs(index) if isinstance(w, QLineEdit)]
            if any(texts):
                result.append(SpeakerInput(texts[0], texts[1] or None, texts[2] or None))
        return result

    def set_values(self, speakers: list[SpeakerInput]) -> None:
        self.clear_rows()
        for speaker in speakers:
            inputs = self.add_row()
            for widget, value in zip(
                inputs, (speaker.name, speaker.role, speaker.organization), strict=True
            ):
                assert isinstance(widget, QLineEdit)
                widget.setText(value or "")


MIN_ITEM_LETTERS = 12
"""A program item's list is at least this many letters wide; the rest of its width is
shared with the note by the columns' stretch."""


class ProgramEditor(RowsEditor):
    prefix = "program"
    movable = True

    def __init__(self, item_types: list[tuple[str, str]], parent: QWidget | None = None):
        self._item_types = item_types
        self.headers = (tr("Program item"), tr("Note"))
        super().__init__(tr("Add program item"), "add_program_item", parent)

    def _field_names(self) -> list[str]:
        return ["type", "note"]

    def column_stretch(self) -> list[int]:
        return [1, 2, 0]

    def set_item_types(self, item_types: list[tuple[str, str]]) -> None:
        self._item_types = item_types

    def make_inputs(self) -> list[QWidget]:
        item_type = QComboBox()
        # as wide as its column, not as its longest item: the note beside it kept 8 letters
        item_type.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        item_type.setMinimumContentsLength(MIN_ITEM_LETTERS)
        item_type.addItem("", None)
        for code, name in self._item_types:
            item_type.addItem(name, code)
        note = QLineEdit()
        note.setPlaceholderText(tr("optional note"))
        return [item_type, note]

    def values(self) -> list[ProgramInput]:
        result = []
        for index in range(self.row_count()):
            item_type, note = self.row_inputs(index)
            assert isinstance(item_type, QComboBox) and isinstance(note, QLineEdit)
            code = item_type.currentData()
            if code or note.text().strip():
                result.append(ProgramInput(code or "", note.text().strip() or None))
        return result

    def set_values(self, program: list[ProgramInput]) -> None:
        self.clear_rows()
        for item in program:
            item_type, note = self.add_row()
            assert isinstance(item_type, QComboBox) and isinstance(note, QLineEdit)
            if not select_data(item_type, item.item_type):
                item_type.addItem(item.item_type, item.item_type)
                item_type.setCurrentIndex(item_type.count() - 1)
            note.setText(item.note or "")
