"""Session 22: places. A town written by its own name beats a country or region whose
inflected form it only looks like ("в Русе" is Bulgaria's Ruse, not "Russia"; "Евле" is
Sweden's Gävle, not Yevlakh), and a town the report's countries hold beats a bigger one of
the same name elsewhere (Spain's Valencia in a report about Spain). Report sentences
invented for these tests."""

from __future__ import annotations

import datetime as dt

from tests.test_extraction_session20b import _events


def _places(reference, text: str) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(draft.country, draft.city) for draft in _events(reference, text)]


def test_a_town_by_its_own_name_beats_a_country_it_only_looks_like(reference) -> None:
    # "Русе" stems like "Россия"; the town of that exact name is meant
    assert _places(
        reference,
        "Новруз в Болгарии\n\n"
        "5 апреля в Русе азербайджанское общество «Дом» провело праздник Новруз.",
    ) == [("Bulgaria", "Русе")]


def test_a_swedish_town_by_its_own_name_beats_a_town_it_only_looks_like(reference) -> None:
    assert _places(
        reference,
        "Новруз в Швеции\n\n"
        "5 апреля в Евле общество «Араз» провело праздник Новруз.",
    ) == [("Sweden", "Евле")]


def test_a_town_of_a_country_the_report_names_beats_a_bigger_namesake(reference) -> None:
    # Valencia of Venezuela is bigger; the report is about Spain
    events = _places(
        reference,
        "Новруз в Испании\n\n"
        "Азербайджанцы Испании отметили Новруз. 6 апреля в Валенсии общество «Хазар»"
        " провело праздник для детей.",
    )
    assert ("Spain", "Валенсия") in events
    assert all(country == "Spain" for country, _city in events)


def test_a_big_town_sharing_its_bare_name_with_its_province_is_the_town(reference) -> None:
    # "Santa Fe" is a province of the data set and its capital; the bare name is the town
    (draft,) = _events(
        reference,
        "Novruz in Santa Fe\n\n"
        "SANTA FE, March 24, 2025 — The Azerbaijani Cultural Society held a Novruz festival"
        " in Santa Fe on Saturday.",
    )
    assert (draft.country, draft.region, draft.city) == ("Argentina", None, "Santa Fe")


_WEEKEND = (
    "Constitution Day marked in Valparaíso and Concepción\n\n"
    "VALPARAÍSO, May 6, 2025 — The Union of Poles in Chile celebrated Polish Constitution Day"
    " last Saturday with a picnic in a city park. The chair of the Union, Anna Nowak, opened"
    " the picnic.\n\n"
    "On Sunday, Union members in Concepción held a memorial service at the city cathedral."
)


def test_a_paragraph_on_another_weekday_opens_its_own_event(reference) -> None:
    events = _events(reference, _WEEKEND, published=dt.date(2025, 5, 6))
    assert [(e.city, e.date) for e in events] == [
        ("Valparaíso", dt.date(2025, 5, 3)), ("Concepción", dt.date(2025, 5, 4))
    ]


def test_the_dateline_town_beats_a_country_named_only_in_a_body_s_name(reference) -> None:
    # "the Union of Poles in Chile": the event is in the dateline's town, not just "Chile"
    first = _events(reference, _WEEKEND, published=dt.date(2025, 5, 6))[0]
    assert (first.country, first.city) == ("Chile", "Valparaíso")
    assert first.organizations == ["Union of Poles in Chile"]


def test_an_event_sentence_on_another_weekday_is_another_event_of_the_town(reference) -> None:
    events = _events(
        reference,
        "Constitution Day in Valparaíso\n\n"
        "VALPARAÍSO, May 6, 2025 — The Union of Poles in Chile celebrated Polish Constitution"
        " Day last Saturday with a picnic in a city park.\n\n"
        "On Sunday, the Union held a memorial service at the city cathedral.",
        published=dt.date(2025, 5, 6),
    )
    assert [(e.city, e.date) for e in events] == [
        ("Valparaíso", dt.date(2025, 5, 3)), ("Valparaíso", dt.date(2025, 5, 4))
    ]


_MARCH = (
    "Khojaly remembered in Uruguay\n\n"
    "MONTEVIDEO, February 27, 2025 — Hundreds of people marched yesterday through the Old"
    " Town of Montevideo to mark the 33rd anniversary of the Khojaly genocide. The march was"
    " organized by the Azerbaijani Society of Uruguay.\n\n"
    "In Paysandú, the Friends of Azerbaijan Club held a lecture on the same day."
)


def test_people_who_marched_to_mark_an_anniversary_tell_of_an_event_of_that_day(
    reference,
) -> None:
    first = _events(reference, _MARCH, published=dt.date(2025, 2, 27))[0]
    assert (first.city, first.date) == ("Montevideo", dt.date(2025, 2, 26))
    assert first.organizations == ["Azerbaijani Society of Uruguay"]


def test_a_town_written_with_an_accented_letter_opens_its_own_event(reference) -> None:
    events = _events(reference, _MARCH, published=dt.date(2025, 2, 27))
    assert [(e.city, e.date) for e in events] == [
        ("Montevideo", dt.date(2025, 2, 26)), ("Paysandú", dt.date(2025, 2, 26))
    ]


def test_who_led_a_lesson_told_after_it_spoke(reference) -> None:
    (draft,) = _events(
        reference,
        "День памяти в Генте\n\n"
        "10 апреля в Генте армянская субботняя школа «Арев» провела урок памяти для детей."
        " Урок вёл учитель Арам Саркисян.",
    )
    assert [(s["name"], s["role"]) for s in draft.speakers] == [("Арам Саркисян", "учитель")]


def test_a_documentary_ribbon_shown_is_a_film_screening(reference) -> None:
    (draft,) = _events(
        reference,
        "Память в Лозанне\n\n"
        "10 апреля в Лозанне армянская община провела вечер памяти."
        " Гостям показали документальную ленту о депортации.",
    )
    assert "film_screening" in draft.program


def _russian_name(town: str) -> str:
    """How the world gazetteer writes a town in Russian (the draft shows that name)."""
    from db.world import world

    return world().lookup(town, kinds=("city",), limit=1)[0].place.display("ru")


def test_a_body_that_announces_an_event_to_come_holds_it(reference) -> None:
    events = _events(
        reference,
        "Вечер грузинской музыки\n\n"
        "Эстонско-грузинское общество дружбы 10 апреля провело в Эспоо вечер грузинской"
        " музыки.\n\n"
        "Общество сообщило, что 20 мая в Вантаа пройдёт детский праздник.",
    )
    assert [e.city for e in events] == [_russian_name("Espoo"), _russian_name("Vantaa")]
    assert events[1].organizations == ["Эстонско-грузинское общество дружбы"]


def test_a_town_spelt_letter_for_letter_from_its_own_name_is_found() -> None:
    # "Вантаа" spells the town's own name "Vantaa"; the gazetteer's Russian name differs
    from db.world import world

    (best, *_rest) = world().lookup("Вантаа", kinds=("city",), limit=3)
    assert (best.place.name, best.place.country_code, best.exact) == ("Vantaa", "FI", True)


def _place_of(reference, text: str) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    (draft,) = _events(reference, text, published=dt.date(2025, 1, 21))
    return draft.country, draft.city


def test_a_dateline_town_with_its_state_is_that_state_s_town(reference) -> None:
    # Athens of Georgia (a US state written after the town), not Greece's capital
    assert _place_of(
        reference,
        "Memorial evening\n\n"
        "ATHENS, Georgia, January 21, 2025 — The Azerbaijani Student Society held a memorial"
        " event on Sunday.",
    ) == ("United States", "Athens")


def test_a_town_right_after_its_country_s_name_is_that_country_s_town(reference) -> None:
    # "ABŞ-ın Paris şəhərində": Paris of the United States, not France's capital
    assert _place_of(
        reference,
        "Anım tədbiri\n\n"
        "ABŞ-ın Paris şəhərində yaşayan azərbaycanlılar yanvarın 19-da anım tədbiri keçiriblər.",
    ) == ("United States", "Paris")


def test_towns_of_a_past_year_s_events_open_no_events(reference) -> None:
    # "the events of 1905 in A and B" is history told at the event, not two more events
    events = _events(
        reference,
        "Georgian history remembered\n\n"
        "A conference on Georgian history was held in Riga on April 10. Professor Nino Beridze"
        " presented a report on the events of 1905 in Tbilisi and Kutaisi.",
    )
    assert [e.city for e in events] == ["Riga"]
