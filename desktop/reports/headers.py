"""Headers of the events sheet that the import must know without loading the writers."""

from __future__ import annotations

ENGLISH_NAME_HEADERS = (
    "Event type (English)",
    "Occasion (English)",
    "Country (English)",
    "Region (English)",
    "City (English)",
)
"""The English names a report in another language adds for international readers; the
import leaves them out (the report's own columns say the same in its language)."""

COMPUTED_HEADERS = ("Anniversary (computed)",)
"""Worked out from other columns when the report is written; not imported."""
