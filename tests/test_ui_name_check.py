"""The form asks before saving a name that matches no record exactly: Enter accepts the
highlighted choice, Esc goes back to the form, a confirmed match becomes an alias."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from db.event_store import EventStore, OrganizerInput
from db.models import Event, Organization
from desktop.sample import sample_inputs
from desktop.ui.event_form import EventForm
from desktop.ui.name_check_dialog import NameCheckDialog, question_text
from tests.data_sets import fill_sample


@pytest.fixture
def database(database_with):
    """A data set holding the sample (loaded once, copied for each test)."""
    return database_with(fill_sample)


@pytest.fixture
def window(qtbot, database, monkeypatch):
    """A new event form over a data set holding the sample."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    def new_event() -> EventForm:
        form = EventForm(database)
        qtbot.addWidget(form)
        form.show()
        return form

    return SimpleNamespace(new_event=new_event)


def answer_names(qtbot, key: Qt.Key = Qt.Key.Key_Return) -> list[list[str]]:
    """When the name check shows (within a few seconds), record each list's highlighted
    choice and press ``key`` in it (Enter: accept, Esc: back to the form)."""
    shown: list[list[str]] = []
    tries = iter(range(200))
    _ANSWERING.append(tries)

    def act() -> None:
        if tries not in _ANSWERING:  # the test ended: leave the next test's dialogs alone
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, NameCheckDialog):
            shown.append([choices.currentItem().text() for choices in dialog.lists])
            qtbot.keyClick(dialog.lists[0], key)
        elif next(tries, None) is not None:
            QTimer.singleShot(20, act)

    QTimer.singleShot(0, act)
    return shown


_ANSWERING: list[object] = []
"""The pending :func:`answer_names` of the running test; one still looking for a dialog
after its test ended pressed keys in the next test's name check (tests/conftest.py ends
them)."""


def stop_answering() -> None:
    _ANSWERING.clear()


def form_with(window, **changes):
    form = window.new_event()
    data = dataclasses.replace(sample_inputs()[0], title="Poetry evening", **changes)
    form.fields.set_value(data)
    form.check_duplicates = False  # the sample's own event is near: not this test's question
    return form


def count(database, model) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count(model.id)))


def test_enter_accepts_the_offered_organization_and_remembers_the_spelling(
    qtbot, window, database
):
    organizations = count(database, Organization)
    shown = answer_names(qtbot, Qt.Key.Key_Return)
    form = form_with(window, organizers=[OrganizerInput("Frendship")])
    assert form.save(then="stay")
    assert len(shown) == 1 and "Friendship" in shown[0][0]
    assert count(database, Organization) == organizations
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.title == "Poetry evening"))
        assert [o.organization.name for o in event.organizers] == ["Friendship"]
        data = dataclasses.replace(sample_inputs()[0], organizers=[OrganizerInput("Frendship")])
        assert EventStore(session).name_questions(data) == []


def test_escape_goes_back_to_the_form_and_saves_nothing(qtbot, window, database):
    events = count(database, Event)
    shown = answer_names(qtbot, Qt.Key.Key_Escape)
    form = form_with(window, region="Прорский край")
    assert not form.save(then="stay")
    assert len(shown) == 1 and "Primorsky" in shown[0][0]
    assert form.isVisible()
    assert count(database, Event) == events


def test_a_region_typo_is_saved_as_the_confirmed_region_with_the_place_as_written(
    qtbot, window, database
):
    answer_names(qtbot, Qt.Key.Key_Return)
    form = form_with(window, region="Прорский край")
    assert form.save(then="stay")
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.title == "Poetry evening"))
        assert event.region.code == "RU-PRI"
        assert event.place_as_written == sample_inputs()[0].place_as_written


def test_a_new_organization_is_created_only_when_the_clerk_says_so(qtbot, window, database):
    organizations = count(database, Organization)
    shown = answer_names(qtbot, Qt.Key.Key_Return)
    form = form_with(window, organizers=[OrganizerInput("Society of Unheard Names")])
    assert form.save(then="stay")
    [[choice]] = shown
    assert choice.startswith("Create new organization “Society of Unheard Names”, based in ")
    assert "Primorsky Krai" in choice  # the event's region record, seen before it is saved
    assert count(database, Organization) == organizations + 1


def test_an_unknown_city_is_kept_as_written_when_enter_is_pressed(qtbot, window, database):
    shown = answer_names(qtbot, Qt.Key.Key_Return)
    form = form_with(
        window, country=None, region=None, city="Verkhnezelensk", place_as_written=None
    )
    assert form.save(then="stay")
    assert shown and shown[0][0].startswith("Keep “Verkhnezelensk” as written")
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.title == "Poetry evening"))
        assert event.city is None and event.country is None
        assert event.place_as_written == "Verkhnezelensk"


def test_a_city_chosen_in_another_country_is_saved_there_and_the_form_shows_it(
    qtbot, window, database
):
    """Russia and "Тбилиси" typed: the check offers Tbilisi, saying the event's country
    becomes Georgia; Enter saves that, and the form shows Georgia (it failed with a
    database error: the spelling already named Tbilisi)."""
    shown = answer_names(qtbot, Qt.Key.Key_Return)
    form = form_with(window, region=None, city="Тбилиси", place_as_written=None)
    with database.sessions() as session:
        [question] = EventStore(session).name_questions(form.value())
    assert question_text(question) == (
        "City “Тбилиси” is not in the event's country. Did you mean:"
    )
    assert form.save(then="stay")
    [[choice]] = shown
    assert choice.startswith("Tbilisi (") and "the country becomes Georgia" in choice
    assert form.fields.country.currentText() == "Georgia"
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.title == "Poetry evening"))
        assert (event.city.name, event.country.code) == ("Tbilisi", "GE")
        assert form.fields.region.text() == event.region.name
