"""The events table sorts a name column by the names it shows, in the interface language's
alphabet (issue 11 item 13), through indexes at any size (issue 17, sort)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.event_pages import LINKS, _parts, read_page
from db.models import City, Country, Event, EventOrganizer, EventStatus, EventType, Organization
from db.names import normalize
from db.queries import EventFilter, list_events
from desktop.ui.events_model import COLUMNS, EventsModel
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import tmp_settings


def add_in_cities(database, names: list[str | None]) -> None:
    """One event per city (English names of stored cities; None: no city)."""
    with database.sessions.begin() as session:
        ids = dict(session.execute(select(City.name, City.id)).all())
        for number, name in enumerate(names):
            title = f"Event {number:02d}"
            session.add(
                Event(
                    title=title,
                    start_date=dt.date(2024, 1, 1) + dt.timedelta(days=number),
                    city_id=None if name is None else ids[name],
                    status=EventStatus.DRAFT,
                    search_text=normalize(title),
                )
            )


def column(model: EventsModel, key: str) -> list[str]:
    return [model.index(row, COLUMNS.index(key)).data() for row in range(model.rowCount())]


def sorted_by(model: EventsModel, key: str, descending: bool = False) -> list[str]:
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model.sort(COLUMNS.index(key), order)
    model.wait()
    return column(model, key)


def test_the_russian_window_sorts_cities_by_their_russian_names(
    qtbot, database, tmp_path, interface_language
):
    add_in_cities(database, ["Moscow", "Yekaterinburg", None, "Baku", "Vladivostok"])
    interface_language("ru")
    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    header = window.table.horizontalHeader()
    header.setSortIndicator(COLUMNS.index("city"), Qt.SortOrder.AscendingOrder)
    window.model.wait()
    assert column(window.model, "city") == ["Баку", "Владивосток", "Екатеринбург", "Москва", ""]
    header.setSortIndicator(COLUMNS.index("city"), Qt.SortOrder.DescendingOrder)
    window.model.wait()
    assert column(window.model, "city") == ["Москва", "Екатеринбург", "Владивосток", "Баку", ""]
    window.close()


def test_azerbaijani_orders_s_before_s_cedilla(qtbot, database, interface_language):
    add_in_cities(database, ["Shusha", "Sumgait", "Shaki", "Shirvan"])
    interface_language("az")
    model = EventsModel(database)
    assert sorted_by(model, "city") == ["Sumqayıt", "Şəki", "Şirvan", "Şuşa"]


def test_a_renamed_or_new_record_takes_its_place_in_the_order(qtbot, database, interface_language):
    add_in_cities(database, ["Moscow", "Baku"])
    interface_language("ru")
    model = EventsModel(database)
    assert sorted_by(model, "city") == ["Баку", "Москва"]
    with database.sessions.begin() as session:
        moscow = session.scalars(select(City).where(City.name == "Moscow")).one()
        moscow.name_ru = "Аа-Москва"
        russia = session.scalars(select(Country).where(Country.code == "RU")).one()
        added = City(name="Zzz", name_ru="Абакан", country_id=russia.id)
        session.add(added)
        session.flush()
        session.add(
            Event(
                title="New",
                start_date=dt.date(2024, 2, 1),
                city_id=added.id,
                status=EventStatus.DRAFT,
                search_text="new",
            )
        )
    model.refresh()
    model.wait()
    assert column(model, "city") == ["Аа-Москва", "Абакан", "Баку"]


def test_type_and_organizer_columns_sort_by_their_shown_names(qtbot, database, interface_language):
    with database.sessions.begin() as session:
        kinds = [
            EventType(code=f"k{n}", name=en, name_az=az)
            for n, (en, az) in enumerate([("A", "Çay"), ("B", "Cəmiyyət"), ("C", "Dağ")])
        ]
        bodies = [Organization(name=name) for name in ("Şəfa", "Səda", "Zəfər")]
        session.add_all([*kinds, *bodies])
        session.flush()
        for number, (kind, body) in enumerate(zip(kinds, bodies, strict=True)):
            event = Event(
                title=f"E{number}",
                start_date=dt.date(2024, 1, 1),
                event_type_id=kind.id,
                status=EventStatus.DRAFT,
                search_text="e",
            )
            session.add(event)
            session.flush()
            session.add(EventOrganizer(event_id=event.id, organization_id=body.id, position=0))
        session.add(
            Event(
                title="bare",
                start_date=dt.date(2024, 1, 1),
                status=EventStatus.DRAFT,
                search_text="bare",
            )
        )
    interface_language("az")
    model = EventsModel(database)
    assert sorted_by(model, "type") == ["Cəmiyyət", "Çay", "Dağ", ""]
    assert sorted_by(model, "organizers") == ["Səda", "Şəfa", "Zəfər", ""]
    assert sorted_by(model, "organizers", descending=True) == ["Zəfər", "Şəfa", "Səda", ""]


def plan(database, query) -> list[str]:
    with database.engine.connect() as connection:
        sql = str(query.compile(database.engine, compile_kwargs={"literal_binds": True}))
        return [row[-1] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]


@pytest.mark.parametrize("sort", sorted(LINKS))
@pytest.mark.parametrize("descending", [False, True])
def test_a_linked_name_sorts_by_walking_indexes(database, sort, descending):
    """Issue 17: the first page by a linked name reads one page of the rank index and the
    link's index, never a sort of every event."""
    (linked, _unlinked) = _parts(EventFilter(), sort, descending, "ru")
    for backwards in (False, True):
        steps = plan(database, linked.ordered(backwards).limit(201))
        assert not [step for step in steps if "TEMP B-TREE" in step], steps
        assert any("rank_ru" in step for step in steps), steps


def test_pages_join_the_linked_and_unlinked_parts_either_way(database):
    add_in_cities(database, ["Moscow", None, "Baku", "Moscow", None, "Vladivostok", "Baku"])
    with database.sessions.begin() as session:
        for number, written in enumerate(["zeta", "Apple"]):
            session.add(
                Event(
                    title=f"Written {number}",
                    start_date=dt.date(2024, 3, 1),
                    place_as_written=written,
                    status=EventStatus.DRAFT,
                    search_text="w",
                )
            )
    with database.sessions() as session:
        for descending in (False, True):
            whole = read_page(session, EventFilter(), 0, 100, "city", descending, "ru")
            cities = [row.city for row in whole]
            names = ["Baku", "Baku", "Vladivostok", "Moscow", "Moscow"]
            assert cities == (names if not descending else names[::-1]) + (
                ["Apple", "zeta"] if not descending else ["zeta", "Apple"]
            ) + [None, None]
            for offset in range(len(whole)):
                for size in (1, 2, 3):
                    page = read_page(session, EventFilter(), offset, size, "city", descending, "ru")
                    assert page == whole[offset : offset + size]
                    back = read_page(
                        session, EventFilter(), offset, size, "city", descending, "ru", True
                    )
                    assert back == whole[::-1][offset : offset + size]


def test_the_model_reads_far_pages_backwards_in_the_same_order(qtbot, database, interface_language):
    add_in_cities(database, ["Moscow", None, "Baku", "Yekaterinburg", None, "Vladivostok"] * 4)
    interface_language("ru")
    model = EventsModel(database, page_size=3, max_pages=2)
    model.sort(COLUMNS.index("city"), Qt.SortOrder.AscendingOrder)
    model.wait()
    titles = [model.row_at(row).title for row in range(model.total)]
    with database.sessions() as session:
        expected = read_page(session, EventFilter(), 0, 100, "city", False, "ru")
    assert titles == [row.title for row in expected]


def test_linked_names_sort_the_same_on_postgresql(postgres_data_set_url):
    from db.engine import open_database

    database = open_database(postgres_data_set_url)
    try:
        add_in_cities(database, ["Moscow", None, "Baku", "Vladivostok"])
        with database.sessions() as session:
            for backwards in (False, True):
                rows = read_page(session, EventFilter(), 0, 10, "city", False, "ru", backwards)
                cities = [row.city for row in rows]
                expected = ["Baku", "Vladivostok", "Moscow", None]
                assert cities == (expected[::-1] if backwards else expected)
            rows = read_page(session, EventFilter(), 0, 10, "organizers", True, "az")
            assert len(rows) == 4
    finally:
        database.dispose()


def test_a_narrow_filter_reads_its_events_first(database):
    """A region's few events are found through the region's index and then sorted; the
    rank walk would visit every record's events to find them."""
    (linked, _unlinked) = _parts(EventFilter(region_id=1), "organizers", False, "ru")
    assert plan(database, linked.ordered(False).limit(201))[0].startswith("SEARCH event USING")


def _cities_and_bodies(database) -> None:
    """48 events in five cities or none, three in four with one of three organizers, two
    kinds of search text."""
    names = ["Moscow", None, "Baku", "Vladivostok", "Yekaterinburg", None] * 8
    add_in_cities(database, names)
    with database.sessions.begin() as session:
        bodies = [Organization(name=name) for name in ("Şəfa", "Səda", "Zəfər")]
        session.add_all(bodies)
        session.flush()
        ids = list(session.scalars(select(Event.id).order_by(Event.id)))
        for number, event_id in enumerate(ids):
            if number % 4:
                body = bodies[number % 3]
                session.add(EventOrganizer(event_id=event_id, organization_id=body.id))
            session.get(Event, event_id).search_text = "concert" if number % 3 else "meeting"


@pytest.mark.parametrize("sort", sorted(LINKS))
def test_filtered_pages_keep_the_whole_order(database_with, sort):
    """Whatever plan a filter takes (walk, window of the walk, matches first), its rows
    are the whole table's order with the others left out."""
    database = database_with(_cities_and_bodies)
    with database.sessions() as session:
        for descending in (False, True):
            whole = read_page(session, EventFilter(), 0, 100, sort, descending, "az")
            assert len(whole) == 48
            period = {"date_from": dt.date(2024, 1, 10), "date_to": dt.date(2024, 1, 30)}
            for chosen in (
                EventFilter(text="concert"),
                EventFilter(text="meeting"),
                EventFilter(**period),
                EventFilter(text="concert", **period),
            ):
                matching = {row.uuid for row in list_events(session, chosen, limit=100)}
                expected = [row for row in whole if row.uuid in matching]
                for size in (3, 100):
                    page = read_page(session, chosen, 0, size, sort, descending, "az")
                    assert page == expected[:size]


def test_a_new_name_of_a_country_makes_its_ranks_stale(database):
    from db.models import CountryAlias
    from db.sort_ranks import ensure_ranks

    with database.sessions() as session:
        ensure_ranks(session, Country, "ru")
    with database.sessions.begin() as session:
        georgia = session.scalars(select(Country).where(Country.code == "GE")).one()
        assert georgia.rank_ru is not None
        session.add(
            CountryAlias(
                country_id=georgia.id,
                name="Сакартвело",
                lang="ru",
                normalized=normalize("Сакартвело"),
            )
        )
    with database.sessions() as session:
        georgia = session.scalars(select(Country).where(Country.code == "GE")).one()
        assert (georgia.rank_en, georgia.rank_ru, georgia.rank_az) == (None, None, None)
