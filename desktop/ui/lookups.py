"""Small read-only queries that fill the GUI's combo boxes.

They live beside the widgets (not in ``db.queries``) because they exist only to
populate choices; they return plain tuples so no ORM object outlives its session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import ColumnElement, Exists, Row, Table, exists, select

from db import tables
from db.localized import NamedModel, names_by_id
from db.names import normalize
from desktop.ui import i18n

if TYPE_CHECKING:
    from db.engine import Reader

Choice = tuple[str, str]
"""(key, label): a code or id as text, and what the user sees."""
K = TypeVar("K")


def _by_label(items: Iterable[tuple[K, str]]) -> list[tuple[K, str]]:
    """Choices in the interface language's alphabetical order (QCollator)."""
    return i18n.sorted_by_label(items, lambda item: item[1])


def _localized(session: Reader, model: NamedModel, rows: Sequence[Row[int, str]]) -> list[Choice]:
    """(id, key) rows → (key, name in the interface language), sorted for the reader."""
    names = names_by_id(session, model, [row_id for row_id, _ in rows], i18n.current_language())
    return _by_label([(key, names[row_id]) for row_id, key in rows if row_id in names])


def _coded(session: Reader, table: Table) -> list[Choice]:
    rows = session.execute(select(table.c.id, table.c.code)).all()
    return _localized(session, table, rows)


def event_types(session: Reader) -> list[Choice]:
    return _coded(session, tables.event_type)


def program_item_types(session: Reader) -> list[Choice]:
    return _coded(session, tables.program_item_type)


def countries(session: Reader) -> list[Choice]:
    return _coded(session, tables.country)


@dataclass(frozen=True)
class OccasionChoice:
    name: str
    """The name in the interface language (English where it has none)."""
    reference_date: dt.date | None
    keys: frozenset[str]
    """Normalized names and aliases the occasion is known by."""


def occasions(session: Reader) -> list[OccasionChoice]:
    """Every occasion with the spellings it can be typed in (for the anniversary label)."""
    keys: dict[int, set[str]] = {}
    alias, occasion = tables.occasion_alias.c, tables.occasion.c
    for occasion_id, name in session.execute(select(alias.occasion_id, alias.name)):
        keys.setdefault(occasion_id, set()).add(normalize(name))
    result = []
    language = i18n.current_language()
    query = select(
        occasion.id, occasion.name, occasion.name_ru, occasion.name_az, occasion.reference_date
    )
    for occasion_id, name, name_ru, name_az, reference_date in session.execute(query):
        label = {"ru": name_ru, "az": name_az}.get(language)
        result.append(
            OccasionChoice(
                name=label or name,
                reference_date=reference_date,
                keys=frozenset(
                    {normalize(n) for n in (name, name_ru, name_az) if n}
                    | keys.get(occasion_id, set())
                ),
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


def _ids_named(session: Reader, model: NamedModel, ids: Iterable[int]) -> list[tuple[int, str]]:
    names = names_by_id(session, model, ids, i18n.current_language())
    return _by_label(list(names.items()))


def _live_event_with(column: ColumnElement[bool]) -> Exists:
    """EXISTS a live event whose ``column`` matches: one index probe per listed record,
    instead of a DISTINCT over every event (seconds at a million events)."""
    return exists().where(column, tables.event.c.deleted_at.is_(None))


def used_countries(session: Reader) -> list[tuple[int, str]]:
    country = tables.country
    used = select(country.c.id).where(_live_event_with(tables.event.c.country_id == country.c.id))
    return _ids_named(session, country, session.scalars(used))


def used_regions(session: Reader) -> list[tuple[int, str]]:
    region = tables.region
    used = select(region.c.id).where(_live_event_with(tables.event.c.region_id == region.c.id))
    return _ids_named(session, region, session.scalars(used))


def used_organizations(session: Reader) -> list[tuple[int, str]]:
    organizes = (
        exists()
        .where(tables.event_organizer.c.organization_id == tables.organization.c.id)
        .where(_live_event_with(tables.event.c.id == tables.event_organizer.c.event_id))
    )
    query = select(tables.organization.c.id, tables.organization.c.name).where(organizes)
    return _by_label([(i, n) for i, n in session.execute(query)])


def all_occasions(session: Reader) -> list[tuple[int, str]]:
    occasion = tables.occasion
    return _ids_named(session, occasion, session.scalars(select(occasion.c.id)))


