"""Merging two organizations that both stand on one event: the event named the duplicate
its organizer and the survivor its co-organizer; after the merge it had no organizer at all,
only the co-organizer, though the clerk only said the two names are one society."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.engine import Database
from db.event_store import EventInput, EventStore, OrganizerInput
from db.models import EventOrganizer, Organization
from db.tables import OrganizerRole
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import child, tmp_settings


def _links(database: Database, event_id: int) -> list[tuple[str, str, int]]:
    with database.sessions() as session:
        rows = session.execute(
            select(Organization.name, EventOrganizer.role, EventOrganizer.position)
            .join(Organization, Organization.id == EventOrganizer.organization_id)
            .where(EventOrganizer.event_id == event_id)
            .order_by(EventOrganizer.position)
        ).all()
        return [(name, str(role), position) for name, role, position in rows]


def _org_id(database: Database, name: str) -> int:
    with database.sessions() as session:
        found = session.scalar(select(Organization.id).where(Organization.name == name))
        assert found is not None
        return found


def test_the_merged_organizer_keeps_its_role_on_the_event_and_undo_gives_both_back(
    qtbot, database: Database, tmp_path, monkeypatch
) -> None:
    with database.sessions.begin() as session:
        event = EventStore(session).save(EventInput(
            title="Novruz evening", start_date=dt.date(2025, 3, 20),
            organizers=[
                OrganizerInput("Azerbaijani community of Kazan"),
                OrganizerInput("Kazan Azerbaijani Society", OrganizerRole.CO_ORGANIZER),
            ]))
        event_id = event.id
    before = _links(database, event_id)
    assert before == [
        ("Azerbaijani community of Kazan", "organizer", 0),
        ("Kazan Azerbaijani Society", "co-organizer", 1),
    ]

    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    lists = main.show_reference_lists()
    qtbot.addWidget(lists)
    page = lists.show_list("organization")
    page.select_ids([
        _org_id(database, "Kazan Azerbaijani Society"),
        _org_id(database, "Azerbaijani community of Kazan"),
    ])
    survivor = _org_id(database, "Kazan Azerbaijani Society")

    def keep_society(box: QMessageBox) -> int:
        for name in ("merge_keep_first", "merge_keep_second"):
            button = child(box, name)
            if "Kazan Azerbaijani Society" in button.text():
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", keep_society)
    assert page.merge_selected()
    with database.sessions() as session:
        assert session.get(Organization, survivor) is not None
    assert _links(database, event_id) == [("Kazan Azerbaijani Society", "organizer", 0)]

    lists.undo_stack.undo()
    assert _links(database, event_id) == before


def test_the_merge_question_fits_the_screen_with_very_long_names(
    qtbot, database: Database, tmp_path, monkeypatch
) -> None:
    """Each "Keep …" button carried a whole 300-character name: the question grew wider
    than the screen and its buttons ran off it."""
    long_names = [
        "Общественная организация азербайджанцев " * 7 + "Казани",
        "Общественная организация азербайджанцев " * 7 + "Самары",
    ]
    with database.sessions.begin() as session:
        for name in long_names:
            session.add(Organization(name=name))
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    lists = main.show_reference_lists()
    qtbot.addWidget(lists)
    page = lists.show_list("organization")
    page.select_ids([_org_id(database, name) for name in long_names])
    seen: list[tuple[int, int, list[str]]] = []

    def look(box: QMessageBox) -> int:
        buttons = [child(box, n) for n in ("merge_keep_first", "merge_keep_second")]
        box.show()  # QMessageBox lays its text out as it is shown
        qtbot.waitExposed(box)
        seen.append((
            max(box.width(), sum(button.sizeHint().width() for button in buttons)),
            box.screen().availableGeometry().width(),
            [button.toolTip() for button in buttons],
        ))
        box.hide()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look)
    assert not page.merge_selected()  # nothing chosen: nothing merged
    (width, screen, tips), = seen
    assert width <= screen
    assert all(any(name in tip for tip in tips) for name in long_names)
