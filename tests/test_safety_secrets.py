"""Issue 18 item 9: the database password lives in the system keyring, never in the
settings file; settings, data and backups are the user's alone; exports get the usual
permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.settings import Settings, settings_path

URL = "postgresql+psycopg://clerk:s3cret-Pw@db.office.example:5432/events"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def memory_keyring():
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    backend = Memory()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_the_password_goes_to_the_keyring_not_the_file(memory_keyring) -> None:
    notice = Settings(database=URL).save()
    text = settings_path().read_text(encoding="utf-8")
    assert "s3cret-Pw" not in text and "db.office.example" in text
    assert "s3cret-Pw" in memory_keyring.store.values()
    assert notice is None
    assert Settings.load().database == URL


def test_without_a_keyring_the_url_is_kept_without_its_password(monkeypatch) -> None:
    keyring = pytest.importorskip("keyring")
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        notice = Settings(database=URL).save()
    finally:
        keyring.set_keyring(previous)
    assert "s3cret-Pw" not in settings_path().read_text(encoding="utf-8")
    assert notice is not None and "password" in notice
    assert Settings.load().database == URL.replace(":s3cret-Pw", "")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_settings_data_and_backups_are_the_users_alone(tmp_path: Path) -> None:
    from db.backup import backup_dir, make_backup
    from db.engine import open_database

    Settings(database=str(tmp_path / "office" / "events.sqlite")).save()
    assert _mode(settings_path()) == 0o600
    assert _mode(settings_path().parent) == 0o700
    data = tmp_path / "office" / "events.sqlite"
    open_database(data, load_reference=False).dispose()
    assert _mode(data) == 0o600
    made = make_backup(data)
    assert _mode(made) == 0o600 and _mode(backup_dir(data)) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_exports_get_the_users_usual_permissions(database, tmp_path: Path) -> None:
    from desktop.reports import ReportOptions, export_workbook

    previous = os.umask(0o022)
    try:
        out = tmp_path / "report.xlsx"
        export_workbook(database, out, ReportOptions())
    finally:
        os.umask(previous)
    assert _mode(out) == 0o644
