"""Reports the clerk opens for extraction, as offices save them: every Unicode form and code
page read as written, and a file that is not a report (or is not there) refused in words
that say what to do, never a library's or the system's raw message."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.extraction import read_document
from desktop.extraction.document import DocumentError

RUSSIAN = (
    "Вечер памяти прошёл в Самаре.\nОрганизатор — общество «Очаг», выступил его "
    "председатель. Собравшиеся почтили память погибших минутой молчания.\n"
)
GERMAN = (
    "Der Verein für Kultur lud zu einem Abend in Köln ein. Über hundert Gäste hörten "
    "Grußworte und Lieder; die Ausstellung läuft bis März.\n"
)
AZERBAIJANI_TURKISH_LETTERS = (
    "Gürcüstanda yaşayan soydaşlarımız Novruz bayramını qeyd ediblər. Tədbirdə çıxış "
    "edən İcma sədri Şirin Ağayev gənclərə uğurlar arzulayıb.\n"
)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RUSSIAN, "utf-16"),  # Notepad's "Unicode"
        ("\ufeff" + RUSSIAN, "utf-16-be"),  # Notepad's "Unicode big endian"
        (RUSSIAN, "utf-8"),
        (RUSSIAN, "cp1251"),
        (GERMAN, "cp1252"),
        (AZERBAIJANI_TURKISH_LETTERS, "utf-8-sig"),
    ],
)
def test_a_text_file_is_read_in_the_encoding_it_was_saved_in(
    tmp_path: Path, text: str, encoding: str
) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding))
    assert read_document(path) == text.removeprefix("\ufeff")


def test_an_html_page_in_a_code_page_is_read_as_its_letters(tmp_path: Path) -> None:
    page = tmp_path / "news.html"
    markup = (
        '<html><head><meta charset="windows-1251"><title>Новости</title></head>'
        f"<body><p>{RUSSIAN}</p></body></html>"
    )
    page.write_bytes(markup.encode("cp1251"))
    assert "общество «Очаг»" in read_document(page)


def _ole_file(path: Path) -> None:
    """The first bytes of a Word 97-2003 document (an OLE compound file)."""
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504))


@pytest.mark.parametrize(
    ("name", "make", "advice"),
    [
        ("old.doc", _ole_file, ".docx"),
        ("scan.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), ".txt"),
        ("letter.rtf", lambda p: p.write_bytes(rb"{\rtf1\ansi\deff0 {\fonttbl} Hello}"), ".docx"),
        ("table.xlsx", lambda p: _zip(p, {"xl/workbook.xml": "<workbook/>"}), ".docx"),
        ("broken.docx", lambda p: p.write_bytes(b"PK\x03\x04 cut short"), ".docx"),
        ("picture.png", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64)), ".txt"),
    ],
)
def test_a_file_that_is_not_a_readable_report_is_refused_with_advice(
    tmp_path: Path, name: str, make, advice: str
) -> None:
    path = tmp_path / name
    make(path)
    with pytest.raises(DocumentError) as refused:
        read_document(path)
    message = str(refused.value)
    assert name in message and advice in message
    assert "Errno" not in message and "zip" not in message.casefold()


def _zip(path: Path, parts: dict[str, str]) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)


@pytest.mark.parametrize("where", ["missing", "folder"])
def test_a_missing_file_or_a_folder_is_named_plainly(tmp_path: Path, where: str) -> None:
    path = tmp_path / "report.txt" if where == "missing" else tmp_path
    with pytest.raises(DocumentError) as refused:
        read_document(path)
    message = str(refused.value)
    assert "Errno" not in message and str(path) in message
    assert ("no file" in message) if where == "missing" else ("folder" in message)


def test_the_command_line_says_it_in_the_clerks_language(
    database_path: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "нет.txt"
    # a copy of a new data set: making one in the process ran every migration (seconds)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--language", "az", "--database",
         str(database_path), "extract", str(missing)],
        capture_output=True, text=True, timeout=120,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
             "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "data")},
    )
    assert done.returncode != 0
    assert "Errno" not in done.stderr and "Traceback" not in done.stderr
    assert str(missing) in done.stderr


def test_the_window_shows_the_advice_and_keeps_what_was_pasted(qtbot, database, tmp_path) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.ui.extract_dialog import ExtractDialog

    old = tmp_path / "old.doc"
    _ole_file(old)
    dialog = ExtractDialog(database)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(RUSSIAN)
    shown: list[str] = []
    tries = iter(range(100))  # none within 2 s: the test fails below, the polling ends

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            qtbot.keyClick(box, Qt.Key.Key_Return)
        elif next(tries, None) is not None:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    dialog.load_file(old)
    assert shown and "old.doc" in shown[0] and ".docx" in shown[0]
    assert "Errno" not in shown[0]
    assert dialog.text.toPlainText() == RUSSIAN  # the pasted report is not replaced
