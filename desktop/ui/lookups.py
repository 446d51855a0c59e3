"""Small read-only queries that fill the GUI's combo boxes.

They live beside the widgets (not in ``db.queries``) because they exist only to
populate choices; they return plain tuples so no ORM object outlives its session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import ColumnElement, Exists, Row, exists, select
from sqlalchemy.orm import Session

from db.localized import NamedModel, names_by_id
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
from desktop.ui import i18n

Choice = tuple[str, str]
"""(key, label): a code or id as text, and what the user sees."""
K = TypeVar("K")


def _by_label(items: Iterable[tuple[K, str]]) -> list[tuple[K, str]]:
    """Choices in the interface language's alphabetical order (QCollator)."""
    return i18n.sorted_by_label(items, lambda item: item[1])


def _localized(session: Session, model: NamedModel, rows: Sequence[Row[int, str]]) -> list[Choice]:
    """(id, key) rows → (key, name in the interface language), sorted for the reader."""
    names = names_by_id(session, model, [row_id for row_id, _ in rows], i18n.current_language())
    return _by_label([(key, names[row_id]) for row_id, key in rows if row_id in names])


def event_types(session: Session) -> list[Choice]:
    return _localized(
        session, EventType, session.execute(select(EventType.id, EventType.code)).all()
    )


def program_item_types(session: Session) -> list[Choice]:
    rows = session.execute(select(ProgramItemType.id, ProgramItemType.code)).all()
    return _localized(session, ProgramItemType, rows)


def countries(session: Session) -> list[Choice]:
    return _localized(session, Country, session.execute(select(Country.id, Country.code)).all())


@dataclass(frozen=True)
class OccasionChoice:
    name: str
    """The name in the interface language (English where it has none)."""
    reference_date: dt.date | None
    keys: frozenset[str]
    """Normalized names and aliases the occasion is known by."""


def occasions(session: Session) -> list[OccasionChoice]:
    """Every occasion with the spellings it can be typed in (for the anniversary label)."""
    keys: dict[int, set[str]] = {}
    for occasion_id, name in session.execute(select(OccasionAlias.occasion_id, OccasionAlias.name)):
        keys.setdefault(occasion_id, set()).add(normalize(name))
    result = []
    language = i18n.current_language()
    for occasion in session.scalars(select(Occasion)):
        names = {normalize(n) for n in (occasion.name, occasion.name_ru, occasion.name_az) if n}
        label = getattr(occasion, f"name_{language}", None) if language != "en" else None
        result.append(
            OccasionChoice(
                name=label or occasion.name,
                reference_date=occasion.reference_date,
                keys=frozenset(names | keys.get(occasion.id, set())),
            )
        )
    return i18n.sorted_by_label(result, lambda choice: choice.name)


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


def _ids_named(session: Session, model: NamedModel, ids: Iterable[int]) -> list[tuple[int, str]]:
    names = names_by_id(session, model, ids, i18n.current_language())
    return _by_label(list(names.items()))


def _live_event_with(column: ColumnElement[bool]) -> Exists:
    """EXISTS a live event whose ``column`` matches: one index probe per listed record,
    instead of a DISTINCT over every event (seconds at a million events)."""
    return exists().where(column, Event.deleted_at.is_(None))


def used_countries(session: Session) -> list[tuple[int, str]]:
    used = select(Country.id).where(_live_event_with(Event.country_id == Country.id))
    return _ids_named(session, Country, session.scalars(used))


def used_regions(session: Session) -> list[tuple[int, str]]:
    used = select(Region.id).where(_live_event_with(Event.region_id == Region.id))
    return _ids_named(session, Region, session.scalars(used))


def used_organizations(session: Session) -> list[tuple[int, str]]:
    organizes = (
        exists()
        .where(EventOrganizer.organization_id == Organization.id)
        .where(_live_event_with(Event.id == EventOrganizer.event_id))
    )
    query = select(Organization.id, Organization.name).where(organizes)
    return _by_label([(i, n) for i, n in session.execute(query)])


def all_occasions(session: Session) -> list[tuple[int, str]]:
    return _ids_named(session, Occasion, session.scalars(select(Occasion.id)))


def ordinal(number: int) -> str:
    """English ordinal (33rd, 11th); other languages get the number, and their
    translation of the label adds the ending ("{ordinal}-я годовщина")."""
    if i18n.current_language() != "en":
        return str(number)
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
