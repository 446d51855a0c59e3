"""Translated texts fit: every column title of the events table (with room for the sort
arrow) and the event form at its default size, in English, Russian and Azerbaijani."""

from __future__ import annotations

import pytest

from desktop.ui.event_form import EventForm
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import assert_titles_fit, tmp_settings


@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_every_column_title_fits_its_column(
    qtbot, database, tmp_path, interface_language, language
):
    interface_language(language)
    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    assert_titles_fit(window, language)


@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_the_form_fits_its_default_size(qtbot, database, interface_language, language):
    interface_language(language)
    form = EventForm(database)
    qtbot.addWidget(form)
    form.show()
    assert form.fields.minimumSizeHint().width() <= form.width(), language
