"""Word search over events through each back end's own index.

``EventFilter`` asks for :func:`contains_word`; on SQLite it compiles to a
lookup in the FTS5 trigram table, on PostgreSQL to a LIKE that the pg_trgm
GIN index answers (both made by migration 0002). Words shorter than a
trigram fall back to LIKE, which is still correct, only unindexed.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.types import NullType

from db.models import Event

TRIGRAM = 3
SEARCH_OBJECTS = ("event_search", "ix_event_search_text_trgm")


def is_search_object(name: str | None) -> bool:
    """Schema objects made by migration 0002 and not described by the models."""
    return bool(name) and name.startswith(SEARCH_OBJECTS)  # type: ignore[union-attr]


class _ContainsWord(ColumnElement[bool]):
    """A complete predicate. Typed NullType, not Boolean: SQLAlchemy compares a Boolean
    expression to 1 on back ends without a native boolean, and SQLite cannot start a plan
    from ``x IN (SELECT rowid ... MATCH ...) = 1``; it then scans every live event."""

    inherit_cache = False  # the SQL depends on the word's length: never reuse it
    type = NullType()

    def __init__(self, word: str) -> None:
        self.word = word


@compiles(_ContainsWord)
def _like(element: _ContainsWord, compiler, **kw) -> str:
    return compiler.process(Event.search_text.contains(element.word, autoescape=True), **kw)


@compiles(_ContainsWord, "sqlite")
def _fts5(element: _ContainsWord, compiler, **kw) -> str:
    if len(element.word) < TRIGRAM:
        return _like(element, compiler, **kw)
    phrase = '"' + element.word.replace('"', '""') + '"'
    event_id = compiler.process(Event.id, **kw)
    match = compiler.process(literal(phrase), **kw)
    return f"{event_id} IN (SELECT rowid FROM event_search WHERE event_search MATCH {match})"


def contains_word(word: str) -> ColumnElement[bool]:
    """True for events whose normalized search text contains ``word`` (already normalized)."""
    return _ContainsWord(word)
