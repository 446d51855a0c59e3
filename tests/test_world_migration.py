"""Upgrading to 0003 links the cities a database already has to GeoNames, never twice."""

from __future__ import annotations

import uuid
from pathlib import Path

from alembic import command
from sqlalchemy import text

from db.engine import alembic_config, create_db_engine, open_database

CITIES = [
    (1, "Denver", 1, 1),
    (2, "Kaunas", 2, None),
    (3, "Kaunas", 2, None),  # a duplicate a clerk made: left for a merge
    (4, "Our Village", 1, None),  # made by hand, in no gazetteer
    (5, "Денвер", 1, None),  # another spelling of Denver: the first Denver keeps the id
]


def _database_at_0002(path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{path}")
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(
            text("INSERT INTO country (id, code, name) VALUES (1, 'US', 'United States')")
        )
        connection.execute(
            text("INSERT INTO country (id, code, name) VALUES (2, 'LT', 'Lithuania')")
        )
        connection.execute(
            text(
                "INSERT INTO region (id, uuid, code, country_id, name) "
                "VALUES (1, :uuid, 'US-CO', 1, 'Colorado')"
            ),
            {"uuid": uuid.uuid4().hex},
        )
        for city_id, name, country_id, region_id in CITIES:
            connection.execute(
                text(
                    "INSERT INTO city (id, uuid, name, country_id, region_id) "
                    "VALUES (:id, :uuid, :name, :country, :region)"
                ),
                {
                    "id": city_id,
                    "uuid": uuid.uuid4().hex,
                    "name": name,
                    "country": country_id,
                    "region": region_id,
                },
            )
    engine.dispose()


def test_upgrade_links_existing_cities_by_name_and_country(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _database_at_0002(path)

    database = open_database(path)
    with database.engine.connect() as connection:
        rows = {
            row.id: row
            for row in connection.execute(
                text(
                    "SELECT id, name, geonames_id, population, latitude FROM city "
                    "WHERE id IN (1, 2, 3, 4, 5)"
                )
            )
        }
        denvers = connection.execute(
            text("SELECT count(*) FROM city WHERE geonames_id = :gid"),
            {"gid": rows[1].geonames_id},
        ).scalar()
    database.dispose()

    assert rows[1].geonames_id == 5419384  # GeoNames' Denver, Colorado
    assert rows[1].population > 500_000 and rows[1].latitude is not None
    linked_kaunas = [rows[2].geonames_id, rows[3].geonames_id]
    assert linked_kaunas[0] is not None and linked_kaunas[1] is None
    assert rows[4].geonames_id is None and rows[4].name == "Our Village"
    assert rows[5].geonames_id is None
    assert denvers == 1
