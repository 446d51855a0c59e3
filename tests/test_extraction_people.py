"""Who spoke, in what role, and who organized: behaviours on texts written for these tests.

Each test names a way reports of the genre write people and bodies (a middle initial, a
first name that is also a town, a speaker list in the genitive, a role after the name...),
never a phrase of the development corpus.
"""

from __future__ import annotations

from desktop.extraction import extract


def _speakers(database, text: str) -> list[dict[str, str | None]]:
    with database.sessions() as session:
        result = extract(text, session)
    return [s for e in result.events for s in e.speakers]


def _names(database, text: str) -> list[str]:
    return [s["name"] or "" for s in _speakers(database, text)]


def test_middle_initials_and_irish_surnames_are_part_of_the_name(database) -> None:
    text = (
        "On 12 May the Heritage Society held a memorial evening in Leeds. "
        "Professor Daniel K. Morrow and Reverend Patrick O'Connell addressed the gathering."
    )
    names = _names(database, text)
    assert "Daniel K. Morrow" in names
    assert "Patrick O'Connell" in names


def test_a_first_name_that_is_also_a_town_is_still_a_name(database) -> None:
    text = (
        "On 12 May the Heritage Society held a memorial evening in Leeds. "
        "Chairwoman of the Heritage Society Sofia Lindqvist spoke about the victims."
    )
    speakers = _speakers(database, text)
    assert [s["name"] for s in speakers] == ["Sofia Lindqvist"]
    assert speakers[0]["role"] == "Chairwoman"


def test_the_town_of_a_title_before_the_name_is_not_part_of_the_name(database) -> None:
    text = (
        "On 12 May the Heritage Society held a memorial evening in Leeds. "
        "Former Mayor of Squamish Peter Grantley spoke about the victims."
    )
    speakers = _speakers(database, text)
    assert [s["name"] for s in speakers] == ["Peter Grantley"]
    assert "Mayor" in (speakers[0]["role"] or "")
