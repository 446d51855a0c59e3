"""The reference lists' search with a typo: a clerk who misspells a name must see the record
it probably means (said to be a near spelling), not an empty list that invites a duplicate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.main_window import MainWindow
from tests.test_ui_support import tmp_settings, type_into


@pytest.fixture
def window(qtbot, sample_database, tmp_path):
    main = MainWindow(sample_database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    return main


def search(qtbot, window: MainWindow, kind: str, text: str):
    lists = window.show_reference_lists()
    qtbot.addWidget(lists)
    page = lists.show_list(kind)
    type_into(qtbot, page.search, text)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # search now, not after the pause
    return page


def shown_names(page) -> list[str]:
    return [page.table.item(row, 0).text() for row in range(page.table.rowCount())]


def test_a_misspelt_organization_shows_the_near_one_and_says_it_is_not_exact(qtbot, window):
    page = search(qtbot, window, "organization", "Frendship")
    assert shown_names(page) == ["Friendship"]
    said = page.count.text()
    assert "Frendship" in said and "similar" in said  # not "1 shown", as if it matched


def test_a_misspelt_country_in_russian_letters_finds_russia(qtbot, window):
    page = search(qtbot, window, "country", "Росия")
    assert "Russia" in shown_names(page)


def test_an_exact_search_is_not_padded_with_near_names(qtbot, window):
    page = search(qtbot, window, "organization", "Friendship")
    assert shown_names(page) == ["Friendship"]
    assert "similar" not in page.count.text()


def test_near_names_can_be_opened_with_enter_like_found_ones(qtbot, window, monkeypatch):
    page = search(qtbot, window, "organization", "Frendship")
    assert page.selected_ids(), "Enter in the search box should select the near record"
    assert page.edit_button.isEnabled()
