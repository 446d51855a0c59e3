"""Alembic environment: runs on a connection handed in by db.engine.upgrade,
or on the URL in the config when used from the alembic command line."""

from alembic import context
from sqlalchemy import Connection, create_engine

from db.models import Base
from db.search import is_search_object

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=lambda _obj, name, _type, _reflected, _other: not is_search_object(name),
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise SystemExit("alembic.ini names no sqlalchemy.url to migrate")
    engine = create_engine(url)
    with engine.begin() as own_connection:
        _run(own_connection)


run_migrations_online()
