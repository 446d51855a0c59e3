"""The import wizard, driven like a user would on a small file (offscreen)."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtWidgets import QComboBox, QWizard
from sqlalchemy import select

import desktop.ui.import_wizard as import_wizard
from db.models import Event
from desktop.ui.import_wizard import ImportWizard
from tests.import_helpers import dump
from tests.test_ui_support import WorkerSignal

WAIT_MS = 120_000
"""Generous: the first preview builds the place-name index, slow on a loaded machine."""


def _small_file(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Название", "Дата", "Регион", "Заметки"])
    ws.append(["Вечер памяти", dt.date(2025, 2, 26), "Приморский край", "first"])
    ws.append(["Novruz", dt.date(2025, 3, 20), "No Such Region Zzz", "second"])
    wb.save(path)
    return path


def _to_mapping_page(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.path.setText(str(path))
    wizard.next()  # the file is read in a worker thread; the page changes when it is done
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=WAIT_MS)


def test_the_wizard_imports_a_small_file(qtbot, database, tmp_path) -> None:
    _small_file(tmp_path / "events.xlsx")

    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_mapping_page(qtbot, wizard, tmp_path / "events.xlsx")
    combo = wizard.findChild(QComboBox, "mapping_3")
    assert combo.currentData() is None  # "Заметки" is not a known header
    combo.setCurrentIndex(combo.findData("description"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=WAIT_MS)
    assert wizard.preview_page.rows.rowCount() == 2
    assert "C3: no region named" in wizard.preview_page.rows.item(1, 3).text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=WAIT_MS)
    wizard.next()
    assert "New events: 1" in wizard.summary_page.text.text()
    assert "Edit → Undo (Ctrl+Z)" in wizard.summary_page.text.text()  # not the command line
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
    qtbot.waitUntil(lambda: "not an Excel workbook" in wizard.file_page.error.text(),
                    timeout=WAIT_MS)
    assert wizard.currentPage() is wizard.file_page
    assert not wizard.file_page.busy()


def test_the_file_is_read_and_the_preview_built_off_the_gui_thread(
    qtbot, database, tmp_path, monkeypatch
) -> None:
    path = _small_file(tmp_path / "events.xlsx")
    threads: dict[str, threading.Thread] = {}
    gate = threading.Event()
    real_read, real_preview = import_wizard.read_table, import_wizard.preview

    def read_table(*args, **kwargs):
        threads["read"] = threading.current_thread()
        return real_read(*args, **kwargs)

    def preview(*args, **kwargs):
        threads["preview"] = threading.current_thread()
        gate.wait(10)  # hold the worker until the test has looked at the window
        return real_preview(*args, **kwargs)

    monkeypatch.setattr(import_wizard, "read_table", read_table)
    monkeypatch.setattr(import_wizard, "preview", preview)
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_mapping_page(qtbot, wizard, path)
    assert threads["read"] is not threading.main_thread()

    page = wizard.mapping_page
    wizard.next()
    # the preview is being built: the window answers, Next waits, progress and cancel show
    assert wizard.currentPage() is page and page.busy()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.bar.isVisible() and page.cancel_button.isVisible()
    reports: list[tuple[int, int]] = []
    page.worker.progress.connect(lambda done, total: reports.append((done, total)))
    with WorkerSignal(qtbot, page.worker.finished, WAIT_MS) as finished:
        gate.set()
    assert threads["preview"] is not threading.main_thread()
    assert finished.args[0].counts["insert"] == 1
    assert reports and reports[-1] == (2, 2)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=WAIT_MS)
    assert wizard.plan is finished.args[0]
    assert not page.bar.isVisible()


def test_cancel_while_the_preview_is_built_changes_nothing(
    qtbot, database, tmp_path, monkeypatch
) -> None:
    path = _small_file(tmp_path / "events.xlsx")
    gate = threading.Event()
    real_preview = import_wizard.preview

    def preview(*args, **kwargs):
        gate.wait(10)
        return real_preview(*args, **kwargs)

    monkeypatch.setattr(import_wizard, "preview", preview)
    before = dump(database)
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_mapping_page(qtbot, wizard, path)
    page = wizard.mapping_page
    wizard.next()
    assert page.busy()
    with WorkerSignal(qtbot, page.worker.cancelled, WAIT_MS):
        page.cancel_button.click()
        gate.set()
    qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT_MS)
    assert wizard.currentPage() is page and wizard.plan is None
    assert "nothing was changed" in page.job_status.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert dump(database) == before
    # and the preview can be asked for again
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=WAIT_MS)
    assert wizard.plan is not None and wizard.plan.count("insert") == 1


def test_closing_the_wizard_while_it_reads_stops_the_worker(qtbot, database, tmp_path,
                                                            monkeypatch) -> None:
    path = _small_file(tmp_path / "events.xlsx")
    gate = threading.Event()
    real_read = import_wizard.read_table

    def read_table(*args, **kwargs):
        gate.wait(10)
        return real_read(*args, **kwargs)

    monkeypatch.setattr(import_wizard, "read_table", read_table)
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    thread = wizard.file_page.job_thread
    assert thread is not None and thread.isRunning()
    gate.set()
    wizard.reject()
    assert not thread.isRunning()
    assert wizard.table is None


def _import_through_the_window(qtbot, window, path: Path) -> ImportWizard:
    window.import_events()
    wizard = window.findChild(ImportWizard)
    _to_mapping_page(qtbot, wizard, path)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=WAIT_MS)
    wizard.next()
    return wizard


def test_the_summary_is_shown_when_the_import_ends(qtbot, database, tmp_path) -> None:
    """Issue 11 item 12: the clerk always sees what the import did; Enter cannot skip it."""
    from PySide6.QtCore import Qt

    _small_file(tmp_path / "events.xlsx")
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_mapping_page(qtbot, wizard, tmp_path / "events.xlsx")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=WAIT_MS)
    wizard.next()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)  # an impatient Enter while it runs
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=WAIT_MS)
    assert wizard.isVisible()
    assert "New events: 1" in wizard.summary_page.text.text()


def test_ctrl_z_after_an_import_takes_the_import_back(qtbot, database, tmp_path) -> None:
    from PySide6.QtCore import Qt

    from desktop.ui.main_window import MainWindow
    from tests.test_ui_support import focus, tmp_settings

    _small_file(tmp_path / "events.xlsx")
    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    wizard = _import_through_the_window(qtbot, window, tmp_path / "events.xlsx")
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=WAIT_MS)
    wizard.accept()
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=5_000)
    assert "import" in window.undo_action.text().lower()
    focus(window.table)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.total == 0, timeout=5_000)
    with database.sessions() as session:
        assert session.scalars(select(Event).where(Event.deleted_at.is_(None))).all() == []


def test_redo_imports_again_and_undo_takes_that_back(qtbot, database, tmp_path) -> None:
    from desktop.ui.main_window import MainWindow
    from tests.test_ui_support import tmp_settings

    _small_file(tmp_path / "events.xlsx")
    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    wizard = _import_through_the_window(qtbot, window, tmp_path / "events.xlsx")
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=WAIT_MS)
    wizard.accept()
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=5_000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.model.total == 0, timeout=5_000)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=5_000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.model.total == 0, timeout=5_000)
    with database.sessions() as session:
        assert session.scalars(select(Event).where(Event.deleted_at.is_(None))).all() == []
