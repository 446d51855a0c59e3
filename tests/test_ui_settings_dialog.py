"""The settings dialog: language and data set saved to desktop.settings, connection test."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from desktop.settings import Settings
from desktop.ui.main_window import MainWindow
from desktop.ui.settings_dialog import SettingsDialog, check_database
from tests.test_ui_support import tmp_settings


def make_dialog(qtbot, database=None) -> SettingsDialog:
    dialog = SettingsDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def run_test(qtbot, dialog: SettingsDialog, text: str) -> str:
    dialog.location.setText(text)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: not dialog.is_testing(), timeout=30_000)
    return dialog.result_label.text()


def test_saving_stores_language_and_database_for_the_next_start(qtbot, database, tmp_path):
    dialog = make_dialog(qtbot, database)
    assert dialog.current.text() == database.display_name
    assert dialog.language.currentData() is None  # first start: as the system
    dialog.language.setCurrentIndex(dialog.language.findData("az"))
    dialog.location.setText(str(tmp_path / "office.sqlite"))
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    saved = Settings.load()
    assert saved.language == "az"
    assert saved.database == str(tmp_path / "office.sqlite")

    again = make_dialog(qtbot, database)
    assert again.language.currentData() == "az"
    assert again.location.text() == str(tmp_path / "office.sqlite")
    again.location.clear()
    again.language.setCurrentIndex(0)
    again.save()
    assert Settings.load() == Settings(database=None, language=None)


def test_connection_test_reports_in_words(qtbot, database, database_path, tmp_path):
    dialog = make_dialog(qtbot, database)
    assert "Connected" in run_test(qtbot, dialog, str(database_path))

    new_file = tmp_path / "new.sqlite"
    assert "does not exist yet" in run_test(qtbot, dialog, str(new_file))
    assert not new_file.exists(), "a test must not create the file"

    text_file = tmp_path / "notes.sqlite"
    text_file.write_text("not a database at all " * 100)
    message = run_test(qtbot, dialog, str(text_file))
    assert message.startswith("Could not open it:")
    assert "Traceback" not in message

    message = run_test(qtbot, dialog, "postgresql+psycopg://nobody:secret@127.0.0.1:1/events")
    assert message.startswith("Could not open it:")
    assert "Traceback" not in message and "secret" not in message

    message = run_test(qtbot, dialog, str(tmp_path / "no-such-folder" / "x.sqlite"))
    assert "does not exist" in message and message.startswith("Could not open it:")


def test_check_database_counts_events(database_path):
    assert check_database(str(database_path)) == ("ok", 0)


def test_main_window_opens_settings_with_ctrl_comma(qtbot, database, tmp_path):
    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    assert window.settings_action.shortcut() == QKeySequence("Ctrl+,")
    dialog = window.show_settings()
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    dialog.save()
    assert "restart" in window.statusBar().currentMessage()
