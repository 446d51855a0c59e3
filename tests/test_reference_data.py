"""The reference CSVs and their loader: complete, unambiguous, idempotent and fast."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator

import pycountry
import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from db.models import (
    Base,
    City,
    CityAlias,
    Country,
    CountryAlias,
    EventType,
    Occasion,
    ProgramItemType,
    Region,
    RegionAlias,
)
from db.names import normalize
from db.reference import load_reference_data, read_csv, reference_dir, resources_dir


@pytest.fixture(scope="module")
def session() -> Iterator[Session]:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        load_reference_data(s)
        s.commit()
        yield s
    engine.dispose()


def _russian_subjects() -> list[str]:
    return [s.code for s in pycountry.subdivisions.get(country_code="RU") if not s.parent_code]


def test_resources_dir_found_from_source_tree() -> None:
    assert (resources_dir() / "reference" / "region_names.csv").is_file()
    assert reference_dir().parent == resources_dir()


def test_every_russian_subject_has_en_and_ru_display() -> None:
    displays: dict[tuple[str, str], int] = defaultdict(int)
    for row in read_csv("region_names.csv"):
        if row["display"] == "1":
            displays[(row["code"], row["lang"])] += 1
    for code in _russian_subjects():
        assert displays[(code, "en")] == 1, code
        assert displays[(code, "ru")] == 1, code


def test_region_csv_codes_exist_and_one_en_display_each() -> None:
    codes = {s.code for s in pycountry.subdivisions if s.parent_code is None}
    en_display: dict[str, int] = defaultdict(int)
    for row in read_csv("region_names.csv"):
        assert row["code"] in codes, row
        assert row["lang"] and row["name"], row
        assert row["display"] in ("0", "1"), row
        if row["display"] == "1" and row["lang"] == "en":
            en_display[row["code"]] += 1
    assert all(n == 1 for n in en_display.values())
    for prefix in ("RU-", "AZ-", "GE-", "UA-", "KZ-", "TR-", "DE-"):
        covered = {c for c in en_display if c.startswith(prefix)}
        expected = {c for c in codes if c.startswith(prefix)}
        assert covered == expected, prefix


def test_no_alias_names_two_regions_of_one_country_in_csv() -> None:
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in read_csv("region_names.csv"):
        owners[(row["code"][:2], normalize(row["name"]))].add(row["code"])
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes


def test_no_alias_names_two_regions_of_one_country_in_db(session: Session) -> None:
    rows = session.execute(
        select(
            Region.country_id, RegionAlias.normalized, func.count(RegionAlias.region_id.distinct())
        )
        .join(Region, Region.id == RegionAlias.region_id)
        .group_by(Region.country_id, RegionAlias.normalized)
        .having(func.count(RegionAlias.region_id.distinct()) > 1)
    ).all()
    assert rows == []


def test_no_alias_names_two_countries(session: Session) -> None:
    rows = session.execute(
        select(CountryAlias.normalized)
        .group_by(CountryAlias.normalized)
        .having(func.count(CountryAlias.country_id.distinct()) > 1)
    ).all()
    assert rows == []


def test_no_city_alias_names_two_cities_of_one_country(session: Session) -> None:
    rows = session.execute(
        select(City.country_id, CityAlias.normalized)
        .join(City, City.id == CityAlias.city_id)
        .group_by(City.country_id, CityAlias.normalized)
        .having(func.count(CityAlias.city_id.distinct()) > 1)
    ).all()
    assert rows == []


def test_alias_normalized_column_matches_normalize(session: Session) -> None:
    for name, key in session.execute(select(RegionAlias.name, RegionAlias.normalized).limit(500)):
        assert key == normalize(name)


def test_countries_and_subdivisions_from_pycountry(session: Session) -> None:
    assert session.scalar(select(func.count()).select_from(Country)) == len(pycountry.countries)
    first_level = [s for s in pycountry.subdivisions if s.parent_code is None]
    assert session.scalar(select(func.count()).select_from(Region)) == len(first_level)
    ru = session.scalar(select(Country).where(Country.code == "RU"))
    assert ru is not None and ru.name == "Russia" and ru.alpha3 == "RUS"
    pri = session.scalar(select(Region).where(Region.code == "RU-PRI"))
    assert pri is not None and pri.name == "Primorsky Krai"
    assert pri.kind == "Administrative territory"
    keys = {a.normalized for a in pri.aliases}
    assert {"primorsky territory", "primorye", "primorskiy kray"} <= keys


def test_cities_have_valid_regions(session: Session) -> None:
    region_country = dict(session.execute(select(Region.code, Region.country_id)).all())
    country_ids = dict(session.execute(select(Country.code, Country.id)).all())
    for row in read_csv("cities.csv"):
        assert row["country"] in country_ids, row
        if row["region_code"]:
            assert region_country.get(row["region_code"]) == country_ids[row["country"]], row
    assert session.scalar(select(func.count()).select_from(City)) >= 150


def test_managed_lists_loaded(session: Session) -> None:
    event_codes = set(session.scalars(select(EventType.code)))
    assert {
        "memorial_event",
        "ceremony",
        "celebration",
        "conference",
        "round_table",
        "exhibition",
        "concert",
        "festival",
        "meeting",
        "competition",
        "other",
    } <= event_codes
    program_codes = set(session.scalars(select(ProgramItemType.code)))
    assert {"minute_of_silence", "speech", "video_screening", "wreath_laying"} <= program_codes


def test_type_csvs_have_no_alias_shared_by_two_types() -> None:
    for file in ("event_types.csv", "program_item_types.csv"):
        owners: dict[str, set[str]] = defaultdict(set)
        for row in read_csv(file):
            names = [row["name_en"], row["name_ru"], row["name_az"]]
            names += [a for a in row["aliases"].split(";") if a.strip()]
            for name in names:
                if name:
                    owners[normalize(name)].add(row["code"])
        assert {k: v for k, v in owners.items() if len(v) > 1} == {}, file


def test_occasions_dates_and_anniversaries(session: Session) -> None:
    def occasion(name: str) -> Occasion:
        found = session.scalar(select(Occasion).where(Occasion.name == name))
        assert found is not None, name
        return found

    import datetime as dt

    assert occasion("Khojaly genocide").reference_date == dt.date(1992, 2, 26)
    assert occasion("Khojaly genocide").anniversary_on(dt.date(2025, 2, 28)) == 33
    assert occasion("20 January tragedy").anniversary_on(dt.date(2009, 1, 20)) == 19
    assert occasion("Independence Day (May 28)").anniversary_on(dt.date(2025, 5, 28)) == 107
    assert occasion("Independence Day of India").anniversary_on(dt.date(2017, 8, 15)) == 70
    assert occasion("Victory Day (November 8)").reference_date == dt.date(2020, 11, 8)
    assert occasion("Novruz").reference_date is None
    kinds = {row["kind"] for row in read_csv("occasions.csv")}
    assert kinds <= {"commemoration", "national holiday", "cultural date"}


def test_occasion_aliases_unambiguous() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for row in read_csv("occasions.csv"):
        names = [row["name_en"], row["name_ru"], row["name_az"], *row["aliases"].split(";")]
        for name in names:
            if name.strip():
                owners[normalize(name)].add(row["name_en"])
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_country_csv_covers_diaspora_countries() -> None:
    langs: dict[str, set[str]] = defaultdict(set)
    with (reference_dir() / "country_names.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            assert pycountry.countries.get(alpha_2=row["code"]) is not None, row
            langs[row["code"]].add(row["lang"])
    complete = [code for code, ls in langs.items() if {"en", "ru", "az"} <= ls]
    assert len(complete) >= 40


def test_load_is_idempotent() -> None:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        load_reference_data(s)
        s.commit()
        counts = [
            s.scalar(select(func.count()).select_from(m))
            for m in (Country, CountryAlias, Region, RegionAlias, City, CityAlias, Occasion)
        ]
        load_reference_data(s)
        s.commit()
        again = [
            s.scalar(select(func.count()).select_from(m))
            for m in (Country, CountryAlias, Region, RegionAlias, City, CityAlias, Occasion)
        ]
        assert again == counts
