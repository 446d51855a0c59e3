"""Case-blind ordering of names in SQL, the same on every connection (issue 11 item 13).

SQLite's own NOCASE folds ASCII only (Ё, Ş, Ç keep their case), so each SQLite
connection gets a ``folded`` collation (:func:`sort_key`, Qt-free: db cannot use the
report code's ICU collator); PostgreSQL orders
``lower()`` under the database's collation, which already knows the language.
:func:`folded` is what a query orders by.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import String

COLLATION = "folded"


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
    also the name columns' then. Each desk writes the three languages' keys alike."""
    collator = _primary_collator(language)
    if collator is None:
        return title_key(title).encode()
    key: bytes = collator.getSortKey(title)
    return key


@lru_cache(maxsize=8)
def _primary_collator(language: str) -> Any:
    """ICU's collator for ``language`` comparing letters only; None without PyICU."""
    try:
        import icu  # type: ignore[import-untyped]  # PyICU ships no type information
    except ImportError:
        return None
    collator = icu.Collator.createInstance(icu.Locale(language))
    collator.setStrength(icu.Collator.PRIMARY)
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
