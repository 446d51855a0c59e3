"""Dates in an imported sheet: read as the event form reads typed dates, or refused with
the reason; never a part of the cell read and the rest dropped."""

from __future__ import annotations

import datetime as dt

import pytest

from db.models import DatePrecision
from desktop.date_entry import parse_date as parse_typed_date
from desktop.importing.parse import parse_date


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("12 марта 2024 г.", (dt.date(2024, 3, 12), None)),
        ("12 mart 2024", (dt.date(2024, 3, 12), None)),
        ("март 2024", (dt.date(2024, 3, 1), DatePrecision.MONTH)),
        ("2024 г.", (dt.date(2024, 1, 1), DatePrecision.YEAR)),
        ("26.02.2024 0:00", (dt.date(2024, 2, 26), None)),  # Excel's CSV of a date cell
        ("2024-02-26 00:00:00", (dt.date(2024, 2, 26), None)),
        (2024, (dt.date(2024, 1, 1), DatePrecision.YEAR)),
        (45366, (dt.date(2024, 3, 15), None)),  # a date cell that lost its format
    ],
)
def test_dates_are_read_as_the_form_reads_them(cell, expected) -> None:
    assert parse_date(cell) == (expected, None)


@pytest.mark.parametrize(
    "cell",
    ["2024-03-12abc", "2024-W11", 200, 2, "12.03.2024 — 15.03.2024"],
)
def test_a_cell_that_is_not_one_date_is_refused(cell) -> None:
    """Read before: 12 March (the rest of the cell dropped), Monday of week 11, and the
    numbers as days of 1900 (a column-numbering row became an event of 2 January 1900)."""
    value, problem = parse_date(cell)
    assert value is None and problem


@pytest.mark.parametrize("cell", ["2024-03-12/2024-03-15", "12.03.2024 — 15.03.2024"])
def test_two_dates_in_one_cell_say_where_the_last_goes(cell) -> None:
    value, problem = parse_date(cell)
    assert value is None and problem is not None and "End date" in problem


@pytest.mark.parametrize(
    ("typed", "locale"), [("25 fevral 2025", "ru_RU"), ("25 февраля 2025", "az_AZ"),
                          ("25 февраля 2025", "en_US")]
)
def test_the_form_reads_month_names_of_every_interface_language(typed, locale) -> None:
    """A Russian window refused an Azerbaijani report's "25 fevral 2025" (README: both)."""
    assert parse_typed_date(typed, locale) == dt.date(2025, 2, 25)


def test_only_a_slashed_date_is_noted_as_readable_both_ways() -> None:
    """Every day-first date of a Russian sheet ("08.05.2024") carried a note that it was
    read day first: dots are written day first everywhere; slashes are the ambiguous ones."""
    from desktop.importing.parse import other_reading

    assert other_reading("08.05.2024") is None
    assert other_reading("08-05-2024") is None
    note = other_reading("08/05/2024")
    assert note is not None and "8 May 2024" in note


@pytest.mark.parametrize("cell", ["3 марта 2025 ?", "? 3 ?? 5 ????? 2025", "2025 ?"])
def test_a_date_cell_with_a_question_mark_is_held_back_with_the_reason(cell):
    found, problem = parse_date(cell)
    assert found is None
    assert problem is not None and "?" in problem.replace(cell, "")
