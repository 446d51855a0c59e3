"""Nothing typed is lost: a form killed half-filled comes back field by field at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

import desktop.ui.event_form as event_form
from db.engine import open_database
from desktop.drafts import DraftStore
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import child, tmp_settings, type_into
from tests.workers.draft_typist import TYPED

ROOT = Path(__file__).resolve().parents[1]


def field_text(widget: QWidget) -> str:
    for getter in ("text", "currentText"):
        if hasattr(widget, getter):
            return getattr(widget, getter)()
    raise AssertionError(f"no text in {widget.objectName()}")


def test_a_killed_form_is_restored_field_by_field(qtbot, database_path, tmp_path, monkeypatch):
    settings = tmp_path / "ui.ini"
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.workers.draft_typist", str(database_path), str(settings)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},  # XDG_* of this test included
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = worker.stdout.readline() if worker.stdout else ""
        assert line.startswith("READY"), line + (worker.stderr.read() if worker.stderr else "")
        draft_key = line.split()[1]
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(10)
    assert worker.returncode == -signal.SIGKILL

    database = open_database(database_path)
    try:
        monkeypatch.setattr(
            QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard
        )
        window = MainWindow(database, tmp_settings(tmp_path))
        qtbot.addWidget(window)
        window.show()
        dialog = window.offer_drafts()
        assert dialog is not None
        assert dialog.list.count() == 1
        assert TYPED["title"] in dialog.list.item(0).text()
        qtbot.mouseClick(child(dialog, "restore_drafts"), Qt.MouseButton.LeftButton)
        assert len(window.forms) == 1
        form = window.forms[0]
        assert form.draft_key == draft_key
        for name, typed in TYPED.items():
            assert field_text(child(form, name)) == typed, name
        assert form.is_dirty()
        assert form.value().attendance == 120
        form.reject()  # discarding on purpose removes the draft
        assert DraftStore(database.url).pending() == []
    finally:
        database.dispose()


def test_saving_removes_the_draft_and_edits_debounce_into_one(
    qtbot, database, tmp_path, monkeypatch
):
    monkeypatch.setattr(event_form, "DRAFT_DEBOUNCE_MS", 100)  # the pause it waits for
    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    form = window.new_event()
    qtbot.waitExposed(form)
    type_into(qtbot, child(form, "title"), "A draft that gets saved")
    type_into(qtbot, child(form, "start_date"), "2025-03-01")  # a new event has no date yet
    qtbot.waitUntil(lambda: len(window.drafts.pending()) == 1, timeout=5000)
    assert window.drafts.pending()[0].data.title == "A draft that gets saved"
    assert form.save(then="stay")
    assert window.drafts.pending() == []
    form.reject()


@pytest.mark.parametrize("answer", ["later", "discard"])
def test_the_start_dialog_keeps_or_discards(qtbot, database, tmp_path, monkeypatch, answer):
    from db.event_store import EventInput

    store = DraftStore(database.url)
    store.save("form-x", EventInput(title="Left behind"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    dialog = window.offer_drafts()
    assert dialog is not None
    qtbot.mouseClick(child(dialog, f"{answer}_drafts"), Qt.MouseButton.LeftButton)
    assert not window.forms
    assert len(store.pending()) == (1 if answer == "later" else 0)
