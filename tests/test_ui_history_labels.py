"""Issue 11, also seen: the change history speaks the form's language, not the database's."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select

from db.event_store import EventStore
from db.models import Event
from desktop.sample import load_sample
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
    assert "Start date" in fields and "start_date" not in fields
    region = next(row for row in dialog.rows if row[3] == "Region")
    assert region[4:] == ("Chelyabinsk Oblast", "Primorsky Krai")
