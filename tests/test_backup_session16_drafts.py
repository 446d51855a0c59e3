"""Drafts of unsaved forms: no server password on disk, and drafts written before that
are still offered."""

from __future__ import annotations

import json
from pathlib import Path

from db.event_store import EventInput
from desktop.drafts import DraftStore

SERVER = "postgresql+psycopg://clerk:s3cret-pw@db.office.example:5432/events"


def test_a_draft_does_not_keep_the_servers_password(tmp_path: Path) -> None:
    store = DraftStore(SERVER, tmp_path)
    written = store.save("form-a", EventInput(title="Вечер памяти"))
    assert "s3cret-pw" not in written.read_text(encoding="utf-8")
    assert [draft.data.title for draft in store.pending()] == ["Вечер памяти"]


def test_a_draft_written_with_the_password_is_still_offered(tmp_path: Path) -> None:
    (tmp_path / "form-b.json").write_text(
        json.dumps(
            {"saved_at": "2026-03-01T08:00:00", "database": SERVER, "event": {"title": "Old"}}
        ),
        encoding="utf-8",
    )
    assert [draft.data.title for draft in DraftStore(SERVER, tmp_path).pending()] == ["Old"]
    other = SERVER.replace("/events", "/other")
    assert DraftStore(other, tmp_path).pending() == []
