"""Turn low-level database failures into messages a clerk can act on (CLI and GUI alike).

The messages are in the language of :mod:`db.messages`; the driver's own detail stays as
the driver wrote it (it is what a technician searches for)."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from db.messages import N_, _

_KNOWN = (
    (
        ("disk is full", "no space left", "file too large", "disk i/o error"),
        N_(
            "The disk is full or failing, so the change was not saved (nothing was half-saved). "
            "Free some space or move the database to another disk, then try again."
        ),
    ),
    (
        ("readonly database", "read-only", "permission denied"),
        N_(
            "The database cannot be written: the file or its folder is read-only. "
            "Make it writable, or open a copy in a folder you can write to."
        ),
    ),
    (
        ("database is locked", "could not obtain lock"),
        N_(
            "Another program kept the database busy for too long; nothing was saved. "
            "Try again in a moment."
        ),
    ),
    (
        ("unable to open database file",),
        N_("The database file cannot be opened: check that its folder exists and is writable."),
    ),
    (
        (
            "connection refused",
            "could not connect",
            "server closed the connection",
            "connection timed out",
        ),
        N_(
            "The database server cannot be reached. Check the network and the server address "
            "in the settings; nothing was saved."
        ),
    ),
)


def describe_database_error(error: SQLAlchemyError | OSError) -> str:
    """A short, actionable sentence for ``error``, naming the cause when it is known."""
    original = error.orig if isinstance(error, DBAPIError) else error
    text = str(original).strip()
    detail = text.splitlines()[0] if text else type(error).__name__
    lowered = detail.lower()
    for needles, message in _KNOWN:
        if any(needle in lowered for needle in needles):
            return _("{message} (Detail: {detail})").format(message=_(message), detail=detail)
    return _("The database reported an error and nothing was saved: {detail}").format(
        detail=detail
    )
