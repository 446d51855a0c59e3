"""The cover sheet: what the report covers, with which filters, made when and by whom.

A report travels up the chain on its own, so the cover must answer "what am I
looking at?" without the app: period, filters, totals, author, app version.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import DatePrecision, Event, EventOrganizer
from db.queries import EventFilter
from desktop import __version__
from desktop.reports.cells import DATETIME_FORMAT, INTEGER_FORMAT, KnownTo, known_to
from desktop.reports.language import translate
from desktop.reports.localize import filter_text
from desktop.reports.periods import span_text
from desktop.reports.xlsx import STYLES, Book


@dataclass
class Totals:
    events: int
    regions: int
    organizations: int
    first: dt.date | None
    last: dt.date | None
    latest: dt.date | None
    """The last day any event may have been on (an event dated "between" ends later than
    it starts): the end of the data's span, as the per-period sheets count it."""


def totals(session: Session, event_filter: EventFilter) -> Totals:
    """Headline numbers of the filtered events, counted in SQL."""
    conditions = event_filter.conditions()
    events, regions, first, last = session.execute(
        select(
            func.count(Event.id),
            func.count(func.distinct(Event.region_id)),
            func.min(Event.start_date),
            func.max(Event.start_date),
        ).where(*conditions)
    ).one()
    organizations = session.scalar(
        select(func.count(func.distinct(EventOrganizer.organization_id)))
        .join(Event, EventOrganizer.event_id == Event.id)
        .where(*conditions)
    )
    ends = session.execute(
        select(Event.date_precision, func.max(func.coalesce(Event.end_date, Event.start_date)))
        .where(*conditions).group_by(Event.date_precision)
    ).all()
    latest = max((_last_possible_day(day, precision) for precision, day in ends if day),
                 default=None)
    return Totals(events or 0, regions or 0, organizations or 0, first, last, latest)


def _last_possible_day(day: dt.date, precision: DatePrecision) -> dt.date:
    """The last day an event ending on ``day`` may have been on: a date known only to its
    month (year) is stored as the month's (year's) first day, yet covers all of it."""
    if precision == DatePrecision.YEAR:
        return day.replace(month=12, day=31)
    if precision == DatePrecision.MONTH:
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return day


def _as_known(session: Session, event_filter: EventFilter, day: dt.date | None
              ) -> dt.date | KnownTo | None:
    """The first (last) start date as far as its events know it: a conference known only to
    be in 2025 is stored as 1 January and must not read as an event on that day.
    Shown to the day when any event starting then is known to the day."""
    if day is None:
        return None
    precisions = set(session.scalars(
        select(Event.date_precision).distinct()
        .where(*event_filter.conditions(), Event.start_date == day)))
    for precision in (DatePrecision.DAY, DatePrecision.BETWEEN, DatePrecision.MONTH):
        if precision in precisions:
            return known_to(day, precision)
    return known_to(day, DatePrecision.YEAR)


def write_cover(
    book: Book,
    title: str,
    *,
    report_title: str,
    filters: list[tuple[str, str]],
    figures: Totals,
    session: Session,
    event_filter: EventFilter,
    granularity: str,
    sheets: list[str],
    author: str,
    made_at: dt.datetime,
    data_set: str,
) -> None:
    sheet = book.sheet(title)
    widths = (24, 64)  # as wide as an upright A4 page prints at full size
    sheet.widths(widths)
    sheet.print_setup(title_rows=None, landscape=False)

    def pair(label: str | None, value: object, number_format: str | None = None) -> None:
        # Left-aligned: a number at the far end of the wide value column reads as detached.
        if isinstance(value, str):
            sheet.fit_height([(value, widths[1])])
        if label:
            sheet.cell(sheet.row, 0, translate(label), "label")
        sheet.cell(sheet.row, 1, value, "wrap", num_format=number_format)
        sheet.skip()

    sheet.spanning(report_title, len(widths), "title", points=STYLES["title"]["font_size"])
    sheet.skip()
    pair("Period", _period(filters, figures))
    if filters:
        for index, (label, value) in enumerate(filters):
            pair("Filters" if index == 0 else None, filter_text(label, value))
    else:
        pair("Filters", translate("none (all events that are not in the trash)"))
    pair("Grouped by", translate(granularity))
    sheet.skip()
    pair("Events", figures.events, INTEGER_FORMAT)
    pair("Regions", figures.regions, INTEGER_FORMAT)
    pair("Organizations", figures.organizations, INTEGER_FORMAT)
    pair("First event", _as_known(session, event_filter, figures.first))
    pair("Last event", _as_known(session, event_filter, figures.last))
    sheet.skip()
    pair("Sheets", ", ".join(sheets))
    pair("Made on", made_at, DATETIME_FORMAT)
    if author:
        pair("Made by", author)
    pair("Data set", data_set)
    pair("App", f"Diaspora Events {__version__}")
    sheet.skip()
    note = translate("Organizations: bodies that organized, co-organized, hosted or supported "
                     "at least one of the events.")
    sheet.fit_height([(note, widths[1])])
    sheet.cell(sheet.row, 1, note, "note", "wrap")
    sheet.skip()


def _period(filters: list[tuple[str, str]], figures: Totals) -> str:
    for label, value in filters:
        if label == "Period":
            return value
    if figures.first is None:
        return translate("all dates (no events)")
    return translate("{span} (all dates in the data)").format(
        span=span_text(figures.first, figures.latest))
