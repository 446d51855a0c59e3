"""Settings that the CLI and the GUI share, kept as JSON in the user's config directory.

Window layout lives in QSettings (GUI only); what must also work headless, such as
the remembered ``--database``, lives here so nothing outside ``desktop/ui`` needs Qt.
The password of a database URL is never written here: it goes to the system keyring
(``keyring``), and the file, readable by the user alone, keeps the URL without it.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs

from db.engine import APP_NAME
from db.messages import N_, _

log = logging.getLogger(__name__)

NO_KEYRING = N_(
    "There is no system keyring (password store) on this computer, so the database "
    "password was not saved: the settings keep the server address without it. Give the "
    "full address with the password each time (--database), or set up a keyring."
)


class SettingsError(Exception):
    """The settings file could not be written; worded for the clerk."""


def settings_path() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "settings.json"


@dataclass
class Settings:
    database: str | None = None
    """A SQLAlchemy URL or SQLite file path; None means the default file."""
    language: str | None = None

    @classmethod
    def load(cls) -> Settings:
        """The saved settings; a missing or unreadable file gives the defaults."""
        try:
            raw = json.loads(settings_path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {key: raw[key] for key in asdict(cls()) if key in raw}
        settings = cls(**known)
        if settings.database:
            settings.database = _with_password(settings.database)
        return settings

    def save(self) -> str | None:
        """Write atomically (a crash never leaves half a file), readable by the user alone,
        with any password moved to the keyring. Returns a notice for the user when the
        password could not be kept."""
        path = settings_path()
        stored, notice = _without_password(self.database) if self.database else (None, None)
        content = json.dumps({**asdict(self), "database": stored}, indent=2)
        temporary = path.with_suffix(".tmp")
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(content)
            os.chmod(temporary, 0o600)  # an older file may have been made with wider rights
            os.replace(temporary, path)
        except OSError as error:
            from desktop.output_file import reason

            if temporary.is_file():
                temporary.unlink(missing_ok=True)
            raise SettingsError(
                _("The settings were not saved in {folder}: {reason}. Check that the folder "
                  "can be written (or free some space).").format(
                    folder=path.parent, reason=reason(error))
            ) from error
        return notice


def split_password(url: str) -> tuple[str, str | None] | None:
    """(the URL without its password, the password) for a server URL; None otherwise (a
    file path, or an address that cannot be read)."""
    if "://" not in url:
        return None
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        return None
    bare = URL.create(
        parsed.drivername,
        parsed.username,
        None,
        parsed.host,
        parsed.port,
        parsed.database,
        parsed.query,
    ).render_as_string(hide_password=False)
    return bare, parsed.password if parsed.password else None


def _without_password(url: str) -> tuple[str, str | None]:
    """The URL to write to the file, and a notice when its password had to be dropped."""
    parts = split_password(url)
    if parts is None or parts[1] is None:
        return url, None
    bare, password = parts
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(APP_NAME, bare, str(password))
    except (ImportError, KeyringError, RuntimeError) as error:
        log.warning("database password not saved: no usable keyring (%s)", type(error).__name__)
        return bare, _(NO_KEYRING)
    return bare, None


def _with_password(url: str) -> str:
    """The saved URL with its password from the keyring, when one is kept there."""
    parts = split_password(url)
    if parts is None or parts[1] is not None:
        return url
    try:
        import keyring
        from keyring.errors import KeyringError

        password = keyring.get_password(APP_NAME, parts[0])
    except (ImportError, KeyringError, RuntimeError):
        return url
    if not password:
        return url
    return join_password(url, password)


def join_password(url: str, password: str) -> str:
    """The server URL ``url`` with ``password`` in it (kept apart on screen and on disk)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=password).render_as_string(hide_password=False)
