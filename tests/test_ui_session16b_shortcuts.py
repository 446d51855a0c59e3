"""F1 lists the ways between the search box and the table."""

from __future__ import annotations

from desktop.ui.dialogs import shortcut_list


def rows_with(keys: str) -> list[str]:
    return [f"{where} | {what}" for where, shown, what in shortcut_list() if keys in shown]


def test_f1_says_down_goes_from_the_search_box_to_the_events():
    rows = rows_with("Down")
    assert any("search box" in row and "event" in row for row in rows), rows


def test_f1_says_tab_goes_from_the_table_back_to_the_search_box():
    rows = rows_with("Tab")
    assert any("table" in row and "search box" in row for row in rows), rows
