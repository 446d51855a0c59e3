"""Merging an office's database from the GUI: the conflict is shown and decided field by field."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog

from db.engine import open_database
from desktop.ui.conflict_dialog import MINE, THEIRS, FieldChoiceDialog
from desktop.ui.merge_dialog import FIELD_BY_FIELD, MergeDialog
from tests.test_merge import _add, _by_title, _copy, _edit


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
    dialog.source.setText(str(peer_path))
    dialog.compare()
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.is_busy(), timeout=20_000)
    assert dialog.conflicts.rowCount() == 1
    assert "1 new events" in dialog.summary.text()

    def decide(field_dialog: FieldChoiceDialog) -> int:
        field_dialog.choose("attendance", MINE)
        field_dialog.choose("description", THEIRS)
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
