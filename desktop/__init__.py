"""Diaspora Events: the desktop application and its Qt-free services."""

__version__ = "0.1.0"
"""The one source of the version: pyproject.toml reads it (``[tool.setuptools.dynamic]``),
so the window, the command line and the reports name it without asking the installed
package's metadata (importlib.metadata cost every start ~10 ms of imports)."""
