"""Issue 17, search: the first page of a search comes without a count, and says whether
a count is needed at all."""

from __future__ import annotations

from db.event_pages import first_page
from db.queries import EventFilter, count_events, list_events


def test_the_first_page_says_whether_more_events_match(sample_database) -> None:
    with sample_database.sessions() as session:
        chosen = EventFilter(text="Khojaly")
        everything = list_events(session, chosen, limit=10)
        assert len(everything) == count_events(session, chosen) == 3

        partial = first_page(session, chosen, limit=2)
        assert [r.uuid for r in partial.rows] == [r.uuid for r in everything[:2]]
        assert partial.more and partial.total is None

        whole = first_page(session, chosen, limit=3)
        assert [r.uuid for r in whole.rows] == [r.uuid for r in everything]
        assert not whole.more and whole.total == 3


def test_the_first_page_follows_the_sort(sample_database) -> None:
    with sample_database.sessions() as session:
        chosen = EventFilter(text="Xocalı")
        by_title = first_page(session, chosen, limit=5, sort="title", descending=False)
        titles = [r.title for r in by_title.rows]
        assert titles == sorted(titles) and by_title.total == 3


def test_a_window_too_short_for_the_page_falls_back_to_every_match(
    sample_database, monkeypatch
) -> None:
    """The page is looked for among the first events in table order; where too few
    of them match, the page must still be the true first page."""
    import db.event_pages

    monkeypatch.setattr(db.event_pages, "WINDOW_PAGES", 1)
    with sample_database.sessions() as session:
        assert count_events(session, EventFilter(text="Khojaly")) == 3  # the sample is there
        for text in ("Khojaly", "Chelyabinsk", "Primorye", "Khojaly of", "Пр", "zzz"):
            chosen = EventFilter(text=text)
            for limit in (1, 2, 3):
                for sort, descending in (("date", True), ("date", False), ("title", True)):
                    expected = list_events(
                        session, chosen, limit=10, sort=sort, descending=descending
                    )
                    page = first_page(session, chosen, limit, sort, descending)
                    assert [r.uuid for r in page.rows] == [r.uuid for r in expected[:limit]]
                    assert page.more == (len(expected) > limit)
