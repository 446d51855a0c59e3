"""Period columns for the summaries: every month, quarter or year of the period.

Empty periods get a column too, so a quiet month shows as 0 instead of
vanishing from a committee's quarterly table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from db.queries import EventFilter, Granularity, period_key

PeriodKey = tuple[int, int]
MAX_COLUMNS = 600
"""Beyond this the filter's bounds are ignored and the data's own span is used."""


def next_key(key: PeriodKey, granularity: Granularity) -> PeriodKey:
    year, part = key
    if granularity == "month":
        return (year + 1, 1) if part == 12 else (year, part + 1)
    if granularity == "quarter":
        return (year + 1, 1) if part == 4 else (year, part + 1)
    return year + 1, 0


def key_range(first: PeriodKey, last: PeriodKey, granularity: Granularity) -> list[PeriodKey]:
    keys = []
    key = first
    while key <= last:
        keys.append(key)
        key = next_key(key, granularity)
    return keys


def label(key: PeriodKey, granularity: Granularity) -> str:
    year, part = key
    if granularity == "month":
        from desktop.reports.language import month_label

        return month_label(year, part)
    if granularity == "quarter":
        return f"{year} Q{part}"
    return str(year)


def period_keys(
    event_filter: EventFilter, present: Iterable[PeriodKey], granularity: Granularity
) -> list[PeriodKey]:
    """Columns from the filter's first to last period, widened to cover the data."""
    seen = sorted(set(present))
    bounds = list(seen)
    if event_filter.date_from is not None:
        bounds.append(period_key(event_filter.date_from, granularity))
    if event_filter.date_to is not None:
        bounds.append(period_key(event_filter.date_to, granularity))
    if not bounds:
        return []
    keys = key_range(min(bounds), max(bounds), granularity)
    if len(keys) > MAX_COLUMNS and seen:
        keys = key_range(seen[0], seen[-1], granularity)
    return keys


def span_text(first: dt.date | None, last: dt.date | None) -> str:
    if first is None and last is None:
        return "all dates"
    start = first.isoformat() if first else "…"
    end = last.isoformat() if last else "…"
    return f"{start} – {end}"
