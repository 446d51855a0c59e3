"""Backups of the SQLite data file with SQLite's online backup API, with rotation.

A plain file copy of a live WAL database can miss committed pages or catch a
half-written one; ``sqlite3.Connection.backup`` copies a consistent snapshot
even while another desk writes. Backups sit in a ``backups`` folder beside
the data file, named by time and reason, so the newest good one is easy to find.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import re
import shutil
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from db.engine import (
    DatabaseOpenError,
    open_database,
    read_only_uri,
    restorable_problem,
    schema_head,
)
from db.messages import _

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_TODAY = 10
KEEP_REPLACED = 5
"""What the newest restores replaced, kept whatever their age: a restore "can be undone by
restoring that one" also when the mistake is found days later."""
_STAMPED = r"-(\d{8}-\d{6}(?:-\d{6})?)-((?![a-z0-9-]*\d{8}-\d{6})[a-z0-9-]+)\.sqlite$"
"""A backup's name after its data file's: ``office-a-20260301-080000-000000-start.sqlite``.
Its reason holds no stamp: ``office-<stamp>-manual-<stamp>-start.sqlite`` is a backup of
the file ``office-<stamp>-manual.sqlite`` (a backup put back beside the data file), not
one of ``office.sqlite``."""
_STAMP = "%Y%m%d-%H%M%S-%f"
_SIDE_FILES = ("-wal", "-shm")
log = logging.getLogger(__name__)


class BackupError(Exception):
    """A backup or restore that could not be made; ``str()`` is for the user."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    def in_future(self, now: dt.datetime | None = None) -> bool:
        """Stamped later than now: a desk's clock ran ahead, and when it was really made
        is not known. Such a backup is not counted as recent, nor ever rotated away."""
        return self.made_at > (now or dt.datetime.now())


def backup_dir(database_path: Path) -> Path:
    return database_path.parent / "backups"


def _backup_name(database_path: Path) -> re.Pattern[str]:
    """The names of ``database_path``'s own backups: files of one folder share its backups
    folder, and one file's backups must never be listed, restored or rotated for another."""
    return re.compile("^" + re.escape(database_path.stem) + _STAMPED)


BUSY_SECONDS = 10.0
"""How long a copy waits for another program's lock on the file before giving up."""


def snapshot(
    source: Path | sqlite3.Connection, target: Path, busy_seconds: float = BUSY_SECONDS
) -> None:
    """Consistent snapshot of ``source`` (a file, or a connection already open on one)
    into ``target`` through the backup API. Python's copy retries a locked file for as long
    as the lock stays (a merge waited minutes without a word); after ``busy_seconds`` of
    it, :class:`UnreadableError` says another program is using the file. The source's own
    busy timeout is off meanwhile: it would wait its seconds on every try, on top."""
    if isinstance(source, sqlite3.Connection):
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))  # user's alone
        (timeout,) = source.execute("PRAGMA busy_timeout").fetchone()
        source.execute("PRAGMA busy_timeout = 0")
        try:
            with sqlite3.connect(target) as dst:
                source.backup(dst, progress=_give_up_after(busy_seconds))
            dst.close()
        finally:
            source.execute(f"PRAGMA busy_timeout = {int(timeout)}")
        return
    with sqlite3.connect(read_only_uri(source), uri=True) as src:
        snapshot(src, target, busy_seconds)
    src.close()


def _give_up_after(seconds: float) -> Callable[[int, int, int], None]:
    """A backup progress callback that ends a copy kept waiting by a lock for ``seconds``."""
    waiting_since: list[float] = []

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            waiting_since.clear()
        elif not waiting_since:
            waiting_since.append(time.monotonic())
        elif time.monotonic() - waiting_since[0] > seconds:
            raise UnreadableError(_("another program is using the file"))

    return progress


def check_backup_folder(database_path: Path) -> None:
    """Raise :class:`BackupError` when the backups folder is a link to a folder that is
    not there (a disk or a network drive not connected): the backups are then neither
    there to list or restore, nor "none", and a new one cannot be made."""
    folder = backup_dir(database_path)
    if folder.is_symlink() and not folder.exists():
        raise BackupError(
            _(
                "The backups of {path} are kept in {target} (the folder {folder} leads "
                "there), which is not there now. If it is on a removable disk or a network "
                "drive, connect it and try again."
            ).format(path=database_path.name, target=folder.resolve(), folder=folder)
        )


def _target(database_path: Path, reason: str, now: dt.datetime | None) -> Path:
    """Where a new backup goes. A backups folder made here is the user's alone (0700,
    where the system has such permissions); one that is already there keeps its own: the
    user may have made it, or linked it to a network folder, for the office's other
    desks to read on purpose, and taking it from them is not this program's to decide."""
    slug = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    folder = backup_dir(database_path)
    check_backup_folder(database_path)
    if folder.exists() and not folder.is_dir():
        raise BackupError(
            _(
                "Cannot keep backups in {folder}: it is a file, not a folder. Rename or move "
                "that file, and the backups folder will be made there."
            ).format(folder=folder)
        )
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder / f"{database_path.stem}-{stamp}-{slug}.sqlite"


def make_backup(
    database_path: Path,
    reason: str = "manual",
    now: dt.datetime | None = None,
    source: sqlite3.Connection | None = None,
    rotate_after: bool = True,
) -> Path:
    """Back up ``database_path`` (read through ``source`` when the caller holds the file
    open); the file appears only when complete. Every backup, whatever made it (a start,
    an import, a merge, an upgrade), is followed by the rotation, so they never pile up."""
    if not database_path.exists():
        raise BackupError(
            _("There is no database file at {path} to back up.").format(path=database_path)
        )
    folder = backup_dir(database_path)
    partial = None
    try:
        target = _target(database_path, reason, now)
        partial = target.with_suffix(".partial")
        snapshot(source or database_path, partial)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        if partial is not None:
            _discard(partial)
        raise BackupError(
            _("Could not back up {path} to {folder}: {error}").format(
                path=database_path, folder=folder, error=_write_problem(error, folder)
            )
        ) from error
    _AUTOMATIC_FAILURES.pop(database_path.resolve(), None)
    if rotate_after:
        rotate(database_path)
    make_backups_private(database_path)
    return target


def make_backups_private(database_path: Path) -> list[Path]:
    """Make this data file's backups that other users may read (versions before backups
    were made 0600 left them 0644) the user's alone: they hold the office's data. Only
    this user's own backup files, never the folder (see :func:`_target`), another data
    file's backups, or a link's target. Returns the files changed."""
    if os.name != "posix":  # elsewhere the folder's access rules decide
        return []
    changed = []
    for info in list_backups(database_path):
        for path in (info.path, Path(f"{info.path}-wal")):
            try:
                status = path.lstat()
                if (
                    not stat.S_ISREG(status.st_mode)
                    or status.st_uid != os.getuid()
                    or not status.st_mode & 0o077
                ):
                    continue
                os.chmod(path, 0o600)
            except OSError as error:  # gone meanwhile, or a folder that keeps no modes
                log.info("could not make %s private: %s", path, error)
                continue
            changed.append(path)
    if changed:
        log.info("made %d backups readable by their owner alone", len(changed))
    return changed


_AUTOMATIC_FAILURES: dict[Path, str] = {}
"""Why this program's last automatic backup of a data file failed, until a backup of it
is made: it runs unseen, and the backups dialog says it."""


def automatic_backup_failure(database_path: Path) -> str | None:
    """Why the last automatic backup of ``database_path`` failed (None: it did not)."""
    return _AUTOMATIC_FAILURES.get(database_path.resolve())


def _discard(partial: Path) -> None:
    """Remove a half-written file; on a read-only or vanished disk even that fails (and
    there is then nothing to remove): the clerk is told why the write failed, not this."""
    try:
        partial.unlink(missing_ok=True)
    except OSError as error:
        log.warning("could not remove %s: %s", partial, error)


_CANNOT_WRITE = (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN)


def _write_problem(error: sqlite3.Error | OSError, folder: Path) -> str:
    """Why a file could not be written in ``folder``, in the clerk's words where the cause
    is known (the system's own words, in English, go to the log). SQLite reports a full
    disk by its own code, without an errno."""
    log.warning("not written in %s: %s", folder, error)
    number = getattr(error, "errno", None)
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    gone = number == errno.ENOENT or code == sqlite3.SQLITE_CANTOPEN
    if gone and not folder.is_dir():
        return _(
            "the folder {folder} is not there. If it is on a removable disk or a network "
            "drive, connect it and try again"
        ).format(folder=folder)
    if number in (errno.EACCES, errno.EPERM, errno.EROFS) or code in _CANNOT_WRITE:
        return _(
            "the folder cannot be written to (it is read-only, or you may not write there). "
            "Make it writable, or move the data file to a folder you can write to"
        )
    if number in (errno.ENOSPC, errno.EDQUOT) or code == sqlite3.SQLITE_FULL:
        return _("the disk is full. Free some space there and try again")
    return str(error)


def keep_raw_copy(database_path: Path, reason: str) -> Path:
    """Byte-for-byte copy of a file the backup API may not read (a damaged one), with its
    WAL beside it, so whatever is still readable in it can be rescued later."""
    folder = backup_dir(database_path)
    partial = None
    try:
        target = _target(database_path, reason, None)
        partial = target.with_suffix(".partial")
        for suffix in ("", "-wal"):
            source = Path(str(database_path) + suffix)
            if source.exists():
                _private_copy(source, Path(str(partial) + suffix))
        for suffix in ("-wal", ""):  # the main file last: it is what makes the copy visible
            if Path(str(partial) + suffix).exists():
                os.replace(Path(str(partial) + suffix), Path(str(target) + suffix))
    except OSError as error:
        for suffix in ("", "-wal") if partial is not None else ():
            _discard(Path(str(partial) + suffix))
        raise BackupError(
            _(
                "Could not keep a copy of {path} in {folder} ({error}); nothing was "
                "replaced. Free some space there and try again."
            ).format(path=database_path, folder=folder, error=error)
        ) from error
    return target


def _private_copy(source: Path, target: Path) -> None:
    """Copy ``source`` into a file that is the user's alone from its first byte: a copy
    made first and restricted after stayed readable by every user of the machine when
    the program was stopped in between."""
    with (
        source.open("rb") as data,
        open(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out,
    ):
        shutil.copyfileobj(data, out)


def list_backups(database_path: Path) -> list[BackupInfo]:
    """Backups of this data file, newest first."""
    folder = backup_dir(database_path)
    name = _backup_name(database_path)
    found = []
    for path in folder.glob("*.sqlite") if folder.is_dir() else []:
        match = name.match(path.name)
        if match:
            stamp = match.group(1)
            fmt = _STAMP if stamp.count("-") == 2 else "%Y%m%d-%H%M%S"
            found.append(BackupInfo(path, dt.datetime.strptime(stamp, fmt), match.group(2)))
    return sorted(found, key=lambda info: info.made_at, reverse=True)


def rotate(
    database_path: Path, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY
) -> list[Path]:
    """Keep the newest backup of each of the last ``keep_daily`` days and ``keep_weekly``
    ISO weeks (plus the newest ``KEEP_TODAY`` of the newest day) and, whatever their age,
    the newest good one; delete the rest. Backups dated in the future are kept and take
    no day's or week's place (see :meth:`BackupInfo.in_future`). Returns what was deleted."""
    now = dt.datetime.now()
    backups = [info for info in list_backups(database_path) if not info.in_future(now)]
    if not backups:
        return []
    today = backups[0].made_at.date()
    newest_day = [b.path for b in backups if b.made_at.date() == today]
    replaced = [b.path for b in backups if b.reason.startswith("before-restore")]
    keep: set[Path] = set(newest_day[:KEEP_TODAY]) | set(replaced[:KEEP_REPLACED])
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for info in backups:  # newest first: the first seen per day/week is its newest
        day = info.made_at.date()
        week = tuple(info.made_at.isocalendar()[:2])
        if day not in days and len(days) < keep_daily:
            days.append(day)
            keep.add(info.path)
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.append(week)  # type: ignore[arg-type]
            keep.add(info.path)
    deleted = [b.path for b in backups if b.path not in keep]
    if deleted:
        good = newest_good_backup(database_path)
        if good is not None and good.path in deleted:
            deleted.remove(good.path)
    for path in deleted:
        for suffix in ("", *_SIDE_FILES):
            Path(str(path) + suffix).unlink(missing_ok=True)
    return deleted


_DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


class UnreadableError(BackupError):
    """A file that cannot be read right now (full disk, I/O error, lock): not damage."""


PROGRESS_STEPS = 10_000
"""SQLite virtual-machine steps between two questions whether to stop a check."""


class CheckStopped(BackupError):
    """An integrity check given up on request (the app quits): nothing is known either way."""


def damage(path: Path, stop: Callable[[], bool] = lambda: False) -> str | None:
    """None when ``path`` is a sound SQLite file; otherwise what is damaged in it.

    Raises :class:`UnreadableError` when the file cannot be read for another reason (a
    full or failing disk, a lock): calling such a file damaged would send the clerk to
    restore a backup over good data. ``stop`` is asked every few thousand SQLite steps;
    when it says yes the check ends with :class:`CheckStopped` (quitting need not wait
    seconds for a check of a big file)."""
    try:
        with sqlite3.connect(read_only_uri(path), uri=True) as connection:
            connection.set_progress_handler(lambda: int(stop()), PROGRESS_STEPS)
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
        connection.close()
    except sqlite3.Error as error:
        code = getattr(error, "sqlite_errorcode", sqlite3.SQLITE_CORRUPT)
        if code == sqlite3.SQLITE_INTERRUPT:
            raise CheckStopped(str(error)) from error
        log.warning("%s failed its check: %s", path, error)
        if code & 0xFF in _DAMAGE_CODES:
            return damage_reason(code)
        raise UnreadableError(_unreadable_reason(code)) from error
    if result == "ok":
        return None
    log.warning("%s failed its check: %s", path, result)
    return _("parts of the file are damaged")


def damage_reason(code: int) -> str:
    """What SQLite's damage error ``code`` means, in the clerk's words."""
    if code & 0xFF == sqlite3.SQLITE_NOTADB:
        return _("not a SQLite database file")
    return _("parts of the file are damaged")


def _unreadable_reason(code: int) -> str:
    """Why a file cannot be read now, in the clerk's words (SQLite's own go to the log)."""
    primary = code & 0xFF
    if primary == sqlite3.SQLITE_FULL:
        return _("the disk is full")
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return _("another program is using the file")
    if primary == sqlite3.SQLITE_PERM or primary == sqlite3.SQLITE_READONLY:
        return _("no permission to read it")
    if primary == sqlite3.SQLITE_CANTOPEN:
        return _("the file cannot be opened")
    return _("the disk could not be read")


def integrity_problem(path: Path, stop: Callable[[], bool] = lambda: False) -> str | None:
    """None when ``path`` is a sound SQLite file that can be read; otherwise why not.
    Raises :class:`CheckStopped` when ``stop`` asked to give up (see :func:`damage`)."""
    try:
        return damage(path, stop)
    except UnreadableError as error:
        return str(error)


class NotAFileError(BackupError):
    """A path where a file is to be written holds a folder, a device, a pipe or a socket."""


def regular_target(path: Path) -> Path:
    """The file a write to ``path`` replaces: ``path`` itself, or the file a symbolic link
    leads to (the link stays a link). A folder, a device, a pipe or a socket is refused:
    replacing one with a file is never what was meant (as root, not even possible to undo)."""
    target = path.resolve() if path.is_symlink() else path
    if target.exists() and not target.is_file():
        message = (
            _("{path} is a folder, not a file. Choose a file name (a new one, or a file to "
              "replace).")
            if target.is_dir()
            else _("{path} is a device or another special file, not a file. Choose a file "
                   "name (a new one, or a file to replace).")
        )
        raise NotAFileError(message.format(path=path))
    return target


LITTER_AGE_SECONDS = 3600
"""Half-written files older than this were left by a process that was killed."""


def clean_litter(database_path: Path) -> list[Path]:
    """Delete what a killed backup or restore left beside ``database_path`` (``.partial``
    backups, a ``.restoring`` copy), saying so in the log. Files younger than an hour are
    left alone: another desk may be writing them right now."""
    import time

    folder = backup_dir(database_path)
    candidates = [database_path.with_name(database_path.name + ".restoring")]
    if folder.is_dir():
        candidates += [p for p in folder.iterdir() if ".partial" in p.name]
    cleaned = []
    for path in candidates:
        try:
            if time.time() - path.lstat().st_mtime < LITTER_AGE_SECONDS or not path.is_file():
                continue
            path.unlink()
        except OSError:
            continue
        log.info("deleted %s, left half-written by an interrupted backup or restore", path)
        cleaned.append(path)
    return cleaned


class FileInUseError(BackupError):
    """Another process (a desk, a window) has the data file open."""


@contextmanager
def sole_use(database_path: Path) -> Iterator[sqlite3.Connection | None]:
    """Hold ``database_path`` exclusively, or refuse because someone else has it open.

    In WAL mode every open connection holds a shared lock on the file's WAL index, so an
    exclusive lock is granted only when no other connection (in any process) is open:
    a file replaced under an open connection would silently swallow that process's later
    saves. Yields the locking connection (None when the file is missing or unreadable as
    SQLite: nobody can be using it as a database).
    """
    if not database_path.exists():
        yield None
        return
    connection = sqlite3.connect(database_path, timeout=0.5, isolation_level=None)
    try:
        try:
            connection.execute("PRAGMA locking_mode=EXCLUSIVE")
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("COMMIT")  # exclusive mode keeps the lock until close
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise FileInUseError(
                    _(
                        "The data file {path} is in use: Diaspora Events is open on it in "
                        "another window or at another desk (or another program has it open). "
                        "Close it there, then restore again. Nothing was changed."
                    ).format(path=database_path)
                ) from error
            yield None
            return
        except sqlite3.DatabaseError:
            yield None
            return
        yield connection
    finally:
        connection.close()


def _quick_check(connection: sqlite3.Connection) -> str | None:
    try:
        result = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        return str(error)
    return None if result == "ok" else str(result)


def changed_since(backup: Path, database_path: Path) -> int | None:
    """How many events of the data file are not in ``backup`` as they are now (entered or
    changed since it was made, trash moves included): what a restore of it replaces, for
    the clerk to read before saying yes. None when either file cannot be read so."""
    try:
        with closing(sqlite3.connect(read_only_uri(database_path), uri=True)) as connection:
            connection.execute("ATTACH DATABASE ? AS backup", (read_only_uri(backup),))
            (count,) = connection.execute(
                "SELECT count(*) FROM main.event AS live LEFT JOIN backup.event AS kept "
                "ON kept.uuid = live.uuid WHERE kept.uuid IS NULL "
                "OR kept.updated_at IS NOT live.updated_at "
                "OR kept.deleted_at IS NOT live.deleted_at"
            ).fetchone()
    except sqlite3.Error as error:
        log.info("cannot compare %s with %s: %s", backup, database_path, error)
        return None
    return int(count)


_START_BACKUP = threading.Lock()
"""Held while this program's own start-up backup reads the file (seconds, in its thread):
a restore waits for it instead of being refused as if another desk had the file open."""


def restore(backup: Path, database_path: Path) -> Path | None:
    """Put ``backup`` in place of the data file (see :func:`_restore`), once a start-up
    backup of this program under way is done."""
    with _START_BACKUP:
        return _restore(backup, database_path)


def _restore(backup: Path, database_path: Path) -> Path | None:
    """Put ``backup`` in place of the data file, first keeping what it replaces: a backup
    of a sound file, a byte-for-byte copy of a damaged one. Refused (FileInUseError)
    while another process has the file open.

    Returns where the replaced file is kept (None when there was no file).
    """
    if database_path.exists() and backup.exists() and backup.samefile(database_path):
        raise BackupError(
            _("{name} is the data file itself, not a backup of it. Nothing was changed; "
              "choose a backup.").format(name=backup.name)
        )
    problem = integrity_problem(backup)
    if problem is not None:
        raise BackupError(
            _("The backup {name} is damaged ({problem}); choose another.").format(
                name=backup.name, problem=problem
            )
        )
    problem = restorable_problem(backup)
    if problem is not None:
        raise BackupError(
            _("{name} cannot be put back: {problem}. Nothing was changed; choose another "
              "backup.").format(name=backup.name, problem=problem)
        )
    database_path = regular_target(database_path)
    with sole_use(database_path) as held:
        identity = _identity(held) if held is not None else None
        replaced = None
        if held is not None and _quick_check(held) is None:
            replaced = _keep_before_restore(database_path, held)
        elif database_path.exists():
            replaced = keep_raw_copy(database_path, "before-restore-damaged")
        partial = database_path.with_name(database_path.name + ".restoring")
        try:
            snapshot(backup, partial)
            _same_access(database_path, partial)
            for suffix in _SIDE_FILES:
                Path(str(database_path) + suffix).unlink(missing_ok=True)
            os.replace(partial, database_path)
        except (sqlite3.Error, OSError) as error:
            _discard(partial)
            raise BackupError(
                _("Could not restore {name}: {error}. Nothing was changed.").format(
                    name=backup.name, error=_write_problem(error, database_path.parent)
                )
            ) from error
    had_identity = _identity_of_file(database_path) is not None
    _bring_to_this_version(backup, database_path)  # gives one without an identity its own
    if identity is not None and not had_identity:
        _keep_identity(database_path, identity)
    return replaced


def _identity(connection: sqlite3.Connection) -> str | None:
    """The identity stored in a data file (``db.identity``), as stored; None in a file
    that has none, or whose schema is older than identities."""
    try:
        row = connection.execute("SELECT uuid FROM data_set WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def _identity_of_file(path: Path) -> str | None:
    """The identity stored in the data file at ``path`` (None: none, or unreadable)."""
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            return _identity(connection)
    except sqlite3.Error:
        return None


def another_data_set(backup: Path, database_path: Path) -> bool:
    """Whether ``backup`` holds another data set than the data file (both know their
    identity, and the two differ): made apart from it, not a backup or a copy of it. Put
    in its place, it replaces the data file's data set with another."""
    identities = []
    for path in (backup, database_path):
        try:
            with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
                identities.append(_identity(connection))
        except sqlite3.Error:
            return False
    return None not in identities and identities[0] != identities[1]


def _keep_identity(database_path: Path, identity: str) -> None:
    """A restored backup made before its data set had an identity takes the one of the
    file it replaced, in place of the one opening it made: it is the same data set, and
    the drafts kept for it must still be offered. Only for such a backup: one with an
    identity of its own keeps it (it may be another data set)."""
    try:
        with closing(sqlite3.connect(database_path, isolation_level=None)) as connection:
            connection.execute(
                "INSERT INTO data_set (id, uuid) VALUES (1, ?) "
                "ON CONFLICT (id) DO UPDATE SET uuid = excluded.uuid",
                (identity,),
            )
    except sqlite3.Error as error:
        log.warning("%s was restored without its data set's identity: %s", database_path, error)


def _same_access(replaced: Path, restored: Path) -> None:
    """Give the restored file the permissions and owner of the file it replaces: an
    office's shared data file made the administrator's alone locked every desk out. The
    owner is kept where the system lets (an administrator may give a file away)."""
    try:
        info = replaced.stat()
    except FileNotFoundError:
        return  # nothing replaced: the file stays its maker's alone, as a new one is
    os.chmod(restored, stat.S_IMODE(info.st_mode))
    try:
        os.chown(restored, info.st_uid, info.st_gid)
    except PermissionError as error:
        log.info("the restored %s keeps its own owner: %s", replaced, error)


def _keep_before_restore(database_path: Path, held: sqlite3.Connection) -> Path:
    """The backup of the sound file a restore replaces; without it there is no restore."""
    try:
        return make_backup(database_path, "before-restore", source=held, rotate_after=False)
    except BackupError as error:
        raise BackupError(
            str(error) + "\n" + _("The backup was not restored; nothing was changed.")
        ) from error


def _bring_to_this_version(backup: Path, database_path: Path) -> None:
    """Upgrade a restored backup of an older version at once, as opening it does: the
    window goes on with the file without reopening it, and its saves need today's schema."""
    with closing(sqlite3.connect(read_only_uri(database_path), uri=True)) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision == schema_head():
        return
    try:
        open_database(database_path, load_reference=False, check_integrity=False).dispose()
    except DatabaseOpenError as error:
        raise BackupError(
            _("{name} was put back, but it could not be brought up to this version of "
              "Diaspora Events: {error}").format(name=backup.name, error=error)
        ) from error


def latest_backup(database_path: Path) -> BackupInfo | None:
    """The newest backup not stamped in the future. A future stamp (a desk's clock ran
    ahead) says nothing of when: were it taken as the newest, no backup would be made
    until that day came."""
    now = dt.datetime.now()
    return next((info for info in list_backups(database_path) if not info.in_future(now)), None)


def changed_since_last_backup(database_path: Path) -> bool:
    """Whether the data file (or its WAL) was written after the latest backup was made."""
    latest = latest_backup(database_path)
    if latest is None:
        return True
    made = latest.made_at.timestamp()
    wal = Path(f"{database_path}-wal")
    written = [database_path.stat()]
    if wal.exists() and wal.stat().st_size > 0:  # opening alone makes an empty WAL
        written.append(wal.stat())
    return any(info.st_mtime >= made for info in written)


def backup_on_start(database_path: Path) -> Path | None:
    """The start-of-session backup (and rotation), made only when the file changed since
    the last backup; a failure is logged, not raised, because the clerk's work must not
    wait on it. A file that fails the integrity check is not backed up: its copies would
    push the good backups out of the rotation."""
    with _START_BACKUP:
        return _back_up_if_changed(database_path)


def _back_up_if_changed(database_path: Path) -> Path | None:
    if not database_path.exists() or not changed_since_last_backup(database_path):
        return None
    problem = integrity_problem(database_path)
    if problem is not None:
        log.warning("no start-up backup: %s fails its integrity check (%s)", database_path, problem)
        return None
    try:
        return make_backup(database_path, "start")
    except BackupError as error:
        log.warning("start-up backup failed: %s", error)
        _AUTOMATIC_FAILURES[database_path.resolve()] = str(error)
        return None


def backup_in_background(database_path: Path) -> threading.Thread:
    """Run :func:`backup_on_start` in a thread of its own, so the window opens at once.
    The thread is not a daemon: quitting waits for a backup under way to finish."""
    thread = threading.Thread(
        target=backup_on_start, args=(database_path,), name="start-up backup", daemon=False
    )
    thread.start()
    return thread


def newest_good_backup(database_path: Path) -> BackupInfo | None:
    """The newest backup that is sound and a data set this version opens; one dated in
    the future only when none made before now is (its date says nothing of when)."""
    now = dt.datetime.now()
    backups = list_backups(database_path)
    for info in sorted(backups, key=lambda info: info.in_future(now)):  # stable: newest first
        if integrity_problem(info.path) is None and restorable_problem(info.path) is None:
            return info
    return None
