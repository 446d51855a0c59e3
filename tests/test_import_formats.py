"""Old Excel (.xls) and OpenDocument (.ods) workbooks import like .xlsx (issue 17).

The files in tests/data/spreadsheets were written by LibreOffice from workbooks openpyxl
made (tests/data/spreadsheets/make.py); where soffice is installed, one test converts a
fresh workbook again, so the committed copies are not the only ones read.
"""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Event
from desktop.cli import main
from desktop.importing import ImportFileError, Limits, read_table
from tests.data.spreadsheets import make
from tests.import_helpers import dump, import_file

DATA = Path(__file__).parent / "data" / "spreadsheets"
FORMATS = ("xls", "ods")


def _cells(path: Path) -> list[list[object]]:
    table = read_table(path)
    return [list(table.headers), *(list(row.values) for row in table.iter_rows())]


def _typed(rows: list[list[object]]) -> list[list[tuple[type, object]]]:
    """Each value with its type: 120 and 120.0 compare equal, but only one is an int."""
    return [[(type(v), v) for v in row] for row in rows]


def _refused(database, path: Path, words: str, **kwargs) -> str:
    before = dump(database)
    with pytest.raises(ImportFileError) as raised:
        import_file(database, path) if not kwargs else read_table(path, **kwargs)
    message = str(raised.value)
    assert words.lower() in message.lower(), message
    assert "Traceback" not in message
    assert dump(database) == before
    return message


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_workbook_reads_as_its_xlsx_source_does(tmp_path, suffix) -> None:
    source = make.events(tmp_path / "events.xlsx")
    read = _cells(DATA / f"events.{suffix}")
    assert _typed(read) == _typed(_cells(source))
    assert read[1][1] == dt.date(2025, 2, 26) and type(read[1][3]) is int
    assert read[3][1] == "2025-04-01"  # a date typed as text stays text


@pytest.mark.parametrize("suffix", FORMATS)
def test_its_events_are_imported(database, suffix) -> None:
    result = import_file(database, DATA / f"events.{suffix}")
    assert (result.inserted, result.errors) == (3, 0)
    with database.sessions() as session:
        stored = {e.title: (e.start_date, e.attendance)
                  for e in session.scalars(select(Event))}
    assert stored == {
        "Вечер памяти": (dt.date(2025, 2, 26), 120),
        "Qonaqlıq": (dt.date(2024, 12, 31), 45),
        "A date typed as text": (dt.date(2025, 4, 1), 3000),
    }


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is needed")
@pytest.mark.slow  # a LibreOffice start: `make test` and CI, not `make check`
@pytest.mark.parametrize("suffix", FORMATS)
def test_a_file_libreoffice_writes_now(tmp_path, suffix) -> None:
    source = make.events(tmp_path / "fresh.xlsx")
    converted = make.convert(source, suffix, tmp_path)
    assert _typed(_cells(converted)) == _typed(_cells(source))


def test_error_cells_of_an_ods_sheet_are_named(database) -> None:
    table = read_table(DATA / "errors.ods")
    assert any("E2, E3" in w and "error value" in w for w in table.warnings), table.warnings


@pytest.mark.parametrize("suffix", FORMATS)
def test_merged_cells_among_the_events_are_refused(database, suffix) -> None:
    message = _refused(database, DATA / f"merged.{suffix}", "merged cells")
    assert "B2:B3" in message


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_password_protected_file_is_a_clear_message(database, suffix) -> None:
    _refused(database, DATA / f"password.{suffix}", "protected with a password")


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("share", [0.5, 0.9])
def test_a_cut_off_file_is_damaged(database, tmp_path, suffix, share) -> None:
    data = (DATA / f"events.{suffix}").read_bytes()
    cut = tmp_path / f"cut.{suffix}"
    cut.write_bytes(data[: int(len(data) * share)])
    message = _refused(database, cut, "damaged")
    assert "out of range" not in message and "EOCD" not in message  # no library words


def _ods_with_content(tmp_path: Path, change) -> Path:
    """events.ods with its content.xml changed by ``change`` (bytes -> bytes)."""
    out = tmp_path / "changed.ods"
    with zipfile.ZipFile(DATA / "events.ods") as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, change(data) if item.filename == "content.xml" else data)
    return out


def _repeat_last_event(content: bytes) -> bytes:
    """The sheet's last row, repeated a million times: a few bytes of XML."""
    at = content.rindex(b"<table:table-row", 0, content.index(b"A date typed as text"))
    return content[:at + 16] + b' table:number-rows-repeated="1000000"' + content[at + 16:]


def test_ods_rows_repeated_past_the_cap_are_refused_before_loading(
        database, tmp_path, monkeypatch) -> None:
    import desktop.importing.reader as reader

    path = _ods_with_content(tmp_path, _repeat_last_event)
    monkeypatch.setattr(reader, "_load", lambda *args: pytest.fail("the sheet was loaded"))
    _refused(database, path, "one import reads at most 2,000 rows", limits=Limits(max_rows=2000))


def test_ods_cells_repeated_past_the_column_cap_are_refused(database, tmp_path) -> None:
    def change(content: bytes) -> bytes:
        return content.replace(b'office:value-type="float"',
                               b'table:number-columns-repeated="16000" office:value-type="float"',
                               1)
    path = _ods_with_content(tmp_path, change)
    _refused(database, path, "at most 256 columns")


def test_an_ods_sheet_cut_inside_is_damaged(database, tmp_path) -> None:
    path = _ods_with_content(tmp_path, lambda content: content[: len(content) // 2])
    _refused(database, path, "damaged")


def test_too_many_sheets_in_an_ods_file(database) -> None:
    _refused(database, DATA / "events.ods", "2 sheets", limits=Limits(max_sheets=1))


@pytest.mark.parametrize("suffix", FORMATS)
def test_the_command_line_imports_it(database_path, capsys, suffix) -> None:
    assert main(["--database", str(database_path), "import", str(DATA / f"events.{suffix}")]) == 0
    assert "Imported: 3 new" in capsys.readouterr().out


def test_the_wizard_offers_them(qtbot, database, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.import_wizard import ImportWizard

    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args: (offered.append(args[3]), ("", ""))[1])
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.file_page._browse()
    patterns = offered[0].split("(")[1].rstrip(")").split()
    assert {"*.xlsx", "*.xls", "*.xlsb", "*.ods", "*.csv"} <= set(patterns)
