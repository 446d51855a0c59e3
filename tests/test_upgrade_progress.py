"""Issue 17, a long upgrade: it is one transaction (a kill midway leaves the old file,
which the next start upgrades cleanly), and the window's start shows it while it runs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from db.engine import (
    Database,
    create_db_engine,
    current_revision,
    open_database,
    schema_head,
)
from db.queries import EventFilter, count_events
from tests.data_sets import fill_sample
from tests.schema_helpers import RowsOf, downgrade, rows_of

ROOT = Path(__file__).resolve().parents[1]

_KILLED_MIDWAY = """
import os, signal, sys
from sqlalchemy import Engine, event
from db.engine import open_database

def kill(_conn, _cursor, statement, *_args):
    if "('rebuild')" in statement:  # the index of migration 0007 is being filled
        os.kill(os.getpid(), signal.SIGKILL)

event.listen(Engine, "before_cursor_execute", kill)
open_database(sys.argv[1])
"""


@pytest.fixture
def old(database_with: Callable[..., Database]) -> tuple[Path, RowsOf]:
    """A data file in use (reference data, the sample's events: a copy of one filled once
    per run) taken back to revision 0006; its path and its rows."""
    in_use = database_with(fill_sample)
    in_use.dispose()
    path = Path(str(in_use.engine.url.database))
    engine = create_db_engine(f"sqlite:///{path}")
    downgrade(engine, "0006")
    with engine.connect() as connection:
        rows = rows_of(connection)
    engine.dispose()
    return path, rows


def test_an_upgrade_killed_midway_leaves_the_old_file_which_the_next_start_upgrades(
    old: tuple[Path, RowsOf],
) -> None:
    path, rows = old
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_MIDWAY, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr

    database = open_database(path)
    try:
        assert current_revision(database.engine) == schema_head()
        with database.engine.connect() as connection:
            assert rows_of(connection, rows.columns) == rows
        with database.sessions() as session:
            assert count_events(session, EventFilter(text="Kh")) >= 1  # the words index
    finally:
        database.dispose()


def test_the_window_start_on_an_old_file_shows_the_upgrade_then_every_event(
    qtbot, tmp_path: Path, monkeypatch, old: tuple[Path, RowsOf]
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    import db.backup
    from desktop import cli
    from desktop.ui import app as gui
    from desktop.ui.main_window import MainWindow
    from tests.test_ui_support import tmp_settings

    path = old[0]
    backup = db.backup.make_backup

    def slow_backup(*args, **kwargs):  # a large file's backup takes seconds
        time.sleep(0.3)
        return backup(*args, **kwargs)

    monkeypatch.setattr(db.backup, "make_backup", slow_backup)
    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            ours = isinstance(widget, QProgressDialog) and widget.objectName() == "upgrade_dialog"
            if ours and widget.isVisible() and widget.labelText() not in seen:
                seen.append(widget.labelText())

    watch = QTimer()
    watch.setInterval(5)
    watch.timeout.connect(look)
    watch.start()
    shown: list[int] = []

    def run_gui(database, _language) -> int:
        watch.stop()
        with database.sessions() as session:
            events = count_events(session, EventFilter())
        window = MainWindow(database, tmp_settings(tmp_path))
        qtbot.addWidget(window)
        window.show()
        window.model.wait()
        shown.append(window.model.rowCount())
        assert not any(  # the progress window is gone
            w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
        )
        assert current_revision(database.engine) == schema_head()
        return 0 if shown[-1] == events == 3 else 1

    monkeypatch.setattr(gui, "run_gui", run_gui)
    assert cli.main(["--database", str(path)]) == 0
    assert shown == [3]
    assert any("backup" in text for text in seen), seen
    assert any("Upgrading your data file" in text for text in seen), seen


def test_only_a_file_of_an_older_schema_is_said_to_need_an_upgrade(
    database_path: Path, tmp_path: Path, old: tuple[Path, RowsOf]
) -> None:
    """The window's start opens with ``upgrade_now=False``: an older file is left as it
    was (the start upgrades it with a progress window); any other opens, or is refused
    with what is wrong with it."""
    from db.engine import DatabaseOpenError, UpgradePending

    before = old[0].read_bytes()
    with pytest.raises(UpgradePending):
        open_database(old[0], check_integrity=False, upgrade_now=False)
    assert old[0].read_bytes() == before, "nothing written before the upgrade is shown"
    open_database(database_path, check_integrity=False, upgrade_now=False).dispose()
    made = open_database(tmp_path / "missing.sqlite", upgrade_now=False)  # made new
    assert made.created
    made.dispose()
    not_ours = tmp_path / "notes.sqlite"
    not_ours.write_text("not a database")
    with pytest.raises(DatabaseOpenError) as refused:
        open_database(not_ours, check_integrity=False, upgrade_now=False)
    assert not isinstance(refused.value, UpgradePending)
    probe = (
        "import sys; from db.engine import open_database; "
        "open_database(sys.argv[1], check_integrity=False, upgrade_now=False).dispose(); "
        "print('alembic' in sys.modules)"
    )
    looked = subprocess.run(
        [sys.executable, "-c", probe, str(database_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert looked.stdout.strip() == "False", looked.stderr
