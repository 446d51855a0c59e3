"""A town name several countries share, typed with no country: the name check before a
save offers each world town of that name (as the completion list shows it), and choosing
one stores the event there exactly as picking it from the completion list does."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from db.event_store import EventInput, EventStore
from db.models import Event
from desktop.sample import sample_inputs
from desktop.ui import i18n
from desktop.ui.event_form import EventForm
from desktop.ui.name_check_dialog import NameCheckDialog
from tests.data_sets import fill_sample
from tests.test_ui_support import type_into

CAMBRIDGES = (
    "Cambridge — England, United Kingdom",
    "Cambridge — Ontario, Canada",
    "Cambridge — Massachusetts, United States",
)


def city_question(database, **place: str | None):
    with database.sessions() as session:
        return EventStore(session).name_questions(EventInput(title="Evening", **place))


@pytest.mark.parametrize("typed", ["Cambridge", "Кембридж"])
def test_each_world_town_of_the_name_is_offered_when_no_country_is_given(database, typed):
    [question] = city_question(database, city=typed)
    labels = [candidate.shown for candidate in question.candidates]
    assert question.kind == "city" and question.new_record  # keeping it stays possible
    assert all(label in labels for label in CAMBRIDGES), labels
    assert all(candidate.moves_to is None for candidate in question.candidates)


@pytest.mark.parametrize(("typed", "country"), [("Cambridge", "GB"), ("Кембридж", "CA")])
def test_a_country_that_leaves_one_town_asks_nothing(database, typed, country):
    assert city_question(database, city=typed, country=country) == []


def test_a_country_that_leaves_several_towns_offers_only_its_own(database):
    [question] = city_question(database, city="Cambridge", country="US")
    assert {candidate.country for candidate in question.candidates} == {"US"}
    assert "Cambridge — Massachusetts, United States" in [c.shown for c in question.candidates]


# --- in the event form --------------------------------------------------------------------


@pytest.fixture
def sample(database_with):
    return database_with(fill_sample)


@pytest.fixture
def russian() -> Iterator[None]:
    i18n.set_language("ru")
    yield
    i18n.set_language("en")


@pytest.fixture
def new_form(qtbot, sample, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    def make(city: str, database=sample) -> EventForm:
        form = EventForm(database)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        data = dataclasses.replace(
            sample_inputs()[0],
            title="Poetry evening",
            country=None,
            region=None,
            city=city,
            place_as_written=None,
        )
        form.fields.set_value(data)
        form.check_duplicates = False
        return form

    return SimpleNamespace(make=make)


def choose_in_name_check(qtbot, row_with: str | None) -> list[list[str]]:
    """When the name check shows, highlight the choice containing ``row_with`` (None:
    the last one, keep as written), record the choices and press Enter."""
    shown: list[list[str]] = []
    tries = iter(range(300))

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, NameCheckDialog):
            choices = dialog.lists[0]
            texts = [choices.item(row).text() for row in range(choices.count())]
            shown.append(texts)
            wanted = [i for i, text in enumerate(texts) if row_with and row_with in text]
            choices.setCurrentRow(wanted[0] if wanted else choices.count() - 1)
            qtbot.keyClick(choices, Qt.Key.Key_Return)
        elif next(tries, None) is not None:
            QTimer.singleShot(20, act)

    QTimer.singleShot(0, act)
    return shown


def completion_of(qtbot, form: EventForm, typed: str, row_with: str) -> tuple[str, str]:
    """Pick the completion list's town containing ``row_with``: its (label, text put in
    the field)."""
    type_into(qtbot, form.fields.city, typed)
    completer = form.fields.city.completer()
    offered = dict(zip(completer.labels(), completer.names(), strict=True))
    [(label, name)] = [item for item in offered.items() if row_with in item[0]]
    completer.popup().hide()
    form.fields.city.setText(name)  # what choosing it in the popup puts in the field
    return label, name


def saved_place(database) -> tuple[object, ...]:
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.title == "Poetry evening"))
        assert event is not None
        city = event.city
        return (
            city.geonames_id if city else None,
            event.region.code if event.region else None,
            event.country.code if event.country else None,
            event.place_as_written,
        )


def test_a_russian_name_chosen_in_the_check_is_saved_as_the_completion_pick(
    qtbot, new_form, sample, database_with, russian
):
    elsewhere = database_with(fill_sample)  # a copy: the pick stores the town in its own
    picked = new_form.make("", elsewhere)
    label, name = completion_of(qtbot, picked, "Кембридж", "Англия")
    assert picked.save(then="stay")  # the completion pick: no question, the town is known
    by_completion = saved_place(elsewhere)

    shown = choose_in_name_check(qtbot, "Англия")
    form = new_form.make("Кембридж")
    assert form.save(then="stay")
    assert shown and label in shown[0]
    assert "Кембридж" in shown[0][-1]  # keeping it as written is still offered
    assert saved_place(sample) == by_completion
    assert by_completion[1:3] == ("GB-ENG", "GB")
    assert form.fields.city.text() == name  # the form shows what the completion puts in


def test_an_english_name_can_still_be_kept_as_written(qtbot, new_form, sample):
    shown = choose_in_name_check(qtbot, None)
    form = new_form.make("Cambridge")
    assert form.save(then="stay")
    assert shown and all(label in shown[0] for label in CAMBRIDGES)
    assert shown[0][-1].startswith("Keep “Cambridge” as written")
    assert saved_place(sample) == (None, None, None, "Cambridge")


def test_an_english_name_chosen_in_the_check_is_saved_in_that_town(qtbot, new_form, sample):
    shown = choose_in_name_check(qtbot, "Ontario")
    form = new_form.make("Cambridge")
    assert form.save(then="stay")
    assert shown
    geonames_id, region, country, _written = saved_place(sample)
    assert (region, country) == ("CA-ON", "CA") and geonames_id is not None


def test_a_town_named_with_its_region_is_the_town_of_that_name_not_one_also_called_so(
    database,
) -> None:
    """GeoNames lists "Cambridge" among another Massachusetts town's other names: "Cambridge,
    Massachusetts" (what the completion list writes) found two towns and stored none."""
    from db.gazetteer import Gazetteer

    with database.sessions() as session:
        gazetteer = Gazetteer(session)
        town = gazetteer.world_city("Cambridge, Massachusetts")
        offered = {c.name for c in gazetteer.world_towns("Cambridge", "US", "US-MA")}
    assert town is not None and (town.name, town.region_code) == ("Cambridge", "US-MA")
    assert offered == {"Cambridge"}
