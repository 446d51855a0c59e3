"""A save over a newer version opens the side-by-side choice; nothing is lost."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from db.event_store import EventStore
from desktop.sample import sample_inputs
from desktop.ui.conflict_dialog import MINE, THEIRS, ConflictDialog, differing_fields
from desktop.ui.event_form import EventForm


def _saved_event(database):
    with database.sessions.begin() as session:
        return EventStore(session, user="desk-a").save(sample_inputs()[1]).uuid


def test_the_dialog_lists_only_differences_and_combines_choices(qtbot) -> None:
    mine = sample_inputs()[1]
    theirs = sample_inputs()[1]
    mine.description, theirs.attendance = "my notes", 40
    dialog = ConflictDialog(mine, theirs, "desk-b")
    qtbot.addWidget(dialog)
    assert set(differing_fields(mine, theirs)) == {"description", "attendance"}
    dialog.choose("attendance", THEIRS)
    dialog.choose("description", MINE)
    combined = dialog.result_input()
    assert (combined.description, combined.attendance) == ("my notes", 40)
    dialog.choose_all(THEIRS)
    assert dialog.result_input().description == theirs.description


def test_a_stale_save_in_the_form_keeps_both_desks_work(qtbot, database, monkeypatch) -> None:
    event_uuid = _saved_event(database)
    form = EventForm(database, event_uuid)
    qtbot.addWidget(form)
    with database.sessions.begin() as session:  # another desk saves first
        store = EventStore(session, user="desk-b")
        theirs = store.load(event_uuid)
        theirs.attendance = 40
        store.save(theirs)
    form.fields.description.setPlainText("notes typed at desk A")
    shown: list[ConflictDialog] = []

    def decide(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        dialog.choose("attendance", THEIRS)
        dialog.choose("description", MINE)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", decide)
    assert form.save(then="stay")
    assert len(shown) == 1
    with database.sessions() as session:
        stored = EventStore(session).load(event_uuid)
    assert stored.attendance == 40
    assert stored.description == "notes typed at desk A"
    assert stored.version == 3


def test_clicking_a_values_text_chooses_it(qtbot) -> None:
    """Long values wrap in a label beside the radio button; the label is clickable too."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QRadioButton

    mine = sample_inputs()[1]
    theirs = sample_inputs()[1]
    mine.description = "my notes"
    dialog = ConflictDialog(mine, theirs, "desk-b")
    qtbot.addWidget(dialog)
    dialog.choose("description", MINE)
    button = dialog.findChild(QRadioButton, "description_theirs")
    label = button.parentWidget().findChild(QLabel)
    assert label.text() == theirs.description
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert button.isChecked()
    assert dialog.result_input().description == theirs.description


def test_fields_and_fixed_values_read_in_the_interface_language(qtbot, qapp) -> None:
    """Seen in the Russian window: rows "start date", "status" with "draft" / "verified"."""
    import datetime as dt

    from PySide6.QtWidgets import QLabel

    from db.models import EventStatus
    from desktop.ui import i18n
    from desktop.ui.events_model import status_label
    from desktop.ui.history_words import field_label

    i18n.set_language("ru")
    i18n.install_translators(qapp, "ru")
    try:
        mine = sample_inputs()[1]
        theirs = sample_inputs()[1]
        mine.status, theirs.status = EventStatus.DRAFT, EventStatus.VERIFIED
        theirs.start_date = dt.date(2025, 2, 27)
        dialog = ConflictDialog(mine, theirs, "desk-b")
        qtbot.addWidget(dialog)
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        expected = {
            field_label("status"),
            field_label("start_date"),
            status_label("draft"),
            status_label("verified"),
            i18n.format_date(dt.date(2025, 2, 27)),
        }
        assert expected <= texts, texts
        assert not {"status", "start date", "draft", "verified", "2025-02-27"} & texts
    finally:
        i18n.set_language("en")
        i18n.install_translators(qapp, "en")
