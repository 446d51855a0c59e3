"""The merge window: fill-ins listed before the merge, ticked to make and unticked to leave
out, named after it; and counts before the merge that follow the clerk's choices."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import Organization
from desktop.ui.merge_dialog import MergeDialog
from tests.test_merge import _add, _by_title, _edit
from tests.test_merge_session20 import _save
from tests.test_merge_session21 import OURS, THEIRS, _union, fill_union
from tests.test_ui_merge_dialog import _other_office, compared, compared_in_the_window


def _row_of(dialog: MergeDialog, value: str) -> int:
    table = dialog.fill_ins
    rows = [row for row in range(table.rowCount()) if table.item(row, 2).text() == value]
    assert len(rows) == 1, [table.item(r, 2).text() for r in range(table.rowCount())]
    return rows[0]


def test_fill_ins_are_listed_ticked_can_be_left_out_and_are_named_after(
    qtbot, database, database_path, tmp_path
) -> None:
    _add(database, "Shared", 1)

    def their_work(peer) -> None:
        _edit(peer, "Shared", description="their notes")
        fill_union(peer)

    peer_path = _other_office(database, database_path, tmp_path, their_work)
    _edit(database, "Shared", attendance=50)  # changed in both offices
    dialog = MergeDialog(database)
    qtbot.addWidget(dialog)
    compared(qtbot, dialog, peer_path)
    assert not dialog.fill_ins_box.isHidden()
    assert dialog.fill_ins.rowCount() == 3
    for value in ("their notes", "UAD", "+7 900 000 00 00"):
        item = dialog.fill_ins.item(_row_of(dialog, value), 0)
        assert item.checkState() == Qt.CheckState.Checked, value
    dialog.fill_ins.item(_row_of(dialog, "UAD"), 0).setCheckState(Qt.CheckState.Unchecked)

    dialog.merge()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_busy(), timeout=20_000)
    assert _by_title(database)["Shared"].description == "their notes"
    union = _union(database)
    assert (union.short_name, union.contacts) == (None, "+7 900 000 00 00")
    summary = dialog.summary.text()
    assert "their notes" in summary and "+7 900 000 00 00" in summary, summary
    assert "UAD" not in summary, summary


def test_the_counts_before_the_merge_follow_the_look_alike_ticks(
    qtbot, database, database_path, tmp_path
) -> None:
    """The window counted a look-alike, and the club only it names, as new before the
    merge; unticked (the default) neither is added."""
    _add(database, OURS, 20)
    peer_path = _other_office(database, database_path, tmp_path, lambda peer: _save(
        peer, THEIRS, 21, organizer="Union", speaker="Leyla Mammadova",
        speaker_of="Neighbours Club"))
    dialog = MergeDialog(database)
    qtbot.addWidget(dialog)
    compared(qtbot, dialog, peer_path)
    summary = dialog.summary.text()
    assert "New events: 0" in summary and "New organizations: 0" in summary, summary
    assert "new people: 0" in summary, summary

    dialog.look_alikes.item(0, 0).setCheckState(Qt.CheckState.Checked)
    summary = dialog.summary.text()
    assert "New events: 1" in summary and "New organizations: 1" in summary, summary
    assert "new people: 1" in summary, summary

    dialog.look_alikes.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.merge()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_busy(), timeout=20_000)
    assert set(_by_title(database)) == {OURS}
    with database.sessions() as session:
        assert session.scalar(select(Organization.id).where(
            Organization.name == "Neighbours Club")) is None


def test_undo_in_the_window_empties_the_fill_ins_and_redo_leaves_the_unticked_out(
    qtbot, database, database_path, tmp_path
) -> None:
    _add(database, "Shared", 1)
    peer_path = _other_office(database, database_path, tmp_path, fill_union)
    window, dialog = compared_in_the_window(qtbot, database, tmp_path, peer_path)
    dialog.fill_ins.item(_row_of(dialog, "UAD"), 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.merge()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_busy(), timeout=20_000)
    dialog.close()
    assert (_union(database).short_name, _union(database).contacts) == (
        None, "+7 900 000 00 00")

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: _union(database).contacts is None, timeout=5_000)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: _union(database).contacts is not None, timeout=5_000)
    assert _union(database).short_name is None, "left out at the merge, left out again"
