"""The reference lists as a clerk uses them: a name already in the list, the keyboard alone,
and a change history in words (merges and their undo included)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import func, select

from db.models import Organization, Person
from db.reference_service import ReferenceService
from desktop.ui.main_window import MainWindow
from desktop.ui.reference_lists import ChangeLogDialog, RecordDialog
from tests.test_ui_support import child, focus, tmp_settings, type_into


@pytest.fixture
def window(qtbot, sample_database, tmp_path):
    main = MainWindow(sample_database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    return main


def open_list(qtbot, window, kind: str):
    lists = window.show_reference_lists()
    qtbot.addWidget(lists)
    return lists, lists.show_list(kind)


def answer(monkeypatch, button: str) -> list[str]:
    """Answer the next questions with the button named ``button``; returns their texts."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        child(box, button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def organizations(database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Organization)) or 0)


def test_a_name_already_in_the_list_is_asked_about_and_nothing_typed_is_lost(
    qtbot, window, sample_database, monkeypatch
):
    with sample_database.sessions.begin() as session:
        ReferenceService(session).save("organization", None, {"name": "Общество «Дружба»"}, [])
    before = organizations(sample_database)
    _lists, page = open_list(qtbot, window, "organization")
    dialog = page.add()
    type_into(qtbot, child(dialog, "record_name"), "общество дружба")
    child(dialog, "record_aliases").setPlainText("Dostluq cəmiyyəti")

    asked = answer(monkeypatch, "record_go_back")
    assert not dialog.save()
    assert "Общество «Дружба»" in asked[0]
    assert organizations(sample_database) == before
    assert dialog.isVisible() and child(dialog, "record_name").text() == "общество дружба"
    assert child(dialog, "record_aliases").toPlainText() == "Dostluq cəmiyyəti"
    assert "Общество «Дружба»" in child(dialog, "record_error").text()

    answer(monkeypatch, "record_save_anyway")  # two societies that share a name
    assert dialog.save()
    assert organizations(sample_database) == before + 1


def test_the_list_is_usable_with_the_keyboard_alone(qtbot, window):
    lists = window.show_reference_lists()
    qtbot.addWidget(lists)
    lists.activateWindow()
    qtbot.waitUntil(lambda: lists.current().search.hasFocus(), timeout=3000)  # type at once
    page = lists.show_list("person")
    type_into(qtbot, page.search, "Ramiz")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=3000)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # to the list, not closing the window
    assert lists.isVisible()
    assert page.table.hasFocus() and len(page.selected_ids()) == 1

    qtbot.keyClick(page.table, Qt.Key.Key_Tab)  # out of the list to its buttons
    assert isinstance(QApplication.focusWidget(), QPushButton)

    focus(page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the record
    dialog = page.findChild(RecordDialog)
    assert dialog is not None and dialog.isVisible()
    assert child(dialog, "record_name").text() == "Ramiz Zeynalov"
    qtbot.keyClick(child(dialog, "record_name"), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and lists.isVisible()


def keep_first(monkeypatch) -> None:
    answer(monkeypatch, "merge_keep_first")


def test_a_merge_and_its_undo_read_in_words_in_both_records_histories(
    qtbot, window, sample_database, monkeypatch
):
    _lists, page = open_list(qtbot, window, "person")
    with sample_database.sessions() as session:
        people = {p.full_name: p.id for p in session.scalars(select(Person))}
    kept, merged = people["Nazim Aliyev"], people["Ramiz Zeynalov"]
    page.select_ids([kept, merged])
    keep_first(monkeypatch)
    assert page.merge_selected()
    window.activateWindow()
    window.undo_action.trigger()

    rows = ChangeLogDialog(sample_database, "person", record_id=kept).rows
    merge, unmerge = rows[1], rows[0]
    for row in (merge, unmerge):
        assert "Ramiz Zeynalov" in " ".join(row) and "Nazim Aliyev" in " ".join(row)
        text = " ".join(row)  # in words, not the log's own English summary
        assert "Zeynalov merged into Nazim" not in text and "undo:" not in text
    assert unmerge[2] != "unmerge"
    assert merge[2] != unmerge[2]
    # the record merged away and back says so too
    actions = [row[2] for row in ChangeLogDialog(sample_database, "person", record_id=merged).rows]
    assert actions[:2] == [unmerge[2], merge[2]]


def test_history_names_fields_and_places_as_the_form_does(sample_database, qtbot):
    with sample_database.sessions() as session:
        friendship = session.scalar(
            select(Organization.id).where(Organization.name == "Friendship")
        )
    rows = ChangeLogDialog(sample_database, "organization", record_id=friendship).rows
    fields = {row[3]: row[5] for row in rows}
    assert "country" not in fields and "city" not in fields
    assert fields["Region"] == "Primorsky Krai" and fields["Country"] == "Russia"
