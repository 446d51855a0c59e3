"""The daily backup of a window left open for days, after a desk's clock once ran ahead."""

from __future__ import annotations

import datetime as dt
import threading

from db.backup import list_backups, make_backup
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import tmp_settings


def wait_for_backups() -> None:
    for thread in threading.enumerate():
        if thread.name == "start-up backup":
            thread.join(60)


def test_a_backup_dated_in_the_future_does_not_stop_the_daily_backup(
    qtbot, database, database_path, tmp_path
):
    """A backup stamped next month (the clock ran ahead once) counted as today's, so no
    daily backup was made until that month came."""
    make_backup(database_path, "start", now=dt.datetime.now() + dt.timedelta(days=30))
    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.daily_backup()
    wait_for_backups()
    now = dt.datetime.now()
    assert any(info.made_at <= now for info in list_backups(database_path))


def test_the_daily_backup_is_made_once_a_day(qtbot, database, database_path, tmp_path):
    make_backup(database_path, "start")
    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.daily_backup()
    wait_for_backups()
    assert len(list_backups(database_path)) == 1
