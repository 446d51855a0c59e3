"""An event changed in one office and put in the trash in the other: the field-by-field
choice names that row as the form and the merge window do ("In the trash", translated),
not by the change log's code "deleted"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from desktop.ui.conflict_dialog import FieldChoiceDialog


@pytest.mark.parametrize(("language", "shown"), [("en", "In the trash"), ("ru", "В корзине"),
                                                 ("az", "Səbətdə")])
def test_the_trash_row_is_named_in_words(
    qtbot, interface_language, language: str, shown: str
) -> None:
    interface_language(language)
    dialog = FieldChoiceDialog({"deleted": "no"}, {"deleted": "yes"}, ["deleted"], "Choose")
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert shown in labels and "deleted" not in labels, labels
