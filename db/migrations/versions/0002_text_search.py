"""Full-text search index over Event.search_text.

SQLite: an FTS5 table with the trigram tokenizer (substring matches from an
index), kept in step with the event table by triggers. PostgreSQL: a pg_trgm
GIN index, which serves LIKE '%word%' from the index.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = [
    "CREATE VIRTUAL TABLE event_search USING fts5("
    "search_text, content='event', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER event_search_insert AFTER INSERT ON event BEGIN "
    "INSERT INTO event_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER event_search_delete AFTER DELETE ON event BEGIN "
    "INSERT INTO event_search(event_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER event_search_update AFTER UPDATE OF search_text ON event BEGIN "
    "INSERT INTO event_search(event_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO event_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO event_search(event_search) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS event_search_update",
    "DROP TRIGGER IF EXISTS event_search_delete",
    "DROP TRIGGER IF EXISTS event_search_insert",
    "DROP TABLE IF EXISTS event_search",
]
POSTGRESQL_UP = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_event_search_text_trgm ON event USING gin (search_text gin_trgm_ops)",
]
POSTGRESQL_DOWN = ["DROP INDEX IF EXISTS ix_event_search_text_trgm"]


def _run(statements: dict[str, list[str]]) -> None:
    for statement in statements.get(op.get_bind().dialect.name, []):
        op.execute(statement)


def upgrade() -> None:
    _run({"sqlite": SQLITE_UP, "postgresql": POSTGRESQL_UP})


def downgrade() -> None:
    _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRESQL_DOWN})
