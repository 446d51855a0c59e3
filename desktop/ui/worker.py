"""Run one piece of Qt-free work off the GUI thread and get its result as a signal.

Dialogs that read, compare or extract call :func:`start_job`; the window keeps
painting and answering, and an error comes back as a message instead of a
traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

log = logging.getLogger(__name__)


def application_error() -> str:
    """What a window says of a failure nobody planned for (a bug): its Python words
    ("KeyError: 'title'") tell the clerk nothing; the log keeps them for whoever helps."""
    from desktop.logs import log_path

    return QCoreApplication.translate(
        "Worker",
        "It stopped because of an error in the application. The details are in the log "
        "file {log}: please send it to whoever supports the application.",
    ).format(log=log_path())


class Job(QObject):
    """Calls ``work`` in its thread; emits ``done(result)`` or ``failed(message)``."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[], Any], expected: tuple[type[Exception], ...] = ()):
        super().__init__()
        self._work = work
        self._expected = expected

    def run(self) -> None:
        try:
            result = self._work()
        except self._expected as error:
            self.failed.emit(str(error))
        except Exception:  # reported in the dialog; the app keeps running
            log.exception("background work failed")
            self.failed.emit(application_error())
        else:
            self.done.emit(result)


class _Relay(QObject):
    """Hands a job's outcome to its callbacks in the thread that started the job: PySide6
    calls a plain function connected to a signal in the emitting thread (the worker),
    where touching a widget or a timer breaks Qt ("Timers cannot be stopped from another
    thread"); a QObject's method is called in the thread the object lives in."""

    def __init__(
        self,
        parent: QObject,
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._on_done, self._on_failed = on_done, on_failed

    def done(self, result: Any) -> None:
        self._on_done(result)

    def failed(self, message: str) -> None:
        self._on_failed(message)


def start_job(
    parent: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
    on_finished: Callable[[], None],
    expected: tuple[type[Exception], ...] = (),
) -> tuple[QThread, Job]:
    """Start ``work`` in a new thread owned by ``parent``; keep the returned pair alive."""
    thread = QThread(parent)
    job = Job(work, expected)
    job.moveToThread(thread)
    thread.started.connect(job.run)
    relay = _Relay(parent, on_done, on_failed)
    job.done.connect(relay.done)
    job.failed.connect(relay.failed)
    job.done.connect(thread.quit)
    job.failed.connect(thread.quit)
    thread.finished.connect(on_finished)
    thread.finished.connect(relay.deleteLater)
    thread.start()
    return thread, job
