"""Region and city names the reference (``region_names.csv``, ``cities.csv``) has gained
since a data set was made, added to that data set by the migration that ships them (0010,
0011: regions; 0012: cities).

The window shows a region by its reference name, read from the CSV when names are shown;
what a data set keeps of those names are the region's aliases (a typed "Кишинев" finds
its region) and its sort ranks (the table sorted by region in Russian). So a region gains
the aliases it lacks (none is removed or changed: a clerk's own stay as they are) and
every region's ranks become stale, for the next sort by region to rank them again from
the names it shows (``db.sort_ranks.ensure_ranks``).
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa

from db.names import normalize
from db.reference import read_csv

# The tables as these migrations see them (not db.tables: a later schema must not change
# what an earlier migration does).
_region = sa.table(
    "region",
    sa.column("id", sa.Integer),
    sa.column("code", sa.String),
    sa.column("rank_en", sa.Integer),
    sa.column("rank_ru", sa.Integer),
    sa.column("rank_az", sa.Integer),
)
_city = sa.table(
    "city",
    sa.column("id", sa.Integer),
    sa.column("geonames_id", sa.Integer),
    sa.column("name_ru", sa.String),
    sa.column("name_az", sa.String),
    sa.column("rank_en", sa.Integer),
    sa.column("rank_ru", sa.Integer),
    sa.column("rank_az", sa.Integer),
)
_city_alias = sa.table(
    "city_alias",
    sa.column("city_id", sa.Integer),
    sa.column("lang", sa.String),
    sa.column("name", sa.String),
    sa.column("normalized", sa.String),
)
_alias = sa.table(
    "region_alias",
    sa.column("region_id", sa.Integer),
    sa.column("lang", sa.String),
    sa.column("name", sa.String),
    sa.column("normalized", sa.String),
)


def add_region_names(connection: sa.Connection) -> int:
    """Add the reference's region names each region lacks; mark every region's ranks
    stale. Returns how many names were added."""
    ids: dict[str, int] = dict(connection.execute(sa.select(_region.c.code, _region.c.id)).all())
    have: dict[int, set[str]] = defaultdict(set)
    for region_id, key in connection.execute(sa.select(_alias.c.region_id, _alias.c.normalized)):
        have[region_id].add(key)
    added = []
    for row in read_csv("region_names.csv"):
        region_id, key = ids.get(row["code"]), normalize(row["name"])
        if region_id is None or not key or key in have[region_id]:
            continue
        have[region_id].add(key)
        added.append(
            {"region_id": region_id, "lang": row["lang"], "name": row["name"][:200],
             "normalized": key}
        )
    if added:
        connection.execute(sa.insert(_alias), added)
    connection.execute(sa.update(_region).values(rank_en=None, rank_ru=None, rank_az=None))
    return len(added)


def add_city_names(connection: sa.Connection) -> int:
    """Give each city linked to a GeoNames town of ``cities.csv`` the Russian and
    Azerbaijani names the reference has for it where the city has none (a name a clerk
    gave stays), with the aliases that find it by them; mark those cities' ranks stale.
    Returns how many names were given."""
    reference = {
        int(row["geonames_id"]): row for row in read_csv("cities.csv") if row["geonames_id"]
    }
    cities = connection.execute(
        sa.select(_city.c.id, _city.c.geonames_id, _city.c.name_ru, _city.c.name_az).where(
            _city.c.geonames_id.in_(reference)
        )
    ).all()
    have: dict[int, set[str]] = defaultdict(set)
    for city_id, key in connection.execute(
        sa.select(_city_alias.c.city_id, _city_alias.c.normalized)
    ):
        have[city_id].add(key)
    given, aliases = 0, []
    for city_id, geonames_id, name_ru, name_az in cities:
        row = reference[geonames_id]
        names = {
            lang: row[f"name_{lang}"]
            for lang, current in (("ru", name_ru), ("az", name_az))
            if not current and row[f"name_{lang}"]
        }
        if not names:
            continue
        given += len(names)
        connection.execute(
            sa.update(_city)
            .where(_city.c.id == city_id)
            .values(**{f"name_{lang}": name for lang, name in names.items()},
                    rank_en=None, rank_ru=None, rank_az=None)
        )
        for lang, name in names.items():
            key = normalize(name)
            if key and key not in have[city_id]:
                have[city_id].add(key)
                aliases.append(
                    {"city_id": city_id, "lang": lang, "name": name[:200], "normalized": key}
                )
    if aliases:
        connection.execute(sa.insert(_city_alias), aliases)
    return given
