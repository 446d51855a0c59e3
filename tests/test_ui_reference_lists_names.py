"""The reference lists name each record in the interface language, as the rest of the window
does: a Russian clerk read "Khojaly genocide", "conference", "Afghanistan" in the Name
column while the Details beside it said "Ходжалинский геноцид"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from db.reference_service import ReferenceService
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import tmp_settings, type_into


@pytest.fixture
def language(qapp) -> Iterator[object]:
    """``language("ru")`` puts the window and the services in that language until the end
    of the test."""

    def use(code: str) -> None:
        i18n.set_language(code)
        i18n.install_translators(qapp, code)

    yield use
    use("en")


@pytest.fixture
def open_list(qtbot, database, tmp_path):
    def show(kind: str):
        main = MainWindow(database, tmp_settings(tmp_path))
        qtbot.addWidget(main)
        lists = main.show_reference_lists()
        qtbot.addWidget(lists)
        return lists.show_list(kind)

    return show


def search(qtbot, page, text: str) -> list[tuple[str, ...]]:
    """Type ``text`` into the list's search box as a clerk does; the rows found, each as
    its (name, aliases, details) texts."""
    page.search.clear()
    type_into(qtbot, page.search, text)
    page._debounce.stop()  # the search the clerk's pause would start, now
    page.refresh()
    table = page.table
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


@pytest.mark.parametrize(
    ("language_code", "kind", "typed", "shown", "others"),
    [
        (
            "ru",
            "occasion",
            "Khojaly genocide",
            "Ходжалинский геноцид",
            ("Khojaly genocide", "Xocalı soyqırımı"),
        ),
        (
            "az",
            "occasion",
            "Khojaly genocide",
            "Xocalı soyqırımı",
            ("Khojaly genocide", "Ходжалинский геноцид"),
        ),
        ("ru", "event_type", "conference", "конференция", ("conference", "konfrans")),
        ("az", "event_type", "конференция", "konfrans", ("conference", "конференция")),
        (
            "ru",
            "program_item_type",
            "minute of silence",
            "минута молчания",
            ("minute of silence", "bir dəqiqəlik sükut"),
        ),
        ("ru", "country", "Afghanistan", "Афганистан", ("Afghanistan",)),
        ("az", "country", "Afghanistan", "Əfqanıstan", ("Afghanistan",)),
        ("ru", "region", "Primorsky", "Приморский край", ("Primorsky Krai",)),
        ("ru", "city", "Vladivostok", "Владивосток", ("Vladivostok",)),
    ],
)
def test_the_name_column_is_in_the_interface_language_and_details_give_the_others(
    qtbot, open_list, language, language_code, kind, typed, shown, others
):
    language(language_code)
    page = open_list(kind)
    rows = search(qtbot, page, typed)
    assert [row[0] for row in rows] == [shown]
    _name, aliases, details = rows[0]
    for other in others:  # the names in the other languages stay in sight
        assert other in details, details
    assert shown not in details.split(" · ")  # not twice in one row
    assert shown not in aliases.split(", ")


@pytest.mark.parametrize(
    ("language_code", "kind", "typed", "shown"),
    [
        # pycountry's names, shown in the Name column, are no alias of the record
        ("ru", "country", "Афганистан", "Афганистан"),
        ("az", "country", "Əfqanıstan", "Əfqanıstan"),
        ("ru", "country", "Əfqanıstan", "Афганистан"),  # another language's name
        ("en", "country", "Афганистан", "Afghanistan"),
        ("az", "city", "Çita", "Çita"),  # GeoNames' Azerbaijani name only
        ("ru", "event_type", "konfrans", "конференция"),
        ("ru", "occasion", "Xocalı soyqırımı", "Ходжалинский геноцид"),
    ],
)
def test_a_record_is_found_by_its_name_in_any_language(
    qtbot, open_list, language, language_code, kind, typed, shown
):
    language(language_code)
    page = open_list(kind)
    assert shown in [row[0] for row in search(qtbot, page, typed)]


def test_a_record_without_a_name_in_the_interface_language_shows_the_one_it_has(
    qtbot, database, open_list, language
):
    with database.sessions.begin() as session:
        ReferenceService(session).save("event_type", None, {"name": "poetry slam"}, [])
    language("ru")
    page = open_list("event_type")
    (row,) = search(qtbot, page, "slam")
    assert row[0] == "poetry slam"
    assert "poetry slam" not in row[2].split(" · ")


def test_the_list_is_in_the_alphabetical_order_of_the_names_it_shows(qtbot, open_list, language):
    language("ru")
    page = open_list("event_type")
    names = [row[0] for row in search(qtbot, page, "")]
    assert names == sorted(names, key=str.casefold), names  # Cyrillic: no ё or case to mind
    assert "конференция" in names


def test_a_name_changed_is_shown_and_found_at_once(qtbot, database, open_list, language):
    language("ru")
    page = open_list("event_type")
    assert [row[0] for row in search(qtbot, page, "conference")] == ["конференция"]
    with database.sessions.begin() as session:
        service = ReferenceService(session)
        (conference,) = service.search("event_type", "conference")
        data = service.read("event_type", conference.id)
        assert data is not None
        values = {**data.values, "name_ru": "научная конференция"}
        service.save("event_type", conference.id, values, [], data.version)
    assert [row[0] for row in search(qtbot, page, "научная")] == ["научная конференция"]
