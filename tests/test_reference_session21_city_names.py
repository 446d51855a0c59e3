"""A clerk correcting a city's name in the Russian or Azerbaijani window: the editor showed
the stored English name ("Vladivostok") under a bare "Name" while the list beside it said
"Владивосток"; the clerk typed the Russian spelling there and the English report, the
English window and the English alias of the town all said "Владивосток" from then on,
with no way to give the town its Russian name in the editor at all."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit
from sqlalchemy import select

from db.engine import Database
from db.models import ChangeLog, City, Organization
from db.reference_service import ReferenceService
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import tmp_settings, type_into


@pytest.fixture
def russian(qapp) -> Iterator[None]:
    """The window and the services in Russian until the end of the test."""
    i18n.set_language("ru")
    i18n.install_translators(qapp, "ru")
    yield
    i18n.set_language("en")
    i18n.install_translators(qapp, "en")


def _city(database: Database, name: str) -> City:
    with database.sessions() as session:
        city = session.scalar(select(City).where(City.name == name))
        assert city is not None
        return city


def _label_of(dialog, edit: QLineEdit) -> str:
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is edit]
    assert len(labels) == 1
    return labels[0].text().replace("&", "")


def test_the_russian_clerk_corrects_the_russian_name_and_the_english_one_stays(
    qtbot, database: Database, tmp_path, russian
) -> None:
    vladivostok = _city(database, "Vladivostok")
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    lists = main.show_reference_lists()
    qtbot.addWidget(lists)
    page = lists.show_list("city")
    page.select_ids([vladivostok.id])
    dialog = page.edit_selected()
    assert dialog is not None  # the list owns it; saving closes and deletes it

    name = dialog.inputs["name"]
    assert name.text() == "Vladivostok"
    assert "англ" in _label_of(dialog, name).casefold()  # the clerk is told which name it is
    assert "name_ru" in dialog.inputs, "the Russian name cannot be edited at all"
    russian_name = dialog.inputs["name_ru"]
    assert russian_name.text() == vladivostok.name_ru
    russian_name.clear()
    type_into(qtbot, russian_name, "Владивосток-на-Амуре")
    assert dialog.save()

    with database.sessions() as session:
        city = session.get(City, vladivostok.id)
        assert city is not None
        assert city.name == "Vladivostok"
        assert city.name_ru == "Владивосток-на-Амуре"
        assert {a.name for a in city.aliases} >= {"Vladivostok"}
        shown = ReferenceService(session).shown_names("city", [city], "en")
        assert shown[city.id] == "Vladivostok"
        logged = session.scalars(
            select(ChangeLog).where(
                ChangeLog.table_name == "city", ChangeLog.record_id == city.id
            )
        ).all()
        assert logged[-1].changes["name_ru"][1] == "Владивосток-на-Амуре"

    lists.undo_stack.undo()
    with database.sessions() as session:
        city = session.get(City, vladivostok.id)
        assert city is not None
        assert city.name_ru == vladivostok.name_ru


def test_a_name_longer_than_its_column_is_refused_and_kept_in_the_dialog(
    qtbot, database: Database, tmp_path
) -> None:
    """SQLite keeps any length; PostgreSQL and ``db copy`` refuse it later, far from the
    clerk who typed it. The dialog says so and keeps the text to shorten."""
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    lists = main.show_reference_lists()
    qtbot.addWidget(lists)
    page = lists.show_list("organization")
    dialog = page.add()  # the list owns it
    long_name = "Союз азербайджанской молодёжи " * 14  # 420 characters
    dialog.inputs["name"].setText(long_name)
    type_into(qtbot, dialog.inputs["short_name"], "Union")

    assert not dialog.save()
    assert "400" in dialog.error.text()
    assert dialog.inputs["name"].text() == long_name
    assert dialog.isVisible()
    with database.sessions() as session:
        assert session.scalar(select(Organization.id).where(Organization.name == long_name)) is None

    dialog.inputs["name"].setText(long_name.strip()[:400])
    dialog.inputs["short_name"].setText("U" * 121)
    assert not dialog.save()
    assert "120" in dialog.error.text()
