"""A date as a report writes a month: "в марте 2025", "2025-ci ilin martında", "in March
2025". The date field refused these with "type it like 25.02.2025" though "март 2025" is
read as a month: the clerk had to rewrite what the report said."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.date_entry import DateEntryError, read_date


@pytest.mark.parametrize(
    ("text", "locale", "month"),
    [
        ("в марте 2025", "ru_RU", 3),
        ("в мае 2025 г.", "ru_RU", 5),
        ("в январе 2024 года", "ru_RU", 1),
        ("в сентябре 2023", "ru_RU", 9),
        ("2025-ci ilin martında", "az_AZ", 3),
        ("yanvarda 2024", "az_AZ", 1),
        ("in March 2025", "en_US", 3),
    ],
)
def test_a_month_written_in_a_sentence_is_read_as_that_month(text, locale, month):
    found = read_date(text, locale)
    assert found is not None
    day, precision = found
    assert precision == "month" and day.month == month and day.day == 1
    assert day.year == int(next(t for t in text.replace("-", " ").split() if t.isdigit()))


@pytest.mark.parametrize(
    ("text", "locale"),
    [("мама 2025", "ru_RU"), ("накануне", "ru_RU"), ("в 2025 вчера", "ru_RU"),
     ("mayak 2025", "az_AZ")],
)
def test_words_that_name_no_month_are_still_refused(text, locale):
    with pytest.raises(DateEntryError):
        read_date(text, locale)


def test_a_day_in_a_sentence_keeps_its_day():
    assert read_date("5 марта 2025", "ru_RU") == (dt.date(2025, 3, 5), "day")


def test_the_form_takes_a_month_copied_from_a_sentence(
    qtbot, database, interface_language, monkeypatch
):
    """The clerk pastes "в марте 2025" into the date: the precision becomes the month and
    the field shows it, no "type it like 25.02.2025" under it."""
    from PySide6.QtCore import Qt

    from db.models import DatePrecision
    from tests.test_ui_support import shown_form, type_into

    interface_language("ru")
    fields = shown_form(qtbot, database, monkeypatch).fields
    type_into(qtbot, fields.start_date, "в марте 2025")
    qtbot.keyClick(fields.start_date, Qt.Key.Key_Tab)
    assert fields.precision() == DatePrecision.MONTH
    assert fields.start_date.text() == "03.2025" and fields.start_date.problem() is None
