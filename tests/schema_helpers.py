"""Taking a test database's schema to a given revision, as the app's own upgrade does."""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

from db.engine import alembic_config


def migrate(engine: Engine, revision: str) -> None:
    """Upgrade ``engine``'s database to ``revision`` (or "head") in one transaction."""
    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Take ``engine``'s database back to ``revision``, as a file of an older version is."""
    _run(engine, command.downgrade, revision)


def _run(engine: Engine, step: Callable[[Config, str], None], revision: str) -> None:
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        step(config, revision)
