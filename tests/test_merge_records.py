"""Merging two spellings of one organization or person moves every reference and can be undone."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from db.copy import data_set_checksum
from db.event_store import EventInput, EventStore, OrganizerInput, SpeakerInput
from db.gazetteer import Gazetteer
from db.merge_records import MergeError, merge_records, undo_merge
from db.models import ChangeLog, EventOrganizer, EventSpeaker, Organization, Person


def _save(session, title: str, organizers: list[str], speaker_org: str | None = None):
    return EventStore(session).save(
        EventInput(
            title=title,
            start_date=dt.date(2025, 2, 27),
            organizers=[OrganizerInput(name) for name in organizers],
            speakers=[SpeakerInput("Ramiz Zeynalov", "chairman", speaker_org)]
            if speaker_org
            else [],
        )
    )


def _org(session, name: str) -> Organization:
    return session.scalar(select(Organization).where(Organization.name == name))


def test_merging_organizations_moves_references_keeps_the_alias_and_undoes(database) -> None:
    with database.sessions.begin() as session:
        _save(session, "A", ["Friendship"], speaker_org="Friendship society")
        _save(session, "B", ["Friendship society"])
        _save(session, "C", ["Friendship", "Friendship society"])  # both: one row must go
    with database.engine.connect() as connection:
        _, before = data_set_checksum(connection)

    with database.sessions.begin() as session:
        survivor, duplicate = _org(session, "Friendship"), _org(session, "Friendship society")
        batch = merge_records(session, "organization", survivor.id, duplicate.id, user="analyst")
        survivor_id = survivor.id
    with database.sessions() as session:
        assert _org(session, "Friendship society") is None
        organizer_ids = set(session.scalars(select(EventOrganizer.organization_id)))
        assert organizer_ids == {survivor_id}
        assert session.scalar(select(func.count(EventOrganizer.id))) == 3
        assert set(session.scalars(select(EventSpeaker.organization_id))) == {survivor_id}
        assert Gazetteer(session).resolve_organization("Friendship society").id == survivor_id
        log = session.scalar(select(ChangeLog).where(ChangeLog.batch_id == batch))
        assert (log.action, log.user) == ("merge", "analyst")
        assert "Friendship society merged into Friendship" in log.summary

    with database.sessions.begin() as session:
        undo_merge(session, batch)
    with database.engine.connect() as connection:
        counts, after = data_set_checksum(connection)
    with database.sessions() as session:
        restored = _org(session, "Friendship society")
        assert restored is not None
        assert session.scalar(select(func.count(EventOrganizer.id))) == 4
    # everything but the change log is back exactly as it was
    with database.engine.begin() as connection:
        connection.execute(
            ChangeLog.__table__.delete().where(ChangeLog.action.in_(["merge", "unmerge"]))
        )
        assert data_set_checksum(connection)[1] == before
        connection.rollback()
    assert counts["change_log"] > 0 and after != before


def test_merging_people_and_refusing_nonsense(database) -> None:
    with database.sessions.begin() as session:
        EventStore(session).save(
            EventInput(
                title="X",
                start_date=dt.date(2025, 3, 1),
                speakers=[SpeakerInput("Haji Mutallib Ibishov"), SpeakerInput("Mutallib İbişov")],
            )
        )
    with database.sessions.begin() as session:
        first, second = session.scalars(select(Person).order_by(Person.id)).all()[-2:]
        merge_records(session, "person", first.id, second.id)
        with pytest.raises(MergeError, match="two different"):
            merge_records(session, "person", first.id, first.id)
        with pytest.raises(MergeError, match="cannot be merged"):
            merge_records(session, "event", 1, 2)
    with database.sessions() as session:
        assert Gazetteer(session).resolve_person("Mutallib Ibisov", fuzzy=False) is not None
        assert len(set(session.scalars(select(EventSpeaker.person_id)))) == 1
