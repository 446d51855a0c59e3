"""A row held back as a duplicate, against the event it repeats, in the clerk's words.

"Probably the same event as the stored 'X'" alone leaves the clerk guessing: the notes
made here name the fields on which the row and the event agree, and those on which they
differ with both values, as the form would show them (a region by its name in the
message language, not its code; a date as the clerk writes it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from db.change_values import CHILD_KEYS, display_value
from db.localized import CodedModel, names_by_code, names_by_english
from db.messages import _, current_language, format_date
from db.models import Country, EventType, Occasion, Region
from db.queries import iso_date
from desktop.importing.mapping import FIELDS, field_label
from desktop.reports.language import catalog

State = Mapping[str, object]
"""An event as a change-log snapshot (with its source's keys)."""

_CODED: dict[str, CodedModel] = {"country": Country, "region": Region, "event_type": EventType}
_DATES = ("start_date", "end_date", "source_published")
_FIXED = ("date_precision", "place_precision", "status")
"""Keys whose values are fixed words ("month", "verified"), which the reports translate."""
_FIELD_ORDER = {key: index for index, key in enumerate(FIELDS)}
_LONGEST = 60
"""Characters of a value shown; a longer description is cut with "…"."""
_DATE_KEYS = ("title", "start_date")
"""What a note of "the same title and date" has said already."""


class ValueWords:
    """Snapshot values as the clerk reads them, each coded name looked up once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.names: dict[tuple[str, str], str] = {}

    def text(self, key: str, value: Any, state: State) -> str:
        """``value`` of ``key`` in ``state`` (whose date precision a date is written to)."""
        if _empty(value):
            return _("(empty)")
        if key in CHILD_KEYS:
            shown = "; ".join(display_value(key, value))
        elif key in _DATES and isinstance(value, str):
            shown = _date(dt.date.fromisoformat(value[:10]),
                          state.get("date_precision") if key != "source_published" else None)
        elif key in _FIXED:
            shown = catalog(current_language()).gettext(str(value))
        elif key in _CODED or key == "occasion":
            shown = self._name(key, str(value))
        else:
            shown = str(value)
        if len(shown) > _LONGEST:
            shown = shown[:_LONGEST - 1].rstrip() + "…"
        return f"“{shown}”"

    def _name(self, key: str, value: str) -> str:
        found = self.names.get((key, value))
        if found is None:
            language = current_language()
            names = (names_by_english(self.session, Occasion, [value], language)
                     if key == "occasion"
                     else names_by_code(self.session, _CODED[key], [value], language))
            found = self.names[key, value] = names.get(value, value)
        return found


def _date(day: dt.date, precision: object) -> str:
    """A date to its precision, as the interface writes dates: a month "03.2025" (ISO
    "2025-03" in English), a year "2025"."""
    if precision not in ("month", "year"):
        return format_date(day)
    if current_language() == "en":
        return iso_date(day, str(precision))
    return f"{day:%m.%Y}" if precision == "month" else f"{day:%Y}"


def same_and_different(mine: State, theirs: State, keys: Iterable[str]
                       ) -> tuple[list[str], list[str]]:
    """The keys on which two events agree, and those on which they differ, in the order
    of the template's columns. Two empty values agree on nothing worth naming, and the
    date's precision is named only where it differs (it is part of the date)."""
    same, different = [], []
    for key in sorted(keys, key=lambda key: _FIELD_ORDER.get(key, len(_FIELD_ORDER))):
        value = mine.get(key)
        if value != theirs.get(key):
            different.append(key)
        elif not _empty(value) and key != "date_precision":
            same.append(key)
    return same, different


def _empty(value: object) -> bool:
    return value is None or value == "" or value == []


def labels(keys: Iterable[str]) -> str:
    return ", ".join(map(field_label, keys))


def same_fields(keys: list[str], said: bool) -> list[str]:
    """The agreeing keys worth naming: when the note said "the same title and date"
    (``said``), those are not named again."""
    return [key for key in keys if not (said and key in _DATE_KEYS)]


def stored_values(words: ValueWords, mine: State, stored: State, keys: list[str]) -> str:
    """Each differing field with the file's value and the stored one."""
    return "; ".join(
        _("{field}: {file} in the file, {stored} stored").format(
            field=field_label(key), file=words.text(key, mine.get(key), mine),
            stored=words.text(key, stored.get(key), stored))
        for key in keys)


def row_values(words: ValueWords, mine: State, earlier: State, keys: list[str],
               row: int) -> str:
    """Each differing field with this row's value and the earlier row's."""
    return "; ".join(
        _("{field}: {here} here, {there} in row {row}").format(
            field=field_label(key), here=words.text(key, mine.get(key), mine),
            there=words.text(key, earlier.get(key), earlier), row=row)
        for key in keys)
