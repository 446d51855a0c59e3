"""Session 18: a row held back as an event already stored (or as an earlier row) says
what matches and what differs, with both values, so the clerk can decide.

Before, a probable duplicate read "probably the same event as the stored 'X' (date, id)"
and nothing else, and a title-and-date twin named the fields that differ but not the
values on either side.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from db.messages import set_language
from desktop.importing import apply_import
from tests.import_helpers import preview_file, write_sheet

HEADERS = ["Название", "Дата", "Регион", "Организаторы", "Число участников"]


def _sheet(path: Path, *rows: list[object]) -> Path:
    return write_sheet(path, HEADERS, *rows)


STORED = ["Вечер поэзии", "15.03.2025", "Самарская область", "Общество «Дружба»", 50]


@pytest.fixture
def stored(database, tmp_path):
    plan = preview_file(database, _sheet(tmp_path / "first.xlsx", STORED))
    assert [row.action for row in plan.rows] == ["insert"]
    apply_import(database, plan, backup=False)
    return database


def test_a_probable_duplicate_names_what_matches_and_what_differs(stored, tmp_path) -> None:
    path = _sheet(tmp_path / "second.xlsx", ["Поэтический вечер", "15.03.2025",
                                             "Самарская область", "Общество «Дружба»", 70])
    (row,) = preview_file(stored, path).rows

    assert row.action == "duplicate"
    text = " | ".join(row.notes)
    same = next(note for note in row.notes if note.startswith("the same as the stored"))
    assert "Region" in same and "Organizers" in same and "Start date" in same, text
    differs = next(note for note in row.notes if "differs" in note)
    assert "Title" in differs and "Поэтический вечер" in differs and "Вечер поэзии" in differs
    assert "Attendance" in differs and "70" in differs and "50" in differs
    assert "Region" not in differs


def test_a_twin_of_a_stored_event_gives_both_values(stored, tmp_path) -> None:
    path = _sheet(tmp_path / "second.xlsx", [*STORED[:4], 70])
    (row,) = preview_file(stored, path).rows

    assert row.action == "duplicate"
    (differs,) = [note for note in row.notes if "differs" in note]
    assert "Attendance" in differs and "70" in differs and "50" in differs
    (same,) = [note for note in row.notes if note.startswith("the same as the stored")]
    assert "Region" in same and "Organizers" in same and "Attendance" not in same


def test_a_stored_region_is_shown_by_its_name_in_the_clerk_s_language(stored,
                                                                       tmp_path) -> None:
    """The file leaves the region out (an unknown place is not another place)."""
    path = _sheet(tmp_path / "second.xlsx", [*STORED[:2], None, *STORED[3:]])
    set_language("ru")
    try:
        plan = preview_file(stored, path)
    finally:
        set_language("en")

    (row,) = plan.rows
    text = " | ".join(row.notes)
    assert row.action == "duplicate"
    assert "Самарская область" in text, text
    assert "RU-" not in text
    assert "Регион" in text  # the field's label in Russian


def test_a_row_like_an_earlier_row_names_what_differs(database, tmp_path) -> None:
    path = _sheet(tmp_path / "rows.xlsx", STORED,
                  ["Поэтический вечер", "15.03.2025", "Самарская область",
                   "Общество «Дружба»", 70])
    plan = preview_file(database, path)

    first, second = plan.rows
    assert (first.action, second.action) == ("insert", "duplicate")
    differs = next(note for note in second.notes if "differs" in note)
    assert "row 2" in differs and "70" in differs and "50" in differs
    assert "Поэтический вечер" in differs
    same = next(note for note in second.notes if note.startswith("the same as row 2"))
    assert "Organizers" in same and "Region" in same


def test_a_month_is_shown_as_the_clerk_wrote_it(stored, tmp_path) -> None:
    """A row dated "март 2025" against an event of 15.03.2025: its date is the month, not
    the 1st of it, and the precision is a word of the clerk's language, not a code."""
    path = _sheet(tmp_path / "second.xlsx", ["Вечер", "март 2025", *STORED[2:]])
    set_language("ru")
    try:
        (row,) = preview_file(stored, path).rows
    finally:
        set_language("en")

    assert row.action == "duplicate"
    differs = next(note for note in row.notes if "“03.2025”" in note)
    assert "“15.03.2025”" in differs and "01.03.2025" not in differs
    assert "“месяц”" in differs and "“день”" in differs, differs
