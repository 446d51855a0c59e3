"""An Azerbaijani and a Russian clerk at work: what they typed or stored stays as it was.

Each test drives the real form or window in the clerk's language against a real SQLite
file, the way a defect showed up while using the app.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from db.engine import Database
from db.event_store import EventInput, EventStore
from db.models import DatePrecision
from desktop.date_entry import DateEntryError, parse_date, read_date
from desktop.ui import i18n
from desktop.ui.event_form import EventForm
from desktop.ui.events_model import EventsModel
from tests.test_ui_name_check import answer_names
from tests.test_ui_support import focus, type_into


@pytest.fixture
def speak(qapp, monkeypatch):
    """The interface in a clerk's language (English again after the test)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    def use(language: str) -> None:
        i18n.set_language(language)
        i18n.install_translators(QApplication.instance(), language)

    yield use
    use("en")


def stored(database: Database, **values) -> uuid.UUID:
    """An event saved through the store, as an import or another desk leaves it."""
    values.setdefault("start_date", dt.date(2025, 3, 5))
    with database.sessions() as session:
        event = EventStore(session).save(EventInput(title="Novruz", **values))
        session.commit()
        return event.uuid


def reread(database: Database, event_uuid: uuid.UUID) -> EventInput:
    with database.sessions() as session:
        return EventStore(session).load(event_uuid)


def edit(qtbot, database: Database, event_uuid: uuid.UUID) -> EventForm:
    form = EventForm(database, event_uuid)
    form.check_duplicates = False
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def retitle_and_save(qtbot, form: EventForm, title: str) -> None:
    """The clerk corrects only the title and saves (Ctrl+S)."""
    type_into(qtbot, form.fields.title, title)
    answer_names(qtbot, Qt.Key.Key_Return)
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.keyClick(form.fields.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize(("language", "shown"), [("az", "Bakı"), ("ru", "Баку")])
def test_a_city_the_report_wrote_the_same_way_survives_an_edit(
    qtbot, database, speak, language, shown
):
    """The place as written was "Baku" and so was the city: the form showed no city, and
    correcting the title removed the city from the event."""
    speak(language)
    event_uuid = stored(database, country="AZ", city="Baku", place_as_written="Baku")
    form = edit(qtbot, database, event_uuid)
    assert form.fields.city.text() == shown
    assert not form.is_dirty()

    retitle_and_save(qtbot, form, " 2025")
    after = reread(database, event_uuid)
    assert (after.city, after.place_as_written) == ("Baku", "Baku")


@pytest.mark.parametrize("language", ["az", "ru"])
def test_a_month_range_survives_an_edit_and_shows_in_the_table(qtbot, database, speak, language):
    """An import leaves "March to April 2025" as a month with an end, and a start day the
    sheet gave: the form hid the end, and correcting the title dropped the end and moved
    the start to the 1st."""
    speak(language)
    event_uuid = stored(database, date_precision=DatePrecision.MONTH, end_date=dt.date(2025, 4, 1))
    form = edit(qtbot, database, event_uuid)
    fields = form.fields
    assert (fields.start_date.text(), fields.end_date.text()) == ("03.2025", "04.2025")
    assert fields.end_date.isEnabled()
    assert not form.is_dirty()

    retitle_and_save(qtbot, form, " 2025")
    after = reread(database, event_uuid)
    assert (after.date_precision, after.start_date, after.end_date) == (
        DatePrecision.MONTH,
        dt.date(2025, 3, 5),
        dt.date(2025, 4, 1),
    )
    model = EventsModel(database)
    model.wait()
    assert model.index(0, 0).data() == "03.2025 – 04.2025"


@pytest.mark.parametrize(("language", "typed"), [("az", "5 mart 2025"), ("ru", "5 марта 2025")])
def test_trying_another_precision_and_back_keeps_the_day(qtbot, database, speak, language, typed):
    """Day, then month, then day again: the start date came back as the 1st of March."""
    speak(language)
    form = EventForm(database)
    qtbot.addWidget(form)
    form.show()
    fields = form.fields
    type_into(qtbot, fields.start_date, typed)
    qtbot.keyClick(fields.start_date, Qt.Key.Key_Tab)
    precision = fields.date_precision
    focus(precision)
    qtbot.keyClick(precision, Qt.Key.Key_Down)  # exact day -> month
    assert fields.precision() == DatePrecision.MONTH
    assert fields.start_date.text() == "03.2025"
    qtbot.keyClick(precision, Qt.Key.Key_Up)  # back to the exact day
    assert fields.start_date.text() == "05.03.2025"
    assert fields.value().start_date == dt.date(2025, 3, 5)


REGION = {
    "ru": ("Красноярск", "Красноярский край (Россия)", "Красноярский край"),
    "az": ("Krasnoyarsk", "Krasnoyarsk diyarı (Rusiya)", "Krasnoyarsk diyarı"),
}


@pytest.mark.parametrize("language", ["az", "ru"])
def test_region_completion_speaks_the_clerks_language(qtbot, database, speak, language):
    """The popup offered "Krasnoyarsk Krai (RU-KYA)" and put the English name in a Russian
    or Azerbaijani form."""
    speak(language)
    form = EventForm(database)
    qtbot.addWidget(form)
    form.show()
    typed, label, name = REGION[language]
    region = form.fields.region
    type_into(qtbot, region, typed)
    completer = region.completer()
    assert label in completer.labels()
    assert not any("RU-" in shown or "Krai" in shown for shown in completer.labels())
    popup = completer.popup()
    assert popup.isVisible()
    while popup.currentIndex().data() != label:
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert region.text() == name
    assert form.value().region == name


@pytest.mark.parametrize(
    ("language", "typed", "label", "name"),
    [
        ("az", "Xocalı faciəsi", "Xocalı faciəsi → Xocalı soyqırımı", "Xocalı soyqırımı"),
        (
            "ru",
            "Ходжалинская резня",
            "Ходжалинская резня → Ходжалинский геноцид",
            "Ходжалинский геноцид",
        ),
    ],
)
def test_occasion_completion_inserts_the_name_the_list_shows(
    qtbot, database, speak, language, typed, label, name
):
    speak(language)
    form = EventForm(database)
    qtbot.addWidget(form)
    form.show()
    occasion = form.fields.occasion
    type_into(qtbot, occasion, typed)
    completer = occasion.lineEdit().completer()
    assert completer.labels() == [label]
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert occasion.currentText() == name


@pytest.mark.parametrize(
    ("text", "locale"),
    [("25 fevral", "az_AZ"), ("25 Fevral", "az_AZ"), ("25 февраля", "ru_RU"), ("5 mart", "ru_RU")],
)
def test_a_day_and_month_without_a_year_is_not_read_as_a_month_of_2025(text, locale):
    """A day and a month without the year ("25 fevral") was read as February 2025."""
    with pytest.raises(DateEntryError) as caught:
        read_date(text, locale)
    assert caught.value.kind == "incomplete"
    with pytest.raises(DateEntryError):
        parse_date(text, locale, "month")


def test_a_month_with_a_two_digit_year_still_reads():
    assert read_date("fevral 25", "az_AZ") == (dt.date(2025, 2, 1), "month")
    assert read_date("февраль 2025", "ru_RU") == (dt.date(2025, 2, 1), "month")
    assert read_date("25 fevral 2025", "az_AZ") == (dt.date(2025, 2, 25), "day")


def test_a_year_range_is_shown_and_kept(qtbot, database, speak):
    """A span of years ("2025-2026") shows both years and is not counted as an edit."""
    speak("ru")
    event_uuid = stored(database, date_precision=DatePrecision.YEAR, end_date=dt.date(2026, 1, 1))
    form = edit(qtbot, database, event_uuid)
    assert (form.fields.start_date.text(), form.fields.end_date.text()) == ("2025", "2026")
    assert form.value().end_date == dt.date(2026, 1, 1)
    assert not form.is_dirty()


def test_a_day_typed_under_month_precision_is_not_dropped(qtbot, database, speak):
    """Precision "month", then "5 марта 2025" typed: the field shows the month, and the
    day comes back when the clerk sees the precision was wrong."""
    speak("ru")
    form = EventForm(database)
    qtbot.addWidget(form)
    form.show()
    fields = form.fields
    focus(fields.date_precision)
    qtbot.keyClick(fields.date_precision, Qt.Key.Key_Down)
    type_into(qtbot, fields.start_date, "5 марта 2025")
    qtbot.keyClick(fields.start_date, Qt.Key.Key_Tab)
    assert fields.start_date.text() == "03.2025"
    focus(fields.date_precision)
    qtbot.keyClick(fields.date_precision, Qt.Key.Key_Up)
    assert fields.start_date.text() == "05.03.2025"
