"""A town the data set does not list is named in the language of the report that names it,
whatever reports were read before: the window keeps the data set's names between
extractions, and an English report about Leeds read after a Russian one came out with
the city "Лидс"."""

from __future__ import annotations

import datetime as dt

from desktop.extraction.service import extract

ENGLISH = ("Community evening in Leeds\n\n"
           "On 3 May 2025 the Polish Social Club held a community evening in Leeds.")
RUSSIAN = ("Вечер в Лидсе\n\n"
           "3 мая 2025 года в Лидсе общество «Огни» провело вечер азербайджанской музыки.")


def _cities(reference, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    with reference.sessions() as session:
        return [e.city for e in extract(text, session, published=dt.date(2025, 5, 5)).events]


def test_a_world_town_keeps_the_name_of_each_reports_language(reference) -> None:
    assert _cities(reference, ENGLISH) == ["Leeds"]
    assert _cities(reference, RUSSIAN) == ["Лидс"]
    assert _cities(reference, ENGLISH) == ["Leeds"]
    assert _cities(reference, RUSSIAN) == ["Лидс"]
