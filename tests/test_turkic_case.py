"""An Azerbaijani clerk types names in lower case: "iran" is "İran", "ismayılov" is
"İsmayılov". Python lower-cases the dotted capital İ to "i̇" (with a combining dot) and
Qt's case-insensitive match keeps it apart from "i": the form then took "italiya" for no
country of its list and offered regions of every country (it offered "Tver Oblast")."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from db.event_store import EventInput, EventStore, OrganizerInput, SpeakerInput
from db.names import normalize
from desktop.ui import i18n
from desktop.ui.event_form import EventForm
from tests.test_ui_support import type_into


@pytest.fixture
def az_form(qtbot, qapp, database, monkeypatch):
    """The event form of an Azerbaijani clerk (English again after the test)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    def speak(language: str) -> None:
        i18n.set_language(language)
        i18n.install_translators(QApplication.instance(), language)

    speak("az")
    form = EventForm(database)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    yield form
    speak("en")


@pytest.mark.parametrize(
    ("typed", "shown", "code"),
    [("iran", "İran", "IR"), ("italiya", "İtaliya", "IT"), ("İTALİYA", "İtaliya", "IT")],
)
def test_a_country_typed_in_lower_case_is_the_country_of_the_list(
    qtbot, az_form, typed, shown, code
) -> None:
    fields = az_form.fields
    assert fields.country.itemText(fields.country.findData(code)) == shown
    type_into(qtbot, fields.country, typed)
    model = fields.country.completer().completionModel()
    assert model.index(0, 0).data() == shown  # the popup offered it all along
    assert fields.value().country == code


def test_regions_are_offered_only_within_a_country_typed_in_lower_case(qtbot, az_form) -> None:
    fields = az_form.fields
    type_into(qtbot, fields.country, "italiya")
    type_into(qtbot, fields.region, "Tver")
    offered = fields.region.completer().labels()
    assert not any("Tver" in label for label in offered), offered
    fields.region.clear()
    type_into(qtbot, fields.region, "Lomb")
    offered = fields.region.completer().labels()
    assert offered and all("(İtaliya)" in label for label in offered), offered


def test_a_person_and_an_organization_named_with_dotted_i_are_found_in_lower_case(
    database,
) -> None:
    """The stored keys ("normalized" columns) already fold "İ" to "i": no key changes."""
    assert normalize("İsmayılov") == normalize("ismayılov") == normalize("ISMAYILOV")
    with database.sessions() as session:
        store = EventStore(session)
        store.save(EventInput(
            title="Novruz", start_date=dt.date(2025, 3, 20),
            organizers=[OrganizerInput("İctimai Birlik İrs")],
            speakers=[SpeakerInput("Elşən İsmayılov")],
        ))
        session.commit()
    with database.sessions() as session:
        gazetteer = EventStore(session).gazetteer
        person = gazetteer.resolve_person("elşən ismayılov", fuzzy=False)
        organization = gazetteer.resolve_organization("ictimai birlik irs", fuzzy=False)
        assert person is not None and person.full_name == "Elşən İsmayılov"
        assert organization is not None and organization.name == "İctimai Birlik İrs"


def test_the_speaker_field_offers_a_person_named_with_dotted_i(qtbot, az_form, database) -> None:
    with database.sessions() as session:
        EventStore(session).save(EventInput(
            title="Novruz", start_date=dt.date(2025, 3, 20),
            speakers=[SpeakerInput("Elşən İsmayılov")],
        ))
        session.commit()
    az_form.fields.speakers.add_row()
    name = az_form.fields.speakers.row_inputs(0)[0]
    type_into(qtbot, name, "ismayılov")
    assert "Elşən İsmayılov" in name.completer().names()
