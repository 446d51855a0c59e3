"""Backups of an office's data are the user's alone, also those an older version made,
without touching a folder the user chose (session 18, item 2)."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from db.backup import backup_dir, keep_raw_copy, list_backups, make_backup

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A system whose files are readable by all by default (umask 022)."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_backups_an_older_version_left_readable_are_made_private(
    database_path: Path, loose_umask: None
) -> None:
    old = make_backup(database_path, "start")
    os.chmod(old, 0o644)  # as versions before 0600 backups made them
    make_backup(database_path, "manual")
    assert {_mode(info.path) for info in list_backups(database_path)} == {0o600}


def test_a_backups_folder_the_user_made_keeps_its_permissions(
    database_path: Path, loose_umask: None
) -> None:
    """A folder shared on purpose (the office's other desks read it) is not taken away
    from them: only a folder this program makes is made private."""
    folder = backup_dir(database_path)
    folder.mkdir()
    os.chmod(folder, 0o775)
    made = make_backup(database_path, "manual")
    assert _mode(folder) == 0o775 and _mode(made) == 0o600


def test_a_backups_folder_made_now_is_private(database_path: Path, loose_umask: None) -> None:
    make_backup(database_path, "manual")
    assert _mode(backup_dir(database_path)) == 0o700


def test_other_files_in_the_backups_folder_are_left_as_they_are(
    database_path: Path, loose_umask: None
) -> None:
    folder = backup_dir(database_path)
    folder.mkdir()
    notes = folder / "read me.txt"
    notes.write_text("the office's notes")
    other = folder / "other-20260301-080000-000000-start.sqlite"  # another file's backup
    shutil.copyfile(database_path, other)
    os.chmod(notes, 0o644)
    os.chmod(other, 0o644)
    make_backup(database_path, "manual")
    assert _mode(notes) == 0o644 and _mode(other) == 0o644


def test_a_copy_of_a_damaged_file_is_never_readable_by_others_even_half_made(
    database_path: Path, loose_umask: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Interrupted (the program killed, Ctrl+C) while copying, the half-made copy stayed
    readable by every user of the machine until the next start cleaned it an hour later."""

    def interrupted(source: Any, target: Any, *_args: Any, **_kwargs: Any) -> None:
        if isinstance(target, (str, Path)):
            Path(target).write_bytes(b"SQLite format 3\0")
        else:
            target.write(b"SQLite format 3\0")
        raise KeyboardInterrupt

    monkeypatch.setattr(shutil, "copyfile", interrupted)
    monkeypatch.setattr(shutil, "copyfileobj", interrupted)
    with pytest.raises(KeyboardInterrupt):
        keep_raw_copy(database_path, "before-restore-damaged")
    left = list(backup_dir(database_path).iterdir())
    assert left and {_mode(path) for path in left} == {0o600}
