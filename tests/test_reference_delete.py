"""Deleting a reference record nothing uses (a misspelt organization, a person entered
twice): refused, with the reason in words, for a record in use or one the app ships;
logged; undone from the log; from the command line too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import Database, open_database
from db.event_store import EventInput, EventStore, OrganizerInput, SpeakerInput
from db.models import (
    ChangeLog,
    City,
    Country,
    EventType,
    Occasion,
    Organization,
    OrganizationAlias,
    Person,
    ProgramItemType,
    Region,
)
from db.reference_service import (
    DeleteRefusedError,
    ReferenceService,
    StaleRecordError,
    Usage,
)
from desktop.cli import main


def add(database: Database, kind: str, values: dict[str, str], aliases: list[str] = ()) -> int:
    with database.sessions.begin() as session:
        record = ReferenceService(session, user="clerk").save(kind, None, values, list(aliases))
        return int(record.id)


def refusal(database: Database, kind: str, record_id: int) -> str:
    """Why deleting the record is refused (it must be)."""
    with pytest.raises(DeleteRefusedError) as refused, database.sessions.begin() as session:
        ReferenceService(session).delete(kind, record_id)
    return str(refused.value)


def exists(database: Database, model: type, record_id: int) -> bool:
    with database.sessions() as session:
        return session.get(model, record_id) is not None


def test_an_unused_organization_is_deleted_logged_and_put_back_exactly(database: Database):
    record_id = add(
        database, "organization", {"name": "Frendship sosiety", "notes": "typo"}, ["Druzba"]
    )
    with database.sessions() as session:
        before = session.get(Organization, record_id)
        assert before is not None
        uuid_before, version_before = before.uuid, before.version

    with database.sessions.begin() as session:
        batch = ReferenceService(session, user="anna").delete("organization", record_id)
    assert not exists(database, Organization, record_id)
    with database.sessions() as session:
        assert not session.scalars(
            select(OrganizationAlias).where(OrganizationAlias.organization_id == record_id)
        ).all()
        entry = session.scalar(select(ChangeLog).where(ChangeLog.batch_id == batch))
        assert entry is not None
        assert (entry.action, entry.user, entry.record_id) == ("delete", "anna", record_id)
        assert entry.summary == "Frendship sosiety"

    with database.sessions.begin() as session:
        ReferenceService(session, user="anna").undo_delete(batch)
    with database.sessions() as session:
        back = session.get(Organization, record_id)
        assert back is not None
        assert (back.name, back.notes, back.uuid, back.version) == (
            "Frendship sosiety",
            "typo",
            uuid_before,
            version_before,
        )
        assert {a.name for a in back.aliases} == {"Frendship sosiety", "Druzba"}
        actions = [
            row.action for row in ReferenceService(session).history("organization", record_id)
        ]
        assert actions[:2] == ["undelete", "delete"]
    # found again by its other name
    with database.sessions() as session:
        assert [r.id for r in ReferenceService(session).search("organization", "druzba")] == [
            record_id
        ]


def test_a_person_entered_twice_is_deleted(database: Database):
    kept = add(database, "person", {"name": "Elmar Aliyev"})
    with database.sessions.begin() as session:
        twice = (
            ReferenceService(session)
            .save("person", None, {"name": "Elmar Aliyev"}, [], allow_shared_names=True)
            .id
        )
    with database.sessions.begin() as session:
        ReferenceService(session).delete("person", twice)
    assert exists(database, Person, kept) and not exists(database, Person, twice)


def test_a_record_events_use_is_refused_with_how_many_and_merge_as_the_way(database: Database):
    with database.sessions.begin() as session:
        store = EventStore(session)
        first = store.save(
            EventInput(
                title="Novruz in Kazan",
                start_date=dt.date(2025, 3, 20),
                organizers=[OrganizerInput("Friendship society")],
            )
        )
        store.save(
            EventInput(
                title="Khojaly evening in Kazan",
                start_date=dt.date(2025, 2, 26),
                speakers=[SpeakerInput("Elmar Aliyev", "chair", "Friendship society")],
            )
        )
        store.save(
            EventInput(
                title="Book evening",
                start_date=dt.date(2025, 4, 1),
                organizers=[OrganizerInput("Friendship society")],
            )
        )
        store.delete(first.uuid)  # in the trash: still an event that names it
        organization = session.scalar(
            select(Organization.id).where(Organization.name == "Friendship society")
        )
        person = session.scalar(select(Person.id).where(Person.full_name == "Elmar Aliyev"))
    said = refusal(database, "organization", organization)
    assert "“Friendship society”" in said
    assert "3 events" in said and "1 in the trash" in said
    assert "Merge" in said
    assert exists(database, Organization, organization)
    said = refusal(database, "person", person)
    assert "1 event" in said and "trash" not in said
    assert exists(database, Person, person)
    with database.sessions() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(ChangeLog)
                .where(ChangeLog.action == "delete", ChangeLog.table_name != "event")
            )
            == 0
        )


def test_a_record_other_records_use_is_refused_naming_them(database: Database):
    region = add(database, "region", {"name": "Test Oblast", "code": "RU-ZZT"})
    add(database, "city", {"name": "Testograd", "region": "Test Oblast"})
    said = refusal(database, "region", region)
    assert "1 city" in said and "event" not in said
    parent = add(database, "organization", {"name": "Azerbaijani congress"})
    branch = add(database, "organization", {"name": "Azerbaijani congress, Kazan branch"})
    with database.sessions.begin() as session:
        record = session.get(Organization, branch)
        assert record is not None
        record.parent_id = parent
    assert "1 organization" in refusal(database, "organization", parent)
    with database.sessions.begin() as session:  # the branch itself is used by nothing
        ReferenceService(session).delete("organization", branch)


@pytest.mark.parametrize(
    ("kind", "model", "where", "because"),
    [
        ("country", Country, Country.code == "AZ", "ISO"),
        ("region", Region, Region.code == "RU-PRI", "ISO 3166-2"),
        ("city", City, City.name == "Vladivostok", "GeoNames"),
        ("occasion", Occasion, Occasion.name == "Khojaly genocide", "comes with the app"),
        ("event_type", EventType, EventType.code == "conference", "comes with the app"),
        (
            "program_item_type",
            ProgramItemType,
            ProgramItemType.code == "minute_of_silence",
            "comes with the app",
        ),
    ],
)
def test_what_the_app_ships_is_not_deleted_even_unused(
    database: Database, kind, model, where, because
):
    with database.sessions() as session:
        record_id = session.scalar(select(model.id).where(where))
    assert record_id is not None
    said = refusal(database, kind, record_id)
    assert because in said, said
    assert exists(database, model, record_id)


@pytest.mark.parametrize(
    ("kind", "values"),
    [
        ("region", {"name": "Test Oblast", "code": "RU-ZZT"}),
        ("city", {"name": "Testograd", "region": "Primorsky Krai"}),
        ("occasion", {"name": "Day of the society's founding"}),
        ("event_type", {"name": "poetry slam"}),
        ("program_item_type", {"name": "quiz"}),
    ],
)
def test_the_same_kinds_made_by_hand_are_deleted(database: Database, kind, values):
    record_id = add(database, kind, values)
    with database.sessions.begin() as session:
        batch = ReferenceService(session).delete(kind, record_id)
    with database.sessions.begin() as session:
        service = ReferenceService(session)
        assert service.read(kind, record_id) is None
        service.undo_delete(batch)
        data = service.read(kind, record_id)
    assert data is not None and data.values["name"] == values["name"]


def test_a_record_changed_at_another_desk_since_it_was_read_is_not_deleted(
    database: Database,
):
    record_id = add(database, "organization", {"name": "Frendship"})
    with database.sessions() as session:
        seen = ReferenceService(session).read("organization", record_id)
    assert seen is not None
    with database.sessions.begin() as session:
        ReferenceService(session).add_alias("organization", record_id, "Friendship")
    with pytest.raises(StaleRecordError), database.sessions.begin() as session:
        ReferenceService(session).delete("organization", record_id, seen.version)
    assert exists(database, Organization, record_id)


def test_undo_when_the_name_is_taken_again_says_so_and_changes_nothing(database: Database):
    record_id = add(database, "event_type", {"name": "poetry slam"})
    with database.sessions.begin() as session:
        batch = ReferenceService(session).delete("event_type", record_id)
    again = add(database, "event_type", {"name": "poetry slam"})  # the same code again
    with pytest.raises(DeleteRefusedError) as refused, database.sessions.begin() as session:
        ReferenceService(session).undo_delete(batch)
    assert "poetry slam" in str(refused.value)
    with database.sessions() as session:  # the new one alone (SQLite may give it the old id)
        assert session.scalars(
            select(EventType.id).where(EventType.name == "poetry slam")
        ).all() == [again]


def test_the_command_line_deletes_and_refuses(
    database: Database, database_path: Path, capsys: pytest.CaptureFixture[str]
):
    spare = add(database, "person", {"name": "Nazim Aliyev (twice)"})
    with database.sessions.begin() as session:
        EventStore(session).save(
            EventInput(
                title="Novruz",
                start_date=dt.date(2025, 3, 20),
                speakers=[SpeakerInput("Nazim Aliyev", "chair")],
            )
        )
        used = session.scalar(select(Person.id).where(Person.full_name == "Nazim Aliyev"))
    database.dispose()
    db = ["--database", str(database_path)]

    assert main([*db, "reference", "person", "--delete", str(spare)]) == 0
    assert "Nazim Aliyev (twice)" in capsys.readouterr().out
    assert main([*db, "reference", "person", "--delete", str(used)]) == 1
    error = capsys.readouterr().err
    assert "1 event" in error and "Merge" in error
    assert main([*db, "reference", "person", "--history", str(spare)]) == 0
    assert "\tdelete\tNazim Aliyev (twice)" in capsys.readouterr().out
    reopened = open_database(database_path, check_integrity=False)
    try:
        with reopened.sessions() as session:
            assert session.get(Person, spare) is None
            assert session.get(Person, used) is not None
    finally:
        reopened.dispose()


def test_undo_puts_it_back_under_a_new_id_when_its_old_one_was_given_again(
    database: Database,
):
    typo = add(database, "organization", {"name": "Frendship"})
    with database.sessions.begin() as session:
        batch = ReferenceService(session).delete("organization", typo)
    other = add(database, "organization", {"name": "Caspian club"})
    with database.sessions.begin() as session:
        back = ReferenceService(session).undo_delete(batch)
    assert back != other
    with database.sessions() as session:
        assert session.get(Organization, other).name == "Caspian club"
        assert session.get(Organization, back).name == "Frendship"


def test_a_record_put_to_use_after_the_check_is_not_deleted(database: Database, monkeypatch):
    """Another desk saves an event naming it between the check and the delete: the
    database refuses the delete, and the clerk is told so in words."""
    typo = add(database, "organization", {"name": "Frendship"})
    with database.sessions.begin() as session:
        EventStore(session).save(
            EventInput(
                title="Novruz",
                start_date=dt.date(2025, 3, 20),
                organizers=[OrganizerInput("Frendship")],
            )
        )
    monkeypatch.setattr(ReferenceService, "usage", lambda *_args: Usage())  # the check missed
    said = refusal(database, "organization", typo)
    assert "“Frendship”" in said and "Merge" in said
    assert exists(database, Organization, typo)
    with database.sessions() as session:
        assert not session.scalars(select(ChangeLog).where(ChangeLog.action == "delete")).all()
