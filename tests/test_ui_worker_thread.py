"""Results of background work reach their callbacks in the GUI thread (issue 11: "QObject::
killTimer: Timers cannot be stopped from another thread"). PySide6 calls a plain function
connected to a worker's signal in the worker's thread, where a callback that touches a
widget (a message box, a label, a timer) breaks Qt's threading rules."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from desktop.ui.worker import start_job
from tests.test_ui_support import WorkerSignal


def test_done_and_failed_arrive_in_the_gui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    threads: dict[str, bool] = {}

    def record(name: str):
        return lambda *_: threads.setdefault(
            name, threading.current_thread() is threading.main_thread()
        )

    def fail() -> None:
        raise ValueError("no")

    kept = [
        start_job(parent, lambda: 1, record("done"), record("x"), record("finished")),
        start_job(parent, fail, record("y"), record("failed"), record("finished too")),
    ]
    qtbot.waitUntil(lambda: len(threads) == 4, timeout=5000)
    assert threads == {"done": True, "finished": True, "failed": True, "finished too": True}
    for thread, _job in kept:
        thread.wait(2000)


def test_the_export_progress_is_shown_from_the_gui_thread(qtbot, database, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    from desktop.ui.main_window import MainWindow
    from tests.test_ui_support import tmp_settings

    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.load_sample()
    threads: list[bool] = []
    original = QProgressDialog.setValue

    def record(dialog: QProgressDialog, value: int) -> None:
        threads.append(threading.current_thread() is threading.main_thread())
        original(dialog, value)

    monkeypatch.setattr(QProgressDialog, "setValue", record)
    worker = window.start_export(tmp_path / "report.xlsx")
    with WorkerSignal(qtbot, worker.finished, 30_000):
        pass
    qtbot.waitUntil(lambda: window._export is None, timeout=5000)
    assert threads and all(threads)


def test_an_error_in_the_application_is_told_without_its_python_words(qtbot, caplog):
    """A failure nobody planned for (a bug) is said in one sentence with where its details
    are kept, never as "KeyError: 'title'"; the details go to the log."""
    from desktop.logs import log_path

    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []

    def broken() -> None:
        raise KeyError("title_key_ru")

    thread, _job = start_job(parent, broken, lambda _: None, shown.append, lambda: None)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    thread.wait(2000)
    assert "KeyError" not in shown[0] and "title_key_ru" not in shown[0]
    assert str(log_path()) in shown[0]
    assert "title_key_ru" in caplog.text
