"""Property: whatever Unicode names, dates and programs an export holds, it imports back."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings, strategies as st

from db.engine import open_database
from db.event_store import EventInput, EventStore, OrganizerInput, ProgramInput, SpeakerInput
from db.names import normalize
from desktop.reports import ReportOptions, export_workbook
from tests.import_helpers import event_sheets, import_file

_CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn"))
TEXT = st.text(_CHARS, min_size=1, max_size=24).map(str.strip).filter(bool)
NAME = TEXT.filter(lambda s: not (set(s) & {";", "→"}) and not s.endswith(")"))
PROGRAM_CODES = ["speech", "minute_of_silence", "video_screening", "concert"]


@st.composite
def events(draw) -> list[EventInput]:
    out = []
    for _ in range(draw(st.integers(1, 3))):
        out.append(EventInput(
            title=draw(TEXT),
            start_date=draw(st.dates(dt.date(1901, 1, 1), dt.date(2099, 12, 31))),
            # an event lists an organization once (EventStore refuses a repeated one)
            organizers=[OrganizerInput(n) for n in draw(
                st.lists(NAME, max_size=3, unique_by=lambda name: normalize(name) or name))],
            speakers=[SpeakerInput(n, draw(st.none() | TEXT), draw(st.none() | NAME))
                      for n in draw(st.lists(NAME, max_size=2))],
            program=[ProgramInput(c, draw(st.none() | TEXT))
                     for c in draw(st.lists(st.sampled_from(PROGRAM_CODES), max_size=4))],
            description=draw(st.none() | TEXT),
        ))
    return out


# Found by the search: a name with no letters or digits had an empty matching key, so saving
# the event made two organizations called "/" and the import (rightly) one. Two such names
# are two organizations, not one listed twice.
TWO_SLASHES = [EventInput(title="0", start_date=dt.date(2000, 1, 1),
                          organizers=[OrganizerInput("/"), OrganizerInput("-")])]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=events())
@example(data=TWO_SLASHES)
def test_export_import_export_round_trip(data, _template_database: Path, tmp_path: Path) -> None:
    work = tmp_path / uuid.uuid4().hex
    work.mkdir()
    source_path, target_path = work / "a.sqlite", work / "b.sqlite"
    shutil.copy(_template_database, source_path)
    shutil.copy(_template_database, target_path)
    # copies of a file the app just made: the full read of every page is left out
    source = open_database(source_path, check_integrity=False)
    target = open_database(target_path, check_integrity=False)
    try:
        with source.sessions.begin() as session:
            store = EventStore(session)
            for event in data:
                store.save(event)
        first, second = work / "first.xlsx", work / "second.xlsx"
        export_workbook(source, first, ReportOptions(sheets=("events", "speakers", "program")))
        result = import_file(target, first)
        assert (result.errors, result.skipped, result.inserted) == (0, 0, len(data))
        export_workbook(target, second, ReportOptions(sheets=("events", "speakers", "program")))
        assert event_sheets(first) == event_sheets(second)
        assert import_file(target, first).batch_id is None  # twice: nothing to do
    finally:
        source.dispose()
        target.dispose()
        shutil.rmtree(work, ignore_errors=True)


def test_a_time_between_two_milliseconds_comes_back_as_it_went(
    database, new_database, tmp_path: Path
) -> None:
    """The stamps are written to the millisecond: a reader rounding half a millisecond up (python-
    calamine) and one cutting it (openpyxl) then read the same time, so an export of an
    imported file equals the file (seen: 21:04:34.609500 came back as .610)."""
    from sqlalchemy import update

    from db.tables import event as event_table

    stamp = dt.datetime(2026, 3, 4, 21, 4, 34, 609500)
    with database.sessions.begin() as session:
        EventStore(session).save(EventInput(title="Evening", start_date=dt.date(2026, 3, 4)))
        session.execute(update(event_table).values(created_at=stamp, updated_at=stamp))
    target = new_database("target")
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    options = ReportOptions(sheets=("events", "speakers", "program"))
    export_workbook(database, first, options)
    assert import_file(target, first).inserted == 1
    export_workbook(target, second, options)
    assert event_sheets(first) == event_sheets(second)
