"""The Organizations sheet: every body the report's events name, with its UUID and place.

Organizers and speakers' organizations of the filtered events, and every parent of
theirs, one row per record: two bodies of one name stay two rows, and the place,
parent and aliases travel with the UUID, so an import elsewhere can keep them apart,
in their region and under their parent.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select, union
from sqlalchemy.orm import Session, aliased

from db.models import (
    City,
    Country,
    Event,
    EventOrganizer,
    EventSpeaker,
    Organization,
    OrganizationAlias,
    Region,
)
from db.queries import EventFilter
from desktop.reports.language import collation_key
from desktop.reports.localize import Names
from desktop.reports.sheets_events import closed_table
from desktop.reports.xlsx import Book, TableWriter

HEADERS = ["Organization UUID", "Name", "Short name", "Kind", "Country", "Country code",
           "Region", "Region code", "City", "Parent organization UUID", "Aliases"]
WIDTHS: dict[int, float] = {0: 38, 1: 40, 2: 16, 3: 18, 4: 12, 5: 9, 6: 16, 7: 10, 8: 14,
                             9: 38, 10: 30}
PRINTED = {1, 2, 3, 4, 6, 8, 10}
"""On paper the names and places, one page wide; the UUIDs and codes are collapsed."""


def write_organizations(
    book: Book, title: str, session: Session, event_filter: EventFilter, names: Names
) -> None:
    conditions = event_filter.conditions()
    named = union(
        select(EventOrganizer.organization_id.label("id"))
        .join(Event, EventOrganizer.event_id == Event.id).where(*conditions),
        select(EventSpeaker.organization_id.label("id"))
        .join(Event, EventSpeaker.event_id == Event.id)
        .where(*conditions, EventSpeaker.organization_id.is_not(None)),
    ).subquery()
    tree = select(Organization.id, Organization.parent_id).where(
        Organization.id.in_(select(named.c.id))).cte("tree", recursive=True)
    tree = tree.union(select(Organization.id, Organization.parent_id)
                      .join(tree, Organization.id == tree.c.parent_id))
    listed = select(tree.c.id)
    parent = aliased(Organization)
    rows = session.execute(
        select(Organization.id, Organization.uuid, Organization.name, Organization.short_name,
               Organization.kind, Country.id, Country.name, Country.code, Region.id,
               Region.name, Region.code, City.id, City.name, parent.uuid)
        .where(Organization.id.in_(listed))
        .outerjoin(Country, Organization.country_id == Country.id)
        .outerjoin(Region, Organization.region_id == Region.id)
        .outerjoin(City, Organization.city_id == City.id)
        .outerjoin(parent, Organization.parent_id == parent.id)
    ).all()
    aliases: dict[int, list[str]] = defaultdict(list)
    for organization_id, alias in session.execute(
        select(OrganizationAlias.organization_id, OrganizationAlias.name)
        .where(OrganizationAlias.organization_id.in_(listed))
        .order_by(OrganizationAlias.id)
    ):
        aliases[organization_id].append(alias)
    writer = TableWriter(book.sheet(title), HEADERS, widths=WIDTHS, name="OrganizationList",
                         wrap=PRINTED, details=set(range(len(HEADERS))) - PRINTED)
    for (org_id, org_uuid, name, short, kind, country_id, country, country_code, region_id,
         region, region_code, city_id, city, parent_uuid) in sorted(rows, key=lambda r: (
             collation_key(r[2]), str(r[1]))):
        writer.append([org_uuid, name, short, kind, names.name(Country, country_id, country),
                       country_code, names.name(Region, region_id, region), region_code,
                       names.name(City, city_id, city),
                       parent_uuid, "\n".join(a for a in aliases[org_id] if a != name)])
    closed_table(writer, "No organization is named by the events of this report.")
