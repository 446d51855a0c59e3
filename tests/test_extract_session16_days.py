"""A report that names two or more consecutive days of one event ("15 и 16 мая", "15 və 16
may", "15 and 16 May") must give the clerk the span of days, not the last day alone."""

from __future__ import annotations

import datetime as dt

import pytest

from db.models import DatePrecision
from desktop.extraction import extract


@pytest.mark.parametrize(
    "text",
    [
        "Самара, 20 мая 2025 года.\n\n15 и 16 мая 2025 года в Самаре прошли Дни узбекской "
        "культуры. Их организовал Узбекский культурный центр.",
        "Самара, 20 мая 2025 года.\n\n15-16 мая в Самаре прошли Дни узбекской культуры. Их "
        "организовал Узбекский культурный центр.",
        "Bakı, 20 may 2025-ci il.\n\n15 və 16 may tarixlərində Gəncədə Özbək mədəniyyəti "
        "günləri keçirilib. Tədbiri Özbək Mədəniyyət Mərkəzi təşkil edib.",
        "Bakı, 20 may 2025-ci il.\n\nMayın 15-də və 16-da Gəncədə Özbək mədəniyyəti günləri "
        "keçirilib. Tədbiri Özbək Mədəniyyət Mərkəzi təşkil edib.",
        "Leeds, May 20, 2025\n\nOn 15 and 16 May Days of Uzbek Culture were held in Leeds. "
        "The event was organized by the Uzbek Cultural Society.",
        "Leeds, May 20, 2025\n\nOn May 15 and 16 Days of Uzbek Culture were held in Leeds. "
        "The event was organized by the Uzbek Cultural Society.",
    ],
)
def test_a_pair_of_days_is_a_span_of_two_days(text: str) -> None:
    (draft,) = extract(text).events
    assert (draft.start_date, draft.end_date, draft.date_precision) == (
        dt.date(2025, 5, 15),
        dt.date(2025, 5, 16),
        DatePrecision.DAY,
    )


def test_three_days_in_a_list_are_one_span() -> None:
    text = (
        "Leeds, May 20, 2025\n\nOn 14, 15 and 16 May Days of Uzbek Culture were held in "
        "Leeds. The event was organized by the Uzbek Cultural Society."
    )
    (draft,) = extract(text).events
    assert (draft.start_date, draft.end_date) == (dt.date(2025, 5, 14), dt.date(2025, 5, 16))


def test_days_with_a_gap_are_not_read_as_one_span() -> None:
    """"12 and 16 May": the event did not run through the 13th-15th."""
    text = (
        "Leeds, May 20, 2025\n\nOn 12 and 16 May Days of Uzbek Culture were held in Leeds. "
        "The event was organized by the Uzbek Cultural Society."
    )
    (draft,) = extract(text).events
    assert (draft.start_date, draft.end_date) != (dt.date(2025, 5, 12), dt.date(2025, 5, 16))


def test_a_pair_of_days_before_the_subject_is_not_part_of_the_organizers_name() -> None:
    """"On 15 and 16 May the X held ..." gave the organizer "May the X"."""
    text = (
        "Leeds, May 20, 2025\n\nOn 15 and 16 May the Uzbek Cultural Society of Leeds held "
        "Days of Uzbek Culture."
    )
    (draft,) = extract(text).events
    assert draft.organizations == ["Uzbek Cultural Society of Leeds"]


def test_an_azerbaijani_day_in_the_locative_is_read() -> None:
    """"18 mayda" ("on 18 May") was not read: the draft got a guessed window."""
    text = (
        "Bakı, 20 may 2025-ci il.\n\n18 mayda Gəncədə Novruz bayramı keçirilib. Tədbiri "
        "Özbək Mədəniyyət Mərkəzi təşkil edib."
    )
    (draft,) = extract(text).events
    assert (draft.date, draft.date_precision) == (dt.date(2025, 5, 18), DatePrecision.DAY)
