"""The event form: a dialog that creates or edits one event through EventStore.

Validation is the store's own (``EventStore.validate``), so the form, the CLI
and the importers refuse exactly the same things; the form only decides where
each message is shown.
"""

from __future__ import annotations

import logging
import uuid
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from db.event_store import (
    EventInput,
    EventStore,
    FieldError,
    StaleEventError,
    ValidationError,
)
from desktop.drafts import Draft, DraftStore
from desktop.ui.child_tables import RowsEditor
from desktop.ui.completers import Suggester
from desktop.ui.form_fields import KEPT_FOR_A_COPY, EventFields
from desktop.ui.name_check_dialog import confirm_names
from desktop.ui.widgets import ERROR_STYLE

log = logging.getLogger(__name__)

SHORTCUTS = {
    "save": "Ctrl+S",
    "save_and_new": "Ctrl+Shift+S",
    "save_and_duplicate": "Ctrl+Shift+D",
    "add_organizer": "Alt+Shift+O",
    "add_speaker": "Alt+Shift+K",
    "add_program_item": "Alt+Shift+P",
}
SAVE_KEYS_TOO = ("Ctrl+Return", "Ctrl+Enter")
"""Ctrl+Enter saves and closes too, as it reads the report in the report reader: a clerk
who pasted a report there presses it again here."""

FORM_SIZE = (1100, 760)
"""Wide enough for a program item's note and the people's names beside their lists (the
left column keeps its own width); it still fits a 1280×800 screen."""

AUTOSAVE_MS = 5000
"""The draft is written every few seconds while the form has unsaved changes..."""
DRAFT_DEBOUNCE_MS = 600
"""...and shortly after each edit, once typing pauses (not on every keystroke)."""


class EventForm(QDialog):
    """Create (``event_uuid=None``) or edit one event; emits ``saved`` with its UUID."""

    saved = Signal(object)
    committed = Signal(object, object)
    """(before, after) EventInputs of a save; before is None for a new event (for undo)."""
    open_existing = Signal(object)
    """The clerk chose to open an existing event the duplicate warning showed."""

    def __init__(
        self,
        database: Database,
        event_uuid: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("event_form")
        self._database = database
        self._suggester = Suggester(database)
        self._uuid: uuid.UUID | None = None
        self._version: int | None = None
        self.check_duplicates = True
        self.check_names = True
        """Ask about typed names that match no record exactly before saving."""
        self._drafts = DraftStore(database)
        self.draft_key = f"form-{uuid.uuid4().hex}"
        self._drafts_stopped = False
        self.fields = EventFields(database, self._suggester)
        self.fields.changed.connect(self._update_title)
        self._draft_debounce = QTimer(self)
        self._draft_debounce.setSingleShot(True)
        self._draft_debounce.setInterval(DRAFT_DEBOUNCE_MS)
        self._draft_debounce.timeout.connect(self.save_draft)
        self.fields.changed.connect(self._draft_debounce.start)
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._autosave.start()
        self.fields.organizers.rowsChanged.connect(self.update_tab_order)
        self.fields.speakers.rowsChanged.connect(self.update_tab_order)
        self.fields.program.rowsChanged.connect(self.update_tab_order)
        self._build()
        self._baseline = self.fields.value()
        if event_uuid is not None:
            self.load(event_uuid)
        else:
            self.start_new(EventInput())
        self.resize(*FORM_SIZE)

    def _build(self) -> None:
        scroll = QScrollArea()
        scroll.setObjectName("form_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from Cancel back to Title
        scroll.setWidget(self.fields)
        self._scroll = scroll
        self.general_error = QLabel()
        self.general_error.setObjectName("error_form")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)

        self.save_button = self._button(self.tr("&Save"), "save", self.tr("Save and close"))
        self.save_new_button = self._button(
            self.tr("Save and new"),
            "save_and_new",
            self.tr("Save, then start the next event of the same report"),
        )
        self.save_duplicate_button = self._button(
            self.tr("Save and duplicate"),
            "save_and_duplicate",
            self.tr(
                "Save, then start the next event with the same report and these fields "
                "copied: {fields}"
            ).format(fields=", ".join(self._copied_fields())),
        )
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self.cancel_button.setAutoDefault(False)
        self.save_button.setToolTip(
            f"{self.tr('Save and close')} ({SHORTCUTS['save']}, {SAVE_KEYS_TOO[1]})"
        )
        for keys in SAVE_KEYS_TOO:
            QShortcut(QKeySequence(keys), self).activated.connect(self.save_button.click)
        self.save_button.clicked.connect(lambda: self.save(then="close"))
        self.save_new_button.clicked.connect(lambda: self.save(then="new"))
        self.save_duplicate_button.clicked.connect(lambda: self.save(then="duplicate"))
        self.cancel_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        hint = QLabel(self.tr("<small>F1 in the main window lists every shortcut.</small>"))
        hint.setObjectName("shortcut_hint")
        buttons.addWidget(hint)
        buttons.addStretch(1)
        for button in (
            self.save_duplicate_button,
            self.save_new_button,
            self.save_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(scroll, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(12, 0, 12, 0)
        bottom.addWidget(self.general_error)
        bottom.addLayout(buttons)
        layout.addLayout(bottom)

        adders = {
            "add_organizer": self.fields.organizers,
            "add_speaker": self.fields.speakers,
            "add_program_item": self.fields.program,
        }
        for name, editor in adders.items():
            shortcut = QShortcut(QKeySequence(SHORTCUTS[name]), self)
            shortcut.activated.connect(lambda e=editor: self._add_row(e))
            editor.add_button.setToolTip(f"{editor.add_button.text()} ({SHORTCUTS[name]})")

    def _copied_fields(self) -> list[str]:
        """The form's names of the fields "Save and duplicate" copies (``KEPT_FOR_A_COPY``,
        what ``keep_for_next`` copies), so its tip cannot drift from what it does."""
        return [getattr(self.fields, name).accessibleName() for name in KEPT_FOR_A_COPY]

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setShortcut(QKeySequence(SHORTCUTS[name]))
        button.setToolTip(f"{tip} ({SHORTCUTS[name]})")
        button.setAutoDefault(False)
        return button

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves to the next field, or presses the focused button; it never adds a row."""
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not plain:
            focused = QApplication.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
            else:
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def _add_row(self, editor: RowsEditor) -> None:
        inputs = editor.add_row(focus=True)
        self._scroll.ensureWidgetVisible(inputs[0])

    # --- state ------------------------------------------------

    @property
    def event_uuid(self) -> uuid.UUID | None:
        return self._uuid

    def load(self, event_uuid: uuid.UUID) -> None:
        with self._database.sessions() as session:
            data = EventStore(session).load(event_uuid)
        self._uuid, self._version = data.uuid, data.version
        self.fields.set_value(data)
        self._after_fill()

    def start_new(self, data: EventInput) -> None:
        self._uuid, self._version = None, None
        self.fields.set_value(data)
        self._after_fill()
        self.fields.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def _after_fill(self) -> None:
        self.fields.show_errors([])
        self.general_error.setVisible(False)
        self._baseline = self.fields.value()
        self.update_tab_order()
        self._update_title()

    def is_dirty(self) -> bool:
        return self.fields.value() != self._baseline or bool(self.fields.date_errors())

    def _update_title(self) -> None:
        title = self.fields.title.text().strip()
        if self._uuid is None:
            caption = self.tr("New event")
        else:
            caption = self.tr("Edit event: {title}").format(title=title or "…")
        self.setWindowTitle(caption + (" *" if self.is_dirty() else ""))

    def update_tab_order(self) -> None:
        """Tab follows the reading order, rows included, then the buttons."""
        order = [
            *self.fields.focus_order(),
            self.save_duplicate_button,
            self.save_new_button,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    # --- saving ------------------------------------------------

    def value(self) -> EventInput:
        data = self.fields.value()
        data.uuid, data.version = self._uuid, self._version
        return data

    def save(self, then: str = "close", duplicates_checked: bool = False) -> bool:
        """Validate, warn about duplicates, store; ``then`` is "close", "new", "duplicate"
        or "stay". Returns False when nothing was saved."""
        data = self.value()
        try:
            with self._database.sessions() as session:
                store = EventStore(session)
                errors = self.fields.date_errors()
                typed_wrong = {error.field for error in errors}
                # rows naming one organization twice come first: the clerk may drop a name
                if not errors and self.check_names and not store.repeated_organizers(data):
                    checked = confirm_names(self, store, data)
                    if checked is None:
                        return False  # the clerk went back to the form to fix a name
                    if (checked.country, checked.region) != (data.country, data.region):
                        self.fields.set_place(checked.country, checked.region)
                    if checked.city != data.city:  # a world town chosen: shown as completed
                        self.fields.city.setText(checked.city or "")
                    data = checked
                errors += [e for e in store.validate(data) if e.field not in typed_wrong]
                if errors:
                    self._show_errors(errors)
                    return False
                if (
                    self.check_duplicates
                    and not duplicates_checked
                    and not self._confirm_not_duplicate(store, data)
                ):
                    return False
                before = store.load(data.uuid) if data.uuid is not None else None
                event = store.save(data)
                session.commit()
                saved_uuid, version = event.uuid, event.version
                after = store.load(saved_uuid)
        except ValidationError as error:
            self._show_errors(error.errors)
            return False
        except StaleEventError:
            return self._resolve_conflict(data, then)
        self._suggester.refresh()
        self._uuid, self._version = saved_uuid, version
        self._baseline = self.fields.value()
        self.discard_draft()
        self.committed.emit(before, after)
        self.saved.emit(saved_uuid)
        if then == "close":
            self.accept()
        elif then in ("new", "duplicate"):
            self.start_new(self.fields.keep_for_next(data, duplicate=then == "duplicate"))
        else:
            self._after_fill()
        return True

    def _resolve_conflict(self, mine: EventInput, then: str) -> bool:
        """Someone saved this event meanwhile: choose field by field, then save over theirs."""
        from desktop.ui.conflict_dialog import ConflictDialog

        assert mine.uuid is not None
        with self._database.sessions() as session:
            store = EventStore(session)
            theirs = store.load(mine.uuid)
            current = store.get(mine.uuid)
            who = current.updated_by if current is not None else None
        dialog = ConflictDialog(mine, theirs, who or self.tr("Someone"), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        combined = dialog.result_input()
        self.fields.set_value(combined)
        self._version = theirs.version
        return self.save(then, duplicates_checked=True)

    def _confirm_not_duplicate(self, store: EventStore, data: EventInput) -> bool:
        """True to go on saving; False when the clerk cancelled or opened the existing one."""
        from db.duplicates import find_duplicates
        from desktop.ui.duplicate_dialog import (
            OPEN_EXISTING,
            SAVE_ANYWAY,
            DuplicateDialog,
            describe_event,
            describe_input,
        )

        found = find_duplicates(store.session, data, store=store)
        if not found:
            return True
        dialog = DuplicateDialog(
            describe_input(store, data), [describe_event(e) for e in found], self
        )
        result = dialog.exec()
        if result == SAVE_ANYWAY:
            return True
        if result == OPEN_EXISTING:
            chosen = dialog.chosen_uuid()
            if chosen is not None:
                self.open_existing.emit(chosen)
        return False

    def _show_errors(self, errors: list[FieldError]) -> None:
        unplaced = self.fields.show_errors(errors)
        self.general_error.setText("\n".join(unplaced))
        self.general_error.setVisible(bool(unplaced))
        first = next((self.fields.field_widget(e.field) for e in errors), None)
        if first is not None:
            self._scroll.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- closing ------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel and the close box all come here: ask before losing typing."""
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr("This event has changes that are not saved. Close the form and lose them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._stop_drafts()
        self._suggester.close()
        super().reject()

    def accept(self) -> None:
        self._stop_drafts()
        self._suggester.close()
        super().accept()

    # --- drafts ------------------------------------------------

    def save_draft(self) -> None:
        """Keep what is typed on disk, so a crash or a forced quit loses nothing."""
        if self._drafts_stopped:
            return
        try:
            if self.is_dirty():
                self._drafts.save(self.draft_key, self.value())
            else:
                self._drafts.discard(self.draft_key)
        except OSError:  # a full disk must not stop typing
            log.exception("could not write the draft %s", self.draft_key)

    def discard_draft(self) -> None:
        """Saved or deliberately discarded: the draft is no longer needed."""
        self._draft_debounce.stop()
        try:
            self._drafts.discard(self.draft_key)
        except OSError:
            log.exception("could not remove the draft %s", self.draft_key)

    def _stop_drafts(self) -> None:
        """The form is closing: no timer may write the draft back after it was removed."""
        self._drafts_stopped = True
        self._autosave.stop()
        self.discard_draft()

    def restore_draft(self, draft: Draft) -> None:
        """Fill the form from a draft left by an earlier run; it stays unsaved (dirty)."""
        self.discard_draft()
        self.draft_key = draft.key
        self._version = draft.data.version if self._uuid is not None else None
        self.fields.set_value(draft.data)
        self.update_tab_order()
        self._update_title()
