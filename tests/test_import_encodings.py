"""CSV files in the encodings offices really send: the text comes back as it was written."""

from __future__ import annotations

import pytest

from desktop.importing import read_table
from desktop.importing.errors import ImportFileError
from desktop.importing.parse import parse_int

AZERBAIJANI = (
    "Başlıq;Tarix;Şəhər;İştirakçı\n"
    "Novruz bayramı qeyd olundu;20.03.2025;Bakı;120\n"
    "Şuşa günü, şeir axşamı;08.05.2025;Ağdaş;45\n"
    "Gənclər üçün görüş;12.06.2025;Gəncə;30\n"
).replace("ə", "e")  # Windows-1254 has no schwa: offices type "e" in such files
GERMAN = (
    "Titel;Datum;Stadt\n"
    "Gedenkfeier für die Opfer;26.02.2025;Köln\n"
    "Frühlingsfest der Gemeinde;20.03.2025;Düsseldorf\n"
)
RUSSIAN = (
    "Название;Дата;Регион\n"
    "Вечер памяти;26.02.2025;Приморский край\n"
    "Праздник Новруз;20.03.2025;Челябинская область\n"
)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (AZERBAIJANI, "cp1254"),
        (AZERBAIJANI, "utf-8"),
        (GERMAN, "cp1252"),
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "utf-8-sig"),
        (RUSSIAN.replace(";", "\t"), "utf-16"),  # Excel's "Unicode Text"
    ],
)
def test_csv_text_reads_back_as_written(tmp_path, text: str, encoding: str) -> None:
    path = tmp_path / "events.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    expected = [line.replace("\t", ";").split(";") for line in text.splitlines()]
    assert list(table.headers) == expected[0]
    assert [list(row.values) for row in table.rows] == expected[1:]


def test_a_binary_file_named_csv_is_refused_with_a_message(tmp_path) -> None:
    path = tmp_path / "events.csv"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ImportFileError, match=r"events\.csv"):
        read_table(path)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("1 200", 1200), ("1,200", 1200), ("1.200", 1200), ("300", 300)],
)
def test_attendance_reads_the_ways_people_write_numbers(typed: str, expected: int) -> None:
    assert parse_int(typed) == (expected, None)


@pytest.mark.parametrize("typed", ["3.5", "3,5", "12.75"])
def test_a_fraction_is_not_read_as_a_bigger_whole_number(typed: str) -> None:
    value, problem = parse_int(typed)
    assert value is None and problem


def test_a_date_that_reads_either_way_is_noted_not_guessed_silently(database, tmp_path) -> None:
    """Issue 18 item 14: "03/04/2025" is read day first (as the offices write), and the
    preview says so on its row, naming the other reading."""
    from desktop.importing import guess_mapping, preview

    path = tmp_path / "events.csv"
    path.write_text(
        "Title;Date\nEvening;03/04/2025\nMatinee;25/04/2025\n", encoding="utf-8"
    )
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))
    ambiguous, clear = plan.rows
    assert ambiguous.data is None or ambiguous.resolved is not None
    assert any("3 April 2025" in note and "4 March" in note for note in ambiguous.notes)
    assert not clear.notes


EXCEL_QUOTED = [
    ["Название", "Дата", "Организаторы"],
    ["Новруз", "20.03.2024", 'Общество "Азери"'],
    ["Вечер памяти", "21.03.2024", "АНКА; ВАК"],
    ["Концерт\nи выставка", "22.03.2024", "Общество"],  # lines within a cell
]


@pytest.mark.parametrize(
    ("delimiter", "encoding"), [(";", "cp1251"), (";", "utf-8-sig"), (",", "utf-8"),
                                ("\t", "utf-16")]
)
def test_cells_excel_quotes_read_back_as_written(tmp_path, delimiter, encoding) -> None:
    """Excel quotes a cell holding the separator or a quote, and doubles the quotes
    inside it: read back as typed. The doubled quotes were kept doubled, a separator
    inside a cell left the file without a header, and a cell's lines were run together."""
    import csv

    path = tmp_path / "events.csv"
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(EXCEL_QUOTED)
    table = read_table(path)
    assert list(table.headers) == EXCEL_QUOTED[0]
    assert [list(row.values) for row in table.rows] == EXCEL_QUOTED[1:]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Ad;Tarix;Şeher;Teşkilatçı\nŞuşa günü;08.05.2024;Şuşa;Qarabağ İcması\n", "cp1254"),
        ("Title;Date;City;Organizers\nNovruz;20.03.2024;Moscow;Общество Азери\n", "cp1251"),
    ],
)
def test_a_short_file_in_a_code_page_reads_back_and_says_how_it_was_read(
    tmp_path, text, encoding
) -> None:
    """Two lines leave a detector little to go on: these came back as "Þuþa günü" and
    "Îáùåñòâî Àçåðè", with no word. The reading that makes the header's columns known
    wins; and the preview names the code page, so a clerk who sees wrong letters knows why."""
    path = tmp_path / "events.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    expected = [line.split(";") for line in text.splitlines()]
    assert [list(table.headers), *[list(row.values) for row in table.rows]] == expected
    assert any("CSV UTF-8" in warning for warning in table.warnings)
