"""The longest text each column holds, read from the models.

SQLite stores a string of any length whatever the declared ``String(n)``; PostgreSQL refuses
it. Checking against the declared length at entry, import and merge keeps a data set movable
between the two, and names the field instead of failing later in ``db copy``.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import InstrumentedAttribute

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
    """A sentence for the clerk when ``value`` is longer than its column holds."""
    limit = max_length(attribute)
    if value is None or limit is None or len(value) <= limit:
        return None
    return (
        f"{label} is {len(value):,} characters long; at most {limit:,} fit. "
        "Shorten it (the whole text can go in the description)."
    )
