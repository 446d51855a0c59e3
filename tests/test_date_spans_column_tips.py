"""The events table's column tips name each column as its header shows it.

Seen in the Azerbaijani window: the tip of "İldönümü" read "i̇ldönümü sütununa görə..."
(Python's lower() keeps the dot of "İ" as a combining mark, and the sentence began in
lower case); the tip now names the column exactly as the header writes it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.events_model import COLUMNS, EventsModel


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_a_column_tip_names_the_column_as_its_header_does(database, interface_language, language):
    interface_language(language)
    model = EventsModel(database)
    model.wait()
    for section in range(len(COLUMNS)):
        title = model.headerData(section, Qt.Orientation.Horizontal)
        tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert title in tip, (title, tip)
        assert "\u0307" not in tip, f"a stray dot in {tip!r}"
    if language == "az":
        anniversary = model.headerData(COLUMNS.index("anniversary"), Qt.Orientation.Horizontal)
        assert anniversary == "İldönümü"
