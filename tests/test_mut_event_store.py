"""EventStore behaviours that mutation testing (scripts/mutation.sh) found untested: who
deleted or restored an event, what a report-wide source correction may touch, and the
history a confirmed name leaves on its record."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import select, update

from db.event_store import (
    EventInput,
    EventStore,
    OrganizerInput,
    SourceInput,
    SpeakerInput,
    StaleEventError,
    ValidationError,
)
from db.localized import display_name
from db.messages import current_language
from db.models import ChangeLog, Event, Organization, Person, Source
from db.reference_service import change_history
from desktop.sample import sample_inputs

REPORT = "https://example.org/news/report-1"
OTHER_REPORT = "https://example.org/news/report-2"


def _event(title: str, url: str, publisher: str) -> EventInput:
    data = dataclasses.replace(sample_inputs()[0], uuid=None, title=title)
    data.source = SourceInput(url=url, publisher=publisher, full_text=f"The report at {url}")
    return data


def _saved(database, *events: EventInput) -> list[uuid.UUID]:
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk1")
        return [store.save(data).uuid for data in events]


def _event_row(database, event_uuid: uuid.UUID) -> Event:
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.uuid == event_uuid))
        assert event is not None
        session.expunge(event)
        return event


def test_deleting_and_restoring_an_event_records_who_did_it(database) -> None:
    (key,) = _saved(database, _event("An evening", REPORT, "Trend"))
    with database.sessions.begin() as session:
        EventStore(session, user="clerk2").delete(key)
    deleted = _event_row(database, key)
    assert deleted.deleted_at is not None and deleted.updated_by == "clerk2"
    with database.sessions() as session:
        entry = change_history(session, "event", record_uuid=key)[0]
    assert (entry.action, entry.user, entry.summary) == ("delete", "clerk2", "An evening")

    with database.sessions.begin() as session:
        EventStore(session, user="clerk3").restore(key)
    restored = _event_row(database, key)
    assert restored.deleted_at is None and restored.updated_by == "clerk3"


def test_deleting_an_event_that_is_gone_names_it(database) -> None:
    missing = uuid.uuid4()
    with database.sessions() as session, pytest.raises(LookupError) as raised:
        EventStore(session).delete(missing)
    assert str(missing) in str(raised.value)


def _correct_publisher_for_the_report(database, event_uuid: str, publisher: str) -> None:
    """A clerk corrects the publisher of one event's source for every event of its report."""
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk2")
        data = store.load(event_uuid)
        data.source = dataclasses.replace(data.source, publisher=publisher, apply_to_report=True)
        store.save(data)


def test_a_correction_applied_to_the_report_leaves_other_reports_alone(database) -> None:
    first, second, elsewhere = _saved(
        database,
        _event("First evening", REPORT, "Trend"),
        _event("Second evening", REPORT, "Trend"),
        _event("Another report's evening", OTHER_REPORT, "Report"),
    )
    untouched = _event_row(database, elsewhere)
    _correct_publisher_for_the_report(database, first, "Trend News Agency")
    with database.sessions() as session:
        store = EventStore(session)
        assert store.load(second).source.publisher == "Trend News Agency"
        assert store.load(elsewhere).source.publisher == "Report"
        assert change_history(session, "event", record_uuid=elsewhere)[0].action == "insert"
    after = _event_row(database, elsewhere)
    assert (after.version, after.updated_at) == (untouched.version, untouched.updated_at)


def test_a_report_wide_correction_is_in_each_events_own_history(database) -> None:
    first, second = _saved(
        database,
        _event("First evening", REPORT, "Trend"),
        _event("Second evening", REPORT, "Trend"),
    )
    _correct_publisher_for_the_report(database, first, "Trend News Agency")
    with database.sessions() as session:
        history = change_history(session, "event", record_uuid=second)
        entry = session.scalars(
            select(ChangeLog).where(ChangeLog.record_uuid == second)
            .order_by(ChangeLog.id.desc())
        ).first()
    assert [(h.user, h.field, h.old, h.new) for h in history if h.action == "update"] == [
        ("clerk2", "source_publisher", "Trend", "Trend News Agency")
    ]
    assert entry is not None and entry.summary == "Second evening"  # the log names the event


def test_a_confirmed_name_is_in_the_records_history_by_its_id(sample_database) -> None:
    data = dataclasses.replace(sample_inputs()[0], uuid=None, title="Another evening",
                               organizers=[OrganizerInput("Frendship")])
    with sample_database.sessions.begin() as session:
        store = EventStore(session, user="clerk")
        (question,) = store.name_questions(data)
        store.confirm_name(question, question.candidates[0])
    with sample_database.sessions() as session:
        record = session.scalar(select(Organization).where(Organization.name == "Friendship"))
        assert record is not None
        # by its UUID alone, as a history copied into another sample_database finds it
        history = change_history(session, "organization", record_uuid=record.uuid)
    assert [(h.action, h.user, h.new) for h in history if h.field == "aliases"] == [
        ("update", "clerk", "Frendship")
    ]


def test_a_region_hint_looks_within_the_typed_country_first(database) -> None:
    # a cut-off "Saint Petersburg" in Russia, not Saint Peter of Antigua and Barbuda
    data = dataclasses.replace(sample_inputs()[0], uuid=None, country="RU",
                               region="Saint Pete", city=None)
    with database.sessions() as session, pytest.raises(ValidationError) as raised:
        EventStore(session).save(data)
    (message,) = [e.message for e in raised.value.errors if e.field == "region"]
    assert "Did you mean" in message and "(RU-SPE)" in message


def test_a_mistyped_country_is_asked_about_with_the_country_it_may_mean(database) -> None:
    data = dataclasses.replace(sample_inputs()[0], uuid=None, country="Rusia", region=None,
                               city=None)
    with database.sessions() as session:
        questions = [q for q in EventStore(session).name_questions(data) if q.kind == "country"]
    (question,) = questions
    assert (question.field, question.typed, question.new_record) == ("country", "Rusia", False)
    assert "RU" in [c.country for c in question.candidates]


def test_a_new_organizers_seat_reads_from_the_town_to_the_country(database) -> None:
    data = dataclasses.replace(sample_inputs()[0], uuid=None, country="UA", region=None,
                               city="Berdyansk",
                               organizers=[OrganizerInput("Entirely New Society")])
    with database.sessions() as session:
        (question,) = [q for q in EventStore(session).name_questions(data)
                       if q.field == "organizers"]
    assert question.place is not None
    parts = question.place.split(", ")
    assert parts[0] == "Berdyansk" and parts[-1] == "Ukraine"


def test_a_town_typed_with_a_region_it_is_not_in_is_asked_about(database) -> None:
    data = dataclasses.replace(sample_inputs()[0], uuid=None, country="UA",
                               region="Lviv Oblast", city="Berdyansk")
    with database.sessions() as session:
        store = EventStore(session)
        assert store.region("Lviv Oblast", None) is not None
        asked = [q.field for q in store.name_questions(data)]
    assert "city" in asked


def test_editing_a_source_an_import_shared_by_address_leaves_the_other_event_alone(
    database, tmp_path
) -> None:
    from tests.import_helpers import import_file

    path = tmp_path / "events.csv"
    path.write_text("Title;Date;Source URL;Publisher\n"
                    f"First evening;2025-02-26;{REPORT};Trend\n"
                    f"Second evening;2025-02-27;{REPORT};Trend\n", encoding="utf-8")
    assert import_file(database, path).inserted == 2
    with database.sessions() as session:
        first, second = (session.scalar(select(Event.uuid).where(Event.title == title))
                         for title in ("First evening", "Second evening"))
    assert first is not None and second is not None
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk2")
        data = store.load(first)
        data.source.publisher = "Corrected publisher"
        store.save(data)
    with database.sessions() as session:
        store = EventStore(session)
        assert store.load(first).source.publisher == "Corrected publisher"
        assert store.load(second).source.publisher == "Trend"


def test_a_mistyped_town_in_a_known_region_is_offered_that_regions_town(sample_database) -> None:
    data = dataclasses.replace(sample_inputs()[0], uuid=None, country="RU",
                               region="Primorsky Krai", city="Vladivostk")
    with sample_database.sessions() as session:
        (question,) = [q for q in EventStore(session).name_questions(data) if q.field == "city"]
    assert question.new_record  # it may stay as written
    assert question.candidates and question.candidates[0].name == "Vladivostok"
    assert question.candidates[0].region is not None


def test_an_organization_an_event_creates_has_its_creation_in_its_history(database) -> None:
    data = dataclasses.replace(sample_inputs()[0], uuid=None,
                               organizers=[OrganizerInput("Entirely New Society")])
    with database.sessions.begin() as session:
        EventStore(session, user="clerk").save(data)
    with database.sessions() as session:
        record = session.scalar(
            select(Organization).where(Organization.name == "Entirely New Society"))
        assert record is not None
        history = change_history(session, "organization", record_uuid=record.uuid)
    assert ("insert", "clerk", "name", "Entirely New Society") in [
        (h.action, h.user, h.field, h.new) for h in history]


def test_an_edit_of_the_venue_and_date_precision_is_logged_under_those_fields(
    database,
) -> None:
    from db.models import DatePrecision

    (key,) = _saved(database, _event("An evening", REPORT, "Trend"))
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk2")
        data = store.load(key)
        data.venue, data.date_precision = "Another hall", DatePrecision.MONTH
        store.save(data)
    with database.sessions() as session:
        updates = [h for h in change_history(session, "event", record_uuid=key)
                   if h.action == "update"]
    assert {"venue", "date"} <= {h.field for h in updates}
    # the history shows the event's one date; its precision is the part that changed
    [date] = [h for h in updates if h.field == "date"]
    assert date.new[2] == "month" != date.old[2]


def test_a_speakers_organization_is_in_the_change_log_so_undo_can_put_it_back(
    database,
) -> None:
    from db.event_store import SpeakerInput

    data = dataclasses.replace(sample_inputs()[0], uuid=None, speakers=[
        SpeakerInput("Some Speaker", "guest", "Entirely New Society")])
    (key,) = _saved(database, data)
    with database.sessions() as session:
        (logged,) = [h.new for h in change_history(session, "event", record_uuid=key)
                     if h.field == "speakers"]
    assert logged == [{"name": "Some Speaker", "role": "guest",
                       "organization": "Entirely New Society"}]


def test_a_too_long_organizer_name_is_named_by_its_place_in_the_list(database) -> None:
    from db.limits import max_length
    from db.models import Organization as OrganizationModel

    limit = max_length(OrganizationModel.name)
    assert limit is not None
    data = dataclasses.replace(sample_inputs()[0], uuid=None,
                               organizers=[OrganizerInput("x" * (limit + 1))])
    with database.sessions() as session:
        errors = [e.message for e in EventStore(session).validate(data) if e.field == "organizers"]
    assert errors and errors[0].startswith("Organizer 1")


def test_an_unknown_source_scale_is_refused_on_the_source_scale_field(database) -> None:
    data = _event("A talk", REPORT, "City News")
    data.source = dataclasses.replace(data.source, scale="galactic")
    with database.sessions() as session, pytest.raises(ValidationError) as raised:
        EventStore(session).save(data)
    assert [e.field for e in raised.value.errors if "galactic" in e.message] == ["source_scale"]


def test_a_too_long_program_note_is_refused_on_the_program_field(database) -> None:
    from db.event_store import ProgramInput
    from db.limits import max_length
    from db.models import ProgramItem

    limit = max_length(ProgramItem.note)
    data = dataclasses.replace(sample_inputs()[0], uuid=None, program=[
        ProgramInput("speech", "N" * (limit + 1))])
    with database.sessions() as session, pytest.raises(ValidationError) as raised:
        EventStore(session).save(data)
    assert [e.field for e in raised.value.errors if f"{limit:,}" in e.message] == ["program"]


def test_an_events_search_words_hold_its_regions_name(database) -> None:
    from db.names import normalize

    data = dataclasses.replace(sample_inputs()[0], uuid=None, place_as_written=None)
    (key,) = _saved(database, data)
    event = _event_row(database, key)
    with database.sessions() as session:
        region = session.merge(event).region
        assert region is not None
        assert normalize(region.name) in (event.search_text or "")


def test_a_too_long_speakers_organization_is_named_by_the_speakers_place(database) -> None:
    from db.event_store import SpeakerInput
    from db.limits import max_length

    limit = max_length(Organization.name)
    data = dataclasses.replace(sample_inputs()[0], uuid=None, speakers=[
        SpeakerInput("A Speaker", organization="O" * (limit + 1))])
    with database.sessions() as session, pytest.raises(ValidationError) as raised:
        EventStore(session).save(data)
    (message,) = [e.message for e in raised.value.errors if f"{limit:,}" in e.message]
    assert message.startswith("Speaker 1's organization")


def test_restoring_an_event_logs_its_title(database) -> None:
    (key,) = _saved(database, _event("An evening", REPORT, "Trend"))
    with database.sessions.begin() as session:
        EventStore(session, user="clerk2").delete(key)
    with database.sessions.begin() as session:
        EventStore(session, user="clerk3").restore(key)
    with database.sessions() as session:
        entry = change_history(session, "event", record_uuid=key)[0]
    assert (entry.action, entry.user, entry.summary) == ("restore", "clerk3", "An evening")


def _conflict(database, last_writer: str | None) -> str:
    """The message a clerk gets saving an event someone else saved after it was opened."""
    (key,) = _saved(database, _event("An evening", REPORT, "Trend"))
    with database.sessions() as session:
        first_copy = EventStore(session).load(key)
        second_copy = EventStore(session).load(key)
    first_copy.attendance = 10
    with database.sessions.begin() as session:
        EventStore(session, user="clerk2").save(first_copy)
    if last_writer is None:  # a row written by a tool that did not record its clerk
        with database.sessions.begin() as session:
            session.execute(update(Event).where(Event.uuid == key).values(updated_by=None))
    second_copy.attendance = 99
    with database.sessions.begin() as session, pytest.raises(StaleEventError) as raised:
        EventStore(session, user="clerk3").save(second_copy)
    return str(raised.value)


def test_a_conflict_names_the_event_and_the_clerk_who_saved_it_first(database) -> None:
    message = _conflict(database, "clerk2")
    assert "'An evening'" in message and "clerk2" in message


def test_a_conflict_with_an_unknown_last_writer_still_names_the_event(database) -> None:
    message = _conflict(database, None)
    assert "'An evening'" in message and "someone" in message and "None" not in message


def test_a_stored_town_typed_with_another_country_is_asked_about(database) -> None:
    _saved(database, _event("An evening", REPORT, "Trend"))  # stores its town, Vladivostok
    data = dataclasses.replace(sample_inputs()[0], uuid=None, country="KZ", region=None,
                               city="Vladivostok")
    with database.sessions() as session:
        asked = [q.field for q in EventStore(session).name_questions(data)]
    assert "city" in asked


def test_a_refused_save_says_which_fields_and_why(database) -> None:
    data = dataclasses.replace(_event("An evening", REPORT, "Trend"), title=" ", attendance=-5)
    with database.sessions() as session, pytest.raises(ValidationError) as raised:
        EventStore(session).save(data)
    errors = raised.value.errors
    assert {e.field for e in errors} >= {"title", "attendance"}
    for error in errors:  # the text an undo failure or a log shows holds every problem
        assert f"{error.field}: {error.message}" in str(raised.value)


def test_a_mistyped_occasion_is_asked_about_on_the_occasion_field(database) -> None:
    data = dataclasses.replace(_event("An evening", REPORT, "Trend"), occasion="Nowruzz")
    with database.sessions() as session:
        questions = EventStore(session).name_questions(data)
    [question] = [q for q in questions if q.kind == "occasion"]
    assert (question.field, question.typed, question.new_record) == (
        "occasion", "Nowruzz", False)
    assert question.candidates and question.candidates[0].name == "Novruz"


def test_a_new_organizers_seat_names_a_region_typed_by_an_alias_by_its_own_name(
    database,
) -> None:
    data = dataclasses.replace(sample_inputs()[0], uuid=None, country="RU", region="Primorye",
                               city=None, organizers=[OrganizerInput("Entirely New Society")])
    with database.sessions() as session:
        store = EventStore(session)
        region = store.region("Primorye", None)
        assert region is not None and region.name != "Primorye"
        (question,) = [q for q in store.name_questions(data) if q.field == "organizers"]
    assert question.place is not None
    assert question.place.split(", ")[0] == display_name(region, current_language())


def test_a_sources_scale_is_stored_and_read_back(database) -> None:
    data = _event("An evening", REPORT, "Trend")
    data.source = dataclasses.replace(data.source, scale="national")
    (key,) = _saved(database, data)
    with database.sessions() as session:
        assert EventStore(session).load(key).source.scale == "national"


def test_a_speaker_named_again_at_another_event_is_the_same_person(database) -> None:
    events = []
    for title, written in (("An evening", "Ivan Petrov"), ("A concert", " ivan petrov ")):
        data = _event(title, REPORT if title == "An evening" else OTHER_REPORT, "Trend")
        data.speakers = [SpeakerInput(written, role="host")]
        events.append(data)
    _saved(database, *events)
    with database.sessions() as session:
        assert session.scalars(select(Person.full_name)).all() == ["Ivan Petrov"]


def test_a_town_whose_name_two_regions_share_is_found_in_the_typed_region(database) -> None:
    data = dataclasses.replace(sample_inputs()[0], uuid=None, country="RU",
                               region="Chelyabinsk Oblast", city="Troitsk")
    (key,) = _saved(database, data)  # GeoNames has a Troitsk near Moscow too
    with database.sessions() as session:
        event = EventStore(session).get(key)
        assert event is not None and event.city is not None
        assert (event.city.name, event.city.region.code) == ("Troitsk", "RU-CHE")


def test_an_edit_of_an_events_own_source_is_logged_as_an_update_of_that_source(
    database,
) -> None:
    (key,) = _saved(database, _event("An evening", REPORT, "Trend"))
    _correct_publisher_for_the_report(database, key, "Trend News")
    with database.sessions() as session:
        source = session.scalars(select(Source)).one()
        history = change_history(session, "source", record_uuid=source.uuid)
    assert ("update", "clerk2", "publisher", "Trend", "Trend News") in [
        (h.action, h.user, h.field, h.old, h.new) for h in history]


@pytest.mark.parametrize(("field", "label"), [("publisher", "The publisher"),
                                              ("passed_on_by", "'Passed on by'")])
def test_a_too_long_source_field_is_refused_on_that_field_by_its_name(
    database, field: str, label: str
) -> None:
    from db.limits import max_length

    limit = max_length(getattr(Source, field))
    data = _event("An evening", REPORT, "Trend")
    data.source = dataclasses.replace(data.source, **{field: "N" * (limit + 1)})
    with database.sessions() as session, pytest.raises(ValidationError) as raised:
        EventStore(session).save(data)
    [error] = raised.value.errors
    assert error.field == f"source_{field}" and error.message.startswith(label)


def test_a_negative_anniversary_is_refused_on_the_anniversary_field(database) -> None:
    data = dataclasses.replace(_event("An evening", REPORT, "Trend"), anniversary=-3)
    with database.sessions() as session, pytest.raises(ValidationError) as raised:
        EventStore(session).save(data)
    assert [(e.field, e.message) for e in raised.value.errors] == [
        ("anniversary", "An anniversary is a positive number.")]


def test_a_start_date_too_early_is_refused_naming_its_year(database) -> None:
    from db.event_store import MIN_YEAR

    early = dt.date(MIN_YEAR - 1, 5, 9)
    data = dataclasses.replace(_event("An evening", REPORT, "Trend"), start_date=early)
    with database.sessions() as session, pytest.raises(ValidationError) as raised:
        EventStore(session).save(data)
    assert [(e.field, e.message) for e in raised.value.errors] == [
        ("start_date", f"The year {early.year} is too early.")]


def test_an_event_may_end_on_its_start_day_but_not_before(database) -> None:
    one_day = dataclasses.replace(_event("An evening", REPORT, "Trend"),
                                  start_date=dt.date(2025, 5, 9), end_date=dt.date(2025, 5, 9))
    _saved(database, one_day)
    backwards = dataclasses.replace(one_day, end_date=dt.date(2025, 5, 8))
    with database.sessions() as session, pytest.raises(ValidationError) as raised:
        EventStore(session).save(backwards)
    assert [(e.field, e.message) for e in raised.value.errors] == [
        ("end_date", "The end date is before the start date.")]


def test_a_between_date_without_its_latest_day_says_what_to_give(database) -> None:
    from db.models import DatePrecision

    data = dataclasses.replace(_event("An evening", REPORT, "Trend"),
                               date_precision=DatePrecision.BETWEEN, end_date=None)
    with database.sessions() as session, pytest.raises(ValidationError) as raised:
        EventStore(session).save(data)
    assert [(e.field, e.message) for e in raised.value.errors] == [
        ("end_date", "Give the latest possible date for 'between'.")]


def test_a_region_whose_name_two_countries_share_is_found_in_the_typed_country(
    database,
) -> None:
    data = dataclasses.replace(_event("An evening", REPORT, "Trend"), country="PK",
                               region="Punjab", city=None)  # India has a Punjab too
    (key,) = _saved(database, data)
    with database.sessions() as session:
        event = EventStore(session).get(key)
        assert event is not None and event.region is not None
        assert event.region.code == "PK-PB"
