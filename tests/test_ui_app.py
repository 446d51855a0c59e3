"""Application start-up pieces: error handling and translations."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from desktop.ui import app


def test_an_error_in_a_slot_is_shown_not_fatal(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_excepthook()
    assert sys.excepthook is app.handle_exception
    try:
        raise ValueError("the region list is empty")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert shown and "went wrong" in shown[0]
    assert "ValueError" not in shown[0]  # Python's words are the log's (session 18)


def test_translators_load_nothing_for_a_missing_language(qtbot):
    from PySide6.QtWidgets import QApplication

    assert app.install_translators(QApplication.instance(), "xx") == []
