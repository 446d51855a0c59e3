"""The counting rules of the summaries, checked on files read back.

Imprecise dates: an event counts in every period it overlaps; a year-only event
is not a January event, it has its year's "date within the year unknown" column;
events that started before the report's period and ran into it are in it.
"Events with no region" are not a region and do not rank among them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from db.engine import Database
from db.event_store import EventInput, EventStore
from db.models import DatePrecision
from desktop.reports import ReportOptions, export_workbook


def save(database: Database, *events: EventInput) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session, user="tester")
        for data in events:
            store.save(data)


def event(title: str, start: dt.date, **fields) -> EventInput:
    return EventInput(title=title, start_date=start, country="Russia", **fields)


def rows(path: Path, sheet: str) -> list[tuple]:
    return list(load_workbook(path)[sheet].iter_rows(values_only=True))


def top_block(sheet_rows: list[tuple]) -> list[tuple]:
    """The rows of the Top-10 block: after its header (Country, Region, Events)."""
    start = next(i for i, r in enumerate(sheet_rows) if r[:3] == ("Country", "Region", "Events"))
    block = []
    for row in sheet_rows[start + 1:]:
        if row[0] is None:
            break
        block.append(row[:3])
    return block


def test_no_region_does_not_rank_as_a_region(database: Database, tmp_path: Path):
    day = dt.date(2025, 3, 1)
    save(database, *(event(f"Nowhere {n}", day) for n in range(5)),
         event("Vladivostok", day, region="Primorsky Krai"),
         event("Chelyabinsk", day, region="Chelyabinsk region"),
         event("Chelyabinsk again", day, region="Chelyabinsk region"))
    out = tmp_path / "r.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("per_region",)))
    sheet = rows(out, "Per region")
    assert any(r[1] == "(no region)" and r[-1] == 5 for r in sheet)  # still in the table
    assert top_block(sheet) == [("Russia", "Chelyabinsk Oblast", 2),
                                ("Russia", "Primorsky Krai", 1)]
    assert "Regions with the most events (top 2)" in [r[0] for r in sheet]


def per_region(path: Path) -> tuple[list[str], dict[str, dict[str, object]]]:
    """The per-region sheet as (period headers, {region: {header: value}})."""
    sheet = rows(path, "Per region")
    headers = list(sheet[0])
    table = {}
    for row in sheet[1:]:
        if row[0] is None:
            break
        table[row[1] or row[0]] = dict(zip(headers, row, strict=False))
    return headers[3:-1], table


def test_a_year_only_event_is_not_a_january_event(database: Database, tmp_path: Path):
    save(database,
         event("Some time in 2025", dt.date(2025, 1, 1), date_precision=DatePrecision.YEAR,
               region="Primorsky Krai"),
         event("On a day in January", dt.date(2025, 1, 20), region="Primorsky Krai"),
         event("In March, day unknown", dt.date(2025, 3, 1), date_precision=DatePrecision.MONTH,
               region="Primorsky Krai"))
    out = tmp_path / "r.xlsx"
    for granularity, unknown, first_count in (("month", "2025, month unknown", 1),
                                              ("quarter", "2025, quarter unknown", 2)):
        export_workbook(database, out, ReportOptions(sheets=("per_region",),
                                                     granularity=granularity))
        periods, table = per_region(out)
        row = table["Primorsky Krai"]
        assert unknown in periods
        assert periods.index(unknown) == len(periods) - 1  # after the year's own periods
        assert row[unknown] == 1
        first = periods[0]
        assert row[first] == first_count  # January: the dated event; Q1 also March's
        assert row["Total"] == 3
        assert table["Total"][unknown] == 1 and table["Total"]["Total"] == 3
    export_workbook(database, out, ReportOptions(sheets=("per_region",), granularity="year"))
    periods, table = per_region(out)
    assert periods == ["2025"] and table["Primorsky Krai"]["2025"] == 3


def test_an_event_counts_in_every_period_it_overlaps_and_once_in_the_total(
    database: Database, tmp_path: Path
):
    save(database,
         event("Festival over new year", dt.date(2023, 12, 30), end_date=dt.date(2024, 1, 2),
               region="Primorsky Krai"),
         event("Between two days", dt.date(2024, 2, 26), end_date=dt.date(2024, 3, 4),
               date_precision=DatePrecision.BETWEEN, region="Primorsky Krai"))
    out = tmp_path / "r.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("cover", "events", "per_region")))
    periods, table = per_region(out)
    row = table["Primorsky Krai"]
    assert [row[p] for p in periods] == [1, 1, 1, 1]  # Dec, Jan, Feb, Mar
    assert row["Total"] == 2 and table["Total"]["Total"] == 2


def test_a_report_of_a_year_holds_the_event_that_ran_into_it(database: Database, tmp_path: Path):
    from db.queries import EventFilter

    save(database,
         event("Festival over new year", dt.date(2023, 12, 30), end_date=dt.date(2024, 1, 2),
               region="Primorsky Krai"),
         event("Over before the year", dt.date(2023, 12, 1), region="Primorsky Krai"),
         event("March, day unknown", dt.date(2024, 3, 1), date_precision=DatePrecision.MONTH,
               region="Primorsky Krai"),
         event("2024, month unknown", dt.date(2024, 1, 1), date_precision=DatePrecision.YEAR,
               region="Primorsky Krai"))
    out = tmp_path / "r.xlsx"
    year = EventFilter(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31))
    export_workbook(database, out, ReportOptions(event_filter=year))
    titles = {r[1] for r in rows(out, "Events")[1:]}
    assert titles == {"Festival over new year", "March, day unknown", "2024, month unknown"}
    cover = {r[0]: r[1] for r in rows(out, "Cover")}
    assert cover["Events"] == 3
    periods, table = per_region(out)
    assert periods[0] == "2024-01" and periods[-1] == "2024, month unknown"  # no 2023 column
    row = table["Primorsky Krai"]
    assert (row["2024-01"], row["2024-03"], row["2024, month unknown"], row["Total"]) == (
        1, 1, 1, 3)
    # a window into the middle of March: the month-only March event may have been in it
    mid_march = EventFilter(date_from=dt.date(2024, 3, 10), date_to=dt.date(2024, 3, 20))
    export_workbook(database, out, ReportOptions(event_filter=mid_march, sheets=("events",)))
    assert {r[1] for r in rows(out, "Events")[1:]} == {"March, day unknown",
                                                       "2024, month unknown"}


def test_the_counting_rule_is_a_query_an_overview_can_reuse(database: Database):
    from db.queries import EventFilter, events_per_region

    save(database,
         event("Some time in 2025", dt.date(2025, 1, 1), date_precision=DatePrecision.YEAR,
               region="Primorsky Krai"),
         event("Over two months", dt.date(2025, 1, 30), end_date=dt.date(2025, 2, 2),
               region="Primorsky Krai"))
    with database.sessions() as session:
        (row,) = events_per_region(session, EventFilter(), "month")
    assert row.region_code == "RU-PRI" and row.events == 2
    assert row.per_period == {(2025, 1): 1, (2025, 2): 1, (2025, None): 1}


def test_every_workbook_says_how_its_figures_are_counted(database: Database, tmp_path: Path):
    out = tmp_path / "r.xlsx"
    for sheets in (("events",), ("cover", "per_region", "per_organization")):
        export_workbook(database, out, ReportOptions(sheets=sheets))
        wb = load_workbook(out)
        assert wb.sheetnames[-1] == "How these figures are counted"
        text = " ".join(str(v) for r in wb.worksheets[-1].iter_rows(values_only=True)
                        for v in r if v)
        for words in ("every period it overlaps", "month unknown", "once",
                      "several organizers", "no region"):
            assert words in text, words


def test_wrapped_rules_get_rows_tall_enough_to_print(database: Database, tmp_path: Path):
    """Excel and LibreOffice do not grow a written row: long text must not print over the next."""
    out = tmp_path / "r.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("cover",)))
    ws = load_workbook(out)["How these figures are counted"]
    long_rows = [cell.row for cell in ws["B"] if cell.value and len(str(cell.value)) > 200]
    assert long_rows
    assert all((ws.row_dimensions[r].height or 15) >= 45 for r in long_rows)
