"""The blank template and the reference lists are written as the report is: to a folder
that exists (a typo in a folder's name is said, not made into new folders), whole or not
at all (a failure leaves the older file as it was and nothing half-written beside it),
and a bad target is named in words, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from db.engine import Database
from desktop.importing.reference_lists import export_reference
from desktop.importing.template import write_template
from desktop.output_file import OutputFileError

WRITERS = {
    "template": lambda database, out: write_template(database, out),
    "reference": lambda database, out: export_reference(database, out),
}


@pytest.mark.parametrize("writer", WRITERS)
def test_a_missing_folder_is_named_and_not_made(
    database: Database, tmp_path: Path, writer: str
) -> None:
    out = tmp_path / "no such folder" / "lists.xlsx"
    with pytest.raises(OutputFileError) as refused:
        WRITERS[writer](database, out)
    assert "does not exist" in str(refused.value) and str(out.parent) in str(refused.value)
    assert not out.parent.exists()


@pytest.mark.parametrize("writer", WRITERS)
def test_a_folder_as_the_target_is_refused(database: Database, tmp_path: Path,
                                           writer: str) -> None:
    with pytest.raises(OutputFileError, match="is a folder"):
        WRITERS[writer](database, tmp_path)


def _limit_file_size(limit: int):
    """A child whose files cannot grow past ``limit`` bytes, as on a full disk (``_cli``
    then has it write no bytecode)."""

    def apply() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.parametrize("command", ["template", "export-reference"])
def test_a_failed_write_keeps_the_older_file_and_leaves_nothing(
    database_path: Path, tmp_path: Path, command: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "lists.xlsx"
    out.write_bytes(b"the older file")
    done = _cli(tmp_path, "--database", str(database_path), command, "--out", str(out),
                preexec=_limit_file_size(40_000))  # the workbook is larger: its write fails
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "too large" in done.stderr
    assert out.read_bytes() == b"the older file"
    assert [p.name for p in folder.iterdir()] == ["lists.xlsx"]


@pytest.mark.parametrize("command", ["template", "export-reference"])
def test_the_command_line_says_it_without_a_traceback(
    database_path: Path, tmp_path: Path, command: str
) -> None:
    out = tmp_path / "missing" / "out.xlsx"
    # a copy of a new data set: making one in the process ran every migration (seconds)
    done = _cli(tmp_path, "--database", str(database_path), command, "--out", str(out))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "does not exist" in done.stderr
    assert not out.parent.exists()


def _cli(home: Path, *args: str, preexec=None) -> subprocess.CompletedProcess:
    """``diaspora-events *args`` in its own home. Under a file size limit (``preexec``) it
    writes no bytecode: Python keeps a .pyc the limit cut short, and every later start of
    the project then fails."""
    environment = {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
                   "XDG_CONFIG_HOME": str(home / "cfg"), "XDG_DATA_HOME": str(home / "data")}
    if preexec is not None:
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=180,
        preexec_fn=preexec, cwd=Path(__file__).resolve().parents[1], env=environment,
    )
