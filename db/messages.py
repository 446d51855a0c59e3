"""Messages of the Qt-free code in the user's language (gettext catalogs made with Babel).

Validation, import problems, extraction warnings and CLI messages are written in English
in the source and wrapped where they are made::

    from db.messages import _, ngettext

    raise ValueError(_("The title is longer than {limit} characters.").format(limit=limit))

One language is in force for the whole process (worker threads included): the GUI calls
:func:`set_language` at start and when the language changes, the CLI with ``--language``
or the saved setting. A message defined before the language is known (a module constant)
is marked with :func:`N_` and passed through :func:`_` where it is shown.

The catalogs are ``resources/translations/messages_{ru,az}.po`` beside the reports' ones,
compiled to ``.mo``; ``scripts/update_translations.py`` extracts the strings with Babel
(keywords ``_``, ``N_``, ``ngettext``) and lists what is untranslated. English is the
source language and needs no catalog; a missing catalog or entry reads English.
"""

from __future__ import annotations

import datetime as dt
import gettext
from functools import cache
from pathlib import Path

CATALOG_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
DOMAIN = "messages"
LANGUAGES = ("en", "ru", "az")
"""Languages with a catalog of their own (English is the source)."""
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
"""What Babel's extractor looks for (the ``pybabel extract -k`` keywords)."""

_language: str | None = "en"
"""The language in force; None: the system's, looked up when a message first needs it."""


def normalize_language(language: str | None) -> str:
    """``ru_RU``/``ru-RU``/``ru`` → ``ru``; a language without a catalog → ``en``."""
    short = (language or "en").replace("-", "_").split("_")[0].lower()
    return short if short in LANGUAGES else "en"


def set_language(language: str | None) -> str:
    """Make ``language`` the one of every message from now on; returns the code in force."""
    global _language
    _language = normalize_language(language)
    return _language


def use_system_language() -> None:
    """The system's language for every message from now on, looked up (through Babel)
    when a message is first put into words: a start that shows none, such as the
    window's (which then sets the language it shows), does not load Babel."""
    global _language
    _language = None


def current_language() -> str:
    """The message language in force ("en", "ru" or "az")."""
    global _language
    if _language is None:
        from babel.core import default_locale

        _language = normalize_language(default_locale("LC_MESSAGES"))
    return _language


@cache
def load_catalog(domain: str, language: str) -> gettext.NullTranslations:
    """The compiled catalog ``domain_language.mo`` (this module's messages, the reports'
    words); English, or a missing file, passes text through."""
    path = CATALOG_DIR / f"{domain}_{language}.mo"
    if language == "en" or not path.exists():
        return gettext.NullTranslations()
    with path.open("rb") as handle:
        return gettext.GNUTranslations(handle)


def catalog(language: str) -> gettext.NullTranslations:
    """The messages catalog of ``language``."""
    return load_catalog(DOMAIN, language)


def _(message: str) -> str:
    """``message`` (English source text) in the language in force."""
    return catalog(current_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` that ``n`` takes in the language in force."""
    return catalog(current_language()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it yet (translate it when shown)."""
    return message


def format_number(number: int) -> str:
    """``number`` with the grouping of the language in force ("1,200", "1 200")."""
    from babel.numbers import format_decimal

    return format_decimal(number, locale=current_language())


def format_ordinal(number: int, language: str | None = None) -> str:
    """``number`` as an ordinal in digits, as ``language`` (else the one in force) writes
    it: "33rd"; Azerbaijani "33-cü", "36-cı" (the ending follows the number's last vowel).
    Russian endings agree with the noun ("33-я годовщина", "33-й день"), so a Russian
    message adds its own to the bare number."""
    language = normalize_language(language or current_language())
    if language == "ru":
        return str(number)
    from num2words import num2words  # imports every language it knows: on first use

    return str(num2words(number, lang=language, to="ordinal_num"))


def format_date(day: dt.date) -> str:
    """``day`` as the interface writes dates in the language in force: ISO in English,
    the language's short date with the whole year otherwise ("26.02.2025"), as
    ``desktop.ui.i18n.format_date`` does in the window."""
    language = current_language()
    if language == "en":
        return day.isoformat()
    from babel.dates import format_date as babel_format_date, get_date_format

    pattern = get_date_format("short", locale=language).pattern
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return babel_format_date(day, pattern, locale=language)
