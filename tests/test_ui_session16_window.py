"""The main window as a clerk uses it, keyboard first, on three years of events: leaving
the table with Tab, a filter that matches nothing, every column on screen, delete and undo,
the overview's figures against the table's count."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from db.event_store import EventInput, EventStore, OrganizerInput
from db.tables import EventStatus
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import child, tmp_settings

PLACES = (
    ("RU", "Moscow", "Moscow"),
    ("RU", "Republic of Dagestan", "Derbent"),
    ("RU", "Krasnodar Krai", "Krasnodar"),
    ("GE", None, None),
)
OCCASIONS = ("Khojaly genocide", "20 January tragedy", "Independence Day (May 28)", None)
ORGANIZERS = ("Vatan society", "Friendship", "Youth union of the Kuban")


def three_years(database, count: int) -> None:
    """``count`` events spread over 2023-2025, in four places, by three organizations."""
    with database.sessions.begin() as session:
        store = EventStore(session)
        for number in range(count):
            country, region, city = PLACES[number % len(PLACES)]
            store.save(
                EventInput(
                    title=f"Meeting number {number} of the community in {city or country}",
                    start_date=dt.date(2023, 1, 3) + dt.timedelta(days=(number * 7) % 1090),
                    event_type="meeting",
                    occasion=OCCASIONS[number % len(OCCASIONS)],
                    country=country,
                    region=region,
                    city=city,
                    status=EventStatus.VERIFIED if number % 3 else EventStatus.DRAFT,
                    organizers=[OrganizerInput(ORGANIZERS[number % len(ORGANIZERS)])],
                )
            )


@pytest.fixture
def events(database_with):
    return database_with(three_years, 150)


def open_window(qtbot, database, tmp_path) -> MainWindow:
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)  # shortcuts need it
    main.model.wait()
    return main


def focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def test_tab_leaves_the_table_for_the_filter_bar_and_back(qtbot, events, tmp_path):
    """Tab moved from cell to cell inside the table and never out of it: a clerk who
    tabbed into the table could not reach the search box again without the mouse."""
    main = open_window(qtbot, events, tmp_path)
    main.filter_bar.text.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(12):  # the filter bar's fields, the tab bar, then the table
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if focused() == "events_table":
            break
    assert focused() == "events_table"
    qtbot.keyClick(main.table, Qt.Key.Key_Tab)
    assert focused() == "filter_text", "Tab is caught in the table"
    main.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(main.table, Qt.Key.Key_Backtab)
    assert focused() != "events_table", "Shift+Tab is caught in the table"


def test_a_filter_that_matches_nothing_says_what_to_do(qtbot, events, tmp_path):
    main = open_window(qtbot, events, tmp_path)
    main.filter_bar.text.setText("no such words anywhere")
    qtbot.keyClick(main.filter_bar.text, Qt.Key.Key_Return)
    main.model.wait()
    assert main.model.rowCount() == 0
    hints = [label for label in main.findChildren(QLabel) if label.isVisible()
             and main.filter_bar.clear_button.text().replace("&", "") in label.text()]
    assert hints, "an empty table under a filter gives no word of what to do"
    main.filter_bar.clear_button.click()
    main.model.wait()
    assert main.model.rowCount() == 150
    assert not any(hint.isVisible() for hint in hints)


@pytest.mark.parametrize("language", ["ru", "az", "en"])
def test_every_column_is_on_screen_at_the_first_start(
    qtbot, events, tmp_path, interface_language, language
):
    """The status column was past the right edge of a 1280-pixel window in Russian and
    Azerbaijani: the clerk had to scroll sideways to see whether an event is checked."""
    interface_language(language)
    main = open_window(qtbot, events, tmp_path)
    header = main.table.horizontalHeader()
    assert header.length() <= main.table.viewport().width()
    for column in range(main.model.columnCount()):  # and no title is cut
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()


def test_delete_key_asks_then_ctrl_z_brings_the_event_back(qtbot, events, tmp_path, monkeypatch):
    main = open_window(qtbot, events, tmp_path)
    asked: list[str] = []

    def yes(*args, **_kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    main.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(main.table, Qt.Key.Key_Down)
    title = main.model.row_at(main.table.currentIndex().row()).title
    qtbot.keyClick(main.table, Qt.Key.Key_Delete)
    assert asked and title in asked[0]
    main.model.wait()
    assert main.model.rowCount() == 149
    assert "149" in child(main, "status_count").text()
    qtbot.keyClick(main.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    main.model.wait()
    assert main.model.rowCount() == 150
    assert "150" in child(main, "status_count").text()


def test_the_overview_counts_what_the_table_shows(qtbot, events, tmp_path):
    main = open_window(qtbot, events, tmp_path)
    bar = main.filter_bar
    bar.use_from.setChecked(True)
    bar.date_from.set_value(dt.date(2024, 3, 1))
    bar.use_to.setChecked(True)
    bar.date_to.set_value(dt.date(2024, 10, 31))
    bar.combos["country"].fill()
    bar.combos["country"].setCurrentIndex(bar.combos["country"].findText("Russia"))
    main.model.wait()
    shown = main.model.rowCount()
    assert 0 < shown < 150
    with qtbot.waitSignal(main.overview.refreshed, timeout=30_000):
        qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    overview = main.overview.overview
    assert overview is not None and overview.total == shown
    assert sum(bar.count for bar in overview.countries) == shown
    assert main.overview.period_label.text().count(str(shown)) == 1
    main.overview.wait()


def test_after_delete_the_next_event_is_current_for_the_keyboard(
    qtbot, events, tmp_path, monkeypatch
):
    """The cursor vanished with the deleted row: the actions went grey, and Down jumped
    back to the top of the table instead of going on from where the clerk was."""
    main = open_window(qtbot, events, tmp_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    main.table.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(5):
        qtbot.keyClick(main.table, Qt.Key.Key_Down)
    row = main.table.currentIndex().row()
    following = main.model.row_at(row + 1).uuid
    qtbot.keyClick(main.table, Qt.Key.Key_Delete)
    main.model.wait()
    assert main.table.currentIndex().row() == row
    assert main.selected_uuids() == [following]
    assert main.delete_action.isEnabled()
    assert QApplication.focusWidget() is main.table


def test_a_cut_place_or_type_can_be_read_in_full_from_its_tip(qtbot, events, tmp_path):
    """"Республика Даг…" and "Краснодарский …" had no tip, unlike the title beside them."""
    main = open_window(qtbot, events, tmp_path)
    model = main.model
    for key in ("type", "country", "region", "city"):
        column = model_column(key)
        texts = [model.index(row, column).data() for row in range(model.rowCount())]
        row = next(row for row, text in enumerate(texts) if text)
        index = model.index(row, column)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data(), key


def model_column(key: str) -> int:
    from desktop.ui.events_model import COLUMNS

    return COLUMNS.index(key)


def show_overview(qtbot, main: MainWindow):
    with qtbot.waitSignal(main.overview.refreshed, timeout=30_000):
        qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    return main.overview


def test_an_empty_overview_does_not_speak_of_a_latest_event(qtbot, database, tmp_path):
    main = open_window(qtbot, database, tmp_path)
    overview = show_overview(qtbot, main)
    text = overview.period_label.text()
    assert "latest event" not in text, text
    main.overview.wait()


def test_the_period_line_of_the_overview_is_not_squeezed_by_its_controls(
    qtbot, events, tmp_path, interface_language
):
    """At 900 pixels the Russian period line was a column a hundred pixels wide and
    twelve lines tall beside the overview's lists and buttons."""
    interface_language("ru")
    main = open_window(qtbot, events, tmp_path)
    main.resize(900, 700)
    overview = show_overview(qtbot, main)
    label = overview.period_label
    lines = label.heightForWidth(label.width()) / label.fontMetrics().lineSpacing()
    assert lines <= 3, label.width()
    main.overview.wait()


def test_down_from_the_search_box_goes_to_the_first_event(qtbot, events, tmp_path):
    """From the search box the table was ten Tabs away (dates, lists, the tab bar)."""
    main = open_window(qtbot, events, tmp_path)
    qtbot.keyClick(main, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() == "filter_text"
    qtbot.keyClicks(main.filter_bar.text, "Derbent")
    qtbot.keyClick(main.filter_bar.text, Qt.Key.Key_Down)  # before the typing's pause ends
    qtbot.wait(400)  # the typing's pause is over: no second filter takes the cursor away
    main.model.wait()
    assert focused() == "events_table"
    assert main.model.rowCount() < 150
    assert main.table.currentIndex().row() == 0
    assert main.selected_uuids() == [main.model.uuid_at(0)]
    assert all("Derbent" in main.model.row_at(row).title for row in range(main.model.rowCount()))
