"""What the import's memory savings must not change (issue 17, import row; the figures
themselves are in bench/import.py): a region named as written loads no morphology,
rows spilled from the sheet come back whole and in order, and duplicates found a date
at a time still name the first row of the file."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

import db.world
from db.gazetteer import Gazetteer
from desktop.importing import guess_mapping, preview, read_table


def test_a_region_named_as_written_loads_no_morphology(database) -> None:
    db.world._morph.cache_clear()
    with database.sessions() as session:
        gazetteer = Gazetteer(session)
        found = gazetteer.resolve_region("Приморский край", fuzzy=False)
        assert found is not None and found.code == "RU-PRI"
        assert db.world._morph.cache_info().currsize == 0
        inflected = gazetteer.resolve_region("в Приморском крае", fuzzy=False)
        assert inflected is not None and inflected.code == "RU-PRI"


def test_rows_come_back_whole_and_in_order_each_time(tmp_path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Title", "Date", "Attendance", "Notes"])
    for n in range(5000):
        ws.append([f"Event {n}", dt.date(2020, 1, 1) + dt.timedelta(days=n % 400),
                   n if n % 7 else None, "x" * (n % 50) or None])
    ws.append([])
    ws.append(["Last", dt.datetime(2021, 5, 6, 7, 8), 2.5, True])
    wb.save(tmp_path / "many.xlsx")
    table = read_table(tmp_path / "many.xlsx")
    first = table.rows
    assert len(first) == 5001
    assert first[0].number == 2 and first[0].values == ("Event 0", dt.date(2020, 1, 1),
                                                         None, None)
    assert first[8].values[2:] == (8, "x" * 8) and isinstance(first[8].values[2], int)
    assert first[7].values[2] is None
    assert first[-1].number == 5003
    assert first[-1].values == ("Last", dt.datetime(2021, 5, 6, 7, 8), 2.5, True)
    assert table.rows == first  # read again from the file


def test_duplicates_in_the_file_name_its_first_row_across_dates(database, tmp_path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Title", "Date"])
    ws.append(["Concert", dt.date(2024, 5, 2)])  # row 2
    ws.append(["Concert", dt.date(2024, 5, 1)])  # row 3
    ws.append(["concert", dt.date(2024, 5, 2)])  # row 4: as row 2
    ws.append(["Meeting", dt.date(2024, 5, 1)])  # row 5
    ws.append(["CONCERT", dt.date(2024, 5, 1)])  # row 6: as row 3
    ws.append(["Concert", dt.date(2024, 5, 2)])  # row 7: as row 2
    wb.save(tmp_path / "x.xlsx")
    table = read_table(tmp_path / "x.xlsx")
    plan = preview(database, table, guess_mapping(table.headers))
    assert [r.action for r in plan.rows] == [
        "insert", "insert", "duplicate", "insert", "duplicate", "duplicate"]
    assert [list(r.notes) for r in plan.rows if r.action == "duplicate"] == [
        ["the same title and date as row 2"], ["the same title and date as row 3"],
        ["the same title and date as row 2"]]
