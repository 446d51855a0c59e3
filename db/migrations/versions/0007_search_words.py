"""An index of the words of Event.search_text with their two-letter prefixes, so that a
search word of two letters ("Пр") is an index lookup (issue 17, search).

The trigram table of 0002 cannot answer fewer than three letters: SQLite's trigram
tokenizer makes no token of a shorter query, with or without FTS5's ``prefix`` option
(checked on SQLite 3.40). A second FTS5 table over the same column, with the standard
``unicode61`` tokenizer and ``prefix='2'``, answers ``"pr"*`` (a word starting with
those letters) from its prefix index. ``detail='none'`` keeps only which events hold a
word (no positions: a search word is one token), so the index is small: at 1,000,000
events +24 MB and about 5 s to build (bench/search.py notes).

External content (the event table), kept in step by triggers as in 0002. PostgreSQL
needs nothing: its pg_trgm index answers the LIKE a short word becomes there.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "event_search_words"
SQLITE_UP = [
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(search_text, content='event', "
    "content_rowid='id', tokenize='unicode61', prefix='2', detail='none')",
    f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON event BEGIN "
    f"INSERT INTO {TABLE}(rowid, search_text) VALUES (new.id, new.search_text); END",
    f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON event BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    f"CREATE TRIGGER {TABLE}_update AFTER UPDATE OF search_text ON event BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    f"INSERT INTO {TABLE}(rowid, search_text) VALUES (new.id, new.search_text); END",
    f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    f"DROP TRIGGER IF EXISTS {TABLE}_update",
    f"DROP TRIGGER IF EXISTS {TABLE}_delete",
    f"DROP TRIGGER IF EXISTS {TABLE}_insert",
    f"DROP TABLE IF EXISTS {TABLE}",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
