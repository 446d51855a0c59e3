"""A Cyrillic town name that matches no Cyrillic name of a town, only the letters of one of
its foreign Latin names ("Маскава" spells Latvian "Maskava", "Москау" German "Moskau"),
is a doubtful spelling: the name check asks before the event is stored as Moscow, and a
save that skips the check does not store it there silently. Correct spellings in any
script, and real Cyrillic names of the town (Belarusian "Масква"), still pass."""

from __future__ import annotations

import pytest

from db.event_store import EventInput, EventStore, ValidationError


def questions(database, **place: str | None):
    with database.sessions() as session:
        return EventStore(session).name_questions(EventInput(title="Evening", **place))


@pytest.mark.parametrize("country", ["RU", "Russia", "Россия"])
@pytest.mark.parametrize("typed", ["Маскава", "Москау", "Моска", "Mosckow"])
def test_a_typo_with_only_a_country_is_asked_about(database, typed, country):
    asked = [q for q in questions(database, city=typed, country=country) if q.kind == "city"]
    assert asked, f"{typed!r} in {country!r} passed the name check"


@pytest.mark.parametrize("country", ["RU", "Russia"])
@pytest.mark.parametrize("typed", ["Moskva", "Moscow", "Москва", "москва", "в Москве", "Масква"])
def test_a_right_spelling_with_a_country_asks_nothing(database, typed, country):
    assert [q for q in questions(database, city=typed, country=country) if q.kind == "city"] == []


def test_saving_a_typo_is_not_stored_as_the_town_it_resembles(database):
    with database.sessions() as session:
        store = EventStore(session)
        try:
            event = store.save(EventInput(title="Evening", city="Маскава", country="RU"))
        except ValidationError:
            return  # refused: the clerk is told
        assert event.city is None or event.city.name != "Moscow", (
            "saved as Moscow without a question"
        )
