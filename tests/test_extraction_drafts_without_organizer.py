"""A report that names an event, its days and its place but no organizer still gives a draft.

The clerk adds the organizer by hand, so the draft says none was found; a sentence that only
names a town and a day, with no event, gives no draft. Texts written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.extraction import extract

PUBLISHED = dt.date(2025, 6, 20)

# One sentence each: a town, the days and "Days of ... culture", told with verbs of duration
# or with none; (text, the month of its days).
CULTURE_DAYS = [
    ("В Астрахани 15–16 мая проводились Дни азербайджанской культуры.", 5),
    ("В Уфе с 3 по 5 июня проходили Дни азербайджанской культуры.", 6),
    ("В Пензе 3-5 июня отмечались Дни узбекской культуры.", 6),
    ("Неделя узбекской культуры проходила в Уфе с 3 по 9 июня.", 6),
    ("Days of Azerbaijani culture took place in Kazan on May 12-14.", 5),
    ("Mayın 12-14-də Kazanda Azərbaycan mədəniyyəti günləri olub.", 5),
]


@pytest.mark.parametrize(("text", "month"), CULTURE_DAYS)
def test_culture_days_without_organizer_give_a_draft_that_asks_for_one(
    reference, text, month
) -> None:
    with reference.sessions() as session:
        result = extract(text, session, published=PUBLISHED)
    assert len(result.events) == 1, text
    (draft,) = result.events
    assert draft.city is not None and draft.country_code == "RU"
    assert draft.start_date is not None and draft.start_date.year == 2025
    assert draft.start_date.month == month
    assert draft.event_type == "celebration"  # what was held
    assert draft.organizations == []
    assert any("organizer" in warning.casefold() for warning in draft.warnings), draft.warnings


def test_a_draft_with_an_organizer_is_not_told_it_lacks_one(reference) -> None:
    text = (
        "В Казани 12 мая Азербайджанская национально-культурная автономия Татарстана "
        "провела вечер поэзии."
    )
    with reference.sessions() as session:
        (draft,) = extract(text, session, published=PUBLISHED).events
    assert draft.organizations
    assert not any("organizer" in warning.casefold() for warning in draft.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "В Казани 12 мая стояла жаркая погода.",
        "12 мая председатель общины вернулся в Казань из командировки.",
    ],
)
def test_a_town_and_a_day_without_an_event_give_no_draft(reference, text) -> None:
    with reference.sessions() as session:
        assert extract(text, session, published=PUBLISHED).events == []


TWO_PARAGRAPHS_RU = [
    "В Самаре 14 марта азербайджанская община провела вечер, посвящённый празднику Новруз. "
    "На вечере выступили музыканты.\n\n"
    "Дни азербайджанской культуры планируется провести в Тольятти 25–26 апреля. "
    "В программе концерт и выставка ковров.",
    "В Самаре 14 марта азербайджанская община провела вечер, посвящённый празднику Новруз. "
    "На вечере выступили музыканты.\n\n"
    "В Тольятти 25–26 апреля будут проходить Дни азербайджанской культуры, гостей ждут "
    "концерт и выставка ковров.",
    # no event verb at all: the paragraph's own town, days and event noun say it is another
    "В Самаре 14 марта азербайджанская община провела вечер, посвящённый празднику Новруз. "
    "На вечере выступили музыканты.\n\n"
    "В Тольятти 25–26 апреля ожидаются Дни азербайджанской культуры. "
    "В программе концерт и выставка ковров.",
]


@pytest.mark.parametrize("text", TWO_PARAGRAPHS_RU)
def test_a_paragraph_with_its_own_town_and_days_is_a_second_draft(reference, text) -> None:
    with reference.sessions() as session:
        result = extract(text, session, published=dt.date(2025, 3, 20))
    assert [draft.city for draft in result.events] == ["Samara", "Tolyatti"]
    first, second = result.events
    assert first.date == dt.date(2025, 3, 14)
    # the announced event's concert and exhibition are its own, not the evening's
    assert "concert" not in first.program and "exhibition" not in first.program
    assert "concert" in second.program
    # announced after the report: this year's April, not last year's
    assert (second.start_date, second.end_date) == (dt.date(2025, 4, 25), dt.date(2025, 4, 26))


def test_the_days_that_were_organized_are_not_their_own_organizer(reference) -> None:
    text = "В Уфе 3-5 июня были организованы Дни культуры Азербайджана."
    with reference.sessions() as session:
        (draft,) = extract(text, session, published=PUBLISHED).events
    assert draft.city == "Ufa"
    assert draft.event_type == "celebration"
    assert draft.organizations == []
    assert any("organizer" in warning.casefold() for warning in draft.warnings)


def test_a_paragraph_naming_a_town_and_a_day_but_no_event_stays_with_its_event(
    reference,
) -> None:
    text = (
        "В Самаре 14 марта азербайджанская община провела вечер, посвящённый празднику "
        "Новруз.\n\nМузыканты приехали в Самару из Тольятти 13 марта и выступили с песнями."
    )
    with reference.sessions() as session:
        result = extract(text, session, published=dt.date(2025, 3, 20))
    assert [draft.city for draft in result.events] == ["Samara"]
