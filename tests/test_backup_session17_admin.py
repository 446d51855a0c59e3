"""Backups and restores as an office administrator runs them: a backups folder kept on
another disk (a link to it) that is not connected, a data file shared by several desks,
a restore from the command line that replaces newer work, the copy of what a restore
replaced."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from db.backup import BackupError, backup_dir, list_backups, make_backup, restore, rotate
from db.engine import Database, open_database
from db.event_store import EventStore
from desktop.cli import main
from desktop.drafts import DraftStore
from desktop.sample import sample_inputs
from desktop.ui.backup_dialog import BackupDialog


def _backups_on_a_disk_not_connected(database_path: Path, tmp_path: Path) -> Path:
    """The backups folder is a link to a folder of a disk that is not mounted now."""
    disk = tmp_path / "backup-disk" / "office-backups"
    disk.mkdir(parents=True)
    backup_dir(database_path).symlink_to(disk, target_is_directory=True)
    make_backup(database_path, "manual")
    shutil.move(str(disk.parent), tmp_path / "unplugged")
    return disk


def test_a_backup_to_a_disk_not_connected_says_so(database_path: Path, tmp_path: Path) -> None:
    disk = _backups_on_a_disk_not_connected(database_path, tmp_path)
    with pytest.raises(BackupError) as raised:
        make_backup(database_path, "manual")
    message = str(raised.value)
    assert str(disk) in message and "connect it" in message
    assert "Errno" not in message and "File exists" not in message


def test_restore_newest_from_a_disk_not_connected_does_not_say_there_is_no_backup(
    database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    disk = _backups_on_a_disk_not_connected(database_path, tmp_path)
    assert main(["--database", str(database_path), "restore", "--newest"]) == 1
    said = capsys.readouterr().err
    assert "no good backup" not in said
    assert str(disk) in said and "connect it" in said


def test_listing_backups_on_a_disk_not_connected_is_not_an_empty_list(
    database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    disk = _backups_on_a_disk_not_connected(database_path, tmp_path)
    assert main(["--database", str(database_path), "backup", "--list"]) == 1
    said = capsys.readouterr().err
    assert str(disk) in said and "connect it" in said


def test_the_dialog_says_the_backups_disk_is_not_connected(
    qtbot, database_path: Path, tmp_path: Path
) -> None:
    disk = _backups_on_a_disk_not_connected(database_path, tmp_path)
    dialog = BackupDialog(database_path, lambda: None, lambda: None)
    qtbot.addWidget(dialog)
    assert str(disk) in dialog.status.text() and "connect it" in dialog.status.text()


def test_a_restored_file_can_still_be_opened_by_the_other_desks(
    database_path: Path,
) -> None:
    """The office's data file is shared (its group may read and write it): a restore
    made it the administrator's alone, and no desk could open it any more."""
    os.chmod(database_path, 0o660)
    backup = make_backup(database_path, "manual")
    restore(backup, database_path)
    assert stat.S_IMODE(database_path.stat().st_mode) == 0o660


def test_the_command_line_says_how_many_events_the_restore_took_back(
    database_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It asks nothing: what the restored backup lacks, and where it is kept, is said."""
    backup = make_backup(database_path, "manual")
    database = open_database(database_path)
    with database.sessions.begin() as session:
        for entered in sample_inputs()[:2]:
            EventStore(session).save(entered)
    database.dispose()
    assert main(["--database", str(database_path), "restore", str(backup)]) == 0
    said = capsys.readouterr().out
    kept = next(info.path for info in list_backups(database_path)
                if info.reason == "before-restore")
    assert "2 events" in said and str(kept) in said


def test_what_a_restore_replaced_outlives_the_daily_rotation(database_path: Path) -> None:
    """The clerk is told the restore "can be undone by restoring that one": the next
    day's rotation took it, as it takes any but the newest backup of a day."""
    now = dt.datetime.now()
    restore(make_backup(database_path, "manual", rotate_after=False), database_path)
    made = next(info for info in list_backups(database_path) if info.reason == "before-restore")
    restored_on = now - dt.timedelta(days=10)  # as if the restore was ten days ago
    replaced = made.path.with_name(
        made.path.name.replace(f"{made.made_at:%Y%m%d-%H%M%S-%f}",
                               f"{restored_on:%Y%m%d-%H%M%S-%f}")
    )
    made.path.rename(replaced)
    for days in range(10, -1, -1):  # the start backups of that day and of every day since
        made_at = now - dt.timedelta(days=days) + dt.timedelta(minutes=1 if days else -1)
        make_backup(database_path, "start", made_at, rotate_after=False)
        rotate(database_path)
    assert replaced.exists()


def test_restoring_the_data_file_onto_itself_is_refused_at_once(
    database_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It waited ten seconds for "another program" (its own lock), then failed, leaving
    a needless backup."""
    link = database_path.with_name("same-file.sqlite")
    link.symlink_to(database_path)
    assert main(["--database", str(database_path), "restore", str(link)]) == 1
    said = capsys.readouterr().err
    assert "another program" not in said and "data file itself" in said
    assert list_backups(database_path) == []


def test_the_dialog_says_the_automatic_backup_failed(
    qtbot, database_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The start's backup runs unseen: a full disk stopped every one of them, and the
    clerk learnt it only on needing one."""
    import errno

    from db import backup

    def full(_source: object, target: Path, *_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(backup, "snapshot", full)
    assert backup.backup_on_start(database_path) is None
    monkeypatch.undo()
    dialog = BackupDialog(database_path, lambda: None, lambda: None)
    qtbot.addWidget(dialog)
    assert "automatic backup" in dialog.status.text() and "disk is full" in dialog.status.text()
    assert dialog.back_up_now() is not None
    assert "automatic backup" not in dialog.status.text(), "a backup made clears it"


def _another_data_sets_backup(
    database: Database, database_path: Path, other: Database
) -> Path:
    """A backup, named as this file's, of a data set made apart from it (both known)."""
    DraftStore(database)  # each data set has its identity once a window opened it
    DraftStore(other)
    other_path = Path(other.url.removeprefix("sqlite:///"))
    other.dispose()
    mine = make_backup(database_path, "manual")
    shutil.copyfile(other_path, mine)
    return mine


def test_restoring_another_data_sets_backup_says_so(
    database: Database,
    database_path: Path,
    new_database: Callable[[str], Database],
    capsys: pytest.CaptureFixture[str],
) -> None:
    backup = _another_data_sets_backup(database, database_path, new_database("other.sqlite"))
    database.dispose()
    assert main(["--database", str(database_path), "restore", str(backup)]) == 0
    assert "another data set" in capsys.readouterr().out


def test_the_dialog_asks_before_putting_another_data_set_in_place(
    qtbot,
    database: Database,
    database_path: Path,
    new_database: Callable[[str], Database],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _another_data_sets_backup(database, database_path, new_database("other.sqlite"))
    asked: list[str] = []

    def no(_parent: object, _title: str, text: str, *_rest: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    dialog = BackupDialog(database_path, lambda: None, lambda: None)
    qtbot.addWidget(dialog)
    assert not dialog.restore_selected()
    assert "another data set" in asked[0]


def test_backing_up_a_server_data_set_names_a_way_to_do_it(
    postgres_data_set_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The app's own verified copy into a file is a backup an office can make without
    the server's tools; the message named only pg_dump."""
    postgres_url = postgres_data_set_url
    assert main(["--database", postgres_url, "backup"]) == 1
    said = capsys.readouterr().err
    assert "pg_dump" in said and "db copy --from" in said
    assert postgres_url not in said  # nor its password


def test_a_backup_put_back_beside_the_data_file_keeps_its_own_backups(
    database_path: Path,
) -> None:
    """An administrator copies a backup out beside the data file and works on it: that
    file's backups were taken for the data file's own ("office-<stamp>-manual-<stamp>-
    start" read as a backup of "office"), listed and rotated as its."""
    backup = make_backup(database_path, "manual")
    beside = database_path.with_name(backup.name)
    shutil.copyfile(backup, beside)
    its_own = make_backup(beside, "start", rotate_after=False)
    assert its_own not in [info.path for info in list_backups(database_path)]
    for days in range(1, 12):
        make_backup(database_path, "start", dt.datetime.now() - dt.timedelta(days=days),
                    rotate_after=False)
    rotate(database_path)
    assert its_own.exists()
