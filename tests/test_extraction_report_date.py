"""A report with no publication date: a day whose own words give the year ("10 мая 2025
года") is the event's date, known exactly, so the draft does not ask the clerk to enter a
date by hand; a day without a year is still pointed out. Invented report sentences."""

from __future__ import annotations

import pytest

from desktop.extraction import extract

UNKNOWN_DATE = "enter the event's date by hand"


def _draft(reference, text: str):  # type: ignore[no-untyped-def]
    with reference.sessions() as session:
        (draft,) = extract(text, session, published=None).events
    return draft


@pytest.mark.parametrize("text", [
    "Вечер в Алматы\n\n10 мая 2025 года в Алматы культурный центр «Достлуг» провёл вечер "
    "поэзии, на который пришли члены общины, студенты и гости из соседних городов.",
    "Evening in Toronto\n\nOn May 10, 2025 the Cultural Association held a poetry evening in "
    "Toronto, attended by members of the community, students and guests from nearby towns.",
    "Ankarada gecə\n\n10 may 2025-ci ildə Ankarada \"Dostluq\" cəmiyyəti poeziya gecəsi "
    "keçirib, gecədə icma üzvləri, tələbələr və qonşu şəhərlərdən gələn qonaqlar iştirak edib.",
])
def test_a_day_with_its_year_needs_no_date_by_hand(reference, text: str) -> None:
    draft = _draft(reference, text)
    assert draft.start_date is not None and draft.start_date.year == 2025
    assert not [w for w in draft.warnings if UNKNOWN_DATE in w], draft.warnings


def test_a_day_without_a_year_is_pointed_out(reference) -> None:
    draft = _draft(reference, "Вечер в Алматы\n\n10 мая в Алматы культурный центр «Достлуг» "
                              "провёл вечер поэзии, на который пришли члены общины, студенты "
                              "и гости из соседних городов.")
    assert draft.warnings, "a day of no known year passed without a word"


def test_a_day_counted_from_a_day_with_its_year_needs_no_date_by_hand(reference) -> None:
    with reference.sessions() as session:
        drafts = extract(
            "Вечера в Казахстане\n\n10 мая 2025 года в Алматы культурный центр «Достлуг» "
            "провёл вечер поэзии, на который пришли члены общины, студенты и гости.\n\n"
            "Днём позже такой же вечер прошёл в Шымкенте, его организовало общество «Озан».",
            session, published=None).events
    assert [d.start_date.isoformat() for d in drafts] == ["2025-05-10", "2025-05-11"]
    assert not [w for d in drafts for w in d.warnings if UNKNOWN_DATE in w]
