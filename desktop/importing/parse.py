"""Cell values to typed event values; each parser returns (value, problem or None).

Spreadsheets hold dates as dates, as text in local formats, or as serial
numbers; counts as "около 300" or "1 200"; lists as text. The parsers accept
what clerks type and say plainly what they could not read.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import uuid
from decimal import Decimal
from typing import Any, TypeVar

from babel.dates import format_date
from babel.numbers import NumberFormatError, parse_decimal

from db.event_store import OrganizerInput, ProgramInput, SpeakerInput
from db.messages import N_, _, current_language
from db.models import DatePrecision, OrganizerRole
from db.text_clean import xml_safe
from desktop.date_entry import DateEntryError, read_date
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
_TIME = re.compile(r"(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_RANGE = re.compile(r"\s*(?:/|\u2014|\u2013|\s-\s|\.\.)\s*")
DAY_FIRST_LOCALES = {"en": "en_GB", "ru": "ru_RU", "az": "az_AZ"}
"""The locale a written date is read in, by message language: the day before the month,
as the offices write dates (a month-first reading is noted: :func:`other_reading`)."""
SERIAL_DATES = (10_000, 200_000)
"""A number in a date column read as an Excel date (a date cell that lost its format):
18 May 1927 to 2447; a smaller one is a count or a row number, not a date."""
_PRECISIONS = {"day": None, "month": DatePrecision.MONTH, "year": DatePrecision.YEAR}
_NUMBER = re.compile(r"^[^\d-]{0,16}?(\d[\d\s\u00a0\u202f,.]*)\+?$")
_GROUP_SPACE = re.compile(r"(?<=\d)[\s\u00a0\u202f](?=\d{3}\b)")
NUMBER_LOCALES = ("en", "ru", "az")
"""The interface languages; a sheet may come from an office working in any of them."""
_LIST_SPLIT = re.compile(r"\s*(?:;|\n|\u2192)\s*")
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


_SPAN = re.compile(
    r"^(?:(?:с|c|from)\s+)?(.+?)\s*(?:\s(?:по|до|to|until)\s|[-\u2013\u2014]|\.\.)\s*(.+)$",
    re.IGNORECASE,
)
"""A span of days as offices write it in one cell: "с 3 по 5 марта 2025", "3-5 марта
2025", "28 февраля – 2 марта 2025", "03.03.2025 – 05.03.2025"."""


def read_span(value: Any) -> tuple[dt.date, dt.date] | None:
    """The first and last day a cell written as a span of days names, or None when it is
    not one. The first day may leave out what the last one gives ("3-5 марта 2025": the
    month and year of the 5th); a span that ends before it begins is not one."""
    if not isinstance(value, str):
        return None
    match = _SPAN.match(_TIME.sub("", value.strip()))
    if match is None:
        return None
    locale = DAY_FIRST_LOCALES[current_language()]
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


def span_note(value: Any, span: tuple[dt.date, dt.date]) -> str:
    """What the preview says of a date cell read as a span: both days, in words."""
    language = current_language()
    return _('"{value}" is read as {first} to {last} (the start and end dates)').format(
        value=str(value).strip(),
        first=format_date(span[0], "d MMMM y", locale=language),
        last=format_date(span[1], "d MMMM y", locale=language),
    )


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
    """A whole number, also from "около 300", "~300", "1 200" or "300+"."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool):
        return None, _("{value} is not a number").format(value=value)
    if isinstance(value, int):
        return value, None
    if isinstance(value, float):
        if value != value:
            return None, _("not a number")
        if not value.is_integer():  # 12.7 people: rounding it would store what nobody wrote
            return None, _('"{value}" is not a whole number').format(value=value)
        return int(value), None
    raw = str(value).strip()
    match = _NUMBER.match(raw)
    if match:
        readings = _readings(_GROUP_SPACE.sub("", match.group(1)))
        # "2.000" of an Azerbaijani or Russian sheet is two thousand, as "1.200" is 1200:
        # a count is not written with decimals, so a reading without them comes first
        readings.sort(key=_has_decimals)
        whole = [int(n) for n in readings if n == n.to_integral_value()]
        if whole:
            return whole[0], None
        if readings:  # "3.5" or "3,5": a fraction in every language that reads it, never 35
            return None, _('"{value}" is not a whole number').format(value=raw)
    return None, _('"{value}" is not a number').format(value=raw)


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
    """Items of a list cell: separated by ";", new lines or arrows (the export's program)."""
    raw = text(value)
    if raw is None:
        return []
    return [part.strip() for part in _LIST_SPLIT.split(raw) if part.strip()]


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


def parse_program(value: Any) -> list[ProgramInput]:
    """"Speech (opening) → Concert" -> program items; "type: note" also works."""
    out = []
    for item in split_list(value):
        name, note = _trailing_parens(item)
        if note is None and ": " in item:
            name, note = (p.strip() for p in item.split(": ", 1))
        out.append(ProgramInput(name, note or None))
    return out
