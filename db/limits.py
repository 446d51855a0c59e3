"""The longest text each column holds, read from the models.

SQLite stores a string of any length whatever the declared ``String(n)``; PostgreSQL refuses
it. Checking against the declared length at entry, import and merge keeps a data set movable
between the two, and names the field instead of failing later in ``db copy``.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import InstrumentedAttribute

from db.messages import _, format_number

TextColumn = InstrumentedAttribute[str] | InstrumentedAttribute[str | None]


def max_length(attribute: TextColumn) -> int | None:
    """The declared length of a string column, or None for unbounded text."""
    column_type = attribute.property.columns[0].type
    return column_type.length if isinstance(column_type, String) else None


def length_problem(
    label: str,
    value: str | None,
    attribute: TextColumn,
) -> str | None:
    """A sentence for the clerk when ``value`` is longer than its column holds.

    ``label`` names the field in the message language (already translated)."""
    limit = max_length(attribute)
    if value is None or limit is None or len(value) <= limit:
        return None
    return _(
        "{label} is {length} characters long; at most {limit} fit. "
        "Shorten it (the whole text can go in the description)."
    ).format(label=label, length=format_number(len(value)), limit=format_number(limit))
