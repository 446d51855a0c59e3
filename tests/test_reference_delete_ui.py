"""Delete in the reference lists, as a clerk uses it: the button or the Delete key asks
first, naming the record; Edit > Undo puts it back; a record in use is refused with how
many events use it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.event_store import EventInput, EventStore, OrganizerInput
from db.models import ChangeLog, Organization
from db.reference_service import ReferenceService
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import child, focus, tmp_settings


@pytest.fixture
def window(qtbot, database, tmp_path):
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    return main


def organization(database, name: str) -> int:
    with database.sessions.begin() as session:
        return int(ReferenceService(session).save("organization", None, {"name": name}, []).id)


def organizations_page(qtbot, window, record_id: int):
    lists = window.show_reference_lists()
    qtbot.addWidget(lists)
    page = lists.show_list("organization")
    page.refresh()
    page.select_ids([record_id])
    return page


def answer(monkeypatch, button: str) -> list[tuple[str, str, str]]:
    """Answer every message box with its button named ``button``; returns what each
    said: (object name, text, informative text)."""
    asked: list[tuple[str, str, str]] = []

    def exec_(box: QMessageBox) -> int:
        asked.append((box.objectName(), box.text(), box.informativeText()))
        child(box, button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def name_exists(database, record_id: int) -> bool:
    with database.sessions() as session:
        return session.get(Organization, record_id) is not None


def test_delete_asks_naming_the_record_and_edit_undo_puts_it_back(
    qtbot, window, database, monkeypatch
):
    typo = organization(database, "Frendship sosiety")
    page = organizations_page(qtbot, window, typo)
    assert page.delete_button.isEnabled()
    asked = answer(monkeypatch, "delete_confirm_yes")
    page.delete_button.click()
    assert [a[0] for a in asked] == ["delete_confirm"]
    assert "“Frendship sosiety”" in asked[0][1]
    assert "Undo" in asked[0][2]
    assert not name_exists(database, typo)
    shown = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "Frendship sosiety" not in shown
    assert window.undo_action.text().split(" ", 1)[1] == "Delete “Frendship sosiety”"

    window.activateWindow()
    window.undo_action.trigger()
    assert name_exists(database, typo)
    shown = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "Frendship sosiety" in shown  # the list follows the undo
    window.redo_action.trigger()
    assert not name_exists(database, typo)
    with database.sessions() as session:
        actions = session.scalars(
            select(ChangeLog.action)
            .where(ChangeLog.table_name == "organization", ChangeLog.record_id == typo)
            .order_by(ChangeLog.id)
        ).all()
    assert actions == ["insert", "delete", "undelete", "delete"]


def test_cancel_deletes_nothing(qtbot, window, database, monkeypatch):
    typo = organization(database, "Frendship sosiety")
    page = organizations_page(qtbot, window, typo)
    answer(monkeypatch, "delete_confirm_no")
    page.delete_button.click()
    assert name_exists(database, typo)
    assert window.undo_stack.count() == 0


def test_the_delete_key_in_the_list_asks_the_same(qtbot, window, database, monkeypatch):
    typo = organization(database, "Frendship sosiety")
    page = organizations_page(qtbot, window, typo)
    asked = answer(monkeypatch, "delete_confirm_yes")
    focus(page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [a[0] for a in asked] == ["delete_confirm"]
    assert not name_exists(database, typo)


def test_a_record_events_use_is_refused_in_words_and_nothing_is_asked(
    qtbot, window, database, monkeypatch
):
    with database.sessions.begin() as session:
        EventStore(session).save(
            EventInput(
                title="Novruz in Kazan",
                start_date=dt.date(2025, 3, 20),
                organizers=[OrganizerInput("Friendship society")],
            )
        )
    with database.sessions() as session:
        used = ReferenceService(session).search("organization", "Friendship society")[0].id
    page = organizations_page(qtbot, window, used)
    told = answer(monkeypatch, "delete_refused_ok")
    page.delete_button.click()
    assert [t[0] for t in told] == ["delete_refused"]
    _name, reason, advice = told[0]
    assert "“Friendship society”" in reason and "1 event" in reason
    assert "Merge" in advice
    assert name_exists(database, used)
    assert window.undo_stack.count() == 0


def test_delete_needs_one_record_selected(qtbot, window, database):
    first = organization(database, "Frendship")
    second = organization(database, "Frendship sosiety")
    page = organizations_page(qtbot, window, first)
    page.select_ids([first, second])
    assert not page.delete_button.isEnabled()


def test_the_history_says_deleted_and_put_back_not_trash(qtbot, window, database, monkeypatch):
    from desktop.ui.reference_lists import ChangeLogDialog

    typo = organization(database, "Frendship sosiety")
    page = organizations_page(qtbot, window, typo)
    answer(monkeypatch, "delete_confirm_yes")
    page.delete_button.click()
    window.activateWindow()
    window.undo_action.trigger()
    history = ChangeLogDialog(database, "organization", record_id=typo)
    qtbot.addWidget(history)
    actions = [row[2] for row in history.rows]
    assert actions[:2] == ["deletion undone", "deleted"], actions
    assert all("trash" not in action for action in actions)
