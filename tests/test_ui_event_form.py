"""The event form driven by the keyboard, against a real SQLite database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox
from sqlalchemy import select

from db.models import DatePrecision, Event
from desktop.ui.event_form import EventForm
from desktop.ui.events_model import UUID_ROLE
from desktop.ui.main_window import MainWindow
from tests.test_ui_name_check import answer_names
from tests.test_ui_support import (
    CHELYABINSK_ORGANIZER,
    CHELYABINSK_TITLE,
    child,
    focus,
    tmp_settings,
    type_into,
)

ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, database, tmp_path, monkeypatch):
    # A form left half-filled asks before closing; at teardown nobody is there to answer.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def open_new_form(qtbot, window: MainWindow) -> EventForm:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.forms, "Ctrl+N opened no form"
    form = window.forms[-1]
    qtbot.waitExposed(form)
    return form


def add_row(qtbot, form: EventForm, key: Qt.Key) -> None:
    qtbot.keyClick(form, key, ALT_SHIFT)


def test_enter_the_chelyabinsk_event_by_typing(qtbot, window, database):
    form = open_new_form(qtbot, window)
    type_into(qtbot, child(form, "title"), CHELYABINSK_TITLE)
    type_into(qtbot, child(form, "date_precision"), "between")
    type_into(qtbot, child(form, "start_date"), "2025-02-26")
    type_into(qtbot, child(form, "end_date"), "2025-03-04")
    type_into(qtbot, child(form, "event_type"), "memorial")
    type_into(qtbot, child(form, "occasion"), "Khojaly genocide")
    type_into(qtbot, child(form, "anniversary"), "33")
    type_into(qtbot, child(form, "status"), "verified")
    type_into(qtbot, child(form, "country"), "Russia")
    type_into(qtbot, child(form, "region"), "Chelyabinsk region")

    focus(child(form, "title"))
    add_row(qtbot, form, Qt.Key.Key_O)
    type_into(qtbot, child(form, "organizer_name_0"), CHELYABINSK_ORGANIZER)
    add_row(qtbot, form, Qt.Key.Key_K)
    type_into(qtbot, child(form, "speaker_name_0"), "Arshad Khankishiyev")
    type_into(qtbot, child(form, "speaker_role_0"), "head")
    type_into(qtbot, child(form, "speaker_organization_0"), CHELYABINSK_ORGANIZER)
    for number, item in enumerate(("minute", "speech", "open", "video")):
        add_row(qtbot, form, Qt.Key.Key_P)
        type_into(qtbot, child(form, f"program_type_{number}"), item)

    type_into(qtbot, child(form, "source_publisher"), "Trend")
    type_into(qtbot, child(form, "source_passed_on_by"), "State Committee on Work with Diaspora")

    assert "33rd anniversary" in child(form, "anniversary_computed").text()
    assert child(form, "anniversary_warning").text() == ""
    asked = answer_names(qtbot, Qt.Key.Key_Return)  # new organization and person: Enter
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        qtbot.keyClick(child(form, "title"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    event_uuid = saved.args[0]
    assert not form.isVisible()

    model = window.model
    rows = [model.index(r, 0).data(UUID_ROLE) for r in range(model.rowCount())]
    assert event_uuid in rows
    row = rows.index(event_uuid)
    assert model.index(row, 1).data() == CHELYABINSK_TITLE
    assert model.index(row, 0).data() == "2025-02-26 – 2025-03-04"

    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.uuid == event_uuid))
        assert event is not None
        assert event.date_precision == DatePrecision.BETWEEN
        assert (event.start_date, event.end_date) == (dt.date(2025, 2, 26), dt.date(2025, 3, 4))
        assert event.event_type.code == "memorial_event"
        assert event.occasion.name == "Khojaly genocide"
        assert event.region.code == "RU-CHE"
        assert event.country.code == "RU"
        assert event.computed_anniversary == 33
        assert event.anniversary == 33
        assert [o.organization.name for o in event.organizers] == [CHELYABINSK_ORGANIZER]
        assert [(s.person.full_name, s.role) for s in event.speakers] == [
            ("Arshad Khankishiyev", "head")
        ]
        assert event.speakers[0].organization.name == CHELYABINSK_ORGANIZER
        assert [p.item_type.code for p in event.program] == [
            "minute_of_silence",
            "speech",
            "open_discussion",
            "video_screening",
        ]
        assert event.sources[0].publisher == "Trend"


def visible_error(form: EventForm, field: str) -> str:
    label = form.findChild(QLabel, f"error_{field}")
    assert label is not None
    return label.text() if not label.isHidden() else ""


def test_missing_title_is_refused_with_the_message_beside_it(qtbot, window, database):
    form = open_new_form(qtbot, window)
    type_into(qtbot, child(form, "event_type"), "memorial")
    assert form.save() is False
    assert form.isVisible()
    assert "title" in visible_error(form, "title").lower()
    assert child(form, "title").hasFocus()
    with database.sessions() as session:
        assert session.scalar(select(Event)) is None


def test_end_before_start_is_refused(qtbot, window, database):
    form = open_new_form(qtbot, window)
    type_into(qtbot, child(form, "title"), "A concert")
    type_into(qtbot, child(form, "date_precision"), "between")
    type_into(qtbot, child(form, "start_date"), "2025-03-04")
    type_into(qtbot, child(form, "end_date"), "2025-02-26")
    assert form.save() is False
    assert "before" in visible_error(form, "end_date")
    assert visible_error(form, "title") == ""
    type_into(qtbot, child(form, "end_date"), "2025-03-05")
    assert form.save() is True


def test_a_too_long_venue_is_named_as_the_form_labels_it(qtbot, window):
    """The message under the form began with the field's internal name ("venue: Venue
    is 2,000 characters long")."""
    form = open_new_form(qtbot, window)
    type_into(qtbot, child(form, "title"), "A concert")
    type_into(qtbot, child(form, "start_date"), "2025-03-04")
    child(form, "venue").setText("x" * 2000)
    assert form.save() is False
    shown = form.general_error.text()
    assert shown.startswith("The venue is 2,000 characters long") and "venue:" not in shown
    assert child(form, "venue").hasFocus()


@pytest.mark.parametrize("name", ["attendance", "anniversary"])
def test_a_number_typed_after_a_click_on_unknown_is_kept(qtbot, window, name):
    """Clicking into "unknown" put the cursor inside the word, and the digits typed then
    were refused one by one: the field stayed "unknown" without a word."""
    form = open_new_form(qtbot, window)
    box = child(form, name)
    line = box.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=line.rect().center())
    qtbot.keyClicks(line, "25")
    assert box.value() == 25


def test_unknown_region_suggests_and_alias_completion(qtbot, window):
    form = open_new_form(qtbot, window)
    region = child(form, "region")
    type_into(qtbot, region, "Primorsky Territory")
    completer = region.completer()
    assert any("Primorsky Krai" in name for name in completer.names())
    region.clear()
    type_into(qtbot, region, "Приморский")
    assert "Primorsky Krai" in completer.names()
    type_into(qtbot, child(form, "country"), "Russia")
    region.clear()
    type_into(qtbot, region, "Krasnoyarsk Territory")
    assert completer.names()[0] == "Krasnoyarsk Krai"
    assert all("(RU-" in label for label in completer.labels())


def test_anniversary_that_differs_is_flagged(qtbot, window):
    form = open_new_form(qtbot, window)
    type_into(qtbot, child(form, "start_date"), "2025-02-26")
    type_into(qtbot, child(form, "occasion"), "Khojaly genocide")
    type_into(qtbot, child(form, "anniversary"), "32")
    assert "33" in child(form, "anniversary_warning").text()


def test_cancel_with_changes_asks_first(qtbot, window, monkeypatch):
    form = open_new_form(qtbot, window)
    type_into(qtbot, child(form, "title"), "Half typed")
    asked = []

    def answer(*args, **kwargs):
        asked.append(args)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClick(child(form, "title"), Qt.Key.Key_Escape)
    assert asked and form.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(child(form, "title"), Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_editing_loads_the_event_and_saves_with_its_version(qtbot, window, database):
    window.load_sample()
    row = next(
        r for r in range(window.model.rowCount()) if "Chelyabinsk" in window.model.row_at(r).title
    )
    window.table.selectRow(row)
    form = window.edit_selected()
    assert form is not None
    assert child(form, "title").text() == CHELYABINSK_TITLE
    assert child(form, "organizer_name_0").text() == CHELYABINSK_ORGANIZER
    assert child(form, "region").text() == "Chelyabinsk Oblast"
    program = [child(form, f"program_type_{i}") for i in range(4)]
    assert all(isinstance(c, QComboBox) for c in program)
    assert [c.currentData() for c in program] == [
        "minute_of_silence",
        "speech",
        "open_discussion",
        "video_screening",
    ]
    assert not form.is_dirty()
    type_into(qtbot, child(form, "attendance"), "40")
    assert form.value().attendance == 40
    assert form.save() is True
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.title == CHELYABINSK_TITLE))
        assert event.attendance == 40
        assert event.version == 2
        assert event.region.code == "RU-CHE"
