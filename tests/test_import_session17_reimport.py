"""Session 17: a file imported again after the clerk corrected it.

The second import holds every row back as "already stored", which is right (the rows
have no event ids to update by), but it said nothing of the corrections: the clerk who
fixed a count in the file read "already stored" and believed the correction was in.
The note now names what the file says otherwise, and how to get it in.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from db.models import Event
from desktop.importing import apply_import, guess_mapping, preview, read_table


def _sheet(path: Path, counts: tuple[int, int]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Tədbirin adı", "Tarix", "İştirakçı sayı"])
    sheet.append(["Novruz bayramı", "15 mart 2025", counts[0]])
    sheet.append(["Konsert", "15.03.2025-ci il", counts[1]])
    book.save(path)
    return path


def _import(database, path: Path):
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))
    return plan, apply_import(database, plan, backup=False)


def test_importing_the_same_file_twice_adds_nothing(database, tmp_path) -> None:
    path = _sheet(tmp_path / "events.xlsx", (50, 120))
    _import(database, path)
    plan, result = _import(database, path)

    assert [row.action for row in plan.rows] == ["duplicate", "duplicate"]
    assert result.inserted == 0
    assert all(not any("differs" in note for note in row.notes) for row in plan.rows)
    with database.sessions() as session:
        assert len(session.scalars(select(Event)).all()) == 2


def test_a_corrected_file_imported_again_says_what_it_would_change(database,
                                                                   tmp_path) -> None:
    path = _sheet(tmp_path / "events.xlsx", (50, 120))
    _import(database, path)
    _sheet(path, (50, 130))

    plan, _result = _import(database, path)

    first, second = plan.rows
    assert first.action == second.action == "duplicate"
    assert not any("differs" in note for note in first.notes)
    (note,) = [note for note in second.notes if "differs" in note]
    assert "Attendance" in note and "not changed" in note
    with database.sessions() as session:
        assert session.scalar(select(Event.attendance).where(Event.title == "Konsert")) == 120


def test_a_row_repeating_an_earlier_one_says_what_it_gives_otherwise(database,
                                                                     tmp_path) -> None:
    """The second "Konsert" row (a later count) was held back as "the same title and date
    as row 2" only: the clerk did not learn that its count was not the one imported."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Tədbirin adı", "Tarix", "İştirakçı sayı"])
    sheet.append(["Konsert", "15 mart 2025", 120])
    sheet.append(["Konsert", "15.03.2025", 130])
    sheet.append(["Konsert", "15.03.2025-ci il", 120])
    path = tmp_path / "events.xlsx"
    book.save(path)

    plan, _result = _import(database, path)

    assert [row.action for row in plan.rows] == ["insert", "duplicate", "duplicate"]
    (note,) = [note for note in plan.rows[1].notes if "differs" in note]
    assert "row 2" in note and "Attendance" in note
    assert not any("differs" in note for note in plan.rows[2].notes)
