"""The application's version, from one source: pyproject.toml's ``version``.

An install (pip, or the packaged bundle, which carries the package's metadata) answers
through importlib.metadata; a checkout that was never installed reads pyproject.toml.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

DISTRIBUTION = "diaspora-events"


def app_version() -> str:
    """The installed version, or the source tree's when running from a checkout."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        pass
    import tomllib  # only a checkout that was never installed reads pyproject.toml

    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    try:
        with pyproject.open("rb") as handle:
            return f"{tomllib.load(handle)['project']['version']} (not installed)"
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"
