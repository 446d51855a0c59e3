"""The main window as a clerk uses it (session 19): Escape in the search box, a search or
a period that filters by nothing, the status list's width, the count in the status bar,
column titles after a language change, and the overview's one-sided period."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from db.engine import Database
from db.models import Event, EventStatus
from db.names import normalize
from desktop.ui import events_model
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import assert_titles_fit, child, focus, tmp_settings, type_into


def add_events(database: Database, count: int, title: str = "Evening") -> None:
    """Plain events, straight into the tables (the store is tested elsewhere)."""
    with database.sessions.begin() as session:
        for number in range(count):
            text = f"{title} {number}"
            session.add(
                Event(
                    title=text,
                    start_date=dt.date(2024, 1, 1) + dt.timedelta(days=number % 300),
                    status=EventStatus.VERIFIED if number % 2 else EventStatus.DRAFT,
                    search_text=normalize(text),
                )
            )


def open_window(qtbot, database: Database, tmp_path: Path) -> MainWindow:
    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, database: Database, tmp_path: Path) -> MainWindow:
    add_events(database, 12)
    add_events(database, 3, title="Concert")
    return open_window(qtbot, database, tmp_path)


def test_escape_in_the_search_box_clears_the_search_and_shows_every_event(qtbot, window):
    search = child(window, "filter_text")
    type_into(qtbot, search, "concert")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.model.total == 3

    qtbot.keyClick(search, Qt.Key.Key_Escape)
    window.model.wait()
    assert search.text() == ""
    assert window.model.total == 15
    assert search.hasFocus()  # the clerk types the next word straight away


def test_escape_in_an_empty_search_box_keeps_the_other_filters(qtbot, window):
    status = child(window, "filter_status")
    status.setCurrentIndex(status.findData(EventStatus.VERIFIED.value))
    window.model.wait()
    shown = window.model.total
    search = child(window, "filter_text")
    focus(search)
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    window.model.wait()
    assert status.currentData() == EventStatus.VERIFIED.value
    assert window.model.total == shown


@pytest.mark.parametrize("language", ["ru", "az", "en"])
def test_the_chosen_status_is_shown_in_full(qtbot, database, tmp_path, interface_language,
                                            language):
    interface_language(language)
    window = open_window(qtbot, database, tmp_path)
    status: QComboBox = child(window, "filter_status")
    for index in range(status.count()):
        status.setCurrentIndex(index)
        shown = status.style().subElementRect(
            status.style().SubElement.SE_ComboBoxFocusRect, _option(status), status
        ).width()
        needed = status.fontMetrics().horizontalAdvance(status.currentText())
        assert needed <= shown, f"“{status.currentText()}” is cut off"


def _option(combo: QComboBox):
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = combo.currentText()
    return option


@pytest.fixture
def slow_count(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Counting the matches waits until the test lets it go (a million events)."""
    go = threading.Event()
    count = events_model.count_matches

    def held(*args, **kwargs):
        go.wait(10)
        return count(*args, **kwargs)

    monkeypatch.setattr(events_model, "count_matches", held)
    yield go
    go.set()


def test_the_status_bar_does_not_give_the_first_page_for_the_count(
    qtbot, database, tmp_path, slow_count
):
    add_events(database, events_model.PAGE_SIZE + 30)
    window = open_window(qtbot, database, tmp_path)
    label = child(window, "status_count")
    assert str(events_model.PAGE_SIZE) not in label.text().split()[0]  # not "200 events"

    slow_count.set()
    window.model.wait()
    qtbot.waitUntil(lambda: label.text() == f"{events_model.PAGE_SIZE + 30} events")


def test_a_large_count_is_written_with_the_languages_digit_groups(qtbot, database, tmp_path):
    add_events(database, 1230)
    window = open_window(qtbot, database, tmp_path)
    window.model.wait()
    qtbot.waitUntil(lambda: child(window, "status_count").text() == "1,230 events")


def test_a_period_that_ends_before_it_starts_is_pointed_out(qtbot, window):
    bar = window.filter_bar
    type_into(qtbot, child(window, "filter_use_from"), " ")
    field = child(window, "filter_date_from")
    field.clear()
    type_into(qtbot, field, "31.12.2024")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    type_into(qtbot, child(window, "filter_use_to"), " ")
    field = child(window, "filter_date_to")
    field.clear()
    type_into(qtbot, field, "01.01.2024")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    window.model.wait()
    assert window.model.total == 0
    problem = child(window, "filter_date_problem")
    assert problem.isVisibleTo(window)
    assert "2024-12-31" in problem.text() and "2024-01-01" in problem.text()

    bar.date_from.set_value(dt.date(2023, 12, 31))  # put right: the message goes
    qtbot.keyClick(bar.date_from, Qt.Key.Key_Return)
    assert not problem.isVisibleTo(window)


@pytest.mark.parametrize("typed", ["a", "ə", "7", "«»"])
def test_a_search_too_short_to_filter_says_so(qtbot, window, typed):
    search = child(window, "filter_text")
    type_into(qtbot, search, typed)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    window.model.wait()
    assert window.model.total == 15  # nothing to search for: every event stays
    problem = child(window, "filter_text_problem")
    assert problem.isVisibleTo(window)
    assert f"“{typed}”" in problem.text()

    qtbot.keyClick(search, Qt.Key.Key_End)
    qtbot.keyClicks(search, "bc")  # a word of two letters searches: the message goes
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert not problem.isVisibleTo(window)


def test_f1_lists_escape_in_the_search_box():
    from desktop.ui.dialogs import shortcut_list

    rows = [(where, what) for where, keys, what in shortcut_list() if "Esc" in keys]
    assert any("search box" in what and "clear" in what for _where, what in rows), rows


def test_column_titles_fit_after_the_language_changes_between_sessions(
    qtbot, database, tmp_path, interface_language
):

    window = open_window(qtbot, database, tmp_path)  # English widths, remembered
    window.close()
    interface_language("ru")
    window = open_window(qtbot, database, tmp_path)
    assert_titles_fit(window, "ru after en widths")


@pytest.mark.parametrize(
    ("ticked", "day", "shown", "field"),
    [
        ("filter_use_from", dt.date(2024, 5, 15), "2024-05-15 – 2024-12-31", "“to”"),
        ("filter_use_to", dt.date(2024, 5, 15), "2024-01-01 – 2024-05-15", "“From”"),
    ],
)
def test_the_overview_says_why_a_one_sided_period_stops_at_the_years_edge(
    qtbot, window, ticked, day, shown, field
):
    """The table shows every event from (up to) the day; the overview one year of them:
    the clerk is told so, and which date to set for another period."""
    box = child(window, ticked)
    date = child(window, ticked.replace("use", "date"))
    box.setChecked(True)
    date.set_value(day)
    date.editingFinished.emit()
    with qtbot.waitSignal(window.overview.refreshed, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown in window.overview.period_label.text())
    assert field in window.overview.period_label.text()
    window.overview.wait()


def test_a_remembered_reversed_period_is_pointed_out_after_a_restart(qtbot, window, database,
                                                                       tmp_path):
    bar = window.filter_bar
    bar.use_from.setChecked(True)
    bar.date_from.set_value(dt.date(2024, 12, 31))
    bar.use_to.setChecked(True)
    bar.date_to.set_value(dt.date(2024, 1, 1))
    window.close()
    again = open_window(qtbot, database, tmp_path)
    assert again.filter_bar.event_filter().date_to == dt.date(2024, 1, 1)
    assert child(again, "filter_date_problem").isVisibleTo(again)
