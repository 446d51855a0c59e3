"""Merging an office's database from the GUI: the conflict is shown and decided field by field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog
from sqlalchemy import select

from db.engine import open_database
from desktop.ui.conflict_dialog import MINE, FieldChoiceDialog
from desktop.ui.merge_dialog import FIELD_BY_FIELD, MergeDialog
from tests.test_merge import _add, _by_title, _copy, _edit


def _other_office(database, database_path, tmp_path, change_there) -> Path:
    """A copy of this data set as another office's, where ``change_there(peer)`` ran."""
    peer_path = tmp_path / "office.sqlite"
    _copy(database_path, peer_path)
    peer = open_database(peer_path)
    try:
        change_there(peer)
    finally:
        peer.dispose()
    return peer_path


def compared(qtbot, dialog: MergeDialog, peer_path: Path) -> None:
    """``dialog`` compared with the file at ``peer_path``, its plan shown."""
    dialog.source.setText(str(peer_path))
    dialog.compare()
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.is_busy(), timeout=20_000)


def compared_in_the_window(qtbot, database, tmp_path: Path, peer_path: Path):
    """The main window, and its merge window (File menu) compared with ``peer_path``."""
    from desktop.ui.main_window import MainWindow
    from tests.test_ui_support import tmp_settings

    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.merge_office()
    dialog = window.findChild(MergeDialog)
    compared(qtbot, dialog, peer_path)
    return window, dialog


def test_compare_decide_field_by_field_and_merge(
    qtbot, database, database_path, tmp_path, monkeypatch
) -> None:
    _add(database, "Shared", 1)
    peer_path = tmp_path / "office.sqlite"
    _copy(database_path, peer_path)
    peer = open_database(peer_path)
    try:
        _edit(database, "Shared", attendance=50)
        _edit(peer, "Shared", description="their notes")
        _add(peer, "Their new event", 9, organizer="Baku Office Union")
    finally:
        peer.dispose()

    dialog = MergeDialog(database)
    qtbot.addWidget(dialog)
    compared(qtbot, dialog, peer_path)
    assert dialog.conflicts.rowCount() == 1
    assert "New events: 1" in dialog.summary.text()

    def decide(field_dialog: FieldChoiceDialog) -> int:
        field_dialog.choose("attendance", MINE)  # the description, empty here: a fill-in
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FieldChoiceDialog, "exec", decide)
    choice = dialog.conflicts.cellWidget(0, 2)
    assert isinstance(choice, QComboBox)
    choice.setCurrentIndex(FIELD_BY_FIELD)
    choice.activated.emit(FIELD_BY_FIELD)
    dialog.merge()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_busy(), timeout=20_000)
    assert "Still to decide (left as they are here): none" in dialog.summary.text()

    events = _by_title(database)
    assert events["Shared"].attendance == 50, "my field kept"
    assert events["Shared"].description == "their notes", "their field taken"
    assert "Their new event" in events


def test_a_conflict_names_its_fields_as_the_form_does(qtbot, database, database_path, tmp_path):
    """The conflicts table listed the stored fields' names ("attendance, description")."""
    _add(database, "Shared", 1)
    peer_path = _other_office(database, database_path, tmp_path,
                              lambda peer: _edit(peer, "Shared", start_date=dt.date(2025, 1, 2)))
    _edit(database, "Shared", attendance=50)
    dialog = MergeDialog(database)
    qtbot.addWidget(dialog)
    compared(qtbot, dialog, peer_path)
    assert dialog.conflicts.item(0, 1).text() == "Start date, Attendance"


def test_ctrl_z_after_a_merge_takes_the_merge_back_and_redo_merges_again(
    qtbot, database, database_path, tmp_path
) -> None:
    """A merge made in the window could be undone only from the command line."""
    from tests.test_ui_support import focus

    def their_work(peer) -> None:
        _edit(peer, "Shared", attendance=40)
        _add(peer, "Their new event", 9)

    _add(database, "Shared", 1)
    peer_path = _other_office(database, database_path, tmp_path, their_work)
    window, dialog = compared_in_the_window(qtbot, database, tmp_path, peer_path)
    dialog.merge()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_busy(), timeout=20_000)
    assert "Ctrl+Z" in dialog.summary.text()
    qtbot.waitUntil(lambda: window.model.total == 2, timeout=5_000)
    assert "merge" in window.undo_action.text().lower()
    dialog.close()

    focus(window.table)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=5_000)
    assert _by_title(database)["Shared"].attendance is None

    window.undo_stack.redo()
    qtbot.waitUntil(lambda: window.model.total == 2, timeout=5_000)
    assert _by_title(database)["Shared"].attendance == 40


def test_a_fold_made_there_is_named_before_the_merge(
    qtbot, database, database_path, tmp_path
) -> None:
    """The other office folded "Friendship society" into "Friendship"; here the two are
    records apart. The window says so before the clerk merges, in the clerk's language."""
    from db import messages
    from db.merge_records import merge_records
    from db.models import Organization

    _add(database, "Evening", 1, organizer="Friendship")
    _add(database, "Concert", 2, organizer="Friendship society")

    def fold(peer) -> None:
        with peer.sessions.begin() as session:
            survivor, duplicate = (session.scalar(select(Organization).where(
                Organization.name == name)) for name in ("Friendship", "Friendship society"))
            assert survivor is not None and duplicate is not None
            merge_records(session, "organization", survivor.id, duplicate.id)

    peer_path = _other_office(database, database_path, tmp_path, fold)
    messages.set_language("ru")  # the merge's notes are the services' messages
    dialog = MergeDialog(database)
    qtbot.addWidget(dialog)
    compared(qtbot, dialog, peer_path)
    summary = dialog.summary.text()
    assert "«Friendship society»" in summary and "«Friendship»" in summary, summary
    assert "справочник" in summary, summary


def test_enter_in_the_path_compares_instead_of_opening_the_file_chooser(
    qtbot, database, database_path, tmp_path, monkeypatch
) -> None:
    """A clerk who typed the other office's file and pressed Enter got the file chooser
    (the dialog's first button took Enter), not the comparison."""
    _add(database, "Shared", 1)
    peer_path = _other_office(database, database_path, tmp_path,
                              lambda peer: _edit(peer, "Shared", attendance=70))
    chooser_opened: list[bool] = []
    monkeypatch.setattr(MergeDialog, "choose_file", lambda self: chooser_opened.append(True))
    dialog = MergeDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.source.setFocus()
    qtbot.keyClicks(dialog.source, str(peer_path))
    qtbot.keyClick(dialog.source, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.is_busy(), timeout=20_000)
    assert chooser_opened == []


def test_the_empty_conflicts_table_shows_its_headers_whole(qtbot, database, interface_language):
    """Before a comparison the Russian header "Различающиеся поля" showed as "личающиеся пс"."""
    interface_language("ru")
    dialog = MergeDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.conflicts.horizontalHeader()
    for column in range(dialog.conflicts.columnCount() - 1):  # the last stretches
        text = dialog.conflicts.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text), text
