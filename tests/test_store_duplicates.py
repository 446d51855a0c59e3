"""The duplicate check matches what a clerk would call the same event: organizers by alias
and by a fuller or shorter form of the name, places by region or city, dates by
overlapping ranges that respect the date's precision."""

from __future__ import annotations

import dataclasses
import datetime as dt

from db.duplicates import date_span, find_duplicates
from db.event_store import EventInput, EventStore, OrganizerInput
from db.models import DatePrecision
from desktop.sample import load_sample, sample_inputs

DAY = DatePrecision.DAY


def _vladivostok(**changes) -> EventInput:
    return dataclasses.replace(sample_inputs()[0], title="Khojaly evening", **changes)


def _found(database, data: EventInput) -> list[str]:
    with database.sessions() as session:
        return [e.title for e in find_duplicates(session, data)]


def test_an_organizer_written_in_full_is_the_same_organizer(database) -> None:
    with database.sessions.begin() as session:
        load_sample(session)
    again = _vladivostok(organizers=[OrganizerInput('public organization "Friendship"')])
    assert _found(database, again) == [sample_inputs()[0].title]


def test_a_day_apart_without_an_occasion_is_still_the_same_event(database) -> None:
    stored = _vladivostok(
        start_date=dt.date(2025, 2, 26), end_date=None, date_precision=DAY, occasion=None
    )
    with database.sessions.begin() as session:
        EventStore(session).save(stored)
    next_day = dataclasses.replace(
        stored, title="Memorial evening", start_date=dt.date(2025, 2, 27), anniversary=None
    )
    assert _found(database, next_day) == ["Khojaly evening"]


def test_a_month_only_date_overlaps_every_day_of_that_month(database) -> None:
    stored = _vladivostok(
        start_date=dt.date(2025, 2, 1), end_date=None, date_precision=DatePrecision.MONTH
    )
    with database.sessions.begin() as session:
        EventStore(session).save(stored)
    exact = dataclasses.replace(stored, start_date=dt.date(2025, 2, 20), date_precision=DAY)
    assert _found(database, exact) == ["Khojaly evening"]
    assert date_span(dt.date(2025, 2, 1), None, DatePrecision.MONTH) == (
        dt.date(2025, 2, 1),
        dt.date(2025, 2, 28),
    )
    assert date_span(dt.date(2024, 5, 5), None, DatePrecision.YEAR) == (
        dt.date(2024, 1, 1),
        dt.date(2024, 12, 31),
    )


def test_a_city_without_its_region_is_the_same_place(database) -> None:
    with database.sessions.begin() as session:
        load_sample(session)
    city_only = _vladivostok(region=None, country=None, city="Vladivostok")
    assert _found(database, city_only) == [sample_inputs()[0].title]


def test_other_places_occasions_and_far_dates_are_not_duplicates(database) -> None:
    with database.sessions.begin() as session:
        load_sample(session)
    other_city = _vladivostok(city="Nakhodka", place_as_written=None)
    other_region = _vladivostok(region="Chelyabinsk region", city=None)
    other_occasion = _vladivostok(occasion="Novruz")
    months_later = _vladivostok(
        start_date=dt.date(2025, 6, 1), end_date=None, date_precision=DAY
    )
    other_body = _vladivostok(organizers=[OrganizerInput("Someone else entirely")])
    for candidate in (other_city, other_region, other_occasion, months_later, other_body):
        assert _found(database, candidate) == [], candidate
