"""The office merge as a clerk meets it: fields their copy of a shared record has filled
and ours left empty, and counts before the merge that are the merge's own."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select

from db.engine import Database, open_database
from db.models import ChangeLog, Event, Organization
from db.reference_service import ReferenceService
from desktop.cli import main
from desktop.importing.merge import apply_merge, plan_merge
from tests.test_merge import _add, _by_title, _copy, _edit
from tests.test_merge_session20 import _save

OURS, THEIRS = "Novruz evening", "Novruz holiday evening"


def _peer(database_path: Path, tmp_path: Path) -> tuple[Path, Database]:
    peer_path = tmp_path / "office.sqlite"
    _copy(database_path, peer_path)
    return peer_path, open_database(peer_path)


def fill_union(peer: Database) -> None:
    """Their clerk filled in the short name and contacts of the organization both have."""
    with peer.sessions.begin() as session:
        union = session.scalar(select(Organization).where(Organization.name == "Union"))
        assert union is not None
        ReferenceService(session).save("organization", union.id, {
            "name": "Union", "short_name": "UAD", "contacts": "+7 900 000 00 00"}, [])


def _union(database: Database) -> Organization:
    with database.sessions() as session:
        union = session.scalar(select(Organization).where(Organization.name == "Union"))
    assert union is not None
    return union


def test_their_filled_fields_fill_ours_listed_logged_and_undone(
    database, database_path, tmp_path, capsys
) -> None:
    """Both offices changed one event (ours its attendance, theirs its description and
    venue) and they filled in the organization's short name and contacts: keeping ours
    dropped all of theirs without a word."""
    _add(database, "Shared", 1)
    peer_path, peer = _peer(database_path, tmp_path)
    try:
        _edit(peer, "Shared", description="their notes", venue="Hall B")
        fill_union(peer)
    finally:
        peer.dispose()
    _edit(database, "Shared", attendance=50, venue="Hall A")
    arguments = ["--database", str(database_path), "merge", str(peer_path)]

    assert main([*arguments, "--dry-run"]) == 0
    out = capsys.readouterr().out
    for value in ("their notes", "UAD", "+7 900 000 00 00"):
        assert value in out, out
    [conflict] = plan_merge(database, peer_path).conflicts
    assert "venue" in conflict.fields, "both filled it, differently: still a conflict"
    assert "description" not in conflict.fields, "only theirs filled it: a fill-in"
    assert _by_title(database)["Shared"].description is None, "--dry-run changes nothing"

    assert main([*arguments, "--keep-mine"]) == 0
    out = capsys.readouterr().out
    assert "their notes" in out and "UAD" in out, out
    shared = _by_title(database)["Shared"]
    assert (shared.description, shared.venue, shared.attendance) == (
        "their notes", "Hall A", 50)
    union = _union(database)
    assert (union.short_name, union.contacts) == ("UAD", "+7 900 000 00 00")
    with database.sessions() as session:
        batch = session.scalar(select(ChangeLog.batch_id).where(ChangeLog.table_name == "merge"))
        logged = [row.changes for row in session.scalars(select(ChangeLog).where(
            ChangeLog.batch_id == batch, ChangeLog.record_uuid == union.uuid))]
    assert {"short_name": [None, "UAD"]} in logged and \
        {"contacts": [None, "+7 900 000 00 00"]} in logged, logged

    assert main(["--database", str(database_path), "undo-import", str(batch)]) == 0
    shared = _by_title(database)["Shared"]
    assert (shared.description, shared.venue, shared.attendance) == (None, "Hall A", 50)
    union = _union(database)
    assert (union.short_name, union.contacts) == (None, None)


def test_the_clerk_can_leave_the_fill_ins_out(database, database_path, tmp_path, capsys):
    _add(database, "Shared", 1)
    peer_path, peer = _peer(database_path, tmp_path)
    try:
        fill_union(peer)
    finally:
        peer.dispose()
    assert main(["--database", str(database_path), "merge", str(peer_path),
                 "--no-fill-ins"]) == 0
    union = _union(database)
    assert (union.short_name, union.contacts) == (None, None)

    plan = plan_merge(database, peer_path)
    [short] = [fill for fill in plan.fill_ins if fill.field == "short_name"]
    report = apply_merge(database, plan, fills=[short], backup=False)
    assert report.filled == [short]
    union = _union(database)
    assert (union.short_name, union.contacts) == ("UAD", None)


def test_the_counts_before_the_merge_are_what_it_does(
    database, database_path, tmp_path, capsys
) -> None:
    """Their only new event looks like ours and names a speaker from a club only it names:
    the counts before the merge said one new event and one new organization, and the merge
    (which skips look-alikes unless chosen) added neither."""
    _add(database, OURS, 20)
    peer_path, peer = _peer(database_path, tmp_path)
    try:
        _save(peer, THEIRS, 21, organizer="Union", speaker="Leyla Mammadova",
              speaker_of="Neighbours Club")
    finally:
        peer.dispose()
    arguments = ["--database", str(database_path), "merge", str(peer_path)]
    assert main([*arguments, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "0 new events" in out and "new organizations: 0" in out, out
    assert "new people: 0" in out and "Neighbours Club" in out, out
    [alike] = plan_merge(database, peer_path).look_alikes
    assert main([*arguments, "--dry-run", "--add-look-alike", str(alike.uuid)]) == 0
    out = capsys.readouterr().out
    assert "1 new events" in out and "new organizations: 1" in out, out
    assert "new people: 1" in out, out

    assert main(arguments) == 0
    assert set(_by_title(database)) == {OURS}
    with database.sessions() as session:
        assert session.scalar(select(Organization.id).where(
            Organization.name == "Neighbours Club")) is None


def test_undo_leaves_a_field_changed_since_the_merge(database, database_path, tmp_path):
    """Undo empties a field it filled, not a value a clerk wrote there after the merge."""
    _add(database, "Shared", 1)
    peer_path, peer = _peer(database_path, tmp_path)
    try:
        fill_union(peer)
    finally:
        peer.dispose()
    report = apply_merge(database, plan_merge(database, peer_path), backup=False)
    assert report.batch_id is not None
    with database.sessions.begin() as session:
        union = session.scalar(select(Organization).where(Organization.name == "Union"))
        assert union is not None
        ReferenceService(session).save("organization", union.id, {
            "name": "Union", "short_name": "UAD", "contacts": "office@example.org"}, [])
    from desktop.importing.undo import undo_batch

    undo_batch(database, uuid.UUID(str(report.batch_id)))
    union = _union(database)
    assert (union.short_name, union.contacts) == (None, "office@example.org")


def test_an_event_s_venue_and_source_fill_in_and_come_out_again(
    database, database_path, tmp_path
) -> None:
    """Their copy of a shared event has a venue, a source address and an end date ours
    lacks; ours has a new attendance figure. Their fields fill ours; undo empties them."""
    import datetime as dt

    from db.event_store import EventStore, SourceInput
    from desktop.importing.undo import undo_batch

    _add(database, "Shared", 1)
    peer_path, peer = _peer(database_path, tmp_path)
    try:
        with peer.sessions.begin() as session:
            store = EventStore(session, user="clerk")
            event = session.scalar(select(Event).where(Event.title == "Shared"))
            data = store.load(event.uuid)
            data.venue, data.end_date = "House of Friendship", dt.date(2025, 1, 2)
            data.source = SourceInput(url="https://example.org/report")
            store.save(data)
    finally:
        peer.dispose()
    _edit(database, "Shared", attendance=50)
    plan = plan_merge(database, peer_path)
    assert {fill.field for fill in plan.fill_ins} >= {"venue", "end_date", "source_url"}
    [conflict] = plan.conflicts
    assert conflict.fields == ["attendance"], "only the field theirs has empty waits"
    report = apply_merge(database, plan, backup=False)
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.title == "Shared"))
        assert (event.venue, event.end_date, event.attendance) == (
            "House of Friendship", dt.date(2025, 1, 2), 50)
        assert [source.url for source in event.sources] == ["https://example.org/report"]
    assert report.batch_id is not None
    undo_batch(database, uuid.UUID(str(report.batch_id)))
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.title == "Shared"))
        assert (event.venue, event.end_date, event.attendance) == (None, None, 50)
        assert not [source.url for source in event.sources if source.url]
