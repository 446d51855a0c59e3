"""Backups and restores that cannot be done say why in the clerk's words, never with a
traceback or SQLite's English, and a restore leaves a file this version works on."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from db import backup
from db.backup import BackupError, make_backup, restore, snapshot
from db.engine import open_database, schema_head
from db.event_store import EventStore
from desktop.cli import main
from desktop.sample import sample_inputs
from tests.schema_helpers import downgrade


def _refused(number: int) -> Callable[..., None]:
    """A stand-in for ``snapshot`` that fails as the system does with ``number``."""

    def refuse(_source: object, target: Path, *_args: object) -> None:
        raise OSError(number, "system words", str(target))

    return refuse


def test_a_read_only_backup_folder_is_named_not_a_traceback(
    database_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a read-only disk even removing the half-written file fails (EROFS, not ENOENT)."""
    monkeypatch.setattr(backup, "snapshot", _refused(errno.EROFS))
    unlink = Path.unlink

    def read_only_unlink(self: Path, missing_ok: bool = False) -> None:
        if self.parent.name == "backups":
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", read_only_unlink)
    with pytest.raises(BackupError) as raised:
        make_backup(database_path)
    assert "cannot be written" in str(raised.value)


def test_a_full_disk_is_said_in_the_clerks_words(
    database_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite itself reports a full disk (SQLITE_FULL, no errno) while it writes the copy."""

    def full(_source: object, _target: Path, *_args: object) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(backup, "snapshot", full)
    with pytest.raises(BackupError) as raised:
        make_backup(database_path)
    text_ = str(raised.value)
    assert "the disk is full" in text_ and "database or disk is full" not in text_


def test_a_restore_refused_for_want_of_space_says_nothing_was_replaced(
    database_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "good.sqlite"
    snapshot(database_path, good)
    monkeypatch.setattr(backup, "snapshot", _refused(errno.ENOSPC))
    with pytest.raises(BackupError) as raised:
        restore(good, database_path)
    assert "the disk is full" in str(raised.value)
    assert "nothing was changed" in str(raised.value)


def test_a_data_folder_that_is_gone_is_said_so(database_path: Path, tmp_path: Path) -> None:
    """The data file was on a USB stick that was pulled out: its folder is not there."""
    good = tmp_path / "good.sqlite"
    snapshot(database_path, good)
    gone = tmp_path / "usb-stick" / "office.sqlite"
    with pytest.raises(BackupError) as raised:
        restore(good, gone)
    message = str(raised.value)
    assert str(gone.parent) in message and "is not there" in message
    assert "unable to open" not in message and "Errno" not in message


def test_a_backup_of_an_older_version_is_brought_up_to_date_by_the_restore(
    database_path: Path, tmp_path: Path
) -> None:
    """The window goes on with the restored file at once: with an older schema, its next
    save failed with "table event has no column named title_key"."""
    database = open_database(database_path)
    with database.sessions.begin() as session:
        EventStore(session).save(sample_inputs()[0])
    database.dispose()
    old = tmp_path / "old.sqlite"
    snapshot(database_path, old)
    older = open_database(old)
    downgrade(older.engine, "0006")
    older.dispose()

    restore(old, database_path)
    with closing(sqlite3.connect(database_path)) as connection:  # as it is, not upgraded
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        (events,) = connection.execute("SELECT count(*) FROM event").fetchone()
    assert revision == schema_head()
    assert events == 1


def test_the_command_line_refuses_a_folder_as_a_backup(
    database_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = database_path.parent / "not-a-backup"
    folder.mkdir()
    assert main(["--database", str(database_path), "restore", str(folder)]) == 1
    said = capsys.readouterr().err
    assert "damaged" not in said and str(folder) in said


def test_newest_backup_on_a_pulled_out_stick_says_the_folder_is_gone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not "there is no good backup": the backups are on the stick, with the data file."""
    gone = tmp_path / "usb-stick" / "office.sqlite"
    assert main(["--database", str(gone), "--new", "restore", "--newest"]) == 1
    said = capsys.readouterr().err
    assert "no good backup" not in said
    assert str(gone.parent) in said and "connect it" in said


def test_a_backups_folder_that_cannot_be_made_is_not_called_missing(
    database_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The data file's folder is read-only: "backups" cannot be made in it, and the clerk
    must hear that, not "connect the disk"."""
    mkdir = Path.mkdir

    def read_only_mkdir(self: Path, *args: object, **options: object) -> None:
        if self.name == "backups":
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        mkdir(self, *args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", read_only_mkdir)
    with pytest.raises(BackupError) as raised:
        make_backup(database_path)
    assert "cannot be written" in str(raised.value)
    assert "is not there" not in str(raised.value)
