"""Russian and Azerbaijani region names written with the usual abbreviated kind.

Seen: an imported row with Region "Респ. Татарстан" was held back ("no region named")
while "Республика Татарстан" was found.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.gazetteer import Gazetteer
from db.models import Event, Region
from db.names import normalize
from db.world import query_forms
from desktop.importing import apply_import, guess_mapping, preview, read_table

ABBREVIATED = [
    ("Респ. Татарстан", "Республика Татарстан"),
    ("Респ. Башкортостан", "Республика Башкортостан"),
    ("Чувашская Респ.", "Чувашская Республика"),
    ("Свердловская обл.", "Свердловская область"),
    ("Краснодарский кр.", "Краснодарский край"),
    ("Ханты-Мансийский АО", "Ханты-Мансийский автономный округ"),
    ("Ханты-Мансийский авт. окр.", "Ханты-Мансийский автономный округ"),
    ("Еврейская авт. обл.", "Еврейская автономная область"),
]


@pytest.mark.parametrize(("abbreviated", "full"), ABBREVIATED)
def test_an_abbreviated_region_kind_names_the_same_region(database, abbreviated, full) -> None:
    with database.sessions() as session:
        gazetteer = Gazetteer(session)
        expected = gazetteer.resolve_region(full, "RU", fuzzy=False)
        assert expected is not None
        found = gazetteer.resolve_region(abbreviated, "RU", fuzzy=False)
        assert found is not None and found.id == expected.id, abbreviated


@pytest.mark.parametrize(
    ("abbreviated", "full"),
    [("Naxçıvan Muxtar Resp.", "Naxçıvan Muxtar Respublikası"), ("Qəbələ r-nu", "Qəbələ rayonu")],
)
def test_an_abbreviated_azerbaijani_region_kind_names_the_same_region(
    database, abbreviated, full
) -> None:
    with database.sessions() as session:
        gazetteer = Gazetteer(session)
        expected = gazetteer.resolve_region(full, "AZ", fuzzy=False)
        assert expected is not None
        found = gazetteer.resolve_region(abbreviated, "AZ", fuzzy=False)
        assert found is not None and found.id == expected.id, abbreviated


@pytest.mark.parametrize(
    "text", ["Республиканский центр культуры", "АО Газпром", "Крымский мост", "Респект"]
)
def test_words_that_only_start_like_an_abbreviation_are_kept(text) -> None:
    """Only whole abbreviated words are written out: "Республиканский", a company's "АО"."""
    assert query_forms(text)[0] == [normalize(text)]


def test_an_organization_is_not_taken_for_a_place(database) -> None:
    with database.sessions() as session:
        gazetteer = Gazetteer(session)
        assert not gazetteer.names_place("АО Татнефть")
        assert not gazetteer.names_place("Республиканский центр культуры")


def test_an_imported_row_with_an_abbreviated_region_is_not_held_back(database, tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Название", "Дата", "Регион"])
    sheet.append(["Сабантуй", dt.date(2025, 6, 14), "Респ. Татарстан"])
    sheet.append(["Вечер", dt.date(2025, 6, 15), "Республика Татарстан"])
    path: Path = tmp_path / "events.xlsx"
    book.save(path)
    table = read_table(path)

    plan = preview(database, table, guess_mapping(table.headers))

    assert [(row.action, list(row.problems)) for row in plan.rows] == [("insert", [])] * 2
    apply_import(database, plan, backup=False)
    with database.sessions() as session:
        regions = session.execute(select(Event.title, Region.name).join(Event.region)).all()
    tatarstan = "Republic of Tatarstan"
    assert sorted(regions) == [("Вечер", tatarstan), ("Сабантуй", tatarstan)]
