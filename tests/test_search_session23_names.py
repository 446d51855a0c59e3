"""Session 23, search: a clerk types a name in the other script and the search must meet
the spelling stored.

- A Russian soft sign is no break in a word: "Эльчин" finds "Elçin", "Ильхам" "İlham",
  and back.
- Russian writes Azerbaijani KB as КП ("Алекперов", "Ələkbərov").
- H, X and G are not one letter: Russian Х is Azerbaijani X or H, Russian Г is
  Azerbaijani G, Q, Ğ or H; so "Халилов" finds "Xəlilov" but not "Галилов". The pairs
  below are common Azerbaijani surnames and the Russian spellings they are written in
  (must match), and pairs of other names that only look alike (must not match)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy import insert, select, text

from db import tables
from db.engine import Database
from db.event_store import EventInput, SpeakerInput
from db.models import PersonAlias
from db.names import normalize
from tests.search_helpers import found_titles, save_events

MATCH = [
    # Azerbaijani, Russian
    ("Elçin", "Эльчин"),
    ("İlham", "Ильхам"),
    ("Eldar", "Эльдар"),
    ("Gülnarə", "Гюльнара"),
    ("Ələkbərov", "Алекперов"),
    ("Əkbərov", "Акперов"),
    ("Hüseynov", "Гусейнов"),
    ("Həsənov", "Гасанов"),
    ("Hacıyev", "Гаджиев"),
    ("Hümbətov", "Гумбатов"),
    ("Həsənli", "Гасанлы"),
    ("Xəlilov", "Халилов"),
    ("Əhmədov", "Ахмедов"),
    ("Rəhimov", "Рахимов"),
    ("Şahin", "Шахин"),
    ("Zahidov", "Захидов"),
    ("Quliyev", "Гулиев"),
    ("Qurbanov", "Гурбанов"),
    ("Qasımov", "Гасымов"),
    ("Ağayev", "Агаев"),
    ("Nağıyev", "Нагиев"),
    ("Əliyev", "Алиев"),
    ("Məmmədov", "Мамедов"),
    ("Cəfərov", "Джафаров"),
    ("Kərimov", "Керимов"),
    ("Kazımov", "Кязимов"),
    ("Süleymanov", "Сулейманов"),
    ("İsmayılov", "Исмаилов"),
    ("Abbasov", "Аббасов"),
    ("Bağırov", "Багиров"),
]

APART = [
    # other names that only look alike: neither finds the other
    ("Халилов", "Галилов"),
    ("Xəlilov", "Qəlilov"),
    ("Ахмедов", "Агамедов"),
    ("Хасай", "Гасай"),
    ("Xanlarov", "Qanlarov"),
    ("Гасанов", "Гусейнов"),
    ("Ахмедов", "Мамедов"),
]


def _event(title: str, speaker: str, day: int) -> EventInput:
    return EventInput(title=title, start_date=dt.date(2025, 4, day),
                      speakers=[SpeakerInput(speaker)])


def _fill_pairs(database: Database) -> None:
    events = []
    for number, (az, ru) in enumerate(MATCH):
        events += [_event(f"az {number}", f"Tofiq {az}", 1),
                   _event(f"ru {number}", f"Рамиз {ru}", 2)]
    for number, (one, other) in enumerate(APART):
        events += [_event(f"one {number}", f"Kamal {one}", 3),
                   _event(f"other {number}", f"Kamal {other}", 4)]
    save_events(database, events)


def _both_ways_apart(database: Database) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The pairs that failed to match and the pairs that failed to stay apart."""
    unmatched = [
        (az, ru) for number, (az, ru) in enumerate(MATCH)
        if not {f"az {number}", f"ru {number}"} <= found_titles(database, az)
        or not {f"az {number}", f"ru {number}"} <= found_titles(database, ru)
    ]
    joined = [
        (one, other) for number, (one, other) in enumerate(APART)
        if f"other {number}" in found_titles(database, one)
        or f"one {number}" in found_titles(database, other)
    ]
    return unmatched, joined


def test_common_surnames_meet_their_russian_spelling_and_others_stay_apart(database) -> None:
    _fill_pairs(database)
    unmatched, joined = _both_ways_apart(database)
    assert (unmatched, joined) == ([], [])

@pytest.mark.skipif(not os.environ.get("DIASPORA_TEST_POSTGRES_URL"),
                    reason="needs DIASPORA_TEST_POSTGRES_URL")
def test_postgresql_pairs_alike(postgres_data_set_with) -> None:
    database = postgres_data_set_with(_fill_pairs)
    unmatched, joined = _both_ways_apart(database)
    assert (unmatched, joined) == ([], [])


def test_a_soft_sign_typed_finds_the_word_in_the_event_text_too(database) -> None:
    """The soft sign joins the name's halves for its sound; the event's own text still
    holds the typed word as it was entered."""
    save_events(database, [EventInput(title="Вечер Эльчина", start_date=dt.date(2025, 4, 5)),
                           EventInput(title="Elçin Əliyev", start_date=dt.date(2025, 4, 6),
                                      speakers=[SpeakerInput("Эльчин Алиев")])])
    assert found_titles(database, "Эльчина") == {"Вечер Эльчина"}
    assert found_titles(database, "Эльчин Алиев") == {"Elçin Əliyev"}
    assert found_titles(database, "Elçin Əliyev") == {"Elçin Əliyev"}
    assert found_titles(database, "Алиев Эльчин") == {"Elçin Əliyev"}


def test_an_alias_spelled_anew_sounds_anew_and_every_writer_fills_it(database) -> None:
    """The sound is the app's to write now: an alias respelled through the ORM is found by
    its new sound, and no writer (the reference data loaded at the start, the form, a
    Core insert) leaves an alias without one."""
    save_events(database, [_event("Talk", "Рамиз Гусейнов", 7)])
    with database.sessions.begin() as session:
        alias = session.scalar(select(PersonAlias).where(PersonAlias.name == "Рамиз Гусейнов"))
        assert alias is not None
        alias.name = "Рамиз Эльчинов"
        session.execute(insert(tables.person_alias).values(
            person_id=alias.person_id, name="Ильхам Гусейнов",
            normalized=normalize("Ильхам Гусейнов")))
    assert found_titles(database, "Elçinov") == {"Talk"}
    assert found_titles(database, "İlham Hüseynov") == {"Talk"}
    with database.engine.connect() as connection:
        for owner in ("region", "city", "country", "occasion", "organization", "person"):
            assert connection.scalar(text(
                f"SELECT count(*) FROM {owner}_alias WHERE search_sound IS NULL")) == 0, owner
