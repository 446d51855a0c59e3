"""Days written in figures, as German (and Russian) reports write them: "am 26.02.2025",
"Düsseldorf, 21.02.2026:", "am 26.02." (the report's year)."""

from __future__ import annotations

import datetime as dt
import re

NUMERIC_DAY_RE = re.compile(
    r"(?<![\d.,/:-])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})?(?!\d|\.\d)"
    # "25.02 в Бремене", "26.02, в Гамбурге": no closing dot, a two-digit month before a word
    # (not an amount: "12.50 dollars" has no month 50, "1.5 million" no two digits)
    # ("в 10.05", "at 10.05", "saat 10.05" are times)
    r"|(?<![\d.,/:-])(?<!\b[вс] )(?<!\bдо )(?<!\bat )(?<!saat )"
    r"(?P<d2>\d{1,2})\.(?P<m2>0[1-9]|1[0-2])"
    r"(?=,?\s+(?!(?:million|billion|thousand|млн|млрд|тыс|milyon|milyard|min)\w*)[^\W\d])"
)
# "24.03.2022, 20:07" / "30.05.2024 | 14:05": a page's time stamp, not an event's day
_STAMP_AFTER_RE = re.compile(r"\s*[,|/]?\s*\d{1,2}:\d{2}\b")


def numeric_days(
    text: str, year: int | None, published: dt.date | None, future: bool
) -> list[tuple[dt.date, int, int]]:
    """(day, start, end) of the days ``text`` writes in figures, resolved the way written
    days are: a day without a year in the report's year, and only within 120 days of the
    report (history, "20.01.1990", is no event's day)."""
    out: list[tuple[dt.date, int, int]] = []
    for match in NUMERIC_DAY_RE.finditer(text):
        if match.group("y") and _STAMP_AFTER_RE.match(text, match.end()):
            continue
        explicit = int(match.group("y")) if match.group("y") else None
        the_year = explicit or year or (published.year if published else None)
        if the_year is None:
            continue
        day, month = match.group("d") or match.group("d2"), match.group("m") or match.group("m2")
        try:
            found = dt.date(the_year, int(month), int(day))
        except ValueError:
            continue
        if published is not None:
            if explicit is None and found > published and not future:
                found = _earlier(found)
            if abs((found - published).days) > 120:
                continue
        out.append((found, match.start(), match.end()))
    return out


def _earlier(day: dt.date) -> dt.date:
    """The same day a year before (a day after the report is last year's)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day  # 29 February
