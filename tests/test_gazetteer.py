"""Name resolution: the spellings reports use resolve to one record, unknowns to None."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from db.gazetteer import Gazetteer
from db.models import Base, Country, Organization, OrganizationAlias, Person, PersonAlias
from db.names import normalize
from db.reference import load_reference_data


@pytest.fixture(scope="module")
def session() -> Iterator[Session]:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        load_reference_data(s)
        person = Person(full_name="Haji Mutallib İbişov")
        person.aliases.append(PersonAlias(name="İbişov", normalized=normalize("İbişov")))
        s.add_all([person, Person(full_name="Nazim Aliyev"), Person(full_name="Zaur Aliyev")])
        org = Organization(name="European Azerbaijani Centre", short_name="EAC")
        org.aliases.append(
            OrganizationAlias(
                name="Avropa Azərbaycanlılar Mərkəzi",
                normalized=normalize("Avropa Azərbaycanlılar Mərkəzi"),
                lang="az",
            )
        )
        s.add(org)
        s.commit()
        yield s
    engine.dispose()


@pytest.fixture(scope="module")
def gaz(session: Session) -> Gazetteer:
    return Gazetteer(session)


def _code(record: object) -> str | None:
    return getattr(record, "code", None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Primorsky Krai", "RU-PRI"),
        ("Primorsky Territory", "RU-PRI"),
        ("Primorye", "RU-PRI"),
        ("Приморский край", "RU-PRI"),
        ("Primorsky Krai of Vladivostok", "RU-PRI"),
        ("the Primorsky Territory of Vladivostok city", "RU-PRI"),
        ("Krasnoyarsk Krai", "RU-KYA"),
        ("Krasnoyarsk Territory", "RU-KYA"),
        ("Krasnoyarsk territory", "RU-KYA"),
        ("Krasnoyarsky Krai", "RU-KYA"),
        ("Красноярский край", "RU-KYA"),
        ("Chelyabinsk region", "RU-CHE"),
        ("Chelyabinsk Oblast", "RU-CHE"),
        ("Челябинская область", "RU-CHE"),
        ("Republic of Dagestan", "RU-DA"),
        ("Dagestan", "RU-DA"),
        ("Karachay-Circassian Republic", "RU-KC"),
        ("Khabarovsk Region", "RU-KHA"),
        ("Moscow", "RU-MOW"),
        ("Moscow region", "RU-MOS"),
        ("North Rhine-Westphalia", "DE-NW"),
        ("Nordrhein-Westfalen", "DE-NW"),
        ("Северный Рейн-Вестфалия", "DE-NW"),
        ("Odessa region", "UA-51"),
        ("Kvemo Kartli", "GE-KK"),
        ("New Jersey", "US-NJ"),
        ("Nakhchivan", "AZ-NX"),
    ],
)
def test_region_spellings(gaz: Gazetteer, text: str, code: str) -> None:
    assert _code(gaz.resolve_region(text)) == code


@pytest.mark.parametrize("text", ["Springfield", "Atlantis", "Altai", "Shaki", "", "   "])
def test_unknown_or_ambiguous_region_is_none(gaz: Gazetteer, text: str) -> None:
    assert gaz.resolve_region(text) is None


def test_region_within_country(gaz: Gazetteer, session: Session) -> None:
    russia = session.scalar(select(Country).where(Country.code == "RU"))
    assert _code(gaz.resolve_region("Primorye", country=russia)) == "RU-PRI"
    assert _code(gaz.resolve_region("Primorye", country="RU")) == "RU-PRI"
    assert gaz.resolve_region("Primorye", country="DE") is None
    assert _code(gaz.resolve_region("Georgia", country="US")) == "US-GA"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vladivostok", "Vladivostok"),
        ("г. Владивосток", "Vladivostok"),
        ("Vladivostock", "Vladivostok"),
        ("Nijniy Novgorod", "Nizhny Novgorod"),
        ("Нижний Новгород", "Nizhny Novgorod"),
        ("Köln", "Köln"),
        ("Cologne", "Köln"),
        ("Koln", "Köln"),
        ("Odessa", "Odesa"),
        ("Marneuli", "Marneuli"),
        ("Astana", "Astana"),
        ("Edison, NJ", "Edison"),
        ("Washington, D.C.", "Washington"),
        ("BAKU", "Baku"),
    ],
)
def test_city_spellings(gaz: Gazetteer, text: str, name: str) -> None:
    city = gaz.resolve_city(text)
    assert city is not None and city.name == name


def test_city_scoped_and_unknown(gaz: Gazetteer) -> None:
    koln = gaz.resolve_city("Cologne", country="DE")
    assert koln is not None and koln.region is not None and koln.region.code == "DE-NW"
    assert gaz.resolve_city("Cologne", country="RU") is None
    assert gaz.resolve_city("Vladivostok", region="RU-PRI") is not None
    assert gaz.resolve_city("Springfield") is None
    assert gaz.resolve_city("Atlantis") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia", "RU"),
        ("USA", "US"),
        ("United States", "US"),
        ("Россия", "RU"),
        ("Almaniya", "DE"),
        ("Georgia", "GE"),
        ("Rusia", "RU"),
    ],
)
def test_country_spellings(gaz: Gazetteer, text: str, code: str) -> None:
    assert _code(gaz.resolve_country(text)) == code


def test_unknown_country_is_none(gaz: Gazetteer) -> None:
    assert gaz.resolve_country("Narnia") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Khojaly tragedy", "Khojaly genocide"),
        ("Ходжалинский геноцид", "Khojaly genocide"),
        ("Xocalı soyqırımı", "Khojaly genocide"),
        ("Khojaly genocid", "Khojaly genocide"),
        ("Black January", "20 January tragedy"),
        ("Zəfər Günü", "Victory Day (November 8)"),
        (
            "Independence Day (May 28); anniversary of the Azerbaijan Democratic Republic",
            "Independence Day (May 28)",
        ),
        (
            "Solidarity Day of World Azerbaijanis (December 31) and New Year",
            "Solidarity Day of World Azerbaijanis",
        ),
    ],
)
def test_occasions(gaz: Gazetteer, text: str, name: str) -> None:
    occasion = gaz.resolve_occasion(text)
    assert occasion is not None and occasion.name == name


@pytest.mark.parametrize("text", ["Victory Day", "Independence Day", "May 19", "Halloween"])
def test_ambiguous_or_unknown_occasion_is_none(gaz: Gazetteer, text: str) -> None:
    assert gaz.resolve_occasion(text) is None


def test_persons(gaz: Gazetteer) -> None:
    ibisov = gaz.resolve_person("Ibisov")
    assert ibisov is not None and ibisov.full_name == "Haji Mutallib İbişov"
    assert gaz.resolve_person("Ibishov") is ibisov
    assert gaz.resolve_person("Haji Mutallib Ibishov") is ibisov
    nazim = gaz.resolve_person("Nazim Aliev")
    assert nazim is not None and nazim.full_name == "Nazim Aliyev"
    assert gaz.resolve_person("Aliyev") is None  # two people: no guess
    assert gaz.resolve_person("Ivanov") is None


def test_organizations(gaz: Gazetteer) -> None:
    org = gaz.resolve_organization("European Azerbaijan Centre")
    assert org is not None and org.short_name == "EAC"
    assert gaz.resolve_organization("EAC") is org
    assert gaz.resolve_organization("Avropa Azərbaycanlılar Mərkəzi") is org
    assert gaz.resolve_organization("Friendship") is None


def test_types(gaz: Gazetteer) -> None:
    assert gaz.resolve_program_item_type("patriotic songs").code == "music_performance"
    assert gaz.resolve_program_item_type("минута молчания").code == "minute_of_silence"
    assert gaz.resolve_event_type("memorial event").code == "memorial_event"
    assert gaz.resolve_event_type("круглый стол").code == "round_table"


def test_refresh_finds_new_records(session: Session) -> None:
    gaz = Gazetteer(session)
    assert gaz.resolve_person("Ramiz Zeynalov") is None
    session.add(Person(full_name="Ramiz Zeynalov"))
    session.flush()
    assert gaz.resolve_person("Ramiz Zeynalov") is None  # cached until refreshed
    gaz.refresh("person")
    assert gaz.resolve_person("Ramiz Zeynalov") is not None
    session.rollback()


def test_suggest(gaz: Gazetteer) -> None:
    regions = gaz.suggest("region", "Прим", limit=5)
    assert regions and _code(regions[0][1]) == "RU-PRI"
    assert all(isinstance(label, str) for label, _ in regions)
    assert len(regions) <= 5
    cities = gaz.suggest("city", "Nij")
    assert cities and cities[0][1].name == "Nizhny Novgorod"
    fuzzy = gaz.suggest("city", "Kolne")
    assert any(rec.name == "Köln" for _, rec in fuzzy)
    scoped = gaz.suggest("region", "Kar", country="GE")
    assert scoped and all(rec.code.startswith("GE-") for _, rec in scoped)
    assert gaz.suggest("person", "") == []
    with pytest.raises(ValueError):
        gaz.suggest("planet", "Mars")


def test_exact_only_lookup_for_record_creation(gaz: Gazetteer) -> None:
    assert gaz.resolve_person("Nazim Aliev", fuzzy=False) is None
    assert gaz.resolve_person("Nazim Aliyev", fuzzy=False) is not None
    assert gaz.resolve_region("Primorsky Territory", fuzzy=False) is not None
    assert gaz.forget == gaz.refresh
