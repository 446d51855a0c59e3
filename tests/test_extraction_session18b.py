"""Shapes of reports the earlier invented sets have few of: day ranges written the
Azerbaijani way, Azerbaijani roles and subject organizers after a participle, an embassy
hosting "together with" a society, titles before English names, and a festival that
"will continue" in another town. Report sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

from desktop.extraction import extract

PUBLISHED = dt.date(2025, 6, 20)


def _events(reference, text: str, published: dt.date = PUBLISHED):  # type: ignore[no-untyped-def]
    with reference.sessions() as session:
        return extract(text, session, published=published).events


def _one(reference, text: str, published: dt.date = PUBLISHED):  # type: ignore[no-untyped-def]
    (draft,) = _events(reference, text, published)
    return draft


def _people(draft) -> dict[str, tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {s["name"]: (s["role"], s["organization"]) for s in draft.speakers}


def test_an_azerbaijani_day_range_gives_no_single_day(reference) -> None:
    draft = _one(
        reference,
        "Qazaxıstanın Almatı şəhərində iyunun 12-dən 14-dək Azərbaycan mədəniyyəti "
        "festivalı keçirilib. Festivalda rəsm sərgisi təşkil olunub.",
    )
    assert draft.date is None


def test_azerbaijani_roles_after_the_body_that_opened_the_event(reference) -> None:
    draft = _one(
        reference,
        "Kanadanın Vankuver şəhərində iyunun 14-də Novruz şənliyi keçirilib. Tədbiri "
        "birliyin sədri Anar Rüstəmli açaraq qonaqları təbrik edib. Sonra birliyin "
        "vitse-prezidenti Günay Sadıqova çıxış edib.",
    )
    people = _people(draft)
    assert people["Anar Rüstəmli"][1] != "Tədbiri birliy"
    assert people["Günay Sadıqova"][0] == "vitse-prezident"


def test_an_azerbaijani_subject_after_a_participle_organizes(reference) -> None:
    draft = _one(
        reference,
        "Kanadanın Vankuver şəhərində fəaliyyət göstərən \"Araz\" Azərbaycan-Kanada "
        "Birliyi iyunun 14-də Novruz şənliyi təşkil edib.",
    )
    assert draft.organizations == ["\"Araz\" Azərbaycan-Kanada Birliyi"]


def test_an_embassy_together_with_a_society_hosted(reference) -> None:
    draft = _one(
        reference,
        "The Embassy of Azerbaijan in Portugal, together with the Lusitania-Azerbaijan "
        "Cultural Society, hosted a reception in Lisbon on June 18 on the occasion of "
        "Independence Day.",
    )
    assert draft.organizations == [
        "Embassy of Azerbaijan in Portugal",
        "Lusitania-Azerbaijan Cultural Society",
    ]


def test_a_title_before_an_english_name_is_neither_name_nor_role(reference) -> None:
    draft = _one(
        reference,
        "On June 18, the Ukrainian Society of Porto held a prayer service in Porto. Father "
        "Ivan Dovbush, the parish priest, led the service. Dr. Olena Marchuk of Atlantic "
        "Coast University presented her book.",
    )
    people = _people(draft)
    assert people.get("Ivan Dovbush", ("", ""))[0] == "parish priest"
    assert people.get("Olena Marchuk", ("", ""))[0] is None


def test_a_festival_that_will_continue_elsewhere_is_one_more_event(reference) -> None:
    events = _events(
        reference,
        "The Ohio Azerbaijani Society held a culture festival in Columbus on June 14. "
        "\"The festival will continue in Cleveland on June 28 with a concert,\" its "
        "chairman added.",
    )
    assert [e.city for e in events] == ["Columbus", "Cleveland"]


def test_a_russian_neuter_pronoun_object_before_the_organizer(reference) -> None:
    draft = _one(
        reference,
        "В Каунасе торжество состоялось 14 июня. Его подготовило общество литовских "
        "армян «Масис».",
    )
    assert draft.organizations == ["общество литовских армян «Масис»"]


def test_a_russian_day_in_words(reference) -> None:
    draft = _one(
        reference,
        "«Четырнадцатого июня мы собрались в Доме дружбы Омска», — рассказал председатель "
        "общества азербайджанцев «Ватан» Тофиг Ахундов о праздновании Новруза.",
    )
    assert draft.date == dt.date(2025, 6, 14)


def test_an_azerbaijani_plan_keeps_its_day_after_the_report(reference) -> None:
    events = _events(
        reference,
        "Kanadanın Vankuver şəhərində iyunun 14-də Novruz şənliyi keçirilib.\n\nBirlik bayram "
        "şənliyini iyulun 5-də Kanadanın Kalqari şəhərində də keçirməyi planlaşdırır.",
    )
    assert [e.date for e in events] == [dt.date(2025, 6, 14), dt.date(2025, 7, 5)]


def test_a_russian_branch_before_its_body_stays_in_the_name(reference) -> None:
    draft = _one(
        reference,
        "В Таразе 14 июня прошла презентация книги. Презентацию проводит Таразский филиал "
        "объединения «Береке».",
    )
    assert draft.organizations == ["Таразский филиал объединения «Береке»"]


def test_an_azerbaijani_branch_named_after_its_body_organizes(reference) -> None:
    events = _events(
        reference,
        "Türkiyənin Ərzurum şəhərində iyunun 14-də Azərbaycan-Türkiyə Gənclər Birliyi "
        "konsert təşkil edib. İyunun 15-də birliyin Qars şöbəsi də Qars şəhərində "
        "ağacəkmə aksiyası təşkil edib.",
    )
    assert events[-1].organizations == ["birliyin Qars şöbəsi"]


def test_an_azerbaijani_first_name_ending_like_a_dative(reference) -> None:
    draft = _one(
        reference,
        "Kanadanın Vankuver şəhərində iyunun 14-də Novruz şənliyi keçirilib. Sonra birliyin "
        "vitse-prezidenti Mədinə Sadıqova və professor Anar Rüstəmli çıxış ediblər.",
    )
    assert "Mədinə Sadıqova" in _people(draft)


def test_an_azerbaijani_name_ends_on_its_surname_before_a_body(reference) -> None:
    draft = _one(
        reference,
        "Almaniyanın Köln şəhərində iyunun 14-də bayram tədbiri keçirilib. Cəmiyyətin sədri "
        "Aytən Məmmədova Azərbaycan Xalq Cümhuriyyətinin tarixindən danışıb.",
    )
    assert "Aytən Məmmədova" in _people(draft)


def test_a_capital_right_after_its_country_is_the_town(reference) -> None:
    draft = _one(reference, "В столице Литвы Вильнюсе торжество состоялось 14 июня.")
    assert draft.city == "Vilnius"


def test_a_day_that_begins_an_occasion_name_opens_no_event(reference) -> None:
    events = _events(
        reference,
        "Rusiyanın Saratov vilayətində yaşayan soydaşlarımız 20 Yanvar faciəsinin 35-ci "
        "ildönümü münasibətilə anım tədbiri keçiriblər.\n\nYanvarın 19-da Saratov "
        "şəhərindəki kiçik zalda keçirilən tədbiri Saratov Azərbaycanlılarının Milli-Mədəni "
        "Muxtariyyəti təşkil edib.",
        published=dt.date(2025, 1, 21),
    )
    assert [(e.city, e.date) for e in events] == [("Saratov", dt.date(2025, 1, 19))]


def test_an_azerbaijani_organizer_named_as_a_predicate(reference) -> None:
    draft = _one(
        reference,
        "Qazaxıstanın Almatı şəhərində iyunun 14-də Azərbaycan mədəniyyəti festivalı "
        "keçirilib. Festivalın təşkilatçısı \"Şərq\" Azərbaycan Etnomədəniyyət Birliyidir.",
    )
    assert draft.organizations == ["\"Şərq\" Azərbaycan Etnomədəniyyət Birliyi"]


def test_an_azerbaijani_subject_then_a_day_and_a_means(reference) -> None:
    draft = _one(
        reference,
        "Ukraynanın Xarkov şəhərində tədbir keçirilib: Xarkov Azərbaycanlıları Cəmiyyəti "
        "iyunun 14-də videokonfrans vasitəsilə bayram görüşü təşkil edib.",
    )
    assert draft.organizations == ["Xarkov Azərbaycanlıları Cəmiyyəti"]


def test_poems_read_out_in_a_concert_hall_are_neither_message_nor_concert(reference) -> None:
    draft = _one(
        reference,
        "В Саратове 14 июня праздник Новруз был организован автономией азербайджанцев "
        "«Чинар». В концертном зале филармонии были зачитаны стихи азербайджанских поэтов.",
    )
    assert draft.program == ["poetry_recitation"]


def test_a_festival_continued_in_another_town_keeps_its_organizers(reference) -> None:
    events = _events(
        reference,
        "С 10 по 12 июня в Ростове-на-Дону проходил фестиваль «Дружба народов». Фестиваль был "
        "организован Ассамблеей народов Ростовской области.\n\nФестиваль продолжится в "
        "Таганроге: 24 июня там пройдёт гала-концерт участников.",
        published=dt.date(2025, 6, 13),
    )
    assert [e.organizations for e in events] == [["Ассамблея народов Ростовской области"]] * 2


def test_who_read_a_poem_is_a_speaker(reference) -> None:
    draft = _one(
        reference,
        "On June 14, the Danube Azerbaijani Society held a commemoration in Budapest. Ilona "
        "Varga, president of the Society, read a poem dedicated to the victims.",
    )
    assert "Ilona Varga" in _people(draft)


def test_a_festival_with_no_occasion_is_a_celebration(reference) -> None:
    draft = _one(
        reference,
        "14 июня в Ростове-на-Дону проходил межнациональный фестиваль «Дружба народов», "
        "организованный Ассамблеей народов Ростовской области.",
    )
    assert draft.event_type == "celebration"


def test_an_announced_gala_concert_is_a_concert(reference) -> None:
    events = _events(
        reference,
        "14 июня в Ростове-на-Дону прошёл фестиваль «Дружба народов».\n\nФестиваль "
        "продолжится в Азове: 24 июня там пройдёт гала-концерт участников.",
        published=dt.date(2025, 6, 15),
    )
    assert events[-1].event_type == "concert"


def test_guests_gathered_for_a_concert_organized_by_a_body(reference) -> None:
    draft = _one(
        reference,
        "In Chicago, Illinois, more than 500 guests gathered at the Ukrainian Village for a "
        "concert organized by the Prairie Ukrainian Society on August 24.",
        published=dt.date(2024, 8, 27),
    )
    assert draft.event_type == "concert"
