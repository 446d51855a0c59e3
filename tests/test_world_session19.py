"""A Russian case form that spells another country's village in Latin letters."""

from __future__ import annotations

from db.world import world


def test_a_russian_locative_finds_its_own_town_before_a_latin_namesake() -> None:
    # "в Гомеле": the literal form is also a Turkish village's Latin name (Gömele)
    found = [c for c in world().lookup("Гомеле", kinds=("city",)) if c.exact]
    assert found and found[0].place.country_code == "BY"
    assert all(c.place.country_code != "TR" for c in found)


def test_a_latin_name_still_finds_a_town_named_in_cyrillic() -> None:
    found = [c for c in world().lookup("Gomel", kinds=("city",)) if c.exact]
    assert found and found[0].place.country_code == "BY"
