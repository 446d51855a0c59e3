"""The period columns of the per-region sheet and the overview's chart."""

from __future__ import annotations

from db.queries import EventFilter
from desktop.reports.periods import period_keys


def test_the_months_between_events_are_columns_too() -> None:
    assert period_keys(EventFilter(), [(2024, 1), (2024, 3)], "month") == [
        (2024, 1), (2024, 2), (2024, 3)]


def test_one_stray_old_date_is_one_column_not_a_century_of_empty_ones() -> None:
    """An event dated 1895 (or 1925 typed for 2025) made 1,577 month columns and a
    150-page printout; only the months that hold events are columns then."""
    present = [(1895, 3), (2024, 1), (2024, 2), (2025, 6)]
    assert period_keys(EventFilter(), present, "month") == present
