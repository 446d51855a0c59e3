"""Helpers for the tests that run on the CI's PostgreSQL server."""

from __future__ import annotations

import time

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError


def drop_test_database(admin: Engine, name: str) -> None:
    """Drop a test database once the connections the tests left to it have ended.

    Not ``DROP DATABASE ... WITH (FORCE)``: FORCE refuses, for a role that is not a superuser,
    to end an autovacuum worker that happens to be in the database (CI failed so after the
    four-desk trial). A plain DROP ends autovacuum workers itself; the role's own leftover
    connections are ended first, and a drop racing a connection that is still closing is retried.
    """
    own_connections = text(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        " WHERE datname = :name AND usename = current_user AND pid <> pg_backend_pid()"
    )
    deadline = time.monotonic() + 60
    while True:
        with admin.connect() as connection:
            connection.execute(own_connections, {"name": name})
            try:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
                return
            except OperationalError as error:
                in_use = getattr(error.orig, "sqlstate", None) == "55006"
                if not in_use or time.monotonic() > deadline:
                    raise
        time.sleep(0.2)
