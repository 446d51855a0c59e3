"""Names sort the way a reader of the report's language expects (ICU collation).

In Azerbaijani Ç follows C and Ş follows S; in code-point order both land after Z.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db.engine import Database
from db.event_store import EventInput, EventStore, OrganizerInput
from desktop.reports import ReportOptions, export_workbook
from desktop.reports.language import collation_key, use_language

if not os.environ.get("CI"):  # CI installs PyICU (see .ci/run): there it must not skip
    pytest.importorskip("icu")

NAMES = ["Şəfa", "Zəfər", "Sevgi", "Çinar", "Cənnət", "Dostluq"]
AZERBAIJANI_ORDER = ["Cənnət", "Çinar", "Dostluq", "Sevgi", "Şəfa", "Zəfər"]


def test_azerbaijani_order():
    with use_language("az"):
        assert sorted(NAMES, key=collation_key) == AZERBAIJANI_ORDER


def test_organizations_sheet_in_azerbaijani_order(database: Database, tmp_path: Path):
    with database.sessions.begin() as session:
        store = EventStore(session, user="tester")
        for name in NAMES:
            store.save(EventInput(title=f"Tədbir {name}", start_date=dt.date(2025, 3, 1),
                                  organizers=[OrganizerInput(name)]))
    out = tmp_path / "az.xlsx"
    export_workbook(database, out, ReportOptions(language="az", sheets=("per_organization",)))
    ws = load_workbook(out).worksheets[0]
    names = [row[0] for row in ws.iter_rows(min_row=2, values_only=True)][: len(NAMES)]
    assert names == AZERBAIJANI_ORDER
