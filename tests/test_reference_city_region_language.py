"""A city's region in the record window reads in the interface's language: the Russian
window showed "Republic of Khakassia" beside "Абакан", and a clerk who left it as it was
saved the same region (a localized name is shown only where it names that region alone)."""

from __future__ import annotations

from sqlalchemy import select

from db import messages
from db.engine import Database
from db.models import City
from db.reference_service import ReferenceService


def _city(database: Database, name: str) -> int:
    with database.sessions() as session:
        found = session.scalar(select(City.id).where(City.name == name))
        assert found is not None
        return found


def test_the_region_of_a_city_reads_in_the_language_and_saves_unchanged(
    database: Database,
) -> None:
    city = _city(database, "Vladivostok")
    messages.set_language("ru")
    try:
        with database.sessions() as session:
            data = ReferenceService(session).read("city", city)
        assert data is not None
        assert data.values["region"] == "Приморский край"
        with database.sessions.begin() as session:
            ReferenceService(session, user="clerk").save(
                "city", city, data.values, list(data.aliases), version=data.version)
    finally:
        messages.set_language("en")
    with database.sessions() as session:
        saved = session.get(City, city)
        assert saved is not None and saved.region is not None
        assert saved.region.name == "Primorsky Krai"
