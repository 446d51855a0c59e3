"""Word search over events: their own text, and every name of the records they name.

``EventFilter`` asks :func:`text_conditions` for the clauses of what the clerk typed.
Each typed word must be found, either

- in the event's own text (title, description, places and names as entered): on
  SQLite a lookup in the FTS5 trigram table, on PostgreSQL a LIKE that the pg_trgm GIN
  index answers (both made by migration 0002); a word of two letters, too short for a
  trigram, is the start of a word of the text, looked up on SQLite in the FTS5 words
  table's index of two-letter prefixes (migration 0007); or
- at the start of a name (any alias, any language: normalized, so any script) of the
  event's region, city, country, occasion, an organizer or a speaker, or at the start
  of a later word of an occasion's, organization's or person's name (a surname). The
  word may also end a phrase typed before it ("Приморский край" is one alias).

Names are looked up when the search runs, through the index on each alias table's
folded ``normalized`` column (the later words by a LIKE over the three small tables), so an
alias added later finds old events too and the events' stored text does not grow
with every spelling of every place.

Text and names are compared folded (:func:`fold`: Azerbaijani Ə as the A a Latin keyboard
types, Q as G), what was typed and what is stored alike; the indexes hold the folded
text (migration 0016). A name is also compared by its sound (:mod:`db.sound`), so a name
written in Azerbaijani letters is found by its Russian spelling and back ("Hüseynov",
"Гусейнов"; "Elçin", "Эльчин"): each alias row's ``search_sound``, the key of its name
that every insert writes (the tables' default; a respelling: :mod:`db.models`;
migration 0019), indexed; a typed phrase is looked for as each spelling the other script
may have of it. The events'
own text is not: a name in it is the words as entered, and a sound key of every word of
every event would cost the text indexes what the few names do not.

A single letter says too little to search for alone; beside a longer word it is also
the start of a word of the text, checked by LIKE on the events the longer word's
matches leave.

Where the events table looks for its first page among a window of a thousand events
(:mod:`db.event_pages`), every word is checked on each of those events (its text by
LIKE and its links, one read of the event) rather than listing every event it
matches: a frequent word, or two letters, match a fifth of a million events, and
their list cost more than the page (bench/search.py). A word the first window finds
rare is looked for in a wider one through its list of matches, short for such a word;
only its names are still checked on each event there when it has two letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Column, ColumnElement, text as text_clause
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.types import NullType

from db import tables
from db.sound import sound, sound_variants, spoken_words

if TYPE_CHECKING:
    from db.engine import Reader

TRIGRAM = 3
WORD_START = 2
"""A word this long is looked up as the start of a word of the text (the words index)."""
WORDS_TABLE = "event_search_words"
"""The FTS5 table of the text's words with an index of their two-letter prefixes
(migration 0007); its name starts as the search objects' do."""
SHORTEST_NAME_START = 2
"""A single letter would name hundreds of records: it does not filter alone."""
LONGEST_PHRASE = 8
"""Words of a name a search word may end (a name typed in full is rarely longer; its
later words still find it alone): bounds the SQL of a long query."""
MOST_WORDS = 32
"""Words searched for; the rest of a pasted paragraph is left out rather than making
a query SQLite refuses (its expression depth is limited)."""
SEARCH_OBJECTS = ("event_search", "ix_event_search_text_trgm", "ix_search_fold_",
                  "ix_search_sound_")
SOUND_COLUMN = "search_sound"
"""Each alias table's column of :func:`db.sound.sound_key` of its name (0019), indexed."""
SEARCH_SOURCE = "event_search_source"
"""The view of the events' text as the SQLite text indexes hold it (folded, migration
0016): their content table, and what a bulk insert indexes its new events from."""
_FOLDS = {"e": "a", "q": "g"}
"""Letters a search takes for one: Azerbaijani Ə, which transliteration (and
:func:`db.names.normalize`) writes E, is A in the Latin spellings a clerk types
("Aliyev", "Mammadov"); Q is the sound Russian writes Г and many Latin spellings G
("Quliyev", "Guliyev"). The stored keys cannot tell an E of Ə from any other, so every
E is A to a search, both in what is typed and in what is stored: "Day" also finds "Dey".
Searched only: the stored keys stay :func:`db.names.normalize`'s, which the gazetteer
and the name lookups compare exactly."""
_FOLD_TABLE = str.maketrans(_FOLDS)
_NORMALIZED = re.compile(r"[0-9a-z ]+")
"""What :func:`db.names.normalize` returns: safe to write into SQL as a literal."""


def is_search_object(name: str | None) -> bool:
    """Schema objects made by migrations 0002, 0007 and 0016, not described by the models."""
    return bool(name) and name.startswith(SEARCH_OBJECTS)  # type: ignore[union-attr]


def fold(key: str) -> str:
    """A normalized key as a search compares it (:data:`_FOLDS`)."""
    return key.translate(_FOLD_TABLE)


def folded(column: str) -> str:
    """The SQL of :func:`fold` on the normalized text ``column``: the expression the
    search indexes hold (migration 0016), written alike wherever it is compared, as an
    expression index serves only the same expression."""
    for letter, into in _FOLDS.items():
        column = f"replace({column}, '{letter}', '{into}')"
    return column


@cache
def _direct_links() -> list[tuple[Column[int], Column[int], bool]]:
    """The event's own links to a named record, the alias table's key, whether a word
    inside the names counts. Made on the first search: the alias tables are among
    :mod:`db.secondary_tables`, which a start does not make."""
    return [
        (tables.event.c.region_id, tables.region_alias.c.region_id, False),
        (tables.event.c.city_id, tables.city_alias.c.city_id, False),
        (tables.event.c.country_id, tables.country_alias.c.country_id, False),
        (tables.event.c.occasion_id, tables.occasion_alias.c.occasion_id, True),
    ]


@cache
def _linked_records() -> list[tuple[Column[int], Column[int], Column[int]]]:
    """Records an event names through a table of its own (organizers, speakers): the
    table's event id, its record id, the alias table's key."""
    return [
        (
            tables.event_organizer.c.event_id,
            tables.event_organizer.c.organization_id,
            tables.organization_alias.c.organization_id,
        ),
        (
            tables.event_speaker.c.event_id,
            tables.event_speaker.c.person_id,
            tables.person_alias.c.person_id,
        ),
    ]


def _alias_ids(key: Column[int], names: str, sounds: str) -> str:
    """A SELECT of the records (``key``) with an alias that matches: the condition
    ``{names}`` on its folded ``normalized``, or ``{sounds}`` on its ``search_sound``.
    Apart, so each reads its own index: in one WHERE, a LIKE on either makes SQLite read
    every row and compute the sound of each."""
    table = key.table.name
    return (f"SELECT {key.key} FROM {table} WHERE {{{names}}} "
            f"UNION ALL SELECT {key.key} FROM {table} WHERE {{{sounds}}}")


@cache
def _named_queries() -> list[tuple[str, bool]]:
    """Per kind of record an event names: a SELECT of the ids of the events naming one
    whose alias matches ``{names}`` or ``{sounds}`` (:func:`_alias_ids`), and whether a
    word inside its names counts (surnames, an occasion's or a body's later words: small
    tables; a place's name starts with what a clerk types of it)."""
    event = tables.event.name
    queries = [
        (
            f"SELECT named.id FROM {event} AS named WHERE named.{column.key} IN "
            f"({_alias_ids(key, 'names', 'sounds')})",
            inside,
        )
        for column, key, inside in _direct_links()
    ]
    queries += [
        (
            f"SELECT {event_id.key} FROM {event_id.table.name} WHERE {column.key} IN "
            f"({_alias_ids(key, 'names', 'sounds')})",
            True,
        )
        for event_id, column, key in _linked_records()
    ]
    return queries


@cache
def _named_here_checks() -> tuple[str, list[tuple[str, bool]]]:
    """A check that the event ``{event}`` holds ``{text}`` or links to a record whose
    alias matches (one read of the event: ``{starts}`` and ``{starts_sound}`` for places,
    ``{anywhere}`` and ``{anywhere_sound}`` for an occasion, a later word counting); and
    per record it names through a table of its own (organizers, speakers), a check of the
    same with ``{names}`` and ``{sounds}`` and whether a word inside its names counts (as
    in :func:`_named_queries`). The record ids are short lists SQLite makes once."""
    event = tables.event.name
    links = " OR ".join(
        f"named.{column.key} IN ("
        + _alias_ids(key, *(("anywhere", "anywhere_sound") if inside
                            else ("starts", "starts_sound"))) + ")"
        for column, key, inside in _direct_links()
    )
    direct = (f"EXISTS (SELECT 1 FROM {event} AS named WHERE named.id = {{event}} AND "
              f"({{text}}{links}))")
    linked = [
        (
            f"EXISTS (SELECT 1 FROM {event_id.table.name} WHERE {event_id.key} = {{event}} AND "
            f"{column.key} IN ({_alias_ids(key, 'names', 'sounds')}))",
            True,
        )
        for event_id, column, key in _linked_records()
    ]
    return direct, linked


class _WordMatch(ColumnElement[bool]):
    """A complete predicate: the event has ``word`` in its text (when ``text``) or names a
    record with a name starting with one of ``phrases``. Typed NullType, not Boolean:
    SQLAlchemy compares a Boolean expression to 1 on back ends without a native boolean,
    and SQLite cannot start a plan from ``x IN (SELECT ...) = 1``; it then scans every
    live event.

    The SQL is written out, not built from ``select()``: the search runs per keystroke,
    and building and compiling six subqueries cost ten times the query itself."""

    inherit_cache = False  # the SQL depends on the words: never reuse it
    type = NullType()  # type: ignore[assignment]

    def __init__(
        self, word: str, text: bool, phrases: list[str], sounds: list[str],
        event_id: ColumnElement[int],
    ) -> None:
        if not all(_NORMALIZED.fullmatch(p) for p in [word, *phrases, *sounds]):
            raise ValueError(f"not a normalized search word: {word!r}")
        self.word, self.text, self.phrases, self.event_id = word, text, phrases, event_id
        self.sounds = sounds


def _named(element: _WordMatch) -> list[str]:
    """SELECTs of the ids of the events that name a record with a name starting with a
    phrase: a range on each alias table's index of its folded ``normalized`` and on that
    of its ``search_sound`` (a LIKE would not use them: SQLite's LIKE folds case, the
    indexes do not); where a word inside a name counts, also a LIKE over that small table."""
    if not element.phrases:
        return []
    found = _name_conditions(element.phrases, element.sounds)
    return [
        query.format(names=found["anywhere" if words else "starts"],
                     sounds=found["anywhere_sound" if words else "starts_sound"])
        for query, words in _named_queries()
    ]


def _name_conditions(phrases: list[str], sounds: list[str]) -> dict[str, str]:
    """Conditions on an alias table: a name starts with a phrase (``starts``: a range on
    the index of its folded ``normalized``), or also has it at the start of a later word
    (``anywhere``); the same of its sound (``starts_sound``, ``anywhere_sound``: on
    ``search_sound``, whose index holds it computed; the range of every sound makes a
    LIKE read that index, not compute the sound of each row). ``sounds``: the phrases'
    keys of :func:`db.sound.sound_variants`; one that sounds as a single letter ("дж")
    is left out, the phrase looked for as typed only."""
    sounds = [p for p in sounds if len(p) >= SHORTEST_NAME_START]

    def starting(name: str, keys: list[str]) -> list[str]:
        return [f"({name} >= '{p}' AND {name} < '{p[:-1]}{chr(ord(p[-1]) + 1)}')" for p in keys]

    def inside(name: str, keys: list[str]) -> list[str]:
        return [f"{name} LIKE '% {p}%'" for p in keys]

    name = folded("normalized")
    sound_starts = " OR ".join(starting(SOUND_COLUMN, sounds)) or "1 = 0"
    sound_inside = " OR ".join(starting(SOUND_COLUMN, sounds) + inside(SOUND_COLUMN, sounds))
    return {
        "starts": " OR ".join(starting(name, phrases)),
        "anywhere": " OR ".join(starting(name, phrases) + inside(name, phrases)),
        "starts_sound": sound_starts,
        "anywhere_sound": f"{SOUND_COLUMN} > '' AND ({sound_inside})" if sounds else "1 = 0",
    }


def _in_text(word: str, column: str) -> str:
    """The text ``column`` holds ``word``: anywhere (what the trigram indexes answer), or
    for a shorter word at the start of one of its words (what the words index answers:
    the text is normalized, its words separated by spaces). The text is folded as the
    indexes hold it."""
    column = folded(column)
    if len(word) >= TRIGRAM:
        return f"{column} LIKE '%{word}%'"
    return f"({column} LIKE '{word}%' OR {column} LIKE '% {word}%')"


def _percent(sql: str, compiler: SQLCompiler) -> str:
    """``sql`` written out with literal % signs, as the driver's parameter style needs."""
    if compiler.dialect.paramstyle in ("format", "pyformat"):  # psycopg: a bare % is a marker
        return sql.replace("%", "%%")
    return sql


@compiles(_WordMatch)
def _generic(element: _WordMatch, compiler: SQLCompiler, **kw: Any) -> str:
    event_id = compiler.process(element.event_id, **kw)
    ways = [f"{event_id} IN ({' UNION ALL '.join(_named(element))})"] if element.phrases else []
    if element.text:
        ways.append(_in_text(element.word, compiler.process(tables.event.c.search_text, **kw)))
    return _percent(f"({' OR '.join(ways)})", compiler)  # whole beside an AND


@compiles(_WordMatch, "sqlite")
def _sqlite(element: _WordMatch, compiler: SQLCompiler, **kw: Any) -> str:
    """One ``event.id IN (FTS5 rowids UNION ALL named events)``: a single rowid list
    SQLite starts the plan from, whatever it guesses of the other conditions."""
    if not element.text or len(element.word) < WORD_START:
        return _generic(element, compiler, **kw)
    event_id = compiler.process(element.event_id, **kw)
    return f"{event_id} IN ({' UNION ALL '.join([_text_ids(element.word), *_named(element)])})"


def _text_ids(word: str) -> str:
    """The ids of the events whose text holds ``word`` (SQLite): a phrase of the trigram
    table, or for two letters a prefix query the words table's prefix index answers."""
    if len(word) >= TRIGRAM:
        return f"SELECT rowid FROM event_search WHERE event_search MATCH '\"{word}\"'"
    return f"SELECT rowid FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH '\"{word}\"*'"


class _RowMatch(_WordMatch):
    """:class:`_WordMatch` checked on each event a plan reaches (its text by LIKE), never
    a plan's starting list: for events another index has narrowed to a few."""

    inherit_cache = False


@compiles(_RowMatch, "sqlite")
def _row_sqlite(element: _RowMatch, compiler: SQLCompiler, **kw: Any) -> str:
    return _generic(element, compiler, **kw)


def row_conditions(text: str | None) -> list[ColumnElement[bool]]:
    """The clauses of :func:`text_conditions` as checks of each event (on SQLite, LIKE on
    its text instead of the FTS5 rowid list): cheaper where another condition leaves a
    few thousand events and the word matches a hundred thousand."""
    return [_RowMatch(*word, tables.event.c.id) for word in _words(text)]


class _NamedHere(_WordMatch):
    """:class:`_WordMatch` checked on each event a plan reaches: its text and direct links
    in one read of the event, its organizers and speakers through their indexes. For a
    window of a thousand events, where a list of every event a word matches costs more
    (a frequent word or two letters match a fifth of a million). ``listed``: the text
    from the text index's list of matches instead (SQLite; for a wider window, where a
    LIKE on each event costs more than the list of a word the first window found rare)."""

    inherit_cache = False

    def __init__(
        self, word: str, text: bool, phrases: list[str], sounds: list[str],
        event_id: ColumnElement[int], listed: bool = False,
    ) -> None:
        super().__init__(word, text, phrases, sounds, event_id)
        self.listed = listed


@compiles(_NamedHere)
def _named_here(element: _NamedHere, compiler: SQLCompiler, **kw: Any) -> str:
    event_id = compiler.process(element.event_id, **kw)
    listed = element.text and element.listed and compiler.dialect.name == "sqlite"
    checks = [f"{event_id} IN ({_text_ids(element.word)})"] if listed else []
    text = _in_text(element.word, "named.search_text") + " OR " if element.text and not listed \
        else ""
    found = _name_conditions(element.phrases, element.sounds)
    direct, linked = _named_here_checks()
    checks.append(direct.format(event=event_id, text=text, **found))
    checks += [check.format(event=event_id, names=found["anywhere" if words else "starts"],
                            sounds=found["anywhere_sound" if words else "starts_sound"])
               for check, words in linked]
    return _percent(f"({' OR '.join(checks)})", compiler)



class _Word(NamedTuple):
    word: str
    """As the event's text holds it (folded): a soft sign a space, as in the text."""
    text: bool
    """Whether the event's text is searched for it."""
    phrases: list[str]
    """The name phrases it ends, as the aliases' folded ``normalized`` holds them."""
    sounds: list[str]
    """The keys of those phrases' sounds (:func:`db.sound.sound_variants`)."""


def _words(text: str | None) -> Iterator[_Word]:
    """The words of ``text`` a search looks for (see :class:`_Word`). A word with a soft
    sign inside ("Эльчин") is one word: its halves as the text holds them, its sound
    whole."""
    glued = spoken_words(text or "")[:MOST_WORDS]
    words = [fold(word.replace("'", " ")) for word in glued]
    whole = [word.replace("'", "") for word in glued]
    indexed = any(len(word) >= WORD_START for word in words)
    for end, word in enumerate(words, start=1):
        starts = range(max(0, end - LONGEST_PHRASE), end)
        phrases = [p for p in (" ".join(words[start:end]) for start in starts)
                   if len(p) >= SHORTEST_NAME_START]
        sounds = list(dict.fromkeys(
            variant for start in starts
            for variant in sound_variants(sound(" ".join(whole[start:end])))))
        text_too = len(word) >= WORD_START or indexed
        if phrases or text_too:
            yield _Word(word, text_too, phrases, sounds)


def searches(text: str | None) -> bool:
    """Whether ``text`` filters at all: a single letter or digit, or punctuation alone,
    is searched for nowhere (the window says so rather than showing every event as if
    they all matched)."""
    return next(_words(text), None) is not None


def text_conditions(text: str | None) -> list[ColumnElement[bool]]:
    """The clauses for what the clerk typed: every word found (see the module notes)."""
    return [_WordMatch(*word, tables.event.c.id) for word in _words(text)]


def id_conditions(
    text: str | None, event_id: ColumnElement[int], each: bool = False
) -> list[ColumnElement[bool]]:
    """On SQLite, the clauses of :func:`text_conditions` that need nothing of an event but
    its id (``event_id``), to narrow a list of ids; with :func:`like_conditions` they
    make :func:`text_conditions`. ``each``: every word checked on each event (a window
    of a thousand, where a frequent word's list of matches costs more); otherwise a word
    of three letters or more is a list of the text index's matches and its names'."""
    conditions: list[ColumnElement[bool]] = []
    for word in _words(text):
        if word.text and len(word.word) < WORD_START:
            continue  # a single letter: like_conditions
        if each or len(word.word) < TRIGRAM:
            conditions.append(_NamedHere(*word, event_id, listed=not each))
        else:
            conditions.append(_WordMatch(*word, event_id))
    return conditions


READ_FIRST = 4_000
"""Matches a word may have for the first page to be read from them, not looked for in a
window: reading 4,000 events costs about what checking a window of a thousand does."""


def few_matches(session: Reader, text: str | None, share: float) -> bool:
    """Whether a word of ``text`` matches fewer events than ``share`` of them all (and
    than :data:`READ_FIRST`): too few for a window of that share to be expected to fill
    a page, so the first page is read from the word's short list (SQLite).

    Each list (the text index's, each kind of name's) is counted no further than that,
    the text's first: a frequent word stops at once. A word whose lists are each short
    is taken as few, though their union could hold a few times more."""
    words = [word for word in _words(text) if word.text and len(word.word) >= WORD_START]
    if not words:
        return False
    total = session.execute(text_clause(f"SELECT max(id) FROM {tables.event.name}")).scalar()
    fewer_than = min(READ_FIRST, int((total or 0) * share))
    if fewer_than <= 0:
        return False
    for word in words:
        element = _WordMatch(*word, tables.event.c.id)
        if all(
            session.execute(text_clause(
                f"SELECT count(*) FROM ({ids} LIMIT {fewer_than})")).scalar_one() < fewer_than
            for ids in [_text_ids(word.word), *_named(element)]
        ):
            return True
    return False


def like_conditions(text: str | None) -> list[ColumnElement[bool]]:
    """On SQLite, the clauses of :func:`text_conditions` left out of :func:`id_conditions`:
    single letters beside a longer word, checked on the event's text."""
    return [
        _WordMatch(*word, tables.event.c.id)
        for word in _words(text)
        if word.text and len(word.word) < WORD_START
    ]
