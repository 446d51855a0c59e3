"""An event's organizers, speakers and program items as change-log values.

The change log and the comparisons of imports and merges keep each item as a small dict
(``{"organization", "role"}``, ``{"name", "role", "organization"}``, ``{"item", "note"}``),
so that undo reads back exactly what was stored: a role or a name may hold any text.
Rows written before this form hold display strings ("Name (role)", "name | role |
organization", "code (note)"); :func:`items` reads both. :func:`display_value` is the one
text every view (history, merge conflicts) shows for such a value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from db.models import OrganizerRole

CHILD_KEYS = ("organizers", "speakers", "program")
"""Snapshot keys whose value is a list of structured items."""

Item = dict[str, str | None]


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
