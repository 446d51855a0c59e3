"""Shared fixtures: a real SQLite file per test, made through the app's own open path."""

from __future__ import annotations

import gc
import hashlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings as hypothesis_settings

from db.engine import Database, open_database
from tests.data_sets import fill_sample
from tests.postgres_helpers import drop_test_database

# A random search may explore on a developer's machine; CI must not pass or fail by chance.
# Cases a search finds are kept in the tests as @example.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "default")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "data_set(name): the test's data set, where its module's fixtures name them"
    )


FREEZE_EVERY = 10
"""Tests between two full collections (see ``pytest_runtest_logfinish``)."""
_finished = 0


@pytest.hookimpl(trylast=True)
def pytest_runtest_logfinish(nodeid: str, location: tuple[str, int | None, str]) -> None:
    """Every ``FREEZE_EVERY`` tests (their fixtures torn down): collect what they left, then
    freeze what lives on (modules, caches of names and indexes) out of the collector's
    reach. Otherwise every full collection walked the whole process again, a tenth of the
    run's CPU. A full collection after each test cost more than the collector's own
    young-generation passes it saved (make check: ~6 s of CPU, ~3 s of wall)."""
    global _finished
    _finished += 1
    if _finished % FREEZE_EVERY == 0:
        gc.collect()
        gc.freeze()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep settings, data and logs of the tests out of the real user directories."""
    home = tmp_path_factory.mktemp("home")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))


@pytest.fixture(autouse=True)
def _log_files_of_the_test() -> Iterator[None]:
    """The log file a test's command (``main()`` in this process) opened is closed after
    it: otherwise every later test of the process would write into each one as well."""
    import logging

    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before and isinstance(handler, logging.FileHandler):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture(autouse=True)
def _no_name_answers_left() -> Iterator[None]:
    """A test that waited for a name check that never came leaves its answerer polling
    for seconds: stop it, or it presses keys in the next test's dialog."""
    yield
    name_check_tests = sys.modules.get("tests.test_ui_name_check")
    if name_check_tests is not None:
        name_check_tests.stop_answering()


@pytest.fixture(autouse=True)
def _messages_in_english() -> Iterator[None]:
    """Each test starts with the services' messages in English, whatever one before set."""
    from db import messages

    messages.set_language("en")
    yield
    messages.set_language("en")


@pytest.fixture(scope="session", autouse=True)
def _worker_temp_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Under pytest-xdist each worker gets a system temporary folder of its own: a test
    that checks what its export left there (tests/test_reports.py) must not see the
    folder of an export another worker is running at the same moment."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        yield
        return
    folder = tmp_path_factory.mktemp("system-tmp", numbered=False)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tempfile, "tempdir", str(folder))
        patch.setenv("TMPDIR", str(folder))
        yield


@pytest.fixture(scope="session", autouse=True)
def _world_index(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """One world gazetteer index for every test run: kept in pytest's cache folder (the
    per-test user directories above would build it again for each test); built on first
    use, so runs that never look a place up pay nothing. Workers of pytest-xdist share
    one folder, and the first builds the index there while the others wait for it."""
    cache = getattr(request.config, "cache", None)
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if cache:
        folder = cache.mkdir("world-index")
    elif worker:  # the run's folder, above each worker's own
        folder = tmp_path_factory.getbasetemp().parent / "world-index"
        folder.mkdir(exist_ok=True)
    else:
        folder = tmp_path_factory.mktemp("world-index")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DIASPORA_WORLD_CACHE", str(folder))
        if worker:
            _build_world_index_once(folder)
        yield


def _build_world_index_once(folder: Path) -> None:
    """Build the index unless there is one, holding a lock on the folder: two workers
    that each found none would both build it (seconds of CPU each)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: each worker builds it when it needs it
        return
    from db.world import build_index, index_path

    with (folder / "build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not index_path().exists():
                build_index(index_path())
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def _template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with reference data, made once per run and copied per test.
    Workers of pytest-xdist share it: the first makes it in the run's folder (every
    migration, seconds of CPU) while the others wait for it, as for the world index."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        folder = tmp_path_factory.getbasetemp().parent / "template"
        folder.mkdir(exist_ok=True)
        return _made_once(folder / "events.sqlite", _make_template)
    path = tmp_path_factory.mktemp("template") / "events.sqlite"
    _make_template(path)
    return path


def _make_template(path: Path) -> None:
    database = open_database(path)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()


def _made_once(path: Path, make: Callable[[Path], object]) -> Path:
    """``path``, made by ``make`` unless a worker already made it: under a lock on a file
    beside it, into a file of its own renamed into place (a worker never copies half a
    file; one whose maker failed is made again by the next)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: a file per worker
        path = path.with_name(f"{os.getpid()}-{path.name}")
        if not path.exists():
            make(path)
        return path
    with path.with_name(path.name + ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not path.exists():
                making = path.with_name(f"making-{os.getpid()}")
                making.mkdir()
                make(making / path.name)
                (making / path.name).replace(path)
                shutil.rmtree(making)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return path


def _copy_as_new_data_set(template: Path, path: Path) -> None:
    """A copy of a template file, with an identity of its own (db.identity): each test's
    data set is a new one, as a file the app makes is, not a copy of one."""
    import sqlite3
    import uuid
    from contextlib import closing

    shutil.copyfile(template, path)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE data_set SET uuid = ?", (uuid.uuid4().hex,))


@pytest.fixture
def database_path(tmp_path: Path, _template_database: Path) -> Path:
    path = tmp_path / "events.sqlite"
    _copy_as_new_data_set(_template_database, path)
    return path


@pytest.fixture
def database(database_path: Path) -> Iterator[Database]:
    """The test's own data set, opened through the app's door. Its file is a fresh copy of
    one the app just made, so the full integrity check (a read of every page, which tests
    of damaged files run through ``open_database`` themselves) is left out."""
    opened = open_database(database_path, check_integrity=False)
    yield opened
    opened.dispose()


@pytest.fixture(scope="session")
def reference(
    tmp_path_factory: pytest.TempPathFactory, _template_database: Path
) -> Iterator[Database]:
    """The reference data of a new data set and nothing else, opened read-only and shared
    by the tests that only read it (extracting a report): the names the extractor and the
    gazetteer build from it are read once per run, not once per test. A test that writes
    to it fails ("readonly database"); one that writes takes ``database``."""
    path = tmp_path_factory.mktemp("reference") / "events.sqlite"
    shutil.copyfile(_template_database, path)
    opened = open_database(path, check_integrity=False, read_only=True)
    yield opened
    opened.dispose()


@pytest.fixture
def new_database(tmp_path: Path, _template_database: Path) -> Iterator[Callable[[str], Database]]:
    """``new_database(name)``: another new data set beside the test's own, in the file
    ``name``; a copy of the file ``open_database`` makes for a new path, so the migrations
    and reference data run once per run and not for every new file."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        path = tmp_path / name
        _copy_as_new_data_set(_template_database, path)
        opened.append(open_database(path, check_integrity=False))
        return opened[-1]

    yield make
    for each in opened:
        each.dispose()


@pytest.fixture(scope="session")
def _filled_templates() -> dict[tuple[Any, ...], Path]:
    """Template files already filled, by filling function and its arguments."""
    return {}


@pytest.fixture
def database_with(
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    _template_database: Path,
    _filled_templates: dict[tuple[Any, ...], Path],
) -> Iterator[Callable[..., Database]]:
    """``database_with(fill, *args)``: this test's own data file holding what
    ``fill(database, *args)`` writes into a new data set. ``fill`` runs once per run and
    arguments, into a template copied per test: tests that share a setup (thirty events and
    the sample, say) do not each pay for it, and each still gets a real file of its own."""
    opened: list[Database] = []

    def make(fill: Callable[..., object], *args: Any) -> Database:
        key = (fill.__module__, fill.__qualname__, *args)
        template = _filled_templates.get(key)
        if template is None:

            def filled(path: Path) -> None:
                shutil.copyfile(_template_database, path)
                filling = open_database(path, check_integrity=False)
                try:
                    fill(filling, *args)
                    with filling.engine.connect() as connection:
                        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    filling.dispose()

            named = repr(key)
            if os.environ.get("PYTEST_XDIST_WORKER") and " at 0x" not in named:
                # one filling for the run's workers, as the template itself
                digest = hashlib.sha256(named.encode()).hexdigest()[:16]
                template = _made_once(_template_database.with_name(f"{digest}.sqlite"), filled)
            else:
                template = tmp_path_factory.mktemp("filled") / "events.sqlite"
                filled(template)
            _filled_templates[key] = template
        path = tmp_path / f"filled-{len(opened)}.sqlite"
        _copy_as_new_data_set(template, path)
        opened.append(open_database(path, check_integrity=False))
        return opened[-1]

    yield make
    for each in opened:
        each.dispose()


@pytest.fixture
def sample_database(database_with: Callable[..., Database]) -> Database:
    """The test's own data set holding the sample's events: a copy of a template they were
    saved into once per run (saving them took a tenth of a second in each such test)."""
    return database_with(fill_sample)


def _postgres_server() -> str:
    """The CI server's URL; without one the test is skipped (failed under CI)."""
    server = os.environ.get("DIASPORA_TEST_POSTGRES_URL")
    if not server:
        if os.environ.get("CI"):
            pytest.fail(
                "CI is set but DIASPORA_TEST_POSTGRES_URL is not: .ci/run starts the server"
            )
        pytest.skip("no PostgreSQL server: set DIASPORA_TEST_POSTGRES_URL (see .ci/run)")
    return server


@contextmanager
def _postgres_database(template: str | None = None) -> Iterator[str]:
    """The URL of a new database on the CI server (a copy of ``template``, else empty),
    dropped afterwards."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = _postgres_server()
    name = f"diaspora_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        copied = f' TEMPLATE "{template}"' if template else ""
        connection.execute(text(f'CREATE DATABASE "{name}"{copied}'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        drop_test_database(admin, name)
        admin.dispose()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database on the CI server, dropped afterwards."""
    with _postgres_database() as url:
        yield url


TemplateOf = Callable[[tuple[Any, ...], Callable[[Database], object]], str]
"""(key, fill) -> the name of a database on the CI server holding what ``fill`` wrote
into a new data set, made once per worker and key."""


def _nothing(_database: Database) -> None:
    """The new data set itself: nothing written into it."""


@pytest.fixture(scope="session")
def _postgres_template_of() -> Iterator[TemplateOf]:
    """Databases on the CI server that each test's own is copied from (CREATE DATABASE ...
    TEMPLATE, ~0.3 s), made once per worker: a new data set (schema and reference lists,
    ~1.7 s to make) and each filled one (:func:`postgres_data_set_with`); dropped at the
    end."""
    from sqlalchemy.engine import make_url

    made: dict[tuple[Any, ...], str] = {}
    with ExitStack() as drops:

        def template_of(key: tuple[Any, ...], fill: Callable[[Database], object]) -> str:
            if key not in made:
                new = template_of((), _nothing) if key else None
                url = drops.enter_context(_postgres_database(template=new))
                filling = open_database(url)
                try:
                    fill(filling)
                finally:
                    filling.dispose()  # a template must have no connection
                made[key] = str(make_url(url).database)
            return made[key]

        yield template_of


@pytest.fixture
def postgres_data_set_url(_postgres_template_of: TemplateOf) -> Iterator[str]:
    """A fresh PostgreSQL data set holding the schema and the reference lists, as a first
    ``open_database`` makes it, dropped afterwards."""
    with _postgres_database(template=_postgres_template_of((), _nothing)) as url:
        yield url


@pytest.fixture
def postgres_data_set_with(_postgres_template_of: TemplateOf) -> Iterator[Callable[..., Database]]:
    """``postgres_data_set_with(fill, *args)``: :func:`database_with` on the CI server, this
    test's own database holding what ``fill(database, *args)`` writes, copied from a
    template filled once per worker."""
    with ExitStack() as cleanup:

        def make(fill: Callable[..., object], *args: Any) -> Database:
            key = (fill.__module__, fill.__qualname__, *args)
            template = _postgres_template_of(key, lambda database: fill(database, *args))
            database = open_database(cleanup.enter_context(_postgres_database(template)))
            cleanup.callback(database.dispose)
            return database

        yield make


@pytest.fixture
def interface_language(qapp: Any) -> Iterator[Callable[[str], None]]:
    """``interface_language("ru")``: the window's translators and locale and the services'
    messages in that language until the test ends (English then)."""
    from desktop.ui import i18n

    def use(language: str) -> None:
        i18n.set_language(language)
        i18n.install_translators(qapp, language)

    yield use
    use("en")
