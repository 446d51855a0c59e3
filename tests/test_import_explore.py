"""The import wizard as a Russian- or Azerbaijani-speaking clerk uses it on an office's file.

Seen: the "Field" choices of the columns page were English ("Title", "Start date") in a
Russian window; the preview suggested an English region name ("did you mean «Republic of
Tatarstan»?") to a Russian clerk; a date cell written as a span of days ("с 3 по 5 марта
2025") held its row back as "not a date", so the clerk retyped one day and lost the other.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.models import Event
from desktop.importing.mapping import FIELDS
from desktop.ui.import_wizard import ImportWizard

WAIT_MS = 120_000
"""Generous: the first preview builds the place-name index, slow on a loaded machine."""


def _office_file(path: Path, rows: list[list[object]]) -> Path:
    """A sheet as an office sends it: a merged caption above Russian headers."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Отчёт о мероприятиях"])
    sheet.merge_cells("A1:D1")
    sheet.append(["Название", "Дата", "Регион", "Организаторы"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _wizard(qtbot, database, path: Path) -> ImportWizard:
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=WAIT_MS)
    return wizard


def _to_preview(qtbot, wizard: ImportWizard) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=WAIT_MS)


def _row_text(wizard: ImportWizard, number: int) -> tuple[str, str]:
    """The action and the notes the preview shows for sheet row ``number``."""
    table = wizard.preview_page.rows
    for index in range(table.rowCount()):
        if table.item(index, 0).text() == str(number):
            return table.item(index, 1).text(), table.item(index, 3).text()
    raise AssertionError(f"row {number} is not in the preview")


SAME_WORD = {"ru": set(), "az": {"Region", "Status"}}
"""Field names Azerbaijani writes as English does."""


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_field_choices_are_in_the_clerks_language(
    qtbot, database, tmp_path, interface_language, language
) -> None:
    interface_language(language)
    path = _office_file(tmp_path / "events.xlsx", [["Вечер", "26.02.2025", None, None]])
    wizard = _wizard(qtbot, database, path)

    combo = wizard.mapping_page.combos[0]
    assert combo.currentData() == "title"
    shown = {combo.itemText(index) for index in range(combo.count())}
    english = set(FIELDS.values()) - SAME_WORD[language]
    assert not shown & english, f"English field names in a {language} window"


def test_a_suggested_region_is_named_in_the_clerks_language(
    qtbot, database, tmp_path, interface_language
) -> None:
    interface_language("ru")
    path = _office_file(tmp_path / "events.xlsx",
                        [["Вечер", "26.02.2025", "Республика Татарстанн", None]])
    wizard = _wizard(qtbot, database, path)
    _to_preview(qtbot, wizard)

    _action, notes = _row_text(wizard, 3)
    assert "Республика Татарстанн" in notes  # a typo: suggested, not guessed
    assert "Republic" not in notes
    assert "Татарстан»?" in notes  # the suggestion itself, in Russian


@pytest.mark.parametrize("written", ["с 3 по 5 марта 2025", "3-5 марта 2025",
                                     "03.03.2025 – 05.03.2025"])
def test_a_span_of_days_in_the_date_cell_imports_as_start_and_end(
    qtbot, database, tmp_path, interface_language, written
) -> None:
    interface_language("ru")
    path = _office_file(tmp_path / "events.xlsx", [["Фестиваль", written, None, None]])
    wizard = _wizard(qtbot, database, path)
    _to_preview(qtbot, wizard)

    action, notes = _row_text(wizard, 3)
    assert action == "новое"
    assert notes.startswith("B3:") and written in notes  # both days shown before saving
    assert "3 марта 2025" in notes and "5 марта 2025" in notes
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=WAIT_MS)
    with database.sessions() as session:
        event = session.scalars(select(Event)).one()
    assert (event.start_date, event.end_date) == (dt.date(2025, 3, 3), dt.date(2025, 3, 5))


def test_a_span_with_an_end_date_beside_it_is_still_held_back(
    qtbot, database, tmp_path, interface_language
) -> None:
    """Two end dates for one event: which one the clerk meant is not known."""
    interface_language("ru")
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата", "Дата окончания"])
    sheet.append(["Фестиваль", "с 3 по 5 марта 2025", "06.03.2025"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    wizard = _wizard(qtbot, database, path)
    _to_preview(qtbot, wizard)

    action, notes = _row_text(wizard, 2)
    assert action == "не импортируется"
    assert "B2:" in notes
