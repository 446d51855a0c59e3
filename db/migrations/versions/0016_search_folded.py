"""The search compares text and names folded (``db.search.fold``: Azerbaijani Ə, which
the stored keys write E, as the A a Latin keyboard types; Q as G), so "Aliyev" finds
"Əliyev" and "Gulu" "Qulu" (session 20). The indexes hold the folded text:

- SQLite: both FTS5 tables (0002's trigrams, 0007's words) take their content from a
  view of the folded text (``db.search.SEARCH_SOURCE``), so their 'rebuild' and
  'integrity-check' read what they hold; their triggers index the folded text. Each is
  made again and filled in one pass over the events.
- PostgreSQL: the pg_trgm index is on the folded text.
- Both: each alias table has an index on its folded ``normalized``, for a name's start.

The stored keys (``event.search_text``, the aliases' ``normalized``) do not change: the
gazetteer and the name lookups compare them exactly, and no event is rewritten.

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

from alembic import op

from db.search import SEARCH_SOURCE, WORDS_TABLE, folded

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXT_INDEXES = {
    "event_search": "tokenize='trigram'",
    WORDS_TABLE: "tokenize='unicode61', prefix='2', detail='none'",
}
"""The SQLite text indexes and their options (migrations 0002, 0007)."""
ALIAS_TABLES = ("region_alias", "city_alias", "country_alias", "occasion_alias",
                "organization_alias", "person_alias")
TRGM = "ix_event_search_text_trgm"


def _text_indexes(content: str, value: str) -> list[str]:
    """SQLite: the text indexes over ``content``, indexing ``value`` of a row (``{row}``:
    new or old), kept in step by triggers and filled in one pass each."""
    statements = []
    for name, options in TEXT_INDEXES.items():
        new, old = value.format(row="new"), value.format(row="old")
        statements += [
            f"DROP TRIGGER IF EXISTS {name}_update",
            f"DROP TRIGGER IF EXISTS {name}_delete",
            f"DROP TRIGGER IF EXISTS {name}_insert",
            f"DROP TABLE IF EXISTS {name}",
            f"CREATE VIRTUAL TABLE {name} USING fts5(search_text, content='{content}', "
            f"content_rowid='id', {options})",
            f"CREATE TRIGGER {name}_insert AFTER INSERT ON event BEGIN "
            f"INSERT INTO {name}(rowid, search_text) VALUES (new.id, {new}); END",
            f"CREATE TRIGGER {name}_delete AFTER DELETE ON event BEGIN "
            f"INSERT INTO {name}({name}, rowid, search_text) VALUES ('delete', old.id, {old}); END",
            f"CREATE TRIGGER {name}_update AFTER UPDATE OF search_text ON event BEGIN "
            f"INSERT INTO {name}({name}, rowid, search_text) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO {name}(rowid, search_text) VALUES (new.id, {new}); END",
            f"INSERT INTO {name}({name}) VALUES ('rebuild')",
        ]
    return statements


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in ALIAS_TABLES:
        op.execute(f"CREATE INDEX ix_search_fold_{table} ON {table} ({folded('normalized')})")
    if dialect == "sqlite":
        op.execute(f"CREATE VIEW {SEARCH_SOURCE} AS "
                   f"SELECT id, {folded('search_text')} AS search_text FROM event")
        for statement in _text_indexes(SEARCH_SOURCE, folded("{row}.search_text")):
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {TRGM}")
        op.execute(f"CREATE INDEX {TRGM} ON event USING gin (({folded('search_text')}) "
                   "gin_trgm_ops)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _text_indexes("event", "{row}.search_text"):
            op.execute(statement)
        op.execute(f"DROP VIEW IF EXISTS {SEARCH_SOURCE}")
    elif dialect == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {TRGM}")
        op.execute(f"CREATE INDEX {TRGM} ON event USING gin (search_text gin_trgm_ops)")
    for table in ALIAS_TABLES:
        op.execute(f"DROP INDEX IF EXISTS ix_search_fold_{table}")
