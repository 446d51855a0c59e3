"""The eight kinds of reference record, declared once.

The gazetteer, the merge, the reference-list workbook and the reference-list screens
all read this registry: a kind's model, its alias table, the column holding its name
and whether two records of it may be merged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from db.models import (
    City,
    CityAlias,
    Country,
    CountryAlias,
    EventType,
    Occasion,
    OccasionAlias,
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
    ProgramItemType,
    Region,
    RegionAlias,
)


@dataclass(frozen=True)
class ReferenceKind:
    """One kind of reference record."""

    name: str
    """The kind's key ("organization", "event_type"...), used by every caller."""
    model: type[Any]
    alias_model: type[Any] | None
    name_attr: str = "name"
    fields: tuple[str, ...] = ()
    """Plain attributes edited besides the name (code, short name, contacts, notes...)."""
    mergeable: bool = True
    """Countries are ISO's list: two of them are never one thing."""
    needs_region: bool = False
    """Cities: the region (by any of its names) gives the city its country."""
    localized: bool = False
    """The record has a name in each interface language (db.localized): the lists show
    and sort it by the one of the interface, and find it by any of them."""
    deletable: bool = True
    """Countries are ISO's list: regions, cities and events are placed by them."""

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)

    @property
    def alias_owner(self) -> str:
        """The alias table's column pointing at its record (organization_id...)."""
        if self.alias_model is None:
            raise ValueError(f"{self.name} records have no aliases")
        columns = self.alias_model.__table__.columns
        return next(str(c.name) for c in columns if c.foreign_keys)


REFERENCE_KINDS: dict[str, ReferenceKind] = {
    kind.name: kind
    for kind in (
        ReferenceKind(
            "country",
            Country,
            CountryAlias,
            fields=("code",),
            mergeable=False,
            localized=True,
            deletable=False,
        ),
        ReferenceKind("region", Region, RegionAlias, fields=("code", "kind"), localized=True),
        ReferenceKind(
            "city",
            City,
            CityAlias,
            fields=("name_ru", "name_az"),  # its own name is the English one (reports)
            needs_region=True,
            localized=True,
        ),
        ReferenceKind(
            "occasion",
            Occasion,
            OccasionAlias,
            fields=("name_ru", "name_az", "reference_date", "kind", "notes"),
            localized=True,
        ),
        ReferenceKind(
            "organization",
            Organization,
            OrganizationAlias,
            fields=("short_name", "kind", "contacts", "notes"),
        ),
        ReferenceKind("person", Person, PersonAlias, name_attr="full_name", fields=("notes",)),
        ReferenceKind(
            "event_type", EventType, None, fields=("code", "name_ru", "name_az"), localized=True
        ),
        ReferenceKind(
            "program_item_type",
            ProgramItemType,
            None,
            fields=("code", "name_ru", "name_az"),
            localized=True,
        ),
    )
}
"""Every kind by name: places first, then occasions, organizations, people, types."""


def reference_kind(name: str) -> ReferenceKind:
    """The kind called ``name``; a ValueError names the known ones otherwise."""
    try:
        return REFERENCE_KINDS[name]
    except KeyError:
        raise ValueError(
            f"unknown kind {name!r}; expected one of {tuple(REFERENCE_KINDS)}"
        ) from None
