"""Summary sheets: events per region x period, per organization x type, per occasion x region.

Every number comes from a SQL aggregate over the same :class:`EventFilter` as
the events list, and is written as a value (not a formula) so the file reads
right in any program, even one that does not recalculate. Places, event types
and occasions are named in the report's language (:class:`Names`); a report in
another language than English adds their English names in a column of their own.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.models import Country, Event, EventOrganizer, EventType, Occasion, Organization, Region
from db.queries import (
    EventFilter,
    Granularity,
    PeriodKey,
    RegionCount,
    events_per_region,
    occasion_counts,
)
from desktop.reports.cells import INTEGER_FORMAT
from desktop.reports.language import collation_key, translate
from desktop.reports.localize import Names
from desktop.reports.periods import label, period_keys
from desktop.reports.xlsx import LINE_HEIGHT, Book, Sheet

NO_COUNTRY = "(no country)"
NO_REGION = "(no region)"
NO_TYPE = "(no type)"
NO_OCCASION = "(no occasion)"
TOP_REGIONS = 10
BATCH = 1000


def _last(value: str | None) -> tuple[bool, bytes]:
    """Sort key in the report's language that puts missing names after real ones."""
    return (value is None, collation_key(value))


def _name_width(names: Sequence[str], minimum: int = 10, maximum: int = 50) -> float:
    return float(min(max([minimum, *(len(n) + 2 for n in names)]), maximum))


def _header_width(headers: Sequence[str], minimum: float = 10) -> float:
    """A column wide enough for its bold header on one line, in any report language.

    Headers wrap; a word longer than its column is cut in two when printed ("Мероприят/ия").
    Bold letters are about a tenth wider than the plain ones widths are counted in.
    """
    return float(max([minimum, *(math.ceil(len(h) * 1.1) + 2 for h in headers)]))


def _total(sheet: Sheet, values: Sequence[Any], subtotal: bool = False) -> int:
    return sheet.append(values, "subtotal" if subtotal else "total", num_format=INTEGER_FORMAT)


def _setup(sheet: Sheet, widths: Sequence[float], freeze_col: int) -> None:
    sheet.widths(widths)
    sheet.freeze(1, freeze_col)
    sheet.print_setup()


# --- per region -----------------------------------------------------------------


def write_per_region(
    book: Book, title: str, session: Session, event_filter: EventFilter,
    granularity: Granularity, names: Names,
) -> None:
    """Regions grouped by country x periods, totals both ways, chart of the top regions.

    A period column counts the events that overlap it; a Total counts each event
    once (the rule of :func:`db.queries.event_periods`, stated in the workbook).
    """
    counts = events_per_region(session, event_filter, granularity)
    keys = period_keys(event_filter, [k for c in counts for k in c.per_period], granularity)
    no_country, no_region = translate(NO_COUNTRY), translate(NO_REGION)
    english = names.english_columns
    rows = []
    for c in counts:
        country = names.name(Country, c.country_id, c.country) or no_country
        region = names.name(Region, c.region_id, c.region)
        rows.append((country, region, c))
    by_country: dict[str, list[tuple[str | None, RegionCount]]] = defaultdict(list)
    for country, region, c in rows:
        by_country[country].append((region, c))
    countries = sorted(by_country, key=lambda name: (name == no_country, collation_key(name)))
    subtotal_label = translate("Total: {name}")

    lead = [translate(h) for h in ("Country", "Region", "ISO code",
                                    *(["Region (English)"] if english else []))]
    sheet = book.sheet(title)
    country_names = [*by_country, *(subtotal_label.format(name=c) for c in countries)]
    region_names = [r or no_region for r, _ in (pair for v in by_country.values() for pair in v)]
    # the top-regions block under the table reuses the first three columns
    top_headers = [translate(h) for h in ("Country", "Region", "Events")]
    widths = [max(_name_width(country_names), _header_width(top_headers[:1])),
              max(_name_width(region_names, 12), _header_width(top_headers[1:2])),
              _header_width([lead[2], top_headers[2]])]
    if english:
        widths.append(_name_width([c.region or "" for _, _, c in rows], 12))
    _setup(sheet, [*widths, *[PERIOD_WIDTH] * len(keys), PERIOD_WIDTH], len(lead))
    place = _print_a_year_per_page(sheet, keys, widths)
    # fitted to the page's width (print_setup) unless printed a year per page
    scale = min(1.0, PRINT_CHARACTERS / (sum(widths) + PERIOD_WIDTH * (len(keys) + 1)))
    sheet.header([*lead, *(label(k, granularity) for k in keys), translate("Total")])
    blanks = [None] * (len(lead) - 1)
    grand, grand_events = [0] * len(keys), 0
    ranking: list[tuple[int, str, str]] = []
    for country in countries:
        subtotal, events = [0] * len(keys), 0
        for region, row in sorted(by_country[country], key=lambda r: _last(r[0])):
            numbers = [row.per_period.get(k, 0) for k in keys]
            extra = [row.region] if english else []
            sheet.append([country, region or no_region, row.region_code, *extra, *numbers,
                          row.events], num_format=INTEGER_FORMAT)
            if region is not None:  # events with no region are not a region to rank
                ranking.append((row.events, country, region))
            subtotal = [a + b for a, b in zip(subtotal, numbers, strict=True)]
            events += row.events
        grand = [a + b for a, b in zip(grand, subtotal, strict=True)]
        grand_events += events
        if len(countries) > 1:
            _total(sheet, [subtotal_label.format(name=country), *blanks, *subtotal, events],
                   subtotal=True)
    _total(sheet, [translate("Total"), *blanks, *grand, grand_events])
    # On a table printed a year per page, the chart sits in one year's columns: over the
    # repeated name columns it would be printed, cut, on every page.
    _top_regions_chart(book, sheet, ranking, *(place or (0, CHART_WIDTH, scale)))


PRINT_CHARACTERS = 95
"""Characters of column width one landscape A4 page holds at 100 % (Calibri 11, margins)."""
PERIOD_WIDTH = 9
"""Width of a period column (and of the Total)."""
CHART_WIDTH = 640
"""Pixels of the top-regions chart's width, where its columns allow it."""
PAGE_POINTS = 595.3 - 2 * 0.75 * 72
"""Points of a landscape A4 page's height that rows print on at 100 % (less Excel's
default top and bottom margins)."""
PAGE_SPARE = 0.85
"""Share of a page the rows and the chart are counted to fill: Excel and LibreOffice
print rows a little taller or shorter than their heights say."""


def _print_a_year_per_page(
    sheet: Sheet, keys: list[PeriodKey], lead_widths: list[float]
) -> tuple[int, int, float] | None:
    """Months (quarters) of several years print one year per page, names repeated on each.

    Fitting every column to one page width shrank three years of months to 2 points;
    a page break before each year and a scale at which a year fits keep them legible.
    Returns where a chart prints whole on such a table: the first column of the year
    with the most columns, the pixels they span and the scale the pages print at
    (``None``: the table is not split).
    """
    years = sorted({key[0] for key in keys})
    if len(years) < 2 or keys[0][1] == 0:  # one year, or whole years as columns
        return None
    lead = len(lead_widths)
    starts = {year: lead + next(i for i, k in enumerate(keys) if k[0] == year)
              for year in years}
    columns = {year: sum(1 for k in keys if k[0] == year) for year in years}
    widest = max(years, key=lambda year: columns[year])
    block = sum(lead_widths) + PERIOD_WIDTH * (columns[widest] + 1)
    sheet.ws.set_v_pagebreaks([starts[year] for year in years[1:]])
    sheet.ws.repeat_columns(0, lead - 1)
    percent = max(10, min(100, int(100 * PRINT_CHARACTERS / block)))
    sheet.ws.set_print_scale(percent)
    return (starts[widest], min(CHART_WIDTH, columns[widest] * _pixels(PERIOD_WIDTH)),
            percent / 100)


def _pixels(width: float) -> int:
    """Pixels of a column ``width`` characters wide (Calibri 11: 7 a character, 5 of margin)."""
    return int(width * 7 + 0.5) + 5


def _top_regions_chart(
    book: Book, sheet: Sheet, ranking: list[tuple[int, str, str]], chart_col: int, width: int,
    scale: float,
) -> None:
    """A block of the top regions under the table and a bar chart ``width`` pixels wide
    under it, from ``chart_col`` on; on pages printed at ``scale``.

    Under, not beside: beside the block the chart straddled the page break of a
    table printed one year per page. Where the block and the chart may not end on the
    table's first page they start a page of their own (or the chart alone does, when
    both do not fit one): a long table's chart printed cut in two at a page's foot.
    """
    top = sorted(ranking, key=lambda r: (-r[0], collation_key(r[1]),
                                         collation_key(r[2])))[:TOP_REGIONS]
    top = [r for r in top if r[0] > 0]
    if not top:
        return
    height = int(110 + 34 * len(top))  # pixels of the chart
    room = PAGE_POINTS * PAGE_SPARE / scale
    # title, header, regions and a blank row, then the chart (3/4 of a point a pixel)
    block = (len(top) + 3) * LINE_HEIGHT + height * 0.75
    breaks = []
    if sheet.points_above(sheet.row + 1) + block > room and block <= room:
        breaks = [sheet.row]  # the block and the chart on a page of their own
    else:
        sheet.skip()
        if sheet.points_above(sheet.row) + block > room:  # the chart on a page of its own
            breaks = [sheet.row + len(top) + 3]
    sheet.append([translate("Regions with the most events (top {count})").format(count=len(top))],
                 "title")
    # the columns' widths allow for these headers (write_per_region)
    first = sheet.header([translate(h) for h in ("Country", "Region", "Events")])
    for events, country, region in top:
        sheet.append([country, region, events], num_format=INTEGER_FORMAT)
    last = first + len(top)
    chart = book.wb.add_chart({"type": "bar"})
    chart.add_series({
        "name": [sheet.title, first, 2],
        "categories": [sheet.title, first + 1, 1, last, 1],
        "values": [sheet.title, first + 1, 2, last, 2],
        "fill": {"color": "#1F4E78"},
    })
    chart.set_title({"name": translate("Top regions by number of events")})
    chart.set_legend({"none": True})
    chart.set_y_axis({"reverse": True})  # the biggest bar on top
    most = max(r[0] for r in top)
    chart.set_x_axis({"name": translate("Events"), "major_gridlines": {"visible": False},
                      "min": 0, "num_format": "0",  # counts: no 0.2 steps
                      "major_unit": max(1, math.ceil(most / 5))})
    chart.set_size({"width": width, "height": height})
    sheet.ws.set_h_pagebreaks(breaks)
    sheet.ws.insert_chart(last + 2, chart_col, chart)
    sheet.skip(2 + height // 20 + 1)  # rows the chart covers


# --- per organization ------------------------------------------------------------


def _organization_rows(
    session: Session, event_filter: EventFilter, types: list[int | None]
) -> Iterator[tuple[str, int | None, str | None, int | None, str | None, list[int]]]:
    """(organization, region id, region, country id, country, counts per type).

    The database groups and sorts by organization, so the rows of one organization
    arrive together and each organization becomes one short row here.
    """
    org_region, org_country = aliased(Region), aliased(Country)
    query = (
        select(Organization.id, Organization.name, org_region.id, org_region.name,
               org_country.id, org_country.name, Event.event_type_id,
               func.count(func.distinct(Event.id)))
        .select_from(EventOrganizer)
        .join(Event, EventOrganizer.event_id == Event.id)
        .join(Organization, EventOrganizer.organization_id == Organization.id)
        .outerjoin(org_region, Organization.region_id == org_region.id)
        .outerjoin(org_country, Organization.country_id == org_country.id)
        .where(*event_filter.conditions())
        .group_by(Organization.id, Organization.name, org_region.id, org_region.name,
                  org_country.id, org_country.name, Event.event_type_id)
        .order_by(Organization.name, Organization.id)
    )
    column = {t: i for i, t in enumerate(types)}
    key: int | None = None
    current: tuple[Any, ...] = ()
    numbers: list[int] = []
    result = session.connection().execute(query, execution_options={"stream_results": True})
    for org_id, name, region_id, region, country_id, country, type_id, events in result:
        if org_id != key:
            if key is not None:
                yield (*current, numbers)
            key, numbers = org_id, [0] * len(types)
            current = (name, region_id, region, country_id, country)
        numbers[column[type_id]] += events
    if key is not None:
        yield (*current, numbers)


def write_per_organization(
    book: Book, title: str, session: Session, event_filter: EventFilter, names: Names
) -> None:
    """Organizing bodies x event type; an event with two organizers counts for each."""
    present = set(session.scalars(
        select(Event.event_type_id).distinct()
        .select_from(EventOrganizer)
        .join(Event, EventOrganizer.event_id == Event.id)
        .where(*event_filter.conditions())
    ))
    known = session.execute(select(EventType.id, EventType.name).order_by(EventType.id)).all()
    types: list[int | None] = [i for i, _ in known if i in present]
    if None in present:
        types.append(None)
    english = dict(known)
    type_names = [(names.name(EventType, t, english.get(t)) or "") if t is not None
                  else translate(NO_TYPE) for t in types]
    headers = [translate(h) for h in ("Organization", "Region", "Country")]
    sheet = book.sheet(title)
    lead = len(headers)
    grand = [0] * len(types)
    rows: list[list[Any]] = []  # one short row per organization: sorted in the language
    for name, region_id, region, country_id, country, numbers in _organization_rows(
        session, event_filter, types
    ):
        grand = [a + b for a, b in zip(grand, numbers, strict=True)]
        rows.append([name, names.name(Region, region_id, region),
                     names.name(Country, country_id, country), *numbers, sum(numbers)])
    rows.sort(key=lambda r: collation_key(r[0]))
    sample = rows[:200]  # widths fitted to the first rows
    widths = [_name_width([r[0] for r in sample], 14, 60),
              _name_width([r[1] or "" for r in sample], 10),
              _name_width([r[2] or "" for r in sample], 10)]
    _setup(sheet, [*widths, *(min(max(len(t) + 2, 9), 22) for t in type_names), 9], lead)
    sheet.header([*headers, *type_names, translate("Total")])
    for row in rows:  # a name longer than its column wraps whole
        sheet.append_wrapped(row, widths, num_format=INTEGER_FORMAT)
    organizations = len(rows)
    sheet.autofilter(0, organizations, lead + len(types) + 1)
    _total(sheet, [translate("Total"), None, None, *grand, sum(grand)])
    sheet.skip()
    sheet.append([translate("An event with several organizers counts once for each of them, "
                            "so the total can exceed the number of events.")], "note")


# --- per occasion ------------------------------------------------------------------

def write_per_occasion(
    book: Book, title: str, session: Session, event_filter: EventFilter, names: Names
) -> None:
    """Where each anniversary of each occasion was marked (long format, ready to filter)."""
    counts = occasion_counts(session, event_filter)
    no_occasion, no_country = translate(NO_OCCASION), translate(NO_COUNTRY)
    no_region = translate(NO_REGION)
    rows: list[list[Any]] = []
    for key, events in counts.items():
        occasion_id, occasion, anniversary, country_id, country, region_id, region, code = key
        rows.append([
            names.name(Occasion, occasion_id, occasion) or no_occasion, anniversary,
            names.name(Country, country_id, country) or no_country,
            names.name(Region, region_id, region) or no_region, code, events,
            *([occasion] if names.english_columns else []),
        ])
    rows.sort(key=lambda r: (r[0] == no_occasion, collation_key(r[0]), r[1] is None, r[1] or 0,
                             r[2] == no_country, collation_key(r[2]), r[3] == no_region,
                             collation_key(r[3])))
    headers = [translate(h) for h in ("Occasion", "Anniversary", "Country", "Region",
                                      "ISO code", "Events",
                                      *(["Occasion (English)"] if names.english_columns else []))]
    sheet = book.sheet(title)
    widths = [_name_width([str(r[0]) for r in rows], 12, 50), 13,
              _name_width([str(r[2]) for r in rows]), _name_width([str(r[3]) for r in rows]),
              10, 9]
    if names.english_columns:
        widths.append(_name_width([str(r[6] or "") for r in rows], 12, 50))
    _setup(sheet, widths, 2)
    sheet.header(headers)
    for row in rows:
        _append_padded(sheet, row)
    sheet.autofilter(0, len(rows), len(headers))
    _append_padded(sheet, [translate("Total"), None, None, None, None, sum(counts.values())],
                   "total")


def _append_padded(sheet: Sheet, row: Sequence[Any], *styles: str) -> None:
    """A per-occasion row whose anniversary and count keep a space before the country and
    the English name that follow them: right-aligned, they printed as "33Rusiya"."""
    for col, value in enumerate(row):
        padded = ("padded",) if col in (1, 5) else ()
        sheet.cell(sheet.row, col, value, *styles, *padded,
                   num_format=INTEGER_FORMAT if col == 5 else None)
    sheet.skip()
