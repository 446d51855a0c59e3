"""Issue 18 items 8, 10-14: refusing or reading a file never changes it; writes go only to
regular files; read-only media are read read-only; litter is cleaned; clear messages."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from db.engine import DatabaseOpenError, open_database
from tests.schema_helpers import migrate


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_refusing_a_foreign_sqlite_file_does_not_change_it(tmp_path: Path) -> None:
    path = tmp_path / "invoices.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        connection.execute("INSERT INTO invoices VALUES (1, 9.5)")
    connection.close()
    before = _digest(path)
    with pytest.raises(DatabaseOpenError, match="not a Diaspora Events database"):
        open_database(path)
    assert _digest(path) == before, "refusing the file switched it to WAL (its bytes changed)"
    assert not Path(f"{path}-wal").exists()


def test_refusing_a_newer_data_set_does_not_change_it(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(path, load_reference=False).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = _digest(path)
    with pytest.raises(DatabaseOpenError, match="newer version"):
        open_database(path)
    assert _digest(path) == before


def _old_data_set(path: Path) -> None:
    """A data set at the first schema revision, as an older version left it."""
    engine = create_engine(f"sqlite:///{path}")
    migrate(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO country (code, name) VALUES ('ZZ', 'Testland')"))
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()


def test_db_copy_does_not_upgrade_its_source(tmp_path: Path) -> None:
    from db.copy import copy_data_set
    from db.engine import current_revision, head_revision

    source = tmp_path / "old" / "events.sqlite"
    source.parent.mkdir()
    _old_data_set(source)
    before = _digest(source)
    target = tmp_path / "new.sqlite"
    report = copy_data_set(f"sqlite:///{source}", f"sqlite:///{target}")
    assert report.rows["country"] == 1
    assert _digest(source) == before, "the source was upgraded or switched to WAL"
    assert not (source.parent / "backups").exists()
    copied = open_database(target, load_reference=False)
    assert current_revision(copied.engine) == head_revision()
    copied.dispose()


# --- item 10: only regular files are replaced; links are followed on purpose -------------


def test_export_refuses_a_special_file_and_follows_a_link(database, tmp_path: Path) -> None:
    import os
    import stat

    import openpyxl

    from desktop.reports import ReportError, ReportOptions, export_workbook

    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)
    with pytest.raises(ReportError, match="not a file"):
        export_workbook(database, pipe, ReportOptions())
    assert stat.S_ISFIFO(pipe.lstat().st_mode), "the special file was replaced"

    real = tmp_path / "reports" / "real.xlsx"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "latest.xlsx"
    link.symlink_to(real)
    export_workbook(database, link, ReportOptions())
    assert link.is_symlink(), "the link was replaced by a file"
    assert "Events" in openpyxl.load_workbook(real).sheetnames


def test_restore_through_a_link_restores_into_its_target(tmp_path: Path) -> None:
    from db.backup import make_backup, restore
    from tests.data_sets import stamp_as_data_set

    real = tmp_path / "share" / "events.sqlite"
    real.parent.mkdir()
    with sqlite3.connect(real) as connection:
        connection.execute("CREATE TABLE t (n INTEGER)")
        stamp_as_data_set(connection)
    connection.close()
    good = make_backup(real, "daily")
    link = tmp_path / "events.sqlite"
    link.symlink_to(real)
    restore(good, link)
    assert link.is_symlink() and link.resolve() == real.resolve()


# --- item 11: read-only media ------------------------------------------------------------


_CHECK = """
import sys
from pathlib import Path
from db.backup import integrity_problem
print(integrity_problem(Path(sys.argv[1])))
"""


def test_a_sound_backup_on_read_only_media_is_not_called_damaged(tmp_path: Path) -> None:
    import os
    import shutil
    import subprocess
    import sys

    from db.backup import make_backup

    live = tmp_path / "events.sqlite"
    with sqlite3.connect(live) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE t (n INTEGER)")
    connection.close()
    made = make_backup(live, "daily")
    media = tmp_path / "media"
    media.mkdir()
    copy = media / made.name
    shutil.copyfile(made, copy)
    media.chmod(0o555)
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv")
        prefix = [setpriv, "--bounding-set=-dac_override", "--"]
    try:
        result = subprocess.run(
            [*prefix, sys.executable, "-c", _CHECK, str(copy)],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=Path(__file__).resolve().parents[1],
        )
    finally:
        media.chmod(0o755)
    assert result.stdout.strip() == "None", result.stdout + result.stderr


# --- item 12: every backup is followed by the rotation -----------------------------------


def test_backups_before_imports_are_rotated(tmp_path: Path) -> None:
    import datetime as dt

    from db.backup import KEEP_DAILY, KEEP_TODAY, KEEP_WEEKLY, list_backups, make_backup

    live = tmp_path / "events.sqlite"
    with sqlite3.connect(live) as connection:
        connection.execute("CREATE TABLE t (n INTEGER)")
    connection.close()
    start = dt.datetime(2026, 1, 1, 9)
    for n in range(40):
        make_backup(live, "before-import", now=start + dt.timedelta(hours=7 * n))
    assert len(list_backups(live)) <= KEEP_TODAY + KEEP_DAILY + KEEP_WEEKLY


# --- item 13: litter left by a kill is cleaned on the next start -------------------------


def test_litter_is_cleaned_on_start_and_logged(tmp_path: Path, caplog) -> None:
    import logging
    import os
    import time

    from db.backup import clean_litter

    live = tmp_path / "events.sqlite"
    live.write_bytes(b"")
    backups = tmp_path / "backups"
    backups.mkdir()
    stale = [
        backups / "events-20260101-000000-000000-start.partial",
        tmp_path / "events.sqlite.restoring",
    ]
    fresh = backups / "events-20260102-000000-000000-start.partial"
    for path in [*stale, fresh]:
        path.write_bytes(b"x" * 1000)
    old = time.time() - 2 * 3600
    for path in stale:
        os.utime(path, (old, old))
    with caplog.at_level(logging.INFO):
        cleaned = clean_litter(live)
    assert set(cleaned) == set(stale)
    assert not any(p.exists() for p in stale)
    assert fresh.exists(), "a backup another process is making right now was deleted"
    assert all(str(p) in caplog.text for p in stale)


# --- item 14: clear messages --------------------------------------------------------------


def test_a_backups_path_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    from db.backup import BackupError, make_backup

    live = tmp_path / "events.sqlite"
    with sqlite3.connect(live) as connection:
        connection.execute("CREATE TABLE t (n INTEGER)")
    connection.close()
    (tmp_path / "backups").write_text("not a folder")
    with pytest.raises(BackupError, match="is a file, not a folder"):
        make_backup(live)


def test_a_path_keeps_its_capitals_in_messages(tmp_path: Path) -> None:
    folder = tmp_path / "Office" / "DATA"
    folder.mkdir(parents=True)
    path = folder / "Events.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.close()
    with pytest.raises(DatabaseOpenError) as error:
        open_database(path)
    assert str(path) in str(error.value)


def test_temporary_copies_of_dead_processes_are_cleaned(tmp_path: Path, monkeypatch) -> None:
    import subprocess
    import sys
    import tempfile

    from db.copy import clean_temporary_copies, temporary_folder

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    mine = temporary_folder("merge")
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead = tmp_path / f"diaspora-merge-{finished.stdout.strip()}-abc"
    dead.mkdir()
    (dead / "peer.sqlite").write_bytes(b"the other office's data")
    assert clean_temporary_copies() == [dead]
    assert mine.exists() and not dead.exists()


def test_the_cli_cleans_litter_on_start(database_path: Path) -> None:
    import os
    import time

    from desktop.cli import main

    litter = database_path.with_name(database_path.name + ".restoring")
    litter.write_bytes(b"x" * 100)
    old = time.time() - 2 * 3600
    os.utime(litter, (old, old))
    assert main(["--database", str(database_path), "info"]) == 0
    assert not litter.exists()


def test_a_killed_export_leaves_no_part_file_after_the_next_start(
    database_path: Path, tmp_path: Path
) -> None:
    """Issue 18 item 13: an export killed while writing leaves '.xlsx.part' beside the
    report; the next start deletes it (only the killed process's, never a running one's)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    reports = tmp_path / "reports"
    reports.mkdir()
    script = (
        "import sys, time\n"
        "import desktop.reports.workbook as wb\n"
        "from desktop.reports import ReportOptions, export_workbook\n"
        "from db.engine import open_database\n"
        "def stall(*args, **kwargs):\n"
        "    print('writing', flush=True)\n"
        "    time.sleep(60)\n"
        "wb._build = stall\n"
        "export_workbook(open_database(sys.argv[1]), sys.argv[2], ReportOptions())\n"
    )
    root = Path(__file__).resolve().parents[1]
    environment = dict(os.environ)
    writer = subprocess.Popen(
        [sys.executable, "-c", script, str(database_path), str(reports / "report.xlsx")],
        stdout=subprocess.PIPE, text=True, cwd=root, env=environment,
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
    parts = list(reports.glob("*.xlsx.part"))
    assert len(parts) == 1
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    time.sleep(0.1)
    from desktop.cli import main

    assert main(["--database", str(database_path), "info"]) == 0  # the next start
    assert not parts[0].exists()
    assert list(reports.iterdir()) == []
