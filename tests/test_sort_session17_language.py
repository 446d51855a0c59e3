"""Every text column of the events table sorts by one rule, the interface language's
alphabet: in Russian the title column put Latin titles before Cyrillic ones (code
points) while the organizers column put them after (ICU's Russian order), and in
Azerbaijani titles took "Ş" for "S" while organizers put it after all of "S"."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from db.event_store import EventInput, EventStore, OrganizerInput
from desktop.ui.events_model import COLUMNS, EventsModel

NAMES = ["Zəfər", "Çay evi", "Cəmiyyət", "Şəfa", "Səda", "Азербайджан", "бакинцы",
         "Apple", "Ünvan", "Dağ", "Ель", "ёлка", "Sumqayıt", "Ərzaq"]
"""Titles and organizers at once: Cyrillic, Latin and Azerbaijani Latin, mixed case."""

IN_ORDER = {
    "ru": ["Азербайджан", "бакинцы", "ёлка", "Ель", "Apple", "Çay evi", "Cəmiyyət", "Dağ",
           "Ərzaq", "Səda", "Şəfa", "Sumqayıt", "Ünvan", "Zəfər"],
    "az": ["Apple", "Cəmiyyət", "Çay evi", "Dağ", "Ərzaq", "Səda", "Sumqayıt", "Şəfa",
           "Ünvan", "Zəfər", "Азербайджан", "бакинцы", "ёлка", "Ель"],
}
"""What a clerk reading each alphabet expects (ICU's order): Russian puts Cyrillic first,
Ё beside Е and Latin letters with their accents beside the bare ones (Ç as C);
Azerbaijani has Ç after every C, Ə after E, Ş after every S."""


def names_twice(database, names: tuple[str, ...]) -> None:
    """One event per name, titled and organized by it."""
    with database.sessions.begin() as session:
        store = EventStore(session)
        for number, name in enumerate(names):
            store.save(EventInput(title=name, start_date=dt.date(2024, 3, 1 + number),
                                  organizers=[OrganizerInput(name)]))


def sorted_by(model: EventsModel, key: str, descending: bool = False) -> list[str]:
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model.sort(COLUMNS.index(key), order)
    model.wait()
    column = COLUMNS.index(key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("language", ["ru", "az", "en"])
def test_titles_sort_as_the_organizers_do(qtbot, database_with, interface_language, language):
    database = database_with(names_twice, tuple(NAMES))
    interface_language(language)
    model = EventsModel(database)
    for descending in (False, True):
        titles = sorted_by(model, "title", descending)
        organizers = sorted_by(model, "organizers", descending)
        assert titles == organizers, (language, descending)
    if language in IN_ORDER:
        assert sorted_by(model, "title") == IN_ORDER[language]


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_first_page_by_title_walks_the_language_index(database, language):
    """Issue 17: a million events are never sorted to show the first page, in any language."""
    from sqlalchemy import select

    from db.models import Event
    from db.queries import sort_column

    query = select(Event.id).order_by(sort_column("title", language).asc(), Event.id.asc())
    sql = str(query.limit(201).compile(database.engine, compile_kwargs={"literal_binds": True}))
    with database.engine.connect() as connection:
        steps = [row[-1] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    assert not [step for step in steps if "TEMP B-TREE" in step], steps
    assert any(f"ix_event_title_key_{language}" in step for step in steps), steps


def test_titles_sort_in_russian_on_postgresql(postgres_data_set_url):
    from db.engine import open_database
    from db.event_pages import read_page
    from db.queries import EventFilter

    database = open_database(postgres_data_set_url)
    try:
        names_twice(database, tuple(NAMES))
        with database.sessions() as session:
            for sort in ("title", "organizers"):
                rows = read_page(session, EventFilter(), 0, 50, sort, False, "ru")
                assert [row.title for row in rows] == IN_ORDER["ru"], sort
    finally:
        database.dispose()
