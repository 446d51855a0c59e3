"""What a report contains and what an export returns; no openpyxl, no Qt.

Kept apart from the writers so the GUI and the CLI can build options at
start-up without paying for the openpyxl import (about 180 ms).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from db.messages import _
from db.queries import EventFilter

ALL_SHEETS: tuple[str, ...] = (
    "cover",
    "events",
    "per_region",
    "per_organization",
    "per_occasion",
    "speakers",
    "program",
    "organizers",
    "organizations",
)
"""Sheets of a full report, in workbook order."""

EXTRA_SHEETS: tuple[str, ...] = ("speaker_summary", "coverage_gaps")
"""Sheets that are made only when asked for by name."""

SHEET_TITLES: dict[str, str] = {
    "cover": "Cover",
    "events": "Events",
    "per_region": "Per region",
    "per_organization": "Per organization",
    "per_occasion": "Per occasion",
    "speakers": "Speakers",
    "program": "Program",
    "organizers": "Organizers",
    "organizations": "Organizations",
    "speaker_summary": "Speaker summary",
    "coverage_gaps": "Coverage gaps",
    "counting": "How these figures are counted",
}
"""Every sheet's English name; "counting" ends every workbook and is not chosen."""

COUNTING_SHEET = "counting"


@dataclass
class ReportOptions:
    """A report request, the same from the GUI, the CLI and the tests."""

    event_filter: EventFilter = field(default_factory=EventFilter)
    granularity: Literal["month", "quarter", "year"] = "month"
    sheets: tuple[str, ...] = ALL_SHEETS
    title: str = "Diaspora events report"
    author: str | None = None
    """Who made the report, as the cover and the file's properties name them."""
    gaps_occasion_id: int | None = None
    """The occasion whose coverage gaps the "coverage_gaps" sheet lists (else the filter's);
    the rest of the report is not narrowed to it."""
    show_origin: bool = False
    """Name the data set by its full path (or server address) and, without an ``author``,
    the login that made the report; by default only the data set's name, no login."""
    language: str = "en"
    """Language of sheet names, headers and month names: "en", "ru" or "az"."""

    def validate(self) -> None:
        """Fail before any file is touched when the request makes no sense."""
        unknown = [name for name in self.sheets
                   if name not in SHEET_TITLES or name == COUNTING_SHEET]
        if unknown:
            known = ", ".join((*ALL_SHEETS, *EXTRA_SHEETS))
            raise ReportError(_("Unknown report sheet(s): {names}. Known: {known}.").format(
                names=", ".join(unknown), known=known))
        if not self.sheets:
            raise ReportError(_("Choose at least one sheet for the report."))
        if self.granularity not in ("month", "quarter", "year"):
            raise ReportError(_("Unknown grouping '{grouping}': use month, quarter or year.")
                              .format(grouping=self.granularity))
        flt = self.event_filter
        if flt.date_from and flt.date_to and flt.date_to < flt.date_from:
            raise ReportError(_("The period ends before it starts; swap the dates."))


@dataclass
class ExportSummary:
    """What was written, for the status bar and the CLI."""

    path: Path
    events: int
    sheets: tuple[str, ...]
    seconds: float
    bytes: int


class ReportError(Exception):
    """An export that cannot be made; ``str()`` tells the user what to do."""


class ExportCancelled(Exception):
    """The user stopped the export; no file was written."""
