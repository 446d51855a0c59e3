"""Typed dates read the way the interface locale writes them; impossible dates are refused."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.date_entry import DateEntryError, parse_date

FEB_25 = dt.date(2025, 2, 25)


@pytest.mark.parametrize(
    "text",
    ["25.02.2025", "25/02/2025", "2025-02-25", "25 Feb 2025", "Feb 25, 2025", "20250225",
     "25-02-2025", " 25.2.25 ", "Tuesday, 25 February 2025", "2025.02.25"],
)
@pytest.mark.parametrize("locale", ["en_US", "en_GB", "ru_RU", "az_AZ"])
def test_what_clerks_type_in_any_interface(text, locale):
    assert parse_date(text, locale) == FEB_25


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("25 февраля 2025 г.", "ru_RU"),
        ("25 февр. 2025", "ru_RU"),
        ("Февраль 25, 2025", "ru_RU"),
        ("вторник, 25 февраля 2025 года", "ru_RU"),
        ("25 fevral 2025", "az_AZ"),
        ("25 Fevral 2025-ci il", "az_AZ"),
        ("25 fev 2025", "az_AZ"),
    ],
)
def test_local_month_names(text, locale):
    assert parse_date(text, locale) == FEB_25


def test_turkic_capital_i_reads_as_a_month():
    assert parse_date("3 İyun 2025", "az_AZ") == dt.date(2025, 6, 3)
    assert parse_date("3 IYUL 2025", "az_AZ") == dt.date(2025, 7, 3)


def test_ambiguous_day_and_month_follow_the_locale():
    assert parse_date("03/04/2025", "en_US") == dt.date(2025, 3, 4)
    assert parse_date("03/04/2025", "en_GB") == dt.date(2025, 4, 3)
    assert parse_date("03.04.2025", "ru_RU") == dt.date(2025, 4, 3)
    assert parse_date("03.04.2025", "az_AZ") == dt.date(2025, 4, 3)
    # Only one reading exists: it is taken whatever the locale.
    assert parse_date("04/25/2025", "ru_RU") == dt.date(2025, 4, 25)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("2025-02-31", "no_such_day"),
        ("2025-02-29", "no_such_day"),
        ("31.04.2025", "no_such_day"),
        ("2025-13-01", "no_such_month"),
        ("31/02/2025", "no_such_day"),
        ("next week", "unreadable"),
        ("25 Feb", "incomplete"),
        ("2025-02", "incomplete"),
        ("1.2.3.4", "unreadable"),
        ("25 Februar Marz 2025", "unreadable"),
    ],
)
def test_impossible_dates_are_refused_not_moved(text, kind):
    with pytest.raises(DateEntryError) as caught:
        parse_date(text, "en_US")
    assert caught.value.kind == kind


def test_the_refusal_says_how_many_days_the_month_has():
    with pytest.raises(DateEntryError) as caught:
        parse_date("29.02.2025", "ru_RU")
    assert caught.value.days_in_month == 28
    assert parse_date("29.02.2024", "ru_RU") == dt.date(2024, 2, 29)


def test_month_and_year_precision_need_only_those_parts():
    assert parse_date("02.2025", "ru_RU", "month") == dt.date(2025, 2, 1)
    assert parse_date("2025-02", "en_US", "month") == dt.date(2025, 2, 1)
    assert parse_date("февраль 2025", "ru_RU", "month") == dt.date(2025, 2, 1)
    assert parse_date("2025", "en_US", "year") == dt.date(2025, 1, 1)
    assert parse_date("", "en_US") is None
    with pytest.raises(DateEntryError):
        parse_date("2025", "en_US", "month")



@pytest.mark.parametrize("text", ["12.03", "10-12", "3.5", "02.25"])
@pytest.mark.parametrize("locale", ["ru_RU", "az_AZ", "en_US"])
def test_two_numbers_without_a_four_digit_year_are_refused(text, locale):
    """"12.03" in a date cell is a day and a month whose year was left out; it was read as
    December 2003 (and "3.5" as March 2005), stored without a word. A month and year
    written in figures need the whole year: "03.2025"."""
    from desktop.date_entry import read_date

    with pytest.raises(DateEntryError) as caught:
        read_date(text, locale)
    assert caught.value.kind == "incomplete"
    assert parse_date("03.2025", locale, "month") == dt.date(2025, 3, 1)


@pytest.mark.parametrize(
    "text", ["3 марта 2025 ?", "3 мая 2025 (?)", "2025?", "? 3 ?? 5 ????? 2025", "12.03.2025?"]
)
def test_a_question_mark_is_an_uncertain_date_not_a_sure_one(text):
    """A clerk's "?" says the date is not sure, and a code page's "?" stands for lost
    letters ("? 3 ?? 5 ????? 2025" was "с 3 по 5 марта 2025"): both were read as a sure
    day, the "?" skipped like a comma."""
    from desktop.date_entry import describe_problem

    with pytest.raises(DateEntryError) as raised:
        parse_date(text, "ru_RU")
    assert raised.value.kind == "uncertain"
    assert "?" in describe_problem(raised.value, "25.02.2025", "ru_RU")
