"""Reference lists travel between offices: export, import, matched by UUID then by alias."""

from __future__ import annotations

from sqlalchemy import func, select

from db.event_store import EventStore
from db.models import ChangeLog, Organization, OrganizationAlias, Person
from db.names import normalize
from desktop.importing.reference_lists import export_reference, import_reference
from tests.import_helpers import dump


def test_reference_lists_round_trip_and_match_by_alias(database, tmp_path, new_database):
    with database.sessions.begin() as session:
        store = EventStore(session)
        org = store.organization("Azerbaijani Youth Union")
        org.aliases.append(OrganizationAlias(name="АМС", normalized=normalize("АМС")))
        org.short_name = "=AYU"
        store.person("Ivan Petrov")
    out = export_reference(database, tmp_path / "reference.xlsx")
    other = new_database("other.sqlite")
    try:
        with other.sessions.begin() as session:  # the other office wrote it another way
            EventStore(session).organization("АМС")
        report = import_reference(other, out)
        assert report.added.get("People") == ["Ivan Petrov"]
        assert "Organizations" not in report.added  # matched by its alias
        with other.sessions() as session:
            orgs = session.scalars(select(Organization)).all()
            assert len(orgs) == 1 and orgs[0].short_name == "=AYU"
            names = {a.name for a in orgs[0].aliases}
            assert {"АМС", "Azerbaijani Youth Union"} <= names
            assert session.scalar(select(Person.full_name)) == "Ivan Petrov"
        before = dump(other)
        again = import_reference(other, out)
        assert again.batch_id is None and dump(other) == before
    finally:
        other.dispose()


def test_reference_lists_into_an_empty_database_add_each_record_once(
    database, tmp_path, new_database
):
    with database.sessions.begin() as session:
        store = EventStore(session)
        for n in range(40):
            org = store.organization(f"Society {n}")
            org.aliases.append(OrganizationAlias(name=f"S{n} short", normalized=f"s{n} short"))
            store.person(f"Person {n}")
    out = export_reference(database, tmp_path / "reference.xlsx")
    other = new_database("other.sqlite")
    try:
        report = import_reference(other, out)
        assert len(report.added["Organizations"]) == 40 and len(report.added["People"]) == 40
        with other.sessions() as session:
            orgs = session.scalars(select(Organization)).all()
            assert len(orgs) == 40
            names = {a.name for o in orgs for a in o.aliases}
            assert {"Society 7", "S7 short"} <= names
            logged = session.scalar(select(func.count()).select_from(ChangeLog).where(
                ChangeLog.batch_id == report.batch_id, ChangeLog.action == "insert"))
            assert logged == 80
        before = dump(other)
        assert import_reference(other, out).batch_id is None
        assert dump(other) == before
    finally:
        other.dispose()
