"""An event known only to the year (the month) shows that much of its date in the table,
never the 1st of January it is stored with, and sorts by date before the dated events
of its year (month), after them when the order is reversed: one consistent place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from db.event_store import EventInput, EventStore
from db.tables import DatePrecision
from desktop.ui.events_model import COLUMNS, EventsModel
from desktop.ui.i18n import format_date

EVENTS = [  # (title, first day, precision), in the order of their days
    ("New year's eve", dt.date(2024, 12, 31), DatePrecision.DAY),
    ("Some time in 2025", dt.date(2025, 1, 1), DatePrecision.YEAR),
    ("Mid January", dt.date(2025, 1, 15), DatePrecision.DAY),
    ("Some time in March", dt.date(2025, 3, 1), DatePrecision.MONTH),
    ("Novruz", dt.date(2025, 3, 20), DatePrecision.DAY),
]


def saved(database) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session)
        for title, day, precision in reversed(EVENTS):  # ids against the date order
            store.save(EventInput(title=title, start_date=day, date_precision=precision))


def shown(model: EventsModel, descending: bool) -> list[tuple[str, str]]:
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model.sort(COLUMNS.index("date"), order)
    model.wait()
    date, title = COLUMNS.index("date"), COLUMNS.index("title")
    return [(model.index(row, title).data(), model.index(row, date).data())
            for row in range(model.rowCount())]


def test_year_and_month_events_show_their_precision_and_sort_before_their_days(
    qtbot, database_with
):
    model = EventsModel(database_with(saved))
    ascending = shown(model, descending=False)
    assert [title for title, _ in ascending] == [title for title, _, _ in EVENTS]
    assert shown(model, descending=True) == ascending[::-1]
    dates = dict(ascending)
    assert dates["Some time in 2025"] == "2025"
    march = dates["Some time in March"]
    assert march == format_date(dt.date(2025, 3, 1), "month")
    assert march != format_date(dt.date(2025, 3, 1)), "the stored 1st shown as if known"
