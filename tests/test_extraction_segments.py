"""How a report splits into events (texts written for these tests, not taken from any corpus).

Each test states a shape of the genre that must give its own drafts: a body that "did the
same", an event on a later day than a "today" one, communities each keeping their own day, ...
"""

from __future__ import annotations

import datetime as dt

from desktop.extraction import extract


def test_a_body_that_did_the_same_holds_an_event_of_its_own(reference) -> None:
    text = (
        "Chicago, March 22: Members of the Kazakh community celebrated Nauryz with music "
        "and dancing. The Kazakh Cultural Society marked the holiday on Saturday by laying "
        "a festive table at its centre, and its chairman Aibek Nurlanov spoke to the guests. "
        "Honorary Consul Daniyar Seitkali, who opened his office in the spring, did the same "
        "at the consulate."
    )
    with reference.sessions() as session:
        result = extract(text, session)
    assert len(result.events) == 2
    assert all(e.city == "Chicago" for e in result.events)


def test_a_roundup_country_in_a_bodys_name_is_no_event(reference) -> None:
    text = (
        "Uzbek communities in several cities of the United States held events marking "
        "Independence Day, citing the State Committee on Work with Diaspora of Uzbekistan.\n\n"
        "At the event held in Denver, the chairman of the Silk Road Society Bakhtiyor "
        "Yusupov made a speech.\n\n"
        "At the event held in the city of Seattle, the community's elder Kamol Rakhimov "
        "greeted the guests."
    )
    with reference.sessions() as session:
        result = extract(text, session)
    assert [e.city for e in result.events] == ["Denver", "Seattle"]


def test_an_event_on_a_later_day_than_a_today_one_is_its_own(reference) -> None:
    text = (
        "May 3, 2024\n"
        "A video conference of the Polish community of Vilnius was held today. "
        "The chairwoman of the Vilnius Polish Society Anna Kowalska greeted the participants. "
        "The Polish Constitution Day festival, which will take place on May 5 in Vilnius in "
        "the city park, is expected to gather 2000 guests."
    )
    with reference.sessions() as session:
        result = extract(text, session)
    assert [(e.city, e.date) for e in result.events] == [
        ("Vilnius", dt.date(2024, 5, 3)),
        ("Vilnius", dt.date(2024, 5, 5)),
    ]


def test_communities_each_holding_the_holiday_on_a_day_of_their_own_ru(reference) -> None:
    text = (
        "Народы Поволжья встречают Новый год по восточному календарю\n"
        "Этот праздник отмечают в день весеннего равноденствия.\n"
        "Сегодня праздник в Самарской области отмечают узбеки и казахи. Узбеки вечером "
        "соберутся в Доме дружбы народов, где пройдёт концерт.\n"
        "22 марта праздник встретят туркмены, а 23 марта его отметят татары."
    )
    with reference.sessions() as session:
        result = extract(text, session)
    assert len(result.events) == 4
    assert all(e.region_code == "RU-SAM" for e in result.events)


def test_communities_each_holding_the_holiday_on_a_day_of_their_own_en(reference) -> None:
    text = (
        "Spring holiday marked by many communities of Ohio\n"
        "The Turkish community of Columbus celebrated Nowruz on March 20 with a picnic. "
        "The Georgian community held its celebration on March 22, and the Armenians "
        "marked the day with a concert on March 24."
    )
    with reference.sessions() as session:
        result = extract(text, session)
    assert len(result.events) == 3


def test_two_peoples_holding_one_event_together_give_one_draft(reference) -> None:
    text = (
        "Uzbeks and Kazakhs of Denver jointly celebrated Nowruz on March 21 at the "
        "community centre. The Uzbeks cooked pilaf, and the Kazakhs sang folk songs."
    )
    with reference.sessions() as session:
        result = extract(text, session)
    assert len(result.events) == 1


def test_peoples_named_at_one_event_on_one_day_give_one_draft(reference) -> None:
    text = (
        "On March 21, the Azerbaijani House in Cologne celebrated Novruz. The Azerbaijanis "
        "held a concert of folk music. The Georgians honoured the guests with songs."
    )
    with reference.sessions() as session:
        result = extract(text, session)
    assert len(result.events) == 1


def test_here_after_a_return_to_a_town_is_that_towns_event_ru(reference) -> None:
    text = (
        "В Самаре 5 мая 2024 года прошли мероприятия ко Дню Победы.\n"
        "Татарская община города Самары «Туган тел» участвовала в шествии, которое "
        "организовал областной совет ветеранов. После шествия в Тольятти участники "
        "вернулись в Самару. Здесь прошли памятные мероприятия, на которых выступил "
        "глава города Иван Петров."
    )
    with reference.sessions() as session:
        result = extract(text, session)
    assert [e.city for e in result.events] == ["Tolyatti", "Samara"]
    assert result.events[1].date == dt.date(2024, 5, 5)  # the day the lead gives the town


def test_here_after_a_return_to_a_town_is_that_towns_event_en(reference) -> None:
    text = (
        "Members of the Polish Youth Society took part in a parade organized by the Polish "
        "Alliance in Milwaukee on May 3. Afterwards they returned to Chicago. Here a "
        "concert was held at the Polish Museum, where Consul Jan Nowak spoke."
    )
    with reference.sessions() as session:
        result = extract(text, session)
    assert [e.city for e in result.events] == ["Milwaukee", "Chicago"]
