"""Unsaved forms follow their data set, not the path of its file: a USB stick under
another drive letter, a moved or renamed file, a restored backup or a `db copy` of it
still offer the clerk's drafts, and no other data set ever does."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from db.backup import make_backup, restore
from db.copy import copy_data_set
from db.engine import Database, open_database
from db.event_store import EventInput
from desktop.drafts import DraftStore
from tests.schema_helpers import downgrade


def _titles(store: DraftStore) -> list[str]:
    return [draft.data.title for draft in store.pending()]


def _typed(database: Database, drafts: Path, title: str = "Вечер памяти") -> None:
    DraftStore(database, drafts).save("form-a", EventInput(title=title))


def test_drafts_follow_a_data_file_that_is_moved_and_renamed(
    database: Database, tmp_path: Path
) -> None:
    drafts = tmp_path / "drafts"
    _typed(database, drafts)
    database.dispose()
    stick = tmp_path / "E-drive"
    stick.mkdir()
    moved = stick / "office events.sqlite"
    shutil.move(str(database.url.removeprefix("sqlite:///")), moved)
    reopened = open_database(moved, check_integrity=False)
    try:
        assert _titles(DraftStore(reopened, drafts)) == ["Вечер памяти"]
    finally:
        reopened.dispose()


def test_drafts_are_offered_after_a_backup_made_before_them_is_restored(
    database: Database, database_path: Path, tmp_path: Path
) -> None:
    drafts = tmp_path / "drafts"
    backup = make_backup(database_path, "manual")  # before the data set was ever asked
    _typed(database, drafts)
    database.dispose()
    restore(backup, database_path)
    reopened = open_database(database_path, check_integrity=False)
    try:
        assert _titles(DraftStore(reopened, drafts)) == ["Вечер памяти"]
    finally:
        reopened.dispose()


def test_drafts_are_offered_in_a_db_copy_of_the_data_set(
    database: Database, tmp_path: Path
) -> None:
    drafts = tmp_path / "drafts"
    _typed(database, drafts)
    target = tmp_path / "copied.sqlite"
    copy_data_set(database.url, f"sqlite:///{target}")
    copied = open_database(target, check_integrity=False)
    try:
        assert _titles(DraftStore(copied, drafts)) == ["Вечер памяти"]
    finally:
        copied.dispose()


def test_another_data_set_is_never_offered_them_even_at_the_same_path(
    database: Database,
    database_path: Path,
    new_database: Callable[[str], Database],
    tmp_path: Path,
) -> None:
    drafts = tmp_path / "drafts"
    _typed(database, drafts)
    other = new_database("other.sqlite")
    assert _titles(DraftStore(other, drafts)) == []
    DraftStore(other, drafts).save("form-b", EventInput(title="Other office"))
    other.dispose()
    database.dispose()
    shutil.copyfile(tmp_path / "other.sqlite", database_path)  # another data set put there
    reopened = open_database(database_path, check_integrity=False)
    try:
        assert _titles(DraftStore(reopened, drafts)) == ["Other office"]
    finally:
        reopened.dispose()


def test_a_draft_saved_under_the_files_path_is_offered_and_then_follows_the_file(
    database: Database, tmp_path: Path
) -> None:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "form-old.json").write_text(
        json.dumps(
            {
                "saved_at": "2026-03-01T08:00:00",
                "database": database.url,
                "event": {"title": "Typed before the update"},
            }
        ),
        encoding="utf-8",
    )
    assert _titles(DraftStore(database, drafts)) == ["Typed before the update"]
    database.dispose()
    moved = tmp_path / "moved.sqlite"
    shutil.move(database.url.removeprefix("sqlite:///"), moved)
    reopened = open_database(moved, check_integrity=False)
    try:
        assert _titles(DraftStore(reopened, drafts)) == ["Typed before the update"]
    finally:
        reopened.dispose()


def test_drafts_work_on_a_data_file_that_cannot_be_written(
    database: Database, database_path: Path, tmp_path: Path
) -> None:
    drafts = tmp_path / "drafts"
    database.dispose()
    read_only = open_database(database_path, check_integrity=False, read_only=True)
    try:
        store = DraftStore(read_only, drafts)
        store.save("form-a", EventInput(title="Typed on a locked file"))
        assert _titles(DraftStore(read_only, drafts)) == ["Typed on a locked file"]
    finally:
        read_only.dispose()


def test_a_read_only_data_file_offers_the_drafts_of_its_data_set_wherever_it_is(
    database: Database, database_path: Path, tmp_path: Path
) -> None:
    drafts = tmp_path / "drafts"
    _typed(database, drafts)
    database.dispose()
    moved = tmp_path / "archive.sqlite"
    shutil.move(database_path, moved)
    read_only = open_database(moved, check_integrity=False, read_only=True)
    try:
        assert _titles(DraftStore(read_only, drafts)) == ["Вечер памяти"]
    finally:
        read_only.dispose()


def test_drafts_follow_a_data_set_copied_to_a_server(
    database: Database, tmp_path: Path, postgres_url: str
) -> None:
    drafts = tmp_path / "drafts"
    _typed(database, drafts)
    copy_data_set(database.url, postgres_url)
    server = open_database(postgres_url)
    try:
        assert _titles(DraftStore(server, drafts)) == ["Вечер памяти"]
    finally:
        server.dispose()


def test_drafts_are_offered_after_a_backup_of_an_older_version_is_restored(
    database: Database, database_path: Path, tmp_path: Path
) -> None:
    drafts = tmp_path / "drafts"
    old = tmp_path / "old.sqlite"
    shutil.copyfile(database_path, old)
    older = open_database(old, check_integrity=False)
    downgrade(older.engine, "0006")  # a backup made before identities were kept
    older.dispose()
    _typed(database, drafts)
    database.dispose()
    restore(old, database_path)
    reopened = open_database(database_path, check_integrity=False)
    try:
        assert _titles(DraftStore(reopened, drafts)) == ["Вечер памяти"]
    finally:
        reopened.dispose()


def test_a_data_file_another_desk_is_writing_does_not_hold_up_the_drafts(
    database: Database, database_path: Path, tmp_path: Path
) -> None:
    """Its identity is made on first need, at a window's start: another desk's long
    import held the window up for the whole busy timeout first."""
    drafts = tmp_path / "drafts"
    with closing(sqlite3.connect(database_path, isolation_level=None)) as other_desk:
        other_desk.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        store = DraftStore(database, drafts)
        waited = time.monotonic() - started
        other_desk.execute("ROLLBACK")
    assert waited < 2
    store.save("form-a", EventInput(title="Typed while the other desk imports"))
    assert _titles(DraftStore(database.url, drafts)) == ["Typed while the other desk imports"]
