"""Reports of the genre written for these tests (tests/data/extraction_session17: invented
organizations, people and towns), and the fields a clerk would fill from them that the
extractor got wrong: bodies joined as co-organizers, days written relative to the report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.extraction import extract

ARTICLES = Path(__file__).parent / "data" / "extraction_session17" / "articles"


def _drafts(reference, text: str, published: dt.date):
    with reference.sessions() as session:
        return extract(text, session, published=published).events


def _article(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


# --- co-organizers -----------------------------------------------------------------------

CO_ORGANIZED = [
    # the subject of "организатором выступила", a body natasha does not see, with its
    # short name in brackets, then "совместно с"
    (
        "Организатором выступила азербайджанская национально-культурная автономия (АНКА) "
        "Тверской области совместно с молодёжным клубом «Ветер». Вечер прошёл 3 марта в Твери.",
        ["азербайджанская национально-культурная автономия (АНКА) Тверской области",
         "молодёжный клуб «Ветер»"],
    ),
    # a community house as the co-organizer
    (
        "Фестиваль, подготовленный ФНКА татар Пензенской области совместно с областным Домом "
        "народного творчества, прошёл 12 июня в Пензе.",
        ["ФНКА татар Пензенской области", "областной Дом народного творчества"],
    ),
    # a body's short name in brackets, then "и" and the next body
    (
        "Турнир организовали Союз узбекской молодёжи Армении (СУМА) и спортивный клуб "
        "«Арарат». Турнир прошёл 2 мая в Гюмри.",
        ["Союз узбекской молодёжи Армении (СУМА)", "спортивный клуб «Арарат»"],
    ),
    (
        "Mayın 14-də Parisdə fotosərgi açılıb. Sərgi Fransa Azərbaycanlıları Assosiasiyası və "
        "\"Dəniz\" Mədəniyyət Mərkəzinin birgə təşkilatçılığı ilə keçirilir.",
        ["Fransa Azərbaycanlıları Assosiasiyası", "\"Dəniz\" Mədəniyyət Mərkəzi"],
    ),
    (
        "A round table was held on May 14 in Lyon. The event was organized by the "
        "Azerbaijani-French Forum in cooperation with the Lyon Integration Council.",
        ["Azerbaijani-French Forum", "Lyon Integration Council"],
    ),
]


@pytest.mark.parametrize(("text", "organizers"), CO_ORGANIZED)
def test_every_body_of_a_joint_organization_is_an_organizer(
    reference, text: str, organizers: list[str]
) -> None:
    (draft,) = _drafts(reference, text, dt.date(2025, 6, 20))
    assert [name.casefold() for name in draft.organizations] == [
        name.casefold() for name in organizers
    ]


# --- days relative to the report ---------------------------------------------------------

RELATIVE_DAYS = [
    # published on a Monday: "last Saturday" is two days before
    ("В минувшую субботу в Пензе прошёл праздник Новруз.", dt.date(2025, 3, 24),
     dt.date(2025, 3, 22)),
    ("В прошлое воскресенье в Пензе прошёл праздник Новруз.", dt.date(2025, 3, 24),
     dt.date(2025, 3, 23)),
    ("Накануне в Доме дружбы Пензы прошёл вечер памяти.", dt.date(2025, 2, 27),
     dt.date(2025, 2, 26)),
    ("Ötən şənbə Parisdə kitabın təqdimatı keçirilib.", dt.date(2025, 4, 14),
     dt.date(2025, 4, 12)),
    # a day counted from the start of several days
    ("Mayın 14-də başlayan Azərbaycan Mədəniyyəti Günlərinin 2-ci günü Lionda fotosərgi "
     "açılıb.", dt.date(2025, 5, 16), dt.date(2025, 5, 15)),
    ("На третий день фестиваля, начавшегося 12 мая, в Лионе открылась выставка.",
     dt.date(2025, 5, 16), dt.date(2025, 5, 14)),
    ("On the second day of the festival that began on May 14, an exhibition opened in Lyon.",
     dt.date(2025, 5, 16), dt.date(2025, 5, 15)),
    # "bazar" alone is Sunday; "bazar ertəsi" is Monday
    ("Keçən bazar Parisdə Novruz bayramı qeyd olunub.", dt.date(2025, 3, 26),
     dt.date(2025, 3, 23)),
    ("Ötən gün Parisdə Novruz bayramı qeyd olunub.", dt.date(2025, 3, 26),
     dt.date(2025, 3, 25)),
]


@pytest.mark.parametrize(("text", "published", "day"), RELATIVE_DAYS)
def test_a_day_written_relative_to_the_report(
    reference, text: str, published: dt.date, day: dt.date
) -> None:
    (draft,) = _drafts(reference, text, published)
    assert draft.date == day


def test_the_eve_of_a_holiday_is_not_the_day_before_the_report(reference) -> None:
    text = "Накануне Дня Победы в Пензе прошёл праздничный концерт."
    (draft,) = _drafts(reference, text, dt.date(2025, 5, 5))
    assert draft.date != dt.date(2025, 5, 4)


# --- the invented reports as a whole -----------------------------------------------------


def test_a_commemoration_held_the_day_before_by_two_bodies(reference) -> None:
    (draft,) = _drafts(reference, _article("r01-ru.txt"), dt.date(2025, 2, 27))
    assert draft.date == dt.date(2025, 2, 26)
    assert len(draft.organizations) == 2
    assert "(АНКА)" in draft.organizations[0]


# --- one more event in another town ------------------------------------------------------


def test_a_town_and_an_event_verb_open_an_azerbaijani_event_without_an_event_noun(
    reference,
) -> None:
    text = (
        "Fevralın 26-da Lionda Xocalı soyqırımının qurbanlarının xatirəsi anılıb. Tədbir bir "
        "dəqiqəlik sükutla başlayıb.\n\nHəmin gün Marseldə də anım mərasimi keçirilib. "
        "Abidəyə əklil qoyulub."
    )
    drafts = _drafts(reference, text, dt.date(2025, 2, 27))
    assert len(drafts) == 2 and drafts[0].city != drafts[1].city
    assert drafts[1].city == "Marseille"
    assert "minute_of_silence" in drafts[0].program
    assert "minute_of_silence" not in drafts[1].program


def test_a_body_did_it_together_with_another_azerbaijani(reference) -> None:
    text = (
        "Fevralın 26-da Lionda anım tədbiri keçirilib. Tədbiri Lion Azərbaycan Mədəniyyət "
        "Dərnəyi Fransa-Azərbaycan Gənclər Birliyi ilə birgə təşkil edib."
    )
    (draft,) = _drafts(reference, text, dt.date(2025, 2, 27))
    assert draft.organizations == [
        "Lion Azərbaycan Mədəniyyət Dərnəyi", "Fransa-Azərbaycan Gənclər Birliyi"
    ]


# --- speakers' roles ---------------------------------------------------------------------


def _speakers(reference, text: str) -> list[tuple[str, str | None, str | None]]:
    drafts = _drafts(reference, text, dt.date(2025, 3, 24))
    return [(s["name"], s["role"], s["organization"]) for d in drafts for s in d.speakers]


SPEAKER_ROLES = [
    # a diplomat's country and seat are his title, not a body
    (
        "The Novruz festival was held on Saturday in Dallas. Consul General of Azerbaijan in "
        "Los Angeles Elmar Karimov also addressed the audience.",
        ("Elmar Karimov", "Consul General of Azerbaijan in Los Angeles", None),
    ),
    # an honorific before the name gives way to the role after it
    (
        "A round table was held on March 20 in Lyon, organized by the Azerbaijani-French "
        "Forum. Dr. Leyla Hasanova, head of the Forum, spoke about the events of 1990.",
        ("Leyla Hasanova", "head", "Azerbaijani-French Forum"),
    ),
    # an occupation before the name and a position at a body after it
    (
        "A round table was held on March 20 in Lyon. Historian Paul Girard, a professor at "
        "the University of Lyon, presented his research.",
        ("Paul Girard", "historian, professor", "University of Lyon"),
    ),
    # the board of a body is part of the title; the body is the one named in the genitive;
    # "at the opening of the exhibition" is where, not who
    (
        "Martın 20-də Lionda fotosərgi açılıb. Sərginin açılışında Fransa Azərbaycanlıları "
        "Konfederasiyasının idarə heyətinin üzvü Samir Qasımov çıxış edib.",
        ("Samir Qasımov", "idarə heyətinin üzvü", "Fransa Azərbaycanlıları Konfederasiyası"),
    ),
    # the author of a book is no body's officer
    (
        "Martın 20-də Lionda kitabın təqdimatı keçirilib. Kitabın müəllifi Rəşid Nəsirli "
        "əsərin yazılma tarixçəsi barədə məlumat verib.",
        ("Rəşid Nəsirli", "Kitabın müəllifi", None),
    ),
    (
        "Martın 20-də Lionda fotosərgi açılıb. Sərgidə fotoqraf Aynur Səfərli çıxış edib.",
        ("Aynur Səfərli", "fotoqraf", None),
    ),
    (
        "20 марта в Лионе прошла презентация книги. Автор книги Рашид Насирли рассказал "
        "об истории её создания.",
        ("Рашид Насирли", "автор книги", None),
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKER_ROLES)
def test_a_speakers_role_and_body(
    reference, text: str, speaker: tuple[str, str | None, str | None]
) -> None:
    found = _speakers(reference, text)
    assert [(name, (role or "").casefold(), org) for name, role, org in found][:1] == [
        (speaker[0], (speaker[1] or "").casefold(), speaker[2])
    ]


# --- the kind of event -------------------------------------------------------------------

EVENT_TYPES = [
    # an exhibition and a concert held at a holiday are items of it
    (
        "Martın 20-də Lionda Fransa Azərbaycanlıları Konqresinin təşkilatçılığı ilə Novruz "
        "bayramı münasibətilə tədbir keçirilib. Tədbirdə milli mətbəx sərgisi təşkil olunub. "
        "Sonda konsert proqramı təqdim olunub.",
        "celebration",
    ),
    (
        "21 марта в Лионе прошёл праздничный вечер, посвящённый Новрузу. Участники читали "
        "стихи, в завершение состоялся концерт.",
        "celebration",
    ),
    # the exhibition is the event, with the verb before it
    (
        "2 ноября в Лионе в средней школе №5 открылась выставка детских рисунков.",
        "exhibition",
    ),
    ("Martın 20-də Lionda fotosərgi açılıb.", "exhibition"),
]


@pytest.mark.parametrize(("text", "kind"), EVENT_TYPES)
def test_the_kind_of_event(reference, text: str, kind: str) -> None:
    (draft,) = _drafts(reference, text, dt.date(2025, 3, 24))
    assert draft.event_type == kind


def test_a_roundup_lead_gives_its_anniversary_to_every_town(reference) -> None:
    text = (
        "Ukrainian communities in several Midwestern cities marked the 34th anniversary of "
        "Ukraine's independence last weekend.\n\nIn Chicago, the Ukrainian Youth League held a "
        "flag raising ceremony on Saturday, August 23.\n\nIn Cleveland, the Ukrainian Women's "
        "Club held a festival on Sunday, August 24."
    )
    drafts = _drafts(reference, text, dt.date(2025, 8, 26))
    assert [(d.city, d.anniversary) for d in drafts] == [("Chicago", 34), ("Cleveland", 34)]


# --- occasions and anniversaries ---------------------------------------------------------


def test_a_shared_holiday_name_is_the_holiday_nearest_the_events_day(reference) -> None:
    text = "2 ноября в Лионе прошёл турнир по мини-футболу, посвящённый Дню Победы."
    (draft,) = _drafts(reference, text, dt.date(2024, 11, 4))
    assert draft.occasion == "Victory Day (November 8)"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("2 ноября в Лионе открылась выставка, посвящённая четвёртой годовщине Победы.", 4),
        ("26 февраля в Лионе прошёл вечер памяти к тридцать третьей годовщине Ходжалинской "
         "трагедии.", 33),
        ("Fevralın 26-da Lionda Xocalı soyqırımının otuz üçüncü ildönümü ilə bağlı anım "
         "tədbiri keçirilib.", 33),
    ],
)
def test_an_anniversary_written_in_words(reference, text: str, number: int) -> None:
    (draft,) = _drafts(reference, text, dt.date(2025, 2, 27))
    assert draft.anniversary == number


# --- programme items ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("The evening held on March 20 in Lyon featured a screening of a documentary film.",
         "film_screening"),
        ("The festival held on March 20 in Lyon offered a film screening and a reception.",
         "film_screening"),
        ("Martın 20-də Lionda tədbir keçirilib. Axşam Azərbaycan filmi nümayiş olunub.",
         "film_screening"),
        ("On March 20 the Kazakh Youth Association held a football tournament in Lyon. The "
         "winners received cups.", "award_ceremony"),
        ("2 ноября в Лионе прошёл турнир по мини-футболу. Кубок победителям вручил председатель "
         "общины.", "award_ceremony"),
        ("Martın 20-də Lionda yazıçının \"Dağ\" kitabının təqdimat mərasimi keçirilib.",
         "book_presentation"),
        ("A round table was held on March 20 in Lyon. Historian Paul Girard presented his "
         "research.", "presentation"),
    ],
)
def test_a_programme_item(reference, text: str, item: str) -> None:
    (draft,) = _drafts(reference, text, dt.date(2025, 3, 24))
    assert item in draft.program


# --- who organized, who celebrated; one more town --------------------------------------


def test_who_celebrated_is_not_who_organized_when_the_organizer_is_named(reference) -> None:
    text = (
        "The Kazakh community of Lyon celebrated the Independence Day of Kazakhstan on "
        "December 16 with a gala evening organized by the Kazakh Friendship Foundation."
    )
    (draft,) = _drafts(reference, text, dt.date(2024, 12, 18))
    assert draft.organizations == ["Kazakh Friendship Foundation"]


def test_a_towns_community_opening_a_sentence_tells_of_its_own_event(reference) -> None:
    text = (
        "In Cleveland, the Ukrainian Women's Club held a festival on Sunday, August 24.\n\n"
        "Meanwhile, the community of Minneapolis laid flowers at the monument."
    )
    drafts = _drafts(reference, text, dt.date(2025, 8, 26))
    assert [d.city for d in drafts] == ["Cleveland", "Minneapolis"]
    assert "wreath_laying" not in drafts[0].program
