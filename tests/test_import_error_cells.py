"""A cell that shows an error value (#DIV/0!, #REF!, #N/A) is named to the clerk in every
workbook format, never turned into an empty field without a word (issue 17, import).

calamine reads an error value as an empty cell in every format; .xlsx and .ods sheets
were scanned for them, .xls and .xlsb sheets were not. The files are
tests/data/spreadsheets/error_cells.* (made by make.py): LibreOffice saved the .xlsx,
.xls and .ods copies from formulas ending in errors, and the .xlsb copy holds the same
values as error cells. Each holds E3 #DIV/0!, C4 #REF! and E5 #N/A among ordinary rows.
A row whose imported cell holds one is held back with a problem naming the column and the
error, as a formula with no saved value is: importing it would store the field empty.
Also here: .xls and .xlsb formula cells said to be read as saved values (formulas.*), and
.xlsb rich text read as its plain text (rich_text.xlsb).
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from db import messages
from db.models import Event
from desktop.cli import main
from desktop.importing import ImportFileError, guess_mapping, preview, read_table, reader
from tests.import_helpers import dump, import_file

DATA = Path(__file__).parent / "data" / "spreadsheets"
FORMATS = ("xlsx", "xls", "xlsb", "ods")
CELLS = "E3, C4, E5"


def _error_warnings(warnings: list[str]) -> list[str]:
    return [w for w in warnings if "error value" in w]


@pytest.mark.parametrize("suffix", FORMATS)
def test_error_cells_are_named_with_their_sheet(suffix) -> None:
    table = read_table(DATA / f"error_cells.{suffix}")
    found = _error_warnings(table.warnings)
    assert len(found) == 1, table.warnings
    assert f"({CELLS})" in found[0] and "'Events'" in found[0], found[0]
    assert "3 cells" in found[0], found[0]


@pytest.mark.parametrize("suffix", FORMATS)
def test_every_format_reads_the_same_rows(suffix) -> None:
    rows = [row.values for row in read_table(DATA / f"error_cells.{suffix}").iter_rows()]
    assert [r[2] for r in rows] == ["Primorsky Krai", None, None, None, "Chelyabinsk Oblast"]
    assert [r[4] for r in rows] == ["An ordinary row", None, None, None, "Şəki"]
    assert [r[1] for r in rows] == [dt.date(2025, 1, day) for day in range(4, 9)]
    assert [r[3] for r in rows] == [50, 10, 20, 30, 40]


ROW_PROBLEMS = {
    3: "E3: column Description: the cell holds the spreadsheet error #DIV/0!",
    4: "C4: column Region: the cell holds the spreadsheet error #REF!",
    5: "E5: column Description: the cell holds the spreadsheet error #N/A",
}
"""What each row with an error cell says in the preview (the clerk's way to find it)."""


@pytest.mark.parametrize("suffix", FORMATS)
def test_each_row_with_an_error_cell_says_which_column_and_error(database, suffix) -> None:
    """A row whose mapped cell holds an error value is not imported with that field empty:
    the row is held back, as a row with an unreadable value is, and says why."""
    table = read_table(DATA / f"error_cells.{suffix}")
    plan = preview(database, table, guess_mapping(table.headers))
    assert any(CELLS in w for w in _error_warnings(plan.warnings)), plan.warnings
    actions = {row.number: row.action for row in plan.rows}
    assert actions == {2: "insert", 3: "error", 4: "error", 5: "error", 6: "insert"}
    for row in plan.rows:
        shown = [str(p) for p in row.problems]
        if row.number in ROW_PROBLEMS:
            assert len(shown) == 1 and shown[0].startswith(ROW_PROBLEMS[row.number]), shown
            assert "type the value" in shown[0], shown
        else:
            assert shown == []


@pytest.mark.parametrize("suffix", ("xls", "xlsb"))
def test_only_the_rows_without_error_cells_are_stored(database, suffix) -> None:
    result = import_file(database, DATA / f"error_cells.{suffix}")
    assert (result.inserted, result.errors) == (2, 3)
    with database.sessions() as session:
        titles = set(session.scalars(select(Event.title)))
    assert titles == {"Concert", "Another ordinary row"}


def test_an_error_cell_in_a_column_not_imported_holds_nothing_back(database) -> None:
    table = read_table(DATA / "error_cells.xlsb")
    mapping = guess_mapping(table.headers)
    del mapping.columns["description"]
    plan = preview(database, table, mapping)
    assert [row.action for row in plan.rows] == ["insert", "insert", "error", "insert",
                                                 "insert"]


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_row_problem_is_translated(database, language) -> None:
    messages.set_language(language)
    table = read_table(DATA / "error_cells.xls")
    plan = preview(database, table, guess_mapping(table.headers))
    problem = str(next(row for row in plan.rows if row.number == 4).problems[0])
    assert problem.startswith("C4: ") and "#REF!" in problem and "Region" in problem
    assert "spreadsheet error" not in problem, problem


@pytest.mark.parametrize("suffix", ("xlsx", "xls", "xlsb"))
def test_formula_cells_are_said_to_be_read_as_their_saved_values(suffix) -> None:
    """.xls (FORMULA records) and .xlsb (BrtFmla* records) say so as .xlsx does."""
    table = read_table(DATA / f"formulas.{suffix}")
    said = [w for w in table.warnings if "formula" in w]
    count = {"xlsx": 2, "xls": 2, "xlsb": 5}[suffix]
    assert len(said) == 1 and said[0].startswith(f"{count} cells hold formulas"), said
    values = [row.values for row in table.iter_rows()]
    if suffix == "xlsb":  # error_cells.xlsb with its attendances as formulas
        assert [r[3] for r in values] == [50, 10, 20, 30, 40]
    else:
        assert values[0][3:] == (120, "Evening talk")


@pytest.mark.parametrize("suffix", ("xlsx", "xls", "ods"))
def test_a_formula_ending_in_an_error_counts_as_a_formula_in_every_format(suffix) -> None:
    """error_cells.xlsx, .xls and .ods hold their errors as formulas (LibreOffice saved
    them); the .xlsb copy holds plain error cells."""
    said = [w for w in read_table(DATA / f"error_cells.{suffix}").warnings if "formula" in w]
    assert len(said) == 1 and said[0].startswith("3 cells hold formulas"), said


def test_rich_text_cells_of_an_xlsb_sheet_are_read_as_their_text() -> None:
    """A shared rich string and a rich inline cell (BrtCellRString, which calamine skips):
    both read as their plain text."""
    rows = [row.values for row in read_table(DATA / "rich_text.xlsb").iter_rows()]
    assert rows[0][0] == "Concert"
    assert rows[0][4] == "An ordinary row"
    assert [r[4] for r in rows[1:]] == [None, None, None, "Şəki"]


@pytest.mark.parametrize("suffix", ("xls", "xlsb"))
def test_the_command_line_prints_the_cells(database_path, capsys, suffix) -> None:
    path = DATA / f"error_cells.{suffix}"
    assert main(["--database", str(database_path), "import", "--dry-run", str(path)]) == 0
    out = capsys.readouterr().out
    assert "warning:" in out and CELLS in out, out


@pytest.mark.parametrize("suffix", ("xls", "xlsb"))
@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_warning_is_translated(suffix, language) -> None:
    english = _error_warnings(read_table(DATA / f"error_cells.{suffix}").warnings)[0]
    messages.set_language(language)
    translated = [w for w in read_table(DATA / f"error_cells.{suffix}").warnings if CELLS in w]
    assert len(translated) == 1 and translated[0] != english, translated
    assert "error value" not in translated[0]


def test_an_xlsb_sheet_in_the_short_form_calamine_skips_is_refused(database) -> None:
    """SheetJS writes every cell after a row's first without its column; calamine reads
    such a sheet one column wide without a word, so the import refuses it."""
    before = dump(database)
    with pytest.raises(ImportFileError) as raised:
        import_file(database, DATA / "short_cells.xlsb")
    message = str(raised.value)
    assert "sheet 'Events'" in message and "cell B1" in message and ".xlsx" in message
    assert dump(database) == before


@pytest.mark.parametrize("share", [0.3, 0.6, 0.9, 0.99])
def test_an_xlsb_sheet_cut_inside_a_record_is_damaged(database, tmp_path, share) -> None:
    out = tmp_path / "cut.xlsb"
    part = "xl/worksheets/sheet1.bin"
    with zipfile.ZipFile(DATA / "error_cells.xlsb") as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, data[: int(len(data) * share)] if item.filename == part
                            else data)
    with pytest.raises(ImportFileError) as raised:
        import_file(database, out)
    message = str(raised.value)
    assert "damaged" in message and "'Events'" in message, message
    assert "buffer" not in message  # calamine's own words ("failed to fill whole buffer")


def test_merged_cells_among_the_events_of_an_xlsb_sheet_are_refused(database) -> None:
    """calamine gives no merged cells for .xlsb: the second event would lose its date."""
    before = dump(database)
    with pytest.raises(ImportFileError) as raised:
        import_file(database, DATA / "merged.xlsb")
    message = str(raised.value)
    assert "merged cells" in message and "C2:C3" in message, message
    assert dump(database) == before


def test_the_wizard_shows_the_note_on_the_row(qtbot, database) -> None:
    """The clerk sees, on the row itself, which cell holds which error (not only above)."""
    from desktop.ui.import_wizard import ImportWizard

    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(DATA / "error_cells.xlsb"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=120_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=120_000)
    table = wizard.preview_page.rows
    shown = {table.item(i, 0).text(): table.item(i, 3).text() for i in range(table.rowCount())}
    for number, problem in ROW_PROBLEMS.items():
        assert shown[str(number)].startswith(problem), shown
    assert shown["2"] == shown["6"] == ""
    # a click on the Action header brings the rows not imported together, notes with them
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 5, 5))
    rows = [(table.item(i, 0).text(), table.item(i, 1).text(), table.item(i, 3).text())
            for i in range(table.rowCount())]
    actions = [action for _number, action, _note in rows]
    assert actions == sorted(actions) and actions.count("not imported") == 3, rows
    held = [i for i, action in enumerate(actions) if action == "not imported"]
    for i in held:
        assert rows[i][2].startswith(ROW_PROBLEMS[int(rows[i][0])]), rows


def _error_row_workbook(path: Path, pad: int) -> Path:
    """Rows of ten #REF! cells; ``pad`` letters in A2 move every later byte of the sheet."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Events"
    sheet.append(["Title", "Attendance", *[f"Column {i}" for i in range(10)]])
    for number in range(200):
        title = f"Event {number}" + ("x" * pad if number == 0 else "")
        sheet.append([title, 1, *["#REF!"] * 10])  # openpyxl writes an error cell for it
    workbook.save(path)
    return path


def test_an_xlsx_error_cell_cut_by_the_read_chunk_keeps_its_error(tmp_path, monkeypatch
                                                                   ) -> None:
    """The .xlsx sheet is read a chunk at a time: a cell cut between its error type and
    its value is still named with its error when the next chunk brings the value."""
    monkeypatch.setattr(reader, "_CHUNK", 16384)
    with zipfile.ZipFile(_error_row_workbook(tmp_path / "unpadded.xlsx", 0)) as archive:
        unpadded = archive.read("xl/worksheets/sheet1.xml")
    for pad in range(500):  # each letter in A2 moves the chunk's end one byte back
        head = unpadded[: 16384 - pad]
        if head.rfind(b' t="e"') > head.rfind(b"</v>"):  # the chunk ends inside the cell
            break
    else:
        pytest.fail("no padding puts the chunk's end inside an error cell")
    path = _error_row_workbook(tmp_path / "padded.xlsx", pad)
    with zipfile.ZipFile(path) as archive:
        head = archive.read("xl/worksheets/sheet1.xml")[:16384]
    assert head.rfind(b' t="e"') > head.rfind(b"</v>"), "the chunk ends inside an error cell"
    table = read_table(path)
    assert len(table.error_cells) == 2000
    assert set(table.error_cells.values()) == {"#REF!"}
