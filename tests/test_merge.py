"""Merging another office's database: by UUID, with conflicts returned, never decided silently."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import select

from db.engine import Database, open_database
from db.event_store import EventInput, EventStore, OrganizerInput
from db.models import Event, Organization
from desktop.importing.merge import apply_merge, plan_merge
from tests.import_helpers import dump


def _add(database: Database, title: str, day: int, organizer: str = "Union") -> None:
    with database.sessions.begin() as session:
        EventStore(session).save(EventInput(
            title=title, start_date=dt.date(2025, 1, day), region="RU-PRI",
            organizers=[OrganizerInput(organizer)]))


def _edit(database: Database, title: str, **changes) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk")
        event = session.scalar(select(Event).where(Event.title == title))
        data = store.load(event.uuid)
        for name, value in changes.items():
            setattr(data, name, value)
        store.save(data)


def _copy(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def _by_title(database: Database) -> dict[str, Event]:
    with database.sessions() as session:
        return {e.title: e for e in session.scalars(select(Event))}


def test_both_sides_editing_one_event_is_one_conflict_and_no_work_is_lost(
    database, database_path, tmp_path
) -> None:
    for day, title in enumerate(("Shared", "Only theirs", "Only mine", "Same"), start=1):
        _add(database, title, day)
    peer_path = tmp_path / "office.sqlite"
    _copy(database_path, peer_path)
    peer = open_database(peer_path)
    try:
        _edit(database, "Shared", attendance=50)            # mine
        _edit(peer, "Shared", description="their notes")   # theirs
        _edit(peer, "Only theirs", attendance=7)
        _edit(database, "Only mine", venue="House of Friendship")
        _add(peer, "Their new event", 9, organizer="Baku Office Union")
    finally:
        peer.dispose()

    plan = plan_merge(database, peer_path)
    assert len(plan.conflicts) == 1
    conflict = plan.conflicts[0]
    assert conflict.title == "Shared"
    assert conflict.fields == ["attendance"], "the description only theirs filled: a fill-in"
    assert [(fill.uuid, fill.field) for fill in plan.fill_ins] == [(conflict.uuid, "description")]
    assert len(plan.add) == 1 and len(plan.take) == 1 and len(plan.keep) == 1
    assert len(plan.same) == 1
    assert plan.new_organizations == ["Baku Office Union"]

    # no decision yet: the conflict waits (and the clerk left the fill-in out)
    report = apply_merge(database, plan, fills=[])
    assert [c.title for c in report.conflicts] == ["Shared"]
    assert report.added == ["Their new event"] and report.updated == ["Only theirs"]
    events = _by_title(database)
    assert events["Shared"].attendance == 50 and events["Shared"].description is None
    assert events["Only theirs"].attendance == 7
    assert events["Only mine"].venue == "House of Friendship"

    again = plan_merge(database, peer_path)
    assert len(again.conflicts) == 1 and not again.add and not again.take
    report = apply_merge(database, again, {conflict.uuid: {"description": "theirs"}})
    assert report.updated == ["Shared"] and not report.conflicts
    shared = _by_title(database)["Shared"]
    assert (shared.attendance, shared.description) == (50, "their notes")

    # merging the same office again changes nothing
    before = dump(database)
    final = plan_merge(database, peer_path)
    assert not (final.add or final.take or final.conflicts)
    apply_merge(database, final)
    assert dump(database) == before
    with database.sessions() as session:
        names = set(session.scalars(select(Organization.name)))
    assert names == {"Union", "Baku Office Union"}


def test_a_server_is_named_without_its_password() -> None:
    """"merged from postgresql+psycopg://user:PASSWORD@host/db" went into the change log
    (and a copy of the data set carries it on) and into the messages."""
    from desktop.importing.merge import shown_peer

    shown = shown_peer("postgresql+psycopg://clerk:s3cret@db.example/events")
    assert "s3cret" not in shown and "clerk" in shown and "db.example/events" in shown


def test_a_file_that_is_no_data_set_is_refused_by_its_own_name(database, tmp_path) -> None:
    """An empty file merged as "0 added"; another program's database was refused naming
    the temporary copy (/tmp/diaspora-merge-…/peer.sqlite) and advising "an empty one"."""
    import pytest

    from desktop.importing.errors import MergeError

    empty = tmp_path / "office-b.sqlite"
    empty.write_bytes(b"")
    foreign = tmp_path / "accounts.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.close()
    for peer in (empty, foreign):
        with pytest.raises(MergeError) as refused:
            plan_merge(database, peer)
        message = str(refused.value)
        assert str(peer) in message and "peer.sqlite" not in message
