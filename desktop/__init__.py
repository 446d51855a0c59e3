"""Diaspora Events: the desktop application and its Qt-free services."""

__version__ = "0.1.0"
"""The one source of the version: pyproject.toml reads it (``[tool.setuptools.dynamic]``),
so the window, the command line and the reports name it without looking up the installed
package's metadata at every start (a search of the installed packages and a read of their
METADATA, ~1.7 ms)."""
