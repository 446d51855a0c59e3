"""A woman's name that also reads as a man's genitive ("Эльмира Гасанова" as "Эльмир
Гасанов"), a person who is only the subject of a talk ("рассказал о наследии X", "X haqqında
danışıb"), and "the same day" of the event told before. Report sentences invented for
these tests."""

from __future__ import annotations

import datetime as dt

from desktop.extraction import extract

PUBLISHED = dt.date(2025, 4, 14)


def _events(reference, text: str, published: dt.date = PUBLISHED):  # type: ignore[no-untyped-def]
    with reference.sessions() as session:
        return extract(text, session, published=published).events


def _speakers(reference, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    (draft,) = _events(reference, text)
    return [s["name"] for s in draft.speakers]


def test_a_woman_after_a_feminine_verb_and_her_title_keeps_her_name(reference) -> None:
    assert _speakers(
        reference,
        "Вечер музыки в Самаре\n\n"
        "10 апреля в Самаре общество «Огни» провело вечер азербайджанской музыки."
        " С напутственным словом выступила председатель клуба Нигяра Гасанова.",
    ) == ["Нигяра Гасанова"]


def test_a_woman_named_before_her_feminine_verb_keeps_her_name(reference) -> None:
    assert _speakers(
        reference,
        "Вечер музыки в Самаре\n\n"
        "10 апреля в Самаре общество «Огни» провело вечер азербайджанской музыки."
        " Самира Рустамова рассказала гостям об истории мугама.",
    ) == ["Самира Рустамова"]


def test_a_woman_in_the_genitive_is_given_as_a_woman(reference) -> None:
    assert _speakers(
        reference,
        "Вечер музыки в Самаре\n\n"
        "10 апреля в Самаре общество «Огни» провело вечер азербайджанской музыки."
        " Вечер открылся выступлением Назиры Гусейновой.",
    ) == ["Назира Гусейнова"]


def test_a_man_in_the_genitive_after_a_speech_noun_stays_a_man(reference) -> None:
    assert _speakers(
        reference,
        "Вечер музыки в Самаре\n\n"
        "10 апреля в Самаре общество «Огни» провело вечер азербайджанской музыки."
        " Затем последовало выступление председателя общества Камала Рустамова.",
    ) == ["Камал Рустамов"]


def test_whom_a_talk_was_about_in_russian_is_no_speaker(reference) -> None:
    assert _speakers(
        reference,
        "Вечер памяти в Самаре\n\n"
        "10 апреля в Самаре общество «Огни» провело вечер памяти композитора."
        " Профессор Эльчин Аскеров рассказал гостям о творчестве и наследии"
        " Узеира Гаджибекова.",
    ) == ["Эльчин Аскеров"]


def test_whom_a_talk_was_dedicated_to_is_no_speaker(reference) -> None:
    assert _speakers(
        reference,
        "Вечер памяти в Самаре\n\n"
        "10 апреля в Самаре общество «Огни» провело вечер памяти композитора."
        " С докладом, посвящённым Узеиру Гаджибекову, выступил профессор Эльчин Аскеров.",
    ) == ["Эльчин Аскеров"]


def test_whom_a_talk_was_about_in_azerbaijani_is_no_speaker(reference) -> None:
    assert _speakers(
        reference,
        "Samarada anım gecəsi\n\n"
        "Aprelin 10-da Samarada Azərbaycan İcması anım gecəsi keçirib. Gecədə professor"
        " Elçin Əsgərov dahi bəstəkar Üzeyir Hacıbəyli barədə danışıb.",
    ) == ["Elçin Əsgərov"]


def _dates(reference, text: str) -> list[dt.date | None]:  # type: ignore[no-untyped-def]
    return [e.date for e in _events(reference, text)]


def test_the_same_day_in_azerbaijani_is_the_day_of_the_event_before(reference) -> None:
    assert _dates(
        reference,
        "Almaniyada Novruz bayramı\n\n"
        "Aprelin 5-də Kölndə Azərbaycan Evi Novruz şənliyi keçirib.\n\n"
        "Eyni gündə Münhendə də bayram konserti təşkil olunub.",
    ) == [dt.date(2025, 4, 5), dt.date(2025, 4, 5)]


def test_that_same_day_in_azerbaijani_is_the_day_of_the_event_before(reference) -> None:
    assert _dates(
        reference,
        "Almaniyada Novruz bayramı\n\n"
        "Aprelin 5-də Kölndə Azərbaycan Evi Novruz şənliyi keçirib.\n\n"
        "Həmin gündə Münhendə də bayram konserti təşkil olunub.",
    ) == [dt.date(2025, 4, 5), dt.date(2025, 4, 5)]


def test_a_word_opening_the_sentence_is_no_part_of_the_speakers_name(reference) -> None:
    assert _speakers(
        reference,
        "Samarada anım gecəsi\n\n"
        "Aprelin 10-da Samarada Azərbaycan İcması anım gecəsi keçirib. Gecədə professor"
        " Elçin Əsgərov çıxış edib. Sonra Nərmin Qasımova da çıxış edib.",
    ) == ["Elçin Əsgərov", "Nərmin Qasımova"]


def test_whom_an_evening_remembered_is_no_speaker(reference) -> None:
    assert _speakers(
        reference,
        "Вечер памяти в Самаре\n\n"
        "10 апреля в Самаре общество «Огни» провело вечер памяти."
        " Консул Эльчин Аскеров выступил на вечере памяти Узеира Гаджибекова.",
    ) == ["Эльчин Аскеров"]
