"""The columns page of the import wizard driven with the keyboard only.

Seen: Tab cycled between the mapping table and its field combo boxes and never reached
"Save mapping…" or Next; only the Alt mnemonic moved on.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWizard

from desktop.ui.import_wizard import ImportWizard

WAIT_MS = 120_000
"""Generous: reading the file runs in a worker on a loaded machine."""


def _file(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата", "Регион", "Заметки"])
    sheet.append(["Вечер памяти", dt.date(2025, 2, 26), "Приморский край", "first"])
    book.save(path)
    return path


def _mapping_page(qtbot, database, tmp_path: Path) -> ImportWizard:
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.file_page.path.setText(str(_file(tmp_path / "events.xlsx")))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=WAIT_MS)
    return wizard


def _tab_through(qtbot, start: QWidget, presses: int, key=Qt.Key.Key_Tab) -> list[QWidget]:
    """The widgets that hold the focus after each of ``presses`` key presses."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    visited = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), key)
        visited.append(QApplication.focusWidget())
    return visited


def test_tab_reaches_every_field_then_leaves_the_table(qtbot, database, tmp_path) -> None:
    wizard = _mapping_page(qtbot, database, tmp_path)
    page = wizard.mapping_page
    save = page.findChild(QPushButton, "importSaveMapping")
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    visited = _tab_through(qtbot, page.grid, 30)

    assert visited[:len(page.combos)] == page.combos  # every field, in row order
    assert visited[len(page.combos)] is save  # Tab from the last field leaves the table
    assert next_button in visited


def test_shift_tab_walks_the_fields_back(qtbot, database, tmp_path) -> None:
    wizard = _mapping_page(qtbot, database, tmp_path)
    page = wizard.mapping_page
    save = page.findChild(QPushButton, "importSaveMapping")

    visited = _tab_through(qtbot, save, len(page.combos), Qt.Key.Key_Backtab)

    assert visited == page.combos[::-1]


def test_a_loaded_mapping_keeps_the_fields_in_the_tab_order(qtbot, database, tmp_path) -> None:
    wizard = _mapping_page(qtbot, database, tmp_path)
    page = wizard.mapping_page
    table = wizard.table
    assert table is not None
    page._show(page.mapping(), table)  # what "Load mapping…" does with a file
    save = page.findChild(QPushButton, "importSaveMapping")

    visited = _tab_through(qtbot, page.grid, len(page.combos) + 1)

    assert visited == [*page.combos, save]
