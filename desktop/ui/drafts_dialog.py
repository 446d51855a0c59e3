"""At start: forms that were never saved nor discarded (a crash, a forced quit), offered back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.drafts import Draft
from desktop.ui import i18n


class DraftsDialog(QDialog):
    """The pending drafts, all selected: Restore opens each in a form, Discard deletes them."""

    restore_requested = Signal(list)
    discard_requested = Signal(list)

    def __init__(self, drafts: list[Draft], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("drafts_dialog")
        self.setWindowTitle(self.tr("Unsaved events"))
        self.drafts = drafts
        intro = QLabel(
            self.tr(
                "These events were being entered when the program last closed without saving "
                "them. Restore them to go on where you stopped."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("drafts_list")
        self.list.setAccessibleName(self.tr("Unsaved events"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # a long title wraps: behind a scroll bar it hid the time that tells drafts apart
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        for number, draft in enumerate(drafts):
            item = QListWidgetItem(self.label(draft))
            item.setData(Qt.ItemDataRole.UserRole, number)
            self.list.addItem(item)
        self.list.selectAll()
        self.restore_button = self._button(self.tr("&Restore"), "restore_drafts")
        self.discard_button = self._button(self.tr("&Discard…"), "discard_drafts")
        self.later_button = self._button(self.tr("&Later"), "later_drafts")
        self.later_button.setToolTip(self.tr("Keep them; they are offered again at the next start"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.discard_button.clicked.connect(self.discard_selected)
        self.later_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.restore_button.setDefault(True)
        self._update_buttons()
        self.resize(560, 320)

    def _update_buttons(self) -> None:
        """Restore and Discard act on the chosen drafts: with none chosen they wait."""
        chosen = bool(self.list.selectedItems())
        self.restore_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen)

    def label(self, draft: Draft) -> str:
        title = draft.data.title.strip() or self.tr("untitled event")
        kind = self.tr("new") if draft.data.uuid is None else self.tr("changes")
        return self.tr("{title} ({kind}, last typed {when})").format(
            title=title,
            kind=kind,
            when=f"{i18n.format_date(draft.saved_at.date())} {draft.saved_at:%H:%M}",
        )

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").replace("…", ""))
        button.setAutoDefault(False)
        return button

    def selected(self) -> list[Draft]:
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        return [self.drafts[row] for row in rows]

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.accept()
            self.restore_requested.emit(chosen)

    def discard_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard unsaved events"),
            self.tr("Delete %n unsaved events for good?", "", len(chosen)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        self.discard_requested.emit(chosen)
        for draft in chosen:
            self.drafts.remove(draft)
        self.list.clear()
        for draft in self.drafts:
            self.list.addItem(self.label(draft))
        self.list.selectAll()
        if not self.drafts:
            self.accept()
