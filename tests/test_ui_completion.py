"""Issue 11 items 10 and 11: completion ranks what the clerk means first and offers what
the same form already holds; popups are wide enough for long names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.ui.event_form import EventForm
from tests.test_ui_support import child, type_into

ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
LONG_NAME = "Public union of the friends of the national-cultural heritage of the Caspian region"


@pytest.fixture
def form(qtbot, database, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog = EventForm(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def offered(completer) -> list[str]:
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_country_completion_puts_prefix_matches_first(qtbot, form):
    country = child(form, "country")
    type_into(qtbot, country, "Russ")
    names = offered(country.completer())
    assert names[0] == "Russia"
    type_into(qtbot, country, "")
    country.lineEdit().clear()
    type_into(qtbot, country, "Kingdom")  # a word inside the name still finds it
    assert "United Kingdom" in offered(country.completer())[:3]


def test_the_speaker_organization_offers_organizers_of_the_same_form(qtbot, form):
    qtbot.keyClick(child(form, "title"), Qt.Key.Key_O, ALT_SHIFT)
    type_into(qtbot, child(form, "organizer_name_0"), LONG_NAME)
    qtbot.keyClick(child(form, "title"), Qt.Key.Key_K, ALT_SHIFT)
    organization = child(form, "speaker_organization_0")
    type_into(qtbot, organization, "Public union")
    completer = organization.completer()
    assert LONG_NAME in completer.names()
    popup = completer.popup()
    assert popup.isVisible()
    assert popup.width() >= popup.fontMetrics().horizontalAdvance(LONG_NAME)
