"""Issue 17, start-up: opening an up-to-date data set does not import Alembic, and the
start-up backup does not hold up the window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_OPEN = """
import sys
from db.engine import open_database
open_database(sys.argv[1]).dispose()
print(sorted(name for name in sys.modules if name.split(".")[0] == "alembic"))
"""


def _imports_after_open(path: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", _OPEN, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_an_up_to_date_data_set_opens_without_alembic(database_path: Path) -> None:
    assert _imports_after_open(database_path) == "[]"


def test_a_new_data_set_still_gets_its_schema(tmp_path: Path) -> None:
    assert _imports_after_open(tmp_path / "new.sqlite") != "[]"


def test_the_quick_head_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from db.engine import alembic_config, schema_head

    assert schema_head() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_the_start_up_backup_runs_beside_the_window(database_path: Path, monkeypatch) -> None:
    import threading

    import db.backup
    from db.backup import backup_in_background, list_backups

    release = threading.Event()
    real = db.backup.make_backup

    def slow(*args, **kwargs):
        release.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(db.backup, "make_backup", slow)
    thread = backup_in_background(database_path)
    assert thread.is_alive(), "the caller waited for the backup"
    release.set()
    thread.join(60)
    assert [b.reason for b in list_backups(database_path)] == ["start"]


def test_an_unchanged_file_is_not_backed_up_again(database_path: Path) -> None:
    import os
    import time

    from db.backup import backup_on_start, list_backups

    assert backup_on_start(database_path) is not None
    past = time.time() - 60
    os.utime(database_path, (past, past))
    assert backup_on_start(database_path) is None, "nothing changed since the last backup"
    assert len(list_backups(database_path)) == 1
    os.utime(database_path, None)  # written again
    assert backup_on_start(database_path) is not None


def test_opening_without_writing_does_not_count_as_a_change(database_path: Path) -> None:
    import os
    import time

    from db.backup import backup_on_start
    from db.engine import open_database

    assert backup_on_start(database_path) is not None
    past = time.time() - 60
    os.utime(database_path, (past, past))
    for suffix in ("-wal", "-shm"):  # as the last connection's close leaves it
        Path(f"{database_path}{suffix}").unlink(missing_ok=True)
    database = open_database(database_path, check_integrity=False)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("SELECT count(*) FROM event").scalar()
        assert backup_on_start(database_path) is None, "an empty WAL made by opening"
    database.dispose()


_MODULES_AFTER = """
import sys
from desktop.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(" ".join(sorted(sys.modules)))
"""


def _modules_after(*argv: str) -> tuple[set[str], str]:
    """What running the command line with ``argv`` imported, in a fresh process."""
    result = subprocess.run(
        [sys.executable, "-c", _MODULES_AFTER, *argv],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 0, result.stderr
    *printed, modules = result.stdout.strip().splitlines()
    return set(modules.split()), "\n".join(printed)


def test_the_version_is_told_without_the_database_or_qt() -> None:
    modules, printed = _modules_after("--version")
    assert printed.startswith("diaspora-events ")
    heavy = {m for m in modules if m.split(".")[0] in ("sqlalchemy", "PySide6", "alembic")}
    assert heavy == set()
    assert {m for m in modules if m.startswith("db.")} <= {"db.messages"}, "only its catalog"


def test_commands_are_still_listed_and_parsed(database_path: Path) -> None:
    _, printed = _modules_after("--help")
    assert "export" in printed and "--database" in printed
    _, printed = _modules_after("--database", str(database_path), "info")
    assert "Events:   0" in printed


def test_the_collector_runs_again_after_a_command(database_path: Path) -> None:
    """Starting runs with the garbage collector off; a command never keeps it off."""
    import gc

    from desktop.cli import main

    assert main(["--database", str(database_path), "info"]) == 0
    assert gc.isenabled()


def test_the_collector_runs_again_once_the_window_shows(qtbot, database, monkeypatch) -> None:
    import gc

    from desktop.ui.app import SMOKE_TEST_ENV, run_gui

    monkeypatch.setenv(SMOKE_TEST_ENV, "0.3")
    gc.disable()
    try:
        assert run_gui(database) == 0
        assert gc.isenabled(), "turned on by the window, not by the test"
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_window_cleans_up_what_a_killed_restore_left(qtbot, database, monkeypatch) -> None:
    """Litter is cleaned after the window shows, not before (it needs none of it)."""
    import os
    import time

    from db.engine import sqlite_path
    from desktop.ui.app import SMOKE_TEST_ENV, run_gui

    path = sqlite_path(database.url)
    assert path is not None
    left = path.with_name(path.name + ".restoring")
    left.write_bytes(b"half a copy")
    old = time.time() - 2 * 3600
    os.utime(left, (old, old))
    monkeypatch.setenv(SMOKE_TEST_ENV, "0.3")
    try:
        assert run_gui(database) == 0
    finally:
        import gc

        gc.unfreeze()
    assert not left.exists()
