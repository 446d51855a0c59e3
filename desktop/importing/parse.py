"""Cell values to typed event values; each parser returns (value, problem or None).

Spreadsheets hold dates as dates, as text in local formats, or as serial
numbers; counts as "1 200" or "300 человек"; lists as text. The parsers accept
what clerks type and say plainly what they could not read.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from babel.dates import format_date
from babel.numbers import NumberFormatError, parse_decimal

from db.event_store import OrganizerInput, ProgramInput, SpeakerInput
from db.messages import N_, _, current_language, ngettext
from db.models import DatePrecision, OrganizerRole
from db.text_clean import xml_safe
from desktop.date_entry import DateEntryError, read_date, read_span as read_days
from desktop.reports.language import in_every_language

E = TypeVar("E", bound=enum.Enum)
Parsed = tuple[Any, str | None]

_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_YM = re.compile(r"^(\d{4})-(\d{1,2})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_MY = re.compile(r"^(\d{1,2})[./](\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_TIME_OF_DAY = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*$")
"""A cell holding only a time ("10:30"), which the date reading took for a day of 2000."""
_TIME = re.compile(r"(?:T|,?\s+)(?:\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                   r"|(?:в|во|at|saat)\s+\d{1,2}[:.]\d{2})$", re.IGNORECASE)
"""The hour after a date ("0:00" of Excel's CSV, ", 14:00", "в 18:00", "saat 18:00"):
the event keeps its day, not its hour."""
_RANGE = re.compile(r"\s*(?:/|\u2014|\u2013|\s-\s|\.\.)\s*")
DAY_FIRST_LOCALES = {"en": "en_GB", "ru": "ru_RU", "az": "az_AZ"}
"""The locale a written date is read in, by message language: the day before the month,
as the offices write dates (a month-first reading is noted: :func:`other_reading`)."""
SERIAL_DATES = (10_000, 200_000)
"""A number in a date column read as an Excel date (a date cell that lost its format):
18 May 1927 to 2447; a smaller one is a count or a row number, not a date."""
_PRECISIONS = {"day": None, "month": DatePrecision.MONTH, "year": DatePrecision.YEAR}
_GROUP_SPACE = re.compile(r"(?<=\d)[\s\u00a0\u202f](?=\d{3}\b)")
NUMBER_LOCALES = ("en", "ru", "az")
"""The interface languages; a sheet may come from an office working in any of them."""
_LIST_SPLIT = re.compile(r"\s*(?:;|\n|\u2192)\s*")
_LIST_MARK = re.compile(r"^(?:\d{1,3}[.)]|[-\u2013\u2014\u2022\u00b7\u25aa\u25cf*])\s+(?=\S)")
"""The number or bullet before an item of a list typed in a cell ("1. ", "2) ", "- ", "• ")."""
_ROLE_WORDS: dict[str, OrganizerRole] = {
    "organizer": OrganizerRole.ORGANIZER,
    "co-organizer": OrganizerRole.CO_ORGANIZER,
    "co-organiser": OrganizerRole.CO_ORGANIZER,
    "host": OrganizerRole.HOST,
    "supporter": OrganizerRole.SUPPORTER,
    "организатор": OrganizerRole.ORGANIZER,
    "соорганизатор": OrganizerRole.CO_ORGANIZER,
    "при поддержке": OrganizerRole.SUPPORTER,
    "təşkilatçı": OrganizerRole.ORGANIZER,
    "həmtəşkilatçı": OrganizerRole.CO_ORGANIZER,
}


def text(value: Any) -> str | None:
    """A cell as stripped text; numbers keep their integer form (12.0 -> "12")."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    out = str(value).strip() if not isinstance(value, dt.date) else value.isoformat()
    return xml_safe(out) or None


def parse_date(value: Any) -> tuple[tuple[dt.date, DatePrecision | None] | None, str | None]:
    """A date and the precision the writing implies ("2024-03" is a month)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, dt.datetime):
        return (value.date(), None), None
    if isinstance(value, dt.date):
        return (value, None), None
    if isinstance(value, dt.time) or (isinstance(value, str) and _TIME_OF_DAY.match(value)):
        return None, _('"{value}" is a time of day, not a date: write the date, as '
                       "26.02.2025").format(value=text(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1800 <= value <= 2200 and float(value).is_integer():
            return (dt.date(int(value), 1, 1), DatePrecision.YEAR), None
        if SERIAL_DATES[0] <= value < SERIAL_DATES[1]:
            from openpyxl.utils.datetime import from_excel

            return (from_excel(value).date(), None), None
        return None, _(
            "{value} is a number, not a date: format the cell as a date, or write "
            "26.02.2025"
        ).format(value=text(value))
    raw = str(value).strip()
    written = _TIME.sub("", raw)  # Excel's CSV writes a date cell with its time, "0:00"
    if written.isdigit() and SERIAL_DATES[0] <= int(written) < SERIAL_DATES[1]:
        return None, _serial_as_text(raw, int(written))
    try:
        if match := _DMY.match(written):
            day, month, year = (int(g) for g in match.groups())
            return (dt.date(year, month, day), None), None
        if match := _YM.match(written):
            return (dt.date(int(match[1]), int(match[2]), 1), DatePrecision.MONTH), None
        if match := _MY.match(written):
            return (dt.date(int(match[2]), int(match[1]), 1), DatePrecision.MONTH), None
        if match := _YEAR.match(written):
            return (dt.date(int(match[1]), 1, 1), DatePrecision.YEAR), None
        found = read_date(written, DAY_FIRST_LOCALES[current_language()])
    except DateEntryError as error:  # a day that does not exist, words that are not dates
        if error.kind == "uncertain":
            return None, _(
                '"{value}" holds a "?", so the date is uncertain: write only what is known, '
                "the month (03.2025) or the year (2025)"
            ).format(value=raw)
        if error.kind == "incomplete":  # "15 марта" in a sheet whose title gives the year
            return None, _(
                '"{value}" is not a whole date: write the day, the month and the year, as '
                "26.02.2025 (or the month and the year, as 02.2025)").format(value=raw)
        found = None
    except ValueError:
        found = None
    if found is not None:
        return (found[0], _PRECISIONS[found[1]]), None
    if _two_dates(written):
        return None, _(
            '"{value}" holds two dates: write the first day here and the last one in the '
            "End date column"
        ).format(value=raw)
    return None, _no_such_day(raw, written) or _(
        '"{value}" is not a date; write it as 2025-02-26 or 26.02.2025').format(value=raw)


def _serial_as_text(raw: str, serial: int) -> str:
    """A date cell formatted as text shows Excel's day number ("45731") once the date is
    typed again or pasted: the text is not taken for a date, but the date it stands for
    is named, so the clerk can tell whether it is the one meant."""
    from openpyxl.utils.datetime import from_excel

    day = from_excel(serial).date()
    return _('"{value}" is the number Excel keeps for the date {date}, written as text (a '
             "date column formatted as text shows it). If that is the date, write {date} in "
             "the cell").format(value=raw, date=f"{day:%d.%m.%Y}")


def _no_such_day(raw: str, written: str) -> str | None:
    """What does not exist in a date written in numbers ("31.02.2025", "32.13.2025"): to a
    clerk who wrote the date as asked, "write it as 26.02.2025" does not say what to correct."""
    if match := _DMY.match(written):
        day, month, year = (int(g) for g in match.groups())
    elif match := _YMD.match(written):
        year, month, day = (int(g) for g in match.groups())
    else:
        return None
    if not 1 <= month <= 12:
        return _('"{value}" is not a date: month {month} does not exist; write the day, then '
                 "the month, as 26.02.2025").format(value=raw, month=month)
    return _('"{value}" is not a date: day {day} does not exist in {month}; correct the '
             "day").format(value=raw, day=day, month=format_date(
                 dt.date(year, month, 1), "LLLL y", locale=current_language()))


def _two_dates(written: str) -> bool:
    """Whether the text is a range of two dates ("12.03.2024 — 15.03.2024")."""
    if read_span(written) is not None:
        return True
    parts = _RANGE.split(written)
    if len(parts) != 2:
        return False
    try:
        return all(read_date(part, DAY_FIRST_LOCALES["en"]) for part in parts)
    except ValueError:
        return False


def read_span(value: Any) -> tuple[dt.date, dt.date] | None:
    """The first and last day a cell written as a span of days names (a time of day left
    out), or None when it is not one (desktop.date_entry.read_span)."""
    if not isinstance(value, str):
        return None
    return read_days(_TIME.sub("", value.strip()), DAY_FIRST_LOCALES[current_language()])


def span_note(value: Any, span: tuple[dt.date, dt.date]) -> str:
    """What the preview says of a date cell read as a span: both days, in words."""
    language = current_language()
    return _('"{value}" is read as {first} to {last} (the start and end dates)').format(
        value=str(value).strip(),
        first=format_date(span[0], "d MMMM y", locale=language),
        last=format_date(span[1], "d MMMM y", locale=language),
    )


FAR_AHEAD = dt.timedelta(days=366)
"""A date further ahead than this is pointed out: events are recorded when they are
planned or held, and 2225 is a slip for 2025."""


def far_ahead(day: dt.date | None, today: dt.date | None = None) -> str | None:
    """A note for a date more than a year ahead, naming it so the clerk checks the year."""
    today = today or dt.date.today()
    if day is None or day - today <= FAR_AHEAD:
        return None
    return _("{date} is more than a year from now: check the year").format(
        date=format_date(day, "d MMMM y", locale=current_language()))


def other_reading(value: Any) -> str | None:
    """A note for a written date that also reads month first ("03/04/2025"): it is read day
    first, as the offices write dates, and the note names both readings so the clerk can
    correct a sheet from a month-first system. Only slashes are ambiguous: dates written
    with dots or dashes put the day first wherever they are written (26.02.2025)."""
    match = _DMY.match(str(value).strip()) if isinstance(value, str) else None
    if not match or "/" not in value:
        return None
    day, month, year = (int(g) for g in match.groups())
    if day == month or day > 12 or month > 12:
        return None
    read, other = dt.date(year, month, day), dt.date(year, day, month)
    language = current_language()
    return _(
        '"{value}" is read day first as {read}; if the sheet writes the month first ({other}), '
        "correct the cell"
    ).format(
        value=value.strip(),
        read=format_date(read, "d MMMM y", locale=language),
        other=format_date(other, "d MMMM", locale=language),
    )


_TOTALS = re.compile(r"^(?:итого|cəmi|yekun|subtotal|grand total)(?!\w)", re.IGNORECASE)
"""The first word of a sheet's totals row ("Итого за март", "Cəmi"), in the interface
languages."""
_TOTALS_IF_COUNTED = re.compile(r"^(?:всего|total|totals)(?:[\W_]*$|\W.*\d)",
                                re.IGNORECASE | re.DOTALL)
""""Всего", "Total" begin titles too ("Всего один вечер"): a totals row only alone or with
a number ("Всего:", "Всего мероприятий: 12")."""


def totals_label(values: tuple[Any, ...]) -> int | None:
    """The column of the label of a sheet's totals row (its first text, wherever the
    sheet puts it: under the titles or under the row numbers), None for another row."""
    first = next((index for index, value in enumerate(values) if isinstance(value, str)),
                 None)
    if first is None:
        return None
    label = values[first].strip()
    return first if _TOTALS.match(label) or _TOTALS_IF_COUNTED.match(label) else None


_DITTO = re.compile(
    r"^(?:[-\u2013\u2014]?(?://|[\"\u201c\u201d\u201e\u00ab\u00bb\u3003]+)[-\u2013\u2014]?"
    r"|то\s*же|там\s*же|same(?:\s+as\s+above)?|ditto|eyni)$",
    re.IGNORECASE,
)
"""A mark for "the same as above": "-//-", "〃", a lone quote, "то же", "там же", "eyni"."""
_NOTHING = re.compile(
    r"^(?:[\W_]+|нет(?:\s+данных)?|н/д|не\s+указан[оаы]?|yoxdur|n/a|none)$", re.IGNORECASE)
"""What an office writes where there is no value: a dash, "?", "нет", "н/д", "yoxdur"."""


def placeholder(text: str) -> str | None:
    """Why a cell (or an item of a list cell) holding no value but a mark for one ("—",
    "нет", "-//-") is held back: stored, it would be a name "—" or a venue "то же"."""
    written = text.strip()
    if _DITTO.match(written):
        return _('"{value}" means "the same as above": write the value itself in each '
                 "row").format(value=written)
    if _NOTHING.match(written):
        return _('"{value}" is no name: leave the cell empty when there is none').format(
            value=written)
    return None


_FORMULA_GUARD = re.compile(r"^'(?=[=+\-@])")
"""The apostrophe a program guarding against formula injection writes before a cell's
leading "=", "+", "-" or "@" (OWASP's advice for CSV exports): no part of the value."""


def without_formula_guard(value: Any) -> str | None:
    """The text of a cell written with that apostrophe, without it; None for another cell
    (a name's own apostrophe, "'s-Hertogenbosch", stays)."""
    if isinstance(value, str) and _FORMULA_GUARD.match(value):
        return value[1:]
    return None


def formula_guard_note(value: str) -> str:
    """What the preview says of a cell whose guarding apostrophe was left out."""
    return _("the apostrophe before “{value}”, written so that a spreadsheet does not read "
             "the text as a formula, is left out").format(value=value)


def parse_datetime(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    raw = text(value)
    if not raw:
        return None
    try:
        return dt.datetime.fromisoformat(raw)
    except ValueError:
        return None


def parse_int(value: Any) -> Parsed:
    """A whole number written alone ("1 200", "1.200", "1,200"); a number among words
    ("около 30") is held back: stored alone it would read as exact."""
    number, problem, rest = _whole_number(value)
    if problem is None and rest is not None:
        return None, _not_single(rest, number)
    return number, problem


def _not_single(rest: _Words, number: int | None) -> str:
    """Why a number among words is not read, with the number to write when only words
    surround it (not for "1e3" or "50 (30 детей)": their first number may be no answer)."""
    if _DIGIT.search(rest.before + rest.after):
        return _('"{value}" is not a single number: write one number, or leave the cell '
                 "empty").format(value=rest.written)
    return _('"{value}" is not a single number: if {number} is exact, write only '
             "{number}").format(value=rest.written, number=number)


def parse_count(value: Any) -> Parsed:
    """A count of people: a whole number, alone or with a word for people ("50 чел.",
    "50 nəfər", "50 participants"). An estimate ("около 50", "~50", "50+", "50-60") is
    held back, saying so: the data model keeps only an exact count, and a silent 50
    would read as one."""
    number, problem, rest = _whole_number(value)
    if problem is not None or rest is None or (not rest.before and _people_word(rest.after)):
        return number, problem
    if _RANGE_END.match(rest.after):
        return None, _('"{value}" is a range: the count must be a single number; write the '
                       "number to store, or leave the cell empty").format(value=rest.written)
    if _DIGIT.search(rest.before + rest.after):
        return None, _not_single(rest, number)
    return None, _('"{value}" is not an exact count: the count must be a single number. If '
                   "{number} is exact, write only {number}; if it is an estimate, write the "
                   "number to store or leave the cell empty").format(
                       value=rest.written, number=number)


@dataclass(frozen=True)
class _Words:
    """What a cell holds besides its number: the text before and after it."""

    written: str
    before: str
    after: str


_NUMBER_IN_WORDS = re.compile(
    r"^(?P<before>.*?)(?P<number>-?\d(?:[\d,.]|[\s\u00a0\u202f](?=\d))*)(?P<after>.*)$",
    re.DOTALL,
)
_DIGIT = re.compile(r"\d")
_RANGE_END = re.compile(r"^(?:[-\u2013\u2014]|\.\.|до\b|to\b)?\s*\d")
"""What follows the first number of a range: "50-60", "от 50 до 60", "50 to 60"."""


def _whole_number(value: Any) -> tuple[int | None, str | None, _Words | None]:
    """A cell's whole number, the problem reading it, and the words around it (None when
    the cell holds the number alone)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None, None
    if isinstance(value, bool):
        return None, _("{value} is not a number").format(value=value), None
    if isinstance(value, int):
        return value, None, None
    if isinstance(value, float):
        if value != value:
            return None, _("not a number"), None
        if not value.is_integer():  # 12.7 people: rounding it would store what nobody wrote
            return None, _('"{value}" is not a whole number').format(value=value), None
        return int(value), None, None
    raw = str(value).strip()
    match = _NUMBER_IN_WORDS.match(raw)
    if match is None:  # "—", "нет данных": what an office writes for a count not known
        return None, _('"{value}" is not a number: write the number, or leave the cell empty '
                       "when it is not known").format(value=raw), None
    number, problem = _digits(raw, match.group("number").strip())
    before, after = match.group("before").strip(), match.group("after").strip()
    return number, problem, _Words(raw, before, after) if before or after else None


def _digits(raw: str, digits: str) -> Parsed:
    """The whole number ``digits`` writes, in any interface language's grouping."""
    readings = _readings(_GROUP_SPACE.sub("", digits))
    # "2.000" of an Azerbaijani or Russian sheet is two thousand, as "1.200" is 1200:
    # a count is not written with decimals, so a reading without them comes first
    readings.sort(key=_has_decimals)
    whole = [int(n) for n in readings if n == n.to_integral_value()]
    if whole:
        return whole[0], None
    if readings:  # "3.5" or "3,5": a fraction in every language that reads it, never 35
        return None, _('"{value}" is not a whole number').format(value=raw)
    return None, _('"{value}" is not a number').format(value=raw)


_RU_PEOPLE = frozenset(
    {"человек", "чел", "участник", "гость", "зритель", "посетитель", "слушатель", "делегат"})
"""Russian nouns a count of people is written with, as dictionary forms: pymorphy3 reads
their inflections ("участников", "гостей") and "людей" as "человек"."""
_AZ_PEOPLE = frozenset(
    {"nəfər", "iştirakçı", "qonaq", "tamaşaçı", "ziyarətçi", "nümayəndə", "adam", "şəxs"})
"""Azerbaijani nouns of a count of people (a noun after a number takes no plural)."""
_EN_PEOPLE = frozenset({"people", "person", "participant", "attendee", "guest", "visitor",
                        "spectator", "delegate", "pax"})
"""English nouns of a count of people, singular ("participants" loses its "s")."""


def _people_word(words: str) -> bool:
    """Whether ``words`` is one word for people, in Russian, Azerbaijani or English,
    perhaps shortened with a dot ("чел.")."""
    word = words.removesuffix(".").casefold()
    if not word or not word.isalpha():
        return False
    if word in _AZ_PEOPLE or word in _EN_PEOPLE or word.removesuffix("s") in _EN_PEOPLE:
        return True
    from desktop.extraction.russian import morph_parses

    return any(parse.tag.POS == "NOUN" and parse.normal_form in _RU_PEOPLE
               for parse in morph_parses(word))


def _has_decimals(number: Decimal) -> bool:
    exponent = number.as_tuple().exponent
    return not isinstance(exponent, int) or exponent < 0


def _readings(digits: str) -> list[Decimal]:
    """``digits`` read strictly by Babel in each interface language that accepts it
    ("1,200" in English, "1.200" in Azerbaijani, "1200" in all)."""
    values = []
    for locale in NUMBER_LOCALES:
        try:
            values.append(parse_decimal(digits, locale=locale, strict=True))
        except NumberFormatError:
            continue
    return values


ENUM_LABELS = (N_("date precision"), N_("place precision"), N_("status"), N_("role"))
"""The ``label`` callers give :func:`parse_enum` (English), marked for translation."""


def parse_enum(value: Any, cls: type[E], label: str) -> Parsed:
    raw = text(value)
    if raw is None:
        return None, None
    key = raw.lower().replace("_", "-")
    for member in cls:
        if key in (str(member.value).lower(), member.name.lower().replace("_", "-")) or key in {
            word.lower() for word in in_every_language(str(member.value))  # a report's words
        }:
            return member, None
    allowed = ", ".join(str(m.value) for m in cls)
    return None, _('"{value}" is not a valid {label}; use one of: {allowed}').format(
        value=raw, label=_(label), allowed=allowed
    )


def parse_uuid(value: Any) -> Parsed:
    raw = text(value)
    if raw is None:
        return None, None
    try:
        return uuid.UUID(raw), None
    except ValueError:
        return None, _(
            '"{value}" is not an event id (UUID); leave the cell empty for a new event'
        ).format(value=raw)


def split_list(value: Any) -> list[str]:
    """Items of a list cell: separated by ";", new lines or arrows (the export's program),
    without the numbers or bullets of a list typed in the cell ("1. Общество А")."""
    raw = text(value)
    if raw is None:
        return []
    parts = (_LIST_MARK.sub("", part.strip()) for part in _LIST_SPLIT.split(raw))
    return [part for part in parts if part]


def _trailing_parens(item: str) -> tuple[str, str | None]:
    """"Name (details)" -> ("Name", "details"); balanced on the last group."""
    if not item.endswith(")"):
        return item, None
    depth = 0
    for index in range(len(item) - 1, -1, -1):
        if item[index] == ")":
            depth += 1
        elif item[index] == "(":
            depth -= 1
            if depth == 0:
                head = item[:index].rstrip()
                return (head, item[index + 1 : -1].strip()) if head else (item, None)
    return item, None


def parse_organizers(value: Any) -> list[OrganizerInput]:
    """"A; B (co-organizer)" -> organizers with roles (the export's format)."""
    out = []
    for item in split_list(value):
        name, detail = _trailing_parens(item)
        role = _ROLE_WORDS.get((detail or "").lower()) if detail else None
        if role is None:
            name, role = item, OrganizerRole.ORGANIZER
        out.append(OrganizerInput(name, role))
    return out


def parse_speakers(value: Any) -> list[SpeakerInput]:
    """"Name | role | organization", or the export's "Name (role, organization)"."""
    out = []
    for item in split_list(value):
        if "|" in item:
            parts = [p.strip() for p in item.split("|")] + ["", ""]
            out.append(SpeakerInput(parts[0], parts[1] or None, parts[2] or None))
            continue
        name, detail = _trailing_parens(item)
        if not detail:
            out.append(SpeakerInput(item))
        elif ", " in detail:
            role, organization = detail.rsplit(", ", 1)
            out.append(SpeakerInput(name, role or None, organization or None))
        else:
            out.append(SpeakerInput(name, detail))
    return out


def read_speakers(value: Any) -> tuple[list[SpeakerInput], list[str]]:
    """The speakers of a cell, and a note for each item whose comma decided how it reads.

    Clerks list people with commas ("Мамедов Р.А., Алиев В."): an item whose every comma
    part (outside brackets) is written as a person's name is that many speakers; another
    item holding a comma stays one person ("Алиев В., председатель" may be a name and a
    role). Either is said, so the clerk can correct the cell first.
    """
    speakers: list[SpeakerInput] = []
    notes: list[str] = []
    for item in split_list(value):
        parts = _outside_brackets(item, ",")
        if len(parts) > 1 and all(_person_name(_trailing_parens(p)[0]) for p in parts):
            read = [speaker for part in parts for speaker in parse_speakers(part)]
            notes.append(ngettext(
                "“{text}” is read as {count} speaker: {names}. Separate speakers with “;”.",
                "“{text}” is read as {count} speakers: {names}. Separate speakers with “;”.",
                len(read)).format(text=item, count=len(read),
                                  names="; ".join(f"“{s.name}”" for s in read)))
        else:
            read = parse_speakers(item)
            if len(parts) > 1:
                notes.append(_(
                    "“{text}” is read as one person. If the cell lists several speakers, "
                    "separate them with “;”; write a speaker's role in brackets, as "
                    "“Алиев В. (председатель)”.").format(text=item))
        speakers += read
    return speakers, notes


def _outside_brackets(item: str, separator: str) -> list[str]:
    """The parts of ``item`` between the ``separator`` characters outside brackets."""
    parts, start, depth = [], 0, 0
    for index, char in enumerate(item):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif char == separator and not depth:
            parts.append(item[start:index])
            start = index + 1
    parts.append(item[start:])
    return [part.strip() for part in parts if part.strip()]


_PATRONYMIC_WORDS = {"оглы", "кызы", "oğlu", "qızı", "ogly", "kyzy"}
_INITIALS = re.compile(r"^(?:[^\W\d_]\.){1,2}$")
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*$")


def _person_name(text: str) -> bool:
    """Written as a person's name: two to four words, capitalized names or initials
    ("Мамедов Р.А.", "Р.А. Мамедов", "Vüqar Əliyev", "Алиев Вагиф Мамед оглы")."""
    words = text.split()
    if not 1 < len(words) <= 4:
        return False
    names = [w for w in words if _NAME_WORD.match(w) and w[0].isupper()]
    others = [w for w in words if w not in names]
    return bool(names) and all(
        _INITIALS.match(w) or w.lower() in _PATRONYMIC_WORDS for w in others)


def parse_program(value: Any) -> list[ProgramInput]:
    """"Speech (opening) → Concert" -> program items; "type: note" also works."""
    out = []
    for item in split_list(value):
        name, note = _trailing_parens(item)
        if note is None and ": " in item:
            name, note = (p.strip() for p in item.split(": ", 1))
        out.append(ProgramInput(name, note or None))
    return out
