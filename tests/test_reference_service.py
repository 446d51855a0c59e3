"""The Qt-free reference-list service: add, edit, aliases, merge, search, history, conflicts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.engine import Database, open_database
from db.models import ChangeLog, Organization
from db.reference_kinds import REFERENCE_KINDS
from db.reference_service import (
    NO_REGION,
    NO_REGION_CODE,
    ReferenceInputError,
    ReferenceService,
    StaleRecordError,
)


def add_organization(database: Database, name: str, aliases: list[str] | None = None) -> int:
    with database.sessions.begin() as session:
        record = ReferenceService(session, user="clerk").save(
            "organization", None, {"name": name}, aliases or []
        )
        return int(record.id)


def test_a_stale_save_from_another_desk_is_a_conflict_and_keeps_the_newer_data(
    database: Database, database_path
) -> None:
    record_id = add_organization(database, "Friendship society")
    desk_b = open_database(database_path, check_integrity=False)
    try:
        with desk_b.sessions() as session:
            b_copy = ReferenceService(session).read("organization", record_id)
        assert b_copy is not None
        with database.sessions.begin() as session:
            a_copy = ReferenceService(session, user="anna").read("organization", record_id)
            assert a_copy is not None
            values = {**a_copy.values, "contacts": "+7 843 000 00 00"}
            ReferenceService(session, user="anna").save(
                "organization", record_id, values, a_copy.aliases, a_copy.version
            )

        with pytest.raises(StaleRecordError) as conflict, desk_b.sessions.begin() as session:
            ReferenceService(session, user="boris").save(
                "organization",
                record_id,
                {**b_copy.values, "notes": "meets on Fridays"},
                b_copy.aliases,
                b_copy.version,
            )
        assert conflict.value.by == "anna" and conflict.value.name == "Friendship society"
        with desk_b.sessions() as session:
            saved = session.get(Organization, record_id)
            assert saved is not None
            assert (saved.contacts, saved.notes) == ("+7 843 000 00 00", None)
    finally:
        desk_b.dispose()


def test_a_change_of_aliases_alone_is_a_new_version(database: Database) -> None:
    record_id = add_organization(database, "Friendship society")
    with database.sessions.begin() as session:
        service = ReferenceService(session)
        before = service.read("organization", record_id)
        assert before is not None
        service.add_alias("organization", record_id, "Druzhba", before.version)
        after = service.read("organization", record_id)
    assert after is not None and after.version == before.version + 1
    assert after.aliases == ["Druzhba"]
    with pytest.raises(StaleRecordError), database.sessions.begin() as session:
        ReferenceService(session).remove_alias("organization", record_id, "Druzhba", before.version)


def test_aliases_search_and_history(database: Database) -> None:
    record_id = add_organization(database, "Friendship society", ["Druzhba", "Dostluq"])
    with database.sessions.begin() as session:
        service = ReferenceService(session, user="clerk")
        # any script finds an alias: Cyrillic for the Latin spelling
        assert [r.id for r in service.search("organization", "дружба")] == [record_id]
        service.remove_alias("organization", record_id, "дружба")
        assert service.search("organization", "druzhba") == []
        assert [r.id for r in service.search("organization", "dostluq")] == [record_id]
        history = service.history("organization", record_id)
    assert history[0].action == "update" and history[0].field == "aliases"
    assert history[0].old == ["Dostluq", "Druzhba"] and history[0].new == ["Dostluq"]
    assert {(h.action, h.field) for h in history} >= {("insert", "name"), ("insert", "aliases")}
    assert all(h.user == "clerk" and h.desk for h in history)


def test_merge_through_the_service_and_undo(database: Database) -> None:
    keep = add_organization(database, "Friendship society")
    gone = add_organization(database, "Druzhba")
    with database.sessions.begin() as session:
        batch = ReferenceService(session).merge("organization", keep, gone)
    with database.sessions.begin() as session:
        service = ReferenceService(session)
        assert [r.id for r in service.search("organization", "druzhba")] == [keep]
        service.undo_merge(batch)
    with database.sessions() as session:
        assert session.get(Organization, gone) is not None
        entries = session.scalars(select(ChangeLog).where(ChangeLog.record_id == keep)).all()
        merges = [e for e in entries if e.action in ("merge", "unmerge")]
        assert len(merges) == 2 and all(e.desk for e in merges)  # which desk merged, too


def test_every_kind_can_be_added_and_edited(database: Database) -> None:
    values = {
        "country": {"name": "Neverland", "code": "XN"},
        "city": {"name": "Our Village", "region": "Primorsky Krai"},
        "region": {"name": "New Province", "code": "XN-NP"},
        "event_type": {"name": "Picnic"},
    }
    with database.sessions.begin() as session:
        service = ReferenceService(session)
        for kind in REFERENCE_KINDS:
            if kind == "region":  # after the country its code names
                with pytest.raises(ReferenceInputError) as error:
                    service.save(kind, None, {"name": "Nowhere"}, [])
                assert error.value.message == NO_REGION_CODE
            record = service.save(kind, None, values.get(kind, {"name": f"New {kind}"}), [])
            data = service.read(kind, record.id)
            assert data is not None and data.version == 1, kind
            renamed = {**data.values, "name": data.values["name"] + " (renamed)"}
            service.save(kind, record.id, renamed, data.aliases, data.version)
            assert service.read(kind, record.id).version == 2, kind  # type: ignore[union-attr]
        with pytest.raises(ReferenceInputError) as error:
            service.save("city", None, {"name": "Nowhere"}, [])
        assert error.value.message == NO_REGION


def test_a_copy_read_before_a_merge_cannot_erase_the_merged_names(database: Database) -> None:
    keep = add_organization(database, "Friendship society")
    gone = add_organization(database, "Druzhba")
    with database.sessions() as session:
        stale = ReferenceService(session).read("organization", keep)
    assert stale is not None
    with database.sessions.begin() as session:
        ReferenceService(session).merge("organization", keep, gone)
    with pytest.raises(StaleRecordError), database.sessions.begin() as session:
        ReferenceService(session).save(
            "organization", keep, stale.values, stale.aliases, stale.version
        )
    with database.sessions() as session:
        assert ReferenceService(session).read("organization", keep).aliases == ["Druzhba"]  # type: ignore[union-attr]


def _reference_workbook(path, rows: list[list[str | None]]):
    from openpyxl import Workbook

    wb = Workbook()
    sheet = wb.active
    sheet.title = "Organizations"
    sheet.append(["UUID", "Name", "Short name", "Kind", "Contacts", "Notes", "Aliases"])
    for row in rows:
        sheet.append(row)
    wb.save(path)
    return path


def test_a_reference_import_shows_in_history_and_makes_older_copies_stale(
    database: Database, tmp_path
) -> None:
    from desktop.importing.reference_lists import import_reference

    known = add_organization(database, "Friendship society")
    with database.sessions() as session:
        stale = ReferenceService(session).read("organization", known)
    assert stale is not None
    path = _reference_workbook(
        tmp_path / "lists.xlsx",
        [
            [None, "Friendship society", None, None, None, None, "Dostluq"],
            [None, "Caspian club", None, None, None, None, None],
        ],
    )
    import_reference(database, path)
    with database.sessions() as session:
        service = ReferenceService(session)
        (club,) = service.search("organization", "Caspian club")
        assert [h.action for h in service.history("organization", club.id)] == ["insert"]
    with pytest.raises(StaleRecordError), database.sessions.begin() as session:
        ReferenceService(session).save(
            "organization", known, stale.values, stale.aliases, stale.version
        )


def test_a_name_confirmed_in_the_event_form_makes_older_copies_stale(database: Database) -> None:
    from db.event_store import EventStore, NameCandidate, NameQuestion

    record_id = add_organization(database, "Friendship society")
    with database.sessions() as session:
        stale = ReferenceService(session).read("organization", record_id)
    assert stale is not None
    with database.sessions.begin() as session:
        candidate = NameCandidate(
            "organization", record_id, "Friendship society", "", None, None, 95.0
        )
        question = NameQuestion("organizers", "organization", "Frendship", (candidate,), True)
        EventStore(session).confirm_name(question, candidate)
    with pytest.raises(StaleRecordError), database.sessions.begin() as session:
        ReferenceService(session).save(
            "organization", record_id, stale.values, stale.aliases, stale.version
        )
    with database.sessions() as session:
        assert "Frendship" in ReferenceService(session).read("organization", record_id).aliases  # type: ignore[union-attr]
