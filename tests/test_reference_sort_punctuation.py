"""A name that begins with an apostrophe or a slash ("‘Adan", "'Asīr", "//Karas": regions as
ISO transliterates them) sorted before every letter, at the top of the regions list, instead
of among the names beginning with its first letter."""

from __future__ import annotations

from db.engine import Database
from db.reference_service import ReferenceService


def test_leading_punctuation_does_not_decide_the_order(database: Database) -> None:
    with database.sessions() as session:
        service = ReferenceService(session)
        regions = service.search("region", "", limit=5000, language="en")
        names = service.shown_names("region", regions, "en")
    shown = [names[record.id] for record in regions]
    assert shown[0][0].isalpha(), shown[:5]
    adan = next(name for name in shown if name.endswith("Adan"))
    before = shown[shown.index(adan) - 1]
    assert before[0].isalpha() and before[0].upper() == "A", (before, adan)
