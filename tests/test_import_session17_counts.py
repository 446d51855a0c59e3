"""Session 17: a count of participants written with a word, or as an estimate.

"50 чел." was "not a number" although the clerk wrote an exact count, while "около 50",
"~50" and "50+" went in as an exact 50 without a word. An exact count with a word for
people is the number; an estimate is held back, named by its cell, until the clerk
writes one number (the data model has no way to mark a count approximate).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.models import Event
from desktop.importing import apply_import, guess_mapping, preview, read_table


def _sheet(tmp_path: Path, counts: list[object], heading: str = "Число участников") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата", heading])
    for number, count in enumerate(counts):
        sheet.append([f"Вечер {number}", dt.date(2025, 3, 1) + dt.timedelta(days=number), count])
    path = tmp_path / "events.xlsx"
    book.save(path)
    return path


EXACT = ["50 чел.", "50 человек", "50 участников", "50 nəfər", "50 iştirakçı", "50 people",
         "50 participants", "50 гостей", "50 Guests", "50 чел"]


@pytest.mark.parametrize("typed", EXACT)
def test_an_exact_count_with_a_word_for_people_is_the_number(database, tmp_path,
                                                             typed) -> None:
    path = _sheet(tmp_path, [typed])
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    assert [(row.action, list(map(str, row.problems))) for row in plan.rows] == [
        ("insert", [])]
    apply_import(database, plan, backup=False)
    with database.sessions() as session:
        assert session.scalars(select(Event.attendance)).all() == [50]


def test_a_count_in_thousands_with_a_word_is_the_whole_number(database, tmp_path) -> None:
    path = _sheet(tmp_path, ["1 200 человек", "2.000 nəfər", "1,500 people"])
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))
    apply_import(database, plan, backup=False)
    with database.sessions() as session:
        assert sorted(session.scalars(select(Event.attendance))) == [1200, 1500, 2000]


ESTIMATES = ["около 50", "около 50 человек", "~50", "50+", "более 50", "50-60", "50–60 человек",
             "от 50 до 60", "təxminən 50 nəfər", "50-dən çox", "about 50 people", "≈50",
             "50 с лишним"]


@pytest.mark.parametrize("typed", ESTIMATES)
def test_an_estimate_is_held_back_not_stored_as_an_exact_count(database, tmp_path,
                                                               typed) -> None:
    path = _sheet(tmp_path, [typed, 40])
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    row, other = plan.rows
    assert other.action == "insert"
    assert row.action == "error"
    (problem,) = row.problems
    assert problem.cell == "C2"
    assert typed in problem.message and "single number" in problem.message
    apply_import(database, plan, backup=False)
    with database.sessions() as session:
        assert session.scalars(select(Event.attendance)).all() == [40]


def test_a_range_is_named_a_range_and_the_fix_is_said(database, tmp_path) -> None:
    path = _sheet(tmp_path, ["50-60"])
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    (problem,) = plan.rows[0].problems
    assert "range" in problem.message and "leave the cell empty" in problem.message


def test_a_number_with_a_word_that_is_no_people_is_held_back(database, tmp_path) -> None:
    """"50 рублей" in the participants column is no count of people."""
    path = _sheet(tmp_path, ["50 рублей", "50 лет"])
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    assert [row.action for row in plan.rows] == ["error", "error"]
    assert [p.cell for row in plan.rows for p in row.problems] == ["C2", "C3"]


def test_an_estimated_anniversary_is_not_stored_as_an_exact_one(database, tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата", "Годовщина"])
    sheet.append(["Вечер", dt.date(2025, 3, 1), "около 30"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    assert mapping.column("anniversary") == 2
    plan = preview(database, table, mapping)

    assert plan.rows[0].action == "error"
    assert [p.cell for p in plan.rows[0].problems] == ["C2"]


def test_counts_in_a_csv_file_are_read_the_same(database, tmp_path) -> None:
    path = tmp_path / "events.csv"
    path.write_text("Название;Дата;Число участников\r\nВечер;01.03.2025;около 50\r\n"
                    "Концерт;02.03.2025;50 чел.\r\n", encoding="utf-8-sig")
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    assert [(row.action, [p.cell for p in row.problems]) for row in plan.rows] == [
        ("error", ["C2"]), ("insert", [])]


def test_a_negative_count_is_refused_as_negative(database, tmp_path) -> None:
    path = _sheet(tmp_path, ["-5"])
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    (problem,) = plan.rows[0].problems
    assert problem.cell == "C2" and "negative" in problem.message


def test_a_cell_with_two_numbers_suggests_neither(database, tmp_path) -> None:
    """"1e3" is not "1 with words": the message must not tell the clerk to write 1."""
    path = _sheet(tmp_path, ["1e3", "50 (30 детей)"])
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    for row in plan.rows:
        (problem,) = row.problems
        assert "single number" in problem.message
        assert "write only" not in problem.message, problem.message


def test_a_dash_for_an_unknown_count_says_to_leave_the_cell_empty(database, tmp_path) -> None:
    path = _sheet(tmp_path, ["—", "нет данных"])
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))

    for row in plan.rows:
        (problem,) = row.problems
        assert problem.cell == f"C{row.number}" and "leave the cell empty" in problem.message
