"""A region's kind in Details is in the interface language: the Russian list said
"Republic", "Oblast" and "Governorate" in English (pycountry's words, which its own
catalogs do not translate), so the kind goes through the app's messages catalog."""

from __future__ import annotations

import gettext

import pycountry
import pytest

import db.messages
from db.region_kinds import KINDS, region_kind
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import tmp_settings, type_into

RUSSIAN = {"Republic": "Республика", "Governorate": "Мухафаза"}
"""What the Russian catalog says for two kinds (the test's stand-in for the catalog)."""


class RussianCatalog(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return RUSSIAN.get(message, message)


@pytest.fixture
def russian(qapp, monkeypatch):
    real = db.messages.catalog
    monkeypatch.setattr(
        db.messages, "catalog", lambda lang: RussianCatalog() if lang == "ru" else real(lang)
    )
    i18n.set_language("ru")
    i18n.install_translators(qapp, "ru")
    yield
    i18n.set_language("en")
    i18n.install_translators(qapp, "en")


def test_every_kind_of_region_the_app_loads_is_a_message():
    """The regions are pycountry's top-level subdivisions of every country."""
    loaded = {s.type for s in pycountry.subdivisions if s.parent_code is None}
    assert loaded <= KINDS, sorted(loaded - KINDS)


def test_a_kind_a_clerk_typed_is_shown_as_typed(russian):
    assert region_kind("Republic") == "Республика"
    assert region_kind("край (по-старому)") == "край (по-старому)"
    assert region_kind(None) == ""


def test_the_russian_details_of_a_region_say_its_kind_in_russian(
    qtbot, database, tmp_path, russian
):
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    lists = main.show_reference_lists()
    qtbot.addWidget(lists)
    regions = lists.show_list("region")
    type_into(qtbot, regions.search, "Tatarstan")
    qtbot.waitUntil(lambda: "RU-TA" in regions.table.item(0, 2).text(), timeout=3000)
    shown = regions.table.item(0, 2).text()
    parts = shown.split(" · ")
    assert "Республика" in parts and "Republic" not in parts, shown
