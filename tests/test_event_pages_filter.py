"""A filter on a link (region, organization...) beside a frequent word starts from the
link's few events and checks the word on each, instead of reading every event the word
matches (issue 17: filter at 1,000,000 events); the rows and counts stay the same."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, func, select

from db.event_pages import count_matches, first_page, narrowed, read_page
from db.models import Event, EventOrganizer, EventStatus, Organization, Region
from db.names import normalize
from db.queries import EventFilter, count_events, list_events


def _fill_places(database) -> None:
    """60 events over two regions, a third named "concert", one organization on some."""
    with database.sessions.begin() as session:
        chelyabinsk, primorye = (
            session.scalars(select(Region.id).where(Region.code == code)).one()
            for code in ("RU-CHE", "RU-PRI")
        )
        body = Organization(name="Friendship House")
        session.add(body)
        session.flush()
        for number in range(60):
            title = f"{'Concert' if number % 3 == 0 else 'Meeting'} no. {number}"
            added = Event(
                title=title,
                start_date=dt.date(2024, 1, 1) + dt.timedelta(days=number),
                region_id=chelyabinsk if number % 2 else primorye,
                status=EventStatus.DRAFT,
                search_text=normalize(title),
            )
            session.add(added)
            session.flush()
            if number % 4 == 0:
                session.add(EventOrganizer(event_id=added.id, organization_id=body.id))


@pytest.fixture
def database(database_with):
    """The test's own data set holding the events of ``_fill_places`` (saved once per run
    into a template, copied for each test)."""
    return database_with(_fill_places)


@pytest.fixture
def places(database):
    """The ids of the two regions and the organization the events are linked to."""
    with database.sessions() as session:
        chelyabinsk, primorye = (
            session.scalars(select(Region.id).where(Region.code == code)).one()
            for code in ("RU-CHE", "RU-PRI")
        )
        body = session.scalars(
            select(Organization.id).where(Organization.name == "Friendship House")
        ).one()
        assert session.scalar(select(func.count(Event.id))) == 60
    return {"chelyabinsk": chelyabinsk, "primorye": primorye, "body": body}


def statements(database):
    seen: list[str] = []
    event.listen(database.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    return seen


def test_a_region_and_a_word_start_from_the_region(database, places):
    seen = statements(database)
    chosen = EventFilter(region_id=places["chelyabinsk"], text="concert")
    with database.sessions() as session:
        page = first_page(session, chosen, limit=5)
    assert not [sql for sql in seen if "MATCH" in sql]  # the word's index list is not read
    assert [row.title for row in page.rows] == [
        "Concert no. 57",
        "Concert no. 51",
        "Concert no. 45",
        "Concert no. 39",
        "Concert no. 33",
    ]


@pytest.mark.parametrize(
    "words", ["concert", "meet", "no 5", "concert chelyab", "friendship", "zzz", "co"]
)
@pytest.mark.parametrize("link", ["chelyabinsk", "primorye", "body"])
def test_the_same_rows_and_counts_either_way(database, places, words, link):
    key = "organization_id" if link == "body" else "region_id"
    chosen = EventFilter(text=words, **{key: places[link]})
    with database.sessions() as session:
        assert narrowed(session, chosen) is not chosen  # the words are checked on each
        expected = list_events(session, chosen, limit=100, sort="title", descending=False)
        assert read_page(session, chosen, 0, 100, "title", False) == expected
        assert count_matches(session, chosen) == count_events(session, chosen) == len(expected)


def test_a_word_alone_keeps_its_index(database, places):
    with database.sessions() as session:
        chosen = EventFilter(text="concert")
        assert narrowed(session, chosen) is chosen
