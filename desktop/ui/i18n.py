"""The interface language: which one, its translators, its locale formats and its collation.

One language is in force for the whole process (chosen at start-up from the settings
or, on first start, from the system locale; changing it applies after a restart). The
widgets ask this module for the locale, the date formats and the sort order, so
Azerbaijani ə, ğ, ı/İ and Russian ё sort the way a reader of that language expects.
"""

from __future__ import annotations

import re
from functools import cache, cmp_to_key
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
    QTranslator,
)

from db import messages

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable

    from _typeshed import SupportsRichComparison

T = TypeVar("T")

LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "az": "Azərbaycan dili"}
"""Language codes the interface is translated into, with their own names."""
DEFAULT_LANGUAGE = "en"
TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
CATALOG = "diaspora_events"

ISO_DAY = "yyyy-MM-dd"
"""English keeps ISO dates: unambiguous, and what clerks type fastest."""

_current = DEFAULT_LANGUAGE


class CatalogTranslator(QTranslator):
    """The app's translator, with a fallback for contexts lupdate cannot see.

    Module-level helpers (``def tr(text): return translate("EventFields", text)``) and
    calls such as ``dialog.tr(...)`` are filed by lupdate under the context "" or
    "dialog", while Qt asks with the real one ("EventFields", "BackupDialog"). When
    the real context has no translation, those catch-all contexts are tried.
    """

    def __init__(self, parent: QCoreApplication, fallbacks: list[str]):
        super().__init__(parent)
        self._fallbacks = fallbacks

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if text:
            return text
        for other in self._fallbacks:
            if other != context:
                text = super().translate(other, source, disambiguation, n)
                if text:
                    return text
        return None  # a null QString: "not mine", so Qt asks the next translator


_CONTEXT_NAME = re.compile(r"<context>\s*<name>([^<]*)</name>")
"""A context's name in a .ts file as lupdate writes it: the first element of each
``<context>`` (names are Python identifiers or empty, so never escaped)."""


def fallback_contexts(ts_file: Path) -> list[str]:
    """Contexts that are not class names ("" and lower-case variable names).

    Read with a pattern, not an XML parser: importing ElementTree and parsing the
    catalog cost 4-8 ms of every start, for a list of names."""
    if not ts_file.exists():
        return [""]
    names = set(_CONTEXT_NAME.findall(ts_file.read_text(encoding="utf-8")))
    return sorted(name for name in names if not name[:1].isupper())


_translators: list[QTranslator] = []


def language_of(locale: QLocale) -> str:
    """The interface language for a locale: ru and az have their own, else English."""
    return {
        QLocale.Language.Russian: "ru",
        QLocale.Language.Azerbaijani: "az",
    }.get(locale.language(), DEFAULT_LANGUAGE)


def resolve_language(setting: str | None) -> str:
    """The saved choice when it is a known language, else the system locale's."""
    if setting is not None and setting in LANGUAGES:
        return setting
    return language_of(QLocale.system())


def locale_for(language: str) -> QLocale:
    """The QLocale of an interface language (the system's own when it speaks it); a copy
    of the one made at the first call (the window's widgets ask a few dozen times)."""
    return QLocale(_locale_for(language))


@cache
def _locale_for(language: str) -> QLocale:
    system = QLocale.system()
    if language_of(system) == language and system.language() != QLocale.Language.C:
        return system
    if language == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    if language == "az":
        return QLocale(
            QLocale.Language.Azerbaijani, QLocale.Script.LatinScript, QLocale.Country.Azerbaijan
        )
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def current_language() -> str:
    """The language in force ("en", "ru" or "az")."""
    return _current


def locale() -> QLocale:
    """The locale in force: dates, numbers and the first day of the week follow it."""
    return locale_for(_current)


def set_language(language: str | None) -> str:
    """Make ``language`` (or the system's) the one in force and the default QLocale."""
    global _current
    _current = resolve_language(language)
    QLocale.setDefault(locale_for(_current))
    messages.set_language(_current)  # the services' messages (gettext) follow the window
    return _current


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Load the app's and Qt's own .qm files for ``language``; returns the files loaded.

    Translators of an earlier call are removed first, so a test or the screenshot
    script can switch languages within one process.
    """
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    loaded: list[str] = []
    catalogs = []
    if language != DEFAULT_LANGUAGE:  # Qt's own words (English needs none)
        from PySide6.QtCore import QLibraryInfo

        catalogs.append(("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    # Installed last, the app's catalog is asked first: where it words one of Qt's own
    # strings (Qt's Russian "Discard" reads "reject"), its word is shown.
    catalogs.append((CATALOG, str(TRANSLATIONS_DIR)))
    # English is the source language; its catalog holds only the plural forms of %n.
    for name, directory in catalogs:
        ts_file = TRANSLATIONS_DIR / f"{name}_{language}.ts"
        fallbacks = fallback_contexts(ts_file) if name == CATALOG else []
        # Qt asks every installed translator for each string it shows: a catalog without
        # catch-all contexts (English's) is a plain QTranslator, not asked through Python.
        translator = CatalogTranslator(app, fallbacks) if fallbacks else QTranslator(app)
        if translator.load(f"{name}_{language}", directory):
            app.installTranslator(translator)
            _translators.append(translator)
            loaded.append(translator.filePath())
    return loaded


# --- formats -------------------------------------------------------------------------


def date_format(precision: str = "day") -> str:
    """A QDate display format for a date precision ("day", "month", "year")."""
    if precision == "year":
        return "yyyy"
    if _current == DEFAULT_LANGUAGE:
        return {"month": "yyyy-MM"}.get(precision, ISO_DAY)
    short = locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:
        short = short.replace("yy", "yyyy")
    if precision == "month":
        short = re.sub(r"d+[.\-/ ]?", "", short).strip(".-/ ")
    return short


def format_date(day: dt.date | QDate, precision: str = "day") -> str:
    """A date (datetime.date or QDate) as the interface shows it."""
    qdate = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    return locale().toString(qdate, date_format(precision))


def format_datetime(moment: dt.datetime, seconds: bool = False) -> str:
    """A moment as the interface shows dates, with its time ("27.11.2026 14:38")."""
    clock = "%H:%M:%S" if seconds else "%H:%M"
    return f"{format_date(moment.date())} {moment.strftime(clock)}"


def format_number(value: int | float) -> str:
    """A number with the locale's digit grouping and decimal sign."""
    return locale().toString(value)


# --- collation -------------------------------------------------------------------------


def collator(language: str | None = None) -> QCollator:
    """A case-insensitive, number-aware collator for ``language`` (default: in force)."""
    result = QCollator(locale_for(language or _current))
    result.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    result.setNumericMode(True)
    return result


def sort_key(language: str | None = None) -> Callable[[str], SupportsRichComparison]:
    """A ``key=`` for sorted(): strings in the language's alphabetical order."""
    return cmp_to_key(collator(language).compare)


def sorted_names(names: Iterable[str], language: str | None = None) -> list[str]:
    """Names in the language's alphabetical order."""
    return sorted(names, key=sort_key(language))


def sorted_by_label(
    items: Iterable[T], label: Callable[[T], str], language: str | None = None
) -> list[T]:
    """Items sorted by what the user sees of them, e.g. (key, label) choices."""
    compare = collator(language).compare

    def by_label(a: T, b: T) -> int:
        return compare(label(a), label(b))

    return sorted(items, key=cmp_to_key(by_label))


def casefold(text: str, language: str | None = None) -> str:
    """Case-insensitive matching key that keeps the Turkic dotted and dotless i apart.

    Python's casefold turns "I" into "i" and "İ" into "i̇"; an Azerbaijani reader
    expects I↔ı and İ↔i, so those pairs are mapped first.
    """
    if (language or _current) == "az":
        text = text.replace("I", "ı").replace("İ", "i")
    return text.casefold()
