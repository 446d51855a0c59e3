"""A source is each event's own record: one event's edit never rewrites another's, a
second event from the same report never wipes the first's, and every change is logged."""

from __future__ import annotations

import dataclasses
import uuid

import pytest
from sqlalchemy import select

from db.engine import Database
from db.event_store import EventStore, SourceInput, StaleEventError
from db.models import ChangeLog, Event
from desktop.sample import sample_inputs


def _save_all(database) -> list[uuid.UUID]:
    """The sample's three events, saved one by one from the same report."""
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk1")
        return [store.save(data).uuid for data in sample_inputs()]


def _saved(database_with) -> tuple[Database, list[uuid.UUID]]:
    """The test's own data set holding what ``_save_all`` saved (once per run, into a
    template copied for each test), and the ids of the sample's events in its order."""
    database = database_with(_save_all)
    with database.sessions() as session:
        ids = {title: uid for title, uid in session.execute(select(Event.title, Event.uuid))}
    assert len(ids) == 3
    return database, [ids[data.title] for data in sample_inputs()]


def _source(database, event_uuid: uuid.UUID) -> SourceInput:
    with database.sessions() as session:
        return EventStore(session).load(event_uuid).source


def test_editing_one_events_source_leaves_the_others_alone(database_with) -> None:
    database, (first, second, third) = _saved(database_with)
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk2")
        data = store.load(first)
        data.source.publisher = "Corrected publisher"
        data.source.full_text = "Only this event's copy"
        store.save(data)
    assert _source(database, first).publisher == "Corrected publisher"
    for other in (second, third):
        assert _source(database, other).publisher == "Trend"
        assert _source(database, other).full_text == sample_inputs()[0].source.full_text


def test_a_second_event_with_the_same_address_never_wipes_the_first(database) -> None:
    first_data, second_data = sample_inputs()[:2]
    first_data.source.url = second_data.source.url = "https://example.org/report/1"
    second_data.source = SourceInput(url="https://example.org/report/1")
    with database.sessions.begin() as session:
        store = EventStore(session)
        first = store.save(first_data).uuid
        second = store.save(second_data).uuid
    kept = _source(database, first)
    assert kept.publisher == "Trend"
    assert kept.full_text == first_data.source.full_text
    assert _source(database, second) == SourceInput(url="https://example.org/report/1")


def test_every_source_change_is_in_the_change_log(database_with) -> None:
    database, (first, _second, _third) = _saved(database_with)
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk2")
        data = store.load(first)
        data.source.publisher = "Corrected publisher"
        store.save(data)
    with database.sessions() as session:
        entry = session.scalars(
            select(ChangeLog)
            .where(ChangeLog.record_uuid == first, ChangeLog.action == "update")
            .order_by(ChangeLog.id.desc())
        ).first()
        assert entry is not None and entry.user == "clerk2"
        assert entry.changes == {"source_publisher": ["Trend", "Corrected publisher"]}
        source_entries = session.scalars(
            select(ChangeLog).where(ChangeLog.table_name == "source")
        ).all()
        assert any(
            e.changes and e.changes.get("publisher") == ["Trend", "Corrected publisher"]
            for e in source_entries
        )


def test_applying_to_every_event_of_the_report_is_a_choice_and_logged(database_with) -> None:
    database, uuids = _saved(database_with)
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk2")
        data = store.load(uuids[0])
        data.source = dataclasses.replace(
            data.source, publisher="Trend News Agency", apply_to_report=True
        )
        store.save(data)
    assert [_source(database, u).publisher for u in uuids] == ["Trend News Agency"] * 3
    with database.sessions() as session:
        logged = {
            e.record_uuid
            for e in session.scalars(select(ChangeLog).where(ChangeLog.action == "update"))
            if e.changes and "source_publisher" in e.changes
        }
    assert logged == set(uuids)


def test_undoing_a_source_edit_puts_the_old_source_back(database_with) -> None:
    database, (first, second, _third) = _saved(database_with)
    with database.sessions.begin() as session:
        store = EventStore(session)
        before = store.load(first)
        edited = store.load(first)
        edited.source.publisher = "Wrong"
        version = store.save(edited).version
    before.version = version
    with database.sessions.begin() as session:
        EventStore(session).save(before)
    assert _source(database, first).publisher == "Trend"
    assert _source(database, second).publisher == "Trend"


def test_a_stale_source_edit_is_a_conflict_not_a_lost_update(database_with) -> None:
    database, (first, _second, _third) = _saved(database_with)
    with database.sessions() as session:
        desk_a = EventStore(session).load(first)
        desk_b = EventStore(session).load(first)
    desk_a.source.publisher = "Correction from desk A"
    with database.sessions.begin() as session:  # the same clerk at another desk
        EventStore(session, user="clerk1", desk="a").save(desk_a)
    desk_b.source.language = "ru"
    with database.sessions.begin() as session, pytest.raises(StaleEventError):
        EventStore(session, user="clerk1", desk="b").save(desk_b)
    assert _source(database, first).publisher == "Correction from desk A"


def test_a_correction_applied_to_the_report_makes_stale_copies_of_the_others_conflict(
    database_with,
) -> None:
    database, (first, second, _third) = _saved(database_with)
    with database.sessions() as session:
        desk_b = EventStore(session).load(second)
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk1", desk="a")
        data = store.load(first)
        data.source = dataclasses.replace(data.source, publisher="Trend", language="az")
        data.source.apply_to_report = True
        store.save(data)
    desk_b.source.language = "ru"
    with database.sessions.begin() as session, pytest.raises(StaleEventError):
        EventStore(session, user="clerk1", desk="b").save(desk_b)
    assert _source(database, second).language == "az"


def test_the_logged_source_changes_can_be_put_back(database_with) -> None:
    from desktop.importing.undo import apply_snapshot_value

    database, (first, _second, _third) = _saved(database_with)
    with database.sessions.begin() as session:
        store = EventStore(session)
        data = store.load(first)
        data.source.publisher, data.source.published_on = "Wrong", None
        store.save(data)
    with database.sessions.begin() as session:
        entry = session.scalars(
            select(ChangeLog).where(ChangeLog.record_uuid == first).order_by(ChangeLog.id.desc())
        ).first()
        store = EventStore(session)
        data = store.load(first)
        for key, (old, _new) in entry.changes.items():
            apply_snapshot_value(data, key, old)
        store.save(data)
    assert _source(database, first).publisher == "Trend"
    assert _source(database, first).published_on == sample_inputs()[0].source.published_on
