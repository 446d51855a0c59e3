"""Their new events that look like ours: shown beside ours before the merge, and added only
when the clerk says so. A skipped one is named in the summary and the change log, and the
next merge of the same file says it was skipped rather than offering it as plainly new."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from db.engine import Database, open_database
from db.event_store import EventStore
from db.models import ChangeLog, Event
from desktop.cli import main
from desktop.importing.merge import apply_merge, plan_merge
from desktop.importing.undo import undo_batch
from tests.test_merge import _add, _by_title, _copy

OURS, THEIRS, PLAIN = "Novruz evening", "Novruz holiday evening", "Their concert"


def _two_offices(database: Database, database_path: Path, tmp_path: Path) -> Path:
    """Ours recorded here; there, the same evening typed again (a day later, its title
    otherwise) and a plainly new concert."""
    _add(database, OURS, 20, organizer="Union")
    peer_path = tmp_path / "office.sqlite"
    _copy(database_path, peer_path)
    peer = open_database(peer_path)
    try:
        _add(peer, THEIRS, 21, organizer="Union")
        _add(peer, PLAIN, 5, organizer="Union")
    finally:
        peer.dispose()
    return peer_path


def test_a_look_alike_is_shown_beside_ours_and_added_only_when_chosen(
    database, database_path, tmp_path
) -> None:
    peer_path = _two_offices(database, database_path, tmp_path)
    plan = plan_merge(database, peer_path)
    [alike] = plan.look_alikes
    assert alike.theirs["title"] == THEIRS and [o["title"] for o in alike.ours] == [OURS]
    assert alike.theirs["start_date"] == dt.date(2025, 1, 21)
    assert set(alike.differs) == {"start_date", "title"}
    assert alike.skipped_before is None

    report = apply_merge(database, plan, backup=False)  # no choice: ours only
    events = _by_title(database)
    assert PLAIN in events and THEIRS not in events
    assert [s.theirs["title"] for s in report.skipped_look_alikes] == [THEIRS]
    with database.sessions() as session:
        row = session.scalar(select(ChangeLog).where(ChangeLog.batch_id == report.batch_id,
                                                     ChangeLog.table_name == "merge"))
    assert row is not None and THEIRS in str(row.changes), "the skip is in the change log"

    again = plan_merge(database, peer_path)  # the same file: not plainly new, said so
    [alike] = again.look_alikes
    assert alike.skipped_before is not None
    report = apply_merge(database, again, {alike.uuid: "theirs"}, backup=False)
    assert report.added == [THEIRS] and not report.skipped_look_alikes
    assert THEIRS in _by_title(database)

    undo_batch(database, report.batch_id)  # the merge that added it is undone as today
    assert THEIRS not in _by_title(database)
    assert plan_merge(database, peer_path).look_alikes[0].skipped_before is not None


def test_a_skipped_event_whose_double_is_gone_still_comes_back_named(
    database, database_path, tmp_path
) -> None:
    """Ours was deleted after their look-alike was skipped: theirs no longer looks like any
    event here, and came back as a plain new event, added without a word."""
    peer_path = _two_offices(database, database_path, tmp_path)
    apply_merge(database, plan_merge(database, peer_path), backup=False)
    with database.sessions.begin() as session:
        ours = session.scalar(select(Event).where(Event.title == OURS))
        assert ours is not None
        EventStore(session, user="clerk").delete(ours.uuid)
    plan = plan_merge(database, peer_path)
    [alike] = plan.look_alikes
    assert alike.theirs["title"] == THEIRS and alike.ours == []
    assert alike.skipped_before is not None
    apply_merge(database, plan, backup=False)
    assert THEIRS not in _by_title(database)


def test_the_command_line_lists_the_pair_and_says_how_to_add_it(
    database, database_path, tmp_path, capsys
) -> None:
    peer_path = _two_offices(database, database_path, tmp_path)
    assert main(["--database", str(database_path), "merge", str(peer_path)]) == 0
    out = capsys.readouterr().out
    assert THEIRS in out and OURS in out and "2025-01-21" in out, out
    assert "--look-alikes add" in out, "what to do"
    assert "1 skipped" in out, out
    assert THEIRS not in _by_title(database)

    assert main(["--database", str(database_path), "merge", str(peer_path),
                 "--look-alikes", "add"]) == 0
    out = capsys.readouterr().out
    assert "skipped at the merge of" in out, out
    assert THEIRS in _by_title(database)


def test_the_dialog_lets_the_clerk_tick_look_alikes_by_keyboard(
    qtbot, database, database_path, tmp_path
) -> None:
    from desktop.ui.merge_dialog import MergeDialog
    from tests.test_ui_merge_dialog import compared
    from tests.test_ui_support import focus

    peer_path = _two_offices(database, database_path, tmp_path)
    dialog = MergeDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    compared(qtbot, dialog, peer_path)
    table = dialog.look_alikes
    assert not table.isHidden() and table.rowCount() == 1
    shown = " ".join(table.item(0, c).text() for c in range(table.columnCount()))
    assert THEIRS in shown and OURS in shown and "Union" in shown
    check = table.item(0, 0)
    assert check.checkState() == Qt.CheckState.Unchecked, "skipped unless chosen"

    focus(table)
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert check.checkState() == Qt.CheckState.Checked
    dialog.skip_all.click()
    assert check.checkState() == Qt.CheckState.Unchecked
    dialog.add_all.click()
    assert check.checkState() == Qt.CheckState.Checked

    dialog.merge()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_busy(), timeout=20_000)
    assert THEIRS in _by_title(database)
    assert dialog.merged_with is not None
    plan, decisions = dialog.merged_with
    assert decisions[plan.look_alikes[0].uuid] == "theirs", "redo merges as chosen"


def test_a_skip_is_remembered_on_a_postgresql_data_set(postgres_url, tmp_path) -> None:
    """The next merge reads the skip from the change log on the server as well."""
    database = open_database(postgres_url)
    peer = open_database(tmp_path / "office.sqlite")
    try:
        _add(database, OURS, 20, organizer="Union")
        _add(peer, THEIRS, 21, organizer="Union")
        peer.dispose()
        report = apply_merge(database, plan_merge(database, tmp_path / "office.sqlite"))
        assert [s.theirs["title"] for s in report.skipped_look_alikes] == [THEIRS]
        [alike] = plan_merge(database, tmp_path / "office.sqlite").look_alikes
        assert alike.skipped_before is not None and THEIRS not in _by_title(database)
    finally:
        peer.dispose()
        database.dispose()
