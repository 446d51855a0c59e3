"""Small read-only queries that fill the GUI's combo boxes.

They live beside the widgets (not in ``db.queries``) because they exist only to
populate choices; they return plain tuples so no ORM object outlives its session.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Country,
    Event,
    EventOrganizer,
    EventType,
    Occasion,
    OccasionAlias,
    Organization,
    ProgramItemType,
    Region,
)
from db.names import normalize

Choice = tuple[str, str]
"""(key, label): a code or id as text, and what the user sees."""


def event_types(session: Session) -> list[Choice]:
    rows = session.execute(select(EventType.code, EventType.name).order_by(EventType.name))
    return [(code, name) for code, name in rows]


def program_item_types(session: Session) -> list[Choice]:
    query = select(ProgramItemType.code, ProgramItemType.name).order_by(ProgramItemType.name)
    return [(code, name) for code, name in session.execute(query)]


def countries(session: Session) -> list[Choice]:
    rows = session.execute(select(Country.code, Country.name).order_by(Country.name))
    return [(code, name) for code, name in rows]


@dataclass(frozen=True)
class OccasionChoice:
    name: str
    reference_date: dt.date | None
    keys: frozenset[str]
    """Normalized names and aliases the occasion is known by."""


def occasions(session: Session) -> list[OccasionChoice]:
    """Every occasion with the spellings it can be typed in (for the anniversary label)."""
    keys: dict[int, set[str]] = {}
    for occasion_id, name in session.execute(select(OccasionAlias.occasion_id, OccasionAlias.name)):
        keys.setdefault(occasion_id, set()).add(normalize(name))
    result = []
    for occasion in session.scalars(select(Occasion).order_by(Occasion.name)):
        names = {normalize(n) for n in (occasion.name, occasion.name_ru, occasion.name_az) if n}
        result.append(
            OccasionChoice(
                name=occasion.name,
                reference_date=occasion.reference_date,
                keys=frozenset(names | keys.get(occasion.id, set())),
            )
        )
    return result


def find_occasion(choices: list[OccasionChoice], text: str) -> OccasionChoice | None:
    """The occasion typed as ``text`` (any of its names, case- and accent-blind)."""
    key = normalize(text)
    if not key:
        return None
    return next((choice for choice in choices if key in choice.keys), None)


def anniversary(reference_date: dt.date | None, day: dt.date | None) -> int | None:
    """Same rule as ``Occasion.anniversary_on``: whole years since the reference year."""
    if reference_date is None or day is None:
        return None
    years = day.year - reference_date.year
    return years if years > 0 else None


# --- filter bar: only values that occur, so the lists stay short --------------


def used_countries(session: Session) -> list[tuple[int, str]]:
    query = (
        select(Country.id, Country.name)
        .where(Country.id.in_(select(Event.country_id).where(Event.deleted_at.is_(None))))
        .order_by(Country.name)
    )
    return [(i, n) for i, n in session.execute(query)]


def used_regions(session: Session) -> list[tuple[int, str]]:
    query = (
        select(Region.id, Region.name)
        .where(Region.id.in_(select(Event.region_id).where(Event.deleted_at.is_(None))))
        .order_by(Region.name)
    )
    return [(i, n) for i, n in session.execute(query)]


def used_organizations(session: Session) -> list[tuple[int, str]]:
    organizers = (
        select(EventOrganizer.organization_id)
        .join(Event, EventOrganizer.event_id == Event.id)
        .where(Event.deleted_at.is_(None))
    )
    query = (
        select(Organization.id, Organization.name)
        .where(Organization.id.in_(organizers))
        .order_by(Organization.name)
    )
    return [(i, n) for i, n in session.execute(query)]


def all_occasions(session: Session) -> list[tuple[int, str]]:
    return [
        (i, n)
        for i, n in session.execute(select(Occasion.id, Occasion.name).order_by(Occasion.name))
    ]


def ordinal(number: int) -> str:
    """English ordinal (33rd, 11th); other languages translate the whole label."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
