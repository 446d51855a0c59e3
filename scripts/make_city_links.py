"""Add GeoNames ids, en/ru names, population and coordinates to reference/cities.csv.

The hand-kept cities (with the aliases news uses) are GeoNames places too; carrying the
link in the CSV lets a new database get it without opening the world index at start-up.
A city whose name, country and region match no GeoNames town exactly keeps empty cells
(the script lists them). Run: .venv/bin/python scripts/make_city_links.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.reference import read_csv, reference_dir, split_aliases
from db.world import world

FIELDS = [
    "country",
    "region_code",
    "name",
    "aliases",
    "name_ru",
    "name_az",
    "geonames_id",
    "population",
    "latitude",
    "longitude",
]


def link(row: dict[str, str]) -> dict[str, str]:
    """The row with the GeoNames town its name (or an alias) names in its country."""
    region = row["region_code"] or None
    for name in [row["name"], *split_aliases(row["aliases"])]:
        found = [
            c.place
            for c in world().lookup(name, kinds=("city",), country=row["country"], region=region)
            if c.exact and c.place.country_code == row["country"]
        ]
        in_region = [p for p in found if region is None or p.region_code in (None, region)]
        if in_region or len(found) == 1:
            place = (in_region or found)[0]
            return {
                **row,
                "name_ru": place.name_ru or "",
                "name_az": place.name_az or "",
                "geonames_id": str(place.geonames_id),
                "population": str(place.population),
                "latitude": str(place.latitude),
                "longitude": str(place.longitude),
            }
    return {**row, **dict.fromkeys(FIELDS[4:], "")}


def main() -> None:
    rows = [link(row) for row in read_csv("cities.csv")]
    seen: dict[str, str] = {}
    for row in rows:  # one GeoNames town is one city: a second row stays unlinked
        first = seen.setdefault(row["geonames_id"], row["name"]) if row["geonames_id"] else None
        if first is not None and first != row["name"]:
            print(f"{row['name']} and {first} are one GeoNames town; {row['name']} unlinked")
            row.update(dict.fromkeys(FIELDS[4:], ""))
    ids = [r["geonames_id"] for r in rows if r["geonames_id"]]
    with (reference_dir() / "cities.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: r.get(k, "") for k in FIELDS} for r in rows)
    missing = [r["name"] for r in rows if not r["geonames_id"]]
    print(f"{len(ids)}/{len(rows)} cities linked; not in GeoNames >= 5,000: {missing}")


if __name__ == "__main__":
    main()
