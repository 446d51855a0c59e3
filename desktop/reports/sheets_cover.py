"""The cover sheet: what the report covers, with which filters, made when and by whom.

A report travels up the chain on its own, so the cover must answer "what am I
looking at?" without the app: period, filters, totals, author, app version.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import tomllib
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Event, EventOrganizer
from db.queries import EventFilter
from desktop.reports.cells import (
    DATETIME_FORMAT,
    INTEGER_FORMAT,
    LABEL_FONT,
    NOTE_FONT,
    TITLE_FONT,
    print_setup,
    set_widths,
    styled,
    to_cell,
)
from desktop.reports.periods import span_text

LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)


def app_version() -> str:
    """The installed version, or the source tree's when running from a checkout."""
    try:
        return importlib.metadata.version("diaspora-events")
    except importlib.metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    try:
        with pyproject.open("rb") as handle:
            return f"{tomllib.load(handle)['project']['version']} (not installed)"
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"


@dataclass
class Totals:
    events: int
    regions: int
    organizations: int
    first: dt.date | None
    last: dt.date | None


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
    return Totals(events or 0, regions or 0, organizations or 0, first, last)


def write_cover(
    wb: Workbook,
    title: str,
    *,
    report_title: str,
    filters: list[tuple[str, str]],
    figures: Totals,
    granularity: str,
    sheets: list[str],
    author: str,
    made_at: dt.datetime,
    data_set: str,
) -> None:
    ws = wb.create_sheet(title)
    set_widths(ws, [24, 80])
    print_setup(ws, title_rows=None)
    ws.page_setup.orientation = "portrait"

    def pair(label: str, value: object, number_format: str | None = None) -> None:
        # Left-aligned: a number at the far end of the wide value column reads as detached.
        cell = styled(ws, value, alignment=LEFT)
        if number_format:
            cell.number_format = number_format
        ws.append([styled(ws, label, font=LABEL_FONT), cell])

    ws.append([styled(ws, report_title, font=TITLE_FONT)])
    ws.append([])
    pair("Period", _period(filters, figures))
    if filters:
        for index, (label, value) in enumerate(filters):
            ws.append([styled(ws, "Filters" if index == 0 else None, font=LABEL_FONT),
                       to_cell(ws, f"{label}: {value}")])
    else:
        pair("Filters", "none (all events that are not in the trash)")
    pair("Grouped by", granularity)
    ws.append([])
    pair("Events", figures.events, INTEGER_FORMAT)
    pair("Regions", figures.regions, INTEGER_FORMAT)
    pair("Organizations", figures.organizations, INTEGER_FORMAT)
    pair("First event", figures.first)
    pair("Last event", figures.last)
    ws.append([])
    pair("Sheets", ", ".join(sheets))
    pair("Made on", made_at, DATETIME_FORMAT)
    pair("Made by", author)
    pair("Data set", data_set)
    pair("App", f"Diaspora Events {app_version()}")
    ws.append([])
    ws.append([None, styled(ws, "Organizations: bodies that organized, co-organized, hosted or "
                                "supported at least one of the events.", font=NOTE_FONT)])


def _period(filters: list[tuple[str, str]], figures: Totals) -> str:
    for label, value in filters:
        if label == "Period":
            return value
    return f"{span_text(figures.first, figures.last)} (all dates in the data)" if (
        figures.first) else "all dates (no events)"
