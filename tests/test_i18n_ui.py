"""Switching the language changes what the main window, the form and the table show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel

from db.models import EventStatus
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import CHELYABINSK_TITLE, tmp_settings


def open_window(qtbot, database, tmp_path) -> MainWindow:
    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def labels(widget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel)}


def chelyabinsk_row(window: MainWindow) -> int:
    return next(
        row
        for row in range(window.model.rowCount())
        if window.model.row_at(row).title == CHELYABINSK_TITLE
    )


def test_the_main_window_and_form_speak_the_chosen_language(
    qtbot, database, tmp_path, interface_language
):
    interface_language("en")
    english = open_window(qtbot, database, tmp_path)
    english.load_sample()
    assert menu_titles(english) == ["&File", "&Edit", "&Help"]
    english.close()

    interface_language("ru")
    window = open_window(qtbot, database, tmp_path)
    assert menu_titles(window) == ["&Файл", "&Правка", "&Справка"]
    assert window.windowTitle() == "Мероприятия диаспоры"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Дата"
    assert "Повод" in labels(window.filter_bar)
    row = chelyabinsk_row(window)
    shown = window.model.row_at(row)
    assert shown.event_type == "траурное мероприятие"
    assert shown.occasion == "Ходжалинский геноцид"
    assert shown.country == "Россия"
    assert window.model.index(row, 0).data().startswith("26.02.2025")

    form = window.open_form(window.model.uuid_at(row))
    fields = form.fields
    assert fields.event_type.currentText() == "траурное мероприятие"
    assert fields.occasion.currentText() == "Ходжалинский геноцид"
    assert fields.country.currentText() == "Россия"
    assert fields.start_date.text() == "26.02.2025"
    assert {"Мероприятие", "Место"} <= {group.title() for group in form.findChildren(QGroupBox)}
    assert "&Название" in labels(fields)
    assert fields.anniversary_computed.text() == "вычислено: 33-я годовщина"
    assert not form.is_dirty(), "showing localized names must not count as an edit"
    form.reject()
    window.close()

    interface_language("az")
    window = open_window(qtbot, database, tmp_path)
    assert menu_titles(window) == ["&Fayl", "&Redaktə", "&Kömək"]
    row = chelyabinsk_row(window)
    assert window.model.row_at(row).occasion == "Xocalı soyqırımı"
    form = window.open_form(window.model.uuid_at(row))
    assert form.fields.country.currentText() == "Rusiya"
    assert form.fields.event_type.currentText() == "anım tədbiri"
    # Azerbaijani ordinals take their ending by vowel harmony (33-cü, 36-cı), not "-ci".
    assert form.fields.anniversary_computed.text() == "hesablanıb: 33-cü ildönümü"
    form.reject()
    window.close()


def test_a_localized_form_saves_the_same_event(qtbot, database, tmp_path, interface_language):
    """Names shown in Russian resolve back to the same records when saved."""
    interface_language("ru")
    window = open_window(qtbot, database, tmp_path)
    window.load_sample()
    row = chelyabinsk_row(window)
    before = window.model.row_at(row)
    form = window.open_form(window.model.uuid_at(row))
    form.fields.title.setText(before.title + " (2)")
    assert form.save()
    window.model.refresh()
    after = window.model.row_at(chelyabinsk_row_any(window, before.title + " (2)"))
    assert (after.occasion, after.country, after.region, after.event_type) == (
        before.occasion,
        before.country,
        before.region,
        before.event_type,
    )
    window.close()


def chelyabinsk_row_any(window: MainWindow, title: str) -> int:
    return next(r for r in range(window.model.rowCount()) if window.model.row_at(r).title == title)


def test_the_table_names_cities_in_the_interface_language(
    qtbot, database, tmp_path, interface_language
):
    """Issue 11 item 14: "Vladivostok" stayed English in the Russian window."""
    interface_language("en")
    english = open_window(qtbot, database, tmp_path)
    english.load_sample()
    english.close()
    interface_language("ru")
    window = open_window(qtbot, database, tmp_path)
    cities = {window.model.row_at(row).city for row in range(window.model.rowCount())}
    assert "Владивосток" in cities and "Vladivostok" not in cities
    # The form too: it named the city "Vladivostok" beside "Приморский край" and "Россия".
    row = next(r for r in range(window.model.rowCount()) if window.model.row_at(r).city)
    before = window.model.row_at(row)
    form = window.open_form(window.model.uuid_at(row))
    assert form.fields.city.text() == "Владивосток"
    assert not form.is_dirty(), "showing the city's Russian name is no edit"
    form.fields.title.setText(before.title + " (2)")
    assert form.save()  # the Russian name resolves to the same city: no question, no new place
    window.model.refresh()
    after = window.model.row_at(chelyabinsk_row_any(window, before.title + " (2)"))
    assert (after.city, after.region, after.country) == (before.city, before.region, before.country)
    window.close()


@pytest.mark.parametrize("language", sorted(i18n.LANGUAGES))
def test_the_fallback_contexts_are_those_an_xml_parser_reads(language: str) -> None:
    """The start reads the catalog's context names with a pattern (no XML parser): the
    same names as ElementTree reads, so a string filed under "" or "dialog" is found."""
    import xml.etree.ElementTree as ET

    ts_file = i18n.TRANSLATIONS_DIR / f"{i18n.CATALOG}_{language}.ts"
    contexts = ET.parse(ts_file).getroot().iter("context")
    names = {context.findtext("name") or "" for context in contexts}
    assert i18n.fallback_contexts(ts_file) == sorted(n for n in names if not n[:1].isupper())


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["1st", "2nd", "3rd", "11th", "12th", "22nd", "33rd", "100th"]),
        ("az", ["1-ci", "2-ci", "3-cü", "6-cı", "9-cu", "30-cu", "33-cü", "36-cı", "100-cü"]),
        ("ru", ["1", "3", "33"]),  # the label adds the ending its noun takes ("-я годовщина")
    ],
)
def test_ordinals_are_written_as_each_language_writes_them(
    language, expected, interface_language
) -> None:
    from db.messages import format_ordinal as ordinal  # the window's language (it sets it)

    interface_language(language)
    numbers = [int(text.split("-")[0].rstrip("stndrh")) for text in expected]
    assert [ordinal(number) for number in numbers] == expected


def test_marking_events_speaks_the_language_and_keeps_the_selection(
    qtbot, database, tmp_path, interface_language
):
    """A Russian clerk read "1 мероприятие отмечено: verified." and "Отменить Отметка 1
    мероприятия: verified"; the selection then went, so a second mark did nothing."""
    interface_language("ru")
    window = open_window(qtbot, database, tmp_path)
    window.load_sample()
    row = chelyabinsk_row(window)
    window.table.selectRow(row)
    chosen = window.selected_uuids()
    assert window.set_status_selected(EventStatus.VERIFIED) == 1
    assert window.statusBar().currentMessage() == "1 мероприятие отмечено: проверено."
    assert window.undo_action.text() == "&Отменить отметку 1 мероприятия как «проверено»"
    qtbot.waitUntil(lambda: window.selected_uuids() == chosen)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.selected_uuids() == chosen)
    assert window.redo_action.text() == "&Повторить отметку 1 мероприятия как «проверено»"
