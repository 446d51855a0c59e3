"""An event's change history shows one "Date" row per change, worded as the events table
shows the date (a day, a span of days, a month), not start date, end date and precision
as three fields a clerk has to put together."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from db.engine import Database
from db.event_store import EventInput, EventStore
from db.models import DatePrecision, Event
from db.queries import dates_text
from desktop.sample import load_sample
from desktop.ui import i18n
from desktop.ui.reference_lists import ChangeLogDialog

SEPARATE = {"Start date", "End date", "Date precision", "Precision"}


@pytest.fixture
def russian(interface_language):
    interface_language("ru")


def shown(start: dt.date, end: dt.date | None, precision: DatePrecision) -> str:
    """The date as the events table writes it in the interface language."""
    return dates_text(start, end, precision.value, i18n.format_date)


def day_then_span_then_month(database: Database) -> uuid.UUID:
    """An event entered for 3 March, then found to be 3–5 March, then only "March"."""
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk")
        event = store.save(EventInput(title="Novruz concert", start_date=dt.date(2025, 3, 3)))
        event_uuid = event.uuid
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk")
        data = store.load(event_uuid)
        store.save(
            dataclasses.replace(
                data, end_date=dt.date(2025, 3, 5), date_precision=DatePrecision.BETWEEN
            )
        )
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk")
        data = store.load(event_uuid)
        store.save(dataclasses.replace(data, date_precision=DatePrecision.MONTH))
    return event_uuid


DAY = (dt.date(2025, 3, 3), None, DatePrecision.DAY)
SPAN = (dt.date(2025, 3, 3), dt.date(2025, 3, 5), DatePrecision.BETWEEN)
MONTH = (dt.date(2025, 3, 3), dt.date(2025, 3, 5), DatePrecision.MONTH)


def test_each_change_of_the_dates_is_one_date_row_as_the_table_shows_it(qtbot, database):
    event_uuid = day_then_span_then_month(database)
    dialog = ChangeLogDialog(database, "event", record_uuid=event_uuid)
    qtbot.addWidget(dialog)
    fields = [row[3] for row in dialog.rows]
    assert not SEPARATE & set(fields), fields
    dates = [row[4:] for row in dialog.rows if row[3] == "Date"]  # newest first
    assert dates == [
        (shown(*SPAN), shown(*MONTH)),
        (shown(*DAY), shown(*SPAN)),
        ("—", shown(*DAY)),
    ]
    assert shown(*SPAN) != shown(*MONTH)  # a span of days, then the month alone


def test_the_date_rows_are_in_the_interface_language(qtbot, database, russian):
    event_uuid = day_then_span_then_month(database)
    dialog = ChangeLogDialog(database, "event", record_uuid=event_uuid)
    qtbot.addWidget(dialog)
    values = [row[4:] for row in dialog.rows]
    assert (shown(*DAY), shown(*SPAN)) in values
    assert shown(*DAY) == "03.03.2025"  # as the Russian table writes a day
    assert not [row for row in dialog.rows if "2025-03" in " ".join(row)]


def test_a_change_of_the_end_alone_shows_the_whole_date_before_and_after(qtbot, database):
    """The log keeps only what changed; the date around it is the event's at the time,
    also for an event whose addition is not in the log (the sample's)."""
    with database.sessions.begin() as session:
        load_sample(session)
    with database.sessions.begin() as session:
        event = session.scalars(select(Event).where(Event.title.like("%Chelyabinsk%"))).one()
        event_uuid, start = event.uuid, event.start_date
        store = EventStore(session)
        data = store.load(event_uuid)
        before = (start, data.end_date, data.date_precision)
        end = start + dt.timedelta(days=2)
        store.save(dataclasses.replace(data, end_date=end, date_precision=DatePrecision.BETWEEN))
    dialog = ChangeLogDialog(database, "event", record_uuid=event_uuid)
    qtbot.addWidget(dialog)
    dates = [row[4:] for row in dialog.rows if row[3] == "Date"]
    assert dates[0] == (shown(*before), shown(start, end, DatePrecision.BETWEEN))


def test_a_change_of_precision_the_dates_text_hides_is_still_shown(qtbot, database):
    """"Exact day" and "between A and B" over the same two days read alike in the table:
    the history names the precision then, not "3–5 March → 3–5 March"."""
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk")
        event = store.save(
            EventInput(
                title="Novruz concert",
                start_date=dt.date(2025, 3, 3),
                end_date=dt.date(2025, 3, 5),
            )
        )
        event_uuid = event.uuid
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk")
        data = store.load(event_uuid)
        store.save(dataclasses.replace(data, date_precision=DatePrecision.BETWEEN))
    dialog = ChangeLogDialog(database, "event", record_uuid=event_uuid)
    qtbot.addWidget(dialog)
    old, new = next(row[4:] for row in dialog.rows if row[3] == "Date")
    assert old != new
    assert old.startswith(shown(*SPAN)) and "exact day" in old
    assert new.startswith(shown(*SPAN)) and "between A and B" in new
