"""Issue 18 item 4: a remembered data file that has gone missing (an unmounted share) is
reported with where it was; a new data set is made only when the user asks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


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
def remembered(tmp_path: Path) -> Path:
    share = tmp_path / "share"
    share.mkdir()
    path = share / "office.sqlite"
    assert _run("--database", str(path), "load-sample").returncode == 0
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)  # the share is unmounted
    return path


def test_a_missing_remembered_file_is_reported_not_replaced(remembered: Path) -> None:
    result = _run("info")
    assert result.returncode != 0
    assert "missing" in result.stderr and str(remembered) in result.stderr
    assert "Traceback" not in result.stderr
    assert not remembered.exists(), "a new, empty data set was made in its place"


def test_a_new_data_set_is_made_when_asked(remembered: Path) -> None:
    result = _run("--new", "info")
    assert result.returncode == 0, result.stderr
    assert "Events:   0" in result.stdout and remembered.exists()


def test_a_folder_as_the_data_file_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "events.sqlite"
    folder.mkdir()
    result = _run("--database", str(folder), "info")
    assert result.returncode != 0
    assert "is a folder" in result.stderr and "Traceback" not in result.stderr


def test_the_window_asks_what_to_do_about_a_missing_file(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import app

    missing = tmp_path / "share" / "office.sqlite"
    seen: list[QMessageBox] = []

    def choose_new(box: QMessageBox) -> int:
        seen.append(box)
        box.button_new.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_new)
    assert app.ask_about_missing_file(missing) == str(missing)
    assert str(missing) in seen[0].text()
    names = {b.objectName() for b in seen[0].buttons()}
    assert {"missing_retry", "missing_choose", "missing_new", "missing_quit"} <= names

    def quit_(box: QMessageBox) -> int:
        box.button_quit.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", quit_)
    assert app.ask_about_missing_file(missing) is None
