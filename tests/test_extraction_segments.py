"""How a report splits into events (texts written for these tests, not taken from any corpus).

Each test states a shape of the genre that must give its own drafts: a body that "did the
same", an event on a later day than a "today" one, communities each keeping their own day, ...
"""

from __future__ import annotations

import datetime as dt

from desktop.extraction import extract


def test_a_body_that_did_the_same_holds_an_event_of_its_own(database) -> None:
    text = (
        "Chicago, March 22: Members of the Kazakh community celebrated Nauryz with music "
        "and dancing. The Kazakh Cultural Society marked the holiday on Saturday by laying "
        "a festive table at its centre, and its chairman Aibek Nurlanov spoke to the guests. "
        "Honorary Consul Daniyar Seitkali, who opened his office in the spring, did the same "
        "at the consulate."
    )
    with database.sessions() as session:
        result = extract(text, session)
    assert len(result.events) == 2
    assert all(e.city == "Chicago" for e in result.events)


def test_a_roundup_country_in_a_bodys_name_is_no_event(database) -> None:
    text = (
        "Uzbek communities in several cities of the United States held events marking "
        "Independence Day, citing the State Committee on Work with Diaspora of Uzbekistan.\n\n"
        "At the event held in Denver, the chairman of the Silk Road Society Bakhtiyor "
        "Yusupov made a speech.\n\n"
        "At the event held in the city of Seattle, the community's elder Kamol Rakhimov "
        "greeted the guests."
    )
    with database.sessions() as session:
        result = extract(text, session)
    assert [e.city for e in result.events] == ["Denver", "Seattle"]


def test_an_event_on_a_later_day_than_a_today_one_is_its_own(database) -> None:
    text = (
        "May 3, 2024\n"
        "A video conference of the Polish community of Vilnius was held today. "
        "The chairwoman of the Vilnius Polish Society Anna Kowalska greeted the participants. "
        "The Polish Constitution Day festival, which will take place on May 5 in Vilnius in "
        "the city park, is expected to gather 2000 guests."
    )
    with database.sessions() as session:
        result = extract(text, session)
    assert [(e.city, e.date) for e in result.events] == [
        ("Vilnius", dt.date(2024, 5, 3)),
        ("Vilnius", dt.date(2024, 5, 5)),
    ]
