"""Escape (or Cancel) in a reference record's editor threw away what the clerk had typed
without a word: a new organization's name, contacts and other names, gone with one key
that also closes every other dialog. Now it asks when something was typed, and only then."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from db.engine import Database
from db.models import Organization
from db.reference_service import ReferenceService
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import child, tmp_settings, type_into


def answer(monkeypatch, button: str) -> list[str]:
    """Answer the next questions with the button named ``button``; returns their texts."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        child(box, button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def _organizations(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Organization)) or 0)


def _editor(qtbot, database: Database, tmp_path):
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    lists = main.show_reference_lists()
    qtbot.addWidget(lists)
    dialog = lists.show_list("organization").add()  # closing it deletes it
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    return dialog, closed


def test_escape_after_typing_asks_and_keeps_the_text(
    qtbot, database: Database, tmp_path, monkeypatch
) -> None:
    before = _organizations(database)
    dialog, closed = _editor(qtbot, database, tmp_path)
    type_into(qtbot, dialog.inputs["name"], "Azerbaijani Cultural Centre of Omsk")
    type_into(qtbot, dialog.aliases, "Омский центр")

    asked = answer(monkeypatch, "record_keep_editing")
    qtbot.keyClick(dialog.inputs["name"], Qt.Key.Key_Escape)
    assert len(asked) == 1
    assert closed == []
    assert dialog.inputs["name"].text() == "Azerbaijani Cultural Centre of Omsk"
    assert dialog.alias_list() == ["Омский центр"]

    asked = answer(monkeypatch, "record_discard")
    qtbot.keyClick(dialog.inputs["name"], Qt.Key.Key_Escape)
    assert len(asked) == 1
    assert closed == [0]
    assert _organizations(database) == before


def test_escape_with_nothing_typed_closes_without_a_question(
    qtbot, database: Database, tmp_path, monkeypatch
) -> None:
    dialog, closed = _editor(qtbot, database, tmp_path)
    asked = answer(monkeypatch, "record_discard")
    qtbot.keyClick(dialog.inputs["name"], Qt.Key.Key_Escape)
    assert asked == []
    assert closed == [0]


def test_a_refusal_goes_once_the_clerk_changes_the_name(
    qtbot, database: Database, tmp_path, monkeypatch
) -> None:
    """After "Go back" the red line named the first spelling ("FRIENDSHIP") while the
    clerk had typed another and was being asked about that one."""
    with database.sessions.begin() as session:
        ReferenceService(session).save("organization", None, {"name": "Friendship"}, [])
    dialog, _closed = _editor(qtbot, database, tmp_path)
    type_into(qtbot, dialog.inputs["name"], "FRIENDSHIP")
    answer(monkeypatch, "record_go_back")
    assert not dialog.save()
    assert "FRIENDSHIP" in dialog.error.text()

    qtbot.keyClick(dialog.inputs["name"], Qt.Key.Key_Backspace)
    assert dialog.error.text() == ""
