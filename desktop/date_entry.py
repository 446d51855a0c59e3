"""Dates as clerks type them, read with the interface locale's conventions (no Qt).

A clerk copies dates from reports: ``25.02.2025``, ``25/02/2025``, ``2025-02-25``,
``25 Feb 2025``, ``25 февраля 2025 г.``, ``25 fevral 2025``. Babel's locale data says
in which order day and month come (``03/04/2025`` is 4 March in the US, 3 April in
Britain and Russia) and how months and weekdays are named. A date that does not
exist (``2025-02-31``) is refused with the reason, never moved to a nearby day; the
reason is worded by :func:`describe_problem` in the message language (:mod:`db.messages`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from db.messages import _

PRECISIONS = ("day", "month", "year")
TOKEN = re.compile(r"\d+|[^\W\d_]+")
YEAR_WORDS = frozenset({"г", "гг", "год", "года", "il", "ilin", "ci", "cı", "cu", "cü"})
"""Words that only say "year" after a number ("2025 г.", "2025-ci il", "2025-ci ilin")."""
LONGEST_FILLER = 2
"""Letters of a word a date may hold before its month, a preposition ("в марте", "in
March"): read only where a month is named."""
ORDINAL_ENDINGS = frozenset({"го", "е", "ое", "st", "nd", "rd", "th"})
"""Endings that make a day number an ordinal ("5-го марта", "1st March"): after a number
they say nothing more."""
SPAN = re.compile(
    r"^(?:(?:с|c|from)\s+)?(.+?)\s*(?:\s(?:по|до|to|until)\s|[-\u2013\u2014]|\.\.)\s*(.+)$",
    re.IGNORECASE,
)
"""A span of days written in one field: "с 3 по 5 марта 2025", "3-5 марта 2025",
"28 февраля – 2 марта 2025", "03.03.2025 – 05.03.2025"."""


class DateEntryError(ValueError):
    """Why typed text is not a date; :func:`describe_problem` words it for the clerk.

    Kinds: "unreadable", "incomplete" (a part is missing), "uncertain" (a "?" in it),
    "no_such_month", "no_such_day" (with ``year``, ``month``, ``day`` and
    ``days_in_month``).
    """

    def __init__(self, kind: str, year: int = 0, month: int = 0, day: int = 0):
        super().__init__(kind)
        self.kind = kind
        self.year, self.month, self.day = year, month, day

    @property
    def days_in_month(self) -> int:
        return calendar.monthrange(self.year, self.month)[1] if 1 <= self.month <= 12 else 0


@lru_cache(maxsize=16)
def _locale(name: str) -> Locale:
    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(name.split("_")[0].split("-")[0] or "en")


def day_comes_first(locale: str) -> bool:
    """True when the locale writes the day before the month in numeric dates."""
    from babel.dates import get_date_format  # here: the window opens without babel.dates

    pattern = get_date_format("short", locale=_locale(locale)).pattern
    return pattern.find("d") < pattern.find("M")


def _fold(word: str) -> str:
    """Case-insensitive key; "İ" folds to "i" (Azerbaijani, Turkish) without a stray dot."""
    return word.replace("İ", "i").replace("I", "i").casefold().replace("ı", "i").strip(".")


WRITTEN_LANGUAGES = ("en", "ru", "az")
"""Whose month names any window reads: a clerk copies reports in all three."""


@lru_cache(maxsize=16)
def _month_words(locale: str) -> dict[str, int]:
    """Every month name and abbreviation of the locale and of the reports' languages
    (a Russian window reads "25 fevral 2025"), folded."""
    from babel.dates import get_month_names

    words: dict[str, int] = {}
    for name in dict.fromkeys((*WRITTEN_LANGUAGES, locale)):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                names = get_month_names(width, context, locale=_locale(name))
                for number, word in names.items():
                    words.setdefault(_fold(word), number)
    return words


@lru_cache(maxsize=16)
def _day_words(locale: str) -> frozenset[str]:
    from babel.dates import get_day_names

    words: set[str] = set()
    for name in dict.fromkeys((*WRITTEN_LANGUAGES, locale)):
        for width in ("wide", "abbreviated", "short"):
            words.update(_fold(w) for w in get_day_names(width, locale=_locale(name)).values())
    return frozenset(words)


def _month_of(word: str, locale: str) -> int | None:
    """The month a word names: whole, abbreviated, or a prefix of three letters or more."""
    words = _month_words(locale)
    if word in words:
        return words[word]
    if len(word) >= 3:
        months = {number for name, number in words.items() if name.startswith(word)}
        if len(months) == 1:
            return months.pop()
    return _month_in_case(word, locale)


def _month_in_case(word: str, locale: str) -> int | None:
    """The month a word names in a case other than the dictionary's, as a report writes a
    month in a sentence: Russian changes its ending ("в марте", "в мае"; pymorphy3's
    nominatives), Azerbaijani adds suffixes to the whole name ("martında", "yanvarda")."""
    from db.world import az_stems, russian_nominatives  # only for words no month matches

    words = _month_words(locale)
    if re.fullmatch(r"[а-яё]+", word):
        forms: list[str] = list(russian_nominatives(word))
    else:
        forms = az_stems(word)
        forms += [stem for form in forms for stem in az_stems(form)]  # "mart-ın-da"
    months = {words[_fold(form)] for form in forms if _fold(form) in words}
    return months.pop() if len(months) == 1 else None


def _year(token: str) -> int:
    """A year as typed; two digits mean 1970–2069 as strptime reads them."""
    value = int(token)
    if len(token) <= 2:
        return value + (2000 if value < 70 else 1900)
    return value


def _parts(text: str, locale: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) as written, each None when the text does not give it. A "?"
    (a clerk's doubt, or a letter a code page lost) is no punctuation to skip."""
    if "?" in text:
        raise DateEntryError("uncertain")
    tokens = TOKEN.findall(_fold(text))
    numbers = [t for t in tokens if t.isdigit()]
    month_word: int | None = None
    month_at = len(tokens)
    fillers = False
    for at, word in enumerate(tokens):
        if word.isdigit() or (word in ORDINAL_ENDINGS and at and tokens[at - 1].isdigit()):
            continue
        if word in YEAR_WORDS or word in _day_words(locale):
            continue
        month = _month_of(word, locale) if len(word) > LONGEST_FILLER else None
        if month is not None and month_word in (None, month):
            month_word, month_at = month, min(month_at, at)
        elif len(word) <= LONGEST_FILLER:
            fillers = True
        else:
            raise DateEntryError("unreadable")
    if fillers and month_word is None:
        raise DateEntryError("unreadable")
    if month_word is not None:
        if len(numbers) == 1:
            if len(numbers[0]) <= 2 and tokens.index(numbers[0]) < month_at:
                raise DateEntryError("incomplete")  # "25 fevral": a day, its year left out
            return _year(numbers[0]), month_word, None
        if len(numbers) == 2:
            first, second = numbers
            if len(first) >= 3 or int(first) > 31:
                return _year(first), month_word, int(second)
            return _year(second), month_word, int(first)
        raise DateEntryError("unreadable" if numbers else "incomplete")
    if len(numbers) == 1:
        token = numbers[0]
        if len(token) == 8:  # 20250225
            return int(token[:4]), int(token[4:6]), int(token[6:])
        if len(token) == 4:
            return int(token), None, None
        raise DateEntryError("unreadable")
    if len(numbers) == 2:  # a month: 2025-02 or 02.2025
        first, second = numbers
        if len(first) == 4:
            return int(first), int(second), None
        if len(second) == 4:
            return int(second), int(first), None
        raise DateEntryError("incomplete")  # "12.03": a day and a month, the year left out
    if len(numbers) == 3:
        first, second, third = numbers
        if len(first) >= 3:  # year first: ISO order
            return int(first), int(second), int(third)
        a, b = int(first), int(second)
        day_first = day_comes_first(locale)
        if (day_first and b > 12 >= a) or (not day_first and a > 12 >= b):
            day_first = not day_first  # only one order is possible
        day, month = (a, b) if day_first else (b, a)
        return _year(third), month, day
    raise DateEntryError("unreadable")


def parse_date(text: str, locale: str = "en", precision: str = "day") -> dt.date | None:
    """The date ``text`` means in ``locale`` (a Babel/Qt name such as "ru_RU").

    None for empty text. ``precision`` "month" or "year" needs only those parts
    and gives the first day of the month or year. Raises DateEntryError.
    """
    if not text.strip():
        return None
    year, month, day = _parts(text, locale)
    if year is None or year < 1 or year > 9999:
        raise DateEntryError("unreadable")
    if precision == "year":
        return dt.date(year, 1, 1)
    if month is None:
        raise DateEntryError("incomplete", year)
    if not 1 <= month <= 12:
        raise DateEntryError("no_such_month", year, month)
    if precision == "month":
        return dt.date(year, month, 1)
    if day is None:
        raise DateEntryError("incomplete", year, month)
    error = DateEntryError("no_such_day", year, month, day)
    if not 1 <= day <= error.days_in_month:
        raise error
    return dt.date(year, month, day)


def read_date(text: str, locale: str = "en") -> tuple[dt.date, str] | None:
    """The date ``text`` means and how precise its writing is: "март 2024" is a month
    ("month"), "2024 г." a year, "12 марта 2024" a day. None for empty text; raises
    DateEntryError."""
    if not text.strip():
        return None
    _year_written, month, day = _parts(text, locale)
    precision = "year" if month is None else "month" if day is None else "day"
    found = parse_date(text, locale, precision)
    assert found is not None
    return found, precision


def read_span(text: str, locale: str = "en") -> tuple[dt.date, dt.date] | None:
    """The first and last day of a span of days as reports and sheets write it in one
    field ("12-13.10.2025", "с 3 по 5 марта 2025", "30 сентября – 2 октября 2025"): the
    first part takes what it leaves out (the month, the year) from the last. None when
    the text is no such span, or one that ends before it begins."""
    match = SPAN.match(text.strip())
    if match is None:
        return None
    try:
        last = read_date(match[2], locale)
        if last is None or last[1] != "day":
            return None
        first_written = match[1]
        if first_written.isdigit() and len(first_written) <= 2:
            first: tuple[dt.date, str] | None = (last[0].replace(day=int(first_written)), "day")
        else:
            first = _first_day(first_written, last[0], locale)
    except ValueError:  # a day that does not exist, words that are not dates
        return None
    if first is None or first[1] != "day" or first[0] > last[0]:
        return None
    return first[0], last[0]


def _first_day(written: str, last: dt.date, locale: str) -> tuple[dt.date, str] | None:
    """The first day of a span as written, its year taken from the last day when left out
    ("28 февраля" of "28 февраля – 2 марта 2025")."""
    try:
        return read_date(written, locale)
    except ValueError:
        return read_date(f"{written} {last.year}", locale)


def describe_date(day: dt.date, locale: str = "en", precision: str = "day") -> str:
    """The date written out in words, so the clerk sees which day a typed date means."""
    from babel.dates import format_date, format_skeleton

    if precision == "year":
        return str(day.year)
    if precision == "month":
        return format_skeleton("yMMMM", day, locale=_locale(locale))
    return format_date(day, "full", locale=_locale(locale))


def describe_problem(
    problem: DateEntryError, example: str, locale: str = "en", precision: str = "day"
) -> str:
    """What is wrong with a typed date and how to write it, in the message language.

    ``example`` is a date written the way the field shows dates (the caller knows its
    format); month names come from Babel in ``locale``.
    """
    if problem.kind == "no_such_day":
        from babel.dates import get_month_names

        month = get_month_names("wide", "stand-alone", locale=_locale(locale))[problem.month]
        return _("There is no day {day} in {month} {year}: it has {days} days.").format(
            day=problem.day, month=month, year=problem.year, days=problem.days_in_month
        )
    if problem.kind == "uncertain":
        return _(
            "A “?” makes the date uncertain: give only what is known (the month or the "
            "year, with that precision), like {example}."
        ).format(example=example)
    if problem.kind == "no_such_month":
        return _("There is no month {month}: type a date like {example}.").format(
            month=problem.month, example=example
        )
    if problem.kind == "incomplete":
        if precision == "month":
            return _("Give the month and the year, like {example}.").format(example=example)
        return _("Give the day, the month and the year, like {example}.").format(example=example)
    return _("This is not a date: type it like {example}.").format(example=example)
