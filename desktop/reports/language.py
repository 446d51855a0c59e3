"""The language of a report (no Qt): gettext catalogs for its words, Babel for its months.

``export_workbook`` wraps the whole export in :func:`use_language`; the writers
pass sheet names and column headers through :func:`translate` where they are made,
and month columns through :func:`month_label`. The catalogs are
``resources/translations/reports_{ru,az}.po``, compiled to ``.mo`` with Babel by
``make translations`` and loaded like the messages of :mod:`db.messages` (one gettext
mechanism for every Qt-free text). English needs no catalog; a missing catalog reads
English. A report has a language of its own (it may differ from the user's messages).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import gettext
from collections.abc import Callable, Iterator
from functools import cache

from db.messages import (
    CATALOG_DIR as CATALOG_DIR,
    LANGUAGES as LANGUAGES,
    load_catalog,
    normalize_language as normalize_language,
)

DOMAIN = "reports"

_language: contextvars.ContextVar[str] = contextvars.ContextVar("report_language", default="en")


@contextlib.contextmanager
def use_language(language: str | None) -> Iterator[str]:
    """Write everything inside the block in ``language``."""
    token = _language.set(normalize_language(language))
    try:
        yield _language.get()
    finally:
        _language.reset(token)


def activate(language: str | None) -> str:
    """Make ``language`` the one of the reports written from now on in this thread."""
    _language.set(normalize_language(language))
    return _language.get()


def current() -> str:
    return _language.get()


def catalog(language: str) -> gettext.NullTranslations:
    """The compiled report catalog of ``language`` (English passes text through)."""
    return load_catalog(DOMAIN, language)


def translate(text: str) -> str:
    """``text`` (an English sheet name, header or label) in the report's language."""
    return catalog(_language.get()).gettext(text) if isinstance(text, str) else text


def translate_count(singular: str, plural: str, count: int, **fields: object) -> str:
    """The form of ``singular``/``plural`` (with ``{count}`` and any other ``fields``) the
    report's language uses for ``count``, filled in."""
    return catalog(_language.get()).ngettext(singular, plural, count).format(
        count=count, **fields)


def in_every_language(text: str) -> tuple[str, ...]:
    """``text`` (a report's English word) and its translations: what an import may meet."""
    return tuple(dict.fromkeys(catalog(language).gettext(text) for language in LANGUAGES))


@cache
def _collator(language: str) -> Callable[[str], bytes]:
    """ICU's sort key for ``language``; without PyICU, code-point order of the folded case."""
    try:
        import icu  # type: ignore[import-untyped]  # PyICU ships no type information
    except ImportError:  # PyICU needs the system's ICU to build (see the Makefile)
        return lambda text: text.casefold().encode("utf-8")
    sort_key: Callable[[str], bytes] = icu.Collator.createInstance(
        icu.Locale(language)).getSortKey
    return sort_key


def collation_key(text: object) -> bytes:
    """Sort key of ``text`` in the report's language (ICU): Ç after C, Ş after S, Ё with Е."""
    return _collator(_language.get())("" if text is None else str(text))


def month_label(year: int, month: int) -> str:
    """A month column: "2025-02" in English, "февр. 2025", "fev 2025" (CLDR, via Babel)."""
    language = _language.get()
    if language == "en":
        return f"{year}-{month:02d}"
    from babel.dates import format_date

    return format_date(dt.date(year, month, 1), "LLL y", locale=language)


def month_name(month: int, language: str | None = None) -> str:
    """The full stand-alone month name ("февраль", "fevral", "February")."""
    from babel.dates import get_month_names

    code = normalize_language(language or _language.get())
    return str(get_month_names("wide", context="stand-alone", locale=code)[month])
