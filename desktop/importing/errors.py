"""The exceptions of the import package; their ``str()`` is written for the user.

The file error is not called ``ImportError``: that would shadow Python's own
built-in of the same name in every module that imports it.
"""

from __future__ import annotations


class ImportFileError(Exception):
    """A file that cannot be imported: not a workbook, too large, protected, hostile."""


class ImportCancelled(Exception):
    """The user stopped an import or a merge; nothing was changed."""


class UndoError(Exception):
    """A batch that cannot be undone (unknown, or changed again since)."""


class MergeError(Exception):
    """Another office's database that cannot be merged (unreadable, newer schema...)."""
