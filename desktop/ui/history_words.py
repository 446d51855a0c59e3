"""The change history in the form's words: the change log keeps codes and fixed values
("between", "RU-CHE", "organizer", ISO dates, the occasion's English name) so that undo
and merges can read them back; the history shows what the form would show for each, in
the interface language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from db.change_values import CHILD_KEYS, DATE, items
from db.localized import CodedModel, names_by_code, names_by_english
from db.models import Country, EventStatus, EventType, Occasion, ProgramItemType, Region
from db.queries import dates_text
from db.reference_service import HistoryRow
from desktop.ui import i18n
from desktop.ui.child_tables import organizer_roles
from desktop.ui.events_model import status_label
from desktop.ui.form_fields import date_precisions, place_precisions, source_scales

NO_VALUE = "—"

CODED_FIELDS: dict[str, CodedModel] = {
    "region": Region,
    "country": Country,
    "event_type": EventType,
}
"""Event fields the change log stores as codes ("RU-CHE"); the history shows their names."""

Names = dict[tuple[str, str], str]
"""(field, stored value) → the name the interface shows for it."""


def tr(text: str) -> str:
    return QCoreApplication.translate("HistoryWords", text)


def field_label(name: str) -> str:
    """The form's name for a stored event field ("start_date" → "Start date")."""
    labels = {
        "title": tr("Title"),
        "date": tr("Date"),
        "start_date": tr("Start date"),
        "end_date": tr("End date"),
        "date_precision": tr("Date precision"),
        "event_type": tr("Event type"),
        "occasion": tr("Occasion"),
        "anniversary": tr("Anniversary as reported"),
        "country": tr("Country"),
        "region": tr("Region"),
        "city": tr("City"),
        "venue": tr("Venue"),
        "place_as_written": tr("Place as written in the report"),
        "place_precision": tr("Place precision"),
        "attendance": tr("Attendance"),
        "description": tr("Description"),
        "status": tr("Status"),
        "deleted": tr("In the trash"),
        "organizers": tr("Organizers"),
        "speakers": tr("Speakers"),
        "program": tr("Program"),
        "source_publisher": tr("Publisher"),
        "source_passed_on_by": tr("Passed on by"),
        "source_published_on": tr("Publication date"),
        "source_url": tr("Address (URL)"),
        "source_language": tr("Language"),
        "source_dateline": tr("Dateline"),
        "source_full_text": tr("Full text of the report"),
        "source_scale": tr("Scale"),
    }
    return labels.get(name, name)


def action_label(action: str) -> str:
    """What happened, in words ("insert" → "added"); an action of a later version as it is."""
    labels = {
        "insert": tr("added"),
        "update": tr("changed"),
        "delete": tr("moved to the trash"),
        "restore": tr("restored from the trash"),
        "merge": tr("changed by a merge"),
        "kept": tr("kept as here in a merge"),
        "undo": tr("undone"),
    }
    return labels.get(action, action)


def history_names(session: Session, entries: Iterable[HistoryRow]) -> Names:
    """The names in the interface language of the coded values of ``entries``: places and
    types by code, occasions by their English name, program items by their type's code."""
    entries = list(entries)
    language = i18n.current_language()

    def stored(field: str) -> set[str]:
        return {
            value
            for entry in entries
            if entry.field == field
            for value in (entry.old, entry.new)
            if isinstance(value, str)
        }

    out: Names = {}
    for field, model in CODED_FIELDS.items():
        found = names_by_code(session, model, stored(field), language)
        out.update({(field, code): name for code, name in found.items()})
    occasions = names_by_english(session, Occasion, stored("occasion"), language)
    out.update({("occasion", english): name for english, name in occasions.items()})
    program = {
        str(item.get("item"))
        for entry in entries
        if entry.field == "program"
        for value in (entry.old, entry.new)
        for item in items("program", value)
    }
    found = names_by_code(session, ProgramItemType, program, language)
    out.update({("program", code): name for code, name in found.items()})
    return out


def history_text(field: str, value: Any, names: Names) -> str:
    """A value of ``field`` as it is logged (codes, fixed values, ISO dates), worded as the
    form shows it ("—" for none)."""
    if value is None or value == "" or value == []:
        return NO_VALUE
    if field == DATE:
        return _date_text(value)
    if isinstance(value, list):
        if field in CHILD_KEYS:
            return "; ".join(_child_text(field, item, names) for item in items(field, value))
        return "; ".join(str(each) for each in value)
    words = _FIXED_VALUES.get(field)
    if words is not None:
        return words().get(str(value), str(value))
    if field in ("start_date", "end_date", "source_published_on"):
        try:
            return i18n.format_date(dt.date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    return names.get((field, str(value)), str(value))


def history_texts(field: str, old: Any, new: Any, names: Names) -> tuple[str, str]:
    """The old and the new value of a change as :func:`history_text` words them; an
    event's date whose text stays (a precision "exact day" → "between A and B" over
    the same two days) says its precision too, so that the change shows."""
    texts = history_text(field, old, names), history_text(field, new, names)
    if field != DATE or texts[0] != texts[1]:
        return texts
    precision = _FIXED_VALUES["date_precision"]()
    return (
        f"{texts[0]} ({precision.get(str(old[2]), str(old[2]))})",
        f"{texts[1]} ({precision.get(str(new[2]), str(new[2]))})",
    )


def _date_text(value: Any) -> str:
    """An event's logged (start, end, precision) as the events table writes its date."""
    start, end, precision = value
    if not start:  # before the event was added
        return NO_VALUE
    try:
        first = dt.date.fromisoformat(str(start))
        last = dt.date.fromisoformat(str(end)) if end else None
    except ValueError:
        return " – ".join(str(day) for day in (start, end) if day) or NO_VALUE
    return dates_text(first, last, str(precision or "day"), i18n.format_date)


def _child_text(field: str, item: dict[str, Any], names: Names) -> str:
    if field == "organizers":
        role = item.get("role")
        roles = {key.value: label for key, label in organizer_roles()}
        return f"{item.get('organization') or ''} ({roles.get(str(role), role)})"
    if field == "speakers":
        parts = (item.get("name"), item.get("role"), item.get("organization"))
        return ", ".join(str(p) for p in parts if p)
    code = str(item.get("item") or "")
    name = names.get(("program", code), code)
    note = item.get("note")
    return f"{name} ({note})" if note else name


_FIXED_VALUES: dict[str, Callable[[], dict[str, str]]] = {
    "date_precision": lambda: {key.value: label for key, label in date_precisions()},
    "place_precision": lambda: {key.value: label for key, label in place_precisions()},
    "source_scale": lambda: {key.value: label for key, label in source_scales()},
    "status": lambda: {status.value: status_label(status.value) for status in EventStatus},
}
"""Fields whose logged value is one of the data model's fixed values, and their words."""
