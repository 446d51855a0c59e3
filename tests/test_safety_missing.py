"""Issue 18 item 4: a remembered data file that has gone missing (an unmounted share) is
reported with where it was; a new data set is made only when the user asks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
        cwd=Path(__file__).resolve().parents[1],
    )


@pytest.fixture
def remembered(tmp_path: Path, _template_database: Path) -> Path:
    """A data set the command line used last (a copy of a new one, with the sample)."""
    share = tmp_path / "share"
    share.mkdir()
    path = share / "office.sqlite"
    shutil.copyfile(_template_database, path)
    assert main(["--database", str(path), "load-sample"]) == 0
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)  # the share is unmounted
    return path


def test_a_missing_remembered_file_is_reported_not_replaced(remembered: Path) -> None:
    result = _run("info")  # a real process: its exit code and stderr
    assert result.returncode != 0
    assert "missing" in result.stderr and str(remembered) in result.stderr
    assert "Traceback" not in result.stderr
    assert not remembered.exists(), "a new, empty data set was made in its place"


def test_a_new_data_set_is_made_when_asked(remembered: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["--new", "info"]) == 0
    assert "Events:   0" in capsys.readouterr().out and remembered.exists()


def test_a_folder_as_the_data_file_is_a_clear_error(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "events.sqlite"
    folder.mkdir()
    assert main(["--database", str(folder), "info"]) != 0
    err = capsys.readouterr().err
    assert "is a folder" in err and "Traceback" not in err


def test_the_window_asks_what_to_do_about_a_missing_file(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import start_dialogs

    missing = tmp_path / "share" / "office.sqlite"
    seen: list[QMessageBox] = []

    def choose_new(box: QMessageBox) -> int:
        seen.append(box)
        box.button_new.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_new)
    assert start_dialogs.ask_about_missing_file(missing) == str(missing)
    assert str(missing) in seen[0].text()
    names = {b.objectName() for b in seen[0].buttons()}
    assert {"missing_retry", "missing_choose", "missing_new", "missing_quit"} <= names

    def quit_(box: QMessageBox) -> int:
        box.button_quit.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", quit_)
    assert start_dialogs.ask_about_missing_file(missing) is None
