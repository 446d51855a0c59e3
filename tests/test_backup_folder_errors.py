"""A backup that cannot be written says why in the clerk's words, not the system's."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from db import backup
from db.backup import BackupError, make_backup


@pytest.mark.parametrize(
    ("number", "words"),
    [(errno.EACCES, "cannot be written"), (errno.EROFS, "cannot be written"),
     (errno.ENOSPC, "full")],
)
def test_a_backup_folder_that_cannot_be_written_is_named(
    database_path: Path, monkeypatch, number: int, words: str
) -> None:
    def refused(_source: object, target: Path, *_args: object) -> None:
        raise OSError(number, "system words", str(target))

    monkeypatch.setattr(backup, "snapshot", refused)
    with pytest.raises(BackupError) as raised:
        make_backup(database_path)
    text = str(raised.value)
    assert words in text and "Errno" not in text and "system words" not in text
    assert str(database_path.parent / "backups") in text
