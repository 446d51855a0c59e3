"""Word search over events: their own text, and every name of the records they name.

``EventFilter`` asks :func:`text_conditions` for the clauses of what the clerk typed.
Each typed word must be found, either

- in the event's own text (title, description, places and names as entered): on
  SQLite a lookup in the FTS5 trigram table, on PostgreSQL a LIKE that the pg_trgm GIN
  index answers (both made by migration 0002); or
- at the start of a name (any alias, any language: normalized, so any script) of the
  event's region, city, country, occasion, an organizer or a speaker. The word may
  also end a phrase typed before it ("Приморский край" is one alias of one region).

Names are looked up when the search runs, through the index on each alias table's
``normalized`` column, so an alias added later finds old events too and the events'
stored text does not grow with every spelling of every place.

A word shorter than a trigram cannot use the text index: alone it matches the start
of names only (an indexed range), beside a longer word it also filters the text with
LIKE, which is cheap there because SQLite starts from the longer word's matches.
"""

from __future__ import annotations

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    literal,
    literal_column,
    or_,
    select,
    table,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.types import NullType

from db.models import (
    CityAlias,
    CountryAlias,
    Event,
    EventOrganizer,
    EventSpeaker,
    OccasionAlias,
    OrganizationAlias,
    PersonAlias,
    RegionAlias,
)
from db.names import normalize

TRIGRAM = 3
SHORTEST_NAME_START = 2
"""A single letter would name hundreds of records: it does not filter alone."""
SEARCH_OBJECTS = ("event_search", "ix_event_search_text_trgm")


def is_search_object(name: str | None) -> bool:
    """Schema objects made by migration 0002 and not described by the models."""
    return bool(name) and name.startswith(SEARCH_OBJECTS)  # type: ignore[union-attr]


class _WordMatch(ColumnElement[bool]):
    """A complete predicate: the event has ``word`` in its text (when ``text``) or is one
    of the events ``named`` selects. Typed NullType, not Boolean: SQLAlchemy compares a
    Boolean expression to 1 on back ends without a native boolean, and SQLite cannot start
    a plan from ``x IN (SELECT ...) = 1``; it then scans every live event."""

    inherit_cache = False  # the SQL depends on the word's length: never reuse it
    type = NullType()

    def __init__(self, word: str, text: bool, named: list[Select]) -> None:
        self.word, self.text, self.named = word, text, named


@compiles(_WordMatch)
def _generic(element: _WordMatch, compiler, **kw) -> str:
    ways = [Event.id.in_(union_all(*element.named))] if element.named else []
    if element.text:
        ways.append(Event.search_text.contains(element.word, autoescape=True))
    return f"({compiler.process(or_(*ways), **kw)})"  # whole beside an AND


@compiles(_WordMatch, "sqlite")
def _sqlite(element: _WordMatch, compiler, **kw) -> str:
    """One ``event.id IN (FTS5 rowids UNION ALL named events)``: a single rowid list
    SQLite starts the plan from, whatever it guesses of the other conditions."""
    if not element.text or len(element.word) < TRIGRAM:
        return _generic(element, compiler, **kw)
    phrase = '"' + element.word.replace('"', '""') + '"'
    matched = (
        select(literal_column("rowid"))
        .select_from(table("event_search"))
        .where(literal_column("event_search").op("MATCH")(literal(phrase)))
    )
    return compiler.process(Event.id.in_(union_all(matched, *element.named)), **kw)


def _starts_with(column, phrase: str) -> ColumnElement[bool]:
    """``column`` starts with ``phrase``, as a range the column's index answers (a LIKE
    would not use it: SQLite's LIKE folds case, the index does not)."""
    following = phrase[:-1] + chr(ord(phrase[-1]) + 1)
    return and_(column >= phrase, column < following)


def _named_events(phrases: list[str]) -> list[Select]:
    """Ids of the events whose region, city, country, occasion, an organizer or a speaker
    has a name (normalized) starting with one of ``phrases``; each through an index."""
    other = aliased(Event)  # never correlated to the outer query's event

    def starting(key, alias) -> Select:
        return select(key).where(or_(*(_starts_with(alias.normalized, p) for p in phrases)))

    return [
        select(other.id).where(other.region_id.in_(starting(RegionAlias.region_id, RegionAlias))),
        select(other.id).where(other.city_id.in_(starting(CityAlias.city_id, CityAlias))),
        select(other.id).where(
            other.country_id.in_(starting(CountryAlias.country_id, CountryAlias))
        ),
        select(other.id).where(
            other.occasion_id.in_(starting(OccasionAlias.occasion_id, OccasionAlias))
        ),
        select(EventOrganizer.event_id).where(
            EventOrganizer.organization_id.in_(
                starting(OrganizationAlias.organization_id, OrganizationAlias)
            )
        ),
        select(EventSpeaker.event_id).where(
            EventSpeaker.person_id.in_(starting(PersonAlias.person_id, PersonAlias))
        ),
    ]


def text_conditions(text: str | None) -> list[ColumnElement[bool]]:
    """The clauses for what the clerk typed: every word found (see the module notes)."""
    words = normalize(text or "").split()
    indexed = any(len(word) >= TRIGRAM for word in words)
    clauses: list[ColumnElement[bool]] = []
    for end, word in enumerate(words, start=1):
        phrases = [" ".join(words[start:end]) for start in range(end)]
        phrases = [p for p in phrases if len(p) >= SHORTEST_NAME_START]
        named = _named_events(phrases) if phrases else []
        text_too = len(word) >= TRIGRAM or indexed
        if named or text_too:
            clauses.append(_WordMatch(word, text_too, named))
    return clauses
