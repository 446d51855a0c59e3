"""Issue 11 item 1: dates are typed as text; an impossible date is never moved to another day."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from sqlalchemy import func, select

from db.models import Event
from desktop.ui import i18n
from desktop.ui.event_form import EventForm
from tests.test_ui_support import child, focus, type_into


@pytest.fixture
def form(qtbot, database, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog = EventForm(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def russian(qapp):
    i18n.set_language("ru")
    i18n.install_translators(QApplication.instance(), "ru")
    yield
    i18n.set_language("en")
    i18n.install_translators(QApplication.instance(), "en")


def shown(form: EventForm, name: str) -> str:
    label = form.findChild(QLabel, name)
    assert label is not None, name
    return label.text() if label.isVisibleTo(form) else ""


def events(database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Event))


@pytest.mark.parametrize("typed", ["2025-02-31", "2025-02-29", "31.04.2025"])
def test_an_impossible_date_stays_as_typed_and_blocks_the_save(qtbot, form, database, typed):
    type_into(qtbot, child(form, "title"), "A concert")
    start = child(form, "start_date")
    type_into(qtbot, start, typed)
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert start.text() == typed, "the typed date was changed"
    assert "no day" in shown(form, "error_start_date")
    assert form.save() is False
    assert events(database) == 0
    assert start.text() == typed
    assert start.hasFocus()


def test_dates_as_reports_write_them_are_read_and_shown_in_words(qtbot, form, database):
    type_into(qtbot, child(form, "title"), "A concert")
    start = child(form, "start_date")
    for typed in ("25 Feb 2025", "25.02.2025", "25/02/2025", "2025-02-25"):
        type_into(qtbot, start, typed)
        qtbot.keyClick(start, Qt.Key.Key_Tab)
        assert start.text() == "2025-02-25"
        assert "February 25, 2025" in shown(form, "date_meaning")
    assert form.save(then="stay") is True
    with database.sessions() as session:
        assert session.scalar(select(Event.start_date)) == dt.date(2025, 2, 25)


def test_one_tab_per_date(qtbot, form):
    type_into(qtbot, child(form, "date_precision"), "between")
    start = child(form, "start_date")
    focus(start)
    qtbot.keyClicks(start, "2025-02-26")
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert child(form, "end_date").hasFocus()


def test_the_end_date_starts_as_the_start_date(qtbot, form):
    type_into(qtbot, child(form, "start_date"), "2025-03-04")
    multi_day = child(form, "multi_day")
    focus(multi_day)
    qtbot.keyClick(multi_day, Qt.Key.Key_Space)
    assert multi_day.isChecked()
    assert child(form, "end_date").text() == "2025-03-04"


def test_russian_interface_reads_local_dates_day_first(qtbot, database, monkeypatch, russian):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    form = EventForm(database)
    qtbot.addWidget(form)
    form.show()
    start = child(form, "start_date")
    type_into(qtbot, start, "03/04/2025")
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert start.text() == "03.04.2025"
    assert "3 апреля 2025" in shown(form, "date_meaning")
    type_into(qtbot, start, "25 февраля 2025 г.")
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert start.text() == "25.02.2025"
    type_into(qtbot, start, "30.02.2025")
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert start.text() == "30.02.2025"
    assert shown(form, "error_start_date")


def test_a_date_typed_with_a_question_mark_stays_and_blocks_the_save(qtbot, form, database):
    """"25.02.2025?" was saved as the sure 25 February: the "?" was skipped."""
    type_into(qtbot, child(form, "title"), "A concert")
    start = child(form, "start_date")
    type_into(qtbot, start, "25.02.2025?")
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert start.text() == "25.02.2025?"
    assert "uncertain" in shown(form, "error_start_date")
    assert form.save() is False
    assert events(database) == 0
