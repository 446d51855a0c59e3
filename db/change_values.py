"""An event's organizers, speakers and program items as change-log values.

The change log and the comparisons of imports and merges keep each item as a small dict
(``{"organization", "role"}``, ``{"name", "role", "organization"}``, ``{"item", "note"}``),
so that undo reads back exactly what was stored: a role or a name may hold any text.
Rows written before this form hold display strings ("Name (role)", "name | role |
organization", "code (note)"); :func:`items` reads both. :func:`display_value` is the one
text every view (history, merge conflicts) shows for such a value. :func:`date_changes`
puts an event's start date, end date and precision back together as the one date a
clerk reads (the log keeps each field that changed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from db.models import OrganizerRole

CHILD_KEYS = ("organizers", "speakers", "program")
"""Snapshot keys whose value is a list of structured items."""

Item = dict[str, str | None]

DATE_FIELDS = ("start_date", "end_date", "date_precision")
"""The logged fields that together are an event's one date."""
DATE = "date"
"""The history's one field for them, valued :data:`EventDates`."""
EventDates = tuple[Any, Any, Any]
"""An event's start date, end date and date precision as the change log keeps them."""
NO_DATES: EventDates = (None, None, None)


def date_changes(
    changes: list[Any], now: EventDates | None
) -> list[tuple[EventDates, EventDates] | None]:
    """For each logged ``{field: [old, new]}`` of an event (newest first), its whole dates
    before and after, or None where its dates stayed: the log keeps only the part that
    changed. Read back from the dates the event has ``now``; for an event no longer
    stored, forward from its first row."""
    after = now if now is not None else _replayed(changes)
    out: list[tuple[EventDates, EventDates] | None] = []
    for change in changes:
        pairs = _date_pairs(change)
        if not pairs:
            out.append(None)
            continue
        old = [pairs[f][0] if f in pairs else v for f, v in zip(DATE_FIELDS, after, strict=True)]
        before = (old[0], old[1], old[2])
        out.append((before, after))
        after = before
    return out


def _replayed(changes: list[Any]) -> EventDates:
    """The dates the logged changes (newest first) leave, played from the oldest."""
    dates = dict(zip(DATE_FIELDS, NO_DATES, strict=True))
    for change in reversed(changes):
        dates.update((field, pair[1]) for field, pair in _date_pairs(change).items())
    return dates["start_date"], dates["end_date"], dates["date_precision"]


def _date_pairs(change: Any) -> dict[str, list[Any]]:
    if not isinstance(change, dict):
        return {}
    return {
        field: pair
        for field, pair in change.items()
        if field in DATE_FIELDS and isinstance(pair, list) and len(pair) == 2
    }


def organizer_value(organization: str, role: str) -> Item:
    """One organizer as the change log keeps it (an ``OrganizerRole`` gives its value)."""
    return {"organization": organization, "role": str(role)}


def speaker_value(name: str, role: str | None, organization: str | None) -> Item:
    """One speaker as the change log keeps it."""
    return {"name": name, "role": role, "organization": organization}


def program_value(item: str, note: str | None) -> Item:
    """One program item (its type's code and note) as the change log keeps it."""
    return {"item": item, "note": note}


def items(key: str, value: Any) -> list[Item]:
    """The structured items of a logged ``key`` list, whichever form the row was written in."""
    legacy = _LEGACY[key]
    return [dict(v) if isinstance(v, dict) else legacy(str(v)) for v in value or []]


def display_value(key: str, value: Any) -> Any:
    """``value`` as a view shows it: each item of an organizers, speakers or program list
    becomes one line of text; any other value is returned as it is."""
    if key not in CHILD_KEYS or not isinstance(value, list):
        return value
    return [_text(key, item) for item in items(key, value)]


def _text(key: str, item: Item) -> str:
    if key == "organizers":
        return f"{item.get('organization') or ''} ({item.get('role') or ''})"
    if key == "speakers":
        parts = (item.get("name"), item.get("role"), item.get("organization"))
        return ", ".join(p for p in parts if p)
    note = item.get("note")
    return f"{item.get('item') or ''} ({note})" if note else item.get("item") or ""


def _old_organizer(text: str) -> Item:
    for role in OrganizerRole:
        suffix = f" ({role.value})"
        if text.endswith(suffix):
            return organizer_value(text[: -len(suffix)], role.value)
    return organizer_value(text, OrganizerRole.ORGANIZER.value)


def _old_speaker(text: str) -> Item:
    parts = text.split(" | ")
    if len(parts) < 3:
        return speaker_value(parts[0], None, None)
    return speaker_value(" | ".join(parts[:-2]), parts[-2] or None, parts[-1] or None)


def _old_program_item(text: str) -> Item:
    code, _, rest = text.partition(" (")
    return program_value(code, rest[:-1] if rest.endswith(")") else None)


_LEGACY: dict[str, Callable[[str], Item]] = {
    "organizers": _old_organizer,
    "speakers": _old_speaker,
    "program": _old_program_item,
}
"""How rows written before the structured form are read, by key."""
