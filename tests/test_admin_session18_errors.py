"""An unexpected error tells the clerk what happened in plain words; Python's own words go
to the log (session 18, item 5)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import logs
from desktop.ui import app


def _shown_for(error: BaseException, monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_excepthook()
    try:
        raise error
    except type(error) as raised:
        sys.excepthook(type(raised), raised, raised.__traceback__)
    return shown


def test_the_clerk_reads_plain_words_and_where_the_log_is(
    qtbot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    logs.setup_logging()
    with caplog.at_level(logging.ERROR):
        shown = _shown_for(KeyError("x"), monkeypatch)
    text = shown[0].text()
    assert "KeyError" not in text and "'x'" not in text
    assert "went wrong" in text and "saved" in text
    assert str(logs.log_path()) in text
    assert shown[0].detailedText() == ""  # the traceback is the log's
    assert "KeyError: 'x'" in caplog.text


def test_without_a_log_file_the_message_names_none(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A log folder that cannot be written keeps no log: pointing the clerk at it would
    send them looking for a file that is not there."""
    monkeypatch.setattr(logs, "log_path", lambda: tmp_path / "a-file" / "diaspora-events.log")
    (tmp_path / "a-file").write_text("not a folder")
    logs.setup_logging()
    text = logs.unexpected_error_message()
    assert "went wrong" in text and "a-file" not in text
