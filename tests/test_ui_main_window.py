"""The main window: lazy table, filters in SQL, delete to trash and restore, remembered state."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from db.models import Event, EventStatus
from db.names import normalize
from db.queries import EventFilter, list_events
from desktop.ui.events_model import UUID_ROLE, EventsModel
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import WorkerSignal, child, tmp_settings, type_into


@pytest.fixture
def window(qtbot, database, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def add_events(database, count: int) -> None:
    """Many plain events, straight into the tables (the store is tested elsewhere)."""
    with database.sessions.begin() as session:
        for number in range(count):
            title = f"Event {number:04d} " + ("concert" if number % 10 == 0 else "meeting")
            session.add(
                Event(
                    title=title,
                    start_date=dt.date(2024, 1, 1) + dt.timedelta(days=number % 365),
                    status=EventStatus.DRAFT,
                    search_text=normalize(title),
                )
            )


def test_model_loads_pages_lazily_and_filters_in_sql(qtbot, database):
    add_events(database, 500)
    model = EventsModel(database, max_pages=2)
    model.wait()
    assert model.total == 500
    assert model.rowCount() == 500  # the count is known; only the first page is loaded
    assert model.cached_pages == 1
    titles = [model.row_at(r).title for r in range(500)]
    assert len(set(titles)) == 500
    assert model.cached_pages == 2  # bounded: the oldest pages were dropped
    with database.sessions() as session:  # the far half, read backwards, in the same order
        expected = [r.title for r in list_events(session, EventFilter(), limit=500)]
    assert titles == expected
    model.sort(1, Qt.SortOrder.AscendingOrder)
    model.wait()
    assert model.cached_pages == 1  # a sort in SQL resets the cache
    assert [model.row_at(r).title for r in (0, 499)] == [min(titles), max(titles)]
    assert model.index(500, 1).data() is None

    model.set_filter(EventFilter(text="concert"))
    model.wait()
    assert model.total == 50
    assert model.rowCount() == 50
    assert all("concert" in model.index(r, 1).data() for r in range(model.rowCount()))


def test_header_click_sorts_in_sql(qtbot, database):
    add_events(database, 30)
    model = EventsModel(database)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    model.wait()
    titles = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert titles == sorted(titles)
    model.sort(2, Qt.SortOrder.DescendingOrder)  # every column sorts in SQL
    assert model.sort_key == ("type", True)


def test_text_filter_in_the_window(qtbot, window, database):
    add_events(database, 40)
    window.reload()
    type_into(qtbot, child(window, "filter_text"), "concert")
    qtbot.keyClick(child(window, "filter_text"), Qt.Key.Key_Return)
    assert window.model.total == 4
    assert "4" in child(window, "status_count").text()


def test_delete_asks_then_moves_to_trash_and_restores(qtbot, window, database, monkeypatch):
    window.load_sample()
    assert window.model.total == 3
    window.table.setFocus()
    window.table.selectRow(0)
    doomed = window.model.index(0, 0).data(UUID_ROLE)

    qtbot.keyClick(window.table, Qt.Key.Key_Delete)  # the fixture answers No
    assert window.model.total == 3

    asked = []

    def yes(*args, **kwargs):
        asked.append(args[2] if len(args) > 2 else "")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert asked and "trash" in asked[0]
    assert window.model.total == 2
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.uuid == doomed))
        assert event.deleted_at is not None

    trash = window.show_trash()
    qtbot.addWidget(trash)
    assert trash.model.total == 1
    assert trash.model.index(0, 0).data(UUID_ROLE) == doomed
    trash.table.selectRow(0)
    qtbot.mouseClick(child(trash, "restore"), Qt.MouseButton.LeftButton)
    assert trash.model.total == 0
    assert window.model.total == 3
    with database.sessions() as session:
        assert session.scalar(select(Event).where(Event.uuid == doomed)).deleted_at is None
    trash.done(QDialog.DialogCode.Rejected)


def test_an_empty_trash_says_so(qtbot, window):
    """It said "0 deleted events. Select one and press Restore." beside a dead button."""
    trash = window.show_trash()
    qtbot.addWidget(trash)
    assert trash.count_label.text() == "The trash is empty."
    assert not child(trash, "restore").isEnabled()
    trash.done(QDialog.DialogCode.Rejected)


def test_window_state_is_remembered(qtbot, database, tmp_path):
    settings = tmp_settings(tmp_path)
    first = MainWindow(database, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 560)
    first.table.setColumnWidth(1, 432)
    first.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    first.filter_bar.text.setText("khojaly")
    first.filter_bar.use_from.setChecked(True)
    first.filter_bar.date_from.set_value(dt.date(2025, 1, 1))
    first.close()

    second = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (780, 560)
    assert second.table.columnWidth(1) == 432
    assert second.model.sort_key == ("title", False)
    assert second.filter_bar.text.text() == "khojaly"
    assert second.filter_bar.use_from.isChecked()
    assert second.filter_bar.date_from.value() == dt.date(2025, 1, 1)
    assert second.model.event_filter.text == "khojaly"
    assert second.model.event_filter.date_from == dt.date(2025, 1, 1)


def test_shortcuts_help_opens_on_f1(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(QDialog, "shortcuts_dialog")
    assert dialog is not None and dialog.isVisible()
    table = child(dialog, "shortcuts_table")
    keys = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert {"Ctrl+N", "Ctrl+S", "Ctrl+Shift+S", "Alt+Shift+K", "Alt+Shift+P"} <= keys


def test_export_runs_in_a_worker(qtbot, window, tmp_path):
    window.load_sample()
    out = tmp_path / "report.xlsx"
    worker = window.start_export(out)
    with WorkerSignal(qtbot, worker.finished, 30_000) as done:
        pass
    assert done.args[0].events == 3
    assert out.exists()
    qtbot.waitUntil(lambda: window._export is None, timeout=5000)


def test_enter_on_a_row_opens_it_in_the_form(qtbot, window):
    window.load_sample()
    window.table.setFocus()
    window.table.selectRow(0)
    window.table.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.forms
    form = window.forms[-1]
    assert form.event_uuid == window.model.uuid_at(0)
    assert child(form, "title").text() == window.model.row_at(0).title
    form.reject()
