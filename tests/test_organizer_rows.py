"""One organization in two organizer rows: an event lists an organization once (one row,
one role: the table's unique key, the per-organization counts), so the second row was
dropped at saving without a word. Now the form says which rows name the same body before
anything is saved and keeps both rows for the clerk to choose."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QMessageBox
from sqlalchemy import func, select

from db.event_store import EventInput, EventStore, OrganizerInput, ValidationError
from db.models import Event, Organization, OrganizationAlias, OrganizerRole
from db.names import normalize
from desktop.ui.event_form import EventForm
from desktop.ui.name_check_dialog import NameCheckDialog
from tests.data_sets import fill_sample
from tests.test_ui_support import focus, type_into

AUTONOMY = "Regional Azerbaijani National-Cultural Autonomy"
YOUTH = "Union of Azerbaijani Youth of the Krasnoyarsk territory"


@pytest.fixture
def database(database_with):
    """A data set holding the sample, whose organizers include the autonomy."""
    return database_with(fill_sample)


def _event(*organizers: OrganizerInput) -> EventInput:
    return EventInput(title="Novruz evening", start_date=dt.date(2025, 3, 20),
                      organizers=list(organizers))


def _events(database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Event)) or 0


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (OrganizerInput(AUTONOMY), OrganizerInput(AUTONOMY, OrganizerRole.HOST)),
        (OrganizerInput(AUTONOMY), OrganizerInput(AUTONOMY)),
        (OrganizerInput("A Society Never Seen"), OrganizerInput("a society never seen")),
    ],
    ids=["two roles", "one role twice", "a new name twice"],
)
def test_the_store_refuses_one_organization_in_two_rows(database, first, second) -> None:
    before = _events(database)
    data = _event(first, OrganizerInput(YOUTH), second)
    with database.sessions() as session:
        store = EventStore(session)
        errors = [e for e in store.validate(data) if e.field == "organizers"]
        assert len(errors) == 1
        assert first.name in errors[0].message
        assert "1" in errors[0].message and "3" in errors[0].message
        with pytest.raises(ValidationError):
            store.save(data)
    assert _events(database) == before


def test_two_spellings_of_one_organization_are_one_organization(database) -> None:
    with database.sessions() as session:
        autonomy = session.scalar(select(Organization).where(Organization.name == AUTONOMY))
        assert autonomy is not None
        autonomy.aliases.append(OrganizationAlias(name="RANCA", normalized=normalize("RANCA")))
        session.commit()
        errors = EventStore(session).validate(
            _event(OrganizerInput("RANCA"), OrganizerInput(AUTONOMY, OrganizerRole.HOST)))
    assert [AUTONOMY in e.message for e in errors if e.field == "organizers"] == [True]


def test_different_organizations_each_keep_their_row(database) -> None:
    data = _event(OrganizerInput(AUTONOMY), OrganizerInput(YOUTH, OrganizerRole.HOST))
    with database.sessions() as session:
        assert EventStore(session).validate(data) == []
        key = EventStore(session).save(data).uuid
        session.commit()
        assert EventStore(session).load(key).organizers == data.organizers


@pytest.fixture
def form(qtbot, database, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog = EventForm(database)
    dialog.check_duplicates = False
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill_organizer(form: EventForm, row: int, name: str, role: OrganizerRole) -> None:
    editor = form.fields.organizers
    while editor.row_count() <= row:
        editor.add_row()
    name_input, role_input = editor.row_inputs(row)
    assert isinstance(name_input, QLineEdit) and isinstance(role_input, QComboBox)
    name_input.setText(name)
    role_input.setCurrentIndex(role_input.findData(role))


def test_the_form_says_so_and_keeps_both_rows(qtbot, form, database) -> None:
    before = _events(database)
    type_into(qtbot, form.fields.title, "Novruz evening")
    type_into(qtbot, form.fields.start_date, "20.03.2025")
    _fill_organizer(form, 0, AUTONOMY, OrganizerRole.ORGANIZER)
    _fill_organizer(form, 1, AUTONOMY, OrganizerRole.HOST)
    focus(form.fields.title)
    message = form.fields.errors["organizers"]
    with qtbot.assertNotEmitted(form.saved, wait=300):
        qtbot.keyClick(form.fields.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(message.isVisible, timeout=5000)  # the button's shortcut clicks later
    assert form.isVisible()
    assert AUTONOMY in message.text()
    assert form.fields.organizers.values() == [
        OrganizerInput(AUTONOMY, OrganizerRole.ORGANIZER),
        OrganizerInput(AUTONOMY, OrganizerRole.HOST),
    ]
    assert _events(database) == before

    form.fields.organizers.remove_row(0)  # the clerk keeps the host row
    focus(form.fields.title)
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        qtbot.keyClick(form.fields.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with database.sessions() as session:
        stored = EventStore(session).load(saved.args[0])
    assert stored.organizers == [OrganizerInput(AUTONOMY, OrganizerRole.HOST)]


def test_a_new_name_in_two_rows_is_said_before_the_name_check(
    qtbot, form, database, monkeypatch
) -> None:
    """The rows come first: asking "a new organization?" about a name the clerk is about
    to remove from one row would be asked again at the next save."""
    asked: list[NameCheckDialog] = []
    monkeypatch.setattr(NameCheckDialog, "exec",
                        lambda dialog: asked.append(dialog) or QDialog.DialogCode.Rejected)
    type_into(qtbot, form.fields.title, "Novruz evening")
    type_into(qtbot, form.fields.start_date, "20.03.2025")
    _fill_organizer(form, 0, "A Society Never Seen", OrganizerRole.ORGANIZER)
    _fill_organizer(form, 1, "A Society Never Seen", OrganizerRole.SUPPORTER)
    focus(form.fields.title)
    message = form.fields.errors["organizers"]
    qtbot.keyClick(form.fields.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(message.isVisible, timeout=5000)
    assert "A Society Never Seen" in message.text()
    assert asked == []
    assert len(form.fields.organizers.values()) == 2
