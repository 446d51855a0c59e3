"""The import used as a clerk uses it, on the files offices send: CSV saved by Excel in a
Windows code page, a two-level header with merged captions, counts typed as text.

Seen: "2.000" participants in an Azerbaijani or Russian sheet went in as 2 (while "1.200"
went in as 1200); a header with merged captions over its columns ("Мероприятие" over Name
and Date) was taken for the header itself, so no column held the date and every row was
refused.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.models import Event
from desktop.importing import guess_mapping, preview, read_table
from desktop.importing.errors import ImportFileError
from tests.import_helpers import import_file


def _attendance(database) -> dict[str, int | None]:
    with database.sessions() as session:
        return {title: count for title, count in session.execute(
            select(Event.title, Event.attendance))}


CSV_FILES = {
    "cp1254": ("Ad;Tarix;İştirakçı sayı", ("Novruz", "Festival", "Konsert", "Gece")),
    "cp1251": ("Название;Дата;Число участников", ("Новруз", "Фестиваль", "Концерт", "Вечер")),
}


@pytest.mark.parametrize("encoding", sorted(CSV_FILES))
def test_a_count_with_a_dot_between_thousands_is_thousands(database, tmp_path,
                                                           encoding) -> None:
    """Excel's CSV of an Azerbaijani or Russian office: the dot groups thousands."""
    header, titles = CSV_FILES[encoding]
    counts = ("2.000", "10.000", "1.500", "5.000")
    lines = [header] + [f"{title};2{day}.03.2025;{count}"
                        for day, (title, count) in enumerate(zip(titles, counts, strict=True))]
    path = tmp_path / "events.csv"
    path.write_bytes("\r\n".join(lines).encode(encoding))

    result = import_file(database, path)

    assert result.inserted == 4
    assert _attendance(database) == dict(zip(titles, (2000, 10000, 1500, 5000), strict=True))


def test_a_count_typed_as_text_in_a_workbook_is_read(database, tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата", "Количество участников"])
    for title, count in (("Вечер", "2.000"), ("Концерт", "300 человек"), ("Выставка", "1 200")):
        sheet.append([title, dt.date(2025, 3, 1), count])
        sheet.cell(sheet.max_row, 3).number_format = "@"
    path = tmp_path / "events.xlsx"
    book.save(path)

    import_file(database, path)

    assert _attendance(database) == {"Вечер": 2000, "Концерт": 300, "Выставка": 1200}


def _two_level_header(path: Path) -> Path:
    """Captions merged over groups of columns, the column headings below them."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Мероприятие", None, "Участники", None])
    sheet.append(["Название", "Дата", "Число участников", "Организаторы"])
    sheet.merge_cells("A1:B1")
    sheet.merge_cells("C1:D1")
    sheet.append(["Вечер поэзии", "26.02.2025", "1 200", None])
    sheet.cell(3, 2).number_format = "@"  # the date column formatted as text
    sheet.append(["Концерт", dt.date(2025, 3, 1), 300, None])
    for number in range(5, 30):  # rows formatted, left empty
        sheet.cell(number, 2).number_format = "@"
    book.save(path)
    return path


def test_merged_captions_above_the_headings_are_not_taken_for_the_header(
    database, tmp_path
) -> None:
    path = _two_level_header(tmp_path / "events.xlsx")
    table = read_table(path)

    assert table.headers == ["Название", "Дата", "Число участников", "Организаторы"]
    plan = preview(database, table, guess_mapping(table.headers))
    assert [(row.number, row.action) for row in plan.rows] == [(3, "insert"), (4, "insert")]
    result = import_file(database, path)
    assert result.inserted == 2
    with database.sessions() as session:
        stored = {title: day for title, day in session.execute(
            select(Event.title, Event.start_date))}
    assert stored == {"Вечер поэзии": dt.date(2025, 2, 26), "Концерт": dt.date(2025, 3, 1)}


def test_a_heading_merged_down_over_two_header_rows_keeps_its_column(database,
                                                                      tmp_path) -> None:
    """"Дата" over "начала" and "окончания", "Название" merged down beside them."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата", None, "Число участников"])
    sheet.append([None, "начала", "окончания", None])
    for cells in ("A1:A2", "B1:C1", "D1:D2"):
        sheet.merge_cells(cells)
    sheet.append(["Фестиваль", "03.03.2025", "05.03.2025", "2.000"])
    path = tmp_path / "events.xlsx"
    book.save(path)

    table = read_table(path)
    assert guess_mapping(table.headers).columns == {
        "title": 0, "start_date": 1, "end_date": 2, "attendance": 3}
    import_file(database, path)
    with database.sessions() as session:
        event = session.scalars(select(Event)).one()
    assert (event.title, event.start_date, event.end_date, event.attendance) == (
        "Фестиваль", dt.date(2025, 3, 3), dt.date(2025, 3, 5), 2000)


def test_letters_a_code_page_lost_as_question_marks_hold_the_row_back(database,
                                                                      tmp_path) -> None:
    """Excel saves "CSV" in the system's code page and writes "?" for each letter it cannot
    hold: Windows-1254 has no "ə", the commonest Azerbaijani letter. "Ş?hidl?r günü" was
    stored as the title and "Az?rbaycan evi" as a new organization."""
    path = tmp_path / "events.csv"
    path.write_bytes((
        "Ad;Tarix;Təşkilatçı;Mənbə linki\r\n"
        "Şəhidlər günü;20.01.2025;Azərbaycan evi;https://example.az/news?id=5\r\n"
        "Novruz;20.03.2025;Gənclər birliyi;https://example.az/news?id=6\r\n"
        "Kim idik? Konsert;21.03.2025;;Azertac: example.az/xeber?id=7\r\n"
    ).encode("cp1254", errors="replace"))
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    mapping.columns["organizers"] = 2
    mapping.columns["source_url"] = 3

    plan = preview(database, table, mapping)

    actions = {row.number: row.action for row in plan.rows}
    # an address's "?" is its own, with or without its scheme, alone or in a sentence; so
    # is a question's
    assert actions == {2: "error", 3: "error", 4: "insert"}
    problems = {str(problem) for row in plan.rows for problem in row.problems}
    assert any(p.startswith("A2:") and "Ş?hidl?r günü" in p and "CSV UTF-8" in p
               for p in problems), problems
    assert any(p.startswith("C3:") for p in problems), problems
    assert not [record.name for record in plan.new_organizations]


@pytest.mark.parametrize("quoted", [True, False])
def test_a_too_long_csv_cell_is_named_not_the_csv_modules_words(tmp_path, quoted) -> None:
    """Was: "events.csv is not a readable CSV table: field larger than field limit
    (32768)." — Python's words, and no cell to look at."""
    text = "x" * 40_000
    cell = f'"{text}"' if quoted else text
    path = tmp_path / "events.csv"
    path.write_text(f"Title;Date;Description\r\nEvening;01.02.2025;{cell}\r\n",
                    encoding="utf-8")

    with pytest.raises(ImportFileError) as raised:
        read_table(path)

    message = str(raised.value)
    assert "C2" in message and "field limit" not in message


def test_a_time_of_day_in_the_date_column_is_not_taken_for_a_date(database, tmp_path) -> None:
    """A cell holding only a time (10:30, as a time cell or as text) went in as 30 October
    2000."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата"])
    sheet.append(["Вечер", dt.time(10, 30)])
    sheet.append(["Концерт", "10:30:00"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    table = read_table(path)

    plan = preview(database, table, guess_mapping(table.headers))

    assert [row.action for row in plan.rows] == ["error", "error"]
    for row in plan.rows:
        (problem,) = row.problems
        assert problem.cell == f"B{row.number}" and "10:30" in problem.message
        assert "time" in problem.message


def test_a_count_with_a_fraction_is_not_rounded_without_a_word(database, tmp_path) -> None:
    """12.7 participants went in as 13 and a 2.5th anniversary as the 2nd, while "12,5"
    typed as text was refused: the clerk sees the number and corrects it."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата", "Число участников", "Годовщина"])
    sheet.append(["Вечер", dt.date(2025, 3, 1), 12.7, None])
    sheet.append(["Концерт", dt.date(2025, 3, 2), None, 2.5])
    sheet.append(["Выставка", dt.date(2025, 3, 3), 40.0, 30])
    path = tmp_path / "events.xlsx"
    book.save(path)
    table = read_table(path)

    plan = preview(database, table, guess_mapping(table.headers))

    assert [(row.action, [p.cell for p in row.problems]) for row in plan.rows] == [
        ("error", ["C2"]), ("error", ["D3"]), ("insert", [])]
    assert "12.7" in plan.rows[0].problems[0].message


def test_headings_merged_down_over_two_rows_do_not_refuse_the_file(database, tmp_path) -> None:
    """Tall headings (each merged over rows 1 and 2) refused the file as "merged cells
    among the events", though no event's cell was merged."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата", "Число участников"])
    sheet.append([None, None, None])
    for cells in ("A1:A2", "B1:B2", "C1:C2"):
        sheet.merge_cells(cells)
    sheet.append(["Вечер", dt.date(2025, 3, 1), 40])
    sheet.append(["Концерт", dt.date(2025, 3, 2), 300])
    path = tmp_path / "events.xlsx"
    book.save(path)

    result = import_file(database, path)

    assert result.inserted == 2
    assert _attendance(database) == {"Вечер": 40, "Концерт": 300}


def test_a_merged_block_among_the_events_still_refuses_the_file(tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата", "Организаторы"])
    sheet.append(["Вечер", dt.date(2025, 3, 1), "Союз"])
    sheet.append(["Концерт", dt.date(2025, 3, 2), None])
    sheet.merge_cells("C2:C3")
    path = tmp_path / "events.xlsx"
    book.save(path)

    with pytest.raises(ImportFileError, match="C2:C3"):
        read_table(path)
