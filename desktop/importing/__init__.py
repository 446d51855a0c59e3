"""Data in from spreadsheets and other offices (Qt-free): templates, imports, merges.

The GUI wizard, the CLI and the tests call the same functions:
``read_table`` -> ``guess_mapping`` -> ``preview`` -> ``apply_import``, and
``undo_batch`` to take an import back; ``write_template`` for the entry
workbook; ``plan_merge``/``apply_merge`` for another office's database;
``export_reference``/``import_reference`` for the shared gazetteer.
"""

from desktop.importing.apply import ImportResult, apply_import
from desktop.importing.errors import ImportCancelled, ImportFileError, MergeError, UndoError
from desktop.importing.mapping import FIELDS, ColumnMapping, guess_mapping
from desktop.importing.preview import ImportPreview, Problem, RowPlan, preview
from desktop.importing.reader import Table, read_table
from desktop.importing.safety import DEFAULT_LIMITS, Limits
from desktop.importing.undo import UndoResult, undo_batch

__all__ = [
    "DEFAULT_LIMITS",
    "FIELDS",
    "ColumnMapping",
    "ImportCancelled",
    "ImportFileError",
    "ImportPreview",
    "ImportResult",
    "Limits",
    "MergeError",
    "Problem",
    "RowPlan",
    "Table",
    "UndoError",
    "UndoResult",
    "apply_import",
    "guess_mapping",
    "preview",
    "read_table",
    "undo_batch",
]
