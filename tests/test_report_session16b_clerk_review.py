"""A clerk's review of the Russian and Azerbaijani quarterly reports, read back from real files.

The data set is the committee's Q1 2025 of tests/test_report_session16_quarter.py. Quarter
columns must read as each language writes a quarter, numbers on the per-occasion sheet
must not run into the next column's text on paper, and one report calls the filters by
one word.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell

from db.engine import Database
from db.queries import EventFilter
from desktop.reports import ReportOptions, export_workbook
from tests.test_report_session16_quarter import Q1, _export, fill_quarter

YEAR_2025 = EventFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))


@pytest.fixture
def quarter(database_with) -> Database:
    return database_with(fill_quarter)


def _quarter_headers(path: Path) -> list[str]:
    """The per-region sheet's five period column headers, the last before "Total"."""
    header = next(load_workbook(path).worksheets[2].iter_rows(max_row=1, values_only=True))
    return [str(value) for value in header[-6:-1]]


@pytest.mark.parametrize(("language", "expected"), [
    # Azerbaijani puts the ordinal first, its ending following the number's vowel
    ("az", ["1-ci rüb 2025", "2-ci rüb 2025", "3-cü rüb 2025", "4-cü rüb 2025",
            "2025, rüb məlum deyil"]),
    # already natural: stays as it was
    ("ru", ["1 кв. 2025", "2 кв. 2025", "3 кв. 2025", "4 кв. 2025",
            "2025, квартал неизвестен"]),
    ("en", ["2025 Q1", "2025 Q2", "2025 Q3", "2025 Q4", "2025, quarter unknown"]),
])
def test_quarter_columns_read_as_the_language_writes_a_quarter(
    quarter: Database, tmp_path: Path, language: str, expected: list[str]
):
    """The Azerbaijani report headed its quarter columns "2025, rüb 1": a clerk writes
    "1-ci rüb 2025" ("3-cü rüb", not "3-ci")."""
    path = _export(quarter, tmp_path / f"{language}.xlsx", language, YEAR_2025, "quarter")
    assert _quarter_headers(path) == expected


def _has_gap_after(number: Cell, text: Cell) -> bool:
    """Is there room on paper between a number and the text of the cell to its right?
    A right-aligned number indented from its edge, a number format padded on the right
    ("_0"), or a text indented from its left edge all leave one."""
    padded_number = (number.alignment.horizontal == "right" and (number.alignment.indent or 0) > 0
                     ) or str(number.number_format).endswith(("_0", "_)", "_ "))
    text_align = text.alignment.horizontal
    indented_text = text_align in (None, "general", "left") and (text.alignment.indent or 0) > 0
    return padded_number or indented_text


@pytest.mark.parametrize("language", ["az", "ru"])
def test_numbers_on_the_per_occasion_sheet_do_not_touch_the_next_columns_text(
    quarter: Database, tmp_path: Path, language: str
):
    """The printed Azerbaijani per-occasion sheet read "33Rusiya": the anniversary, right-
    aligned, ran into the country beside it (and the count into the English name)."""
    path = _export(quarter, tmp_path / f"{language}.xlsx", language)
    sheet = load_workbook(path).worksheets[4]
    touching = []
    for row in sheet.iter_rows(min_row=2):
        for number, text in pairwise(row):
            if (isinstance(number.value, int | float) and isinstance(text.value, str)
                    and text.value and not _has_gap_after(number, text)):
                touching.append(f"{number.value}{text.value}")
    assert touching == []
    counts = [sheet.cell(row, 6) for row in range(2, sheet.max_row + 1)]
    assert len({(c.alignment.horizontal, c.alignment.indent) for c in counts}) == 1, (
        "the total stands under the counts it adds up")


def _texts(path: Path) -> list[str]:
    return [value for sheet in load_workbook(path).worksheets
            for row in sheet.iter_rows(values_only=True) for value in row
            if isinstance(value, str)]


def test_the_azerbaijani_report_calls_the_filters_by_one_word(quarter: Database, tmp_path: Path):
    """The cover said "Süzgəclər", the counting sheet "filtrlər" for the same thing (and the
    coverage-gaps note "filtrlərində"); the interface's report dialog says "süzgəclər"."""
    full = _export(quarter, tmp_path / "az.xlsx", "az")
    gaps = tmp_path / "gaps.xlsx"
    export_workbook(quarter, gaps, ReportOptions(event_filter=Q1, language="az",
                                                 sheets=("coverage_gaps",)))
    texts = _texts(full) + _texts(gaps)
    assert [text for text in texts if "filtr" in text.lower()] == []
    sheets = load_workbook(full).sheetnames
    for title in (sheets[0], sheets[-1]):  # the cover and "how these figures are counted"
        assert any("süzgəc" in text.lower()
                   for text in _texts_of(full, title)), title


def _texts_of(path: Path, title: str) -> list[str]:
    return [value for row in load_workbook(path)[title].iter_rows(values_only=True)
            for value in row if isinstance(value, str)]
