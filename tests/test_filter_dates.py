"""The filter bar's dates read what a clerk types, as the event form's date field does.

Seen: in the Russian window "2025-02-26" typed into "С" became 20.02.2025, and the table
was filtered by that day without a word.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from db.queries import EventFilter
from desktop.ui.filter_bar import FilterBar
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import tmp_settings, type_into

DAY = dt.date(2025, 2, 26)
TYPED = {
    "en": ["2025-02-26", "26.02.2025", "26 Feb 2025", "February 26, 2025", "20250226"],
    "ru": ["2025-02-26", "26.02.2025", "26.02.25", "26/02/2025", "26 февраля 2025",
           "26 февраля 2025 г.", "26 fevral 2025"],
    "az": ["2025-02-26", "26.02.2025", "26.02.25", "26 fevral 2025", "26 февраля 2025"],
}
SHOWN = {"en": "2025-02-26", "ru": "26.02.2025", "az": "26.02.2025"}


@pytest.fixture
def bar(qtbot, database):
    widget = FilterBar(database)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def filters_of(bar: FilterBar) -> list[EventFilter]:
    """The filters the bar hands the table from now on."""
    emitted: list[EventFilter] = []
    bar.changed.connect(emitted.append)
    return emitted


def type_date(qtbot, bar: FilterBar, which: str, text: str) -> None:
    """Tick "from" or "to" and type ``text`` into its date, then Tab away, as a clerk does."""
    box, field = (bar.use_from, bar.date_from) if which == "from" else (bar.use_to, bar.date_to)
    if not box.isChecked():
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    type_into(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def problem_shown(bar: FilterBar) -> str:
    label = bar.findChild(QLabel, "filter_date_problem")
    return label.text() if label is not None and label.isVisibleTo(bar) else ""


@pytest.mark.parametrize(
    ("language", "typed"), [(lang, text) for lang, texts in TYPED.items() for text in texts]
)
@pytest.mark.parametrize("which", ["from", "to"])
def test_a_typed_date_filters_by_the_day_it_names(
    qtbot, bar, interface_language, language, typed, which
):
    interface_language(language)
    emitted = filters_of(bar)
    type_date(qtbot, bar, which, typed)
    field = bar.date_from if which == "from" else bar.date_to
    assert field.text() == SHOWN[language], "shown as the window writes dates"
    chosen = bar.event_filter()
    assert (chosen.date_from if which == "from" else chosen.date_to) == DAY
    assert emitted and emitted[-1] == chosen, "the table got the typed day"
    assert problem_shown(bar) == ""


@pytest.mark.parametrize("language", ["en", "ru", "az"])
@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("31.02.2025", {"en": "no day 31", "ru": "31-го числа нет", "az": "31 tarixi yoxdur"}),
        ("2025", {"en": "Give the day", "ru": "Укажите день", "az": "Günü, ayı"}),
        ("26 февраля", {"en": "Give the day", "ru": "Укажите день", "az": "Günü, ayı"}),
        ("вчера", {"en": "not a date", "ru": "Это не дата", "az": "Bu tarix deyil"}),
    ],
)
def test_text_that_is_not_a_day_is_shown_as_a_problem_not_filtered_by(
    qtbot, bar, interface_language, language, typed, says
):
    """Nothing is filtered by a day the clerk did not type: the bound is left out, the text
    stays as typed, and the bar says what is wrong and that the date is not applied."""
    interface_language(language)
    type_date(qtbot, bar, "from", "2025-01-10")
    emitted = filters_of(bar)
    type_date(qtbot, bar, "from", typed)
    assert bar.date_from.text() == typed, "what the clerk typed stays"
    assert bar.event_filter().date_from is None
    assert emitted and emitted[-1].date_from is None, "the table is not filtered by 10 January"
    message = problem_shown(bar)
    assert says[language] in message, message
    assert bar.use_from.text() in message, "it names the field"

    type_date(qtbot, bar, "from", "26.02.2025")  # corrected
    assert bar.event_filter().date_from == DAY
    assert problem_shown(bar) == ""


def test_a_date_half_typed_filters_by_nothing(qtbot, bar):
    """"26.02.2" on the way to "26.02.2025" reads as 26 February 2002: the table waits
    for the clerk to be done with the date, however long they pause."""
    qtbot.mouseClick(bar.use_from, Qt.MouseButton.LeftButton)
    emitted = filters_of(bar)
    type_into(qtbot, bar.date_from, "26.02.2")
    qtbot.wait(600)
    assert emitted == []
    qtbot.keyClicks(bar.date_from, "025")
    qtbot.keyClick(bar.date_from, Qt.Key.Key_Return)
    assert [f.date_from for f in emitted] == [DAY]


def test_unticking_a_date_with_a_problem_hides_the_problem(qtbot, bar):
    type_date(qtbot, bar, "to", "2025-02-30")
    assert "no day 30" in problem_shown(bar)
    qtbot.mouseClick(bar.use_to, Qt.MouseButton.LeftButton)
    assert problem_shown(bar) == ""
    assert bar.event_filter().date_to is None


def test_the_russian_window_filters_its_table_by_the_typed_day(
    qtbot, database, interface_language, tmp_path
):
    """The tester's case, in the window: the table's filter is the day typed into "С"."""
    interface_language("ru")
    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    type_date(qtbot, window.filter_bar, "from", "2025-02-26")
    type_date(qtbot, window.filter_bar, "to", "5 mart 2025")
    assert window.filter_bar.date_from.text() == "26.02.2025"
    assert window.filter_bar.date_to.text() == "05.03.2025"
    assert (window.model.event_filter.date_from, window.model.event_filter.date_to) == (
        DAY,
        dt.date(2025, 3, 5),
    )
    window.model.wait()
