"""Sheets made on request: who spoke how often, and where an occasion went unmarked.

"Coverage gaps" is the committee's follow-up list: for the chosen occasion and
period, the regions and organizations that have events on record but held
none for this occasion.
"""

from __future__ import annotations

from collections import defaultdict

from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.models import Country, Event, EventOrganizer, EventSpeaker, Organization, Person, Region
from db.queries import EventFilter
from desktop.reports.cells import (
    DATE_FORMAT,
    INTEGER_FORMAT,
    NOTE_FONT,
    TITLE_FONT,
    TableWriter,
    header_row,
    print_setup,
    set_widths,
    styled,
    to_cell,
)
from desktop.reports.stream import create_stream_sheet


def write(name: str, wb: Workbook, title: str, session: Session, flt: EventFilter) -> None:
    if name == "speaker_summary":
        write_speaker_summary(wb, title, session, flt)
    elif name == "coverage_gaps":
        write_coverage_gaps(wb, title, session, flt)
    else:  # options.validate() keeps this from happening
        raise ValueError(name)


def write_speaker_summary(wb: Workbook, title: str, session: Session, flt: EventFilter) -> None:
    """People who spoke, how often, in which roles and for which organizations."""
    conditions = flt.conditions()
    counts = session.execute(
        select(Person.id, Person.full_name, func.count(func.distinct(Event.id)),
               func.min(Event.start_date), func.max(Event.start_date))
        .select_from(EventSpeaker)
        .join(Event, EventSpeaker.event_id == Event.id)
        .join(Person, EventSpeaker.person_id == Person.id)
        .where(*conditions)
        .group_by(Person.id, Person.full_name)
        .order_by(func.count(func.distinct(Event.id)).desc(), Person.full_name)
    ).all()
    roles: dict[int, dict[str, None]] = defaultdict(dict)
    organizations: dict[int, dict[str, None]] = defaultdict(dict)
    for person_id, role, organization in session.execute(
        select(EventSpeaker.person_id, EventSpeaker.role, Organization.name)
        .join(Event, EventSpeaker.event_id == Event.id)
        .outerjoin(Organization, EventSpeaker.organization_id == Organization.id)
        .where(*conditions)
        .order_by(Event.start_date)
    ):
        if role:
            roles[person_id][role] = None
        if organization:
            organizations[person_id][organization] = None
    headers = ["Speaker", "Events", "Roles", "Organizations", "First", "Last"]
    writer = TableWriter(create_stream_sheet(wb, title), headers,
                         formats={1: INTEGER_FORMAT, 4: DATE_FORMAT, 5: DATE_FORMAT},
                         widths={1: 9, 4: 11, 5: 11})
    for person_id, name, events, first, last in counts:
        writer.append([name, events, "; ".join(roles[person_id]),
                       "; ".join(organizations[person_id]), first, last])
    writer.close()


def write_coverage_gaps(wb: Workbook, title: str, session: Session, flt: EventFilter) -> None:
    """Regions and organizations with events on record but none matching the filter."""
    ws = wb.create_sheet(title)
    set_widths(ws, [50, 28, 12, 18, 12])  # "Events on record" fits without wrapping
    print_setup(ws, title_rows=None)
    if flt.occasion_id is None:
        ws.append([styled(ws, "Coverage gaps", font=TITLE_FONT)])
        ws.append([styled(ws, "Choose an occasion in the report's filters to list the regions "
                              "and organizations that held no event for it.", font=NOTE_FONT)])
        return
    everything = EventFilter(country_id=flt.country_id)  # the universe: all live events
    matched_regions = select(Event.region_id).where(*flt.conditions(),
                                                    Event.region_id.is_not(None))
    regions = session.execute(
        select(Country.name, Region.name, Region.code, func.count(Event.id),
               func.max(Event.start_date))
        .select_from(Event)
        .join(Region, Event.region_id == Region.id)
        .join(Country, Region.country_id == Country.id)
        .where(*everything.conditions(), Event.region_id.not_in(matched_regions))
        .group_by(Country.name, Region.name, Region.code)
        .order_by(Country.name, Region.name)
    ).all()
    matched_orgs = (
        select(EventOrganizer.organization_id)
        .join(Event, EventOrganizer.event_id == Event.id)
        .where(*flt.conditions())
    )
    org_region, org_country = aliased(Region), aliased(Country)
    organizations = session.execute(
        select(Organization.name, org_region.name, org_country.name,
               func.count(func.distinct(Event.id)), func.max(Event.start_date))
        .select_from(EventOrganizer)
        .join(Event, EventOrganizer.event_id == Event.id)
        .join(Organization, EventOrganizer.organization_id == Organization.id)
        .outerjoin(org_region, Organization.region_id == org_region.id)
        .outerjoin(org_country, Organization.country_id == org_country.id)
        .where(*everything.conditions(), EventOrganizer.organization_id.not_in(matched_orgs))
        .group_by(Organization.id, Organization.name, org_region.name, org_country.name)
        .order_by(Organization.name)
    ).all()
    described = "; ".join(f"{label}: {value}" for label, value in flt.describe(session))
    ws.append([styled(ws, "Coverage gaps", font=TITLE_FONT)])
    ws.append([styled(ws, f"Held no event matching {described}, though they have events on "
                          "record.", font=NOTE_FONT)])
    ws.append([])
    ws.append([styled(ws, f"Regions ({len(regions)})", font=TITLE_FONT)])
    ws.append(header_row(ws, ["Region", "Country", "ISO code", "Events on record", "Last event"]))
    for country, region, code, events, last in regions:
        ws.append([to_cell(ws, region), to_cell(ws, country), to_cell(ws, code),
                   to_cell(ws, events, INTEGER_FORMAT), to_cell(ws, last)])
    ws.append([])
    ws.append([styled(ws, f"Organizations ({len(organizations)})", font=TITLE_FONT)])
    ws.append(header_row(ws, ["Organization", "Region", "Country", "Events organized",
                              "Last event"]))
    for name, region, country, events, last in organizations:
        ws.append([to_cell(ws, name), to_cell(ws, region), to_cell(ws, country),
                   to_cell(ws, events, INTEGER_FORMAT), to_cell(ws, last)])
