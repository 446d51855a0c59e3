"""Cities link to GeoNames: geonames_id, names in Russian and Azerbaijani, population
and coordinates.

Existing cities are linked to their GeoNames entry where name and country (and the
region, when both have one) match exactly, so places already in use are not created
twice when the world gazetteer offers them; a GeoNames id is given to one city only
(duplicates stay unlinked for a clerk to merge). Places a clerk made by hand that
match nothing stay as they are.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    comment = "GeoNames id; NULL for a place made by hand"
    op.add_column("city", sa.Column("geonames_id", sa.Integer(), nullable=True, comment=comment))
    op.add_column("city", sa.Column("name_ru", sa.String(200), nullable=True))
    op.add_column("city", sa.Column("name_az", sa.String(200), nullable=True))
    op.add_column("city", sa.Column("population", sa.Integer(), nullable=True))
    op.add_column("city", sa.Column("latitude", sa.Float(), nullable=True))
    op.add_column("city", sa.Column("longitude", sa.Float(), nullable=True))
    op.create_index("ix_city_geonames_id", "city", ["geonames_id"], unique=True)
    link_existing_cities(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_city_geonames_id", table_name="city")
    for column in ("longitude", "latitude", "population", "name_az", "name_ru", "geonames_id"):
        op.drop_column("city", column)  # SQLite >= 3.35 drops a column in place


def link_existing_cities(connection: sa.Connection) -> None:
    """Give each unlinked city the GeoNames entry its name, country and region match."""
    rows = connection.execute(
        sa.text(
            "SELECT city.id, city.name, country.code, region.code FROM city "
            "JOIN country ON country.id = city.country_id "
            "LEFT JOIN region ON region.id = city.region_id "
            "WHERE city.geonames_id IS NULL ORDER BY city.id"
        )
    ).all()
    if not rows:
        return  # a new database: nothing to link, and no index to build
    used = set(
        connection.execute(
            sa.text("SELECT geonames_id FROM city WHERE geonames_id IS NOT NULL")
        ).scalars()
    )
    # The hand-kept cities carry their link in cities.csv: no index needed for them.
    from db.names import normalize
    from db.reference import read_csv

    known = {(r["country"], normalize(r["name"])): r for r in read_csv("cities.csv")}
    others = []
    for city_id, name, country, region in rows:
        row = known.get((country, normalize(name)))
        if row is None:
            others.append((city_id, name, country, region))
        elif row["geonames_id"] and int(row["geonames_id"]) not in used:
            used.add(int(row["geonames_id"]))
            _link(connection, city_id, row)
    if not others:
        return
    from db.world import world  # cities clerks added: the index is built once, here

    index = world()
    for city_id, name, country, region in others:
        found = [
            c.place
            for c in index.lookup(name, kinds=("city",), country=country, region=region)
            if c.exact
            and c.place.country_code == country
            and (region is None or c.place.region_code in (None, region))
        ]
        if not found or found[0].geonames_id in used:
            continue
        place = found[0]
        used.add(place.geonames_id)
        _link(
            connection,
            city_id,
            {
                "geonames_id": place.geonames_id,
                "population": place.population,
                "latitude": place.latitude,
                "longitude": place.longitude,
                "name_ru": place.name_ru,
                "name_az": place.name_az,
            },
        )


def _link(connection: sa.Connection, city_id: int, values: dict) -> None:
    connection.execute(
        sa.text(
            "UPDATE city SET geonames_id = :gid, population = :population, "
            "latitude = :lat, longitude = :lon, name_ru = :ru, name_az = :az WHERE id = :id"
        ),
        {
            "gid": int(values["geonames_id"]),
            "population": int(values["population"] or 0),
            "lat": float(values["latitude"]),
            "lon": float(values["longitude"]),
            "ru": values["name_ru"] or None,
            "az": values["name_az"] or None,
            "id": city_id,
        },
    )
