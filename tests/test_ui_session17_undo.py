"""Ctrl+Z and Ctrl+Shift+Z of an import or a merge in the main window: the clerk sees the
events the step touched (those still there) selected, and the status bar says what the
step did to how many events, not only "Undone: Import of 3 events"."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.engine import open_database
from db.event_store import EventStore
from db.models import Event
from desktop.importing import apply_import, guess_mapping, preview, read_table
from desktop.importing.merge import apply_merge, plan_merge
from desktop.ui.undo import merge_command
from tests.test_ui_session16_window import events, open_window  # noqa: F401 (fixture)

NEW = ["Novruz evening in Kazan", "Poetry of Nizami", "Khojaly remembrance"]


@pytest.fixture
def window(qtbot, events, tmp_path, interface_language):  # noqa: F811
    interface_language("en")  # its catalog holds the plural forms ("1 event restored")
    main = open_window(qtbot, events, tmp_path)
    main.table.setFocus(Qt.FocusReason.TabFocusReason)
    return main


def press(qtbot, main, redo: bool = False) -> None:
    keys = Qt.KeyboardModifier.ControlModifier
    if redo:
        keys |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(main.table, Qt.Key.Key_Z, keys)
    main.model.wait()


def selected_titles(main) -> list[str]:
    with main.database.sessions() as session:
        titles = {u: t for u, t in session.execute(select(Event.uuid, Event.title))}
    return sorted(titles[u] for u in main.selected_uuids())


def import_new(main, tmp_path) -> None:
    """What the wizard does: import three new events, then push the step."""
    path = tmp_path / "new.csv"
    rows = "".join(f"{title};{day:02d}.03.2025\n" for day, title in enumerate(NEW, 20))
    path.write_text("Title;Date\n" + rows, encoding="utf-8")
    table = read_table(path)
    plan = preview(main.database, table, guess_mapping(table.headers))
    result = apply_import(main.database, plan, backup=False)
    assert result.inserted == len(NEW)
    main._push_import(result, plan)
    main.reload()


def test_undo_of_an_import_says_how_many_events_it_removed(qtbot, window, tmp_path):
    main = window
    import_new(main, tmp_path)
    press(qtbot, main)
    message = main.statusBar().currentMessage()
    assert "3 events removed" in message, message
    assert main.undo_stack.redoText() in message


def test_redo_of_an_import_selects_the_events_it_brought_back(qtbot, window, tmp_path):
    main = window
    import_new(main, tmp_path)
    press(qtbot, main)
    main.table.clearSelection()
    press(qtbot, main, redo=True)
    assert selected_titles(main) == sorted(NEW)
    message = main.statusBar().currentMessage()
    assert "3 events added" in message, message


def copy_file(source, target) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def test_undo_and_redo_of_a_merge_select_the_events_it_changed(qtbot, window, tmp_path):
    main = window
    peer_path = tmp_path / "office.sqlite"
    copy_file(main.database.engine.url.database, peer_path)
    peer = open_database(peer_path)
    with peer.sessions.begin() as session:
        store = EventStore(session, user="other office")
        first = session.scalars(select(Event).order_by(Event.id)).first()
        data = store.load(first.uuid)
        data.description = "Told by the other office"
        store.save(data)
        changed = first.title
    peer.engine.dispose()
    plan = plan_merge(main.database, peer_path)
    report = apply_merge(main.database, plan)
    assert len(report.updated) == 1
    main.undo_stack.push(merge_command(main, report, plan, {}))
    main.reload()
    main.table.clearSelection()
    main.table.setCurrentIndex(main.model.index(100, 0))

    press(qtbot, main)
    assert selected_titles(main) == [changed]
    message = main.statusBar().currentMessage()
    assert "1 event restored" in message, message

    main.table.clearSelection()
    press(qtbot, main, redo=True)
    assert selected_titles(main) == [changed]
    assert "1 event updated" in main.statusBar().currentMessage()
    with main.database.sessions() as session:
        assert session.scalar(select(Event.description).where(Event.title == changed)) == (
            "Told by the other office")


def test_the_undo_message_reads_in_the_interface_language(qtbot, events, tmp_path,  # noqa: F811
                                                         interface_language):
    interface_language("ru")
    main = open_window(qtbot, events, tmp_path)
    main.table.setFocus(Qt.FocusReason.TabFocusReason)
    import_new(main, tmp_path)
    press(qtbot, main)
    message = main.statusBar().currentMessage()
    assert "удалено 3 мероприятия" in message, message
