"""Case-blind ordering of names in SQL, the same on every connection (issue 11 item 13).

SQLite's own NOCASE folds ASCII only (Ё, Ş, Ç keep their case), so each SQLite
connection gets a ``folded`` collation (:func:`sort_key`, Qt-free: db cannot use the
report code's ICU collator); PostgreSQL orders
``lower()`` under the database's collation, which already knows the language.
:func:`folded` is what a query orders by.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    LargeBinary,
    String,
    bindparam,
    column,
    select,
    table,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

COLLATION = "folded"
log = logging.getLogger(__name__)


@lru_cache(maxsize=65_536)  # a column of names repeats few: a sort compares each often
def sort_key(text: str) -> tuple[str, str, str]:
    """``text`` as compared: letters first without case or accents (Ё beside Е, as ICU
    orders Russian), then the folded case with accents, then the text itself, so the
    order is total and stable."""
    folded_text = unicodedata.normalize("NFC", text).casefold()
    return _bare(folded_text), folded_text, text


def _bare(folded_text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", folded_text) if not unicodedata.combining(c)
    )


def title_key(title: str) -> str:
    """A title's letters without case or accents, as :func:`sort_key` compares first:
    its sort key without PyICU (:func:`title_sort_key`; migration 0009's ``title_key``).
    Not cached: titles seldom repeat (an import of 100,000 filled the cache with 22 MB)."""
    return _bare(unicodedata.normalize("NFC", title).casefold())


def title_sort_key(title: str, language: str) -> bytes:
    """What the events table orders a title by in ``language`` (``event.title_key_<lang>``,
    indexed): the alphabet the name columns' ranks follow (:func:`language_key`, ICU's),
    so a Russian table puts Cyrillic titles first as it does organizers, and an
    Azerbaijani one Ş after every S. Letters only (ICU's primary strength: no case or
    accents, as :func:`title_key`); without PyICU, :func:`title_key`'s order, which is
    also the name columns' then. Numbers by their value ("Day 2" before "Day 10"), as
    a reader counts them. Each desk writes the three languages' keys alike."""
    collator = _primary_collator(language)
    if collator is None:
        return _NUMBER.sub(_number_key, title_key(title)).encode()
    key: bytes = collator.getSortKey(title)
    return key


_NUMBER = re.compile(r"[0-9]+")


def _number_key(number: re.Match[str]) -> str:
    """A number of a title as text that sorts by its value: its digits (no leading
    zeros) after their count, in two digits (a longer number sorts as one of 99)."""
    digits = number[0].lstrip("0") or "0"
    return f"{min(len(digits), 99):02d}{digits}"


def collator_version() -> str:
    """What :func:`title_sort_key` makes its keys with: ICU's version (its keys change
    from one version to another), or without PyICU Python's Unicode data. Stored with the
    keys (``db.identity.title_keys_collator``): keys of another collator do not compare
    with these, nor do keys that compared numbers digit by digit (before session 20:
    the versions named no order of numbers)."""
    try:
        import icu  # type: ignore[import-untyped]  # PyICU ships no type information
    except ImportError:
        return f"Unicode {unicodedata.unidata_version}, no ICU, {NUMBERS_BY_VALUE}"
    version: str = icu.ICU_VERSION
    return f"ICU {version}, {NUMBERS_BY_VALUE}"


NUMBERS_BY_VALUE = "numbers by value"
"""What :func:`collator_version` adds for keys that order a title's numbers by value."""


TITLE_KEY_BATCH = 2_000
"""Events keyed again per statement: a million events are not held in memory at once."""


def refresh_title_keys(engine: Engine, stop: Callable[[], bool] = lambda: False) -> int:
    """Make the events' title keys again when another collator made them (a new PyICU, a
    data set from an older version or another desk); returns how many events were keyed.
    The usual open only reads one row (under 1 ms). Measured 2026-11-28 on 2 shared
    cores (load ~2): 10,000 events keyed again in 0.34-0.41 s, once after a new ICU (as
    long as a migration's step). A data set this user may not write keeps its keys
    (logged): its titles then sort by them, slightly out of order. ``stop()`` true between
    two batches (the window closing) leaves every key as it was, for the next open."""
    from db.identity import record_title_keys, title_keys_collator
    from db.tables import RANK_LANGUAGES  # here: db.tables imports this module

    current = collator_version()
    with engine.connect() as connection:
        if title_keys_collator(connection) == current:
            return 0
    try:
        with engine.begin() as connection:
            keyed = _key_titles_again(connection, RANK_LANGUAGES, stop)
            record_title_keys(connection, current)
    except _Stopped:
        return 0
    except DBAPIError as error:
        log.warning("the title keys of %s stay as they were: %s", engine.url, error)
        return 0
    log.info("title keys of %d events made again with %s", keyed, current)
    return keyed


class _Stopped(Exception):
    """The keying was stopped: its transaction is rolled back."""


def _key_titles_again(
    connection: Connection, languages: Sequence[str], stop: Callable[[], bool]
) -> int:
    """Every event's title keys, made now, in batches (a plain table: the events' own
    ``updated_at`` and version are no business of a sort key). A title another desk
    changed meanwhile keeps the key its own save made."""
    event = table(
        "event",
        column("id", Integer),
        column("title", String),
        *(column(f"title_key_{lang}", LargeBinary) for lang in languages),
    )
    fill = (
        update(event)
        .where(event.c.id == bindparam("event_id"), event.c.title == bindparam("read_title"))
        .values({f"title_key_{lang}": bindparam(f"key_{lang}") for lang in languages})
    )
    last, keyed = 0, 0
    query = select(event.c.id, event.c.title).order_by(event.c.id).limit(TITLE_KEY_BATCH)
    while batch := connection.execute(query.where(event.c.id > last)).all():
        connection.execute(fill, [
            {"event_id": event_id, "read_title": title, **{
                f"key_{lang}": None if title is None else title_sort_key(title, lang)
                for lang in languages
            }}
            for event_id, title in batch
        ])
        last, keyed = batch[-1][0], keyed + len(batch)
        if stop():
            raise _Stopped
    return keyed


@lru_cache(maxsize=8)
def _primary_collator(language: str) -> Any:
    """ICU's collator for ``language`` comparing letters only, and numbers by value;
    None without PyICU."""
    try:
        import icu
    except ImportError:
        return None
    collator = icu.Collator.createInstance(icu.Locale(language))
    collator.setStrength(icu.Collator.PRIMARY)
    collator.setAttribute(icu.UCollAttribute.NUMERIC_COLLATION, icu.UCollAttributeValue.ON)
    return collator


def compare(left: str, right: str) -> int:
    """SQLite collation callback: -1, 0 or 1."""
    a, b = sort_key(left), sort_key(right)
    return (a > b) - (a < b)


def register(connection: sqlite3.Connection) -> None:
    """Give a SQLite connection the ``folded`` collation (every engine's connect hook)."""
    connection.create_collation(COLLATION, compare)


class folded(FunctionElement[str]):
    """``expression`` to order by, case-blind on each back end."""

    type = String()
    inherit_cache = True


@compiles(folded)
def _folded_default(element: folded, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(folded, "sqlite")
def _folded_sqlite(element: folded, compiler: Any, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)}) COLLATE {COLLATION}"


@lru_cache(maxsize=8)
def language_key(language: str) -> Callable[[str], Any]:
    """ICU's sort key for ``language`` (Azerbaijani: C, Ç, D; Russian: Cyrillic first);
    without PyICU (it needs the system's ICU to build), :func:`sort_key`."""
    try:
        import icu
    except ImportError:
        return sort_key
    key: Callable[[str], bytes] = icu.Collator.createInstance(icu.Locale(language)).getSortKey
    return key
