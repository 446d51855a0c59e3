"""The overview window names a period as the printed report does, in ru, az and en.

The window wrote Azerbaijani quarters through its Qt catalog ("2025, rüb 1") while the
report, through Babel, heads the same column "1-ci rüb 2025": a clerk comparing the
window with the paper should read one name for one period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from db.engine import Database
from desktop.reports import ReportOptions, export_workbook
from tests.test_reports_session17 import YEAR_2025, fill_year


@pytest.fixture
def year(database_with: Any) -> Database:
    return database_with(fill_year)


def _paper_periods(database: Database, path: Path, language: str, granularity: str
                   ) -> list[str]:
    """The period column headers of the per-region sheet, before "Total"."""
    export_workbook(database, path, ReportOptions(
        event_filter=YEAR_2025, language=language, granularity=granularity,  # type: ignore[arg-type]
        sheets=("per_region",)))
    sheet = load_workbook(path).worksheets[0]
    header = [str(value) for value in next(sheet.iter_rows(max_row=1, values_only=True))]
    lead = 4 if language != "en" else 3  # country, region, ISO code (and English name)
    return header[lead:-1]


def _window_periods(qtbot: Any, database: Database, granularity: str) -> list[str]:
    from desktop.ui.overview import OverviewWidget

    overview = OverviewWidget(database)
    qtbot.addWidget(overview)
    overview.set_filter(YEAR_2025)
    overview.granularity.setCurrentIndex(overview.granularity.findData(granularity))
    try:
        with qtbot.waitSignal(overview.refreshed, timeout=20_000):
            overview.show()
        axis = overview.period_view.chart().axes(Qt.Orientation.Horizontal)[0]
        return [str(name) for name in axis.categories()]
    finally:
        overview.wait()


@pytest.mark.parametrize("language", ["az", "ru", "en"])
@pytest.mark.parametrize("granularity", ["quarter", "year"])
def test_a_period_reads_the_same_in_the_window_and_on_paper(
    qtbot: Any, interface_language: Any, year: Database, tmp_path: Path, language: str,
    granularity: str,
):
    interface_language(language)
    paper = _paper_periods(year, tmp_path / "report.xlsx", language, granularity)
    window = _window_periods(qtbot, year, granularity)
    # the year's "unknown" column is "?" in the window, whose chart title explains it
    assert window[:-1] == paper[:-1]
    if language == "az" and granularity == "quarter":
        assert window[:4] == ["1-ci rüb 2025", "2-ci rüb 2025", "3-cü rüb 2025",
                              "4-cü rüb 2025"]


@pytest.mark.parametrize("language", ["az", "ru"])
def test_months_of_several_years_read_as_on_paper(
    qtbot: Any, interface_language: Any, year: Database, tmp_path: Path, language: str
):
    """A chart over several years names a month with its year, as the report's column."""
    from desktop.ui.overview import OverviewWidget

    interface_language(language)
    several = replace(YEAR_2025, date_from=dt.date(2024, 1, 1))
    export_workbook(year, tmp_path / "r.xlsx", ReportOptions(
        event_filter=several, language=language, granularity="month", sheets=("per_region",)))
    header = next(load_workbook(tmp_path / "r.xlsx").worksheets[0].iter_rows(
        max_row=1, values_only=True))
    paper = [str(value) for value in header[4:-2]]  # the months, before "unknown" and "Total"
    overview = OverviewWidget(year)
    qtbot.addWidget(overview)
    overview.set_filter(several)
    try:
        with qtbot.waitSignal(overview.refreshed, timeout=20_000):
            overview.show()
        axis = overview.period_view.chart().axes(Qt.Orientation.Horizontal)[0]
        window = [str(name) for name in axis.categoriesLabels()
                  if not str(name).endswith("?")]  # some months, evenly spread
    finally:
        overview.wait()
    assert len(paper) == 24 and window and set(window) <= set(paper)
