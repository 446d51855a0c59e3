"""The import wizard, driven like a user would on a small file (offscreen)."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook
from PySide6.QtWidgets import QComboBox
from sqlalchemy import select

from db.models import Event
from desktop.ui.import_wizard import ImportWizard


def test_the_wizard_imports_a_small_file(qtbot, database, tmp_path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Название", "Дата", "Регион", "Заметки"])
    ws.append(["Вечер памяти", dt.date(2025, 2, 26), "Приморский край", "first"])
    ws.append(["Novruz", dt.date(2025, 3, 20), "No Such Region Zzz", "second"])
    wb.save(tmp_path / "events.xlsx")

    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(tmp_path / "events.xlsx"))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    combo = wizard.findChild(QComboBox, "mapping_3")
    assert combo.currentData() is None  # "Заметки" is not a known header
    combo.setCurrentIndex(combo.findData("description"))
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.preview_page.rows.rowCount() == 2
    assert "C3: no region named" in wizard.preview_page.rows.item(1, 3).text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=10_000)
    wizard.next()
    assert "1 new events" in wizard.summary_page.text.text()
    with database.sessions() as session:
        events = session.scalars(select(Event)).all()
    assert [(e.title, e.description) for e in events] == [("Вечер памяти", "first")]


def test_a_refused_file_stays_on_the_first_page(qtbot, database, tmp_path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(bad))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "not an Excel workbook" in wizard.file_page.error.text()
