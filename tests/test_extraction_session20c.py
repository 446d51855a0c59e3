"""A relative clause inside a list of speakers, a woman who spoke about a topic in
Azerbaijani, a guest's home town that is not the event's town, and two towns of one
sentence. Report sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

from tests.test_extraction_session20b import _events, _speakers


def test_a_speaker_after_a_relative_clause_in_the_list_is_kept(reference) -> None:
    assert _speakers(
        reference,
        "Novruz evening in Leeds\n\n"
        "On April 6 the Azerbaijani Society of Leeds held a Novruz evening."
        " Speakers included Farid Aliyev, who spoke about the history of the holiday,"
        " and Leyla Mammadova.",
    ) == ["Farid Aliyev", "Leyla Mammadova"]


def test_a_woman_who_spoke_about_a_topic_in_azerbaijani_is_the_speaker(reference) -> None:
    assert _speakers(
        reference,
        "Samarada poeziya gecəsi\n\n"
        "Aprelin 10-da Samarada Azərbaycan İcması poeziya gecəsi keçirib."
        " Gecədə Səbinə Məmmədova müasir poeziya haqqında danışıb.",
    ) == ["Səbinə Məmmədova"]


def test_a_guests_home_town_is_not_the_events_town(reference) -> None:
    (draft,) = _events(
        reference,
        "Students mark Novruz with sweets and music\n\n"
        "AMES, Iowa — The Azerbaijani Student Association at Iowa State University"
        " celebrated Novruz on Saturday, April 5. Members of the First Lutheran Church"
        " in Des Moines joined the students and tasted the traditional sweets.",
    )
    assert draft.city == "Ames"


def test_two_towns_of_one_sentence_are_two_events(reference) -> None:
    events = _events(
        reference,
        "Novruz in Israel\n\n"
        "Novruz celebrations organized by the Azerbaijani Community Association"
        " were held in Hadera and Ashkelon last Sunday.",
    )
    assert [(e.city, e.date) for e in events] == [
        ("Hadera", dt.date(2025, 4, 13)),
        ("Ashkelon", dt.date(2025, 4, 13)),
    ]
    assert all(e.organizations for e in events)
