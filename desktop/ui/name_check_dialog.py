"""Before a save: the typed names that match no record exactly, and what each one means.

The questions come from ``EventStore.name_questions`` (Qt-free); this dialog only shows
them: one list per name, "did you mean X (Y)?" candidates first, then "create new
organization Z" (or "keep the city as written"). The arrows pick, Tab moves to the next
name, Enter accepts the highlighted choices, Esc goes back to the form with nothing saved.
A confirmed match becomes an alias of that record, so it resolves silently next time.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.event_store import EventInput, EventStore, NameCandidate, NameQuestion

Answer = tuple[NameQuestion, NameCandidate | None]
"""A question and the record the clerk chose; None: new record / keep as written."""


def question_text(question: NameQuestion) -> str:
    """The heading of one question, naming the field and what was typed."""
    what = {
        "country": QCoreApplication.translate("NameCheckDialog", "Country “{typed}”"),
        "region": QCoreApplication.translate("NameCheckDialog", "Region “{typed}”"),
        "city": QCoreApplication.translate("NameCheckDialog", "City “{typed}”"),
        "occasion": QCoreApplication.translate("NameCheckDialog", "Occasion “{typed}”"),
        "organization": QCoreApplication.translate("NameCheckDialog", "Organization “{typed}”"),
        "person": QCoreApplication.translate("NameCheckDialog", "Person “{typed}”"),
    }[question.kind].format(typed=question.typed)
    if question.candidates and all(c.moves_to for c in question.candidates):
        text = QCoreApplication.translate(
            "NameCheckDialog", "{what} is not in the event's country. Did you mean:"
        )
    elif question.candidates:
        text = QCoreApplication.translate(
            "NameCheckDialog", "{what} matches no record exactly. Did you mean:"
        )
    else:
        text = QCoreApplication.translate("NameCheckDialog", "{what} is not in the lists yet.")
    return text.format(what=what)


def new_record_text(question: NameQuestion) -> str:
    if question.kind == "city":
        text = QCoreApplication.translate(
            "NameCheckDialog", "Keep “{typed}” as written (no city record)"
        )
    elif question.kind == "person":
        text = QCoreApplication.translate("NameCheckDialog", "Create new person “{typed}”")
    elif question.place:
        text = QCoreApplication.translate(
            "NameCheckDialog", "Create new organization “{typed}”, based in {place}"
        )
    else:
        text = QCoreApplication.translate("NameCheckDialog", "Create new organization “{typed}”")
    return text.format(typed=question.typed, place=question.place)


def candidate_text(candidate: NameCandidate) -> str:
    """The record in the interface language, and where choosing it takes the event."""
    text = candidate.shown or candidate.label
    if candidate.moves_to:
        text += QCoreApplication.translate(
            "NameCheckDialog", " — the country becomes {country}"
        ).format(country=candidate.moves_to)
    return text


VISIBLE_ROWS = 6
"""A list of choices shows up to this many rows; more scroll."""


def fit_choices(choices: QListWidget) -> None:
    """Wide enough to read every choice whole (a long "create new organization …, based
    in …" hid under a scroll bar), up to the screen's width; high enough for its rows."""
    frame = 2 * choices.frameWidth() + 4
    wanted = choices.sizeHintForColumn(0) + frame
    if choices.count() > VISIBLE_ROWS:
        wanted += choices.verticalScrollBar().sizeHint().width()
    screen = choices.screen().availableGeometry().width() - 80
    choices.setMinimumWidth(min(wanted, screen))
    rows = max(2, min(choices.count(), VISIBLE_ROWS))
    height = choices.sizeHintForRow(0) * rows + frame
    if wanted > screen:
        height += choices.horizontalScrollBar().sizeHint().height()
    choices.setFixedHeight(height)


class NameCheckDialog(QDialog):
    """One list of choices per unmatched name; Enter accepts, Esc returns to the form."""

    def __init__(self, questions: list[NameQuestion], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("name_check_dialog")
        self.setWindowTitle(self.tr("Check the names"))
        self.questions = questions
        intro = QLabel(
            self.tr(
                "Some names match no record exactly. Nothing is saved as a guess: choose "
                "what each one means. Enter accepts the highlighted choices; Esc goes back "
                "to the form."
            )
        )
        intro.setObjectName("name_check_intro")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.lists: list[QListWidget] = []
        for number, question in enumerate(questions, start=1):
            label = QLabel(question_text(question))
            label.setWordWrap(True)
            choices = self._choices(question, number)
            label.setBuddy(choices)
            layout.addWidget(label)
            layout.addWidget(choices)
            self.lists.append(choices)
        self.accept_button = QPushButton(self.tr("&Use these and save"))
        self.accept_button.setObjectName("name_check_accept")
        self.accept_button.setAccessibleName(self.tr("Use these and save"))
        self.back_button = QPushButton(self.tr("&Back to the form"))
        self.back_button.setObjectName("name_check_back")
        self.back_button.setAccessibleName(self.tr("Back to the form"))
        self.back_button.setAutoDefault(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.accept_button.setDefault(True)  # Enter in a list accepts every highlighted choice
        if self.lists:
            self.lists[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(640, self.sizeHint().height())

    def _choices(self, question: NameQuestion, number: int) -> QListWidget:
        choices = QListWidget()
        choices.setObjectName(f"name_choices_{number}")
        choices.setAccessibleName(question_text(question))
        choices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for candidate in question.candidates:
            item = QListWidgetItem(candidate_text(candidate))
            item.setData(Qt.ItemDataRole.UserRole, candidate)
            item.setToolTip(item.text())
            choices.addItem(item)
        if question.new_record:
            item = QListWidgetItem(new_record_text(question))
            item.setData(Qt.ItemDataRole.UserRole, None)
            choices.addItem(item)
        suggested = question.suggested
        choices.setCurrentRow(suggested if suggested is not None else choices.count() - 1)
        fit_choices(choices)
        return choices

    def answers(self) -> list[Answer]:
        """Each question with the highlighted choice."""
        out: list[Answer] = []
        for question, choices in zip(self.questions, self.lists, strict=True):
            item = choices.currentItem()
            out.append((question, item.data(Qt.ItemDataRole.UserRole) if item else None))
        return out


def confirm_names(parent: QWidget, store: EventStore, data: EventInput) -> EventInput | None:
    """Ask about the names in ``data`` that match nothing exactly; remember confirmed matches
    as aliases in ``store``'s session (committed with the save). Returns ``data`` placed
    where a chosen city or region of another country is, naming a chosen world town as
    the completion list does; None: back to the form.

    When the form has other errors too, nothing is asked yet: those are shown first."""
    questions = store.name_questions(data)
    if not questions:
        return data
    asked = {q.field for q in questions}
    if any(error.field not in asked for error in store.validate(data)):
        return data  # the save shows the errors; the names are asked once they are fixed
    dialog = NameCheckDialog(questions, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    for question, candidate in dialog.answers():
        if candidate is not None and candidate.written is not None:
            data = replace(data, city=candidate.written)  # as picking it from the completion
        elif candidate is not None:
            store.confirm_name(question, candidate)
            data = store.with_place_of(data, candidate)
    return data
