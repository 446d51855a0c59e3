"""The events table never waits on SQL, and a stale read never replaces a newer one
(issue 17, blocking); every column sorts in SQL (issue 11 item 13)."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import Qt, QTimer

import desktop.ui.events_model as events_model
from db.models import Event, EventStatus
from db.names import normalize
from db.queries import EventFilter
from desktop.ui.events_model import COLUMNS, EventsModel
from tests.test_ui_main_window import add_events


class Gate:
    """Wraps the model's first-page query: reads whose filter text is ``held`` wait until
    ``release()``, as a slow query on a large data set would."""

    def __init__(self, monkeypatch, held: str):
        self.held = held
        self.opened = threading.Event()
        self.passed = threading.Event()
        """Set once a held read has been through."""
        self.threads: list[bool] = []
        original = events_model.first_page

        def slow(session, event_filter, *args, **kwargs):
            self.threads.append(threading.current_thread() is threading.main_thread())
            if event_filter.text != self.held:
                return original(session, event_filter, *args, **kwargs)
            self.opened.wait(5)
            try:
                return original(session, event_filter, *args, **kwargs)
            finally:
                self.passed.set()

        monkeypatch.setattr(events_model, "first_page", slow)

    def release(self) -> None:
        self.opened.set()


def titles(model: EventsModel) -> list[str]:
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_a_slow_query_runs_while_the_event_loop_turns_and_old_rows_stay(
    qtbot, database, monkeypatch
):
    add_events(database, 30)
    model = EventsModel(database)
    model.wait()
    before = titles(model)
    assert len(before) == 30
    gate = Gate(monkeypatch, held="concert")
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    model.set_filter(EventFilter(text="concert"))
    assert not gate.opened.is_set()  # set_filter came back while the query still waits
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=3000)  # the GUI thread keeps turning
    assert model.loading
    assert titles(model) == before  # the old rows stay until the new ones arrive
    gate.release()
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    timer.stop()
    assert gate.threads == [False]  # the query ran off the GUI thread
    assert len(titles(model)) == 3
    assert all("concert" in title for title in titles(model))


def test_a_stale_result_never_replaces_a_newer_one(qtbot, database, monkeypatch):
    add_events(database, 30)
    model = EventsModel(database)
    model.wait()
    gate = Gate(monkeypatch, held="concert")
    model.set_filter(EventFilter(text="concert"))  # slow: still reading ...
    model.set_filter(EventFilter(text="meeting"))  # ... when the clerk types on
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert model.total == 27
    gate.release()  # the older read ends last
    model.wait()
    assert model.total == 27
    assert all("meeting" in title for title in titles(model))


def test_pages_scrolled_to_are_read_in_the_background(qtbot, database):
    add_events(database, 500)
    model = EventsModel(database, page_size=50)
    model.wait()
    assert model.total == 500  # counted after the first page came
    assert model.index(499, 1).data() is None  # asked for, not waited for
    qtbot.waitUntil(lambda: model.index(499, 1).data() is not None, timeout=5000)
    assert model.index(499, 1).data() == "Event 0000 concert"


def add_places(database, names: list[str], copies: int = 1) -> None:
    """Events whose City column shows the place as written (no city record)."""
    with database.sessions.begin() as session:
        for number, name in enumerate(names * copies):
            session.add(
                Event(
                    title=f"Event {number:03d}",
                    start_date=dt.date(2024, 1, 1),
                    place_as_written=name,
                    status=EventStatus.DRAFT,
                    search_text=normalize(name),
                )
            )


def test_every_column_sorts():
    assert all(EventsModel.sortable(column) for column in range(len(COLUMNS)))


def test_a_name_column_sorts_in_sql_without_case_and_accents(qtbot, database):
    add_places(database, ["zeta", "ель", "Apple", "арбуз", "banana", "Ёлка"])
    model = EventsModel(database)
    model.sort(COLUMNS.index("city"), Qt.SortOrder.AscendingOrder)
    model.wait()
    assert model.sort_key == ("city", False)
    cities = [model.index(row, COLUMNS.index("city")).data() for row in range(6)]
    assert cities == ["Apple", "banana", "zeta", "арбуз", "Ёлка", "ель"]
    model.sort(COLUMNS.index("city"), Qt.SortOrder.DescendingOrder)
    model.wait()
    assert [model.row_at(row).city for row in range(6)] == cities[::-1]


def test_equal_names_page_by_event_id_without_overlap(qtbot, database):
    add_places(database, ["same", "Same"], copies=15)
    model = EventsModel(database, page_size=7)
    model.sort(COLUMNS.index("city"), Qt.SortOrder.AscendingOrder)
    model.wait()
    titles = [model.row_at(row).title for row in range(model.total)]
    assert sorted(titles) == sorted(set(titles)) and len(titles) == 30


def test_a_new_sort_reads_a_page_without_counting_again(qtbot, database, monkeypatch):
    add_events(database, 500)
    model = EventsModel(database, page_size=50)
    model.wait()
    counts = []
    original = events_model.count_matches
    monkeypatch.setattr(
        events_model, "count_matches", lambda *a: counts.append(1) or original(*a)
    )
    model.sort(COLUMNS.index("title"), Qt.SortOrder.AscendingOrder)
    model.wait()
    assert (model.total, counts) == (500, [])  # the same events in another order
    assert model.row_at(499).title == "Event 0499 meeting"
    model.set_filter(EventFilter(text="meeting"))
    model.wait()
    assert (model.total, counts) == (450, [1])


def test_a_model_dropped_while_it_reads_is_deleted_in_the_gui_thread(
    qtbot, database, monkeypatch
):
    """A read outliving its model must not hold the model's last reference: the model
    would then be deleted in the worker's thread while the GUI thread delivers its events
    (a test process once crashed so, a model being dropped at the end of a test)."""
    add_events(database, 5)
    gate = Gate(monkeypatch, held="slow")
    deleted_in: list[bool] = []
    model = EventsModel(database)
    model.wait()
    model.destroyed.connect(
        lambda: deleted_in.append(threading.current_thread() is threading.main_thread())
    )
    model.set_filter(EventFilter(text="slow"))  # its read waits at the gate
    del model
    gate.release()
    qtbot.waitUntil(lambda: bool(deleted_in), timeout=5000)
    assert deleted_in == [True]
    assert gate.passed.wait(5)  # the read ends before its data file goes
