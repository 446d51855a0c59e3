"""A merge, its undo and the next merge with the same office, on two real data files.

Office A records events; office B got them by a first merge (so both hold the same events
under the same UUIDs, with a common history), and the two then work apart.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import Database
from db.event_store import EventInput, EventStore, OrganizerInput, SpeakerInput
from db.merge_records import merge_records
from db.models import ChangeLog, Event, Organization, OrganizationAlias, Person
from db.names import normalize
from desktop.cli import main
from desktop.importing.merge import apply_merge, plan_merge, plan_notes
from desktop.importing.state import load_events
from desktop.importing.undo import undo_batch
from tests.import_helpers import dump

NewDatabase = Callable[[str], Database]


def _path(database: Database) -> Path:
    path = database.engine.url.database
    assert path is not None
    return Path(path)


def _save(database: Database, data: EventInput, user: str = "clerk") -> uuid.UUID:
    with database.sessions.begin() as session:
        return EventStore(session, user=user).save(data).uuid


def _edit(database: Database, key: uuid.UUID, user: str = "clerk", **changes: object) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session, user=user)
        data = store.load(key)
        for name, value in changes.items():
            setattr(data, name, value)
        store.save(data)


def _trash(database: Database, key: uuid.UUID) -> None:
    with database.sessions.begin() as session:
        EventStore(session, user="office-b").delete(key)


def _event(database: Database, key: uuid.UUID) -> Event | None:
    with database.sessions() as session:
        return session.scalar(select(Event).where(Event.uuid == key))


def _two_offices(new_database: NewDatabase) -> tuple[Database, Database, list[uuid.UUID]]:
    """Office A with two events; office B a new data set that merged A's once."""
    office_a, office_b = new_database("office-a.sqlite"), new_database("office-b.sqlite")
    keys = [
        _save(office_a, EventInput(
            title=title, start_date=dt.date(2025, 2, day), region="RU-PRI", attendance=40,
            organizers=[OrganizerInput("Azerbaijani Youth Union")],
            speakers=[SpeakerInput("Ivan Petrov", "chairman")]), user="office-a")
        for day, title in ((26, "Commemoration evening"), (27, "Novruz concert"))
    ]
    first = plan_merge(office_b, _path(office_a))
    assert len(first.add) == 2 and not first.conflicts
    apply_merge(office_b, first, backup=False)
    return office_a, office_b, keys


LINKS = ("event", "event_organizer", "event_speaker", "program_item", "change_log")
SEARCH_PAGES = ("event_search_data", "event_search_idx", "event_search_words_data",
                "event_search_words_idx")
"""The search index's own b-tree pages: the same words, laid out anew after a delete."""


def _data(database: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every table but the events, their links (a save writes them anew) and the change
    log (which keeps the merge and its undo): those are compared as :func:`_events` says."""
    return dump(database, skip=LINKS + SEARCH_PAGES)


def _events(database: Database) -> dict[uuid.UUID, tuple[object, ...]]:
    """Each event's fields, organizers, speakers, program, source and trash state."""
    with database.sessions() as session:
        return {key: (e.snapshot, e.source, e.deleted_at, e.created_at, e.created_by)
                for key, e in load_events(session).items()}


# --- 1. undo puts the trash back ------------------------------------------------------------


def test_undo_of_a_merge_takes_their_trash_moves_back_and_logs_it(
    new_database: NewDatabase,
) -> None:
    """An event office B moved to the trash went to the trash here too; undoing the merge
    left it there."""
    office_a, office_b, (evening, concert) = _two_offices(new_database)
    _trash(office_b, evening)
    _edit(office_b, concert, user="office-b", attendance=75)
    before, events = _data(office_a), _events(office_a)

    plan = plan_merge(office_a, _path(office_b))
    assert sorted(plan.take) == sorted([evening, concert]) and not plan.conflicts
    report = apply_merge(office_a, plan, backup=False)
    trashed = _event(office_a, evening)
    assert trashed is not None and trashed.deleted_at is not None
    assert report.batch_id is not None

    result = undo_batch(office_a, report.batch_id)
    assert (result.restored, result.removed) == (2, 0)
    back = _event(office_a, evening)
    assert back is not None and back.deleted_at is None, "the undo left it in the trash"
    assert _events(office_a) == events and _data(office_a) == before
    with office_a.sessions() as session:
        undo_rows = session.scalars(select(ChangeLog).where(
            ChangeLog.batch_id == result.undo_batch_id,
            ChangeLog.record_uuid == evening)).all()
    assert [r.changes for r in undo_rows] == [
        {"deleted_at": [trashed.deleted_at.isoformat(), None]}
    ], "taking the event out of the trash again is in the change log"


def test_undo_of_a_merge_puts_back_every_field_link_and_trash_state(
    new_database: NewDatabase,
) -> None:
    """Fields, organizers (a new organization the merge made included) and the trash: the
    events are as they were before the merge."""
    office_a, office_b, (evening, concert) = _two_offices(new_database)
    _trash(office_b, evening)
    _edit(office_b, concert, user="office-b", attendance=75, venue="House of Friendship",
          organizers=[OrganizerInput("Azerbaijani Youth Union"), OrganizerInput("Consulate")])
    with office_b.sessions.begin() as session:  # a name of theirs becomes an alias here
        union = session.scalar(select(Organization).where(
            Organization.name == "Azerbaijani Youth Union"))
        assert union is not None
        union.name = "Youth Union of Azerbaijanis"
        petrov = session.scalar(select(Person).where(Person.full_name == "Ivan Petrov"))
        assert petrov is not None
        petrov.full_name = "Ivan I. Petrov"
    before, events = _data(office_a), _events(office_a)

    report = apply_merge(office_a, plan_merge(office_a, _path(office_b)), backup=False)
    assert report.added_organizations == ["Consulate"]
    with office_a.sessions() as session:
        logged = session.scalars(select(ChangeLog.changes).where(
            ChangeLog.batch_id == report.batch_id, ChangeLog.table_name == "organization",
            ChangeLog.action == "update")).all()
    assert logged == [{"aliases": [["Azerbaijani Youth Union"],
                                   ["Azerbaijani Youth Union", "Youth Union of Azerbaijanis"]]}]
    assert _data(office_a)["person_alias"] != before["person_alias"]
    assert report.batch_id is not None
    undo_batch(office_a, report.batch_id)

    assert _events(office_a) == events
    after = _data(office_a)
    assert after["organization_alias"] == before["organization_alias"]
    assert after["person_alias"] == before["person_alias"]
    assert [row[:3] for row in after["organization"]] == [
        row[:3] for row in before["organization"]]


# --- 2. the next merge after an undo ---------------------------------------------------------


def test_after_an_undo_the_next_merge_takes_their_edits_as_the_first_did(
    new_database: NewDatabase,
) -> None:
    """The history rows the undone merge copied stayed: the next merge took their edit for
    common history and silently kept ours."""
    office_a, office_b, (evening, concert) = _two_offices(new_database)
    _edit(office_b, concert, user="office-b", attendance=75)
    _trash(office_b, evening)
    theirs = _save(office_b, EventInput(title="Their lecture", start_date=dt.date(2025, 4, 2)),
                   user="office-b")
    _edit(office_b, theirs, user="office-b", attendance=12)
    before = _data(office_a)

    first = plan_merge(office_a, _path(office_b))
    report = apply_merge(office_a, first, backup=False)
    assert report.batch_id is not None
    assert undo_batch(office_a, report.batch_id).removed == 1
    assert _data(office_a) == before

    again = plan_merge(office_a, _path(office_b))
    assert sorted(again.take) == sorted(first.take) == sorted([evening, concert])
    assert again.add == first.add == [theirs]
    assert [row["changes"] for row in again.history[theirs]] == [{"attendance": [None, 12]}]
    assert not again.keep and not again.conflicts and not again.same
    apply_merge(office_a, again, backup=False)
    taken = _event(office_a, concert)
    assert taken is not None and taken.attendance == 75
    trashed = _event(office_a, evening)
    assert trashed is not None and trashed.deleted_at is not None


def test_after_an_undo_a_conflict_is_offered_again_and_my_edit_is_still_mine(
    new_database: NewDatabase,
) -> None:
    """Both offices changed one event: the conflict, decided and undone, is offered again;
    an event only we changed is still ours to keep."""
    office_a, office_b, (evening, concert) = _two_offices(new_database)
    _edit(office_a, evening, user="office-a", attendance=50)
    _edit(office_b, evening, user="office-b", description="their notes")
    _edit(office_a, concert, user="office-a", venue="Our hall")

    first = plan_merge(office_a, _path(office_b))
    assert [c.uuid for c in first.conflicts] == [evening] and first.keep == [concert]
    report = apply_merge(office_a, first, {evening: "theirs"}, backup=False)
    assert report.batch_id is not None
    undo_batch(office_a, report.batch_id)
    mine = _event(office_a, evening)
    assert mine is not None and (mine.attendance, mine.description) == (50, None)

    again = plan_merge(office_a, _path(office_b))
    assert [c.uuid for c in again.conflicts] == [evening] and again.keep == [concert]
    assert set(again.conflicts[0].fields) == set(first.conflicts[0].fields)


def test_an_undone_merge_can_be_done_and_undone_again_by_the_command_line(
    new_database: NewDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the command line says of a merge after an undo is what it did."""
    office_a, office_b, (_evening, concert) = _two_offices(new_database)
    _edit(office_b, concert, user="office-b", attendance=75)
    here, there = str(_path(office_a)), str(_path(office_b))
    before = _events(office_a)
    for _round in range(2):
        assert main(["--database", here, "merge", there]) == 0
        out = capsys.readouterr().out
        assert "0 added, 1 updated, 1 the same, 0 kept as here" in out, out
        batch = out.rsplit("undo-import ", 1)[1].split()[0]
        assert main(["--database", here, "undo-import", batch]) == 0
        assert "restored: 1" in capsys.readouterr().out
        assert _events(office_a) == before


# --- 3. a decided difference of names stays decided ------------------------------------------


def _rename(database: Database, old: str, new: str) -> None:
    with database.sessions.begin() as session:
        record = session.scalar(select(Organization).where(Organization.name == old))
        assert record is not None
        record.name = new


def test_a_renamed_organization_is_no_difference_of_its_events(
    new_database: NewDatabase,
) -> None:
    """Office B renamed the organizer: both events differed by its name with no event history
    to tell who changed, so every merge offered them as conflicts, however the clerk chose
    (their name resolves to our record: taking theirs changed nothing)."""
    office_a, office_b, (evening, concert) = _two_offices(new_database)
    _rename(office_b, "Azerbaijani Youth Union", "Youth Union of Azerbaijanis")

    for _round in range(2):
        plan = plan_merge(office_a, _path(office_b))
        assert not plan.conflicts and not plan.take and not plan.new_organizations
        assert sorted(plan.same) == sorted([evening, concert])
        apply_merge(office_a, plan, backup=False)
    with office_a.sessions() as session:
        names = set(session.scalars(select(Organization.name)))
    assert "Azerbaijani Youth Union" in names and "Youth Union of Azerbaijanis" not in names

    _edit(office_b, concert, user="office-b", attendance=75)  # a real change later is seen
    later = plan_merge(office_a, _path(office_b))
    assert later.take == [concert] and not later.conflicts


def test_their_own_spelling_of_our_organization_is_no_difference(
    new_database: NewDatabase,
) -> None:
    """Office B knew the organization under its own spelling (our name an alias of it), so
    our events took its record there: two spellings, one organization, no conflict."""
    office_a, office_b = new_database("office-a.sqlite"), new_database("office-b.sqlite")
    _save(office_b, EventInput(title="Their own evening", start_date=dt.date(2025, 1, 5),
                               organizers=[OrganizerInput("AYU")]), user="office-b")
    with office_b.sessions.begin() as session:
        from db.models import OrganizationAlias
        from db.names import normalize

        ayu = session.scalar(select(Organization).where(Organization.name == "AYU"))
        assert ayu is not None
        ayu.aliases.append(OrganizationAlias(name="Azerbaijani Youth Union",
                                             normalized=normalize("Azerbaijani Youth Union")))
    evening = _save(office_a, EventInput(
        title="Commemoration evening", start_date=dt.date(2025, 2, 26), region="RU-PRI",
        organizers=[OrganizerInput("Azerbaijani Youth Union")]), user="office-a")
    apply_merge(office_b, plan_merge(office_b, _path(office_a)), backup=False)
    there = _events(office_b)[evening][0]
    assert isinstance(there, dict) and there["organizers"][0]["organization"] == "AYU"

    for _round in range(2):
        plan = plan_merge(office_a, _path(office_b))
        assert evening in plan.same and not plan.conflicts, [c.fields for c in plan.conflicts]
        apply_merge(office_a, plan, backup=False)


def _folded_there(new_database: NewDatabase) -> tuple[Database, Database, uuid.UUID]:
    """Office B folded "Friendship society" into "Friendship" (two spellings of one body);
    office A keeps both records, its evening organized by "Friendship society"."""
    office_a, office_b = new_database("office-a.sqlite"), new_database("office-b.sqlite")
    evening = _save(office_a, EventInput(
        title="Commemoration evening", start_date=dt.date(2025, 2, 26), region="RU-PRI",
        organizers=[OrganizerInput("Friendship society")]), user="office-a")
    _save(office_a, EventInput(
        title="Novruz concert", start_date=dt.date(2025, 3, 20), region="RU-PRI",
        organizers=[OrganizerInput("Friendship")]), user="office-a")
    apply_merge(office_b, plan_merge(office_b, _path(office_a)), backup=False)
    with office_b.sessions.begin() as session:
        survivor = session.scalar(select(Organization).where(Organization.name == "Friendship"))
        duplicate = session.scalar(select(Organization).where(
            Organization.name == "Friendship society"))
        assert survivor is not None and duplicate is not None
        merge_records(session, "organization", survivor.id, duplicate.id, user="office-b")
    return office_a, office_b, evening


def test_a_conflict_no_history_tells_kept_as_here_stays_decided(
    new_database: NewDatabase,
) -> None:
    """Nothing in either log tells who changed the evening's organizer; kept as here once,
    it came back at every merge. Decided, the next merge of the same files has no conflict;
    a later change of theirs is offered again."""
    office_a, office_b, evening = _folded_there(new_database)
    first = plan_merge(office_a, _path(office_b))
    assert [c.uuid for c in first.conflicts] == [evening]
    assert first.conflicts[0].fields == ["organizers"]
    report = apply_merge(office_a, first, {evening: "mine"}, backup=False)
    assert report.kept_mine == ["Commemoration evening"]

    second = plan_merge(office_a, _path(office_b))
    assert not second.conflicts and second.keep == [evening]
    kept = _events(office_a)[evening][0]
    assert isinstance(kept, dict)
    assert kept["organizers"][0]["organization"] == "Friendship society"

    _edit(office_b, evening, user="office-b", attendance=75)
    later = plan_merge(office_a, _path(office_b))
    assert [c.uuid for c in later.conflicts] == [evening]
    assert later.conflicts[0].fields == ["organizers"]
    assert [fill.field for fill in later.fill_ins] == ["attendance"], "empty here: a fill-in"


def test_a_conflict_no_history_tells_taken_from_them_stays_decided(
    new_database: NewDatabase,
) -> None:
    office_a, office_b, evening = _folded_there(new_database)
    first = plan_merge(office_a, _path(office_b))
    apply_merge(office_a, first, {evening: "theirs"}, backup=False)
    second = plan_merge(office_a, _path(office_b))
    assert not second.conflicts and evening in second.same
    _edit(office_b, evening, user="office-b", attendance=75)
    assert plan_merge(office_a, _path(office_b)).take == [evening]


def test_undoing_a_kept_decision_offers_the_conflict_again(
    new_database: NewDatabase,
) -> None:
    office_a, office_b, evening = _folded_there(new_database)
    report = apply_merge(office_a, plan_merge(office_a, _path(office_b)), {evening: "mine"},
                         backup=False)
    assert report.batch_id is not None
    undo_batch(office_a, report.batch_id)
    again = plan_merge(office_a, _path(office_b))
    assert [c.uuid for c in again.conflicts] == [evening]


def test_field_by_field_their_trash_state_is_taken_and_undone(
    new_database: NewDatabase,
) -> None:
    """Choosing their side of "in the trash" field by field did nothing at all."""
    office_a, office_b, (evening, _concert) = _two_offices(new_database)
    _edit(office_a, evening, user="office-a", attendance=50)
    _trash(office_b, evening)
    [conflict] = plan_merge(office_a, _path(office_b)).conflicts
    assert set(conflict.fields) == {"attendance", "deleted"}
    report = apply_merge(office_a, plan_merge(office_a, _path(office_b)),
                         {evening: {"attendance": "mine", "deleted": "theirs"}}, backup=False)
    merged = _event(office_a, evening)
    assert merged is not None and merged.deleted_at is not None and merged.attendance == 50
    assert not plan_merge(office_a, _path(office_b)).conflicts

    assert report.batch_id is not None
    undo_batch(office_a, report.batch_id)
    undone = _event(office_a, evening)
    assert undone is not None and undone.deleted_at is None and undone.attendance == 50


def _records_named(database: Database, name: str) -> list[str]:
    """Our organizations that answer to ``name``, by their name or an alias."""
    key = normalize(name)
    with database.sessions() as session:
        return sorted(session.scalars(select(Organization.name).where(
            Organization.id.in_(select(OrganizationAlias.organization_id).where(
                OrganizationAlias.normalized == key))
            | (Organization.name == name))))


def test_a_fold_of_theirs_leaves_our_two_records_apart_and_says_so(
    new_database: NewDatabase,
) -> None:
    """Office B folded "Friendship society" into "Friendship"; here they are two records.
    The merge gave our "Friendship" the name "Friendship society" as an alias: one name
    then answered to two records, and an import or the form took whichever came first.
    It now leaves our records as they are and tells the clerk, who may fold them here."""
    office_a, office_b, _evening = _folded_there(new_database)
    plan = plan_merge(office_a, _path(office_b))
    assert [(s.ours, s.other) for s in plan.separate_here] == [
        ("Friendship", "Friendship society")]
    assert any("Friendship society" in note and "Friendship" in note
               for note in plan_notes(plan))
    apply_merge(office_a, plan, {c.uuid: "mine" for c in plan.conflicts}, backup=False)
    assert _records_named(office_a, "Friendship society") == ["Friendship society"]
    assert _records_named(office_a, "Friendship") == ["Friendship"]
