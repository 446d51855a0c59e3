"""Session 21: a name before a word that opens on "ş" ("Səbinə Əliyeva şeir haqqında
danışıb"), bodies told again by their kind or abbreviation in a later event, a subject after
"в минувшую субботу", "Участники акции" (no roundup), days of culture on a holiday's day,
"Накануне, в пятницу", a place opening the object after a name, "açıq elan edib", Russian
person nouns as roles, a long first predicate before "and spoke", "was supported by".
Report sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

from tests.test_extraction_session20b import _events, _speakers


def test_a_name_before_a_word_opening_on_a_small_s_cedilla_is_kept(reference) -> None:
    # "ş" lies inside the capital range Ā-Ž: "Səbinə Əliyeva şeir" must not read as one run
    assert _speakers(
        reference,
        "Novruz gecəsi Lənkəranda\n\n"
        "Aprelin 10-da Lənkəranda Azərbaycan İcması bayram gecəsi keçirib."
        " Gecədə Səbinə Əliyeva şeir haqqında danışıb.",
    ) == ["Səbinə Əliyeva"]


def _later_organizers(reference, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The organizers of the report's second event."""
    return _events(reference, text)[1].organizations


def test_a_body_told_again_by_its_kind_opening_an_azerbaijani_sentence_organizes(
    reference,
) -> None:
    found = _later_organizers(
        reference,
        "Şəkidə Novruz şənliyi\n\n"
        "Şəki Gənclər Birliyi aprelin 5-də Şəkidə Novruz şənliyi keçirib."
        " Birlik aprelin 20-də Qubada uşaq festivalı keçirəcək.",
    )
    assert found == ["Şəki Gənclər Birliyi"]


def test_a_body_told_again_by_its_abbreviation_with_a_case_ending_organizes(reference) -> None:
    found = _later_organizers(
        reference,
        "Şəkidə Novruz şənliyi\n\n"
        "Şəki Gənclər Birliyi (ŞGB) aprelin 5-də Şəkidə Novruz şənliyi keçirib."
        " Ertəsi gün Qubada da ŞGB-nin təşkilatçılığı ilə bayram konserti keçirilib.",
    )
    assert found == ["Şəki Gənclər Birliyi (ŞGB)"]


def test_a_body_after_a_day_with_v_is_the_subject_not_a_place(reference) -> None:
    # "В минувшую субботу X провело": "в" opens the day, not a place the body is in
    (draft,) = _events(
        reference,
        "Вечер поэзии в Каунасе\n\n"
        "В минувшую субботу Литовско-грузинское общество дружбы провело в Каунасе вечер"
        " поэзии.",
    )
    assert draft.organizations == ["Литовско-грузинское общество дружбы"]


def test_a_body_told_again_by_its_kind_before_its_verb_organizes(reference) -> None:
    assert _later_organizers(
        reference,
        "Армянские вечера в Поволжье\n\n"
        "5 апреля в Самаре прошёл вечер армянской музыки, организованный Союзом армян"
        " Поволжья. Завершился цикл 12 апреля в Тольятти, где союз провёл концерт.",
    ) == ["Союз армян Поволжья"]


def test_participants_of_an_action_in_the_genitive_tell_no_roundup(reference) -> None:
    # "Участники акции": "акции" is the genitive singular here, not the plural "actions"
    assert _speakers(
        reference,
        "Память жертв Голодомора в Гааге\n\n"
        "ГААГА, 14 апреля 2025 года. В субботу в Гааге прошла акция памяти жертв Голодомора."
        " Её организовал Союз украинцев Нидерландов.\n\n"
        "Участники акции зажгли свечи и почтили погибших минутой молчания."
        " Глава союза Ирина Мельник зачитала обращение к соотечественникам.",
    ) == ["Ирина Мельник"]


def test_a_holidays_day_after_days_of_culture_is_their_date(reference) -> None:
    # "Дни культуры 8 ноября": the days of culture on 8 November, not Victory Day (8 Nov)
    events = _events(
        reference,
        "Дни грузинской культуры в Татарстане\n\n"
        "КАЗАНЬ, 12 ноября 2024 года. 5-6 ноября в Казани прошли Дни грузинской культуры,"
        " организованные обществом «Иверия». Завершились Дни культуры 8 ноября в Елабуге,"
        " где общество провело концерт.",
        published=dt.date(2024, 11, 12),
    )
    assert events[1].date == dt.date(2024, 11, 8)
    assert events[1].occasion == events[0].occasion
    # "где общество провело": the body natasha saw only by its quoted name, told by its kind
    assert events[1].organizations == ["общество «Иверия»"]


def test_a_weekday_named_with_the_eve_gives_the_day(reference) -> None:
    # "Накануне, в пятницу": the Friday, not the day before the Monday report
    events = _events(
        reference,
        "Уроки памяти в Нидерландах\n\n"
        "ГААГА, 14 апреля 2025 года. В субботу в Гааге община провела вечер памяти.\n\n"
        "Накануне, в пятницу, в Роттердаме воскресная школа «Мрия» провела урок памяти.",
    )
    assert [e.date for e in events] == [dt.date(2025, 4, 12), dt.date(2025, 4, 11)]


_AZ_LEAD = "Qubada anım gecəsi\n\nAprelin 10-da Qubada Azərbaycan İcması anım mərasimi keçirib. "


def test_a_name_before_a_place_that_opens_the_object_is_kept(reference) -> None:
    # "Nino Beridze Azərbaycan icmasını": the place begins the next phrase, not the name
    assert _speakers(
        reference,
        _AZ_LEAD + "Tbilisi şəhər şurasının üzvü Nino Beridze Azərbaycan icmasını"
        " bayram münasibətilə təbrik edib.",
    ) == ["Nino Beridze"]


def test_who_declared_the_ceremony_open_spoke(reference) -> None:
    assert _speakers(
        reference,
        _AZ_LEAD + "Mərasimi icmanın sədri Lalə Həsənova açıq elan edib.",
    ) == ["Lalə Həsənova"]


def _roles(reference, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    (draft,) = _events(reference, text)
    return [s["role"] for s in draft.speakers]


def test_a_russian_agent_noun_missing_from_the_role_words_is_the_role(reference) -> None:
    # "литературовед", "преподаватель": a person's noun next to the name is the title
    assert _roles(
        reference,
        "Вечер в Самаре\n\n10 апреля в Самаре общество «Огни» провело вечер поэзии."
        " С докладом выступила литературовед Дина Сафина. Выступил также Артур Хасанов,"
        " преподаватель Самарского университета.",
    ) == ["литературовед", "преподаватель"]


def test_who_laid_flowers_at_a_memorial_and_spoke_is_a_speaker(reference) -> None:
    # a longer first predicate joined by "and" to the speech verb
    assert _speakers(
        reference,
        "Remembrance in Leeds\n\n"
        "LEEDS, April 14, 2025 — The Armenian Society of Leeds held a commemoration on"
        " Saturday. Maria Lopez, chair of the society, laid flowers at the memorial to the"
        " victims of the genocide and spoke about recognition.",
    ) == ["Maria Lopez"]


def test_a_body_that_supported_the_event_in_the_passive_is_a_supporter(reference) -> None:
    (draft,) = _events(
        reference,
        "Festival in Leeds\n\n"
        "LEEDS, April 14, 2025 — The Georgian Society of Leeds held a spring festival on"
        " Saturday. The festival was supported by Leeds City Council.",
    )
    assert draft.organizations == ["Georgian Society of Leeds", "Leeds City Council"]
