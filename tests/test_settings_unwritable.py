"""Settings that cannot be written (a profile folder that is read-only, a full disk) are
said in words and cost nothing else: the command still runs on the data file it was given,
only not remembered; the settings window says why it could not save."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.settings import Settings, SettingsError, settings_path


def _block_the_settings_file() -> Path:
    """Where the settings are written, a folder holds the name: every write of them fails
    (for root too, who ignores a read-only folder)."""
    blocker = settings_path().with_suffix(".tmp")
    blocker.mkdir(parents=True)
    return blocker


def test_a_settings_file_that_cannot_be_written_is_said_in_words(tmp_path: Path) -> None:
    _block_the_settings_file()
    with pytest.raises(SettingsError) as refused:
        Settings(database=str(tmp_path / "office.sqlite")).save()
    message = str(refused.value)
    assert str(settings_path().parent) in message and "Errno" not in message


def test_the_command_runs_and_says_the_file_is_not_remembered(database_path: Path) -> None:
    _block_the_settings_file()
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--database", str(database_path), "info"],
        capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[1],
    )
    assert done.returncode == 0, done.stderr
    assert str(database_path) in done.stdout
    assert "Traceback" not in done.stderr and "not remembered" in done.stderr


def test_the_settings_window_says_why_it_did_not_save(qtbot, tmp_path: Path) -> None:
    from desktop.ui.settings_dialog import SettingsDialog

    _block_the_settings_file()
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.save()
    shown = dialog.result_label.text()
    assert str(settings_path().parent) in shown and "Errno" not in shown
    assert "Could not open" not in shown  # nothing was opened: the settings were not saved
