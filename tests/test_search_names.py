"""Issue 11 item 14: the search box finds an event by any name of its region, city,
country, occasion, organizers and speakers, in any language and script the data set
knows (the names' aliases), not only by the words of its own text."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import Event, Organization, OrganizationAlias, Person, PersonAlias
from db.names import normalize
from db.queries import EventFilter, count_events, list_events
from tests.data_sets import fill_sample


@pytest.fixture
def sample(database_with):
    """A session on a data set holding the sample (loaded once, copied for each test)."""
    with database_with(fill_sample).sessions() as session:
        yield session


def _found(session, text: str) -> set[str]:
    """Titles of the live events the search box shows for ``text``."""
    chosen = EventFilter(text=text)
    titles = {row.title for row in list_events(session, chosen, limit=50)}
    assert count_events(session, chosen) == len(titles)
    return titles


def _titles(session, word: str) -> set[str]:
    """Titles of the sample's events whose title has ``word`` (what a test expects)."""
    return {t for t in session.scalars(select(Event.title)) if word in t}


@pytest.mark.parametrize(
    ("typed", "title_word"),
    [
        ("Primorye", "Vladivostok"),  # an English alias of the region
        ("Приморский", "Vladivostok"),  # Russian, Cyrillic script
        ("Приморский край", "Vladivostok"),  # the whole Russian name, two words
        ("Primorye diyarı", "Vladivostok"),  # Azerbaijani
        ("Maritime", "Vladivostok"),  # an English alias sharing no letters with the title
        ("Челябинская", "Chelyabinsk"),
        ("Çelyabinsk vilayəti", "Chelyabinsk"),
        ("Ходжалинский", "Khojaly"),  # the occasion in Russian
        ("Xocalı", "Khojaly"),  # the occasion in Azerbaijani
        ("Xocalı Приморский", "Vladivostok"),  # words in different languages and records
        ("Rusiya", "Khojaly"),  # the country in Azerbaijani: all three are in Russia
        ("Российская Федерация", "Khojaly"),
    ],
)
def test_any_name_of_a_reference_record_finds_its_events(sample, typed, title_word) -> None:
    assert _found(sample, typed) == _titles(sample, title_word)


def test_a_name_that_fits_no_record_and_no_text_finds_nothing(sample) -> None:
    assert _found(sample, "Приморский Челябинская") == set()
    assert _found(sample, "Zanzibar") == set()


def test_an_alias_added_after_the_events_is_found(sample) -> None:
    """The events' stored text is not rewritten when a record gains a name."""
    person = sample.scalar(select(Person).where(Person.full_name.like("%Ibishov")))
    person.aliases.append(PersonAlias(name="Гаджи Ибишов", normalized=normalize("Гаджи Ибишов")))
    organization = sample.scalar(select(Organization).where(Organization.name == "Friendship"))
    organization.aliases.append(OrganizationAlias(name="Dostluq", normalized="dostluq"))
    sample.flush()
    assert _found(sample, "Гаджи") == _titles(sample, "Krasnoyarsk")
    assert _found(sample, "Dostluq") == _titles(sample, "Vladivostok")


def test_a_short_word_alone_matches_the_start_of_names(sample) -> None:
    """Under three letters the text index cannot help: such a word finds the records
    whose name starts with it (a region, the occasion) instead of scanning every event."""
    assert _found(sample, "Xo") == _titles(sample, "Khojaly")
    assert _found(sample, "Пр") == _titles(sample, "Vladivostok")


def test_a_short_word_beside_a_long_one_still_narrows(sample) -> None:
    # not "Че": a search reads it "cha" (E as A, db.search.fold), which the sample's
    # chairmen hold too
    assert _found(sample, "Khojaly Чел") == _titles(sample, "Chelyabinsk")
    assert _found(sample, "Krasnoyarsk of") == _titles(sample, "Krasnoyarsk")


def test_deleted_events_are_not_found_by_a_name(sample) -> None:
    event = sample.scalar(select(Event).where(Event.title.like("%Vladivostok%")))
    event.deleted_at = event.updated_at
    sample.flush()
    assert _found(sample, "Primorye") == set()


def test_a_word_inside_the_name_of_an_occasion_organization_or_person(sample) -> None:
    """Surnames and the later words of a body's or an occasion's name find it too."""
    person = sample.scalar(select(Person).where(Person.full_name.like("%Ibishov")))
    person.aliases.append(
        PersonAlias(name="Hacı Mütəllib İbişov", normalized="haci mutellib ibisov")
    )
    organization = sample.scalar(select(Organization).where(Organization.name.like("Regional%")))
    russian = "Региональная азербайджанская национально-культурная автономия"
    organization.aliases.append(OrganizationAlias(name=russian, normalized=normalize(russian)))
    sample.flush()
    assert _found(sample, "İbişov") == _titles(sample, "Krasnoyarsk")
    assert _found(sample, "автономия") == _titles(sample, "Krasnoyarsk")
    assert _found(sample, "soyqırımı") == _titles(sample, "Khojaly")  # Xocalı soyqırımı
    assert _found(sample, "İbişov Hacı") == _titles(sample, "Krasnoyarsk")  # any order


def test_a_pasted_paragraph_searches_without_error(sample) -> None:
    """Every word must be found, so a long paste finds nothing, but it must not fail
    (the names each word may end are bounded)."""
    paragraph = " ".join(f"Приморский край слово{n}" for n in range(150))
    assert _found(sample, paragraph) == set()
    assert _found(sample, "Приморский край " * 150) == _titles(sample, "Vladivostok")


def test_punctuation_alone_is_no_search_and_no_error(sample) -> None:
    everything = {t for t in sample.scalars(select(Event.title))}
    assert _found(sample, "/") == everything
    assert _found(sample, "— /") == everything
