"""Session 17: sheets as clerks keep them — hidden rows and columns, a totals row.

Found by importing such files as a clerk would:
- a row hidden in Excel (a cancelled event, or one a filter hides) went in without a
  word, though the clerk never saw it;
- of two columns headed "Дата", the hidden one (last year's dates) was imported and the
  visible one left out, without a word;
- a totals row ("Всего мероприятий: 2" with the report's date) went in as an event, and
  "Итого" was held back as an event with no date.
"""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.engine import open_database
from db.models import Event
from desktop.cli import main
from desktop.importing import apply_import, guess_mapping, preview, read_table
from desktop.importing.mapping import ColumnMapping


def _titles(database) -> list[str]:
    with database.sessions() as session:
        return sorted(session.scalars(select(Event.title)))


def _hidden_row_sheet(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата", "Число участников"])
    sheet.append(["Вечер", dt.date(2025, 3, 1), 40])
    sheet.append(["Отменённый концерт", dt.date(2025, 3, 2), 60])
    sheet.append(["Выставка", dt.date(2025, 3, 3), 20])
    sheet.row_dimensions[3].hidden = True
    book.save(path)
    return path


def test_a_hidden_row_is_held_back_and_named(database, tmp_path) -> None:
    table = read_table(_hidden_row_sheet(tmp_path / "events.xlsx"))
    plan = preview(database, table, guess_mapping(table.headers))

    assert [(row.number, row.action) for row in plan.rows] == [
        (2, "insert"), (3, "error"), (4, "insert")]
    (problem,) = plan.rows[1].problems
    assert "hidden" in problem.message and "filter" in problem.message
    assert "3" in problem.cell
    apply_import(database, plan, backup=False)
    assert _titles(database) == ["Вечер", "Выставка"]


def _hidden_column_sheet(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата", "Дата", "Число участников"])
    sheet.append(["Вечер", dt.date(2024, 3, 1), dt.date(2025, 3, 1), 40])
    sheet.column_dimensions["B"].hidden = True
    book.save(path)
    return path


def test_of_two_columns_with_one_heading_the_visible_one_is_taken(database,
                                                                  tmp_path) -> None:
    table = read_table(_hidden_column_sheet(tmp_path / "events.xlsx"))

    mapping = guess_mapping(table.headers, hidden=table.hidden_columns)

    assert mapping.column("start_date") == 2


def test_a_hidden_column_that_is_imported_is_said_so(database, tmp_path) -> None:
    """The import window guesses from the headings alone: a hidden column it maps is
    named in the preview, with what to do."""
    table = read_table(_hidden_column_sheet(tmp_path / "events.xlsx"))
    mapping = ColumnMapping({"title": 0, "start_date": 1, "attendance": 3})

    plan = preview(database, table, mapping)

    assert any("B" in warning and "hidden" in warning and "Дата" in warning
               for warning in plan.warnings), plan.warnings


def test_the_command_line_import_takes_the_visible_column(database_path, tmp_path) -> None:
    path = _hidden_column_sheet(tmp_path / "events.xlsx")

    assert main(["--database", str(database_path), "import", str(path)]) == 0

    database = open_database(database_path)
    try:
        with database.sessions() as session:
            assert session.scalars(select(Event.start_date)).all() == [dt.date(2025, 3, 1)]
    finally:
        database.dispose()


def _totals_sheet(path: Path, totals: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата", "Число участников"])
    sheet.append(["Вечер", dt.date(2025, 3, 1), 40])
    sheet.append(["Концерт", dt.date(2025, 3, 2), 60])
    for row in totals:
        sheet.append(row)
    book.save(path)
    return path


def test_a_totals_row_is_not_taken_for_an_event(database, tmp_path) -> None:
    path = _totals_sheet(tmp_path / "events.xlsx", [
        ["Итого", None, 100], ["Всего мероприятий: 2", dt.date(2025, 3, 31), 100],
        ["Cəmi:", None, 100], ["Total", None, 100]])
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    assert [(row.number, row.action) for row in plan.rows] == [
        (2, "insert"), (3, "insert"), (4, "error"), (5, "error"), (6, "error"),
        (7, "error")]
    for row in plan.rows[2:]:
        (problem,) = row.problems
        assert problem.cell == f"A{row.number}"
        assert "total" in problem.message and "not an event" in problem.message
    apply_import(database, plan, backup=False)
    assert _titles(database) == ["Вечер", "Концерт"]


def test_a_totals_label_under_the_row_numbers_is_found_too(database, tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["№", "Название", "Дата", "Число участников"])
    sheet.append([1, "Вечер", dt.date(2025, 3, 1), 40])
    sheet.append(["Итого:", None, None, 40])
    path = tmp_path / "events.xlsx"
    book.save(path)
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    assert [(row.action, [p.cell for p in row.problems]) for row in plan.rows] == [
        ("insert", []), ("error", ["A3"])]
    assert "totals" in plan.rows[1].problems[0].message


def test_a_numbered_or_bulleted_list_of_organizers_gives_their_names(database,
                                                                     tmp_path) -> None:
    """"1. Общество А" on a line of its own went in as an organization named so."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата", "Организаторы"])
    sheet.append(["Вечер", dt.date(2025, 3, 1), "1. Общество А\n2. Общество Б"])
    sheet.append(["Концерт", dt.date(2025, 3, 2), "- Общество А\n- Общество В"])
    sheet.append(["Выставка", dt.date(2025, 3, 3), "1) Общество Г;\n2) Общество Б"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    assert sorted(record.name for record in plan.new_organizations) == [
        "Общество А", "Общество Б", "Общество В", "Общество Г"]
    assert [row.action for row in plan.rows] == ["insert"] * 3


def test_a_date_years_ahead_is_pointed_out_before_it_is_stored(database, tmp_path) -> None:
    """8.03.2225 (a slip for 2025) went in as a date two centuries ahead without a word."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата"])
    sheet.append(["Вечер", dt.date(2225, 3, 8)])
    sheet.append(["Концерт", "08.03.2225"])
    next_month = dt.date.today() + dt.timedelta(days=31)
    sheet.append(["Фестиваль", next_month])
    path = tmp_path / "events.xlsx"
    book.save(path)
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    for row in plan.rows[:2]:
        (note,) = row.notes
        assert note.startswith(f"B{row.number}:") and "2225" in note and "year" in note
    assert list(plan.rows[2].notes) == []


def test_a_date_without_its_year_says_the_year_is_missing(database, tmp_path) -> None:
    """"15 марта" (the sheet's title says the year) was "not a date; write it as
    2025-02-26", which does not say what is missing."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Tədbirin adı", "Tarix"])
    sheet.append(["Novruz", "15 mart"])
    sheet.append(["Вечер", "15 марта"])
    sheet.append(["Concert", "15.03"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    for row in plan.rows:
        (problem,) = row.problems
        assert problem.cell == f"B{row.number}" and "year" in problem.message, problem


def test_a_hidden_row_of_an_ods_sheet_is_held_back(database, tmp_path) -> None:
    """LibreOffice marks a hidden (or filtered-out) row table:visibility="collapsed"."""
    source = Path(__file__).parent / "data" / "spreadsheets" / "events.ods"
    path = tmp_path / "hidden.ods"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "content.xml":
                at = data.rindex(b"<table:table-row", 0, data.index("Qonaqlıq".encode()))
                data = (data[:at + 16] + b' table:visibility="collapsed"' + data[at + 16:])
            new.writestr(item, data)
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    held = [row for row in plan.rows if row.action == "error"]
    assert [row.number for row in held] == [3]
    assert "hidden" in held[0].problems[0].message


def test_sheets_left_out_of_a_workbook_of_months_are_named(database_path, tmp_path,
                                                           capsys) -> None:
    """A workbook with a sheet per month imported the first month only, without a word
    (the import window offers no choice of sheet)."""
    book = Workbook()
    march = book.active
    march.title = "Март"
    march.append(["Название", "Дата"])
    march.append(["Вечер", dt.date(2025, 3, 1)])
    april = book.create_sheet("Апрель")
    april.append(["Название", "Дата"])
    april.append(["Концерт", dt.date(2025, 4, 1)])
    path = tmp_path / "months.xlsx"
    book.save(path)

    table = read_table(path)
    assert any("Апрель" in warning and "not imported" in warning
               for warning in table.warnings), table.warnings
    assert main(["--database", str(database_path), "import", "--dry-run", str(path)]) == 0
    assert "Апрель" in capsys.readouterr().out
    chosen = read_table(path, sheet="Апрель")
    assert not any("Март" in warning for warning in chosen.warnings)


def test_the_entry_template_names_no_sheet_left_out(database, tmp_path) -> None:
    from desktop.importing.template import write_template

    for language in ("en", "ru", "az"):
        path = write_template(database, tmp_path / f"template_{language}.xlsx", language)
        warnings = read_table(path).warnings
        assert not any("not imported" in warning for warning in warnings), warnings


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is needed")
@pytest.mark.slow  # a LibreOffice start: `make test` and CI, not `make check`
def test_hidden_rows_and_columns_of_an_xls_sheet_are_found(database, tmp_path) -> None:
    from tests.data.spreadsheets import make

    source = tmp_path / "hidden.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "Events"
    sheet.append(["Название", "Дата", "Дата", "Число участников"])
    sheet.append(["Вечер", dt.date(2024, 3, 1), dt.date(2025, 3, 1), 40])
    sheet.append(["Отменённый концерт", dt.date(2024, 3, 2), dt.date(2025, 3, 2), 60])
    sheet.row_dimensions[3].hidden = True
    sheet.column_dimensions["B"].hidden = True
    book.save(source)
    table = read_table(make.convert(source, "xls", tmp_path))

    assert (table.hidden_rows, table.hidden_columns) == ({3}, {1})
    plan = preview(database, table, guess_mapping(table.headers, hidden=table.hidden_columns))
    assert [row.action for row in plan.rows] == ["insert", "error"]


def test_a_title_beginning_with_a_totals_word_is_still_an_event(database, tmp_path) -> None:
    path = _totals_sheet(tmp_path / "events.xlsx", [
        ["Всего один вечер", dt.date(2025, 3, 3), 30],
        ["Total Recall: a screening", dt.date(2025, 3, 4), 20]])
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    assert [row.action for row in plan.rows] == ["insert"] * 4


def test_the_import_window_maps_the_visible_column_of_two(qtbot, database, tmp_path) -> None:
    from desktop.ui.import_wizard import ImportWizard

    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(_hidden_column_sheet(tmp_path / "events.xlsx")))
    wizard.next()  # read in a worker; the page changes when it is done
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=60_000)
    fields = [combo.currentData() for combo in wizard.mapping_page.combos]
    assert fields[2] == "start_date" and fields[1] != "start_date"
