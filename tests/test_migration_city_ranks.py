"""Upgrading to 0017 ranks cities again in ru and az: their shown names changed in
session 20 (a city with no az name reads as its region, "Sankt-Peterburq", where it
read "Saint Petersburg"), and the ranks an older version stored sorted the City column
by the old names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.engine import create_db_engine, open_database
from db.event_pages import read_page
from db.event_store import EventInput, EventStore
from db.models import City
from db.queries import EventFilter
from db.reference import load_reference_data
from tests.schema_helpers import downgrade, migrate


def test_cities_sort_by_their_new_names_after_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "events.sqlite"
    engine = create_db_engine(f"sqlite:///{path}")
    migrate(engine, "head")
    with Session(engine) as session, session.begin():
        load_reference_data(session)
        store = EventStore(session)
        for city in ("Saint Petersburg", "Samara"):
            store.save(EventInput(title=f"Evening in {city}", start_date=dt.date(2025, 5, 1),
                                  city=city, country="RU"))
    downgrade(engine, "0016")
    with Session(engine) as session, session.begin():
        # the ranks an older version stored: by the English names, "Saint…" before "Samara"
        names = session.execute(select(City.id, City.name)).all()
        for rank, (city_id, _name) in enumerate(sorted(names, key=lambda row: row.name)):
            session.execute(update(City).where(City.id == city_id).values(rank_az=rank))
    engine.dispose()

    database = open_database(path)  # upgrades to the head
    with database.sessions() as session:
        rows = read_page(session, EventFilter(), 0, 10, "city", False, "az")
    database.dispose()
    assert [row.title for row in rows] == ["Evening in Samara", "Evening in Saint Petersburg"]
