"""Organizations keep their identity in a report: an Organizations sheet with UUIDs and
places, an Organizers sheet linking event UUIDs to organization UUIDs with the role."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from db.engine import Database
from db.event_store import EventInput, EventStore, OrganizerInput
from db.models import Event, EventOrganizer, Organization, OrganizerRole, Region
from desktop.reports import ReportOptions, export_workbook
from desktop.sample import load_sample


def _table(path: Path, sheet: str) -> list[dict[str, object]]:
    rows = list(load_workbook(path)[sheet].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_organizations_and_organizers_sheets_carry_uuids(database: Database, tmp_path: Path):
    with database.sessions.begin() as session:
        load_sample(session)
        store = EventStore(session, user="tester")
        store.save(EventInput(title="Two of one name", start_date=dt.date(2025, 3, 1),
                              organizers=[OrganizerInput("Union; of youth")]))
        # a second body of the same name, elsewhere: two records, two rows
        twin = Organization(name="Union; of youth",
                            region=session.scalar(select(Region).where(Region.code == "RU-OMS")))
        session.add(twin)
        session.flush()
        event = session.scalar(select(Event).where(Event.title == "Two of one name"))
        assert event is not None
        session.add(EventOrganizer(event_id=event.id, organization_id=twin.id, position=2,
                                   role=OrganizerRole.CO_ORGANIZER))
    out = tmp_path / "orgs.xlsx"
    export_workbook(database, out, ReportOptions())
    organizations = _table(out, "Organizations")
    with database.sessions() as session:
        stored = {str(o.uuid): o for o in session.scalars(select(Organization))}
        expected_links = {
            (str(e.uuid), str(o.uuid), link.role.value)
            for e, link, o in session.execute(
                select(Event, EventOrganizer, Organization)
                .join(EventOrganizer, EventOrganizer.event_id == Event.id)
                .join(Organization, Organization.id == EventOrganizer.organization_id))
        }
    by_uuid = {row["Organization UUID"]: row for row in organizations}
    assert set(by_uuid) <= set(stored) and len(by_uuid) == len(organizations)
    twins = [row for row in organizations if row["Name"] == "Union; of youth"]
    assert len(twins) == 2 and {row["Region code"] for row in twins} == {None, "RU-OMS"}
    links = {(r["Event UUID"], r["Organization UUID"], r["Role"])
             for r in _table(out, "Organizers")}
    assert links == expected_links
