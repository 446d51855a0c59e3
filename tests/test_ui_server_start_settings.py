"""The settings dialog with a server's password: never on screen, yet kept, tested and
saved to the keyring as the administrator typed it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from sqlalchemy.engine import make_url

from desktop.settings import Settings, settings_path
from desktop.ui.settings_dialog import SettingsDialog
from tests.test_safety_secrets import memory_keyring  # noqa: F401  (a fixture)
from tests.test_ui_server_start import bare
from tests.test_ui_settings_dialog import make_dialog
from tests.test_ui_support import focus

PASSWORD = "s3cret-Pw"
ADDRESS = f"postgresql+psycopg://clerk:{PASSWORD}@db.office.example:5432/events"


def on_screen(dialog: SettingsDialog) -> str:
    """Every text the dialog shows in clear: labels, and the fields that are not masked."""
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    shown += [
        field.text()
        for field in dialog.findChildren(QLineEdit)
        if field.isVisible() and field.echoMode() == QLineEdit.EchoMode.Normal
    ]
    shown += [field.toolTip() for field in dialog.findChildren(QLineEdit)]
    return "\n".join(shown)


def test_a_saved_password_is_not_shown(qtbot, memory_keyring) -> None:  # noqa: F811
    Settings(database=ADDRESS).save()
    dialog = make_dialog(qtbot)
    assert PASSWORD not in on_screen(dialog)
    assert dialog.location.text() == ADDRESS.replace(f":{PASSWORD}", "")
    assert dialog.password.isVisible()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.values().database == ADDRESS, "the keyring's password is kept"


def test_a_password_typed_in_the_address_moves_to_the_masked_field(
    qtbot,
    memory_keyring,  # noqa: F811
) -> None:
    """An administrator pastes the whole address: once they leave the field, the password
    is no longer in clear text, and it is saved (to the keyring)."""
    dialog = make_dialog(qtbot)
    focus(dialog.location)
    qtbot.keyClicks(dialog.location, ADDRESS)
    qtbot.keyClick(dialog.location, Qt.Key.Key_Tab)
    assert PASSWORD not in on_screen(dialog)
    assert dialog.password.text() == PASSWORD
    dialog.save()
    assert PASSWORD not in settings_path().read_text(encoding="utf-8")
    assert PASSWORD in memory_keyring.store.values()
    assert Settings.load().database == ADDRESS


def test_the_password_field_is_only_for_a_server(qtbot, tmp_path) -> None:
    dialog = make_dialog(qtbot)
    dialog.location.setText(str(tmp_path / "office.sqlite"))
    assert not dialog.password.isVisible()
    dialog.location.setText(ADDRESS.replace(f":{PASSWORD}", ""))
    assert dialog.password.isVisible()


def test_a_password_is_kept_while_the_address_is_changed(qtbot, tmp_path) -> None:
    """Typed, then the address changed to a file and back: the password is still there."""
    dialog = make_dialog(qtbot)
    server = ADDRESS.replace(f":{PASSWORD}", "")
    dialog.location.setText(server)
    dialog.password.setText(PASSWORD)
    dialog.location.setText(str(tmp_path / "office.sqlite"))
    assert dialog.values().database == str(tmp_path / "office.sqlite")
    dialog.location.setText(server)
    assert dialog.values().database == ADDRESS


def run_test(qtbot, dialog: SettingsDialog) -> str:
    dialog.test_button.click()
    qtbot.waitUntil(lambda: not dialog.is_testing(), timeout=30_000)
    return dialog.result_label.text()


def test_the_connection_is_tested_with_the_typed_password(qtbot, postgres_url: str) -> None:
    dialog = make_dialog(qtbot)
    dialog.location.setText(bare(postgres_url))
    dialog.password.setText("not-the-password")
    assert "did not accept" in run_test(qtbot, dialog)
    dialog.password.setText(make_url(postgres_url).password)
    message = run_test(qtbot, dialog)
    assert message.startswith("Connected")
    assert make_url(postgres_url).password not in on_screen(dialog)


def test_a_saved_address_with_its_keyring_password_connects(
    qtbot,
    postgres_url: str,
    memory_keyring,  # noqa: F811
) -> None:
    Settings(database=postgres_url).save()
    dialog = make_dialog(qtbot)
    assert run_test(qtbot, dialog).startswith("Connected")
    assert make_url(postgres_url).password not in on_screen(dialog)
