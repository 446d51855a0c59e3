"""The unsaved events offered at start, as a clerk meets them after a crash: each is
read whole, and Restore or Discard with none chosen is not a button that does nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.event_store import EventInput
from desktop.drafts import Draft
from desktop.ui.drafts_dialog import DraftsDialog

LONG_TITLE = ("Вечер памяти жертв трагедии, организованный национально-культурной "
              "автономией азербайджанцев области")


def drafts(count: int) -> list[Draft]:
    saved = dt.datetime(2025, 3, 4, 12, 30)
    return [Draft(f"d{n}", saved, "events.sqlite", EventInput(title=f"{LONG_TITLE} {n}"))
            for n in range(count)]


def test_restore_and_discard_wait_for_a_chosen_event(qtbot):
    """With the selection cleared (a click beside the entries) Restore did nothing."""
    dialog = DraftsDialog(drafts(2))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_button.isEnabled() and dialog.discard_button.isEnabled()
    dialog.list.clearSelection()
    assert not dialog.restore_button.isEnabled() and not dialog.discard_button.isEnabled()
    dialog.list.item(1).setSelected(True)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restore_requested) as restored:
        dialog.restore_button.click()
    assert [d.key for d in restored.args[0]] == ["d1"]


def test_a_long_title_is_read_whole_in_the_list(qtbot):
    """A long title ran behind a horizontal scroll bar: the time it was last typed, which
    tells one draft from another, was out of sight."""
    dialog = DraftsDialog(drafts(1))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.list.horizontalScrollBar().maximum() == 0
    assert dialog.list.wordWrap()


def test_discarding_one_asks_in_the_singular(qtbot, monkeypatch, interface_language):
    """"Delete 1 unsaved events for good?": the count was put into a plural sentence."""
    interface_language("en")
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = DraftsDialog(drafts(2))
    qtbot.addWidget(dialog)
    dialog.list.clearSelection()
    dialog.list.item(0).setSelected(True)
    qtbot.keyClick(dialog.discard_button, Qt.Key.Key_Space)
    assert asked == ["Delete 1 unsaved event for good?"]
