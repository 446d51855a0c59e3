"""Draft events from pasted news reports: offline rules plus the database's gazetteer.

The public entry points live in :mod:`desktop.extraction.service`.
"""

from desktop.extraction.service import (
    DraftEvent,
    Extraction,
    Span,
    extract,
    extraction_to_json,
    format_extraction,
    read_document,
)

__all__ = [
    "DraftEvent",
    "Extraction",
    "Span",
    "extract",
    "extraction_to_json",
    "format_extraction",
    "read_document",
]
