"""Opening a shared PostgreSQL data set that cannot be opened: the clerk reads what is wrong
and what to do, in the window's language, never a traceback or the driver's own words."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import URL, make_url

from db import messages
from db.engine import DatabaseOpenError, open_database
from desktop import cli
from desktop.settings import Settings

DRIVER_WORDS = ("FATAL", "connection failed", "sqlalchemy", "plugin", "int()", "Errno", "psycopg.")


def refusal(address: str) -> str:
    with pytest.raises(DatabaseOpenError) as raised:
        open_database(address)
    text = str(raised.value)
    assert not [word for word in DRIVER_WORDS if word in text], text
    return text


@pytest.mark.parametrize(
    "address",
    [
        "postgresql+psycop://clerk:secret@server/events",  # driver misspelt
        "postgresql+psycopg://clerk:secret@server:54a2/events",  # port not a number
        "mysql://clerk:secret@server/events",  # a server the app does not speak to
        "postgre://clerk:secret@server/events",
    ],
)
def test_a_typo_in_the_address_is_explained_not_a_traceback(address: str) -> None:
    text = refusal(address)
    assert "postgresql+psycopg://" in text, "the clerk is shown how an address is written"
    assert "secret" not in text


def test_a_typo_in_a_saved_address_does_not_stop_the_start(capsys) -> None:
    """An address saved from the settings with a typo: every start crashed with a traceback
    before any window could say what to correct."""
    Settings(database="postgresql+psycopg://clerk:secret@server:54a2/events").save()
    assert cli.main(["info"]) == cli.EXIT_USAGE
    error = capsys.readouterr().err
    assert "Traceback" not in error and "port" in error


def test_the_libpq_forms_of_an_address_are_understood(postgres_data_set_url: str) -> None:
    """postgres:// and postgresql:// are how server administrators write an address;
    the app's one driver is psycopg. (A data set already made: an empty database is given
    its schema at the first open, seconds on the server, tested below.)"""
    url = make_url(postgres_data_set_url)
    bare = url.render_as_string(hide_password=False).split("://", 1)[1]
    for scheme in ("postgres", "postgresql"):
        database = open_database(f"{scheme}://{bare}")
        assert database.engine.dialect.driver == "psycopg"
        database.dispose()


def test_a_wrong_password_is_named(postgres_url: str) -> None:
    wrong = make_url(postgres_url).set(password="not-the-password")
    text = refusal(wrong.render_as_string(hide_password=False))
    assert "user name or password" in text and "not-the-password" not in text


def test_a_server_that_is_down_is_named(postgres_url: str) -> None:
    down = make_url(postgres_url).set(port=1)
    text = refusal(down.render_as_string(hide_password=False))
    assert "cannot be reached" in text and "127.0.0.1:1" in text


def test_a_database_that_does_not_exist_is_named(postgres_url: str) -> None:
    missing = make_url(postgres_url).set(database="explore_no_such_database")
    text = refusal(missing.render_as_string(hide_password=False))
    assert "no database named explore_no_such_database" in text
    assert "sets it up" in text, "the clerk learns an empty one is enough"


def test_an_address_without_a_server_name_says_so(postgres_url: str) -> None:
    server = make_url(postgres_url)
    local = URL.create(server.drivername, server.username, server.password, None, None, "x")
    text = refusal(local.render_as_string(hide_password=False))
    assert "names no server" in text


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_reason_is_in_the_clerks_language(postgres_url: str, language: str) -> None:
    messages.set_language(language)
    wrong = make_url(postgres_url).set(password="not-the-password")
    text = refusal(wrong.render_as_string(hide_password=False))
    assert "password authentication failed" not in text
    assert "Check that the path" not in text


def test_an_empty_database_is_set_up_at_first_use(postgres_url: str) -> None:
    database = open_database(postgres_url)
    try:
        assert database.created
        with database.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM country").scalar()
    finally:
        database.dispose()


def test_a_user_who_may_not_create_tables_is_told_so(postgres_url: str) -> None:
    """PostgreSQL 15 lets only a database's owner create tables in it: a clerk's user given
    an empty database was told of a read-only file and folder."""
    from sqlalchemy import create_engine

    owner = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with owner.connect() as connection:
        connection.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM pg_database_owner")
    owner.dispose()
    text = refusal(postgres_url)
    assert "may not create tables" in text and "read-only" not in text
    assert make_url(postgres_url).username in text
