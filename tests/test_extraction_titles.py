"""A draft's title in the reader's language: the extractor writes it in English from the
English names ("Memorial event for the 36th anniversary of ... in Chișinău"), which a
Russian or Azerbaijani office then had to retype for its own table and reports."""

from __future__ import annotations

import pytest

from db import messages
from desktop.extraction import extract
from desktop.extraction.shown_names import shown_names

REPORT = (
    "Кишинёв, 21 января 2026 года. Азербайджанское культурное общество Молдовы провело в "
    "Кишинёве траурное мероприятие, посвящённое 36-й годовщине трагедии 20 Января."
)


@pytest.mark.parametrize(
    ("language", "kind", "anniversary"),
    [
        ("ru", "Траурное мероприятие", "(36-я годовщина)"),
        ("az", "Anım tədbiri", "(36-cı ildönümü)"),
    ],
)
def test_a_drafts_title_is_made_of_the_names_the_reader_sees(
    reference, language: str, kind: str, anniversary: str
) -> None:
    messages.set_language(language)
    with reference.sessions() as session:
        (draft,) = extract(REPORT, session).events
        names = shown_names(session, [draft], language)
    title = names.title(draft)
    city, _region, _country = names.place(draft)
    occasion = names.occasion(draft)
    assert city and occasion and occasion != draft.occasion
    assert title == f"{kind} — {occasion} {anniversary}, {city}"


def test_an_english_reader_keeps_the_extractors_title(reference) -> None:
    with reference.sessions() as session:
        (draft,) = extract(REPORT, session).events
        names = shown_names(session, [draft], "en")
    assert names.title(draft) == draft.title
    assert draft.title.startswith("Memorial event for the 36th anniversary of the ")


def test_a_report_of_the_occasions_own_day_dates_its_event_that_day(reference) -> None:
    """A report published on the occasion's day, giving no day: the event can only be on
    that day. The command line said "between 20.01.2026 and 20.01.2026", and the warning
    "dated between 20.01.2026 and 20.01.2026"."""
    from desktop.extraction import format_extraction

    text = (
        "Кишинёв, 20 января 2026 года. Азербайджанское культурное общество Молдовы провело "
        "траурное мероприятие, посвящённое 36-й годовщине трагедии 20 Января."
    )
    with reference.sessions() as session:
        result = extract(text, session)
    (draft,) = result.events
    assert draft.start_date == draft.end_date == draft.start_date.replace(month=1, day=20)
    shown = format_extraction(result)
    assert "between 2026-01-20 and 2026-01-20" not in shown, shown
    assert "2026-01-20" in shown.split("Event 1:", 1)[1], shown
    (warning,) = [w for w in draft.warnings if "no day" in w]
    assert warning.count("2026-01-20") == 1, warning
