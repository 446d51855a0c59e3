"""The PostgreSQL test fixture cleans up after itself whatever the test left open."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.postgres_helpers import drop_test_database


def test_a_database_with_a_connection_left_open_is_dropped() -> None:
    server = os.environ.get("DIASPORA_TEST_POSTGRES_URL")
    if not server:
        pytest.skip("no PostgreSQL server: set DIASPORA_TEST_POSTGRES_URL (see .ci/run)")
    name = f"diaspora_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    left_open = create_engine(make_url(server).set(database=name)).connect()
    left_open.execute(text("SELECT 1"))
    try:
        drop_test_database(admin, name)
        with admin.connect() as connection:
            found = connection.execute(
                text("SELECT count(*) FROM pg_database WHERE datname = :name"), {"name": name}
            ).scalar_one()
        assert found == 0
    finally:
        left_open.invalidate()
        admin.dispose()
