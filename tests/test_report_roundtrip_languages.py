"""A Russian or Azerbaijani report imports back like the English one (matched by UUID)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from db.engine import Database
from desktop.reports import ReportOptions, export_workbook
from desktop.sample import load_sample
from tests.import_helpers import dump, import_file


@pytest.mark.parametrize("language", ["ru", "az"])
def test_a_report_in_another_language_imports_back(
    database: Database, tmp_path: Path, language: str, new_database: Callable[[str], Database]
):
    with database.sessions.begin() as session:
        load_sample(session)
    exported = tmp_path / f"{language}.xlsx"
    export_workbook(database, exported, ReportOptions(language=language))
    before = dump(database)
    again = import_file(database, exported)  # into the data it came from: nothing changes
    assert (again.inserted, again.updated, again.unchanged, again.errors) == (0, 0, 3, 0)
    assert dump(database) == before
    other = new_database("other.sqlite")
    try:
        result = import_file(other, exported)
        assert (result.inserted, result.errors) == (3, 0)
        english = tmp_path / "en-from-ru.xlsx"
        export_workbook(other, english, ReportOptions())
        original = tmp_path / "en.xlsx"
        export_workbook(database, original, ReportOptions())
        from tests.import_helpers import event_sheets

        assert event_sheets(english) == event_sheets(original)
    finally:
        other.dispose()
