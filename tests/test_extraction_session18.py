"""Shapes of reports the shared corpus and the session 17 reports have few of: an agency
dateline in capitals with no date ("DENVER — ..."), "N years of independence", a day written
"12.03" in a report whose year is known, speakers listed after "Speaking were" or "Remarks
were delivered by", and a message read out by someone. Report sentences invented for these
tests."""

from __future__ import annotations

import datetime as dt

from desktop.extraction import extract

PUBLISHED = dt.date(2025, 6, 20)


def _one(reference, text: str, published: dt.date = PUBLISHED):  # type: ignore[no-untyped-def]
    with reference.sessions() as session:
        (draft,) = extract(text, session, published=published).events
    return draft


def test_a_dateline_in_capitals_is_the_place_not_an_organizer(reference) -> None:
    draft = _one(
        reference,
        "Community marks the day\n\nDENVER — The Rocky Mountain Azerbaijani Society held a "
        "reception on June 18 for guests from Boston and members of the society.",
    )
    assert draft.city == "Denver"
    assert draft.organizations == ["Rocky Mountain Azerbaijani Society"]


def test_a_dateline_with_a_day_in_capitals_is_not_an_organizer(reference) -> None:
    draft = _one(
        reference,
        "Novruz in Denver\n\nDENVER, June 18 (Prairie News) — Azerbaijanis of Colorado "
        "celebrated Novruz on Tuesday at a downtown hall.",
    )
    assert draft.organizations == []


def test_years_of_independence_give_the_anniversary(reference) -> None:
    draft = _one(
        reference,
        "On June 18, the Rocky Mountain Azerbaijani Society held a reception in Denver to "
        "celebrate 34 years of Azerbaijan's restored independence.",
    )
    assert draft.anniversary == 34


def test_a_day_and_month_in_figures_take_the_known_year(reference) -> None:
    draft = _one(
        reference,
        "12.03 в Ростове-на-Дону азербайджанская община провела вечер, посвящённый Новрузу.",
        published=dt.date(2025, 3, 14),
    )
    assert draft.date == dt.date(2025, 3, 12)


def _speakers(draft) -> list[str]:  # type: ignore[no-untyped-def]
    return [s["name"] or "" for s in draft.speakers]


def test_speakers_after_speaking_were(reference) -> None:
    draft = _one(
        reference,
        "On June 18, the Rocky Mountain Azerbaijani Society held a reception in Denver. "
        "Speaking at the reception were society president Kamal Huseynov, State "
        "Representative Laura Price, and Denver councilwoman Jane Ortiz.",
    )
    assert _speakers(draft) == ["Kamal Huseynov", "Laura Price", "Jane Ortiz"]


def test_speakers_after_remarks_were_delivered_by(reference) -> None:
    draft = _one(
        reference,
        "On June 18, the Rocky Mountain Azerbaijani Society held a reception in Denver. "
        "Remarks were delivered by State Representative Laura Price; Dr. Kamal Huseynov, "
        "president of the Society; and Jane Ortiz, a member of the city council.",
    )
    assert _speakers(draft) == ["Laura Price", "Kamal Huseynov", "Jane Ortiz"]


def test_who_read_a_proclamation_is_a_speaker(reference) -> None:
    draft = _one(
        reference,
        "On June 18, the Rocky Mountain Azerbaijani Society held a reception in Denver. "
        "A proclamation of the Governor of Colorado was read by Senator Tom Walsh.",
    )
    assert _speakers(draft) == ["Tom Walsh"]
    assert "reading of a message" in draft.program_labels


def _names(draft) -> list[str]:  # type: ignore[no-untyped-def]
    return [name.casefold() for name in draft.organizations]


def test_the_initiator_and_who_helped_organize_are_organizers(reference) -> None:
    draft = _one(
        reference,
        "18 июня в Пензе прошёл вечер, посвящённый Новрузу. Инициатором вечера выступило "
        "Пензенское общество азербайджанцев «Достлуг», помощь в организации оказал "
        "муниципалитет Пензы.",
    )
    assert _names(draft) == ["пензенское общество азербайджанцев «достлуг»", "муниципалитет пензы"]


def test_a_government_body_after_a_support_cue(reference) -> None:
    draft = _one(
        reference,
        "18 июня в Пензе прошёл вечер Новруза. Он организован обществом «Достлуг» при "
        "содействии областного управления внутренней политики.",
    )
    assert "областное управление внутренней политики" in _names(draft)


def test_azerbaijani_prepared_together_with(reference) -> None:
    draft = _one(
        reference,
        "Iyunun 18-də Bakıda Novruz bayramı qeyd olunub. Tədbiri Gürcüstan Azərbaycanlıları "
        "Cəmiyyəti Bakı Mədəniyyət Mərkəzi ilə birlikdə hazırlayıb.",
    )
    assert _names(draft) == ["gürcüstan azərbaycanlıları cəmiyyəti", "bakı mədəniyyət mərkəzi"]


def test_azerbaijani_host_and_a_day_before_the_supporter(reference) -> None:
    draft = _one(
        reference,
        "Iyunun 18-də Lionda Fransa Azərbaycanlıları Birliyinin dəstəyi ilə Novruz bayramı "
        "keçirilib. Tədbirə ev sahibliyi Lion Mədəniyyət Evi edib.",
    )
    assert _names(draft) == ["fransa azərbaycanlıları birliyi", "lion mədəniyyət evi"]


def test_azerbaijani_joint_initiative_of_a_town_administration(reference) -> None:
    draft = _one(
        reference,
        "Iyunun 18-də Aktauda Novruz şənliyi keçirilib. Şənlik Manqıstau Türk Gəncləri "
        "Birliyinin və Aktau şəhər akimliyinin birgə təşəbbüsüdür.",
    )
    assert _names(draft) == ["manqıstau türk gəncləri birliyi", "aktau şəhər akimliyi"]


def test_days_of_a_peoples_culture_are_the_occasion(reference) -> None:
    texts = {
        "18 июня в Пензе открылись Дни узбекской культуры.": "Days of Uzbek Culture",
        "19 июня в Пензе прошёл концерт в рамках Дней татарской культуры.":
            "Days of Tatar Culture",
        "18 июня в Пензе прошёл День узбекской культуры.": "Day of Uzbek Culture",
        "Iyunun 18-də Aktauda Özbək Mədəniyyəti Günlərinin açılışı olub.":
            "Days of Uzbek Culture",
        "On June 18, Kazakh culture days opened in Toronto with a concert.":
            "Days of Kazakh Culture",
    }
    for text, occasion in texts.items():
        assert _one(reference, text).occasion == occasion, text


def test_a_later_event_inherits_the_anniversary_of_a_day_named_without_day(reference) -> None:
    """ "годовщине восстановления независимости" is the day "День восстановления
    независимости" without its word for day; the second town's event inherits it."""
    text = (
        "Общины отметили годовщину\n\nКузнецк, 19 октября 2024 года. 18-го октября в Доме "
        "культуры Кузнецка состоялся праздничный вечер, посвящённый 33-й годовщине "
        "восстановления независимости Азербайджана. Инициатором вечера выступило общество "
        "«Достлуг».\n\nВечер вёл журналист Олег Белов. С приветственным словом выступили "
        "председатель общества Рамиз Алиев и Игорь Попов, депутат городской думы.\n\nДнём "
        "ранее, 17-го октября, годовщину отметили и в Никольске: в местной школе открылась "
        "выставка детских рисунков."
    )
    with reference.sessions() as session:
        drafts = extract(text, session, published=dt.date(2024, 10, 19)).events
    assert [d.occasion for d in drafts] == ["Independence Restoration Day (October 18)"] * 2


def test_a_day_earlier_is_the_day_before_the_previous_event(reference) -> None:
    text = (
        "On June 18 the Rocky Mountain Azerbaijani Society held a Novruz reception in Denver. "
        "A day earlier, the Society's Boulder branch held a Novruz fair in Boulder."
    )
    with reference.sessions() as session:
        first, second = extract(text, session, published=PUBLISHED).events
    assert (first.date, second.date) == (dt.date(2025, 6, 18), dt.date(2025, 6, 17))


def test_a_town_house_of_culture_is_a_venue_not_a_host(reference) -> None:
    draft = _one(
        reference,
        "18 июня в Доме культуры Кузнецка прошёл праздник Новруз. Его организовала "
        "Пензенская азербайджанская община «Достлуг».",
    )
    assert _names(draft) == ["пензенская азербайджанская община «достлуг»"]


def test_put_together_by_names_the_organizer(reference) -> None:
    draft = _one(
        reference,
        "Novruz was celebrated on June 18 in Denver. The festivities were put together by the "
        "Rocky Mountain Azerbaijani Society, with the support of the Denver Municipality.",
    )
    assert draft.organizations == ["Rocky Mountain Azerbaijani Society", "Denver Municipality"]


def test_a_book_presentation_is_an_event_of_its_own_type(reference) -> None:
    texts = [
        "18 июня в Пензе состоялась презентация книги «Мост» публициста Анны Беловой. "
        "Презентацию провело общество «Достлуг».",
        "On June 18 the Rocky Mountain Azerbaijani Society held a book presentation in Denver.",
    ]
    for text in texts:
        assert _one(reference, text).event_type == "other", text
    later = _one(
        reference,
        "On June 18 the Rocky Mountain Azerbaijani Society held a Novruz celebration in Denver. "
        "A book presentation and a concert followed.",
    )
    assert later.event_type == "celebration"  # an item of the celebration, not its kind


def test_a_street_named_after_a_person_is_not_a_town(reference) -> None:
    draft = _one(
        reference,
        "On June 18 the Rocky Mountain Azerbaijani Society held a vigil in Denver at the "
        "memorial plaque in Shevchenko Garden.",
    )
    assert draft.city == "Denver"


def test_its_chairman_is_the_organizers_chairman(reference) -> None:
    draft = _one(
        reference,
        "On June 18 a memorial evening organized by the Boulder Azerbaijani Cultural Centre took "
        "place in Boulder. Its chairman, Akif Rzayev, spoke.",
    )
    assert draft.speakers == [{"name": "Akif Rzayev", "role": "chairman",
                               "organization": "Boulder Azerbaijani Cultural Centre"}]


def test_speakers_whose_first_deed_is_joined_to_the_speech(reference) -> None:
    draft = _one(
        reference,
        "On June 18 the Rocky Mountain Azerbaijani Society held a vigil in Denver. Mr. Kamal "
        "Huseynov, head of the Society, and Ms. Laura Price, a state senator, laid wreaths and "
        "addressed those present.",
    )
    assert _speakers(draft) == ["Kamal Huseynov", "Laura Price"]


def test_azerbaijani_shared_views_and_recited_poems(reference) -> None:
    draft = _one(
        reference,
        "Iyunun 18-də Bakıda kitab təqdimatı keçirilib. Tədbirdə professor Olena Kravets kitab "
        "haqqında fikirlərini bölüşüb. Müəllif Rauf Səmədli kitabdan bir neçə şeir oxuyub.",
    )
    assert _speakers(draft) == ["Olena Kravets", "Rauf Səmədli"]
