"""Rotating log files in the user's log directory, so a failure can be looked at later."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

import platformdirs

from db.engine import APP_NAME

LOG_BYTES = 1_000_000
LOG_FILES = 5


def log_path() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False) / "diaspora-events.log"


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the app's log records to a rotating file; returns its path."""
    path = log_path()
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
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
