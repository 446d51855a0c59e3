"""Sheets made on request: who spoke how often, and where an occasion went unmarked.

"Coverage gaps" is the committee's follow-up list: for the chosen occasion and
period, the regions and organizations that have events on record but held
none for this occasion.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.models import Country, Event, EventOrganizer, EventSpeaker, Organization, Person, Region
from db.queries import EventFilter
from desktop.reports.cells import DATE_FORMAT, INTEGER_FORMAT
from desktop.reports.language import collation_key, translate
from desktop.reports.localize import Names, described, filter_text
from desktop.reports.xlsx import Book, TableWriter


def write(name: str, book: Book, title: str, session: Session, flt: EventFilter,
          names: Names, gaps_occasion_id: int | None = None) -> None:
    if name == "speaker_summary":
        write_speaker_summary(book, title, session, flt)
    elif name == "coverage_gaps":
        occasion = gaps_occasion_id if gaps_occasion_id is not None else flt.occasion_id
        write_coverage_gaps(book, title, session, flt, names, occasion)
    else:  # options.validate() keeps this from happening
        raise ValueError(name)


def write_speaker_summary(book: Book, title: str, session: Session, flt: EventFilter) -> None:
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
    writer = TableWriter(book.sheet(title), headers,
                         formats={1: INTEGER_FORMAT, 4: DATE_FORMAT, 5: DATE_FORMAT},
                         widths={0: 28, 1: 12, 2: 30, 3: 44, 4: 12, 5: 12}, wrap=(0, 2, 3))
    for person_id, name, events, first, last in sorted(
        counts, key=lambda c: (-c[2], collation_key(c[1]))
    ):
        writer.append([name, events, "; ".join(roles[person_id]),
                       "; ".join(organizations[person_id]), first, last])
    writer.close()


def write_coverage_gaps(
    book: Book, title: str, session: Session, report: EventFilter, names: Names,
    occasion_id: int | None,
) -> None:
    """Regions and organizations with events in the report but none for the occasion.

    The report's filter (period, country, region, status...) bounds both sides: a
    region is a gap when it held events in the report's scope, none of them for the
    occasion.
    """
    sheet = book.sheet(title)
    widths = [50, 28, 12, 18, 12]  # "Events on record" fits without wrapping
    sheet.widths(widths)
    sheet.print_setup(title_rows=None)
    sheet.append([translate("Coverage gaps")], "title")
    if occasion_id is None:
        sheet.append([translate("Choose an occasion in the report's filters to list the "
                                "regions and organizations that held no event for it.")], "note")
        return
    everything = dataclasses.replace(report, occasion_id=None)  # the report's scope
    flt = dataclasses.replace(report, occasion_id=occasion_id)
    matched_regions = select(Event.region_id).where(*flt.conditions(),
                                                    Event.region_id.is_not(None))
    regions = session.execute(
        select(Country.id, Country.name, Region.id, Region.name, Region.code,
               func.count(Event.id), func.max(Event.start_date))
        .select_from(Event)
        .join(Region, Event.region_id == Region.id)
        .join(Country, Region.country_id == Country.id)
        .where(*everything.conditions(), Event.region_id.not_in(matched_regions))
        .group_by(Country.id, Country.name, Region.id, Region.name, Region.code)
        .order_by(Country.name, Region.name)
    ).all()
    matched_orgs = (
        select(EventOrganizer.organization_id)
        .join(Event, EventOrganizer.event_id == Event.id)
        .where(*flt.conditions())
    )
    org_region, org_country = aliased(Region), aliased(Country)
    organizations = session.execute(
        select(Organization.name, org_region.id, org_region.name, org_country.id,
               org_country.name, func.count(func.distinct(Event.id)),
               func.max(Event.start_date))
        .select_from(EventOrganizer)
        .join(Event, EventOrganizer.event_id == Event.id)
        .join(Organization, EventOrganizer.organization_id == Organization.id)
        .outerjoin(org_region, Organization.region_id == org_region.id)
        .outerjoin(org_country, Organization.country_id == org_country.id)
        .where(*everything.conditions(), EventOrganizer.organization_id.not_in(matched_orgs))
        .group_by(Organization.id, Organization.name, org_region.id, org_region.name,
                  org_country.id, org_country.name)
        .order_by(Organization.name)
    ).all()
    matching = "; ".join(filter_text(label, value)
                          for label, value in described(session, flt, names.language))
    sheet.append([translate("Held no event matching {filters}, though they have events on "
                            "record.").format(filters=matching)], "note")
    sheet.skip()
    sheet.append([translate("Regions ({count})").format(count=len(regions))], "title")
    sheet.header([translate(h) for h in ("Region", "Country", "ISO code", "Events on record",
                                         "Last event")])
    region_rows = [[names.name(Region, region_id, region),
                    names.name(Country, country_id, country), code, events, last]
                   for country_id, country, region_id, region, code, events, last in regions]
    region_rows.sort(key=lambda r: (collation_key(r[1]), collation_key(r[0])))
    for row in region_rows:  # a long name wraps whole, where it printed cut
        sheet.append_wrapped(row, widths[:3], formats={3: INTEGER_FORMAT, 4: DATE_FORMAT})
    sheet.skip()
    sheet.append([translate("Organizations ({count})").format(count=len(organizations))],
                 "title")
    sheet.header([translate(h) for h in ("Organization", "Region", "Country",
                                         "Events organized", "Last event")])
    organization_rows = [[name, names.name(Region, region_id, region),
                          names.name(Country, country_id, country), events, last]
                         for name, region_id, region, country_id, country, events, last
                         in organizations]
    organization_rows.sort(key=lambda r: collation_key(r[0]))
    for row in organization_rows:
        sheet.append_wrapped(row, widths[:3], formats={3: INTEGER_FORMAT, 4: DATE_FORMAT})
