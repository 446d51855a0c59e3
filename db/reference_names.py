"""Region names the reference (``region_names.csv``) has gained since a data set was
made, added to that data set by the migration that ships them (0010, 0011).

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
