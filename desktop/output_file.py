"""Workbooks written for the clerk (the report, the blank template, the reference lists):
to a folder that exists, whole or not at all.

The file is written under a temporary name in the target's folder and moved onto the
target only when complete, so a cancelled or failed write leaves no half-written file and
an older file under the same name survives. A process killed meanwhile leaves its
temporary file, named in a marker; the next start deletes it
(:func:`clean_interrupted_exports`).
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

from db.engine import APP_NAME
from db.messages import _

log = logging.getLogger(__name__)


class OutputFileError(Exception):
    """A workbook that cannot be written there, worded for the clerk (what, and what to do)."""


def check_target(out: Path, example: str) -> Path:
    """The regular file to write for ``out`` (a link's target: the link stays); refuses a
    folder, a device, a folder that does not exist (a typo is not made into new folders)
    and a read-only file. ``example`` is a file name to suggest ("report.xlsx")."""
    from db.backup import NotAFileError, regular_target

    out = Path(out).expanduser()
    try:
        out = regular_target(out) if not out.is_dir() else out
    except NotAFileError as error:
        raise OutputFileError(str(error)) from error
    if out.is_dir():
        raise OutputFileError(_("{path} is a folder. Choose a file name in it, such as "
                                "{example}.").format(path=out, example=example))
    folder = out.parent
    if not folder.is_dir():
        raise OutputFileError(_("Cannot write {path}: the folder {folder} does not exist. "
                                "Create it or choose another folder.").format(path=out,
                                                                              folder=folder))
    if out.exists() and not os.access(out, os.W_OK):
        raise OutputFileError(_("Cannot overwrite {path}: the file is read-only. Choose "
                                "another name or make the file writable.").format(path=out))
    return out


@contextmanager
def written_whole(out: Path) -> Iterator[Path]:
    """A new temporary file beside ``out`` to write; moved onto ``out`` when the block ends
    without an error, deleted otherwise (``out`` is then as it was). The block's own
    errors pass through as they are (the caller words them)."""
    temp = _temporary_file(out)
    marker = _mark_in_progress(temp)
    try:
        yield temp
        _replace(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        if marker is not None:
            marker.unlink(missing_ok=True)


def save_whole(write: Callable[[Path], object], out: Path, example: str) -> Path:
    """``write(path)`` a workbook for ``out`` (checked: :func:`check_target`), whole or not
    at all; a system's refusal (a full disk, no right to write) as :class:`OutputFileError`."""
    out = check_target(out, example)
    try:
        with written_whole(out) as temp:
            write(temp)
    except OSError as error:
        raise OutputFileError(_("{path} was not saved: {reason}.").format(
            path=out, reason=reason(error))) from error
    return out


def reason(error: OSError) -> str:
    """Why a file could not be written, in the clerk's words."""
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM):
        return _("permission denied (the file may be open in another program, or read-only)")
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _("the disk is full")
    if error.errno == errno.EFBIG:
        return _("the file would be too large for this disk or this user's limits")
    if error.errno == errno.EROFS:
        return _("the disk is read-only")
    return error.strerror or str(error)


def _temporary_file(out: Path) -> Path:
    """A new file beside ``out`` with the user's usual rights (0666 less the umask), as the
    workbook should have: ``mkstemp`` would make it private (0600)."""
    try:
        while True:
            name = out.parent / f".~{out.stem}.{secrets.token_hex(6)}.xlsx.part"
            try:
                os.close(os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666))
                return name
            except FileExistsError:
                continue
    except OSError as error:
        raise OutputFileError(_("Cannot write in the folder {folder}: {reason}. Choose a "
                                "folder you can write to.").format(folder=out.parent,
                                                                   reason=reason(error))
                              ) from error


def _replace(temp: Path, out: Path) -> None:
    try:
        os.replace(temp, out)
    except OSError as error:
        raise OutputFileError(_("Cannot save {path}: {reason}. If the file is open in Excel "
                                "or another program, close it and export again, or choose "
                                "another name.").format(path=out, reason=reason(error))
                              ) from error


def _exports_in_progress() -> Path:
    """One small file per workbook being written, naming its ``.xlsx.part``: after a kill
    the next start knows which folder holds what the write left behind."""
    return platformdirs.user_state_path(APP_NAME, appauthor=False) / "exports-in-progress"


def _mark_in_progress(temp: Path) -> Path | None:
    try:
        folder = _exports_in_progress()
        folder.mkdir(parents=True, exist_ok=True)
        marker = folder / f"{os.getpid()}-{temp.name}"
        marker.write_text(str(temp), encoding="utf-8")
        return marker
    except OSError:  # no state folder: the write still works, only the clean-up is lost
        return None


def clean_interrupted_exports() -> list[Path]:
    """Delete the ``.xlsx.part`` files of writes whose process was killed, saying so in
    the log; a write still running in another process is left alone."""
    from db.copy import process_running

    cleaned = []
    folder = _exports_in_progress()
    for marker in folder.glob("*-*.xlsx.part") if folder.is_dir() else ():
        pid = marker.name.split("-", 1)[0]
        if not pid.isdigit() or process_running(int(pid)):
            continue
        left = Path(marker.read_text(encoding="utf-8").strip())
        if left.name.endswith(".xlsx.part") and left.is_file():
            left.unlink(missing_ok=True)
            log.info("deleted %s, left by an interrupted export", left)
            cleaned.append(left)
        marker.unlink(missing_ok=True)
    return cleaned
