"""Issue 16 item 2: the change log keeps organizers, speakers and program items as structured
values; undo and merges read them back exactly, and every view shows them as text."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from db.change_log import write_change
from db.engine import Database, open_database
from db.event_store import (
    EventInput,
    EventStore,
    OrganizerInput,
    ProgramInput,
    SpeakerInput,
)
from db.models import Event, OrganizerRole
from desktop.importing import guess_mapping, preview, read_table, undo_batch
from desktop.importing.merge import apply_merge, plan_merge
from desktop.reports import ReportOptions, export_workbook
from tests.import_helpers import import_file
from tests.test_merge import _copy, _edit

ROLE = "chairman | board"
"""A speaker's role with the old log's separator in it."""
SPEAKER_ORG = "Friends | Society (host)"
ORGANIZER = "House of Friendship (co-organizer)"
"""An organization whose name ends like an organizer role."""
NOTE = "opening (short) | live"


def _original() -> EventInput:
    return EventInput(
        title="Memorial evening", start_date=dt.date(2025, 2, 26), region="RU-PRI",
        organizers=[OrganizerInput(ORGANIZER, OrganizerRole.HOST),
                    OrganizerInput("Youth Union", OrganizerRole.CO_ORGANIZER)],
        speakers=[SpeakerInput("Ivan Petrov", ROLE, SPEAKER_ORG),
                  SpeakerInput("Ali Aliyev", None, None)],
        program=[ProgramInput("speech", NOTE), ProgramInput("minute_of_silence")],
    )


def _save(database: Database, data: EventInput) -> uuid.UUID:
    with database.sessions.begin() as session:
        return EventStore(session).save(data).uuid


def _children(database: Database, event_uuid: uuid.UUID) -> tuple[list, list, list]:
    with database.sessions() as session:
        data = EventStore(session).load(event_uuid)
    return ([(o.name, o.role) for o in data.organizers],
            [(s.name, s.role, s.organization) for s in data.speakers],
            [(p.item_type, p.note) for p in data.program])


def _sheet(book, title: str):
    ws = book[title]
    return ws, [c.value for c in ws[1]]


def test_undo_of_an_import_update_restores_speakers_organizers_and_program_exactly(
    database: Database, tmp_path: Path
) -> None:
    event_uuid = _save(database, _original())
    before = _children(database, event_uuid)
    exported = tmp_path / "events.xlsx"
    export_workbook(database, exported, ReportOptions())
    table = read_table(exported)  # the file's form of the event is the stored one's
    assert preview(database, table, guess_mapping(table.headers)).count("unchanged") == 1
    book = load_workbook(exported)
    ws, headers = _sheet(book, "Events")
    ws.cell(2, headers.index("Organizers") + 1, "Other Union")
    ws, headers = _sheet(book, "Speakers")
    for row in range(2, ws.max_row + 1):
        ws.cell(row, headers.index("Role") + 1, "guest")
    ws, headers = _sheet(book, "Program")
    for row in range(2, ws.max_row + 1):
        ws.cell(row, headers.index("Note") + 1, "changed")
    book.save(exported)

    result = import_file(database, exported)
    assert result.updated == 1
    changed = _children(database, event_uuid)
    assert changed[0] == [("Other Union", OrganizerRole.ORGANIZER)]
    assert changed[1][0][1] == "guest" and changed[2][0][1] == "changed"

    undo_batch(database, result.batch_id)
    assert _children(database, event_uuid) == before


def test_an_old_string_form_change_log_row_still_undoes(database: Database) -> None:
    """Rows written before the structured form ("Name (role)", "name | role | org")."""
    event_uuid = _save(database, EventInput(
        title="Old row", start_date=dt.date(2024, 3, 20),
        organizers=[OrganizerInput("New Union")],
        speakers=[SpeakerInput("Someone Else", "guest", None)],
        program=[ProgramInput("concert")],
    ))
    batch = uuid.uuid4()
    with database.sessions.begin() as session:
        event = session.scalars(select(Event).where(Event.uuid == event_uuid)).one()
        write_change(session, "event", "update", record_uuid=event_uuid, record_id=event.id,
                     batch_id=batch, changes={
                         "organizers": [["Youth Union (co-organizer)", "Old Society (host)"],
                                        ["New Union (organizer)"]],
                         "speakers": [["Ivan Petrov | chairman | Youth Union", "Ali Aliyev |  | "],
                                      ["Someone Else | guest | "]],
                         "program": [["speech (opening)", "minute_of_silence"], ["concert"]],
                     })
    undo_batch(database, batch)
    assert _children(database, event_uuid) == (
        [("Youth Union", OrganizerRole.CO_ORGANIZER), ("Old Society", OrganizerRole.HOST)],
        [("Ivan Petrov", "chairman", "Youth Union"), ("Ali Aliyev", None, None)],
        [("speech", "opening"), ("minute_of_silence", None)],
    )


def _conflict_on_speakers(database: Database, database_path: Path, tmp_path: Path):
    """Both offices edit one event's speakers; their side has the separator in a role."""
    event_uuid = _save(database, EventInput(
        title="Shared", start_date=dt.date(2025, 1, 5), region="RU-PRI",
        organizers=[OrganizerInput("Union")]))
    peer_path = tmp_path / "office.sqlite"
    _copy(database_path, peer_path)
    peer = open_database(peer_path)
    try:
        _edit(database, "Shared", speakers=[SpeakerInput("Mine Speaker", "host", None)])
        _edit(peer, "Shared", speakers=_original().speakers, program=_original().program,
              organizers=_original().organizers)
    finally:
        peer.dispose()
    plan = plan_merge(database, peer_path)
    [conflict] = plan.conflicts
    return event_uuid, plan, conflict


def test_a_merge_conflict_on_speakers_takes_their_exact_value(
    database: Database, database_path: Path, tmp_path: Path
) -> None:
    event_uuid, plan, conflict = _conflict_on_speakers(database, database_path, tmp_path)
    assert set(conflict.fields) == {"speakers", "organizers", "program"}
    apply_merge(database, plan, {conflict.uuid: dict.fromkeys(conflict.fields, "theirs")},
                backup=False)
    original = _original()
    assert _children(database, event_uuid) == (
        [(o.name, o.role) for o in original.organizers],
        [(s.name, s.role, s.organization) for s in original.speakers],
        [(p.item_type, p.note) for p in original.program],
    )


def test_the_merge_dialog_shows_structured_values_as_text(
    qtbot, database: Database, database_path: Path, tmp_path: Path, monkeypatch
) -> None:
    from desktop.ui.conflict_dialog import FieldChoiceDialog
    from desktop.ui.merge_dialog import MergeDialog

    _uuid, _plan, conflict = _conflict_on_speakers(database, database_path, tmp_path)
    monkeypatch.setattr(FieldChoiceDialog, "exec", lambda self: 0)
    dialog = MergeDialog(database)
    qtbot.addWidget(dialog)
    choice = dialog.choose_fields(conflict)
    texts = [label.text() for label in choice.findChildren(QLabel)]
    assert not any("{" in text for text in texts), texts
    assert any(ROLE in text and SPEAKER_ORG in text and "Ivan Petrov" in text for text in texts)
    assert any(ORGANIZER in text for text in texts)


def test_the_change_history_shows_speakers_as_text(qtbot, database: Database) -> None:
    from desktop.ui.reference_lists import ChangeLogDialog

    event_uuid = _save(database, _original())
    with database.sessions.begin() as session:
        store = EventStore(session)
        data = store.load(event_uuid)
        data.speakers = [SpeakerInput("Mine Speaker", "host", None)]
        store.save(data)
    dialog = ChangeLogDialog(database, "event", record_uuid=event_uuid)
    qtbot.addWidget(dialog)
    speakers = [row for row in dialog.rows if row[3] == "Speakers"]
    assert speakers, dialog.rows
    texts = [text for row in speakers for text in row[4:]]
    assert not any("{" in text for text in texts), texts
    assert any("Ivan Petrov" in t and ROLE in t and SPEAKER_ORG in t for t in texts), texts
    assert any("Mine Speaker" in t and "host" in t for t in texts), texts


def test_the_display_text_of_each_form() -> None:
    from db.change_values import display_value, items

    assert display_value("speakers", [{"name": "Ivan Petrov", "role": ROLE,
                                       "organization": None}]) == [f"Ivan Petrov, {ROLE}"]
    assert display_value("organizers", ["Old Society (host)"]) == ["Old Society (host)"]
    assert display_value("speakers", ["Ivan Petrov | chairman | Youth Union"]) == [
        "Ivan Petrov, chairman, Youth Union"]  # an old row reads like a new one
    assert display_value("program", [{"item": "speech", "note": NOTE}]) == [f"speech ({NOTE})"]
    assert display_value("title", "Shared") == "Shared"
    assert items("organizers", ["Old Society (host)"]) == [
        {"organization": "Old Society", "role": "host"}]
