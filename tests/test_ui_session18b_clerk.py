"""Session 18b, as a clerk: deleting several events, renaming an organization, and the
report dialog's choices kept from one opening to the next."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableWidget
from sqlalchemy import select

from db.engine import Database
from db.models import Event, Organization
from db.queries import EventFilter
from desktop.ui.main_window import MainWindow
from desktop.ui.report_dialog import ReportDialog
from tests.test_ui_support import child, tmp_settings, type_into

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, sample_database: Database, tmp_path: Path) -> MainWindow:
    main = MainWindow(sample_database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    return main


def keys(qtbot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, key, modifiers)


def trashed(database: Database) -> int:
    with database.sessions() as session:
        return len(session.scalars(select(Event).where(Event.deleted_at.is_not(None))).all())


# --- several events deleted, undone, redone ----------------------------------------


def test_deleting_several_events_asks_naming_how_many_and_undo_brings_all_back(
    qtbot, window: MainWindow, sample_database: Database, monkeypatch
):
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window.table.setFocus()
    window.table.selectAll()
    doomed = set(window.selected_uuids())
    assert window.delete_selected() == 3
    assert "Move 3 events to the trash?" in asked[0]
    assert "restore them" in asked[0] and "restore it" not in asked[0]
    assert trashed(sample_database) == 3 and window.model.total == 0

    keys(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert trashed(sample_database) == 0 and window.model.total == 3
    assert set(window.selected_uuids()) == doomed  # the events that came back are selected
    keys(qtbot, window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert trashed(sample_database) == 3 and window.model.total == 0


def test_deleting_one_event_still_names_it(window: MainWindow, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text)
                        or QMessageBox.StandardButton.No)
    window.table.selectRow(0)
    title = window.model.row_at(0).title
    assert window.delete_selected() == 0  # No: nothing goes
    assert f"“{title}”" in asked[0] and "restore it" in asked[0]
    assert window.model.total == 3


# --- renaming an organization ------------------------------------------------------


def _edit_friendship(qtbot, window: MainWindow, database: Database):
    """The sample's organization "Friendship", opened for editing in the reference lists."""
    with database.sessions() as session:
        org_id = session.scalars(
            select(Organization.id).where(Organization.name == "Friendship")).one()
    lists = window.show_reference_lists()
    qtbot.addWidget(lists)
    page = lists.show_list("organization")
    page.select_ids([org_id])
    dialog = page.edit_selected()
    assert dialog is not None
    return org_id, page, dialog


def test_renaming_an_organization_keeps_the_old_name_as_an_alias(
    qtbot, window: MainWindow, sample_database: Database
):
    org_id, page, dialog = _edit_friendship(qtbot, window, sample_database)
    name = child(dialog, "record_name")
    name.clear()
    type_into(qtbot, name, "Dostluq Society")
    assert dialog.save()

    with sample_database.sessions() as session:
        org = session.get(Organization, org_id)
        assert org is not None
        assert org.name == "Dostluq Society"
        assert {a.name for a in org.aliases} >= {"Friendship", "Dostluq Society"}
    page.search.setText("Friendship")  # the old name still finds it
    page.refresh()
    page.table.selectAll()
    assert page.selected_ids() == [org_id]
    window.reload()  # the events show the new name
    shown = [str(window.model.index(r, c).data()) for r in range(window.model.rowCount())
             for c in range(window.model.columnCount())]
    assert any("Dostluq Society" in text for text in shown)
    assert not any(text == "Friendship" for text in shown)

    page.select_ids([org_id])
    log = page.show_history()
    assert log is not None
    qtbot.addWidget(log)
    table = log.findChild(QTableWidget, "change_log_table")
    cells = [table.item(r, c).text() for r in range(table.rowCount())
             for c in range(table.columnCount()) if table.item(r, c) is not None]
    assert any("Dostluq Society" in text for text in cells)


# --- the report dialog keeps the clerk's choices ---------------------------------


def test_the_report_dialog_remembers_sheets_grouping_title_and_folder(
    qtbot, sample_database: Database, tmp_path: Path
):
    settings = tmp_settings(tmp_path)
    first = ReportDialog(sample_database, EventFilter(), settings=settings)
    qtbot.addWidget(first)
    folder = tmp_path / "reports"
    folder.mkdir()
    out = folder / "quarter.xlsx"
    first.choose_path = lambda: out
    for key in ("speakers", "program", "organizers"):
        first.sheet_boxes[key].setChecked(False)
    first.grouping.setCurrentIndex(first.grouping.findData("quarter"))
    first.title_edit.setText("Q1 report for the ministry")
    first.show_origin.setChecked(True)
    with qtbot.waitSignal(first.exported, timeout=30_000):
        first.export_button.click()
    first.close()

    again = ReportDialog(sample_database, EventFilter(), settings=settings)
    qtbot.addWidget(again)
    assert again.sheets() == first.sheets()
    assert again.grouping.currentData() == "quarter"
    assert again.title_edit.text() == "Q1 report for the ministry"
    assert again.show_origin.isChecked()
    assert again.suggested_path().parent == folder
    assert load_workbook(out)["Cover"]["A1"].value == "Q1 report for the ministry"


def test_the_cover_sheet_names_the_chosen_filters(
    qtbot, sample_database: Database, tmp_path: Path
):
    dialog = ReportDialog(sample_database, EventFilter(), settings=tmp_settings(tmp_path))
    qtbot.addWidget(dialog)
    chosen = {}
    for key in ("region", "organization", "occasion"):
        combo = dialog.combos[key]
        combo.setCurrentIndex(combo.findText("Khojaly genocide") if key == "occasion" else 1)
        chosen[key] = combo.currentText()
    out = tmp_path / "filtered.xlsx"
    dialog.choose_path = lambda: out
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.export_button.click()
    cover = [str(v) for row in load_workbook(out)["Cover"].iter_rows(values_only=True)
             for v in row if v is not None]
    assert f"Region: {chosen['region']}" in cover
    assert f"Organization: {chosen['organization']}" in cover
    assert f"Occasion: {chosen['occasion']}" in cover


def test_a_name_typed_without_xlsx_keeps_its_dots_and_asks_before_replacing(
    qtbot, sample_database: Database, tmp_path: Path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    dialog = ReportDialog(sample_database, EventFilter(), settings=tmp_settings(tmp_path))
    qtbot.addWidget(dialog)
    typed = tmp_path / "report Q1.2025"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(typed), ""))
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a: asked.append(text) or answers.pop(0))
    assert dialog.choose_path() == tmp_path / "report Q1.2025.xlsx"  # not "report Q1.xlsx"
    assert asked == []  # a new file: nothing to ask

    (tmp_path / "report Q1.2025.xlsx").write_bytes(b"last quarter's report")
    assert dialog.choose_path() is None  # No: the old file stays, nothing is written
    assert "report Q1.2025.xlsx" in asked[0]
    assert dialog.choose_path() == tmp_path / "report Q1.2025.xlsx"  # Yes: replace it


def test_a_rename_is_undone_and_redone_with_the_edit_menu(
    qtbot, window: MainWindow, sample_database: Database
):
    org_id, _page, dialog = _edit_friendship(qtbot, window, sample_database)
    child(dialog, "record_name").setText("Dostluq Society")
    assert dialog.save()

    def names() -> tuple[str, set[str]]:
        with sample_database.sessions() as session:
            org = session.get(Organization, org_id)
            assert org is not None
            return org.name, {a.name for a in org.aliases}

    assert "Rename “Friendship” to “Dostluq Society”" in window.undo_action.text()
    window.undo_action.trigger()
    assert names() == ("Friendship", {"Friendship"})
    window.redo_action.trigger()
    assert names() == ("Dostluq Society", {"Friendship", "Dostluq Society"})
