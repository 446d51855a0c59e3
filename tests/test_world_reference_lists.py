"""Cities in the reference lists: how many events use each; a hand-made place becomes the
GeoNames one it is (linked, or merged into the stored GeoNames city, undoably)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from db.event_store import EventInput, EventStore
from db.gazetteer import Gazetteer
from db.models import ChangeLog, City, Country, Event, Region
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import tmp_settings, type_into

DENVER = 5419384


@pytest.fixture
def window(qtbot, database, tmp_path):
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    return main


def hand_made_city(database, name: str, events: int = 1) -> int:
    """A city a clerk typed before the gazetteer knew the world, used by ``events``."""
    with database.sessions.begin() as session:
        country = session.scalar(select(Country).where(Country.code == "US"))
        region = session.scalar(select(Region).where(Region.code == "US-CO"))
        city = City(name=name, country=country, region=region)
        session.add(city)
        session.flush()
        for number in range(events):
            event = EventStore(session).save(
                EventInput(title=f"Evening {number} in {name}", start_date=dt.date(2025, 3, 1))
            )
            event.city = city
        return city.id


def choose_first(monkeypatch) -> list[list[str]]:
    offered: list[list[str]] = []

    def get_item(_parent, _title, _label, items, *_args, **_kwargs):
        offered.append(list(items))
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    return offered


def show_cities(qtbot, window, text: str):
    lists = window.show_reference_lists()
    qtbot.addWidget(lists)
    page = lists.show_list("city")
    type_into(qtbot, page.search, text)
    qtbot.waitUntil(
        lambda: page.table.rowCount() >= 1 and text in page.table.item(0, 0).text(),
        timeout=3000,
    )
    return page


def test_cities_show_how_many_events_use_them(qtbot, window, database):
    hand_made_city(database, "Denver", events=2)
    page = show_cities(qtbot, window, "Denver")
    assert page.table.horizontalHeaderItem(3).text() == "Events"
    assert page.table.item(0, 3).text() == "2"
    assert "made by hand" in page.table.item(0, 2).text()


def test_a_hand_made_city_is_linked_to_its_geonames_town(qtbot, window, database, monkeypatch):
    city_id = hand_made_city(database, "Denver")
    offered = choose_first(monkeypatch)
    page = show_cities(qtbot, window, "Denver")
    page.select_ids([city_id])
    assert page.link_button.isEnabled()
    assert page.link_selected()
    assert "Colorado" in offered[0][0]
    with database.sessions() as session:
        city = session.get(City, city_id)
        assert city is not None and city.geonames_id == DENVER
        assert city.population and city.population > 500_000
        (entry,) = session.scalars(
            select(ChangeLog).where(ChangeLog.table_name == "city", ChangeLog.record_id == city_id)
        )
        assert entry.changes == {"geonames_id": [None, DENVER]} and entry.desk  # and where
    assert "GeoNames" in page.table.item(0, 2).text()


def test_a_hand_made_spelling_merges_into_the_stored_geonames_city(
    qtbot, window, database, monkeypatch
):
    with database.sessions.begin() as session:
        gazetteer = Gazetteer(session)
        denver = gazetteer.materialize_city(gazetteer.world_city("Denver") or pytest.fail())
        denver_id = denver.id
    hand_id = hand_made_city(database, "Mile-High City")  # an old GeoNames name of Denver
    choose_first(monkeypatch)
    page = show_cities(qtbot, window, "Mile")
    page.select_ids([hand_id])
    assert page.link_selected()
    with database.sessions() as session:
        assert session.get(City, hand_id) is None
        assert set(session.scalars(select(Event.city_id))) == {denver_id}
    window.activateWindow()
    window.undo_action.trigger()
    with database.sessions() as session:
        assert session.get(City, hand_id) is not None
        assert set(session.scalars(select(Event.city_id))) == {hand_id}
