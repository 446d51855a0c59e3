"""Regions get the names the reference has gained since a data set was made (Russian names
of 58 Turkish provinces and of the regions of Belarus, Uzbekistan, Kyrgyzstan, Turkmenistan,
Tajikistan, Iran, Israel, Lithuania and the United Kingdom; Azerbaijani names of Iran's
provinces where most of its Azerbaijanis live), and are ranked again in each language.

The window already shows a region by its reference name (``region_names.csv``, read when
names are shown); what the data set keeps of those names are the region's aliases (a
typed "Малатья" finds its region) and its sort ranks (the table sorted by region in
Russian). Aliases a region lacks are added, none is removed; every region's ranks become
stale, and the next sort by region ranks them again from the names it shows. A downgrade
leaves the added aliases: the older schema reads them as it reads any other.

Revision ID: 0010
Revises: 0009
"""

from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.names import normalize
from db.reference import read_csv

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# This revision's view of the tables (not db.tables: a later schema must not change what
# this step does).
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


def upgrade() -> None:
    connection = op.get_bind()
    ids = dict(connection.execute(sa.select(_region.c.code, _region.c.id)).all())
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


def downgrade() -> None:
    pass  # the added names stay: aliases like any other to the older schema
