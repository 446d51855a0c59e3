"""Program items, occasions and event types of drafts (texts written for these tests).

Each test states a behaviour of the genre's reports, not what the extractor happened to
output on one article of the development corpus.
"""

from __future__ import annotations

from desktop.extraction import extract


def test_a_concert_that_is_the_event_is_also_its_program_item(database) -> None:
    texts = [
        "В Доме национальностей Омска 5 мая 2025 года состоялся праздничный концерт "
        "татарской общины.",
        "A gala concert of the Kazakh community was held in Toronto on 5 May 2025.",
    ]
    with database.sessions() as session:
        events = [extract(text, session).events[0] for text in texts]
    assert [e.event_type for e in events] == ["concert", "concert"]
    assert all("concert" in e.program_labels for e in events)
