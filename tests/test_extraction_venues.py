"""Where an event was held and how many came (texts written for these tests).

A building or institution the event took place in ("в Доме дружбы народов", "Azərbaycan
Evində", "at the Ukrainian House") is the draft's venue. A hall, museum or library is not by
that one of its organizers; a community house or centre is, as its host: the genre (and
its annotation) counts the house of nationalities or the Azerbaijan House an event was held
in among the bodies that held it. A number of people who came ("около 150 человек",
"150-dən çox nəfər", "about 150 people attended") is its attendance, shown as approximate
when the report says so; a date, an anniversary, an age, money or the victims of a tragedy
are not.
"""

from __future__ import annotations

from db.models import OrganizerRole
from desktop.extraction import extract, extraction_to_json, format_extraction


def _event(reference, text: str):
    with reference.sessions() as session:
        events = extract(text, session).events
    assert len(events) == 1, [e.title for e in events]
    return events[0]


# --- venues ----------------------------------------------------------------------------------


def test_a_community_house_the_event_took_place_in_is_its_venue_and_its_host(
    reference,
) -> None:
    event = _event(
        reference,
        "Казань, 14 марта 2025 года. В Доме дружбы народов Татарстана состоялся вечер "
        "азербайджанской поэзии, посвящённый празднику Новруз. Гостей приветствовал "
        "председатель общины Эльчин Мамедов.",
    )
    assert event.organizations == ["Дом дружбы народов Татарстана"]
    assert event.organizer_roles == [OrganizerRole.HOST]
    assert event.venue == "Дом дружбы народов Татарстана"
    assert event.to_event_input().venue == "Дом дружбы народов Татарстана"


def test_the_organizer_named_by_a_cue_stays_and_the_house_is_the_venue(reference) -> None:
    event = _event(
        reference,
        "12 марта 2025 года. В Доме дружбы народов Омской области по инициативе общественной "
        "организации «Татарский культурный центр» состоялся праздник Навруз.",
    )
    assert any("Татарский культурный центр" in o for o in event.organizations)
    assert event.venue == "Дом дружбы народов Омской области"


def test_a_house_the_text_says_organized_the_event_is_also_its_organizer(reference) -> None:
    event = _event(
        reference,
        "5 мая 2025 года Дом дружбы народов Чувашии провёл концерт, посвящённый Дню Победы. "
        "Концерт прошёл в большом зале Национальной библиотеки Чувашии.",
    )
    assert any(o.startswith("Дом дружбы народов Чувашии") for o in event.organizations)
    assert event.venue == "большой зал Национальной библиотеки Чувашии"
    said = {
        "12 марта 2025 года в Доме дружбы народов Чувашии прошёл вечер татарской поэзии, "
        "организованный Домом дружбы народов Чувашии.": "Дом дружбы народов Чувашии",
        "2025-ci il martın 20-də Azərbaycan Evində Novruz tədbiri keçirilib. Tədbir "
        "Azərbaycan Evi tərəfindən təşkil olunub.": "Azərbaycan Evi",
        "On 24 August 2025 a concert organized by the Ukrainian Cultural Center was held at "
        "the Ukrainian Cultural Center in Chicago.": "Ukrainian Cultural Center",
    }
    for text, house in said.items():
        event = _event(reference, text)
        assert event.organizations == [house], text
        assert event.venue == house, text


def test_a_russian_venue_in_the_locative_is_put_in_the_nominative(reference) -> None:
    event = _event(
        reference,
        "22 марта 2025 года в Краснодарском краевом центре национальных культур прошёл "
        "праздник Навруз.",
    )
    assert event.venue == "Краснодарский краевой центр национальных культур"
    assert event.organizations == []


def test_the_centre_of_a_town_is_no_venue(reference) -> None:
    event = _event(
        reference,
        "9 мая 2025 года в центре Москвы прошло шествие, посвящённое Дню Победы.",
    )
    assert event.venue is None


def test_an_azerbaijani_house_in_the_locative_is_the_venue(reference) -> None:
    event = _event(
        reference,
        "Bakı, 21 mart 2025. Berlinin Azərbaycan Evində Novruz bayramı qeyd edilib. "
        "Almaniya-Azərbaycan Dostluq Cəmiyyətinin təşkilatçılığı ilə keçirilən tədbirə icma "
        "üzvləri qatılıb.",
    )
    assert "Almaniya-Azərbaycan Dostluq Cəmiyyəti" in event.organizations
    assert event.venue == "Berlinin Azərbaycan Evi"


def test_an_azerbaijani_museum_or_university_in_the_locative_is_the_venue(reference) -> None:
    museum = _event(
        reference,
        "2025-ci il fevralın 26-da Tbilisidə Gürcüstan Milli Muzeyində Xocalı soyqırımı "
        "qurbanlarının xatirəsinə anım tədbiri keçirilib.",
    )
    assert museum.venue == "Gürcüstan Milli Muzeyi"
    assert museum.organizations == []


def test_an_english_house_or_hall_is_the_venue_not_the_organizer(reference) -> None:
    house = _event(
        reference,
        "A memorial evening was held at the Azerbaijan House in Vienna on 26 February 2025, "
        "organized by the Azerbaijani Cultural Society of Austria.",
    )
    assert house.organizations == ["Azerbaijani Cultural Society of Austria"]
    assert house.venue == "Azerbaijan House"
    hall = _event(
        reference,
        "On 24 August 2025 the Ukrainian community of Toronto celebrated Independence Day "
        "in the St. Volodymyr Cathedral Hall.",
    )
    assert hall.venue == "St. Volodymyr Cathedral Hall"
    assert not any("Hall" in o for o in hall.organizations)


def test_a_body_named_before_the_venue_still_organizes(reference) -> None:
    az = _event(
        reference,
        "2025-ci il martın 20-də Parisdə Fransa Azərbaycanlılar Birliyi Azərbaycan Evində "
        "Novruz tədbiri keçirib.",
    )
    assert az.organizations[0] == "Fransa Azərbaycanlılar Birliyi"
    assert az.venue == "Azərbaycan Evi"
    en = _event(
        reference,
        "At the Ukrainian House in Chicago, the Ukrainian Heritage Society held a concert "
        "on 24 August 2025.",
    )
    assert en.organizations == ["Ukrainian Heritage Society"]
    assert en.venue == "Ukrainian House"


def test_a_speakers_workplace_is_no_venue(reference) -> None:
    event = _event(
        reference,
        "On 26 February 2025 the Azerbaijani American Council held a vigil in Denver. "
        "Dr. Leyla Hasanova, a professor at the University of Colorado, spoke about Khojaly.",
    )
    assert event.venue is None


def test_the_venue_is_shown_in_the_terminal_and_the_json(reference) -> None:
    text = (
        "22 марта 2025 года в Краснодарском краевом центре национальных культур прошёл "
        "праздник Навруз."
    )
    with reference.sessions() as session:
        result = extract(text, session)
    assert "Краснодарский краевой центр национальных культур" in format_extraction(result)
    (event,) = extraction_to_json(result)["events"]
    assert event["venue"] == "Краснодарский краевой центр национальных культур"
    assert event["evidence"]["venue"] == ["Краснодарском краевом центре национальных культур"]


# --- attendance -------------------------------------------------------------------------------


def _attendance(reference, text: str) -> tuple[int | None, list[str]]:
    event = _event(reference, text)
    assert event.to_event_input().attendance == event.attendance
    return event.attendance, event.warnings


def test_an_approximate_russian_count_of_people_is_the_attendance_and_flagged(reference) -> None:
    texts = {
        "5 мая 2025 года в Омске татарская автономия провела праздник. На праздник пришли "
        "около 150 человек.": (150, "около 150 человек"),
        "5 мая 2025 года в Омске прошёл вечер татарской поэзии, в котором приняли участие "
        "более 200 участников.": (200, "более 200 участников"),
        "9 мая 2025 года у Вечного огня в Самаре собрались свыше 300 человек.":
            (300, "свыше 300 человек"),
        "5 мая 2025 года в Омске прошёл концерт, на который пришли более ста человек.":
            (100, "более ста человек"),
    }
    for text, (number, words) in texts.items():
        attendance, warnings = _attendance(reference, text)
        assert attendance == number, text
        assert any(words in w for w in warnings), warnings


def test_an_exact_count_is_the_attendance_without_a_note(reference) -> None:
    attendance, warnings = _attendance(
        reference,
        "5 мая 2025 года в Омске прошёл праздник, в котором приняли участие 85 человек.",
    )
    assert attendance == 85
    assert not any("85" in w for w in warnings)


def test_azerbaijani_and_english_counts_of_people(reference) -> None:
    texts = {
        "2025-ci il martın 20-də Berlində Novruz bayramı qeyd edilib. Tədbirdə 150-dən çox "
        "nəfər iştirak edib.": 150,
        "2025-ci il martın 20-də Parisdə Novruz bayramı qeyd edilib. Tədbirə 100-ə yaxın "
        "iştirakçı qatılıb.": 100,
        "On 20 March 2025 the Azerbaijani community of Chicago celebrated Novruz. About 150 "
        "people attended.": 150,
        "A Nauryz concert was held in Toronto on 21 March 2025. More than 1,200 guests "
        "came to the hall.": 1200,
    }
    for text, number in texts.items():
        attendance, warnings = _attendance(reference, text)
        assert attendance == number, text
        assert any(str(number) in w or f"{number:,}" in w for w in warnings), warnings


def test_those_who_came_to_remember_the_dead_are_the_attendance(reference) -> None:
    texts = {
        "26 февраля 2025 года в Казани прошёл вечер. Почтить память погибших собрались "
        "более 200 человек.": 200,
        "On 26 February 2025 over 300 people gathered in Boston to honour those killed in "
        "Khojaly.": 300,
    }
    for text, number in texts.items():
        attendance, _warnings = _attendance(reference, text)
        assert attendance == number, text


def test_dates_anniversaries_ages_money_and_victims_are_no_attendance(reference) -> None:
    texts = [
        "26 февраля 2025 года в Казани прошёл вечер памяти. В Ходжалы погибли 613 человек, "
        "среди них 63 ребёнка.",
        "12 июня 2025 года в Омске отметили 150-летие татарской школы. Для детей от 7 до 12 "
        "лет прошёл конкурс, билеты стоили 300 рублей.",
        "2025-ci il fevralın 26-da Berlində anım tədbiri keçirilib. Xocalıda 613 nəfər "
        "qətlə yetirilib.",
        "On 26 February 2025 a vigil marked the 33rd anniversary of Khojaly in Boston, "
        "where 613 civilians were killed in 1992. Tickets cost $150.",
    ]
    for text in texts:
        attendance, _warnings = _attendance(reference, text)
        assert attendance is None, text
