"""Session 23: a clerk entering a report's events with the keyboard only.

The arrow keys in the country and occasion fields stepped silently through the whole
list: Down pressed to reach suggestions that were not there turned "Россия" into the
next country of the list ("Руанда") or a typed "Красноярский" into some country.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from db.engine import Database
from desktop.ui.event_form import EventForm
from tests.test_ui_support import focus, shown_form, type_into


@pytest.fixture
def form(
    qtbot,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    interface_language: Callable[[str], None],
) -> Iterator[EventForm]:
    """A new event's form in a Russian window, as the clerk works."""
    interface_language("ru")
    yield shown_form(qtbot, database, monkeypatch)


def choose_country(qtbot, form: EventForm, typed: str) -> None:
    """Type a country and take the first suggestion, as a clerk does."""
    type_into(qtbot, form.fields.country, typed)
    popup = form.fields.country.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def close_list(combo: QComboBox) -> None:
    combo.hidePopup()


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown])
def test_an_arrow_in_the_country_field_does_not_change_the_chosen_country(
    qtbot, form: EventForm, key: Qt.Key
) -> None:
    choose_country(qtbot, form, "Росс")
    assert form.value().country == "RU"
    country = form.fields.country
    focus(country)
    qtbot.keyClick(country.lineEdit(), key)
    assert country.currentText() == "Россия"
    assert form.value().country == "RU"
    close_list(country)


def test_an_arrow_after_a_name_that_matches_no_country_keeps_what_was_typed(
    qtbot, form: EventForm
) -> None:
    country = form.fields.country
    type_into(qtbot, country, "Красноярский")
    qtbot.keyClick(country.lineEdit(), Qt.Key.Key_Down)
    assert country.currentText() == "Красноярский"
    close_list(country)


def test_down_in_the_country_field_opens_the_list_to_choose_from(qtbot, form: EventForm) -> None:
    """The key a clerk presses for suggestions shows the choices instead of taking one."""
    country = form.fields.country
    focus(country)
    qtbot.keyClick(country.lineEdit(), Qt.Key.Key_Down)
    assert country.view().isVisible()
    close_list(country)


def test_an_arrow_in_the_occasion_field_does_not_change_the_occasion(
    qtbot, form: EventForm
) -> None:
    occasion = form.fields.occasion
    type_into(qtbot, occasion, "Ходжалинский геноцид")
    occasion.lineEdit().completer().popup().hide()  # the suggestions, read and left
    focus(occasion)
    qtbot.keyClick(occasion.lineEdit(), Qt.Key.Key_Up)
    assert occasion.currentText() == "Ходжалинский геноцид"
    close_list(occasion)
