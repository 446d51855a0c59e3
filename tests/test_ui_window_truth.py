"""Issue 11 items 4 and 6: the window tells the truth about which event it acts on and shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import select

from db.models import Event
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import child, tmp_settings, type_into


@pytest.fixture
def window(qtbot, sample_database, tmp_path):
    main = MainWindow(sample_database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_the_delete_question_names_the_event_that_is_deleted(
    qtbot, window, sample_database, monkeypatch
):
    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    table = window.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(asked) == 1
    with sample_database.sessions() as session:
        deleted = session.scalars(select(Event.title).where(Event.deleted_at.is_not(None))).all()
    assert len(deleted) == 1
    assert f"“{deleted[0]}”" in asked[0]


def test_a_saved_event_hidden_by_the_filter_is_announced(qtbot, window, monkeypatch):
    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    type_into(qtbot, window.filter_bar.text, "Chelyabinsk")
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=5000)
    form = window.new_event()
    type_into(qtbot, child(form, "title"), "Poetry evening")
    type_into(qtbot, child(form, "start_date"), "2025-03-01")
    assert form.save()
    assert asked and "filter" in asked[0].lower(), "the clerk was not told"
    qtbot.waitUntil(lambda: window.model.total == 4, timeout=5000)
    assert window.filter_bar.text.text() == ""
    current = window.table.currentIndex()
    assert window.model.row_at(current.row()).title == "Poetry evening"


def test_an_empty_start_says_what_to_do_and_offers_nothing_to_act_on(qtbot, database, tmp_path):
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    hint = main.findChild(QLabel, "empty_hint")
    assert hint is not None and hint.isVisible()
    assert "Ctrl+N" in hint.text()
    targeted = (main.edit_action, main.delete_action, main.history_action,
                main.mark_verified_action, main.export_selection_action)
    assert not any(action.isEnabled() for action in targeted)
    main.load_sample()
    assert not hint.isVisible()
    main.table.selectRow(0)
    assert all(action.isEnabled() for action in targeted)


def test_after_a_quick_export_the_file_can_be_opened(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    out = tmp_path / "events.xlsx"
    window.start_export(out)
    open_file = child(window, "export_open_file")
    qtbot.waitUntil(lambda: open_file.isVisible(), timeout=10_000)
    qtbot.mouseClick(open_file, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(child(window, "export_show_folder"), Qt.MouseButton.LeftButton)
    assert opened == [str(out), str(tmp_path)]


def test_counts_use_the_singular_for_one(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n

    i18n.install_translators(QApplication.instance(), "en")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.table.selectRow(0)
    window.delete_selected()
    trash = window.show_trash()
    qtbot.addWidget(trash)
    assert trash.count_label.text().startswith("1 deleted event.")
    window.filter_bar.text.setText("Chelyabinsk")
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=5000)
    assert window.count_label.text() == "1 event"
