"""Session 17: cells that hold no value — a dash, "нет", a ditto mark.

A clerk's sheet says "—" or "нет" where there is nothing, and "-//-", "〃" or "то же"
for "the same as above". They went in as an organization named "—", a town "-//-" and a
venue "то же", listed among many new names. Each is now held back, named by its cell,
saying what to write.
"""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from desktop.importing import guess_mapping, preview, read_table


def _plan(database, tmp_path, organizers: object, city: object, venue: object):
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата", "Организаторы", "Город", "Место проведения"])
    sheet.append(["Вечер", dt.date(2025, 3, 1), "Общество А", "Москва", "Дом дружбы"])
    sheet.append(["Концерт", dt.date(2025, 3, 2), organizers, city, venue])
    path = tmp_path / "events.xlsx"
    book.save(path)
    table = read_table(path)
    return preview(database, table, guess_mapping(table.headers))


@pytest.mark.parametrize("ditto", ["-//-", "〃", "то же", '"', '-"-', "там же", "eyni"])
def test_a_ditto_mark_is_held_back_saying_to_write_the_value(database, tmp_path,
                                                             ditto) -> None:
    plan = _plan(database, tmp_path, "Общество А", "Москва", ditto)

    row = plan.rows[1]
    assert row.action == "error"
    (problem,) = row.problems
    assert problem.cell == "E3" and "same as above" in problem.message


@pytest.mark.parametrize("nothing", ["—", "-", "нет", "н/д", "?", "yoxdur", "n/a"])
def test_a_placeholder_for_nothing_is_not_taken_for_a_name(database, tmp_path,
                                                           nothing) -> None:
    plan = _plan(database, tmp_path, nothing, nothing, None)

    row = plan.rows[1]
    assert row.action == "error"
    assert [p.cell for p in row.problems] == ["C3", "D3"]
    assert all("leave the cell empty" in p.message for p in row.problems)
    assert [record.name for record in plan.new_organizations] == ["Общество А"]


def test_a_placeholder_among_organizers_is_named(database, tmp_path) -> None:
    plan = _plan(database, tmp_path, "Общество Б; —", "Москва", None)

    (problem,) = plan.rows[1].problems
    assert problem.cell == "C3" and "—" in problem.message
