"""Backups from the GUI: make one, restore one (after a confirmation), data comes back."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from db.event_store import EventStore
from db.queries import EventFilter, count_events
from desktop.sample import sample_inputs
from desktop.ui.main_window import MainWindow


def test_backup_and_restore_from_the_window(qtbot, database, database_path, monkeypatch) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    with database.sessions.begin() as session:
        EventStore(session).save(sample_inputs()[0])
    window.reload()
    window.show_backups()
    dialog = next(w for w in window.children() if w.objectName() == "backup_dialog")
    before = dialog.table.rowCount()
    assert dialog.back_up_now() is not None
    assert dialog.table.rowCount() == before + 1

    with database.sessions.begin() as session:  # more work after the backup
        EventStore(session).save(sample_inputs()[1])
    window.reload()
    assert window.model.rowCount() == 2

    asked: list[str] = []

    def no(_parent, _title, text, *_rest, **_options):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    dialog.table.selectRow(0)
    assert not dialog.restore_selected()
    # the clerk is told what the restore replaces: one event entered since the backup
    assert "Events entered or changed since then: 1." in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.restore_selected()
    assert window.model.rowCount() == 1
    with database.sessions() as session:
        assert count_events(session, EventFilter()) == 1
    reasons = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "before a restore" in reasons, "what was replaced is kept"
    kept = dialog.backups[reasons.index("before a restore")].path
    assert str(kept) in dialog.status.text(), "the dialog says where"


def test_file_menu_opens_import_merge_and_template(qtbot, database, tmp_path, monkeypatch) -> None:
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    window = MainWindow(database)
    qtbot.addWidget(window)
    names = {a.objectName() for a in window.findChildren(type(window.import_action))}
    assert {"action_import", "action_template", "action_merge", "action_backups"} <= names
    window.import_events()
    assert any(w.objectName() == "importWizard" for w in window.children())
    window.merge_office()
    assert any(w.objectName() == "merge_dialog" for w in window.children())
    target = tmp_path / "template.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save_template() == target
    assert "Instructions" in openpyxl.load_workbook(target).sheetnames


def test_reference_lists_go_out_and_come_back_from_the_menu(
    qtbot, database, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = MainWindow(database)
    qtbot.addWidget(window)
    target = tmp_path / "lists.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.export_reference_lists() == target and target.stat().st_size > 10_000
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.import_reference_lists()
    qtbot.waitUntil(lambda: window.import_reference_action.isEnabled(), timeout=120_000)
    assert "Reference lists imported: 0 records" in window.statusBar().currentMessage()


def test_a_damaged_file_is_reported_after_the_window_opens(
    qtbot, database, database_path, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "critical",
        lambda _parent, _title, text, *_a: shown.append(text) or QMessageBox.StandardButton.Close,
    )
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.check_integrity()
    qtbot.waitUntil(lambda: window._integrity_job[0].isFinished(), timeout=20_000)
    assert shown == [] and window.integrity_warning is None

    data = bytearray(database_path.read_bytes())
    for page in range(2, 30):
        data[page * 4096 : page * 4096 + 32] = b"\xde\xad" * 16
    database.dispose()
    database_path.write_bytes(bytes(data))
    window.check_integrity()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "failed its integrity check" in shown[0]
