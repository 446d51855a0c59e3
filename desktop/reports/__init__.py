"""Excel reports (Qt-free): the same code runs from the GUI, the CLI and the tests.

Importing this package is cheap: XlsxWriter and openpyxl are loaded only when a
workbook is made.
"""

from desktop.reports.options import (
    ALL_SHEETS,
    EXTRA_SHEETS,
    ExportCancelled,
    ExportSummary,
    ReportError,
    ReportOptions,
)
from desktop.reports.workbook import export_workbook

__all__ = [
    "ALL_SHEETS",
    "EXTRA_SHEETS",
    "ExportCancelled",
    "ExportSummary",
    "ReportError",
    "ReportOptions",
    "export_workbook",
]
