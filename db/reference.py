"""Load the reference data (countries, regions, cities, managed lists) into a database.

Countries and first-level subdivisions come from pycountry, so every ISO code exists
even where we have no translations; the CSV files under ``resources/reference`` add the
names people actually write ("Primorsky Territory", "Приморье") as aliases. Loading is
idempotent: rows that exist (by code or name) are left alone, missing ones are inserted
in bulk, so running it on every start-up is cheap and never undoes a clerk's edits.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TypedDict

import pycountry
from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from db.models import (
    STALE_RANKS,
    Base,
    City,
    CityAlias,
    Country,
    CountryAlias,
    EventType,
    Occasion,
    OccasionAlias,
    ProgramItemType,
    Region,
    RegionAlias,
)
from db.names import normalize

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GEORGIAN = re.compile(r"[\u10a0-\u10ff]")
_AZ_LETTERS = re.compile(r"[əƏğĞıİşŞçÇöÖüÜ]")

Values = dict[str, object]
"""One row to insert: column name → value."""


def resources_dir() -> Path:
    """The top-level ``resources/`` directory of the source tree (or an installed copy)."""
    return Path(__file__).resolve().parent.parent / "resources"


def reference_dir() -> Path:
    return resources_dir() / "reference"


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of one reference CSV as dicts, with surrounding blanks stripped."""
    with (reference_dir() / name).open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def split_aliases(text: str) -> list[str]:
    """Split a ``;``-separated alias cell, dropping empties."""
    return [part.strip() for part in text.split(";") if part.strip()]


def guess_lang(name: str) -> str | None:
    """A best-effort language tag for an alias whose CSV cell does not say."""
    if _CYRILLIC.search(name):
        return "ru"
    if _GEORGIAN.search(name):
        return "ka"
    if _AZ_LETTERS.search(name):
        return "az"
    return None


@cache
def type_aliases(kind: str) -> dict[str, list[str]]:
    """Every name of each event or program item type (``kind`` = "event" or "program").

    The tables only hold code and English name; the other names live in the CSV and are
    used by the gazetteer to map what a report says ("patriotic songs") to a type.
    """
    file = {"event": "event_types.csv", "program": "program_item_types.csv"}[kind]
    out: dict[str, list[str]] = {}
    for row in read_csv(file):
        names = [row["name_en"], row.get("name_ru", ""), row.get("name_az", "")]
        names += split_aliases(row.get("aliases", ""))
        out[row["code"]] = [n for n in names if n]
    return out


# --- loading --------------------------------------------------------------------------


def load_reference_data(session: Session) -> None:
    """Insert whatever reference rows are missing; the caller commits."""
    session.flush()
    _load_countries(session)
    _load_regions(session)
    _load_cities(session)
    _load_types(session, EventType, "event_types.csv")
    _load_types(session, ProgramItemType, "program_item_types.csv")
    _load_occasions(session)
    session.flush()


def _insert(session: Session, model: type[Base], rows: Sequence[Mapping[str, object]]) -> None:
    """Many rows in one executemany of the table's INSERT: the ORM's bulk insert of the
    same rows took a third longer (a new data set loads ~15,000 reference rows)."""
    table = model.__table__
    assert isinstance(table, Table)  # every model maps one table of db.tables
    if rows:
        session.execute(insert(table), rows)


def _alias_rows(
    names: Iterable[tuple[str, str | None]], owner_key: str, owner_id: int, seen: set[str]
) -> list[Values]:
    """Alias rows for one owner, skipping keys it already has (``seen`` is updated)."""
    rows: list[Values] = []
    for name, lang in names:
        key = normalize(name)
        if not key or key in seen:
            continue
        seen.add(key)
        rows.append({owner_key: owner_id, "name": name[:200], "normalized": key, "lang": lang})
    return rows


def _existing_keys(
    session: Session, fk: InstrumentedAttribute[int], normalized: InstrumentedAttribute[str]
) -> dict[int, set[str]]:
    out: dict[int, set[str]] = defaultdict(set)
    for owner_id, key in session.execute(select(fk, normalized)):
        out[owner_id].add(key)
    return out


def _load_countries(session: Session) -> None:
    csv_names: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    for row in read_csv("country_names.csv"):
        csv_names[row["code"]].append((row["name"], row["lang"], row["display"] == "1"))

    existing = dict(session.execute(select(Country.code, Country.id)).all())
    new_rows = []
    for c in pycountry.countries:
        if c.alpha_2 in existing:
            continue
        display = next(
            (n for n, lang, d in csv_names.get(c.alpha_2, []) if d and lang == "en"), None
        )
        name = display or getattr(c, "common_name", None) or c.name
        new_rows.append({"code": c.alpha_2, "alpha3": c.alpha_3, "name": name})
    _insert(session, Country, new_rows)
    ids = dict(session.execute(select(Country.code, Country.id)).all())

    # A key claimed by two countries would make the lookup guess; the CSV wins, and
    # pycountry names that clash with each other are dropped.
    owners: dict[str, str] = {}
    for code, entries in csv_names.items():
        for name, _lang, _d in entries:
            owners.setdefault(normalize(name), code)
    py_names: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    py_claims: dict[str, set[str]] = defaultdict(set)
    for c in pycountry.countries:
        for attr, lang in (
            ("alpha_2", None),
            ("alpha_3", None),
            ("name", "en"),
            ("common_name", "en"),
            ("official_name", "en"),
        ):
            value = getattr(c, attr, None)
            if value:
                py_names[c.alpha_2].append((value, lang))
                py_claims[normalize(value)].add(c.alpha_2)

    have = _existing_keys(session, CountryAlias.country_id, CountryAlias.normalized)
    rows: list[Values] = []
    for c in pycountry.countries:
        cid = ids[c.alpha_2]
        names: list[tuple[str, str | None]] = [
            (n, lang) for n, lang, _d in csv_names.get(c.alpha_2, [])
        ]
        for value, lang in py_names[c.alpha_2]:
            key = normalize(value)
            if owners.get(key, c.alpha_2) == c.alpha_2 and len(py_claims[key]) == 1:
                names.append((value, lang))
        rows += _alias_rows(names, "country_id", cid, have[cid])
    _insert(session, CountryAlias, rows)


def _load_regions(session: Session) -> None:
    csv_names: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    for row in read_csv("region_names.csv"):
        csv_names[row["code"]].append((row["name"], row["lang"], row["display"] == "1"))

    country_ids = dict(session.execute(select(Country.code, Country.id)).all())
    subs = [s for s in pycountry.subdivisions if s.parent_code is None]
    existing = set(session.scalars(select(Region.code)))
    new_rows = []
    for s in subs:
        if s.code in existing or s.country_code not in country_ids:
            continue
        display = next(
            (n for n, lang, d in csv_names.get(s.code, []) if d and lang == "en"), s.name
        )
        new_rows.append(
            {
                "code": s.code,
                "country_id": country_ids[s.country_code],
                "name": display,
                "kind": s.type,
            }
        )
    _insert(session, Region, new_rows)
    ids = dict(session.execute(select(Region.code, Region.id)).all())

    # Within one country a key may name one region only: CSV names are checked by the
    # tests; pycountry names are added only where no other region claims the same key
    # (pycountry has e.g. two "Toshkent" and two "Lənkəran").
    claims: dict[tuple[str, str], set[str]] = defaultdict(set)
    for code, entries in csv_names.items():
        for name, _lang, _d in entries:
            claims[(code[:2], normalize(name))].add(code)
    py_claims: dict[tuple[str, str], set[str]] = defaultdict(set)
    for s in subs:
        py_claims[(s.country_code, normalize(s.name))].add(s.code)

    have = _existing_keys(session, RegionAlias.region_id, RegionAlias.normalized)
    rows: list[Values] = []
    for s in subs:
        rid = ids.get(s.code)
        if rid is None:
            continue
        names: list[tuple[str, str | None]] = [
            (n, lang) for n, lang, _d in csv_names.get(s.code, [])
        ]
        key = (s.country_code, normalize(s.name))
        if claims.get(key, {s.code}) == {s.code} and len(py_claims[key]) == 1:
            names.append((s.name, None))
        rows += _alias_rows(names, "region_id", rid, have[rid])
    _insert(session, RegionAlias, rows)


def _load_cities(session: Session) -> None:
    country_ids = dict(session.execute(select(Country.code, Country.id)).all())
    region_ids = dict(session.execute(select(Region.code, Region.id)).all())
    existing = {
        (cid, normalize(name)): city_id
        for city_id, cid, name in session.execute(select(City.id, City.country_id, City.name))
    }
    entries = []
    new_rows = []
    for row in read_csv("cities.csv"):
        cid = country_ids[row["country"]]
        key = (cid, normalize(row["name"]))
        entries.append((key, row))
        if key not in existing:
            existing[key] = -1
            new_rows.append(
                {
                    "name": row["name"],
                    "country_id": cid,
                    "region_id": region_ids.get(row["region_code"]) if row["region_code"] else None,
                    **_geonames_columns(row),
                }
            )
    _insert(session, City, new_rows)
    ids = {
        (cid, normalize(name)): city_id
        for city_id, cid, name in session.execute(select(City.id, City.country_id, City.name))
    }
    _link_cities(session, [(ids[key], row) for key, row in entries])
    have = _existing_keys(session, CityAlias.city_id, CityAlias.normalized)
    rows: list[Values] = []
    for key, row in entries:
        city_id = ids[key]
        names: list[tuple[str, str | None]] = [(row["name"], "en")]
        names += [(a, guess_lang(a)) for a in split_aliases(row["aliases"])]
        rows += _alias_rows(names, "city_id", city_id, have[city_id])
    _insert(session, CityAlias, rows)


class _GeoNamesColumns(TypedDict):
    name_ru: str | None
    name_az: str | None
    geonames_id: int | None
    population: int | None
    latitude: float | None
    longitude: float | None


def _geonames_columns(row: dict[str, str]) -> _GeoNamesColumns:
    """The GeoNames link and names of a cities.csv row (scripts/make_city_links.py)."""
    linked = bool(row.get("geonames_id"))
    return {
        "name_ru": row.get("name_ru") or None,
        "name_az": row.get("name_az") or None,
        "geonames_id": int(row["geonames_id"]) if linked else None,
        "population": int(row["population"] or 0) if linked else None,
        "latitude": float(row["latitude"]) if linked else None,
        "longitude": float(row["longitude"]) if linked else None,
    }


def _link_cities(session: Session, cities: list[tuple[int, dict[str, str]]]) -> None:
    """Link hand-kept cities that have no GeoNames id yet, unless another city has it."""
    used = set(session.scalars(select(City.geonames_id).where(City.geonames_id.is_not(None))))
    unlinked = set(session.scalars(select(City.id).where(City.geonames_id.is_(None))))
    for city_id, row in cities:
        columns = _geonames_columns(row)
        if city_id in unlinked and columns["geonames_id"] and columns["geonames_id"] not in used:
            used.add(columns["geonames_id"])
            # new names: the city's sort ranks are stale (db.sort_ranks ranks it again)
            session.execute(
                update(City).where(City.id == city_id).values(**columns, **STALE_RANKS)
            )


def _load_types(
    session: Session, model: type[EventType] | type[ProgramItemType], file: str
) -> None:
    existing = set(session.scalars(select(model.code)))
    rows = [
        {
            "code": row["code"],
            "name": row["name_en"],
            "name_ru": row["name_ru"] or None,
            "name_az": row["name_az"] or None,
        }
        for row in read_csv(file)
        if row["code"] not in existing
    ]
    _insert(session, model, rows)


def _load_occasions(session: Session) -> None:
    csv_rows = read_csv("occasions.csv")
    existing = set(session.scalars(select(Occasion.name)))
    new_rows = [
        {
            "name": row["name_en"],
            "reference_date": (
                dt.date.fromisoformat(row["reference_date"]) if row["reference_date"] else None
            ),
            "kind": row["kind"] or None,
            "name_ru": row["name_ru"] or None,
            "name_az": row["name_az"] or None,
        }
        for row in csv_rows
        if row["name_en"] not in existing
    ]
    _insert(session, Occasion, new_rows)
    ids = dict(session.execute(select(Occasion.name, Occasion.id)).all())
    have = _existing_keys(session, OccasionAlias.occasion_id, OccasionAlias.normalized)
    rows: list[Values] = []
    for row in csv_rows:
        oid = ids[row["name_en"]]
        names: list[tuple[str, str | None]] = [
            (row["name_en"], "en"),
            (row["name_ru"], "ru"),
            (row["name_az"], "az"),
        ]
        names += [(a, guess_lang(a) or "en") for a in split_aliases(row["aliases"])]
        rows += _alias_rows(names, "occasion_id", oid, have[oid])
    _insert(session, OccasionAlias, rows)
