"""One writer of change-log rows from structured values.

Every change to a record goes to the change log: who, at which desk, which record,
what action, and ``{field: [old, new]}``. Every writer (the event store, the reference
service, merges, the gazetteer) goes through :func:`write_change`.
"""

from __future__ import annotations

import getpass
import socket
import uuid
from collections.abc import Mapping

from sqlalchemy.orm import Session

from db.models import ChangeLog

SUMMARY_LENGTH = 500


def current_user() -> str:
    """The login of whoever runs the app, for the change log's "who"."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def write_change(
    session: Session,
    table: str,
    action: str,
    *,
    record_id: int | None = None,
    record_uuid: uuid.UUID | None = None,
    changes: Mapping[str, object] | None = None,
    summary: str | None = None,
    user: str | None = None,
    desk: str | None = None,
    batch_id: uuid.UUID | None = None,
) -> ChangeLog:
    """Add one change-log row to ``session`` (the caller commits) and return it."""
    entry = ChangeLog(
        user=user or current_user(),
        desk=desk or socket.gethostname(),
        table_name=table,
        record_uuid=record_uuid,
        record_id=record_id,
        action=action,
        changes=dict(changes) if changes is not None else None,
        batch_id=batch_id,
        summary=summary[:SUMMARY_LENGTH] if summary else None,
    )
    session.add(entry)
    return entry
