"""Shapes of reports the earlier sets had few of: an Azerbaijani body as the subject of a
long sentence that ends on "təşkil edib", an organizer and a supporter joined by a comma
("X-in təşkilatçılığı, Y-in dəstəyi ilə"), a co-organizer of a passive "həyata keçiriləcək",
an English supporter "with the help of", and a foreign woman's surname after a Russian
genitive first name. Report sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

from desktop.extraction import extract

PUBLISHED = dt.date(2025, 6, 16)


def _events(reference, text: str, published: dt.date = PUBLISHED):  # type: ignore[no-untyped-def]
    with reference.sessions() as session:
        return extract(text, session, published=published).events


def test_an_azerbaijani_body_opening_a_long_sentence_is_its_organizer(reference) -> None:
    (draft,) = _events(
        reference,
        "Astanada Milli Qurtuluş Günü qeyd olunub\n\n"
        "Azərbaycanın Qazaxıstandakı səfirliyi iyunun 15-də Astanada, səfirliyin binasında"
        " Milli Qurtuluş Günü münasibətilə rəsmi qəbul təşkil edib. Səfir qonaqları təbrik edib.",
    )
    assert draft.organizations == ["Azərbaycanın Qazaxıstandakı səfirliyi"]


def test_an_organizer_and_a_supporter_joined_by_a_comma_are_both_bodies(reference) -> None:
    (draft,) = _events(
        reference,
        "Kiyevdə anım mərasimi\n\n"
        "Dünən Kiyevdə Ukrayna Azərbaycanlılarının Birliyinin təşkilatçılığı, Ukrayna Təhsil"
        " Nazirliyinin dəstəyi ilə 20 Yanvar faciəsinin qurbanları anılıb.",
        published=dt.date(2025, 1, 21),
    )
    assert draft.organizations == [
        "Ukrayna Azərbaycanlılarının Birliyi", "Ukrayna Təhsil Nazirliyi"
    ]


def test_a_body_that_carries_out_the_events_together_with_the_organizer_co_organizes(
    reference,
) -> None:
    (draft,) = _events(
        reference,
        "Vilnüsdə Novruz şənliyi keçiriləcək\n\n"
        "Litva Azərbaycanlılarının İcması martın 20-də Vilnüsdə Novruz şənliyi keçirəcək."
        " Tədbir Vilnüs Universiteti ilə birgə həyata keçiriləcək.",
        published=dt.date(2025, 3, 10),
    )
    assert draft.organizations == ["Litva Azərbaycanlılarının İcması", "Vilnüs Universiteti"]


def test_a_body_that_helped_is_a_supporter_in_english(reference) -> None:
    (draft,) = _events(
        reference,
        "Novruz in Nicosia\n\n"
        "The Azerbaijani Cultural Society of Cyprus held a Novruz celebration in Nicosia on June 14"
        " with the help of the Cyprus Chamber of Commerce.",
    )
    assert draft.organizations == [
        "Azerbaijani Cultural Society of Cyprus", "Cyprus Chamber of Commerce"
    ]


def test_a_womans_name_in_the_genitive_is_given_in_the_nominative(reference) -> None:
    (draft,) = _events(
        reference,
        "В Турине пройдёт вечер музыки\n\n"
        "Общество «Кавказ» приглашает на вечер азербайджанской музыки, который состоится"
        " 20 июня в Турине. В программе — выступление пианистки Сильвии Бьянки и скрипачки"
        " Марины Гатти.",
    )
    assert [s["name"] for s in draft.speakers] == ["Сильвия Бьянки", "Марина Гатти"]


def test_a_day_before_of_two_towns_counts_from_the_event_before_both(reference) -> None:
    events = _events(
        reference,
        "Вечера памяти в Дагестане\n\n"
        "5 марта в Махачкале прошёл вечер памяти жертв Ходжалинского геноцида.\n\n"
        "Днём ранее траурные встречи прошли также в Дербенте и Буйнакске.",
        published=dt.date(2025, 3, 6),
    )
    assert [e.date for e in events] == [
        dt.date(2025, 3, 5), dt.date(2025, 3, 4), dt.date(2025, 3, 4)
    ]



def test_an_azerbaijani_envoy_named_after_her_title_speaks(reference) -> None:
    """Her first name is also a village's ("Türkan"), or ends like a dative ("Zəkiyyə")."""
    (draft,) = _events(
        reference,
        "Vaduzda qəbul\n\n"
        "Azərbaycanın İsveçrədəki səfirliyi iyunun 12-də Bernadə Milli Qurtuluş Günü münasibətilə"
        " qəbul təşkil edib. Səfir Türkan Nəbiyeva qonaqlara günün tarixindən danışıb."
        " Konsul Zəkiyyə Əhmədova da çıxış edib.",
    )
    assert [(s["name"], s["role"]) for s in draft.speakers] == [
        ("Türkan Nəbiyeva", "Səfir"), ("Zəkiyyə Əhmədova", "Konsul")
    ]


def test_an_embassy_an_event_is_held_in_hosts_it(reference) -> None:
    (ru,) = _events(
        reference,
        "Приём в Астане\n\n"
        "15 июня в посольстве Азербайджана в Казахстане состоялся приём по случаю Дня"
        " национального спасения. С речью выступил посол.",
    )
    (az,) = _events(
        reference,
        "Astanada qəbul\n\n"
        "İyunun 15-də Azərbaycanın Qazaxıstandakı səfirliyində Milli Qurtuluş Günü münasibətilə"
        " qəbul təşkil olunub. Səfir çıxış edib.",
    )
    assert (ru.organizations, az.organizations) == (
        ["посольство Азербайджана в Казахстане"], ["Azərbaycanın Qazaxıstandakı səfirliyi"]
    )


def test_a_body_that_helped_is_a_supporter_in_russian(reference) -> None:
    (draft,) = _events(
        reference,
        "Концерт в Полтаве\n\n"
        "Азербайджанское общество Полтавы 14 июня провело концерт мугама. «Со сценой нам"
        " помог областной центр народного творчества», — отметил председатель общества.",
    )
    assert draft.organizations == [
        "Азербайджанское общество Полтавы", "областной центр народного творчества"
    ]


def test_the_university_hosting_is_the_university_named_before(reference) -> None:
    (draft,) = _events(
        reference,
        "Nowruz in Gdansk\n\n"
        "Students from Central Asia celebrated Nowruz at the University of Gdansk on June 14."
        " The evening was hosted by the university together with the Polish-Kyrgyz Society.",
    )
    assert draft.organizations == ["University of Gdansk", "Polish-Kyrgyz Society"]


def test_the_university_holding_it_in_russian_is_the_university_named_before(
    reference,
) -> None:
    (draft,) = _events(
        reference,
        "Конференция в Казани\n\n"
        "14 июня в Казанском федеральном университете прошла конференция о литературных"
        " связях. Конференцию провёл университет совместно с Азербайджанским культурным"
        " центром Татарстана.",
    )
    assert draft.organizations == [
        "Казанский федеральный университет", "Азербайджанский культурный центр Татарстана"
    ]


def test_two_azerbaijani_towns_with_one_locative_ending_are_two_events(reference) -> None:
    events = _events(
        reference,
        "Qazaxıstanda Zəfər Günü\n\n"
        "Noyabrın 8-də Astana və Almatıda Zəfər Günü münasibətilə bayram tədbirləri keçirilib."
        " Tədbirləri Qazaxıstan Azərbaycanlılarının Konqresi təşkil edib.",
        published=dt.date(2024, 11, 9),
    )
    assert [(e.country, e.date) for e in events] == [
        ("Kazakhstan", dt.date(2024, 11, 8))
    ] * 2
    assert events[0].city != events[1].city
    assert [e.organizations for e in events] == [
        ["Qazaxıstan Azərbaycanlılarının Konqresi"]
    ] * 2


def test_a_body_told_again_by_its_kind_and_quoted_name_is_one_body(reference) -> None:
    (draft,) = _events(
        reference,
        "Праздник в Павлодаре\n\n"
        "14 июня в Павлодаре собрались члены азербайджанского культурного общества «Достар»."
        " Праздник подготовлен обществом «Достар».",
    )
    assert draft.organizations == ["азербайджанское культурное общество «Достар»"]


def test_who_invites_to_a_planned_evening_and_its_partner_department_organize_it(
    reference,
) -> None:
    (draft,) = _events(
        reference,
        "Концерт в Бресте\n\n"
        "Азербайджанская община Бреста приглашает всех желающих на концерт, который состоится"
        " 20 июня. Концерт проводится совместно с кафедрой музыки Брестского университета.",
    )
    assert draft.organizations == [
        "Азербайджанская община Бреста", "кафедра музыки Брестского университета"
    ]


def test_who_welcomed_the_guests_is_a_speaker(reference) -> None:
    (draft,) = _events(
        reference,
        "Novruz in Netanya\n\n"
        "The Azerbaijani community of Netanya celebrated Novruz at the city's culture hall on"
        " June 14. Guests were welcomed by Councillor Miriam Levi.",
    )
    assert [(s["name"], s["role"]) for s in draft.speakers] == [("Miriam Levi", "Councillor")]
