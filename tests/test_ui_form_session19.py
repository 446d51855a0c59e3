"""Session 19: dates as a clerk retyping a news report writes them, typed in the form.

Each test types with the keyboard into a real form, in the interface language the
clerk works in, and checks what the clerk must see before saving.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from db.engine import Database
from desktop.ui.event_form import EventForm
from tests.test_ui_support import child, shown_form, type_into


@pytest.fixture
def form(qtbot, database: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[EventForm]:
    yield shown_form(qtbot, database, monkeypatch)


def type_start(qtbot, form: EventForm, typed: str) -> None:
    """Type into the start date and leave it with Tab, as a clerk does."""
    start = child(form, "start_date")
    type_into(qtbot, start, typed)
    qtbot.keyClick(start, Qt.Key.Key_Tab)


def shown(form: EventForm, name: str) -> str:
    label = form.findChild(QLabel, name)
    assert label is not None, name
    return label.text() if label.isVisibleTo(form) else ""


@pytest.mark.parametrize(
    ("language", "typed", "day"),
    [
        ("ru", "5-го марта 2025 г.", dt.date(2025, 3, 5)),
        ("ru", "5-е марта 2025", dt.date(2025, 3, 5)),
        ("en", "1st March 2025", dt.date(2025, 3, 1)),
        ("en", "March 22nd, 2025", dt.date(2025, 3, 22)),
    ],
)
def test_a_day_written_as_an_ordinal_is_read(
    qtbot,
    form: EventForm,
    interface_language: Callable[[str], None],
    language: str,
    typed: str,
    day: dt.date,
) -> None:
    interface_language(language)
    type_start(qtbot, form, typed)
    assert form.fields.start_date.value() == day
    assert shown(form, "error_start_date") == ""


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("ru", "12-13.10.2025"),
        ("ru", "12–13 октября 2025"),
        ("az", "12-13 oktyabr 2025"),
        ("en", "30 September - 2 October 2025"),
    ],
)
def test_a_span_of_days_typed_in_the_start_date_fills_both_dates(
    qtbot, form: EventForm, interface_language: Callable[[str], None], language: str, typed: str
) -> None:
    interface_language(language)
    type_start(qtbot, form, typed)
    fields = form.fields
    first = dt.date(2025, 10, 12) if typed[0] == "1" else dt.date(2025, 9, 30)
    last = dt.date(2025, 10, 13) if typed[0] == "1" else dt.date(2025, 10, 2)
    assert (fields.start_date.value(), fields.end_date.value()) == (first, last)
    assert fields.multi_day.isChecked()
    assert fields.value().end_date == last
    assert fields.date_errors() == []
    assert shown(form, "error_start_date") == ""


def test_a_span_that_runs_backwards_stays_as_typed_and_is_refused(
    qtbot, form: EventForm, interface_language: Callable[[str], None]
) -> None:
    interface_language("ru")
    type_start(qtbot, form, "13-12.10.2025")
    assert form.fields.start_date.text() == "13-12.10.2025"
    assert shown(form, "error_start_date") != ""
    assert not form.fields.multi_day.isChecked()


@pytest.mark.parametrize("typed", ["5.3.2125", "5.3.1925"])
def test_a_year_far_from_today_is_pointed_out_before_saving(
    qtbot, form: EventForm, interface_language: Callable[[str], None], typed: str
) -> None:
    interface_language("ru")
    type_start(qtbot, form, typed)
    warning = shown(form, "date_warning")
    assert typed[-4:] in warning


def test_a_recent_date_shows_no_warning(
    qtbot, form: EventForm, interface_language: Callable[[str], None]
) -> None:
    interface_language("ru")
    type_start(qtbot, form, f"5.3.{dt.date.today().year}")
    assert shown(form, "date_warning") == ""


def saved_titles(database: Database) -> list[str]:
    from sqlalchemy import select

    from db.models import Event

    with database.sessions() as session:
        return list(session.scalars(select(Event.title)))


@pytest.mark.parametrize("where", ["title", "description"])
def test_ctrl_enter_saves_and_closes_as_in_the_report_reader(
    qtbot, form: EventForm, database: Database, where: str
) -> None:
    type_into(qtbot, child(form, "title"), "Novruz evening")
    type_start(qtbot, form, "20.03.2025")
    field = child(form, where)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved_titles(database) == ["Novruz evening"]
    assert not form.isVisible()
    assert "Ctrl+Enter" in form.save_button.toolTip()


def shows_all_its_text(label: QLabel) -> bool:
    """Whether the label is wide (and, wrapped, high) enough for its whole text."""
    if label.wordWrap():
        return label.height() >= label.heightForWidth(label.width())
    return label.width() >= label.fontMetrics().horizontalAdvance(label.text())


@pytest.mark.parametrize("language", ["ru", "az", "en"])
def test_the_anniversary_the_dates_give_and_the_warning_are_read_whole(
    qtbot, form: EventForm, interface_language: Callable[[str], None], language: str
) -> None:
    """33 typed from the report, 34 from the occasion's first year: both are read whole."""
    interface_language(language)
    fields = form.fields
    tragedy = next(o for o in fields._occasions if o.reference_date == dt.date(1990, 1, 20))
    type_start(qtbot, form, "20.01.2024")
    type_into(qtbot, fields.occasion.lineEdit(), tragedy.name)
    qtbot.keyClick(fields.occasion.lineEdit(), Qt.Key.Key_Tab)
    qtbot.keyClicks(fields.anniversary, "33")
    qtbot.keyClick(fields.anniversary, Qt.Key.Key_Tab)
    labels = (fields.anniversary_computed, fields.anniversary_warning)
    assert fields.anniversary.value() == 33
    for label in labels:
        assert label.isVisible() and "34" in label.text()
    qtbot.waitUntil(lambda: all(shows_all_its_text(label) for label in labels), timeout=2000)


@pytest.mark.parametrize("language", ["ru", "az"])
def test_every_choice_of_the_name_check_is_read_whole(
    qtbot, interface_language: Callable[[str], None], language: str
) -> None:
    """A long "create new organization …, based in …" was cut off and hidden under a
    scroll bar in a list two rows high: the clerk could not read the choice Enter takes."""
    from db.event_store import NameCandidate, NameQuestion
    from desktop.ui.name_check_dialog import NameCheckDialog

    interface_language(language)
    stored = "Общество азербайджанцев г. Москвы"
    question = NameQuestion(
        field="organizers",
        kind="organization",
        typed="Общество азербайджанцев",
        candidates=(NameCandidate("organization", 1, stored, stored, "RU", None, 80.0),),
        new_record=True,
        place="Москва, Тверская область, Россия",
    )
    dialog = NameCheckDialog([question])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    choices = dialog.lists[0]
    assert not choices.horizontalScrollBar().isVisible()
    viewport = choices.viewport().rect()
    for row in range(choices.count()):
        shown = choices.visualItemRect(choices.item(row))
        assert viewport.contains(shown), choices.item(row).text()


@pytest.mark.parametrize(
    ("language", "typed", "precision", "day"),
    [
        ("ru", "март 2025", "month", dt.date(2025, 3, 1)),
        ("az", "mart 2025", "month", dt.date(2025, 3, 1)),
        ("en", "March 2025", "month", dt.date(2025, 3, 1)),
        ("ru", "2025", "year", dt.date(2025, 1, 1)),
        ("ru", "2025 г.", "year", dt.date(2025, 1, 1)),
    ],
)
def test_a_month_or_a_year_typed_for_an_exact_day_sets_the_precision_it_gives(
    qtbot,
    form: EventForm,
    interface_language: Callable[[str], None],
    language: str,
    typed: str,
    precision: str,
    day: dt.date,
) -> None:
    """The report gives only the month: the form says so instead of asking for a day."""
    interface_language(language)
    type_start(qtbot, form, typed)
    fields = form.fields
    assert fields.precision().value == precision
    assert fields.start_date.value() == day
    assert fields.date_errors() == []
    assert shown(form, "error_start_date") == ""
    assert shown(form, "date_meaning") != ""


def test_a_day_without_its_year_is_still_asked_for(
    qtbot, form: EventForm, interface_language: Callable[[str], None]
) -> None:
    interface_language("ru")
    type_start(qtbot, form, "5 марта")
    assert form.fields.precision().value == "day"
    assert form.fields.start_date.text() == "5 марта"
    assert shown(form, "error_start_date") != ""
