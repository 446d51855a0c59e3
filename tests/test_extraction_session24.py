"""Session 24: reports never seen. A town that is the subject of "will host" is where that
event is held (not the previous event's town); "накануне" in a later paragraph is the eve
of the event told before it, not of the report; a host ("Вела вечер журналист X",
"Tədbiri jurnalist X aparıb") and one who "took the floor" are speakers; "A ilə B birgə
təşkil ediblər" names two organizers. Report sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

from tests.test_extraction_session20b import _events

_BRITAIN = (
    "Polish community marks Constitution Day\n\n"
    "WARSAW, May 5. Poles in Britain marked Constitution Day over the weekend.\n\n"
    "The main celebration, held on May 3 in Leeds, was organized by the Polish Social Club"
    " of Yorkshire. Its chairman Adam Nowak welcomed the guests.\n\n"
    "Two weeks later, on May 17, Sheffield will host a folk festival organized by the"
    " Polish Heritage Society."
)


def test_a_town_that_will_host_is_the_place_of_its_event(reference) -> None:
    events = _events(reference, _BRITAIN, dt.date(2025, 5, 5))
    assert [(e.city, e.date) for e in events] == [
        ("Leeds", dt.date(2025, 5, 3)),
        ("Sheffield", dt.date(2025, 5, 17)),
    ]


_UDMURTIA = (
    "В Удмуртии отметили День Победы\n\n"
    "ИЖЕВСК, 12 мая. Азербайджанцы Удмуртии отметили День Победы.\n\n"
    "В субботу, 10 мая, в Ижевске прошёл праздничный концерт. Организатором выступило"
    " общество «Кавказ». Вела вечер журналист Марина Ахмедова. Слово также взял депутат"
    " городской думы Олег Петров.\n\n"
    "Накануне в Сарапуле прошла встреча ветеранов со школьниками."
)


def test_the_eve_in_a_later_paragraph_is_the_day_before_the_event_told_before(
    reference,
) -> None:
    events = _events(reference, _UDMURTIA, dt.date(2025, 5, 12))
    assert [e.date for e in events] == [dt.date(2025, 5, 10), dt.date(2025, 5, 9)]


def test_the_eve_that_opens_a_report_is_the_day_before_the_report(reference) -> None:
    (draft,) = _events(
        reference,
        "Праздник в Глазове\n\n"
        "Накануне в Глазове общество «Кавказ» провело вечер азербайджанской музыки.",
        dt.date(2025, 5, 12),
    )
    assert draft.date == dt.date(2025, 5, 11)


def _speakers(events) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(s["name"], s.get("role")) for e in events for s in e.speakers]


def test_a_host_and_one_who_took_the_floor_are_speakers(reference) -> None:
    (first, _eve) = _events(reference, _UDMURTIA, dt.date(2025, 5, 12))
    names = [name for name, _role in _speakers([first])]
    assert "Марина Ахмедова" in names
    assert "Олег Петров" in names


def test_an_azerbaijani_host_is_a_speaker(reference) -> None:
    events = _events(
        reference,
        "Brüsseldə Novruz şənliyi\n\n"
        "Martın 15-də Brüssel şəhərində \"Ocaq\" cəmiyyətinin təşkilatçılığı ilə Novruz"
        " şənliyi keçirilib. Cəmiyyətin sədri Kamal Rzayev çıxış edib. Tədbiri müəllim"
        " Lalə Quliyeva aparıb.",
        dt.date(2025, 3, 17),
    )
    assert "Lalə Quliyeva" in [name for name, _role in _speakers(events)]


def test_two_bodies_that_organized_it_jointly_are_both_organizers(reference) -> None:
    (draft,) = _events(
        reference,
        "Səmərqənddə anım tədbiri\n\n"
        "Martın 31-də Səmərqənddə keçirilən tədbiri Səmərqənd Azərbaycan Mədəniyyət"
        " Mərkəzi ilə Səmərqənd Dövlət Universiteti birgə təşkil ediblər.",
        dt.date(2025, 4, 2),
    )
    assert draft.organizations == [
        "Səmərqənd Azərbaycan Mədəniyyət Mərkəzi",
        "Səmərqənd Dövlət Universiteti",
    ]


def test_a_town_that_will_host_on_a_day_of_its_own_is_another_event(reference) -> None:
    # no event noun in the sentence: the hosting town and its own day open the event
    events = _events(
        reference,
        "Harvest festival season opens\n\n"
        "KAZAN, June 16, 2025 — The festival has begun its summer tour.\n\n"
        "The first celebration took place on June 14 in Perm. It was organised by the"
        " Tatar Society of Perm.\n\n"
        "A week later, on June 21, Izhevsk will host its own, organised by the Tatar"
        " Centre of Udmurtia.",
        dt.date(2025, 6, 16),
    )
    assert [(e.city, e.date, e.organizations) for e in events] == [
        ("Perm", dt.date(2025, 6, 14), ["Tatar Society of Perm"]),
        ("Izhevsk", dt.date(2025, 6, 21), ["Tatar Centre of Udmurtia"]),
    ]


def test_a_town_written_in_azerbaijani_spelling_is_found_not_the_town_before(
    reference,
) -> None:
    # "Nəmənqan" is "Namangan" with "ə" and "q": not the previous event's town
    events = _events(
        reference,
        "Özbəkistanda Novruz\n\n"
        "Martın 20-də Səmərqənddə \"Vətən\" Mədəniyyət Mərkəzi Novruz şənliyi keçirib.\n\n"
        "Ertəsi gün Nəmənqanda keçirilən bayram tədbirində milli rəqslər nümayiş olunub.",
        dt.date(2025, 3, 22),
    )
    assert [(e.country, e.city) for e in events][1] == ("Uzbekistan", "Namangan")


def test_an_unplaced_event_does_not_take_the_other_town_of_a_two_town_heading(
    reference,
) -> None:
    events = _events(
        reference,
        "Famine victims remembered in Halifax and Moncton\n\n"
        "On Saturday, November 22, the Ukrainian Society – Nova Scotia Branch gathered"
        " about 60 people at the provincial legislature to mark the 92nd anniversary of the"
        " Holodomor. The Branch's president Ivan Sych opened the ceremony.\n\n"
        "The next day, the Ukrainian community of Moncton held a candle-lighting ceremony"
        " at St. Mary's Church.",
        dt.date(2025, 11, 24),
    )
    assert [e.city for e in events][1] == "Moncton"
    assert events[0].city != "Moncton"


def test_a_body_told_again_by_its_kind_after_a_town_is_the_body_named_before(
    reference,
) -> None:
    events = _events(
        reference,
        "Slovakiyada anım tədbirləri\n\n"
        "Dünən Bratislava şəhərində Slovakiya Azərbaycanlılarının \"Bizim Ev\" İcması"
        " anım tədbiri keçirib.\n\n"
        "Aprelin 12-də isə Nitrada icmanın təşkilatçılığı ilə anım gecəsi keçiriləcək.",
        dt.date(2025, 4, 1),
    )
    assert [e.organizations for e in events] == [
        ["Slovakiya Azərbaycanlılarının \"Bizim Ev\" İcması"],
        ["Slovakiya Azərbaycanlılarının \"Bizim Ev\" İcması"],
    ]


def test_an_occasions_day_opening_a_paragraph_is_the_day_of_its_event(reference) -> None:
    # "20 января" is the occasion's day; opening its own paragraph it says when
    events = _events(
        reference,
        "Память жертв 20 Января\n\n"
        "В субботу, 18 января, в Пскове прошёл вечер памяти. Организатором выступило"
        " общество «Дружба». Затем состоялся концерт.\n\n"
        "20 января в Великих Луках состоится траурный митинг.",
        dt.date(2025, 1, 19),
    )
    assert [e.date for e in events] == [dt.date(2025, 1, 18), dt.date(2025, 1, 20)]


def test_an_ordinal_in_the_accusative_before_its_anniversary_is_the_anniversary(
    reference,
) -> None:
    (draft,) = _events(
        reference,
        "Память жертв трагедии\n\n"
        "12 апреля в Пскове общество «Дружба» отметило 45-ю годовщину трагедии.",
        dt.date(2025, 4, 14),
    )
    assert draft.anniversary == 45


_HOBART = (
    "Genocide remembered in Hobart\n\n"
    "HOBART, April 26, 2025 - The Armenian Society of Tasmania organised a commemoration at"
    " the Town Hall on Thursday, April 24. Tasmanian Premier John Doyle addressed the crowd,"
    " followed by the Society's secretary Aram Petrosyan. Member of the Legislative Council"
    " Ruth Forrest read a motion recognising the Genocide."
)


def test_a_premier_is_a_role_not_part_of_the_name(reference) -> None:
    (draft,) = _events(reference, _HOBART, dt.date(2025, 4, 26))
    assert ("John Doyle", "Tasmanian Premier") in _speakers([draft])


def test_who_followed_a_speaker_and_who_read_a_motion_are_speakers(reference) -> None:
    (draft,) = _events(reference, _HOBART, dt.date(2025, 4, 26))
    names = [name for name, _role in _speakers([draft])]
    assert "Aram Petrosyan" in names
    assert "Ruth Forrest" in names


def test_a_body_before_a_time_word_and_its_verb_is_the_organizer(reference) -> None:
    (draft,) = _events(
        reference,
        "Праздник в Пскове\n\n"
        "ПСКОВ, 14 апреля 2025. Псковская областная армянская национально-культурная"
        " автономия вчера провела праздничный вечер для соотечественников.",
        dt.date(2025, 4, 14),
    )
    assert draft.organizations == ["Псковская областная армянская национально-культурная автономия"]
    assert draft.date == dt.date(2025, 4, 13)


def test_the_author_who_presented_a_book_is_a_speaker_with_the_role_after(reference) -> None:
    (draft,) = _events(
        reference,
        "Вечер поэзии в Пскове\n\n"
        "12 апреля в Пскове общество «Дружба» провело вечер поэзии. Сборник представил"
        " его автор, журналист Олег Смирнов.",
        dt.date(2025, 4, 14),
    )
    assert _speakers([draft]) == [("Олег Смирнов", "журналист")]


def test_a_singer_who_performed_is_not_a_speaker(reference) -> None:
    (draft,) = _events(
        reference,
        "Новруз в Пскове\n\n"
        "22 марта в Пскове общество «Дружба» провело праздник Новруз. Председатель общества"
        " Олег Смирнов поздравил гостей. Затем для гостей выступили хор «Весна» и певица"
        " Нина Орлова.",
        dt.date(2025, 3, 24),
    )
    assert [name for name, _role in _speakers([draft])] == ["Олег Смирнов"]


def test_an_artist_listed_with_a_chairman_who_spoke_is_a_speaker(reference) -> None:
    (draft,) = _events(
        reference,
        "Новруз в Пскове\n\n"
        "22 марта в Пскове общество «Дружба» провело праздник Новруз. На открытии"
        " выступили председатель общества Олег Смирнов и заслуженный артист Игорь Белов.",
        dt.date(2025, 3, 24),
    )
    assert [name for name, _role in _speakers([draft])] == ["Олег Смирнов", "Игорь Белов"]


def test_an_azerbaijani_role_after_the_event_it_was_held_at_is_kept(reference) -> None:
    (draft,) = _events(
        reference,
        "Brüsseldə Novruz\n\n"
        "Martın 22-də Brüssel şəhərində Belçika Azərbaycanlılarının Konqresinin"
        " təşkilatçılığı ilə keçirilən bayram şənliyində Konqresin sədri Ramil Hüseynov"
        " çıxış edib.",
        dt.date(2025, 3, 23),
    )
    assert draft.speakers[0]["role"] == "sədr"
    assert draft.speakers[0]["organization"] == "Belçika Azərbaycanlılarının Konqresi"


def test_a_name_the_name_model_does_not_know_before_a_speech_verb_is_a_speaker(
    reference,
) -> None:
    (draft,) = _events(
        reference,
        "Праздник языка\n\n"
        "21 февраля во Львове Общество культуры имени Шевченко провело вечер родного языка."
        " Председатель общества Тогрул Керимов рассказал об истории письменности.",
        dt.date(2025, 2, 24),
    )
    assert _speakers([draft]) == [("Тогрул Керимов", "Председатель")]
