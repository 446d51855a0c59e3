"""Session 23: dates and places of reports never seen. A press release's dateline with its
day in brackets ("TACOMA, Washington (April 14, 2025) –") is the report's day, not the
event's; Azerbaijani months written with a capital dotted İ ("İyulun 5-də") are months; an
Azerbaijani day in the locative ("Mayın 10-da") is when the event was held even when it is
also the day an occasion is named by. Report sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

from tests.test_extraction_session20b import _events

_RELEASE = (
    "Azerbaijani Society of Tacoma Marks Novruz\n\n"
    "TACOMA, Washington (April 14, 2025) – The Azerbaijani Society of Tacoma celebrated"
    " Novruz on Saturday at the city library."
)


def test_a_press_release_dateline_in_brackets_is_the_reports_day(reference) -> None:
    (draft,) = _events(reference, _RELEASE, dt.date(2025, 4, 14))
    assert draft.date == dt.date(2025, 4, 12)  # the Saturday before, not the release's day


def test_a_press_release_dateline_in_brackets_gives_the_publication_date(reference) -> None:
    (draft,) = _events(reference, _RELEASE, None)  # type: ignore[arg-type]
    assert draft.date == dt.date(2025, 4, 12)


def test_a_press_release_dateline_names_the_town_and_its_state(reference) -> None:
    (draft,) = _events(reference, _RELEASE, dt.date(2025, 4, 14))
    assert (draft.country, draft.region, draft.city) == ("United States", "Washington", "Tacoma")


def test_an_azerbaijani_month_with_a_capital_dotted_i_is_a_month(reference) -> None:
    (draft,) = _events(
        reference,
        "Hamburqda bayram tədbiri\n\n"
        "İyulun 5-də Hamburq şəhərində \"Odlar\" cəmiyyəti Qurban bayramı münasibətilə"
        " tədbir keçirib.",
        dt.date(2025, 7, 8),
    )
    assert draft.date == dt.date(2025, 7, 5)


def test_an_azerbaijani_day_in_the_locative_is_the_events_day_not_the_occasion(
    reference,
) -> None:
    events = _events(
        reference,
        "Almaniyada ulu öndər anılıb\n\n"
        "Mayın 10-da Drezden şəhərində \"Körpü\" cəmiyyəti Heydər Əliyevin anadan"
        " olmasının 102-ci ildönümü ilə bağlı anım tədbiri keçirib.\n\n"
        "Ertəsi gün Leypsiq şəhərində də tədbir keçirilib.",
        dt.date(2025, 5, 14),
    )
    assert [e.date for e in events] == [dt.date(2025, 5, 10), dt.date(2025, 5, 11)]


def _places(reference, text: str, published: dt.date) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(draft.country, draft.city) for draft in _events(reference, text, published)]


def test_a_hyphenated_town_in_the_locative_is_found(reference) -> None:
    # the part after the hyphen is capitalized: "Беэр-Шеве" is one name, not "Беэр-"
    assert _places(
        reference,
        "Вечер памяти\n\n"
        "12 апреля в Беэр-Шеве клуб «Память» провёл вечер памяти.",
        dt.date(2025, 4, 14),
    ) == [("Israel", "Беер Шева")]


def test_an_unknown_feminine_town_in_ии_is_found(reference) -> None:
    # pymorphy guesses "Нетании" as a masculine "-ий" word; the town is "Нетания"
    assert _places(
        reference,
        "Вечер памяти\n\n"
        "12 апреля в Нетании клуб «Память» провёл вечер памяти.",
        dt.date(2025, 4, 14),
    ) == [("Israel", "Нетания")]


def test_a_heading_opening_with_a_town_and_a_colon_names_the_place(reference) -> None:
    assert _places(
        reference,
        "Нижний Новгород: земляки встретили Новруз\n\n"
        "Азербайджанцы города в субботу, 22 марта, отметили Новруз. Праздник провело"
        " общество «Гюнеш».",
        dt.date(2025, 3, 24),
    ) == [("Russia", "Nizhny Novgorod")]


def test_the_next_speakers_and_their_verb_are_no_role_of_the_first(reference) -> None:
    # "başqanı" is not a known role word; what follows the comma is the next speakers
    (draft,) = _events(
        reference,
        "Bakıda konfrans\n\n"
        "Mayın 3-də Bakı şəhərində konfrans keçirilib. Konfransda dərnəyin başqanı Anar"
        " Vəliyev, tarixçi Kamran Əliyev və professor Nigar Həsənova çıxış ediblər.",
        dt.date(2025, 5, 5),
    )
    roles = {s["name"]: s["role"] for s in draft.speakers}
    assert "Kamran" not in (roles["Anar Vəliyev"] or "")
    assert roles["Kamran Əliyev"] == "tarixçi"
