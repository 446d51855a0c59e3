"""A town several countries have, imported from a row that names no country."""

from __future__ import annotations

from pathlib import Path

from db.engine import Database
from desktop.importing import ImportPreview
from desktop.importing.resolve import EVENT_KEYS
from tests.import_helpers import preview_file

CITY = EVENT_KEYS.index("city_id")


def _preview(database: Database, path: Path, *rows: str) -> ImportPreview:
    path.write_text("Title,Date,Country,City\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return preview_file(database, path)


def _city_notes(plan: ImportPreview, row: int) -> list[str]:
    return [note for note in plan.rows[row].notes if note.startswith(f"D{row + 2}:")]


def test_a_town_several_countries_have_is_named_with_them_not_called_unknown(
    database: Database, tmp_path: Path
) -> None:
    plan = _preview(database, tmp_path / "towns.csv", "Evening,21.03.2025,,Birmingham")
    (note,) = _city_notes(plan, 0)
    assert "no known city" not in note
    assert "United Kingdom" in note and "United States" in note
    assert "country" in note  # what to give to choose one


def test_the_biggest_of_a_towns_namesakes_taken_without_a_country_is_said(
    database: Database, tmp_path: Path
) -> None:
    plan = _preview(database, tmp_path / "towns.csv", "Evening,21.03.2025,,Alexandria",
                    "Evening two,23.04.2025,United States,Alexandria")
    (taken,) = _city_notes(plan, 0)
    assert "Egypt" in taken and "country" in taken
    (doubtful,) = _city_notes(plan, 1)
    assert "Virginia" in doubtful and "Egypt" not in doubtful


def test_a_town_with_no_namesake_or_with_its_country_gets_no_note(
    database: Database, tmp_path: Path
) -> None:
    plan = _preview(database, tmp_path / "towns.csv", "Evening,21.03.2025,,Ganja",
                    "Evening two,23.04.2025,Egypt,Alexandria",
                    'Evening three,24.04.2025,,"Birmingham, Alabama"')
    assert [_city_notes(plan, row) for row in range(3)] == [[], [], []]
    assert all(row.resolved is not None and row.resolved.event[CITY] for row in plan.rows)
