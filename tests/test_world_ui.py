"""The event form's city field completes any city of the world, in three languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.ui.event_form import EventForm
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import child, tmp_settings, type_into


@pytest.fixture
def form(qtbot, database, tmp_path, monkeypatch) -> EventForm:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    opened = main.new_event()
    qtbot.waitExposed(opened)
    return opened


@pytest.mark.parametrize(
    ("typed", "name", "where"),
    [
        ("Magdeb", "Magdeburg", "Germany"),
        ("Магдеб", "Magdeburg", "Germany"),
        ("Пятигорск", "Pyatigorsk", "Russia"),
        ("Bakı", "Baku", "Azerbaijan"),
        ("Kauna", "Kaunas", "Lithuania"),
        ("Afula", "Afula", "Israel"),
        ("Denv", "Denver", "Colorado"),
        ("İğdır", "Iğdır", "Turkey"),
    ],
)
def test_city_field_completes_world_cities(qtbot, form, typed: str, name: str, where: str) -> None:
    city = child(form, "city")
    type_into(qtbot, city, typed)
    completer = city.completer()
    labels = completer.labels()
    assert any(label.startswith(name) and where in label for label in labels), labels
    assert name in completer.names() or any(n.startswith(f"{name},") for n in completer.names())


def test_a_shared_name_goes_in_with_its_region(qtbot, form) -> None:
    city = child(form, "city")
    type_into(qtbot, city, "Montebello")
    names = city.completer().names()
    assert "Montebello, California" in names


def test_the_country_chosen_narrows_the_city(qtbot, form) -> None:
    type_into(qtbot, child(form, "country"), "Italy")
    city = child(form, "city")
    type_into(qtbot, city, "Montebello")
    labels = city.completer().labels()
    assert labels and "Italy" in labels[0], labels
