"""The printed top-regions block of the per-region sheet: its headers fit their columns.

A header wider than its column wraps mid-word when printed ("Мероприят/ия"); the widths
follow the header texts of the report's language.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from db.engine import Database
from desktop.reports import ReportOptions, export_workbook
from desktop.reports.language import translate, use_language
from desktop.sample import load_sample


@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_the_top_regions_headers_fit_their_columns(
    database: Database, tmp_path: Path, language: str
):
    with database.sessions.begin() as session:
        load_sample(session)
    out = tmp_path / f"{language}.xlsx"
    export_workbook(database, out, ReportOptions(language=language, sheets=("per_region",)))
    with use_language(language):
        title = translate("Per region")
        headers = [translate(h) for h in ("Country", "Region", "Events")]
    ws = load_workbook(out)[title]
    rows = [[c.value for c in row[:3]] for row in ws.iter_rows()]
    assert headers in rows  # the block is there, under the table
    for index, header in enumerate(headers, start=1):
        width = ws.column_dimensions[get_column_letter(index)].width
        assert width >= len(header) + 2, (header, width)
