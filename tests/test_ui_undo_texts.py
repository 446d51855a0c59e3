"""The undo action names how many events a delete or restore touched, in each language's plural."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.ui.main_window import MainWindow
from tests.test_ui_support import tmp_settings

EXPECTED = {
    ("en", 1): ("Undo Delete 1 event", "Undo Restore 1 event"),
    ("en", 3): ("Undo Delete 3 events", "Undo Restore 3 events"),
    # the action's verb and its object: "Отменить удаление", not "Отменить Удаление"
    ("ru", 1): ("&Отменить удаление 1 мероприятия", "&Отменить восстановление 1 мероприятия"),
    ("ru", 3): ("&Отменить удаление 3 мероприятий", "&Отменить восстановление 3 мероприятий"),
}


@pytest.mark.parametrize(("language", "count"), sorted(EXPECTED))
def test_undo_text_of_delete_and_restore(
    qtbot, sample_database, tmp_path, monkeypatch, interface_language, language, count
):
    interface_language(language)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = MainWindow(sample_database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.table.setFocus()
    window.table.selectRow(0) if count == 1 else window.table.selectAll()
    uuids = window.selected_uuids()
    assert len(uuids) == count
    deleted, restored = EXPECTED[(language, count)]

    assert window.delete_selected() == count
    assert window.undo_action.text().endswith(deleted)
    window.restore_events(uuids)
    assert window.undo_action.text().endswith(restored)
