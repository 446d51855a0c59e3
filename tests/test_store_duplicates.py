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


def test_an_organizer_written_in_full_is_the_same_organizer(sample_database) -> None:
    again = _vladivostok(organizers=[OrganizerInput('public organization "Friendship"')])
    assert _found(sample_database, again) == [sample_inputs()[0].title]


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


def test_a_city_without_its_region_is_the_same_place(sample_database) -> None:
    city_only = _vladivostok(region=None, country=None, city="Vladivostok")
    assert _found(sample_database, city_only) == [sample_inputs()[0].title]


def test_other_places_occasions_and_far_dates_are_not_duplicates(sample_database) -> None:
    assert _found(sample_database, _vladivostok()) == [sample_inputs()[0].title]  # unchanged
    other_city = _vladivostok(city="Nakhodka", place_as_written=None)
    other_region = _vladivostok(region="Chelyabinsk region", city=None)
    other_occasion = _vladivostok(occasion="Novruz")
    months_later = _vladivostok(
        start_date=dt.date(2025, 6, 1), end_date=None, date_precision=DAY
    )
    other_body = _vladivostok(organizers=[OrganizerInput("Someone else entirely")])
    for candidate in (other_city, other_region, other_occasion, months_later, other_body):
        assert _found(sample_database, candidate) == [], candidate


def test_an_import_holds_back_a_probable_duplicate_and_says_of_what(
    sample_database, tmp_path
) -> None:
    from openpyxl import Workbook

    from desktop.importing import guess_mapping, preview, read_table

    book = Workbook()
    sheet = book.active
    sheet.append(["Title", "Date", "Region", "Organizers"])
    sheet.append(
        ["Friendship remembers", dt.date(2025, 2, 27), "Primorsky Krai", 'Public org "Friendship"']
    )
    sheet.append(["Friendship remembers", dt.date(2025, 9, 1), "Primorsky Krai", "Friendship"])
    book.save(tmp_path / "rows.xlsx")
    table = read_table(tmp_path / "rows.xlsx")
    plan = preview(sample_database, table, guess_mapping(table.headers))
    assert [row.action for row in plan.rows] == ["duplicate", "insert"]
    assert sample_inputs()[0].title in " ".join(plan.rows[0].notes)


def test_a_merge_names_their_new_events_that_repeat_ours(database, database_path, tmp_path):
    import shutil

    from db.engine import open_database
    from desktop.importing.merge import plan_merge

    peer_path = tmp_path / "other_office.sqlite"
    shutil.copy(database_path, peer_path)
    peer = open_database(peer_path)
    with peer.sessions.begin() as session:
        theirs = EventStore(session).save(
            _vladivostok(organizers=[OrganizerInput('public organization "Friendship"')])
        ).uuid
    peer.dispose()
    with database.sessions.begin() as session:
        load_sample(session)
    plan = plan_merge(database, peer_path)
    assert plan.add == [theirs]
    assert [(alike.uuid, [ours["title"] for ours in alike.ours]) for alike in plan.look_alikes] \
        == [(theirs, [sample_inputs()[0].title])]
