"""Coverage gaps are a choice of their own: a full report and the gaps of one occasion in
one file, the gaps honouring the report's region, country and period."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.engine import Database
from db.event_store import EventInput, EventStore, OrganizerInput
from db.models import Occasion, Region
from db.queries import EventFilter
from desktop.reports import ALL_SHEETS, ReportOptions, export_workbook
from desktop.sample import load_sample


@pytest.fixture
def offices(database_with) -> Database:
    """The sample (three Khojaly events in 2025) and events for other occasions elsewhere
    (made once, copied for each test)."""
    return database_with(_offices)


def _offices(database: Database) -> None:
    with database.sessions.begin() as session:
        load_sample(session)
        store = EventStore(session, user="tester")
        store.save(EventInput(title="Evening in Moscow", start_date=dt.date(2025, 1, 20),
                              occasion="20 January tragedy", region="Moscow",
                              organizers=[OrganizerInput("Vətən")]))
        store.save(EventInput(title="Old concert in Omsk", start_date=dt.date(2023, 5, 1),
                              region="Omsk Oblast", organizers=[OrganizerInput("Birlik")]))


def _ids(database: Database) -> tuple[int, int]:
    with database.sessions() as session:
        khojaly = session.scalar(select(Occasion.id).where(Occasion.name == "Khojaly genocide"))
        moscow = session.scalar(select(Region.id).where(Region.code == "RU-MOW"))
    assert khojaly is not None and moscow is not None
    return khojaly, moscow


def _gaps(path: Path) -> tuple[list[str], list[str]]:
    rows = list(load_workbook(path)["Coverage gaps"].iter_rows(values_only=True))
    regions_at = rows.index(next(r for r in rows if str(r[0]).startswith("Regions")))
    orgs_at = rows.index(next(r for r in rows if str(r[0]).startswith("Organizations")))
    return ([r[0] for r in rows[regions_at + 2: orgs_at - 1]],
            [r[0] for r in rows[orgs_at + 2:] if r[0]])


def test_full_report_and_its_gaps_in_one_file(offices: Database, tmp_path: Path):
    khojaly, _ = _ids(offices)
    out = tmp_path / "full.xlsx"
    export_workbook(offices, out, ReportOptions(sheets=(*ALL_SHEETS, "coverage_gaps"),
                                                gaps_occasion_id=khojaly))
    wb = load_workbook(out)
    assert wb["Events"].max_row == 6  # every event, not only the occasion's
    assert _gaps(out) == (["Moscow", "Omsk Oblast"], ["Birlik", "Vətən"])


def test_gaps_honour_the_period_and_the_region(offices: Database, tmp_path: Path):
    khojaly, moscow = _ids(offices)
    out = tmp_path / "gaps.xlsx"
    year = EventFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))
    export_workbook(offices, out, ReportOptions(event_filter=year, sheets=("coverage_gaps",),
                                                gaps_occasion_id=khojaly))
    assert _gaps(out) == (["Moscow"], ["Vətən"])  # Omsk held nothing in 2025: no gap there
    in_moscow = EventFilter(region_id=moscow)
    export_workbook(offices, out, ReportOptions(event_filter=in_moscow, sheets=("coverage_gaps",),
                                                gaps_occasion_id=khojaly))
    assert _gaps(out) == (["Moscow"], ["Vətən"])


def test_cli_gaps_for_adds_the_sheet_to_the_full_report(offices: Database, tmp_path: Path):
    import argparse

    from desktop.cli_export import add_export_command, run_export

    parser = argparse.ArgumentParser(prog="diaspora-events")
    add_export_command(parser.add_subparsers(dest="command"))
    out = tmp_path / "cli.xlsx"
    args = parser.parse_args(["export", "--out", str(out), "--gaps-for", "Khojaly genocide",
                              "--from", "2025-01-01"])
    assert run_export(offices, args) == 0
    wb = load_workbook(out)
    assert "Coverage gaps" in wb.sheetnames and "Per region" in wb.sheetnames
    assert _gaps(out) == (["Moscow"], ["Vətən"])
