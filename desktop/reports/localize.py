"""Reference values in the report's language, with the English names kept for an extra column.

Countries, regions, cities, event types, occasions and program item types are named through
:mod:`db.localized` (the names the app already shows), looked up once per export by
id; the fixed values of the data model (status, date and place precision, organizer
role) through the report's gettext catalog. An English report needs no lookups.
"""

from __future__ import annotations

import enum

from sqlalchemy.orm import Session

from db.localized import NamedModel, all_names
from db.models import City, Country, EventType, Occasion, ProgramItemType, Region
from db.queries import EventFilter
from desktop.reports.language import current, translate, translate_count

LOCALIZED: tuple[NamedModel, ...] = (Country, Region, City, EventType, Occasion, ProgramItemType)


class Names:
    """Display names for one export, in the language active when it was made."""

    def __init__(self, session: Session | None = None, language: str | None = None):
        self.language = language or current()
        self._names: dict[NamedModel, dict[int, str]] = {}
        if self.language != "en" and session is not None:
            self._names = {model: all_names(session, model, self.language) for model in LOCALIZED}

    @property
    def english_columns(self) -> bool:
        """Does the report carry the English names too (for international readers)?"""
        return self.language != "en"

    def name(self, model: NamedModel, record_id: int | None, english: str | None) -> str | None:
        """The record's name in the report's language, else its English ``english``."""
        if record_id is None or english is None:
            return english
        return self._names.get(model, {}).get(record_id, english)


def value_text(value: enum.Enum | str | None) -> str | None:
    """A fixed value of the data model ("verified", "between", "co-organizer") in words."""
    if value is None:
        return None
    return translate(str(value.value if isinstance(value, enum.Enum) else value))


def filter_text(label: str, value: str) -> str:
    """A filter of :meth:`db.queries.EventFilter.describe` as a report shows it, label and
    value in the report's language (names come already in it; fixed words do not)."""
    if label == "Status":
        value = value_text(value) or value
    elif label == "Selection":
        value = translate_count("{count} chosen event", "{count} chosen events", int(value))
    elif label == "Trash":
        value = translate("deleted events")
    return f"{translate(label)}: {value}"


def described(session: Session, event_filter: EventFilter, language: str) -> list[tuple[str, str]]:
    """:meth:`EventFilter.describe` with the period written as the report's language writes
    dates ("01.01.2025 – 31.03.2025", as the report's date cells), not ISO."""
    from desktop.reports.periods import span_text

    return [(label, span_text(event_filter.date_from, event_filter.date_to))
            if label == "Period" else (label, value)
            for label, value in event_filter.describe(session, language)]
