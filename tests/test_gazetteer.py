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


# --- the world's cities through the one resolver -------------------------------------


@pytest.fixture
def store_session(database) -> Iterator[Session]:
    with database.sessions() as s:
        yield s


def _city_rows(session: Session) -> int:
    from sqlalchemy import func

    from db.models import City

    return session.scalar(select(func.count(City.id))) or 0


def test_a_world_city_is_a_candidate_with_its_region_and_country(store_session) -> None:
    gaz = Gazetteer(store_session)
    found = gaz.city_candidates("Denver")
    assert found[0].exact and found[0].place is not None
    assert (found[0].country_code, found[0].region_code) == ("US", "US-CO")
    assert found[0].city_id is None  # not stored until it is used
    assert "Colorado" in found[0].label and "United States" in found[0].label
    russian = gaz.city_candidates("Денвер", lang="ru")
    assert russian[0].region_code == "US-CO" and "Колорадо" in russian[0].label


def test_ambiguous_world_names_ask_unless_the_context_decides(store_session) -> None:
    gaz = Gazetteer(store_session)
    assert gaz.world_city("Montebello") is None
    place = gaz.world_city("Montebello", region="US-CA")
    assert place is not None and place.region_code == "US-CA"
    italian = gaz.world_city("Montebello", country="IT")
    assert italian is not None and italian.country_code == "IT"
    in_context = gaz.city_candidates("Montebello", region="US-CA")
    assert in_context[0].region_code == "US-CA"


def test_a_used_world_city_is_stored_once_with_its_names(store_session) -> None:
    from db.models import ChangeLog, City

    gaz = Gazetteer(store_session)
    before = _city_rows(store_session)
    assert gaz.resolve_city("Denver") is None, "without world=True nothing is created"
    city = gaz.resolve_city("Denver", country="US", world=True)
    assert city is not None and city.geonames_id == 5419384
    assert city.region is not None and city.region.code == "US-CO"
    again = gaz.materialize_city(gaz.world_city("Денвер") or pytest.fail("no Denver"))
    assert again.id == city.id
    assert _city_rows(store_session) == before + 1
    assert "en" in {a.lang for a in city.aliases}
    assert (city.name_ru, city.name) == ("Денвер", "Denver")
    assert gaz.resolve_city("Денвер") == city, "a stored alias resolves silently"
    log = store_session.scalars(select(ChangeLog).where(ChangeLog.table_name == "city")).all()
    assert [entry.action for entry in log] == ["insert"]
    assert store_session.scalar(select(City).where(City.geonames_id == 5419384)) == city


def test_a_stored_city_is_linked_not_duplicated(store_session) -> None:
    gaz = Gazetteer(store_session)
    moscow = gaz.resolve_city("Moscow")
    assert moscow is not None and moscow.geonames_id is not None
    found = gaz.city_candidates("Moscow")
    assert found[0].city_id == moscow.id and found[0].place is not None
    assert len([c for c in found if c.place and c.place.geonames_id == moscow.geonames_id]) == 1


def test_an_exact_world_name_beats_a_fuzzy_stored_one(store_session) -> None:
    gaz = Gazetteer(store_session)
    city = gaz.resolve_city("Berdyansk", world=True)
    assert city is not None and city.country.code == "UA"


def test_stored_cities_are_named_in_the_readers_language(store_session) -> None:
    from db.localized import display_name, names_by_id
    from db.models import City

    gaz = Gazetteer(store_session)
    denver = gaz.resolve_city("Denver", world=True)
    moscow = gaz.resolve_city("Moscow")
    assert denver is not None and moscow is not None
    assert display_name(denver, "ru") == "Денвер"
    assert names_by_id(store_session, City, [moscow.id], "ru") == {moscow.id: "Москва"}
    assert display_name(moscow, "en") == "Moscow"


def test_case_forms_resolve_stored_places(store_session) -> None:
    gaz = Gazetteer(store_session)
    moscow = gaz.resolve_city("в Москве", fuzzy=False)
    assert moscow is not None and moscow.name == "Moscow"
    region = gaz.resolve_region("в Приморском крае", fuzzy=False)
    assert region is not None and region.code == "RU-PRI"


def test_candidates_rank_exact_then_prefix_then_word_start(store_session) -> None:
    gaz = Gazetteer(store_session)
    found = gaz.city_candidates("Kaun", limit=10)
    assert found[0].name == "Kaunas" and found[0].score < 1.0
    tiers = [c.score for c in found]
    assert tiers == sorted(tiers, reverse=True)
    exact = gaz.city_candidates("Kaunas")
    assert exact[0].exact and exact[0].score == 1.0


def test_a_city_used_by_events_ranks_first_among_equal_names(store_session) -> None:
    from desktop.sample import load_sample

    events = load_sample(store_session)
    used = next(e.city for e in events if e.city is not None)
    gaz = Gazetteer(store_session)
    assert gaz.events_per_city().get(used.id, 0) >= 1
    found = gaz.city_candidates(used.name)
    assert found[0].city_id == used.id and found[0].used >= 1


def test_a_region_after_a_comma_is_the_context(store_session) -> None:
    gaz = Gazetteer(store_session)
    place = gaz.world_city("Montebello, California")
    assert place is not None and place.region_code == "US-CA"
    city = gaz.resolve_city("Montebello, Калифорния", world=True)
    assert city is not None and city.region is not None and city.region.code == "US-CA"
    idaho = gaz.world_city("Moscow, Idaho")
    assert idaho is not None and idaho.region_code == "US-ID"


def test_regions_and_countries_by_their_pycountry_names_in_three_languages(store_session) -> None:
    from db.localized import display_name

    gaz = Gazetteer(store_session)
    california = gaz.resolve_region("Калифорния", fuzzy=False)
    assert california is not None and california.code == "US-CA"
    bavaria = gaz.resolve_region("в Баварии", fuzzy=False)
    assert bavaria is not None and bavaria.code == "DE-BY"
    assert display_name(california, "ru") == "Калифорния"
    georgia = gaz.resolve_country("Gürcüstan", fuzzy=False)
    assert georgia is not None and georgia.code == "GE"
    assert gaz.resolve_region("Прорский край", fuzzy=False) is None
