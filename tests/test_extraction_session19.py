"""Shapes of reports the earlier sets had few of: Azerbaijani paragraphs that each open on
a day with its case suffix ("Aprelin 10-da"), a body told again only by its kind
("cəmiyyətin təşkilatçılığı ilə"), joint events of two bodies in two towns, celebrations
that "would continue" in another town, a town in a speaker's affiliation, and a Russian day
that is both the date and the occasion's name. Report sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

from desktop.extraction import extract

PUBLISHED = dt.date(2025, 4, 14)


def _events(reference, text: str, published: dt.date = PUBLISHED):  # type: ignore[no-untyped-def]
    with reference.sessions() as session:
        return extract(text, session, published=published).events


def test_azerbaijani_paragraphs_opening_on_a_suffixed_day_are_prose_not_a_list(
    reference,
) -> None:
    events = _events(
        reference,
        "Almaniyada Novruz bayramı qeyd olunub\n\n"
        "Aprelin 10-da Berlində keçirilən tədbirdə icma üzvləri bayramı birlikdə qarşılayıblar."
        " Cəmiyyətin sədri Kamran Əliyev çıxış edib.\n\n"
        "Aprelin 12-də isə Hamburqda bayram şənliyi təşkil olunub. Gənclər milli rəqslər"
        " ifa ediblər.",
    )
    assert [(e.city, e.date) for e in events] == [
        ("Berlin", dt.date(2025, 4, 10)), ("Hamburg", dt.date(2025, 4, 12))
    ]


def test_an_organizer_told_only_by_its_kind_is_the_body_named_before(reference) -> None:
    (draft,) = _events(
        reference,
        "Osloda bahar şənliyi\n\n"
        "Aprelin 6-da Oslo şəhərində bahar şənliyi keçirilib. \"Çinar\" Norveç-Azərbaycan"
        " Cəmiyyəti üzvlərini şəhər kitabxanasında toplayıb.\n\n"
        "Şənlik cəmiyyətin təşkilatçılığı ilə baş tutub. Uşaqlar mahnılar oxuyublar.",
    )
    assert len(draft.organizations) == 1
    assert "Çinar" in draft.organizations[0] and "Cəmiyyəti" in draft.organizations[0]


def test_azerbaijani_bodies_holding_joint_events_for_an_anniversary_organize_each(
    reference,
) -> None:
    events = _events(
        reference,
        "Almaniyada Novruz\n\n"
        "Almaniya Azərbaycanlıları Birliyi və \"Günəş\" Mədəniyyət Mərkəzi Novruz bayramı ilə"
        " bağlı birgə bayram tədbirləri keçiriblər.\n\n"
        "Aprelin 10-da Berlində keçirilən tədbirdə icma üzvləri bayramı qarşılayıblar.\n\n"
        "Aprelin 12-də isə Hamburqda bayram şənliyi təşkil olunub.",
    )
    assert len(events) == 2
    for event in events:
        assert len(event.organizations) == 2, event.organizations


def test_celebrations_that_would_continue_in_another_town_are_one_more_event(reference) -> None:
    events = _events(
        reference,
        "Novruz in Denver\n\n"
        "The Rocky Mountain Azerbaijani Society held a Novruz celebration in Denver on"
        " April 5. Guests enjoyed music and traditional dishes.\n\n"
        "The society said the celebrations would continue in Boulder the following weekend"
        " with a dance evening.",
    )
    assert [e.city for e in events] == ["Denver", "Boulder"]


def test_a_town_in_a_speakers_affiliation_is_not_the_events_town(reference) -> None:
    (draft,) = _events(
        reference,
        "Spring holiday marked\n\n"
        "DENVER – The Rocky Mountain Azerbaijani Society held a Novruz celebration on"
        " April 5. Imam Rauf Safarov of the Azerbaijani mosque in Boulder read a prayer.",
    )
    assert draft.city == "Denver"


def test_a_day_that_names_the_occasion_still_dates_the_event(reference) -> None:
    (draft,) = _events(
        reference,
        "Память жертв трагедии\n\n"
        "Азербайджанская община Эстонии 20 января провела в Таллине вечер памяти жертв"
        " трагедии 20 Января. Собравшиеся почтили память погибших минутой молчания.",
        published=dt.date(2025, 1, 22),
    )
    assert draft.date == dt.date(2025, 1, 20)


def test_celebrations_continuing_in_a_town_of_the_same_state_are_one_more_event(
    reference,
) -> None:
    events = _events(
        reference,
        "Constitution Day in Ohio\n\n"
        "Members of the Polish community gathered in Ohio on May 4 for a Constitution Day"
        " celebration organised by the Polish Heritage Club.\n\n"
        "The club said the celebrations would continue in Cleveland the following weekend.",
        published=dt.date(2025, 5, 6),
    )
    assert len(events) == 2
    assert events[1].city == "Cleveland"


def test_a_hall_of_a_university_in_a_town_is_the_events_town(reference) -> None:
    (draft,) = _events(
        reference,
        "Spring holiday marked\n\n"
        "The Kazakh community held a Nauryz celebration in the Great Hall of the University"
        " of Colorado in Boulder on April 5.",
    )
    assert draft.city == "Boulder"


def test_a_body_that_opened_the_event_organized_it(reference) -> None:
    (draft,) = _events(
        reference,
        "Рисунки детей\n\n"
        "В Риге 14 сентября начала работу выставка детских рисунков. Выставку открыло"
        " Латвийское общество азербайджанцев «Ширван».",
        published=dt.date(2025, 9, 15),
    )
    assert any("Ширван" in name for name in draft.organizations)
