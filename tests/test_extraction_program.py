"""Program items, occasions and event types of drafts (texts written for these tests).

Each test states a behaviour of the genre's reports, not what the extractor happened to
output on one article of the development corpus.
"""

from __future__ import annotations

from desktop.extraction import extract


def test_a_concert_that_is_the_event_is_also_its_program_item(reference) -> None:
    texts = [
        "В Доме национальностей Омска 5 мая 2025 года состоялся праздничный концерт "
        "татарской общины.",
        "A gala concert of the Kazakh community was held in Toronto on 5 May 2025.",
    ]
    with reference.sessions() as session:
        events = [extract(text, session).events[0] for text in texts]
    assert [e.event_type for e in events] == ["concert", "concert"]
    assert all("concert" in e.program_labels for e in events)


def _program(reference, text: str) -> list[str]:
    with reference.sessions() as session:
        return extract(text, session).events[0].program_labels


def test_prizes_for_winners_and_a_badge_handed_over_are_awards(reference) -> None:
    quiz = (
        "12 мая 2025 года в Казани татарская автономия провела праздник. Гости ответили на "
        "вопросы викторины, победители получили памятные призы."
    )
    badge = (
        "12 мая 2025 года в Омске татарская автономия провела праздник. Министр вручила "
        "председателю автономии нагрудный знак «За заслуги»."
    )
    gifts = (
        "A celebration was held in Toronto on 12 May 2025. The children received gifts, prizes "
        "and books."
    )
    assert "award ceremony" in _program(reference, quiz)
    assert "award ceremony" in _program(reference, badge)
    assert "award ceremony" not in _program(reference, gifts)


def test_a_grant_competition_the_project_won_is_no_contest_at_the_event(reference) -> None:
    text = (
        "12 мая 2025 года в Омске татарская автономия провела праздник. Проект праздника "
        "победил в конкурсе на грант губернатора."
    )
    assert "competition" not in _program(reference, text)


def test_english_items_the_report_tells_in_other_words(reference) -> None:
    texts = {
        "The community held a commemoration in Denver on 24 April 2025. Volunteers handed out "
        "flyers to passers-by.": "distribution of literature",
        "A prayer service was held in Denver on 24 April 2025 by the Armenian community.":
            "religious service",
        "The community organized marches in Denver on 24 April 2025.": "march",
        "The community held a commemoration in Denver on 24 April 2025. The speakers stressed "
        "the need for recognition.": "speech",
    }
    for text, label in texts.items():
        with reference.sessions() as session:
            (event,) = extract(text, session).events
        assert label in event.program_labels or (
            label == "march" and "parade" in event.program_labels
        ), (text, event.program_labels)


def test_march_the_month_is_no_march(reference) -> None:
    text = "The community held a commemoration in Denver on March 24, 2025, with a concert."
    assert "parade" not in _program(reference, text)


def test_russian_and_azerbaijani_items_told_without_a_speakers_name(reference) -> None:
    ru = (
        "12 мая 2025 года в Омске прошёл памятный вечер. Выступающие подчеркнули "
        "значение памяти."
    )
    az = (
        "12 may 2025-ci ildə Bakıda Novruz bayramı münasibətilə tədbir keçirilib. Tədbir "
        "maraqlı bədii proqramla davam etdirilib."
    )
    assert "speech" in _program(reference, ru)
    assert "cultural program" in _program(reference, az)


def test_an_item_word_inside_a_bodys_name_is_no_item(reference) -> None:
    text = (
        "A memorial evening was held in London on 26 February 2025 by the Azerbaijani "
        "community. Music was performed by the State Dance Ensemble, and the chairman of the "
        "World Conference Youth Forum spoke."
    )
    labels = _program(reference, text)
    assert "dance performance" not in labels
    assert "conference" not in labels


def test_novruz_customs_are_program_items_of_their_reference_types(reference) -> None:
    az = (
        "20 mart 2025-ci ildə Bakıda Novruz bayramı münasibətilə tədbir keçirilib. İştirakçılar "
        "tonqalın üstündən tullanıb, yumurta döyüşdürüblər."
    )
    ru = (
        "20 марта 2025 года в Казани прошёл праздник Новруз: гости прыгали через костёр и "
        "устроили бой крашеных яиц."
    )
    en = (
        "The community celebrated Novruz in Toronto on 20 March 2025 with a bonfire and egg "
        "tapping."
    )
    for text in (az, ru, en):
        with reference.sessions() as session:
            (event,) = extract(text, session).events
            assert {"bonfire", "egg_tapping"} <= set(event.program), text
            codes = [item.item_type for item in event.to_event_input().program]
        assert {"bonfire", "egg_tapping"} <= set(codes)


def test_a_monument_unveiled_is_an_item_and_a_monument_visited_is_not(reference) -> None:
    unveiled = (
        "On 24 April 2025 the Armenian community of Denver unveiled a memorial to the victims."
    )
    opened = "24 апреля 2025 года в Ростове армянская община провела открытие памятника жертвам."
    visited = "On 24 April 2025 the Armenian community of Denver gathered at the memorial."
    assert "monument unveiling" in _program(reference, unveiled)
    assert "monument unveiling" in _program(reference, opened)
    assert "monument unveiling" not in _program(reference, visited)


def test_the_usual_english_names_of_items_resolve_to_their_types(reference) -> None:
    from db.gazetteer import Gazetteer

    with reference.sessions() as session:
        gazetteer = Gazetteer(session)
        found = {
            name: getattr(gazetteer.resolve_program_item_type(name, fuzzy=False), "code", None)
            for name in ("award presentation", "national dishes", "campfire", "egg fighting")
        }
    assert found == {
        "award presentation": "award_ceremony",
        "national dishes": "reception",
        "campfire": "bonfire",
        "egg fighting": "egg_tapping",
    }


def test_a_national_figures_jubilee_is_the_birthday_occasion_with_its_number(reference) -> None:
    texts = [
        "В Омске 9 марта 2024 года украинская община торжественно отметила 210-летний юбилей "
        "великого поэта Тараса Шевченко.",
        "On 9 February 2021 the Uzbek community of Chicago marked the 580th birth anniversary "
        "of the great poet Alisher Navoi.",
        "Berlində Azərbaycan icması 2021-ci ildə dahi şair Nizami Gəncəvinin anadan "
        "olmasının 880 illiyini qeyd edib.",
    ]
    with reference.sessions() as session:
        events = [extract(text, session).events[0] for text in texts]
    assert [e.occasion for e in events] == [
        "Taras Shevchenko's birthday", "Alisher Navoi's birthday", "Nizami Ganjavi's birthday"
    ]
    assert [e.anniversary for e in events] == [210, 580, 880]
    assert events[0].event_type == "celebration"


def test_a_body_named_after_a_figure_gives_no_birthday(reference) -> None:
    text = (
        "В Москве 5 мая 2024 года Фонд Тараса Шевченко провёл вечер к 30-летию своего "
        "основания."
    )
    with reference.sessions() as session:
        (event,) = extract(text, session).events
    assert event.occasion != "Taras Shevchenko's birthday"


def test_an_azerbaijani_town_before_its_kind_noun_in_the_locative_is_the_place(reference) -> None:
    text = (
        "Berlin şəhərində, Almaniya Azərbaycanlıları Birliyinin ofisində Novruz bayramına "
        "həsr olunmuş tədbir keçirilib."
    )
    with reference.sessions() as session:
        (event,) = extract(text, session).events
    assert (event.city, event.country_code) == ("Berlin", "DE")



def test_a_badge_handed_to_a_long_named_recipient_is_an_award(reference) -> None:
    text = (
        "12 мая 2025 года в Омске татарская автономия провела праздник. Министр вручила "
        "председателю Омской региональной общественной организации «Татарский культурный "
        "центр «Туган як» Ивану Петрову нагрудный знак «За заслуги»."
    )
    assert "award ceremony" in _program(reference, text)


def test_speaking_told_without_a_name_is_a_speech(reference) -> None:
    texts = [
        "The community celebrated Novruz in Toronto on 20 March 2025. Guests spoke about the "
        "history of the holiday.",
        "20 mart 2025-ci ildə Bakıda Novruz bayramı qeyd edilib. Qonaqlar bayramın "
        "tarixindən bəhs ediblər.",
    ]
    for text in texts:
        assert "speech" in _program(reference, text), text


def test_an_announced_exhibition_is_an_exhibition(reference) -> None:
    texts = [
        "12 мая 2025 года в галерее Омска откроется фотовыставка татарской общины.",
        "A photo exhibition of the Kazakh community will open in Toronto on 12 May 2025.",
    ]
    with reference.sessions() as session:
        events = [extract(text, session).events[0] for text in texts]
    assert [e.event_type for e in events] == ["exhibition", "exhibition"]
