"""Session 18: workbooks as clerks make them, run through the preview and the CLI.

Found by building small messy sheets (Russian and Azerbaijani headings, a caption merged
over them, dates as text, spaces, cities with their region in brackets, lists in one cell):
- the headings most report forms use ("Название мероприятия", "Дата проведения",
  "Tədbirin tarixi", "Организатор(ы)") named no field: the columns were not imported;
- a city written with its region in brackets ("Самара (Самарская обл.)") matched no place,
  and a city that matches none went in without city and region, without a word;
- "Мамедов Р.А., Алиев В." in the speakers' cell became one person of that name;
- "Общество «Дружба» и Молодёжный союз" became one new organization without a word;
- a date cell formatted as text holding Excel's day number ("45731") was refused as "not
  a date" without saying which date the number stands for.
"""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.engine import open_database
from db.models import City, Event, Region
from desktop.cli import main
from desktop.importing import apply_import
from desktop.importing.mapping import guess_field
from tests.import_helpers import preview_file, write_sheet


@pytest.mark.parametrize(("heading", "field"), [
    ("Название мероприятия", "title"), ("Наименование мероприятия", "title"),
    ("Дата проведения", "start_date"), ("Дата мероприятия", "start_date"),
    ("Дата проведения мероприятия", "start_date"), ("Tədbirin tarixi", "start_date"),
    ("Keçirilmə tarixi", "start_date"), ("Кол-во участников", "attendance"),
    ("Организатор(ы)", "organizers"), ("Выступающие (ФИО, должность)", "speakers"),
])
def test_the_headings_of_common_report_forms_name_their_fields(heading, field) -> None:
    assert guess_field(heading) == field


def test_a_city_with_its_region_in_brackets_is_found(database, tmp_path) -> None:
    path = write_sheet(tmp_path / "events.xlsx", ["Название", "Дата", "Город"],
                  ["Вечер", "12.03.2025 г.", "Самара (Самарская обл.)"],
                  ["Концерт", "13.03.2025", "Тольятти (Самарская область)"])
    plan = preview_file(database, path)
    apply_import(database, plan, backup=False)

    with database.sessions() as session:
        places = session.execute(
            select(Event.title, City.name, Region.code, Event.place_as_written)
            .outerjoin(City, Event.city_id == City.id)
            .outerjoin(Region, Event.region_id == Region.id).order_by(Event.title)).all()
    assert [tuple(p) for p in places] == [("Вечер", "Samara", "RU-SAM", None),
                                          ("Концерт", "Tolyatti", "RU-SAM", None)]


def test_a_city_that_matches_no_place_is_said_so(database, tmp_path) -> None:
    path = write_sheet(tmp_path / "events.xlsx", ["Название", "Дата", "Город"],
                  ["Вечер", "12.03.2025", "Нововасюки"])
    (row,) = preview_file(database, path).rows

    assert row.action == "insert"
    (note,) = [note for note in row.notes if note.startswith("C2")]
    assert "Нововасюки" in note and "region" in note


def test_speakers_separated_by_commas_are_several_people(database, tmp_path) -> None:
    path = write_sheet(tmp_path / "events.xlsx", ["Название", "Дата", "Выступающие"],
                  ["Вечер", "12.03.2025", "Мамедов Р.А., Алиев В. (гость)"])
    (row,) = preview_file(database, path).rows

    assert row.resolved is not None
    speakers = row.resolved.snapshot["speakers"]
    assert [(s["name"], s["role"]) for s in speakers] == [  # type: ignore[attr-defined]
        ("Мамедов Р.А.", None), ("Алиев В.", "гость")]
    assert any(note.startswith("C2") and "Мамедов Р.А." in note for note in row.notes)


def test_a_speaker_cell_with_a_comma_that_is_not_a_list_is_said_so(database,
                                                                   tmp_path) -> None:
    path = write_sheet(tmp_path / "events.xlsx", ["Название", "Дата", "Выступающие"],
                  ["Вечер", "12.03.2025", "Алиев В., председатель"])
    (row,) = preview_file(database, path).rows

    assert any(note.startswith("C2") and "“;”" in note for note in row.notes), row.notes


def test_two_organizations_joined_by_a_conjunction_are_said_so(database, tmp_path) -> None:
    path = write_sheet(tmp_path / "events.xlsx", ["Название", "Дата", "Организаторы"],
                  ["Вечер", "12.03.2025", "Общество «Дружба» и Молодёжный союз"],
                  ["Konsert", "13.03.2025", "Azərbaycan Evi və Gənclər Birliyi"])
    plan = preview_file(database, path)

    for row, word in zip(plan.rows, ("и", "və"), strict=True):
        assert any(note.startswith(f"C{row.number}") and f"“{word}”" in note
                   for note in row.notes), row.notes


def test_excel_s_day_number_in_a_text_cell_names_its_date(database, tmp_path) -> None:
    path = write_sheet(tmp_path / "events.xlsx", ["Название", "Дата"], ["Вечер", "45731"])
    (row,) = preview_file(database, path).rows

    assert row.action == "error"
    (problem,) = row.problems
    assert problem.cell == "B2" and "15.03.2025" in problem.message


def test_a_report_form_imports_from_the_command_line(database_path, tmp_path) -> None:
    """A caption merged over the headings, the form's headings, Azerbaijani dates."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Отчёт о мероприятиях за I квартал 2025 года"])
    sheet.merge_cells("A1:D1")
    sheet.append(["Название мероприятия", "Дата проведения", "Город", "Кол-во участников"])
    sheet.append(["Novruz bayramı", "12 mart 2025", "Самара (Самарская обл.)", 40])
    path = tmp_path / "form.xlsx"
    book.save(path)

    assert main(["--database", str(database_path), "import", str(path)]) == 0
    database = open_database(database_path)
    try:
        with database.sessions() as session:
            stored = session.execute(
                select(Event.title, Event.start_date, City.name, Event.attendance)
                .join(City, Event.city_id == City.id)).all()
    finally:
        database.dispose()
    assert [tuple(row) for row in stored] == [
        ("Novruz bayramı", dt.date(2025, 3, 12), "Samara", 40)]


@pytest.mark.parametrize("written", ["12 марта 2025 года в 18:00", "12 mart 2025, saat 18:00",
                                     "12.03.2025 в 18.00", "12.03.2025, 18:00"])
def test_a_date_with_its_hour_reads_as_the_date(database, tmp_path, written) -> None:
    """A date with the hour is read as every date with "14:00" after it is: the day (the
    app keeps no hours), not refused as "not a date"."""
    path = write_sheet(tmp_path / "events.xlsx", ["Название", "Дата"], ["Вечер", written])
    (row,) = preview_file(database, path).rows

    assert row.action == "insert", row.problems
    assert row.resolved is not None and row.resolved.event[1] == dt.date(2025, 3, 12)
