"""``db copy`` into a folder that is not there, a copy that fails, and the copy's identity
(session 18, items 1 and 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine

from db import copy as copying
from db.backup import make_backup, restore
from db.copy import CopyError, copy_data_set
from db.engine import open_database, to_url
from db.identity import data_set_identity, read_identity
from desktop.cli import main


def _identity_of(path: Path):
    engine = create_engine(to_url(path))
    try:
        with engine.connect() as connection:
            return read_identity(connection)
    finally:
        engine.dispose()


def test_a_copy_into_a_folder_that_is_not_there_is_refused_in_words(
    database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder missing may be a USB disk not plugged in: making it would put the office's
    copy on this computer's own disk, where nobody would look for it."""
    target = tmp_path / "usb-stick" / "office" / "copy.sqlite"
    assert main(["db", "copy", "--from", str(database_path), "--to", str(target)]) == 1
    said = capsys.readouterr().err
    assert str(tmp_path / "usb-stick") in said and "connect it" in said
    assert "Traceback" not in said
    assert not (tmp_path / "usb-stick").exists()


def test_a_copy_into_a_path_under_a_file_says_it_is_a_file(
    database_path: Path, tmp_path: Path
) -> None:
    (tmp_path / "notes.txt").write_text("not a folder")
    with pytest.raises(CopyError, match="is a file, not a folder"):
        copy_data_set(to_url(database_path), to_url(tmp_path / "notes.txt" / "copy.sqlite"))


def test_a_failed_copy_leaves_no_new_file_behind(
    database_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty file named as the copy looked like a copy that worked."""

    def fails(*_args: object) -> None:
        raise CopyError("the disk went away")

    monkeypatch.setattr(copying, "_reset_sequences", fails)
    target = tmp_path / "copy.sqlite"
    with pytest.raises(CopyError):
        copy_data_set(to_url(database_path), to_url(target))
    assert not list(tmp_path.glob("copy.sqlite*"))


def test_a_failed_copy_into_an_existing_file_leaves_that_file(
    database_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "office.sqlite"
    open_database(target, load_reference=True).dispose()
    with pytest.raises(CopyError, match="already holds data"):
        copy_data_set(to_url(database_path), to_url(target))
    assert target.exists()


def test_a_copy_moves_the_data_set_with_its_identity(
    database, database_path: Path, tmp_path: Path
) -> None:
    """``db copy`` moves a data set (README): its drafts, keyed by its identity, follow."""
    source_identity = data_set_identity(database.engine)
    database.dispose()
    target = tmp_path / "copy.sqlite"
    copy_data_set(to_url(database_path), to_url(target))
    assert _identity_of(target) == source_identity
    assert _identity_of(database_path) == source_identity


def test_a_server_database_the_app_opened_empty_takes_the_copy(
    database, postgres_url: str
) -> None:
    """An empty server database the app has opened once holds only its identity: that
    is no data, and the copy (with the source's identity) goes in."""
    source_identity = data_set_identity(database.engine)
    opened = open_database(postgres_url, load_reference=False)
    assert data_set_identity(opened.engine) not in (None, source_identity)
    opened.dispose()
    copy_data_set(database.url, postgres_url)
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as connection:
            copied = read_identity(connection)
    finally:
        engine.dispose()
    assert copied == source_identity


def test_a_restored_backup_of_the_same_data_set_keeps_its_identity(database) -> None:
    from db.engine import sqlite_path

    path = sqlite_path(database.url)
    assert path is not None
    identity = data_set_identity(database.engine)
    database.dispose()
    backup = make_backup(path, "manual")
    restore(backup, path)
    assert _identity_of(path) == identity


def test_a_data_set_without_an_identity_gets_one_when_it_is_opened(
    database_path: Path,
) -> None:
    """Made by an older version, or by a command, and never opened by the window."""
    engine = create_engine(to_url(database_path))
    with engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM data_set")
    engine.dispose()
    open_database(database_path, check_integrity=False).dispose()
    assert _identity_of(database_path) is not None
