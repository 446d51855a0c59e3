"""The backups window: a backup of an older version put back while the window stays open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from db.backup import snapshot
from db.engine import open_database
from db.event_store import EventStore
from db.queries import EventFilter, count_events
from desktop.sample import sample_inputs
from desktop.ui.main_window import MainWindow
from tests.schema_helpers import downgrade
from tests.test_ui_support import tmp_settings


def _backup_of_an_older_version(database_path: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    snapshot(database_path, old)
    older = open_database(old)
    downgrade(older.engine, "0006")
    older.dispose()
    folder = database_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    name = f"{database_path.stem}-20250101-080000-000000-before-upgrade-0006.sqlite"
    snapshot(old, folder / name)


def test_the_window_saves_after_an_older_versions_backup_is_restored(
    qtbot, database, database_path, tmp_path, monkeypatch
) -> None:
    with database.sessions.begin() as session:
        EventStore(session).save(sample_inputs()[0])
    _backup_of_an_older_version(database_path, tmp_path)
    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show_backups()
    dialog = next(w for w in window.children() if w.objectName() == "backup_dialog")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    row = next(i for i, info in enumerate(dialog.backups) if "upgrade" in info.reason)
    dialog.table.selectRow(row)
    assert dialog.restore_selected()
    with database.sessions.begin() as session:  # the clerk goes on entering events
        EventStore(session).save(sample_inputs()[1])
    window.reload()
    with database.sessions() as session:
        assert count_events(session, EventFilter()) == 2
