"""Period columns for the summaries: every month, quarter or year of the period.

Empty periods get a column too, so a quiet month shows as 0 instead of
vanishing from a committee's quarterly table. A year with events dated only
to the year gets a "month (quarter) unknown" column after its own periods.
The periods an event counts in are decided by :func:`db.queries.event_periods`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from db.queries import EventFilter, Granularity, PeriodKey, key_range, period_key, sort_key

MAX_COLUMNS = 600
"""Beyond this the filter's bounds are ignored and the data's own span is used."""
MAX_SPAN = 120
"""Beyond this many periods from the first event's to the last's, only the periods that
hold events are columns: one stray old date (1925 typed for 2025) must not make a century
of empty columns, and it stands out among the few."""


def label(key: PeriodKey, granularity: Granularity) -> str:
    from desktop.reports.language import month_label, translate

    year, part = key
    if part is None:
        unknown = "{year}, month unknown" if granularity == "month" else "{year}, quarter unknown"
        return translate(unknown).format(year=year)
    if granularity == "month":
        return month_label(year, part)
    if granularity == "quarter":
        return quarter_label(year, part)
    return str(year)


def quarter_label(year: int, quarter: int) -> str:
    """A quarter column as the report's language writes it: "2025 Q1", "1 кв. 2025",
    "3-cü rüb 2025". The catalog gives a CLDR date pattern (quarter "Q", year "y", quoted
    words); Babel fills in the number and the locale's quarter words, whose ordinal
    ending follows the number ("1-ci", "3-cü"), which no fixed pattern can."""
    from babel.dates import format_date

    from desktop.reports.language import current, translate

    # TRANSLATORS: a CLDR date pattern, not words: Q = quarter number, QQQ = short quarter
    # ("Q1", "1-ci kv."), QQQQ = long quarter ("1-ci rüb"), y = year, 'кв.' = quoted words.
    pattern = translate("y QQQ")
    return format_date(dt.date(year, 3 * quarter - 2, 1), pattern, locale=current())


def period_keys(
    event_filter: EventFilter, present: Iterable[PeriodKey], granularity: Granularity
) -> list[PeriodKey]:
    """Columns from the filter's first to last period, widened to cover the data."""
    seen = sorted(set(present), key=sort_key)
    known = [key for key in seen if key[1] is not None]
    bounds = list(known)
    if event_filter.date_from is not None:
        bounds.append(period_key(event_filter.date_from, granularity))
    if event_filter.date_to is not None:
        bounds.append(period_key(event_filter.date_to, granularity))
    keys: list[PeriodKey] = []
    if bounds:
        keys = key_range(min(bounds, key=sort_key), max(bounds, key=sort_key), granularity)
        if len(keys) > MAX_COLUMNS and known:
            keys = key_range(known[0], known[-1], granularity)
        if len(keys) > MAX_SPAN and known:
            keys = list(known)
    keys += [key for key in seen if key[1] is None]
    return sorted(keys, key=sort_key)


def span_text(first: dt.date | None, last: dt.date | None) -> str:
    """A period as the report's language writes dates (see cells.local_date_format)."""
    from desktop.reports.language import current

    if first is None and last is None:
        return "all dates"

    def shown(day: dt.date | None) -> str:
        if day is None:
            return "…"
        return day.isoformat() if current() == "en" else day.strftime("%d.%m.%Y")

    return f"{shown(first)} – {shown(last)}"
