"""The workbook as a committee prints it: converted to PDF by LibreOffice, page by page.

Every page is one A4 sheet (portrait or landscape, never wider), the sample report
takes one page per sheet (wide tables a few pages across), and months over several
years print one year per page instead of shrinking every month onto one page.
Skipped where LibreOffice or poppler's pdfinfo is not installed.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db.engine import Database
from db.event_store import EventInput, EventStore
from desktop.reports import ALL_SHEETS, ReportOptions, export_workbook
from desktop.sample import load_sample

SOFFICE = shutil.which("soffice")
PDFINFO = shutil.which("pdfinfo")
pytestmark = pytest.mark.skipif(not (SOFFICE and PDFINFO),
                                reason="LibreOffice (soffice) and pdfinfo are needed")
A4 = (595.3, 841.9)


def to_pdf(workbook: Path) -> list[tuple[float, float]]:
    """Convert with a private LibreOffice profile; the size of every page in points."""
    profile = workbook.parent / "lo-profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(workbook.parent), str(workbook)],
        check=True, capture_output=True, timeout=240,
    )
    pdf = workbook.with_suffix(".pdf")
    info = subprocess.run([PDFINFO, "-f", "1", "-l", "9999", str(pdf)], check=True,
                          capture_output=True, text=True).stdout
    return [(float(w), float(h)) for w, h in
            re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def is_a4(size: tuple[float, float]) -> bool:
    return all(abs(a - b) < 1 for a, b in zip(sorted(size), A4, strict=True))


def test_the_sample_report_prints_on_a4_about_a_page_per_sheet(
    database: Database, tmp_path: Path
):
    with database.sessions.begin() as session:
        load_sample(session)
    out = tmp_path / "sample.xlsx"
    export_workbook(database, out, ReportOptions(sheets=(*ALL_SHEETS, "speaker_summary")))
    wb = load_workbook(out)
    across = {ws.title: int(ws.page_setup.fitToWidth or 1) for ws in wb}
    pages = to_pdf(out)
    assert pages and all(is_a4(size) for size in pages), pages
    # a page per sheet, a wide table (the events list) some pages across, none running on
    assert across["Speakers"] == across["Program"] == 1  # a speaker and the event together
    assert 2 <= across["Events"] <= 5
    assert len(pages) == sum(across.values())


def test_months_of_several_years_print_one_year_per_page(database: Database, tmp_path: Path):
    with database.sessions.begin() as session:
        store = EventStore(session, user="tester")
        for index in range(36):
            store.save(EventInput(title=f"Event {index}", region="Primorsky Krai",
                                  start_date=dt.date(2022 + index // 12, index % 12 + 1, 15)))
    out = tmp_path / "years.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("per_region",)))
    pages = to_pdf(out)
    assert all(is_a4(size) for size in pages)
    assert len(pages) == 3 + 1  # 2022, 2023, 2024, and how the figures are counted
