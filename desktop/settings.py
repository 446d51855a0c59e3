"""Settings that the CLI and the GUI share, kept as JSON in the user's config directory.

Window layout lives in QSettings (GUI only); what must also work headless, such as
the remembered ``--database``, lives here so nothing outside ``desktop/ui`` needs Qt.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs

from db.engine import APP_NAME


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
        return cls(**known)

    def save(self) -> None:
        """Write atomically, so a crash never leaves half a settings file."""
        path = settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(temporary, path)
