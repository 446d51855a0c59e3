"""The names a draft shows, in the reader's language: the extractor keeps codes and
English names (what the form and the gold annotations take); the extraction dialog and the
command line's text show the data set's names for them in the interface or message
language, looked up in a few queries per extraction."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from db.localized import names_by_code, names_by_english
from db.messages import _, format_ordinal
from db.models import City, Country, EventType, Occasion, ProgramItemType, Region
from desktop.extraction.program import LABELS

if TYPE_CHECKING:
    from db.engine import Reader
    from desktop.extraction.service import DraftEvent

KINDS: dict[str, tuple[Any, bool]] = {
    "country": (Country, True),
    "region": (Region, True),
    "city": (City, False),
    "occasion": (Occasion, False),
    "type": (EventType, True),
    "program": (ProgramItemType, True),
}
"""The kinds of names a draft shows: the data set's model and whether the draft holds its
code (else its English name)."""


@dataclass
class ShownNames:
    """(kind, code or English name) → the name in the reader's language; what it does not
    hold (English, or a city the data set has not stored) is shown as the draft has it."""

    names: dict[tuple[str, str], str] = field(default_factory=dict)
    language: str = "en"

    def get(self, kind: str, key: str | None, fallback: str | None) -> str | None:
        return self.names.get((kind, key), fallback) if key else fallback

    def place(self, draft: DraftEvent) -> tuple[str | None, str | None, str | None]:
        """City, region and country."""
        return (
            self.get("city", draft.city, draft.city),
            self.get("region", draft.region_code, draft.region),
            self.get("country", draft.country_code, draft.country),
        )

    def event_type(self, draft: DraftEvent) -> str | None:
        return self.get("type", draft.event_type, draft.event_type_name or draft.event_type)

    def occasion(self, draft: DraftEvent) -> str | None:
        return self.get("occasion", draft.occasion, draft.occasion)

    def title(self, draft: DraftEvent) -> str:
        """The draft's title in the reader's language. The extractor writes it in English
        from the English names; in another language it is made of the names shown, in an
        order that needs no declension: "Траурное мероприятие — Ходжалинский геноцид
        (33-я годовщина), Владивосток". An event the report names is titled by its name."""
        if self.language == "en" or draft.name:
            return draft.title
        kind = self.event_type(draft) or _("Event")
        title = kind[:1].upper() + kind[1:]
        if self.occasion(draft):
            title += f" — {self.occasion_line(draft)}"
        city, region, country = self.place(draft)
        where = city or region or country
        return f"{title}, {where}" if where else title

    def occasion_line(self, draft: DraftEvent) -> str | None:
        """The occasion with its anniversary: "Трагедия 20 января (36-я годовщина)"."""
        occasion = self.occasion(draft)
        if not draft.anniversary:
            return occasion
        ordinal = format_ordinal(draft.anniversary, self.language)
        phrase = _("{ordinal} anniversary").format(ordinal=ordinal)
        return f"{occasion} ({phrase})" if occasion else phrase

    def program(self, draft: DraftEvent) -> list[str]:
        """Each item by its type's name; one the data set has no type for by its label,
        translated (the form gets it as its note)."""
        return [
            self.get("program", code, _(LABELS[code]) if code in LABELS else label) or label
            for code, label in zip(draft.program, draft.program_labels, strict=True)
        ]


def shown_names(session: Reader, drafts: list[DraftEvent], language: str) -> ShownNames:
    """The names of the places, occasions, types and program items of ``drafts``."""
    if language == "en":
        return ShownNames()
    wanted: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for draft in drafts:
        for kind, value in (
            ("country", draft.country_code),
            ("region", draft.region_code),
            ("city", draft.city),
            ("occasion", draft.occasion),
            ("type", draft.event_type),
        ):
            if value:
                wanted[kind].add(value)
        wanted["program"].update(draft.program)
    names: dict[tuple[str, str], str] = {}
    for kind, (model, by_code) in KINDS.items():
        lookup = names_by_code if by_code else names_by_english
        found = lookup(session, model, wanted[kind], language)
        names.update({(kind, key): name for key, name in found.items()})
    return ShownNames(names, language)
