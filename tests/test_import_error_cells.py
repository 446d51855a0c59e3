"""A cell that shows an error value (#DIV/0!, #REF!, #N/A) is named to the clerk in every
workbook format, never turned into an empty field without a word (issue 17, import).

calamine reads an error value as an empty cell in every format; .xlsx and .ods sheets
were scanned for them, .xls and .xlsb sheets were not. The files are
tests/data/spreadsheets/error_cells.* (made by make.py): LibreOffice saved the .xlsx,
.xls and .ods copies from formulas ending in errors, and the .xlsb copy holds the same
values as error cells. Each holds E3 #DIV/0!, C4 #REF! and E5 #N/A among ordinary rows.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from db import messages
from db.models import Event
from desktop.cli import main
from desktop.importing import ImportFileError, read_table
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


@pytest.mark.parametrize("suffix", ("xls", "xlsb"))
def test_the_import_says_so_before_it_stores_the_rows(database, suffix) -> None:
    from desktop.importing import guess_mapping, preview

    table = read_table(DATA / f"error_cells.{suffix}")
    plan = preview(database, table, guess_mapping(table.headers))
    assert any(CELLS in w for w in _error_warnings(plan.warnings)), plan.warnings
    result = import_file(database, DATA / f"error_cells.{suffix}")
    assert (result.inserted, result.errors) == (5, 0)
    with database.sessions() as session:
        titles = set(session.scalars(select(Event.title)))
    assert "Reference lost" in titles


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
