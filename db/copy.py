"""Move a whole data set between back ends (SQLite <-> PostgreSQL), verified.

The copy goes table by table through SQLAlchemy Core with the models' own
tables, so types are converted by the same code that reads them in the app.
Afterwards every table's row count and a content checksum are compared; a
copy that does not match is reported as failed, and the target is left as an
empty schema rather than a partial data set (everything is one transaction); a new
SQLite file made for a copy that failed is deleted.

The copy carries the data set's identity (``db.identity``) with the rest: ``db copy``
moves a data set (to a server, or back into a file), and its drafts follow it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Table, delete, func, insert, select, text, update

from db.engine import (
    Database,
    DatabaseOpenError,
    SchemaOutOfDateError,
    open_database,
    sqlite_path,
)
from db.messages import _
from db.secondary_tables import data_set
from db.tables import metadata

BATCH = 2000


class CopyError(Exception):
    """A copy that could not be made or did not verify; ``str()`` is for the user."""


@dataclass
class CopyReport:
    rows: dict[str, int] = field(default_factory=dict)
    checksum: str = ""

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def table_checksum(connection: Connection, table: Table) -> tuple[int, str]:
    """Row count and a SHA-256 over the rows in primary-key order."""
    from db.event_store import json_value  # here: every start cleans copies' litter

    digest = hashlib.sha256()
    count = 0
    query = select(table).order_by(*table.primary_key.columns)
    for row in connection.execution_options(yield_per=BATCH).execute(query):
        digest.update(
            json.dumps([json_value(v) for v in row], sort_keys=True, default=str).encode()
        )
        count += 1
    return count, digest.hexdigest()


def data_set_checksum(connection: Connection) -> tuple[dict[str, int], str]:
    """Counts per table and one checksum over the whole data set (not the schema)."""
    digest = hashlib.sha256()
    counts = {}
    for table in metadata.sorted_tables:
        count, table_digest = table_checksum(connection, table)
        counts[table.name] = count
        digest.update(f"{table.name}:{count}:{table_digest}".encode())
    return counts, digest.hexdigest()


def _self_references(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _copy_table(source: Connection, target: Connection, table: Table) -> int:
    """Copy one table; self-references (an organization's parent) are set in a second pass."""
    deferred = _self_references(table)
    key = next(iter(table.primary_key.columns))
    later: list[dict[str, object]] = []
    copied = 0
    batch: list[dict[str, object]] = []
    for row in source.execution_options(yield_per=BATCH).execute(select(table).order_by(key)):
        values = dict(row._mapping)
        if deferred and any(values[name] is not None for name in deferred):
            later.append({"_key": values[key.name], **{n: values[n] for n in deferred}})
            values.update(dict.fromkeys(deferred))
        batch.append(values)
        if len(batch) >= BATCH:
            target.execute(insert(table), batch)
            copied += len(batch)
            batch = []
    if batch:
        target.execute(insert(table), batch)
        copied += len(batch)
    for values in later:
        target.execute(update(table).where(key == values.pop("_key")).values(**values))
    return copied


def _reset_sequences(target: Connection) -> None:
    """PostgreSQL serial counters must continue after the copied ids."""
    if target.dialect.name != "postgresql":
        return
    for table in metadata.sorted_tables:
        key = next(iter(table.primary_key.columns))
        if len(table.primary_key.columns) != 1 or not key.autoincrement:
            continue
        target.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key.name}'), "
                f"COALESCE((SELECT MAX({key.name}) FROM {table.name}), 0) + 1, false)"
            )
        )


def copy_data_set(
    source_url: str,
    target_url: str,
    progress: Callable[[str, int], None] | None = None,
) -> CopyReport:
    """Copy everything from ``source_url`` into an empty ``target_url`` and verify it.

    A SQLite source is only read, never changed; one with an older schema is upgraded in
    a temporary snapshot, which is deleted afterwards. A new SQLite target whose copy
    failed (or was interrupted) is deleted: an empty file named as the copy looks like one
    that worked."""
    target_path = sqlite_path(target_url)
    made_here = target_path is not None and not target_path.exists()
    if target_path is not None:
        check_target_folder(target_path)
    try:
        return _copy(source_url, target_url, progress)
    except BaseException:
        if made_here and target_path is not None:
            _delete_file(target_path)
        raise


def check_target_folder(path: Path) -> None:
    """Refuse a SQLite target whose folder is not there, naming the first folder that is
    missing. It is not made: a folder missing is often a removable disk or a network drive
    not connected, and making it would put the office's copy on this computer's own disk,
    where nobody would look for it."""
    for folder in reversed(path.parents):  # from the top
        if folder.is_dir():
            continue
        if folder.exists():
            raise CopyError(
                _(
                    "Cannot copy into {path}: {folder} is a file, not a folder. Choose "
                    "another place for the copy. Nothing was written."
                ).format(path=path, folder=folder)
            )
        raise CopyError(
            _(
                "Cannot copy into {path}: the folder {folder} is not there. If it is on a "
                "removable disk or a network drive, connect it; otherwise make the folder "
                "(or choose another one), then copy again. Nothing was written."
            ).format(path=path, folder=folder)
        )


def _delete_file(path: Path) -> None:
    """Delete a SQLite file with its side files (a failed copy's target)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _copy(
    source_url: str, target_url: str, progress: Callable[[str, int], None] | None
) -> CopyReport:
    """Open both data sets (an older SQLite source upgraded in a snapshot) and copy."""
    scratch: Path | None = None
    try:
        try:
            source = _open_source(source_url)
        except SchemaOutOfDateError:
            scratch = temporary_folder("copy")
            source = _upgraded_snapshot(source_url, scratch)
        target = open_database(target_url, load_reference=False, key_titles=False)  # empty
    except DatabaseOpenError as error:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        raise CopyError(str(error)) from error
    try:
        return _copy_open(source, target, progress)
    finally:
        source.dispose()
        target.dispose()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


TEMP_PREFIX = "diaspora-"


def temporary_folder(kind: str) -> Path:
    """A private temporary folder for a copy of a data set, named with the process id so
    :func:`clean_temporary_copies` can tell one a killed process left behind."""
    return Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{kind}-{os.getpid()}-"))


def clean_temporary_copies() -> list[Path]:
    """Delete the temporary folders of processes that no longer run (a killed copy or
    merge leaves another office's data in TMPDIR), saying so in the log."""
    import logging
    import re

    pattern = re.compile(rf"^{TEMP_PREFIX}[a-z]+-(\d+)-")
    cleaned = []
    for folder in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*"):
        found = pattern.match(folder.name)
        if not found or not folder.is_dir() or process_running(int(found.group(1))):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        logging.getLogger(__name__).info("deleted %s, left by an interrupted copy", folder)
        cleaned.append(folder)
    return cleaned


def process_running(pid: int) -> bool:
    """Whether process ``pid`` still runs (for telling a killed process's leftovers)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it runs, as another user
        return True
    return True


def _open_source(url: str) -> Database:
    read_only = sqlite_path(url) is not None
    return open_database(url, load_reference=False, read_only=read_only, key_titles=False)


def _upgraded_snapshot(url: str, folder: Path) -> Database:
    """A copy of an older SQLite source brought up to date, leaving the source as it was."""
    import sqlite3

    from db.backup import snapshot

    path = sqlite_path(url)
    assert path is not None
    copy = folder / "source.sqlite"
    try:
        snapshot(path, copy)
    except (sqlite3.Error, OSError) as error:
        raise DatabaseOpenError(
            _("Cannot read {path} to copy it: {error}").format(path=path, error=error)
        ) from error
    return open_database(copy, load_reference=False)


def _copy_open(
    source: Database, target: Database, progress: Callable[[str, int], None] | None
) -> CopyReport:
    """The copy itself, in one target transaction."""
    with source.engine.connect() as src, target.engine.begin() as dst:
        occupied = [  # an identity alone (the app opened the empty database) is no data
            t.name
            for t in metadata.sorted_tables
            if t.name != data_set.name and dst.scalar(select(func.count()).select_from(t))
        ]
        if occupied:
            raise CopyError(
                _(
                    "The target {target} already holds data ({tables}...). Copy into a new, "
                    "empty database."
                ).format(target=target.display_name, tables=", ".join(occupied[:3]))
            )
        if dst.dialect.name == "sqlite":
            dst.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        dst.execute(delete(data_set))  # the data set moved here keeps its own identity
        report = CopyReport()
        for table in metadata.sorted_tables:
            report.rows[table.name] = _copy_table(src, dst, table)
            if progress:
                progress(table.name, report.rows[table.name])
        _reset_sequences(dst)
        source_counts, source_sum = data_set_checksum(src)
        target_counts, target_sum = data_set_checksum(dst)
        if source_counts != target_counts or source_sum != target_sum:
            differing = [n for n in source_counts if source_counts[n] != target_counts.get(n)]
            raise CopyError(
                _(
                    "The copy did not verify (tables differ: {tables}); nothing was written to "
                    "the target."
                ).format(tables=", ".join(differing) or _("contents"))
            )
        report.checksum = target_sum
        return report
