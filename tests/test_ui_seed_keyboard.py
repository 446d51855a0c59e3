"""The seed report's three events entered with the keyboard alone, as a clerk does.

Only key presses reach the widgets: Ctrl+N opens the form, Tab walks it (each stop
checked against the field the clerk expects next), Space on an Add button opens a row,
typing picks list items, Enter answers the name check, Ctrl+Shift+S saves and starts the
next event of the same report, Ctrl+S saves the last. The data set must then hold the
three events with their organizers, speakers and program, and no reference record
beyond the names the report brings.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget
from sqlalchemy import func, select

from db.event_store import EventStore
from db.models import City, Event, Organization, Person, Region
from desktop.ui.event_form import EventForm
from desktop.ui.main_window import MainWindow
from desktop.ui.name_check_dialog import NameCheckDialog
from tests.test_ui_support import tmp_settings

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@dataclass
class Typed:
    """One event of the report as the clerk types it."""

    title: str
    region: str
    city: str
    written: str
    organizers: list[str]
    speakers: list[tuple[str, str, str]]
    program: list[str] = field(default_factory=list)


REPORT = "Trend"
DEPUTY = "Deputy Chairman"
AUTONOMY = "Regional Azerbaijani National-Cultural Autonomy"
EVENTS = [
    Typed(
        "Memorial event for the 33rd anniversary of the Khojaly genocide in Vladivostok",
        "Primorsky Territory",
        "Vladivostok",
        "the Primorsky Territory of Vladivostok city",
        ["Friendship"],
        [("Ramiz Zeynalov", "chairman", "Friendship")],
        ["speech", "video"],
    ),
    Typed(
        "Memorial event for the Khojaly genocide in the Chelyabinsk region",
        "Chelyabinsk region",
        "",
        "the Chelyabinsk region",
        ["Public organization of Azerbaijanis in the Chelyabinsk region"],
        [("Arshad Khankishiyev", "head", "")],
        ["minute", "speech", "discussion", "video"],
    ),
    Typed(
        "Memorial ceremony for the 33rd anniversary of the Khojaly genocide in Krasnoyarsk",
        "Krasnoyarsk Territory",
        "",
        "the Krasnoyarsk Territory of Russia",
        [
            AUTONOMY,
            "Union of Azerbaijani Youth of the Krasnoyarsk territory",
        ],
        [
            ("Haji Mutallib Ibishov", f"{DEPUTY} for Religious and Spiritual Issues", AUTONOMY),
            ("Nazim Aliyev", "witness", ""),
            ("Telman Tamoyev", DEPUTY, AUTONOMY),
        ],
        ["minute", "speech"],
    ),
]


class Clerk:
    """Presses keys in whatever has the focus, and checks where the focus goes."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.typed_at: dict[str, float] = {}

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def key(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focused(), key, modifiers)

    def type(self, text: str) -> None:
        widget = self.focused()
        if isinstance(widget, QComboBox) and not widget.isEditable():
            # A closed list searches the letters typed within Qt's input interval as one word:
            # a machine entering a whole event faster than that made the next event's "b"
            # search "bb" and find nothing. A clerk never types an event in 0.4 s.
            since = time.monotonic() - self.typed_at.get(widget.objectName(), -1e9)
            rest = QApplication.keyboardInputInterval() / 1000 + 0.05 - since
            if rest > 0:
                self.qtbot.wait(int(rest * 1000))
            self.typed_at[widget.objectName()] = time.monotonic()
        self.qtbot.keyClicks(widget, text)

    def at(self, name: str) -> None:
        assert self.focused().objectName() == name, (
            f"the focus is on {self.focused().objectName()!r}, the clerk expects {name!r}"
        )

    def tab(self, name: str) -> None:
        """Tab once; the focus must land on ``name``."""
        self.key(Qt.Key.Key_Tab)
        self.at(name)

    def tabs(self, *names: str) -> None:
        for name in names:
            self.tab(name)


def count(database, model) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count(model.id)))


class NameCheckAnswers:
    """Answers every name check with Enter (accept what is highlighted), recording it."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.shown: list[list[str]] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.act)
        self.timer.start()

    def act(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, NameCheckDialog) and dialog.isVisible():
            self.timer.stop()  # no second answer while this one is handled
            dialog.activateWindow()
            self.qtbot.waitUntil(dialog.isActiveWindow)
            where = dialog.focusWidget()
            assert where is dialog.lists[0], "the name check opens on its first question"
            self.shown.append([choices.currentItem().text() for choices in dialog.lists])
            self.qtbot.keyClick(where, Qt.Key.Key_Return)
            self.timer.start()


def enter_event(clerk: Clerk, event: Typed, first: bool) -> None:
    clerk.at("title")
    clerk.type(event.title)
    clerk.tab("date_precision")
    clerk.type("b")  # "between A and B": the report gives no day
    clerk.tab("start_date")
    clerk.type("2025-02-26")
    clerk.tab("end_date")
    clerk.type("2025-03-04")
    clerk.tabs("event_type")
    clerk.type("mem")
    clerk.tab("occasion")
    clerk.type("Khojaly genocide")
    clerk.tab("anniversary")
    clerk.type("33")
    clerk.tabs("attendance", "status", "description", "country")
    clerk.type("Russia")
    clerk.tab("region")
    clerk.type(event.region)
    clerk.tab("city")
    clerk.type(event.city)
    clerk.tabs("venue", "place_as_written")
    clerk.type(event.written)
    clerk.tabs("place_precision")
    clerk.type("s" if event.city else "r")
    for number, name in enumerate(event.organizers):
        clerk.tab("add_organizer")
        clerk.key(Qt.Key.Key_Space)
        clerk.at(f"organizer_name_{number}")
        clerk.type(name)
        clerk.tab(f"organizer_role_{number}")
    clerk.tab("add_organizer")
    for number, (name, role, organization) in enumerate(event.speakers):
        clerk.tab("add_speaker")
        clerk.key(Qt.Key.Key_Space)
        clerk.at(f"speaker_name_{number}")
        clerk.type(name)
        clerk.tab(f"speaker_role_{number}")
        clerk.type(role)
        clerk.tab(f"speaker_organization_{number}")
        clerk.type(organization)
    clerk.tab("add_speaker")
    for number, item in enumerate(event.program):
        clerk.tab("add_program_item")
        clerk.key(Qt.Key.Key_Space)
        clerk.at(f"program_type_{number}")
        clerk.type(item)
        clerk.tab(f"program_note_{number}")
    clerk.tab("add_program_item")
    clerk.tab("source_publisher")
    if first:
        clerk.type(REPORT)
    clerk.tabs("source_passed_on_by")


@pytest.fixture
def answers(qtbot):
    answering = NameCheckAnswers(qtbot)
    yield answering
    answering.timer.stop()


@pytest.fixture
def window(qtbot, database, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def test_the_seed_report_entered_with_the_keyboard_alone(qtbot, window, database, answers):
    before = {model: count(database, model) for model in (Organization, Person, Region, City)}
    clerk = Clerk(qtbot)

    clerk.key(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), EventForm))
    form = QApplication.activeWindow()
    for number, event in enumerate(EVENTS):
        enter_event(clerk, event, first=number == 0)
        last = number == len(EVENTS) - 1
        clerk.key(Qt.Key.Key_S, CTRL if last else CTRL_SHIFT)
        qtbot.waitUntil(lambda n=number: count(database, Event) == n + 1)
        if not last:  # the window manager gives the form back its activation
            form.activateWindow()
            qtbot.waitUntil(form.isActiveWindow)
    qtbot.waitUntil(lambda: not form.isVisible())

    assert len(answers.shown) == 3  # each save asked about the report's new names only
    with database.sessions() as session:
        store = EventStore(session)
        uuids = session.scalars(select(Event.uuid).order_by(Event.id)).all()
        stored = [store.load(event_uuid) for event_uuid in uuids]
    assert [e.title for e in stored] == [e.title for e in EVENTS]
    for data, typed in zip(stored, EVENTS, strict=True):
        assert (data.start_date, data.end_date) == (dt.date(2025, 2, 26), dt.date(2025, 3, 4))
        assert data.anniversary == 33 and data.country == "RU"
        assert data.place_as_written == typed.written
        assert [o.name for o in data.organizers] == typed.organizers
        assert [(s.name, s.role, s.organization) for s in data.speakers] == [
            (name, role, organization or None) for name, role, organization in typed.speakers
        ]
        assert len(data.program) == len(typed.program)
        assert data.source.publisher == REPORT
    assert [e.region for e in stored] == ["RU-PRI", "RU-CHE", "RU-KYA"]
    assert sum(len(e.organizers) for e in stored) == 4
    after = {model: count(database, model) for model in before}
    assert after[Organization] - before[Organization] == 4
    assert after[Person] - before[Person] == 5
    assert after[Region] == before[Region]
    assert after[City] - before[City] <= 1  # Vladivostok, the one city the report names


def test_tab_from_the_last_button_comes_back_to_the_title(qtbot, window):
    clerk = Clerk(qtbot)
    clerk.key(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), EventForm))
    clerk.key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    clerk.at("cancel")
    clerk.tab("title")  # no stop on the scroll area that holds the fields
