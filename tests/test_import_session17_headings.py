"""Session 17: what the preview says of merged cells over the headings.

With a heading split over two rows (captions merged over groups of columns, the column
headings below), the importer reads both rows as the headings, yet the preview said
"Merged cells above the header row were ignored": the clerk was told the captions were
thrown away when they were read. The old note stays for cells that really were ignored
(a report's title merged across the top).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from desktop.importing import guess_mapping, preview, read_table

IGNORED = "Merged cells above the header row were ignored."


def _two_row_headings(path: Path, title_row: bool = False) -> Path:
    book = Workbook()
    sheet = book.active
    top = 1
    if title_row:
        sheet.append(["Отчёт о мероприятиях за март 2025", None, None, None])
        sheet.merge_cells("A1:D1")
        top = 2
    sheet.append(["Название", "Дата", None, "Число участников"])
    sheet.append([None, "начала", "окончания", None])
    for cells in (f"A{top}:A{top + 1}", f"B{top}:C{top}", f"D{top}:D{top + 1}"):
        sheet.merge_cells(cells)
    sheet.append(["Фестиваль", "03.03.2025", "05.03.2025", 200])
    book.save(path)
    return path


def test_two_heading_rows_read_together_are_said_so(database, tmp_path) -> None:
    table = read_table(_two_row_headings(tmp_path / "events.xlsx"))
    plan = preview(database, table, guess_mapping(table.headers))

    assert table.headers == ["Название", "Дата начала", "Дата окончания", "Число участников"]
    assert IGNORED not in plan.warnings
    assert any("rows 1 and 2" in warning.lower() and "headings" in warning
               for warning in plan.warnings), plan.warnings


def test_a_title_merged_above_two_heading_rows_is_still_said_ignored(database,
                                                                     tmp_path) -> None:
    table = read_table(_two_row_headings(tmp_path / "events.xlsx", title_row=True))
    plan = preview(database, table, guess_mapping(table.headers))

    assert table.headers[:2] == ["Название", "Дата начала"]
    assert IGNORED in plan.warnings
    assert any("rows 2 and 3" in warning.lower() for warning in plan.warnings), plan.warnings


def test_a_merged_title_above_one_heading_row_keeps_the_old_note(database, tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Отчёт за март 2025", None, None])
    sheet.merge_cells("A1:C1")
    sheet.append(["Название", "Дата", "Число участников"])
    sheet.append(["Вечер", dt.date(2025, 3, 1), 40])
    path = tmp_path / "events.xlsx"
    book.save(path)
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    assert IGNORED in plan.warnings
    assert not any("read together" in warning for warning in plan.warnings)


def test_headings_merged_down_over_an_empty_row_are_not_said_ignored(database,
                                                                     tmp_path) -> None:
    """Tall headings (each merged over rows 1 and 2): the headings were read, nothing
    above them was ignored."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата", "Число участников"])
    sheet.append([None, None, None])
    for cells in ("A1:A2", "B1:B2", "C1:C2"):
        sheet.merge_cells(cells)
    sheet.append(["Вечер", dt.date(2025, 3, 1), 40])
    path = tmp_path / "events.xlsx"
    book.save(path)
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    assert IGNORED not in plan.warnings
    assert [row.action for row in plan.rows] == ["insert"]
