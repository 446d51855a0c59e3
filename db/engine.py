"""Engine and session set-up for SQLite (the embedded default) and PostgreSQL.

``open_database`` is the one door into a data set: it makes the SQLite file
when missing, brings an older schema up to date, refuses a newer one and
turns low-level failures into :class:`DatabaseOpenError` with a message a
clerk can act on.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeAlias

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from db import collation
from db.messages import _

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.orm import Session, sessionmaker

    Reader: TypeAlias = Session | Connection
    """What the read-only queries take: a session, or a Core connection where the ORM
    is not wanted (the window's first page: importing the ORM costs ~50 ms of the start)."""

APP_NAME = "DiasporaEvents"
SQLITE_BUSY_TIMEOUT_MS = 10_000
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
POSTGRES_CONNECT_TIMEOUT_S = 10
"""A server that does not answer is given up after this long (libpq waits for ever)."""
DRIVERS = {"sqlite": ("", "pysqlite"), "postgresql": ("psycopg",)}
"""The back ends the app speaks to, and the drivers it ships for each."""
LIBPQ_SCHEMES = ("postgres", "postgresql")
"""How server administrators write an address (libpq's own form): read with psycopg."""
ADDRESS_FORM = "postgresql+psycopg://USER:PASSWORD@SERVER:5432/DATABASE"
log = logging.getLogger(__name__)


class DatabaseOpenError(Exception):
    """A data set that cannot be opened; ``str()`` is meant for the user. A damaged SQLite
    file names its newest good backup (``backup``) so the window can offer to restore it
    over ``data_file``; a server that refused the login sets ``login_refused`` (the window
    then asks for the password)."""

    def __init__(
        self,
        message: str,
        backup: Path | None = None,
        data_file: Path | None = None,
        login_refused: bool = False,
    ) -> None:
        super().__init__(message)
        self.backup = backup
        self.data_file = data_file
        self.login_refused = login_refused


Stage = Literal["backup", "upgrade"]
"""What a long open is doing: backing the file up before an upgrade, or upgrading it."""


def default_database_path() -> Path:
    """The SQLite file used when nothing else is configured."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "events.sqlite"


def to_url(database: str | Path | None) -> str:
    """Accept a SQLAlchemy URL or a plain file path; ``None`` means the default file."""
    if database is None or str(database).strip() == "":
        return f"sqlite:///{default_database_path()}"
    text = str(database).strip()
    if "://" in text:
        scheme, rest = text.split("://", 1)
        return f"postgresql+psycopg://{rest}" if scheme.lower() in LIBPQ_SCHEMES else text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def parse_address(url: str) -> URL:
    """``url`` read as an address the app can open, or :class:`DatabaseOpenError` saying
    what is wrong with it: a typo in a typed or saved address otherwise came out of the
    driver as a traceback, at every start."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as error:  # ValueError: a port not a number
        problem = (
            _("it is not written as an address")
            if isinstance(error, ArgumentError)
            else _("the port, after the server name and a colon, must be a number")
        )
        raise _bad_address(url, problem) from error
    backend, _plus, driver = parsed.drivername.partition("+")
    if backend not in DRIVERS:
        raise _bad_address(
            url, _("Diaspora Events works with SQLite files and PostgreSQL servers only")
        )
    if driver not in DRIVERS[backend]:
        raise _bad_address(url, _("it names an unknown driver, “{driver}”").format(driver=driver))
    return parsed


def _bad_address(url: str, problem: str) -> DatabaseOpenError:
    hidden = re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)  # never show the password
    return DatabaseOpenError(
        _(
            "The address {address} cannot be used: {problem}. A PostgreSQL server's address "
            "is written {form} (the port may be left out); a SQLite file is given by its path."
        ).format(address=hidden, problem=problem, form=ADDRESS_FORM)
    )


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    collation.register(dbapi_connection)


def _private_file(path: Path) -> None:
    """Make a new data file (and its folder) readable by the user alone where the platform
    allows; SQLite gives its -wal and -shm files the same rights."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def create_db_engine(url: str) -> Engine:
    """Create an engine with the connection settings the app relies on."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _private_file(Path(parsed.database))
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    timeout = {} if "connect_timeout" in parsed.query else {
        "connect_timeout": POSTGRES_CONNECT_TIMEOUT_S
    }
    return create_engine(url, pool_pre_ping=True, connect_args=timeout)


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic configuration that needs no alembic.ini on disk."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None, "migrations directory has no revisions"
    return head


@functools.cache
def schema_head() -> str:
    """The newest revision, from the migration files' names (``NNNN_what.py`` holds
    revision ``NNNN``) without importing Alembic: an up-to-date data set, the usual case,
    opens without it (Alembic costs a seventh of a second and 11 MB at each start). Read
    once: the files do not change while the program runs, and each open asks twice."""
    return max(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision, in one connection."""
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@dataclass
class Database:
    """An open data set: its engine and a session factory (made on first use: the ORM's
    import, ~50 ms, is not paid before the window's first page, which reads with Core)."""

    engine: Engine
    session_factory: sessionmaker[Session] | None
    url: str
    created: bool

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self.session_factory is None:
            from sqlalchemy.orm import sessionmaker

            self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        return self.session_factory

    def session(self) -> Session:
        return self.sessions()

    def connect(self) -> Connection:
        """A Core connection for reading without the ORM."""
        return self.engine.connect()

    def dispose(self) -> None:
        self.engine.dispose()

    @property
    def display_name(self) -> str:
        """The file path for SQLite, the URL without its password otherwise."""
        path = sqlite_path(self.url)
        return str(path) if path is not None else make_url(self.url).render_as_string(True)


class _DataSetName:
    """How a message names the data set being opened ("the database file …"), put into
    words when a message is made: opening one that is sound makes none, and so does not
    look up the message language (the window's start sets its own)."""

    def __init__(self, url: str) -> None:
        self.url = url

    def __str__(self) -> str:
        parsed = make_url(self.url)
        if parsed.get_backend_name() == "sqlite":
            return _("the database file {path}").format(path=parsed.database)
        return _("the database {url}").format(url=parsed.render_as_string(hide_password=True))

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for other back ends, memory, or an address that
    cannot be read: opening it says why)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _check_sqlite_file(
    path: Path, where: _DataSetName, check_integrity: bool, read_only: bool = False
) -> None:
    """Refuse a read-only (unless only read), damaged or non-SQLite file before anything
    writes to it."""
    if path.is_dir():
        raise DatabaseOpenError(
            _(
                "Cannot open {where}: it is a folder, not a data file. Choose the .sqlite file "
                "inside it, or a new file name."
            ).format(where=where)
        )
    if read_only and not path.exists():
        raise DatabaseOpenError(
            _("Cannot open {where}: there is no such file.").format(where=where)
        )
    folder = path.parent if path.parent.exists() else None
    unwritable = (path.exists() and not os.access(path, os.W_OK)) or (
        folder is not None and not os.access(folder, os.W_OK)
    )
    if unwritable and not read_only:
        raise DatabaseOpenError(
            _(
                "Cannot open {where}: the file or its folder is read-only. Make both writable, "
                "or copy the file to a folder you can write to and open that copy."
            ).format(where=where)
        )
    if not path.exists() or path.stat().st_size == 0:
        return
    if not check_integrity:
        problem = _header_problem(path)
        if problem is None:
            return
    else:
        from db.backup import UnreadableError, damage  # the window's start reads headers only

        try:
            problem = damage(path)
        except UnreadableError as error:
            raise DatabaseOpenError(
                _(
                    "Cannot open {where}: it cannot be read right now ({error}). The disk may "
                    "be full or failing, or another program may hold the file; the file was "
                    "not found damaged. Free some space or check the disk, then try again."
                ).format(where=where, error=error)
            ) from error
    if problem is None:
        return
    raise _damaged(path, where, problem)


def _damaged(path: Path, where: _DataSetName, problem: str) -> DatabaseOpenError:
    """The error for a damaged file: what is wrong, and its newest good backup if any."""
    from db.backup import newest_good_backup

    good = newest_good_backup(path)
    offer = (
        _("The newest good backup is {backup} ({time}); restore it with: {command}").format(
            backup=good.path.name,
            time=f"{good.made_at:%Y-%m-%d %H:%M}",
            command=f"diaspora-events --database {path} restore --newest",
        )
        if good
        else _("No good backup of it was found; choose another file or restore one you keep.")
    )
    return DatabaseOpenError(
        _("Cannot open {where}: it is damaged or not a database ({problem}).").format(
            where=where, problem=problem
        )
        + "\n"
        + offer,
        backup=good.path if good else None,
        data_file=path,
    )


def _header_problem(path: Path) -> str | None:
    """The cheap part of the check: is it a SQLite file at all (its 16-byte header)?"""
    with path.open("rb") as handle:
        header = handle.read(16)
    return None if header == b"SQLite format 3\x00" else _("not a SQLite database file")


class SchemaOutOfDateError(DatabaseOpenError):
    """A data set opened read-only whose schema is older than this version's."""


class EmptyDataSet(SchemaOutOfDateError):
    """A data set opened read-only that holds nothing yet (the oldest schema of all):
    opened for work, it is set up."""


class UpgradePending(DatabaseOpenError):
    """A SQLite file of an older schema, not opened: asked with ``upgrade_now=False``, the
    caller upgrades it where the clerk sees it happen (seconds on a large file)."""


def read_only_uri(path: Path) -> str:
    """A SQLite URI that reads ``path`` without ever writing it. On read-only media (no
    writable folder for the WAL index) the file is opened immutable: nobody can change it
    there, and without that a sound WAL file could not be read at all."""
    uri = f"{path.absolute().as_uri()}?mode=ro"
    if not os.access(path.parent, os.W_OK):
        uri += "&immutable=1"
    return uri


def _peek_sqlite(path: Path, where: _DataSetName) -> tuple[set[str], str | None]:
    """Tables and schema revision of an existing file, read through a read-only connection:
    refusing a file must not change it (a read-write one would switch it to WAL)."""
    wal = path.with_name(path.name + "-wal")
    if not path.exists() or (path.stat().st_size == 0 and not _nonempty(wal)):
        return set(), None
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            tables = {row[0] for row in rows}
            revision = None
            if "alembic_version" in tables:
                found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = found[0] if found else None
        finally:
            connection.close()
    except sqlite3.Error as error:
        code = getattr(error, "sqlite_errorcode", 0)
        if code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            from db.backup import damage_reason

            raise _damaged(path, where, damage_reason(code)) from error
        raise DatabaseOpenError(
            _("Cannot open {where}: {reason}.").format(where=where, reason=_root_cause(error))
            + "\n"
            + _(
                "Check that the path is right and that the file is a Diaspora Events database "
                "(or restore one from a backup)."
            )
        ) from error
    return tables, revision


def _nonempty(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 0


def _refuse_foreign(where: _DataSetName, tables: set[str], revision: str | None) -> None:
    """A data set of a newer version, or a database of another program, is not ours to open."""
    if revision is not None and revision != schema_head() and revision not in known_revisions():
        raise DatabaseOpenError(
            _(
                "{where} was written by a newer version of Diaspora Events (schema {revision}). "
                "This version understands schema {head} and older. Install the newer version "
                "to open it."
            ).format(where=_sentence(where), revision=revision, head=head_revision())
        )
    if revision is None and tables - {"alembic_version"}:
        raise DatabaseOpenError(
            _(
                "{where} is not a Diaspora Events database (it has other tables). "
                "Choose another file or an empty one."
            ).format(where=_sentence(where))
        )


def restorable_problem(path: Path) -> str | None:
    """None when ``path`` holds a Diaspora Events data set this version opens (as a backup
    to put back must); otherwise why not, in the clerk's words."""
    try:
        tables, revision = _peek_sqlite(path, _DataSetName(f"sqlite:///{path}"))
    except DatabaseOpenError as error:
        return str(error)
    if revision is not None and revision != schema_head() and revision not in known_revisions():
        return _("it was written by a newer version of Diaspora Events (schema {revision})"
                 ).format(revision=revision)
    if revision is None:
        return (_("it is another program's database") if tables - {"alembic_version"}
                else _("it holds no Diaspora Events data"))
    return None


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _read_only_engine(path: Path) -> Engine:
    """An engine that can only read ``path`` (and never switches it to WAL). Its URL names
    the file, though ``creator`` opens it: what is kept per data set (the extraction's
    names) is keyed by the engine's URL, and a bare ``sqlite://`` made every read-only
    file one and the same data set."""
    uri = read_only_uri(path)
    engine = create_engine(
        f"sqlite:///{path}", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    )
    event.listen(engine, "connect", lambda connection, _record: collation.register(connection))
    return engine


def open_database(
    database: str | Path | None = None,
    load_reference: bool = True,
    check_integrity: bool = True,
    read_only: bool = False,
    stage: Callable[[Stage], None] | None = None,
    upgrade_now: bool = True,
    key_titles: bool = True,
) -> Database:
    """Open (creating or upgrading when needed) the data set at ``database``.

    ``check_integrity=False`` skips the full ``PRAGMA quick_check`` (seconds on a large
    file); the GUI runs it in the background after its window is up instead.
    ``read_only=True`` reads the data set as it is, never changing a byte: a schema that
    is out of date raises :class:`SchemaOutOfDateError` instead of being upgraded, and one
    not made yet :class:`EmptyDataSet`.
    ``stage`` is told when a backup before an upgrade, and the upgrade, begin (the GUI
    shows it: the two take seconds on a large file). ``upgrade_now=False`` raises
    :class:`UpgradePending` for a SQLite file of an older schema before anything is written
    (the window's start then upgrades it with a progress window). ``key_titles=False``
    leaves the check of the events' title keys (``db.collation.refresh_title_keys``) to the
    caller: it loads ICU, which the window's start does once the rows show.
    """
    url = to_url(database)
    address = parse_address(url)
    where = _DataSetName(url)
    path = sqlite_path(url)
    created, found = False, set[str]()
    if path is not None:
        _check_sqlite_file(path, where, check_integrity, read_only)
        found, revision = _peek_sqlite(path, where)
        created = not read_only and (not found or _half_made(path, found, revision))
        if created:
            _prepare(where, lambda: _create_sqlite(path, load_reference))
        else:
            _refuse_foreign(where, found, revision)
            if not (upgrade_now or read_only) and revision not in (None, schema_head()):
                raise UpgradePending(
                    _("{where} has an older schema ({revision}); it is upgraded as it opens.")
                    .format(where=_sentence(where), revision=revision)
                )
    try:
        engine = _read_only_engine(path) if read_only and path else create_db_engine(url)
        with engine.connect() as connection:  # one connection for both questions
            # an existing file's tables were read by its look above
            tables = found if path and not created else set(inspect(connection).get_table_names())
            revision = (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if "alembic_version" in tables
                else None
            )
    except (DBAPIError, OSError) as error:
        if path is None:
            raise DatabaseOpenError(
                _("Cannot open {where}.").format(where=where)
                + "\n"
                + _server_problem(error, address),
                login_refused=_login_refused(error),
            ) from error
        raise DatabaseOpenError(
            _("Cannot open {where}: {reason}.").format(where=where, reason=_root_cause(error))
            + "\n"
            + _(
                "Check that the path or server address is right and that the file is a "
                "Diaspora Events database (or restore one from a backup)."
            )
        ) from error
    try:
        _refuse_foreign(where, tables, revision)
        if read_only and revision is None:
            raise EmptyDataSet(
                _("{where} is empty: Diaspora Events sets it up when it opens it.").format(
                    where=_sentence(where)
                )
            )
        if read_only and revision != schema_head():
            raise SchemaOutOfDateError(
                _(
                    "{where} has an older schema ({revision}); it is read as it is and cannot "
                    "be upgraded here."
                ).format(where=_sentence(where), revision=revision)
            )
    except DatabaseOpenError:
        engine.dispose()
        raise
    try:
        if not read_only:
            _prepare(
                where, lambda: _bring_up_to_date(engine, revision, path, load_reference, stage)
            )
            if key_titles:
                collation.refresh_title_keys(engine)  # and the identity of one without it
    except DatabaseOpenError:
        engine.dispose()
        raise
    return Database(engine, None, url=url, created=created or revision is None)


def _prepare(where: _DataSetName, step: Callable[[], None]) -> None:
    """Run a step that makes or upgrades the schema; its failure is said in a sentence."""
    try:
        step()
    except (DBAPIError, OSError) as error:
        from db.errors import describe_database_error

        reason = describe_database_error(error) if isinstance(error, DBAPIError) else str(error)
        if sqlite_path(where.url) is None and "permission denied" in str(error).lower():
            log.warning("cannot set up %s: %s", where, _root_cause(error))
            reason = _(
                "The user {user} may not create tables in this database. Ask the server's "
                "administrator to let the user create them in the schema “public” (or to make "
                "the user the database's owner); Diaspora Events then sets the database up."
            ).format(user=make_url(where.url).username)
        raise DatabaseOpenError(
            _("Cannot prepare {where}: {reason}").format(where=where, reason=reason)
        ) from error


CREATING = ".creating"
"""Suffix of a data file being made (``.NAME.PID.creating``), renamed into place when whole."""


def _create_sqlite(path: Path, load_reference: bool) -> None:
    """Make a new data file all or nothing: schema and reference data go into a file of
    its own beside ``path``, renamed over it once complete. Made in place, a failure or a
    kill midway left a half-made file (SQLite's Python driver commits each CREATE TABLE
    at once) that every later start refused."""
    from db.copy import process_running

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    for left in path.parent.glob(f".{path.name}.*{CREATING}*"):  # a killed start's
        pid = left.name[len(path.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not process_running(int(pid)):
            left.unlink(missing_ok=True)
    making = path.with_name(f".{path.name}.{os.getpid()}{CREATING}")
    parts = [making, *(making.with_name(making.name + end) for end in ("-wal", "-shm"))]
    try:
        engine = create_db_engine(f"sqlite:///{making}")
        try:
            _bring_up_to_date(engine, None, None, load_reference)
            with engine.connect() as connection:  # one self-contained file, no -wal beside
                connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
        finally:
            engine.dispose()
        with making.open("rb+") as handle:
            os.fsync(handle.fileno())
        for end in ("-wal", "-shm"):  # the replaced file's: SQLite would replay them onto it
            path.with_name(path.name + end).unlink(missing_ok=True)
        os.replace(making, path)
    finally:
        for part in parts:
            part.unlink(missing_ok=True)


def _half_made(path: Path, tables: set[str], revision: str | None) -> bool:
    """A file an older version began to make and did not finish: its revision table
    empty, only tables of ours, and not one row in any (nothing anyone could lose)."""
    if revision is not None or "alembic_version" not in tables:
        return False
    from db.models import Base

    ours = set(Base.metadata.tables) | {"alembic_version"}
    if not all(name in ours or name.startswith(SEARCH_TABLE) for name in tables):
        return False
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:  # (the text index's own tables hold its settings: their rows are no one's work)
        return not any(
            connection.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone()
            for name in tables & ours
        )
    finally:
        connection.close()


SEARCH_TABLE = "event_search"
"""The full-text index and its shadow tables (migration 0002), not among the models."""


def _bring_up_to_date(
    engine: Engine,
    revision: str | None,
    path: Path | None,
    load_reference: bool,
    stage: Callable[[Stage], None] | None = None,
) -> None:
    """Migrate and fill in reference data in ONE transaction: all of it or none. A data
    set already up to date and filled (every start but the first) is only read: no write
    lock (a start waited for another program's long import, then failed) and no session."""
    outdated = revision != schema_head()
    if not outdated and (not load_reference or _has_reference_data(engine)):
        return
    if revision is not None and outdated and path is not None:
        from db.backup import make_backup

        if stage is not None:
            stage("backup")
        make_backup(path, f"before-upgrade-{revision}")
    if revision is not None and outdated and stage is not None:
        stage("upgrade")
    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            # Python's sqlite3 commits each CREATE at once unless a transaction is open:
            # a kill in the middle of a migration then left a half-upgraded file that
            # every later start refused ("table ... already exists")
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        if outdated:
            from alembic import command

            config = alembic_config(engine)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        if load_reference:
            from sqlalchemy.orm import Session

            from db.models import Country

            with Session(bind=connection, join_transaction_mode="create_savepoint") as session:
                if session.scalar(select(Country.id).limit(1)) is None:
                    from db.reference import load_reference_data

                    load_reference_data(session)
                    session.commit()  # releases the savepoint; the outer block commits


def _has_reference_data(engine: Engine) -> bool:
    """The reference lists are in (their countries, loaded first, stand for them all)."""
    with engine.connect() as connection:
        return connection.execute(text("SELECT 1 FROM country LIMIT 1")).first() is not None


_NO_DATABASE = ('database "', "does not exist")
_LOGIN_REFUSED = (
    "password authentication failed",
    "peer authentication failed",
    "authentication failed",
    "no password supplied",
    "no pg_hba.conf entry",
    'role "',
)
_UNREACHABLE = (
    "connection refused",
    "failed to resolve host",
    "could not translate host name",
    "name or service not known",
    "timeout expired",
    "connection timed out",
    "no route to host",
    "network is unreachable",
)


def _server_problem(error: Exception, address: URL) -> str:
    """Why a PostgreSQL server did not let the app in, and what to do, in the clerk's words.
    The driver's own text (libpq's English) goes to the log for the technician."""
    detail = _root_cause(error)
    log.warning("cannot connect to %s: %s", address.render_as_string(hide_password=True), detail)
    lowered = detail.lower()
    server = (
        (f"{address.host}:{address.port}" if address.port else address.host)
        if address.host
        else _("on this computer")
    )
    if all(word in lowered for word in _NO_DATABASE):
        reason = _(
            "The server {server} has no database named {name}. Correct the name in the "
            "address, or ask the server's administrator to create an empty database of that "
            "name: Diaspora Events sets it up when it first opens it."
        ).format(server=server, name=address.database)
    elif _login_refused(error) and address.password is None:
        reason = _(
            "The server {server} asks for the password of the user “{user}”, and none was "
            "given. Type it when it is asked for, or in Settings, next to the address."
        ).format(server=server, user=address.username or "")
    elif _login_refused(error):
        reason = _(
            "The server {server} did not accept the user name or password in the address. "
            "Correct them, or ask the server's administrator for the right ones."
        ).format(server=server)
    elif any(words in lowered for words in _UNREACHABLE):
        reason = _(
            "The server {server} cannot be reached: it may be switched off or off the "
            "network, or the server name or port in the address may be wrong. Check the "
            "address, or ask the server's administrator whether the server is running."
        ).format(server=server)
    else:
        reason = _(
            "The server {server} did not let Diaspora Events connect ({detail}). Check the "
            "address, or ask the server's administrator."
        ).format(server=server, detail=detail)
    if address.host is None:
        reason += " " + _(
            "The address names no server, so the one on this computer was asked; write the "
            "server's name after the “@”."
        )
    return reason


def _login_refused(error: Exception) -> bool:
    """The server refused the user name or password (or none was given)."""
    lowered = _root_cause(error).lower()
    return any(words in lowered for words in _LOGIN_REFUSED)


def _sentence(where: _DataSetName) -> str:
    """Capitalize the first letter only: ``str.capitalize`` would lower-case the path."""
    text = str(where)
    return text[:1].upper() + text[1:]


def _root_cause(error: Exception) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).strip().splitlines()[0] if str(original).strip() else type(error).__name__
