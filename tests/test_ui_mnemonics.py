"""Issue 11 item 9: no Alt+letter leads to two places in any window, in any language."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabBar,
    QWidget,
)

from desktop.ui import i18n
from tests.test_ui_support import tmp_settings

MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return i18n.casefold(found.group(1)) if found else None


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt letters of the window: buddied labels, buttons, group boxes, tabs, menus."""
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        buddied = isinstance(widget, QLabel) and widget.buddy() is not None
        if buddied or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
    if isinstance(window, QMainWindow):
        texts.extend(action.text() for action in window.menuBar().actions())
    found: dict[str, list[str]] = {}
    for text in texts:
        key = letter(text)
        if key:
            found.setdefault(key, []).append(text)
    return found


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: texts for key, texts in mnemonics(window).items() if len(texts) > 1}


def _windows(database, tmp_path) -> dict[str, Callable[[], QWidget]]:
    from db.event_store import EventInput
    from desktop.ui.backup_dialog import BackupDialog
    from desktop.ui.conflict_dialog import ConflictDialog
    from desktop.ui.dialogs import ShortcutsDialog, TrashDialog
    from desktop.ui.drafts_dialog import DraftsDialog
    from desktop.ui.event_form import EventForm
    from desktop.ui.extract_dialog import ExtractDialog
    from desktop.ui.import_wizard import ImportWizard
    from desktop.ui.main_window import MainWindow
    from desktop.ui.merge_dialog import MergeDialog
    from desktop.ui.reference_lists import SPECS, RecordDialog, ReferenceListsDialog
    from desktop.ui.report_dialog import ReportDialog
    from desktop.ui.settings_dialog import SettingsDialog

    windows: dict[str, Callable[[], QWidget]] = {
        "main window": lambda: MainWindow(database, tmp_settings(tmp_path)),
        "event form": lambda: EventForm(database),
        "shortcuts": ShortcutsDialog,
        "trash": lambda: TrashDialog(database),
        "extract": lambda: ExtractDialog(database),
        "drafts": lambda: DraftsDialog([]),
        "import": lambda: ImportWizard(database),
        "merge": lambda: MergeDialog(database),
        "report": lambda: ReportDialog(database),
        "settings": lambda: SettingsDialog(database),
        "reference lists": lambda: ReferenceListsDialog(database),
        "backups": lambda: BackupDialog(tmp_path / "x.sqlite", lambda: None, lambda: None),
        "conflict": lambda: ConflictDialog(
            EventInput(title="a"), EventInput(title="b"), "someone"
        ),
    }
    for spec in SPECS:
        windows[f"{spec.kind} record"] = lambda spec=spec: RecordDialog(database, spec)
    return windows


@pytest.fixture(params=["en", "ru", "az"])
def language(request, qapp):
    i18n.set_language(request.param)
    i18n.install_translators(QApplication.instance(), request.param)
    yield request.param
    i18n.set_language("en")
    i18n.install_translators(QApplication.instance(), "en")


def test_no_alt_letter_clashes_in_any_window(qtbot, database, tmp_path, language, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    found = {}
    for name, make in _windows(database, tmp_path).items():
        window = make()
        qtbot.addWidget(window)
        window.show()
        if clash := clashes(window):
            found[name] = clash
        window.close()
    assert found == {}, f"Alt letters used twice ({language}): {found}"


def test_the_check_sees_a_clash(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("&Name", window)
    label.setBuddy(QLineEdit(window))
    QPushButton("Save and &new", window)
    assert clashes(window) == {"n": ["&Name", "Save and &new"]}
