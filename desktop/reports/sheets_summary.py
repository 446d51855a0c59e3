"""Summary sheets: events per region x period, per organization x type, per occasion x region.

Every number comes from a SQL aggregate over the same :class:`EventFilter` as
the events list, and is written as a value (not a formula) so the file reads
right in any program, even one that does not recalculate.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy import and_, case, extract, func, select
from sqlalchemy.orm import Session, aliased

from db.models import Country, Event, EventOrganizer, EventType, Occasion, Organization, Region
from db.queries import (
    EventFilter,
    Granularity,
    events_per_region,
)
from desktop.reports.cells import (
    HEADER_ALIGNMENT,
    HEADER_FILL,
    HEADER_FONT,
    INTEGER_FORMAT,
    NOTE_FONT,
    SUBTOTAL_FILL,
    TITLE_FONT,
    TOTAL_BORDER,
    TOTAL_FONT,
    header_row,
    print_setup,
    set_widths,
    styled,
    to_cell,
)
from desktop.reports.periods import label, period_keys
from desktop.reports.stream import RowEncoder, StreamSheet, create_stream_sheet, style_id

NO_COUNTRY = "(no country)"
NO_REGION = "(no region)"
NO_TYPE = "(no type)"
NO_OCCASION = "(no occasion)"
TOP_REGIONS = 10


def _last(value: str | None) -> tuple[bool, str]:
    """Sort key that puts missing names after real ones."""
    return (value is None, value or "")


class _Rows:
    """Appends rows to a write-only sheet and remembers the row number."""

    def __init__(self, ws: WriteOnlyWorksheet):
        self.ws = ws
        self.count = 0

    def append(self, values: Sequence[Any]) -> int:
        self.ws.append(list(values))
        self.count += 1
        return self.count

    def values(self, values: Sequence[Any], number_format: str | None = None) -> int:
        return self.append([to_cell(self.ws, v, number_format) for v in values])

    def total(self, values: Sequence[Any], subtotal: bool = False) -> int:
        style: dict[str, Any] = {"font": TOTAL_FONT}
        style["fill" if subtotal else "border"] = SUBTOTAL_FILL if subtotal else TOTAL_BORDER
        return self.append(
            [styled(self.ws, v, number_format=INTEGER_FORMAT, **style) for v in values]
        )


def _setup(ws: WriteOnlyWorksheet, widths: Sequence[float], freeze: str) -> None:
    set_widths(ws, widths)
    ws.freeze_panes = freeze
    print_setup(ws)


def _name_width(names: Sequence[str], minimum: int = 10, maximum: int = 50) -> float:
    return float(min(max([minimum, *(len(n) + 2 for n in names)]), maximum))


# --- per region -----------------------------------------------------------------


def write_per_region(
    wb: Workbook, title: str, session: Session, event_filter: EventFilter,
    granularity: Granularity,
) -> None:
    """Regions grouped by country x periods, totals both ways, chart of the top regions.

    A period column counts the events that overlap it; a Total counts each event
    once (the rule of :func:`db.queries.event_periods`, stated in the workbook).
    """
    counts = events_per_region(session, event_filter, granularity)
    keys = period_keys(event_filter, [k for c in counts for k in c.per_period], granularity)
    by_country: dict[str | None, list] = defaultdict(list)
    for c in counts:
        by_country[c.country].append(c)
    countries = sorted(by_country, key=_last)

    ws = wb.create_sheet(title)
    names = [c.country or NO_COUNTRY for c in counts] + [f"Total: {c}" for c in countries if c]
    regions = [c.region or NO_REGION for c in counts]
    _setup(ws, [_name_width(names), _name_width(regions, 12), 10, *[9] * len(keys), 9], "D2")
    out = _Rows(ws)
    out.append(header_row(ws, ["Country", "Region", "ISO code", *(label(k, granularity)
                                                                  for k in keys), "Total"]))
    grand, grand_events = [0] * len(keys), 0
    ranking: list[tuple[int, str, str]] = []
    for country in countries:
        subtotal, events = [0] * len(keys), 0
        for row in sorted(by_country[country], key=lambda r: _last(r.region)):
            numbers = [row.per_period.get(k, 0) for k in keys]
            out.values([country or NO_COUNTRY, row.region or NO_REGION, row.region_code,
                        *numbers, row.events], INTEGER_FORMAT)
            if row.region is not None:  # events with no region are not a region to rank
                ranking.append((row.events, country or NO_COUNTRY, row.region))
            subtotal = [a + b for a, b in zip(subtotal, numbers, strict=True)]
            events += row.events
        grand = [a + b for a, b in zip(grand, subtotal, strict=True)]
        grand_events += events
        if len(countries) > 1:
            out.total([f"Total: {country or NO_COUNTRY}", None, None, *subtotal, events],
                      subtotal=True)
    out.total(["Total", None, None, *grand, grand_events])
    _top_regions_chart(ws, out, ranking)


def _top_regions_chart(
    ws: WriteOnlyWorksheet, out: _Rows, ranking: list[tuple[int, str, str]]
) -> None:
    """A block of the top regions under the table (same columns) and a bar chart of it."""
    top = sorted(ranking, key=lambda r: (-r[0], r[1], r[2]))[:TOP_REGIONS]
    top = [r for r in top if r[0] > 0]
    if not top:
        return
    out.append([])
    out.append([styled(ws, f"Top {len(top)} regions by number of events", font=TITLE_FONT)])
    first = out.append(header_row(ws, ["Country", "Region", "Events"]))
    for events, country, region in top:
        out.values([country, region, events], INTEGER_FORMAT)
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = "Top regions by number of events"
    chart.legend = None
    chart.x_axis.scaling.orientation = "maxMin"  # biggest bar on top
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.majorGridlines = None
    chart.y_axis.title = "Events"
    chart.add_data(Reference(ws, min_col=3, min_row=first, max_row=first + len(top)),
                   titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=first + 1, max_row=first + len(top)))
    chart.width = 20
    chart.height = 3 + 0.9 * len(top)
    ws.add_chart(chart, f"E{first}")


# --- per organization ------------------------------------------------------------


class _StreamTable:
    """Header, data rows, a total and a note, encoded straight to a :class:`StreamSheet`.

    For the summaries whose length grows with the data (organizations, occasion x
    region): openpyxl cell objects made them slow and, held for sorting, big.
    """

    def __init__(self, ws: StreamSheet, number_columns: Sequence[int]):
        self.ws = ws
        self.encoder = RowEncoder(ws, {i: INTEGER_FORMAT for i in number_columns})
        self.count = 0

    def header(self, values: Sequence[str]) -> None:
        self.count += 1
        style = style_id(self.ws, font=HEADER_FONT, fill=HEADER_FILL,
                         alignment=HEADER_ALIGNMENT)
        from desktop.reports.language import translate

        self.ws.write(self.encoder.header([translate(v) for v in values], style, self.count))

    def rows(self, rows: Sequence[Sequence[Any]]) -> None:
        encode, first = self.encoder.row, self.count + 1
        self.ws.write("".join(encode(v, n) for n, v in enumerate(rows, start=first)))
        self.count += len(rows)

    def total(self, values: Sequence[Any]) -> None:
        self.count += 1
        style = style_id(self.ws, font=TOTAL_FONT, border=TOTAL_BORDER,
                         number_format=INTEGER_FORMAT)
        self.ws.write(self.encoder.styled(values, self.count, style))

    def note(self, text: str) -> None:
        self.count += 2  # a blank row before it
        self.ws.write(self.encoder.styled([text], self.count, style_id(self.ws, font=NOTE_FONT)))


def _organization_rows(session: Session, event_filter: EventFilter, types: list[str | None]):
    """(organization, region, country, counts per type), streamed in name order.

    The database groups and sorts; rows of one organization arrive together, so
    only one organization's numbers are in memory at a time (20,000 organizations
    of a million events took 270 MB when collected first).
    """
    org_region, org_country = aliased(Region), aliased(Country)
    query = (
        select(Organization.name, org_region.name, org_country.name, EventType.name,
               func.count(func.distinct(Event.id)))
        .select_from(EventOrganizer)
        .join(Event, EventOrganizer.event_id == Event.id)
        .join(Organization, EventOrganizer.organization_id == Organization.id)
        .outerjoin(org_region, Organization.region_id == org_region.id)
        .outerjoin(org_country, Organization.country_id == org_country.id)
        .outerjoin(EventType, Event.event_type_id == EventType.id)
        .where(*event_filter.conditions())
        .group_by(Organization.id, Organization.name, org_region.name, org_country.name,
                  EventType.name)
        .order_by(Organization.name, org_region.name, org_country.name, Organization.id)
    )
    column = {t: i for i, t in enumerate(types)}
    key: tuple | None = None
    numbers: list[int] = []
    result = session.connection().execute(query, execution_options={"stream_results": True})
    for name, region, country, event_type, events in result:
        if (name, region, country) != key:
            if key is not None:
                yield (*key, numbers)
            key, numbers = (name, region, country), [0] * len(types)
        numbers[column[event_type]] += events
    if key is not None:
        yield (*key, numbers)


def write_per_organization(
    wb: Workbook, title: str, session: Session, event_filter: EventFilter
) -> None:
    """Organizing bodies x event type; an event with two organizers counts for each."""
    present = set(session.scalars(
        select(EventType.name).distinct()
        .select_from(EventOrganizer)
        .join(Event, EventOrganizer.event_id == Event.id)
        .outerjoin(EventType, Event.event_type_id == EventType.id)
        .where(*event_filter.conditions())
    ))
    known = list(session.scalars(select(EventType.name).order_by(EventType.id)))
    types: list[str | None] = [t for t in known if t in present]
    types += sorted(t for t in present if t is not None and t not in types)
    if None in present:
        types.append(None)
    headers = ["Organization", "Region", "Country", *(t or NO_TYPE for t in types), "Total"]
    ws = create_stream_sheet(wb, title)
    out = _StreamTable(ws, range(3, len(headers)))
    grand = [0] * len(types)
    sample: list[list[Any]] | None = []
    organizations = 0

    def start(rows: list[list[Any]]) -> None:
        _setup(ws, [_name_width([r[0] for r in rows], 14, 60),
                    _name_width([r[1] or "" for r in rows], 10),
                    _name_width([r[2] or "" for r in rows], 10),
                    *(min(max(len(t or NO_TYPE) + 2, 9), 22) for t in types), 9], "D2")
        out.header(headers)
        out.rows(rows)

    batch: list[list[Any]] = []
    for name, region, country, numbers in _organization_rows(session, event_filter, types):
        organizations += 1
        grand = [a + b for a, b in zip(grand, numbers, strict=True)]
        row = [name, region, country, *numbers, sum(numbers)]
        if sample is not None:
            sample.append(row)
            if len(sample) == 200:  # widths fitted to the first rows, as in TableWriter
                start(sample)
                sample = None
            continue
        batch.append(row)
        if len(batch) == 1000:
            out.rows(batch)
            batch = []
    if sample is not None:
        start(sample)
    out.rows(batch)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{organizations + 1}"
    out.total(["Total", None, None, *grand, sum(grand)])
    out.note("An event with several organizers counts once for each of them, "
             "so the total can exceed the number of events.")


# --- per occasion ------------------------------------------------------------------


def occasion_counts(
    session: Session, event_filter: EventFilter
) -> dict[tuple[str | None, int | None, str | None, str | None, str | None], int]:
    """Events per (occasion, anniversary, country, region, region code).

    The anniversary is the one the date gives (the occasion's reference year),
    or the reported one when the occasion has no reference date; it is worked
    out in SQL (the rule of :meth:`Occasion.anniversary_on`) so the database
    groups by it: grouping by the reported number and merging here held a
    row per (reported anniversary, year, region), hundreds of MB at a million
    events.
    """
    years = extract("year", Event.start_date) - extract("year", Occasion.reference_date)
    anniversary = case(
        (and_(Occasion.reference_date.is_not(None), years > 0), years),
        else_=Event.anniversary,
    )
    query = (
        select(Occasion.name, anniversary, Country.name, Region.name, Region.code,
               func.count(Event.id))
        .select_from(Event)
        .outerjoin(Occasion, Event.occasion_id == Occasion.id)
        .outerjoin(Country, Event.country_id == Country.id)
        .outerjoin(Region, Event.region_id == Region.id)
        .where(*event_filter.conditions())
        .group_by(Occasion.id, Occasion.name, anniversary, Country.name, Region.name,
                  Region.code)
    )
    result: dict[tuple, int] = defaultdict(int)
    for name, number, country, region, code, n in session.execute(query):
        number = int(number) if number is not None else None
        result[(name, number, country, region, code)] += n
    return result


def write_per_occasion(
    wb: Workbook, title: str, session: Session, event_filter: EventFilter
) -> None:
    """Where each anniversary of each occasion was marked (long format, ready to filter)."""
    counts = occasion_counts(session, event_filter)
    keys = sorted(counts, key=lambda k: (_last(k[0]), k[1] is None, k[1] or 0, _last(k[2]),
                                         _last(k[3])))
    ws = create_stream_sheet(wb, title)
    _setup(ws, [_name_width([k[0] or NO_OCCASION for k in keys], 12, 50), 13,
                _name_width([k[2] or NO_COUNTRY for k in keys], 10),
                _name_width([k[3] or NO_REGION for k in keys], 10), 10, 9], "C2")
    out = _StreamTable(ws, (1, 5))
    out.header(["Occasion", "Anniversary", "Country", "Region", "ISO code", "Events"])
    for first in range(0, len(keys), 1000):  # in slices: one joined string per slice
        out.rows([[occasion or NO_OCCASION, anniversary, country or NO_COUNTRY,
                   region or NO_REGION, code, counts[key]]
                  for key in keys[first:first + 1000]
                  for occasion, anniversary, country, region, code in (key,)])
    ws.auto_filter.ref = f"A1:F{len(keys) + 1}"
    out.total(["Total", None, None, None, None, sum(counts.values())])
