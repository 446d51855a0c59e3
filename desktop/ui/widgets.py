"""Small widgets the window and the forms share: error labels, combo helpers, completer
pop-ups. The typed date field is in desktop.ui.date_field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # Qt types made when first used, not at start
    from collections.abc import Sequence

    from PySide6.QtWidgets import QCompleter


ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555555;"
POPUP_MAX_WIDTH = 900


class _PopupFitter(QObject):
    """Lives with its completer, so no signal reaches a deleted popup."""

    def __init__(self, completer: QCompleter):
        super().__init__(completer)
        self._completer = completer

    def adjust(self) -> None:
        popup = popup_of(self._completer)
        width = popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width()
        popup.setMinimumWidth(min(width + 2 * popup.frameWidth() + 12, POPUP_MAX_WIDTH))


def popup_of(completer: QCompleter) -> QAbstractItemView:
    """The completer's list; Qt makes it on first use, though its stubs say it may be None."""
    popup = completer.popup()
    if popup is None:
        raise RuntimeError("QCompleter.popup() returned no popup")
    return popup


def line_edit(combo: QComboBox) -> QLineEdit:
    """The text field of an editable combo box (None only for a non-editable one)."""
    line = combo.lineEdit()
    if line is None:
        raise RuntimeError(f"combo box {combo.objectName()!r} is not editable")
    return line


def fit_popup(completer: QCompleter) -> None:
    """The popup as wide as its longest entry (up to a limit), not as narrow as the field."""
    fitter = _PopupFitter(completer)
    model = completer.completionModel()
    for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
        signal.connect(fitter.adjust)


def error_label(field: str) -> QLabel:
    """The red message shown beside ``field``; hidden until there is an error."""
    label = QLabel()
    label.setObjectName(f"error_{field}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setAccessibleName(f"{field} error")
    label.setVisible(False)
    return label


def with_error(field_widget: QWidget, label: QLabel, horizontal: bool = False) -> QWidget:
    """The field and its error message as one cell of a form layout."""
    box = QWidget()
    layout = QHBoxLayout(box) if horizontal else QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field_widget)
    layout.addWidget(label)
    return box


def row(*widgets: QWidget, stretch_last: bool = False) -> QWidget:
    """Widgets side by side in one form cell."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if not stretch_last:
        layout.addStretch(1)
    return box


def fill_combo(
    combo: QComboBox, choices: Sequence[tuple[object, str]], blank: str | None = None
) -> None:
    """Replace the items, keeping the choice that was selected when it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for key, label in choices:
        combo.addItem(label, key)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def select_data(combo: QComboBox, key: object) -> bool:
    """Select the item whose data is ``key``; False when there is none."""
    index = combo.findData(key)
    if index < 0:
        return False
    combo.setCurrentIndex(index)
    return True


def expanding(widget: QWidget) -> QWidget:
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, widget.sizePolicy().verticalPolicy())
    return widget
