"""A backup dated in the future (a desk whose clock ran ahead) says nothing of when it
was made: it is not today's, never makes a real backup go in the rotation, and the
clerk sees it marked as such."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from db.backup import latest_backup, list_backups, make_backup, newest_good_backup, rotate
from desktop.cli import main
from desktop.ui.backup_dialog import BackupDialog


def _today(fraction: float) -> dt.datetime:
    """A time of today not later than now (also just after midnight)."""
    now = dt.datetime.now()
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight + (now - midnight) * fraction


def _tomorrow() -> dt.datetime:
    return dt.datetime.now() + dt.timedelta(days=1, hours=1)


def test_a_future_backup_does_not_push_todays_backups_out(database_path: Path) -> None:
    today = [make_backup(database_path, "manual", _today(f), rotate_after=False)
             for f in (0.25, 0.5, 0.75)]
    future = make_backup(database_path, "start", _tomorrow(), rotate_after=False)
    deleted = rotate(database_path)
    assert deleted == []
    assert all(path.exists() for path in [*today, future])


def test_a_future_backup_takes_no_days_or_weeks_place_in_the_rotation(
    database_path: Path,
) -> None:
    """Two files with the same backups, one with a future one besides: the same real
    backups stay of both."""
    twin = database_path.with_name("twin.sqlite")
    shutil.copyfile(database_path, twin)
    now = dt.datetime.now()
    for path in (database_path, twin):
        for days in range(40):
            make_backup(path, "start", now - dt.timedelta(days=days, minutes=1),
                        rotate_after=False)
    make_backup(twin, "start", now + dt.timedelta(days=3), rotate_after=False)
    rotate(database_path)
    rotate(twin)
    kept = [info.made_at for info in list_backups(database_path)]
    assert [info.made_at for info in list_backups(twin) if info.made_at <= now] == kept


def test_rotation_never_deletes_a_future_backup_either(database_path: Path) -> None:
    """Its real age is unknown: it may be the only copy of that day's work."""
    now = dt.datetime.now()
    futures = [make_backup(database_path, "start", now + dt.timedelta(days=d),
                           rotate_after=False) for d in range(20, 40)]
    make_backup(database_path, "manual", now - dt.timedelta(minutes=1))  # rotates
    assert all(path.exists() for path in futures)


def test_the_newest_good_backup_is_one_made_before_now_when_there_is_one(
    database_path: Path,
) -> None:
    real = make_backup(database_path, "manual", _today(0.5), rotate_after=False)
    make_backup(database_path, "start", _tomorrow(), rotate_after=False)
    good = newest_good_backup(database_path)
    assert good is not None and good.path == real
    assert latest_backup(database_path) == good


def test_the_dialog_marks_a_backup_dated_in_the_future(
    qtbot, database_path: Path, monkeypatch
) -> None:
    make_backup(database_path, "manual", _today(0.5), rotate_after=False)
    make_backup(database_path, "start", _tomorrow(), rotate_after=False)
    dialog = BackupDialog(database_path, lambda: None, lambda: None)
    qtbot.addWidget(dialog)
    made = [dialog.table.item(row, 0) for row in range(dialog.table.rowCount())]
    assert "clock" in made[0].text().lower() or "clock" in made[0].toolTip().lower()
    assert "future" in made[0].text().lower()
    assert "future" not in made[1].text().lower()
    assert dialog.table.currentRow() == 1, "the newest real one is chosen, not the future one"


def test_the_cli_list_marks_a_backup_dated_in_the_future(
    database_path: Path, capsys
) -> None:
    make_backup(database_path, "manual", _today(0.5), rotate_after=False)
    make_backup(database_path, "start", _tomorrow(), rotate_after=False)
    assert main(["--database", str(database_path), "backup", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "future" in lines[0].lower()
    assert "future" not in lines[1].lower()
