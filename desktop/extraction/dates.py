"""The day of an event, or the window it must lie in when the report gives no day.

A day the text states ("on August 12", "26 февраля", "yesterday", "on Saturday") is
resolved against the publication date. Dates that name the occasion rather than the
event ("November 8 - Victory Day", "the night of February 25-26, 1992") are skipped.
Without a day, the event lies between the occasion's date that year and the report.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from db.models import DatePrecision
from desktop.extraction.dates_numeric import numeric_days

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan январь января январе yanvar yanvarın yanvarda",
        "february feb февраль февраля феврале fevral fevralın fevralda",
        "march mar март марта марте mart martın martda",
        "april apr апрель апреля апреле aprel aprelin apreldə",
        "may мая май мае may mayın mayda",
        "june jun июнь июня июне iyun iyunun iyunda",
        "july jul июль июля июле iyul iyulun iyulda",
        "august aug август августа августе avqust avqustun avqustda",
        "september sep sept сентябрь сентября сентябре sentyabr sentyabrın"
        " sentyabrda",
        "october oct октябрь октября октябре oktyabr oktyabrın oktyabrda",
        "november nov ноябрь ноября ноябре noyabr noyabrın noyabrda",
        "december dec декабрь декабря декабре dekabr dekabrın dekabrda",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number
# German month names (reports of the genre in German); "mai", "august" are shared.
_GERMAN = "januar februar märz april mai juni juli august september oktober november dezember"
for _number, _name in enumerate(_GERMAN.split(), start=1):
    MONTHS[_name] = _number
MONTHS["jänner"] = 1

WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "monday понедельник понедельника bazar_ertəsi montag",
        "tuesday вторник вторника çərşənbə_axşamı dienstag",
        "wednesday среду среда çərşənbə mittwoch",
        "thursday четверг четверга cümə_axşamı donnerstag",
        "friday пятницу пятница cümə freitag",
        "saturday субботу суббота şənbə samstag sonnabend",
        "sunday воскресенье воскресенья bazar sonntag",
    ]
):
    for _name in _names.split():  # "_" joins the words of one name ("bazar ertəsi")
        WEEKDAYS[_name.replace("_", " ")] = _number

MONTH_ALT = _MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_ALT = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

DAY_MONTH_RE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_ALT})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th|-?го|-?е|\.)?\s+(?:of\s+)?(?P<m2>{_MONTH_ALT})\b)"
    rf"(?:,?\s+(?P<year>\d{{4}}))?",
    re.IGNORECASE,
)
_RELATIVE_RE = re.compile(
    r"\b(?P<word>the day before yesterday|yesterday|today|this morning|tonight|позавчера|вчера"
    r"|сегодня|dünən|bu gün|ötən gün|srağagün|vorgestern|gestern|heute"
    # "Накануне в доме дружбы прошёл ...": the day before the report; "накануне праздника"
    # is the eve of a day named after it, not a day of its own
    r"|накануне(?=\s*[,.;—–]|\s+(?:в|во|на|у|состоял\w*|прош\w+|был\w*|провел\w*"
    r"|провёл\w*|организовал\w*|отметил\w*|почтил\w*)(?!\w)))(?!\w)",
    re.IGNORECASE,
)
_WEEKDAY_RE = re.compile(
    # "в минувшую субботу", "ötən şənbə" (Azerbaijani weekdays come after such a word)
    rf"(?<!\w)(?:(?:on|в|во|this|last|past|am|vergangenen|letzten)"
    rf"(?:\s+(?:минувш|прошл|эт)[а-яё]*)?|ötən|keçən)\s+(?P<wd>{_WEEKDAY_ALT})"
    r"(?:abend|morgen|vormittag|nachmittag|mittag)?(?!\w)",  # German "am Dienstagabend"
    re.IGNORECASE,
)
_NEXT_DAY_RE = re.compile(
    r"\b(?:the next day|the following day|a day later|на следующий день|днём позже|днем позже"
    r"|ertəsi gün)\b",
    re.IGNORECASE,
)
# "A day earlier, the branch held ...", "Днём ранее ...": the day before the previous event's
_DAY_BEFORE_RE = re.compile(
    r"(?<!\w)(?:a day earlier|the day before|the previous day|днём ранее|днем ранее"
    r"|за день до этого|bir gün əvvəl)(?!\w)",
    re.IGNORECASE,
)
# "Eyni gündə Hamburqda da ...", "В тот же день ...": the previous event's day
_SAME_DAY_RE = re.compile(
    r"(?<!\w)(?:on the same day|the same day|that same day|on that day|в тот же день"
    r"|в этот же день|в тот же вечер|(?:həmin|eyni) gün(?:də)?)(?!\w)",
    re.IGNORECASE,
)
_RELATIVE_DAYS = {
    "the day before yesterday": -2,
    "позавчера": -2,
    "srağagün": -2,
    "yesterday": -1,
    "вчера": -1,
    "dünən": -1,
    "ötən gün": -1,
    "накануне": -1,
    "today": 0,
    "this morning": 0,
    "tonight": 0,
    "сегодня": 0,
    "bu gün": 0,
    "vorgestern": -2,
    "gestern": -1,
    "heute": 0,
}
_FUTURE_RE = re.compile(r"\b(?:will|shall|is to be|are to be|состоится|пройдет|пройдёт|будет"
                        r"|состоятся|пройдут|планиру\w*|wird|werden|findet"
                        r"|planlaşdırır\w*|keçiriləcək|keçirəcək\w*|edəcək\w*|olacaq)\b",
                        re.IGNORECASE)
_CLOCK_AFTER_RE = re.compile(
    r"^\s*(?:,?\s*(?P<year>\d{4}))?\s*(?:г\.|года|il)?\s*[,/|]?\s*\d{1,2}:\d{2}\b"
)
# Right after a day: its range goes on ("-26", Azerbaijani ablative "-dan 28-dək").
_RANGE_AFTER_RE = re.compile(r"^\s*(?:[-–]\s*|-?(?:dan|dən|tan|tən)\s+)\d")
# Right after a date: the date is the occasion's name ("November 8 - Victory Day").
_OCCASION_AFTER_RE = re.compile(r"^\s*(?:[-–—]\s*|—)(?:the\s+)?[A-ZА-ЯЁ\"«]")


def month_number(name: str) -> int | None:
    # Azerbaijani "İyunun": casefold() turns the dotted capital İ into "i" plus a dot above
    return MONTHS.get(name.replace("İ", "i").casefold().rstrip("."))


def names_relative_day(text: str) -> bool:
    """Whether ``text`` says "today", "вчера", "dünən"..."""
    return _RELATIVE_RE.search(text) is not None


def relative_day_end(text: str, pos: int) -> int | None:
    """Where a "dünən" / "вчера" written at ``pos`` ends: a day, not the first word of a
    name that follows it."""
    match = _RELATIVE_RE.match(text, pos)
    return None if match is None else match.end()


def relative_day(text: str, published: dt.date) -> dt.date | None:
    """The day a "today" / "вчера" / "dünən" in ``text`` names, counted from ``published``."""
    match = _RELATIVE_RE.search(text)
    if match is None:
        return None
    return published + dt.timedelta(days=_RELATIVE_DAYS[match.group("word").casefold()])


def weekday_day(text: str, published: dt.date) -> dt.date | None:
    """The day a weekday in ``text`` names ("On Sunday", "в минувшую субботу"): the last
    such day before ``published``, or the next one in a sentence about the future."""
    match = _WEEKDAY_RE.search(text)
    if match is None:
        return None
    weekday = WEEKDAYS[match.group("wd").casefold()]
    if _FUTURE_RE.search(text):
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


@dataclass
class DayFound:
    day: dt.date
    start: int
    end: int
    relative: bool


@dataclass
class DateWindow:
    """What the event form needs: a start, an optional end and a precision."""

    start: dt.date | None
    end: dt.date | None
    precision: DatePrecision
    day: dt.date | None = None


def find_event_day(
    sentences: list[tuple[int, str]],
    published: dt.date | None,
    year: int | None,
    excluded: list[tuple[int, int]],
    previous_day: dt.date | None = None,
) -> DayFound | None:
    """The first day an event's sentences give for it (``sentences`` = (offset, text))."""
    for offset, text in sentences:
        future = bool(_FUTURE_RE.search(text))
        candidates: list[DayFound] = []
        weekdays: list[DayFound] = []
        for match in DAY_MONTH_RE.finditer(text):
            start, end = offset + match.start(), offset + match.end()
            if any(start < e and s < end for s, e in excluded) and not _preceded_by_on(
                text, match.start()
            ):
                continue
            if _OCCASION_AFTER_RE.match(text[match.end() :]):
                continue
            if _RANGE_AFTER_RE.match(text[match.end() :]):
                continue  # a range of days: "February 25-26", "mayın 26-dan 28-dək"
            stamp = _CLOCK_AFTER_RE.match(text[match.end() :])
            if stamp and (match.group("year") or stamp.group("year")):
                continue  # "1 апреля 2010 13:21": the page's time stamp, not the event's day
            month = month_number(match.group("m1") or match.group("m2"))
            day = int(match.group("d1") or match.group("d2"))
            explicit_year = int(match.group("year")) if match.group("year") else None
            found = _resolve(day, month, explicit_year, year, published, future)
            if found is not None:
                candidates.append(DayFound(found, start, end, False))
        for match in _RU_WORD_DAY_RE.finditer(text):  # "Девятого ноября мы собрались"
            found = _resolve(_ru_word_day(match), month_number(match.group("month")), None,
                             year, published, future)
            if found is not None:
                candidates.append(DayFound(found, offset + match.start(), offset + match.end(),
                                           False))
        candidates += [  # "am 26.02.2025": a day in figures (dates_numeric)
            DayFound(day, offset + start, offset + end, False)
            for day, start, end in numeric_days(text, year, published, future)
            if not any(offset + start < e and s < offset + end for s, e in excluded)
        ]
        if published is not None:
            for match in _RELATIVE_RE.finditer(text):
                word = match.group("word").casefold()
                delta = _RELATIVE_DAYS.get(word, 0)
                # "Накануне в Сарапуле ..." after an event told with its day: that day's eve
                anchor = previous_day if word == "накануне" and previous_day else published
                candidates.append(
                    DayFound(
                        anchor + dt.timedelta(days=delta),
                        offset + match.start(),
                        offset + match.end(),
                        True,
                    )
                )
            for match in _WEEKDAY_RE.finditer(text):
                weekday = WEEKDAYS[match.group("wd").casefold()]
                if future:
                    delta = (weekday - published.weekday()) % 7 or 7
                else:
                    delta = -((published.weekday() - weekday) % 7)
                weekdays.append(
                    DayFound(
                        published + dt.timedelta(days=delta),
                        offset + match.start("wd"),
                        offset + match.end("wd"),
                        True,
                    )
                )
            candidates += weekdays
        if previous_day is not None:
            for match in _SAME_DAY_RE.finditer(text):
                candidates.append(
                    DayFound(previous_day, offset + match.start(), offset + match.end(), True)
                )
            for pattern, delta in ((_NEXT_DAY_RE, 1), (_DAY_BEFORE_RE, -1)):
                candidates.extend(
                    DayFound(
                        previous_day + dt.timedelta(days=delta),
                        offset + match.start(),
                        offset + match.end(),
                        True,
                    )
                    for match in pattern.finditer(text)
                )
        if candidates:
            explicit = [c for c in candidates if not c.relative]
            # "Накануне, в пятницу": a weekday named is surer than a word relative to a day
            chosen = min(explicit or weekdays or candidates, key=lambda c: c.start)
            return _later_day_of(
                chosen, text[: chosen.start - offset], text[chosen.end - offset :]
            )
    return None


def _resolve(
    day: int,
    month: int | None,
    explicit_year: int | None,
    year: int | None,
    published: dt.date | None,
    future: bool,
) -> dt.date | None:
    """The date of a day and month: in the year written, else the report's; a day after the
    report in a past-tense sentence is last year's; none far from the report (history)."""
    if month is None or not 1 <= day <= 31:
        return None
    the_year = explicit_year or year or (published.year if published else None)
    if the_year is None:
        return None
    found = _safe(the_year, month, day)
    if found is None or published is None:
        return found
    if explicit_year is None and found > published and not future:
        found = _safe(the_year - 1, month, day) or found
    if abs((found - published).days) > 120:
        return None  # history ("February 26, 1992"), not the event
    return found


# Russian ordinals in the genitive, as a day is written in words ("девятого ноября")
_RU_UNITS = [
    "перв", "втор", "трет", "четв[её]рт", "пят", "шест", "седьм", "восьм", "девят", "десят",
    "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
    "семнадцат", "восемнадцат", "девятнадцат", "двадцат",
]
_RU_WORD_DAY_RE = re.compile(
    r"(?<!\w)(?:(?P<tens>двадцать|тридцать)\s+)?(?P<unit>"
    + "|".join(_RU_UNITS) + r"|тридцат)(?:ого|его|ьего)\s+"
    r"(?P<month>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября"
    r"|ноября|декабря)(?!\w)",
    re.IGNORECASE,
)


def _ru_word_day(match: re.Match[str]) -> int:
    """The day "двадцать первого" / "девятого" names."""
    unit = match.group("unit").casefold()
    if unit == "тридцат":
        return 30
    tens = {"двадцать": 20, "тридцать": 30}.get((match.group("tens") or "").casefold(), 0)
    return tens + next(i for i, stem in enumerate(_RU_UNITS, 1) if re.fullmatch(stem, unit))


# "Mayın 14-də başlayan Günlərin 2-ci günü", "в третий день фестиваля, открывшегося 3 мая",
# "on the second day of the festival that began on May 14": a day counted from the start
_STARTED_RE = re.compile(
    r"^[^.;]{0,20}?(?:başlayan|başlamış|начавш\w*|стартовавш\w*|открывш\w*|(?:which|that) "
    r"(?:began|started|opened))",
    re.IGNORECASE,
)
_STARTED_BEFORE_RE = re.compile(
    r"(?:began|started|opened|начал\w*|начавш\w*|открывш\w*|стартовавш\w*)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_DAY_ORDINAL_RE = re.compile(
    r"(?<!\w)(?:(?P<n>[2-9])-?(?:ci|cı|cu|cü|nci|ncı|ncu|ncü|й|th|nd|rd)|(?P<w>ikinci|üçüncü"
    r"|dördüncü|second|third|fourth|втор[а-яё]*|трет[а-яё]*|четв[её]рт[а-яё]*))"
    r"\s+(?:gün|day|день|дня)",
    re.IGNORECASE,
)
_DAY_ORDINAL_WORDS = {"ikinci": 2, "üçüncü": 3, "dördüncü": 4, "second": 2, "third": 3,
                      "fourth": 4, "втор": 2, "трет": 3, "четв": 4}


def _later_day_of(found: DayFound, before: str, after: str) -> DayFound:
    """The day ``found`` names, or a later one when it is the start of several days and the
    sentence tells of one of the following ("the second day")."""
    if _STARTED_RE.match(after):
        ordinal = _DAY_ORDINAL_RE.search(after[:160])
    elif _STARTED_BEFORE_RE.search(before):
        ordinal = _DAY_ORDINAL_RE.search(before[-160:])
    else:
        return found
    if ordinal is None:
        return found
    word = ordinal.group("w")
    number = int(ordinal.group("n")) if ordinal.group("n") else next(
        n for stem, n in _DAY_ORDINAL_WORDS.items() if word.casefold().startswith(stem)
    )
    return DayFound(found.day + dt.timedelta(days=number - 1), found.start, found.end,
                    found.relative)


def _preceded_by_on(text: str, position: int) -> bool:
    return bool(re.search(r"\b(?:on|On)\s+(?:the\s+)?$", text[:position]))


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def occasion_day(reference: dt.date | None, published: dt.date | None) -> dt.date | None:
    """The occasion's date in the year of the report, on or before the report."""
    if reference is None or published is None:
        return None
    this_year = _safe(published.year, reference.month, reference.day)
    if this_year is None:
        return None
    if this_year > published:
        this_year = _safe(published.year - 1, reference.month, reference.day)
    return this_year


def window(
    day: dt.date | None,
    published: dt.date | None,
    occasion_reference: dt.date | None,
    future: bool = False,
) -> DateWindow:
    """The event's date fields from a found day or, failing that, occasion and report."""
    if day is not None:
        return DateWindow(day, None, DatePrecision.DAY, day)
    if published is None:
        return DateWindow(None, None, DatePrecision.BETWEEN)
    if future and occasion_reference is not None:
        upcoming = _safe(published.year, occasion_reference.month, occasion_reference.day)
        if upcoming is not None and upcoming >= published:
            return DateWindow(published, upcoming, DatePrecision.BETWEEN)
    start = occasion_day(occasion_reference, published)
    if start is not None and (published - start).days <= 92:
        return DateWindow(start, published, DatePrecision.BETWEEN)
    # No day and no recent occasion date: reports of this genre appear within weeks.
    return DateWindow(published - dt.timedelta(days=30), published, DatePrecision.BETWEEN)


@dataclass
class PeriodFound:
    """Dates a report gives coarser than one day: a month ("в марте 2025 года", "2025-ci
    ilin martında") or a span of days ("с 3 по 5 марта"); start and end are text offsets."""

    window: DateWindow
    start: int
    end: int

    def covers(self, day: DayFound) -> bool:
        """Whether the day was read from the period's own words ("5 марта" of "с 3 по 5")."""
        return self.start <= day.start < self.end

    def holds(self, day: dt.date) -> bool:
        """Whether ``day`` lies in the period: a day that tells it more precisely."""
        first = self.window.start
        if first is None:
            return False
        if self.window.precision == DatePrecision.MONTH:
            return (day.year, day.month) == (first.year, first.month)
        return first <= day <= (self.window.end or first)


_ORDINAL = r"(?:st|nd|rd|th|-?го|-?е|-d[əa])?"  # "15th", "15-го", Azerbaijani "15-də"
_AND = r"(?:и|and|və|&)"
_DAY_LIST = (  # "15 и 16", "15th, 16th and 17th": the first and the last day, all in "days"
    rf"(?P<days>(?P<d1>\d{{1,2}}){_ORDINAL}(?:\s*,\s*\d{{1,2}}{_ORDINAL})*"
    rf"\s*,?\s+{_AND}\s+(?P<d2>\d{{1,2}}){_ORDINAL})"
)
_SPAN_RES = [
    re.compile(  # "с 3 по 5 марта 2025 года", "с 28 февраля по 2 марта"
        rf"\bс\s+(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{_MONTH_ALT}))?\s+по\s+(?P<d2>\d{{1,2}})\s+"
        rf"(?P<m2>{_MONTH_ALT})\b(?:,?\s+(?P<year>\d{{4}}))?",
        re.IGNORECASE,
    ),
    re.compile(  # "3-5 марта", "3–5 aprel", "3-5 April 2025"
        rf"(?<![\d.])(?P<d1>\d{{1,2}})\s*[-–—]\s*(?P<d2>\d{{1,2}})(?:-?(?:го|е))?\s+"
        rf"(?P<m2>{_MONTH_ALT})\b(?:,?\s+(?P<year>\d{{4}}))?",
        re.IGNORECASE,
    ),
    re.compile(  # "April 3-5, 2025"
        rf"\b(?P<m2>{_MONTH_ALT})\s+(?P<d1>\d{{1,2}})\s*[-–—]\s*(?P<d2>\d{{1,2}})\b"
        rf"(?:,?\s+(?P<year>\d{{4}}))?",
        re.IGNORECASE,
    ),
    re.compile(  # "15 и 16 мая", "15, 16 və 17 may", "15th and 16th of May 2025"
        rf"(?<![\d.]){_DAY_LIST}\s+(?:of\s+)?(?P<m2>{_MONTH_ALT})\b(?:,?\s+(?P<year>\d{{4}}))?",
        re.IGNORECASE,
    ),
    re.compile(  # "May 15 and 16, 2025", "mayın 15-də və 16-da"
        rf"\b(?P<m2>{_MONTH_ALT})\s+{_DAY_LIST}\b(?:,?\s+(?P<year>\d{{4}}))?",
        re.IGNORECASE,
    ),
]
_AZ_MONTHS = "yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr"
_MONTH_RES = [
    re.compile(  # "в марте 2025 года", "в марте"
        r"\bв\s+(?P<m>январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре"
        r"|ноябре|декабре)\b(?:\s+(?P<year>\d{4}))?",
        re.IGNORECASE,
    ),
    re.compile(  # "in March 2025", "in June of 1933", "in March"
        r"\bin\s+(?P<m>January|February|March|April|May|June|July|August|September|October"
        r"|November|December)\b(?:(?:,?|\s+of)\s+(?P<year>\d{4}))?"
    ),
    re.compile(  # "2025-ci ilin martında", "mart ayında"
        rf"(?:\b(?P<year>\d{{4}})-?(?:ci|cı|cu|cü)\s+ilin\s+)?\b(?P<m>{_AZ_MONTHS})"
        r"(?:\s+ayında|ında|ində|unda|ündə|da|də)(?!\w)",
        re.IGNORECASE,
    ),
]


def find_period(
    sentences: list[tuple[int, str]],
    published: dt.date | None,
    year: int | None,
    future: bool = False,
) -> PeriodFound | None:
    """The first span of days or month without a day the sentences give (in a sentence
    with both, the span: "с 3 по 5 марта" also names March).

    A month or span of a year far from the report's is history, not the event."""
    for offset, text in sentences:
        for pattern in _SPAN_RES:
            for match in pattern.finditer(text):
                found = _span(match, published, year, future)
                if found is not None:
                    return PeriodFound(found, offset + match.start(), offset + match.end())
        for pattern in _MONTH_RES:
            for match in pattern.finditer(text):
                first = _dated(match, "m", 1, published, year, future)
                if first is not None:
                    window = DateWindow(first, None, DatePrecision.MONTH)
                    return PeriodFound(window, offset + match.start(), offset + match.end())
    return None


# "в 2025 году", "in 2025", "2025-ci ildə": a year and no month or day
# "В 2025 году ...", "In 2025, ...", "2025-ci ildə ...": a sentence dated by a year alone. Only
# one the year opens: further in ("the society, set up in 1999, ...", "фестиваль, который
# впервые провели в 2011 году, ...") a year dates the history the report recalls, not its event.
_RECENT = r"(?P<year>199[5-9]|20[0-4]\d)"
_YEAR_ALONE_RES = [
    re.compile(rf"\s*[вВ]\s+{_RECENT}(?:-?м)?\s+году(?!\w)"),
    re.compile(rf"\s*In\s+{_RECENT}\b(?!\s*[-–—/]\s*\d)"),
    re.compile(rf"\s*{_RECENT}-?(?:ci|cı|cu|cü)\s+ild[əe](?!\w)", re.IGNORECASE),
]
_HISTORY_RE = re.compile(
    r"впервые|основан|создан|\bfirst\b|\bfounded\b|\bestablished\b|ilk dəfə|yaradıl|təsis",
    re.IGNORECASE,
)


def find_year(sentences: list[tuple[int, str]], history: int | None) -> PeriodFound | None:
    """The one year that opens sentences, as a date of year precision; none when they name
    two years (which is the event's is not known), tell a first time or a founding, or give
    only ``history``, the year of the occasion remembered."""
    found = [
        (offset + match.start("year"), offset + match.end(), int(match.group("year")))
        for offset, text in sentences
        if not _HISTORY_RE.search(text)
        for pattern in _YEAR_ALONE_RES
        if (match := pattern.match(text)) is not None
    ]
    years = {year for _start, _end, year in found}
    if len(years) != 1 or history in years:
        return None
    start, end, year = found[0]
    return PeriodFound(DateWindow(dt.date(year, 1, 1), None, DatePrecision.YEAR), start, end)


def _span(
    match: re.Match[str], published: dt.date | None, year: int | None, future: bool
) -> DateWindow | None:
    if match.groupdict().get("days") and not _consecutive(match.group("days")):
        return None  # "12, 13 and 16 May": separate days, not one span
    last = _dated(match, "m2", int(match.group("d2")), published, year, future)
    if last is None:
        return None
    first_month = month_number(match.group("m1")) if match.groupdict().get("m1") else None
    first = _safe(last.year, first_month or last.month, int(match.group("d1")))
    if first is not None and first > last:
        first = _safe(last.year - 1, first.month, first.day)
    if first is None or first >= last:
        return None
    return DateWindow(first, last, DatePrecision.DAY)


def _consecutive(days: str) -> bool:
    """Whether a list of days ("15, 16 и 17") runs without a gap: only then is it one span."""
    numbers = [int(n) for n in re.findall(r"\d{1,2}", days)]
    return all(b == a + 1 for a, b in itertools.pairwise(numbers))


def _dated(
    match: re.Match[str],
    month_group: str,
    day: int,
    published: dt.date | None,
    year: int | None,
    future: bool,
) -> dt.date | None:
    """The day of ``match``'s month in its year, None when that is more than a year from
    the report's (history); without a year, the last such day on or before a past report."""
    month = month_number(match.group(month_group))
    explicit = int(match.group("year")) if match.group("year") else None
    the_year = explicit or year or (published.year if published else None)
    if month is None or the_year is None:
        return None
    found = _safe(the_year, month, day)
    if found is None or published is None:
        return found
    if explicit is not None:
        return found if abs(explicit - published.year) <= 1 else None  # else history
    if found > published and not future:
        found = _safe(the_year - 1, month, day)
    return found
