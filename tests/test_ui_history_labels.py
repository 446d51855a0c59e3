"""Issue 11, also seen: the change history speaks the form's language, not the database's."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from sqlalchemy import select

from db.event_store import EventStore
from db.localized import names_by_id
from db.models import (
    DatePrecision,
    Event,
    EventStatus,
    Occasion,
    OrganizerRole,
    PlacePrecision,
)
from desktop.sample import load_sample
from desktop.ui import i18n
from desktop.ui.reference_lists import ChangeLogDialog


def test_history_shows_field_labels_and_place_names(qtbot, database):
    with database.sessions.begin() as session:
        load_sample(session)
    with database.sessions.begin() as session:
        event = session.scalars(select(Event).where(Event.title.like("%Chelyabinsk%"))).one()
        store = EventStore(session)
        data = store.load(event.uuid)
        store.save(dataclasses.replace(data, start_date=dt.date(2025, 2, 27), region="RU-PRI"))
        event_uuid = event.uuid
    dialog = ChangeLogDialog(database, "event", record_uuid=event_uuid)
    qtbot.addWidget(dialog)
    fields = [row[3] for row in dialog.rows]
    assert "Date" in fields and "start_date" not in fields
    region = next(row for row in dialog.rows if row[3] == "Region")
    assert region[4:] == ("Chelyabinsk Oblast", "Primorsky Krai")


RAW_VALUES = {
    *(member.value for enum in (DatePrecision, PlacePrecision, EventStatus, OrganizerRole)
      for member in enum),
}
RAW_ACTIONS = {"insert", "update", "delete", "restore"}


@pytest.fixture
def russian(interface_language):
    interface_language("ru")


def test_fixed_values_dates_names_and_actions_read_in_the_interface_language(
    qtbot, database, russian
):
    """Seen in the Russian window: actions "insert", precisions "between", roles
    "(organizer)", the occasion in English and dates in ISO among Russian words."""
    with database.sessions.begin() as session:
        load_sample(session)
    with database.sessions.begin() as session:
        event = session.scalars(select(Event).where(Event.title.like("%Chelyabinsk%"))).one()
        event_uuid, start, occasion_id = event.uuid, event.start_date, event.occasion_id
        store = EventStore(session)
        data = store.load(event_uuid)
        other = next(s for s in EventStatus if s != data.status)
        store.save(dataclasses.replace(data, status=other, date_precision=DatePrecision.BETWEEN))
        store.delete(event_uuid)
        store.restore(event_uuid)
        occasion = names_by_id(session, Occasion, [occasion_id], "ru")[occasion_id]
    dialog = ChangeLogDialog(database, "event", record_uuid=event_uuid)
    qtbot.addWidget(dialog)
    actions = {row[2] for row in dialog.rows}
    assert len(actions) == 4 and not actions & RAW_ACTIONS, actions
    values = {row[3]: row[4:] for row in dialog.rows if row[3]}
    cells = [text for row in dialog.rows for text in row[4:]]
    in_brackets = re.compile(rf"\(({'|'.join(RAW_VALUES)})\)")
    assert not [c for c in cells if c in RAW_VALUES or in_brackets.search(c)], cells
    assert not [field for field in values if "_" in field], values  # "source_scale"
    assert values["Дата"][1].startswith(i18n.format_date(start))
    assert values["Повод"][1] == occasion != "Khojaly genocide"
    when = {row[0] for row in dialog.rows}  # the time of each change, as the window writes
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", text) for text in when), when
