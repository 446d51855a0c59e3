"""Reference lists: search by alias, add and edit with aliases, merge (undoable)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.event_store import EventInput, EventStore, OrganizerInput, SpeakerInput
from db.models import ChangeLog, EventOrganizer, EventSpeaker, Organization, OrganizationAlias
from desktop.ui.main_window import MainWindow
from desktop.ui.reference_lists import ChangeLogDialog
from tests.test_ui_support import child, tmp_settings, type_into


@pytest.fixture
def window(qtbot, database, tmp_path):
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    return main


def two_spellings(database) -> tuple[int, int]:
    """ "Friendship society" organizes one event, "Druzhba" another and sends a speaker."""
    import datetime as dt

    with database.sessions.begin() as session:
        store = EventStore(session)
        store.save(
            EventInput(
                title="Novruz in Kazan",
                start_date=dt.date(2025, 3, 20),
                organizers=[OrganizerInput("Friendship society")],
            )
        )
        store.save(
            EventInput(
                title="Khojaly evening in Kazan",
                start_date=dt.date(2025, 2, 26),
                organizers=[OrganizerInput("Druzhba"), OrganizerInput("Friendship society")],
                speakers=[SpeakerInput("Elmar Aliyev", "chair", "Druzhba")],
            )
        )
        ids = {o.name: o.id for o in session.scalars(select(Organization))}
    return ids["Friendship society"], ids["Druzhba"]


def keep(monkeypatch, survivor: str) -> list[str]:
    """Answer the merge question with the button "Keep “survivor”"; returns the question."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        (button,) = [b for b in box.buttons() if b.text() == f"Keep “{survivor}”"]
        assert button.objectName() in ("merge_keep_first", "merge_keep_second")
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def organizer_rows(database) -> list[tuple[str, str]]:
    with database.sessions() as session:
        query = (
            select(Organization.name, EventOrganizer.event_id)
            .join(EventOrganizer)
            .order_by(EventOrganizer.event_id, Organization.name)
        )
        return [(n, str(e)) for n, e in session.execute(query)]


def test_search_finds_a_record_by_any_alias(qtbot, window, database):
    two_spellings(database)
    lists = window.show_reference_lists()
    qtbot.addWidget(lists)
    page = lists.show_list("organization")
    edit = page.edit_button
    type_into(qtbot, page.search, "druz")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=3000)
    assert page.table.item(0, 0).text() == "Druzhba"
    page.table.selectRow(0)
    assert edit.isEnabled()

    region_page = lists.show_list("region")
    type_into(qtbot, region_page.search, "Приморский")
    qtbot.waitUntil(lambda: 1 <= region_page.table.rowCount() <= 3, timeout=3000)
    assert "Primorsky" in region_page.table.item(0, 0).text()


def test_add_and_edit_with_aliases_are_logged(qtbot, window, database):
    lists = window.show_reference_lists()
    qtbot.addWidget(lists)
    page = lists.show_list("organization")
    dialog = page.add()
    type_into(qtbot, child(dialog, "record_name"), "Azerbaijani youth union of Kazan")
    type_into(qtbot, child(dialog, "record_short_name"), "AYUK")
    child(dialog, "record_aliases").setPlainText("Kazan youth union\nМолодёжный союз Казани")
    assert dialog.save()
    page.search.setText("молодежный")  # found by an alias, without the diacritic ё
    page.refresh()
    assert page.table.rowCount() == 1
    page.table.selectRow(0)
    record_id = page.selected_ids()[0]

    dialog = page.edit_selected()
    assert child(dialog, "record_short_name").text() == "AYUK"
    child(dialog, "record_aliases").setPlainText("Kazan youth union")
    assert dialog.save()
    with database.sessions() as session:
        aliases = set(
            session.scalars(
                select(OrganizationAlias.name).where(OrganizationAlias.organization_id == record_id)
            )
        )
    assert aliases == {"Azerbaijani youth union of Kazan", "Kazan youth union"}
    history = ChangeLogDialog(database, "organization", record_id=record_id)
    qtbot.addWidget(history)
    rows = history.rows
    assert rows[0][2] == "changed" and rows[0][3] == "Aliases"  # the dialog's words
    assert "Молодёжный союз Казани" in rows[0][4] and rows[0][5] == "Kazan youth union"
    assert any(r[2] == "added" and r[3] == "Name" for r in rows)
    assert any(r[3] == "Short name" and r[5] == "AYUK" for r in rows)


def test_merge_two_organizations_moves_references_keeps_alias_and_undoes(
    qtbot, window, database, monkeypatch
):
    friendship, druzhba = two_spellings(database)
    before = organizer_rows(database)
    lists = window.show_reference_lists()
    qtbot.addWidget(lists)
    page = lists.show_list("organization")
    page.select_ids([friendship, druzhba])
    assert page.merge_button.isEnabled()
    asked = keep(monkeypatch, "Friendship society")
    assert page.merge_selected()
    assert "Friendship society" in asked[0] and "Druzhba" in asked[0]

    with database.sessions() as session:
        assert session.get(Organization, druzhba) is None
        organizers = session.scalars(select(EventOrganizer.organization_id)).all()
        assert set(organizers) == {friendship}
        speaker_org = session.scalar(select(EventSpeaker.organization_id))
        assert speaker_org == friendship
        aliases = set(
            session.scalars(
                select(OrganizationAlias.name).where(
                    OrganizationAlias.organization_id == friendship
                )
            )
        )
        assert "Druzhba" in aliases  # the other spelling still finds it
        assert session.scalar(select(ChangeLog).where(ChangeLog.action == "merge")) is not None
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "Druzhba" not in names
    assert window.undo_action.text().split(" ", 1)[1] == "Merge “Druzhba” into “Friendship society”"

    window.activateWindow()
    window.undo_action.trigger()
    assert organizer_rows(database) == before
    with database.sessions() as session:
        assert session.get(Organization, druzhba).name == "Druzhba"
        assert session.scalar(select(EventSpeaker.organization_id)) == druzhba
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "Druzhba" in names  # the list follows the undo

    window.redo_action.trigger()
    with database.sessions() as session:
        assert session.get(Organization, druzhba) is None


def test_cancel_merges_nothing(qtbot, window, database, monkeypatch):
    friendship, druzhba = two_spellings(database)
    lists = window.show_reference_lists()
    qtbot.addWidget(lists)
    page = lists.show_list("organization")
    page.select_ids([friendship, druzhba])

    def cancel(box: QMessageBox) -> int:
        box.button(QMessageBox.StandardButton.Cancel).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    assert not page.merge_selected()
    assert window.undo_stack.count() == 0
    with database.sessions() as session:
        assert session.get(Organization, druzhba) is not None


def test_every_input_is_named(qtbot, window):
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    lists = window.show_reference_lists()
    qtbot.addWidget(lists)
    for kind, page in lists.pages.items():
        dialog = page.add()
        for widget in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit):
            assert widget.objectName() and widget.accessibleName(), kind
        dialog.reject()
        assert page.search.objectName() and page.search.accessibleName()


def test_a_stale_save_from_another_desk_is_refused_and_offers_a_reload(
    qtbot, database, database_path, monkeypatch
):
    """Desk A adds contacts; desk B, which opened the record before, saves its notes:
    B is told the record changed and may reload; A's contacts survive."""
    from db.engine import open_database
    from desktop.ui.reference_lists import SPECS, RecordDialog

    friendship, _druzhba = two_spellings(database)
    spec = next(s for s in SPECS if s.kind == "organization")
    desk_b = open_database(database_path, check_integrity=False)
    try:
        dialog_a = RecordDialog(database, spec, friendship)
        dialog_b = RecordDialog(desk_b, spec, friendship)
        qtbot.addWidget(dialog_a)
        qtbot.addWidget(dialog_b)
        child(dialog_a, "record_contacts").setText("+7 843 000 00 00")
        assert dialog_a.save()

        asked: list[str] = []

        def reload(box: QMessageBox) -> int:
            asked.append(box.text())
            assert box.objectName() == "record_conflict"
            child(box, "record_conflict_reload").click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", reload)
        child(dialog_b, "record_notes").setText("meets on Fridays")
        assert not dialog_b.save()
        assert asked and "Friendship society" in asked[0]
        with database.sessions() as session:
            assert session.get(Organization, friendship).contacts == "+7 843 000 00 00"
        # reloaded: desk B now sees A's contacts and saves its notes over the new version
        assert child(dialog_b, "record_contacts").text() == "+7 843 000 00 00"
        child(dialog_b, "record_notes").setText("meets on Fridays")
        assert dialog_b.save()
        with desk_b.sessions() as session:
            saved = session.get(Organization, friendship)
            assert (saved.contacts, saved.notes) == ("+7 843 000 00 00", "meets on Fridays")
    finally:
        desk_b.dispose()


def test_details_name_regions_and_countries_in_the_interface_language(
    qtbot, database, tmp_path, qapp
):
    """The Russian list of cities said "Primorsky Krai · Russia · GeoNames"."""
    from desktop.ui import i18n

    i18n.set_language("ru")
    i18n.install_translators(qapp, "ru")
    try:
        main = MainWindow(database, tmp_settings(tmp_path))
        qtbot.addWidget(main)
        lists = main.show_reference_lists()
        qtbot.addWidget(lists)
        cities = lists.show_list("city")
        type_into(qtbot, cities.search, "Vladivostok")
        qtbot.waitUntil(lambda: cities.table.rowCount() == 1, timeout=3000)
        assert cities.table.item(0, 0).text() == "Владивосток"  # the English name in Details
        assert cities.table.item(0, 2).text() == "Vladivostok · Приморский край · Россия · GeoNames"
        regions = lists.show_list("region")
        type_into(qtbot, regions.search, "Primorsky")
        qtbot.waitUntil(lambda: regions.table.item(0, 0).text() == "Приморский край", timeout=3000)
        shown = regions.table.item(0, 2).text()  # name · code · ISO kind (pycountry's) · country
        assert shown.startswith("Primorsky Krai · RU-PRI · ") and shown.endswith(" · Россия"), shown
    finally:
        i18n.set_language("en")
        i18n.install_translators(qapp, "en")
