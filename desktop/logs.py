"""Rotating log files in the user's log directory, so a failure can be looked at later."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

import platformdirs

from db.engine import APP_NAME
from db.messages import _

LOG_BYTES = 1_000_000
LOG_FILES = 5


def log_path() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False) / "diaspora-events.log"


def kept_log() -> Path | None:
    """The log file this process writes, None when it keeps none (its folder could not
    be written: :func:`setup_logging` then drops the records)."""
    path = log_path()
    handlers = logging.getLogger().handlers
    return path if any(getattr(h, "baseFilename", None) == str(path) for h in handlers) else None


def unexpected_error_message() -> str:
    """What the clerk reads after an error nobody foresaw, in their language: that
    something went wrong, that what was saved is safe (each save is one transaction,
    kept whole or not at all), and where the log is. Python's own words ("KeyError: 'x'")
    mean nothing to a clerk; they are in the log for whoever looks into it."""
    message = _(
        "Something went wrong in Diaspora Events. Nothing you had saved was lost: each "
        "save is kept whole or not at all. What you were doing when it happened may not "
        "have been done; check it and try again."
    )
    where = kept_log()
    if where is None:
        return message
    return message + "\n\n" + _(
        "What happened is written in the log file {path}. If it happens again, send that "
        "file to whoever looks after Diaspora Events in your office."
    ).format(path=where)


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the app's log records to a rotating file; returns its path."""
    path = log_path()
    root = logging.getLogger()
    if kept_log() is not None:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"
        )
    except OSError:  # an unwritable log folder must not stop the app
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    sys.unraisablehook = _log_unraisable
    return path


def _log_unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    """An error Python cannot raise (a library's abandoned writer failing as it is cleaned
    up, after the failure it belongs to was already told) goes to the log, not as a
    traceback on the clerk's screen or terminal."""
    logging.getLogger("unraisable").warning(
        "%s: %s", unraisable.err_msg or "Exception ignored in", unraisable.object,
        exc_info=(unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback)
        if unraisable.exc_value is not None else None,
    )
