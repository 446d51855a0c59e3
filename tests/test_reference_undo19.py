"""Every save in the reference lists is a step of Edit > Undo: a dialog's other fields and
aliases, adding a record, linking a town to GeoNames; redone with Ctrl+Shift+Z or Ctrl+Y,
stopped (and said) when another desk changed the record meanwhile, each step logged."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from sqlalchemy import select

from db.engine import Database, open_database
from db.event_store import EventInput, EventStore, OrganizerInput
from db.models import City, Country, Organization, Region
from db.reference_service import ReferenceService
from desktop.ui.main_window import MainWindow
from desktop.ui.reference_lists import ReferenceListsDialog, ReferenceTab
from tests.test_ui_support import child, tmp_settings, type_into

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
DENVER = 5419384


@pytest.fixture
def window(qtbot, database: Database, tmp_path) -> MainWindow:
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """What the window says when a step cannot be undone or redone."""
    said: list[str] = []

    def warning(_parent: QWidget, _title: str, text: str, *_args: object) -> int:
        said.append(text)
        return 0

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return said


def open_list(qtbot, window: MainWindow, kind: str) -> tuple[ReferenceListsDialog, ReferenceTab]:
    lists = window.show_reference_lists()
    qtbot.addWidget(lists)
    return lists, lists.show_list(kind)


def press(qtbot, lists: ReferenceListsDialog, key: Qt.Key, modifiers) -> None:
    """A shortcut pressed in the reference lists window, as the clerk does."""
    lists.activateWindow()
    qtbot.waitUntil(lists.isActiveWindow, timeout=2000)
    qtbot.keyClick(lists.current().table, key, modifiers)


def undo_text(lists: ReferenceListsDialog) -> str:
    return lists.undo_stack.undoText()


def hand_made_city(database: Database, name: str, region_code: str = "US-CO") -> int:
    with database.sessions.begin() as session:
        region = session.scalar(select(Region).where(Region.code == region_code))
        assert region is not None
        city = City(name=name, country=region.country, region=region)
        session.add(city)
        session.flush()
        return city.id


def region_name(database: Database, code: str) -> str:
    with database.sessions() as session:
        return session.scalars(select(Region.name).where(Region.code == code)).one()


def city_region(database: Database, city_id: int) -> str | None:
    with database.sessions() as session:
        city = session.get(City, city_id)
        assert city is not None and city.region is not None
        return city.region.code


def organization(database: Database, name: str, contacts: str | None = None) -> int:
    with database.sessions.begin() as session:
        record = ReferenceService(session).save("organization", None, {"name": name}, [])
        record.contacts = contacts
        return record.id


def test_a_towns_new_region_is_undone_and_redone_by_the_keys(
    qtbot, window: MainWindow, database: Database
):
    city_id = hand_made_city(database, "Springfield Heights")
    lists, page = open_list(qtbot, window, "city")
    page.search.setText("Springfield Heights")
    page.refresh()
    page.select_ids([city_id])
    dialog = page.edit_selected()
    assert dialog is not None
    child(dialog, "record_region").setText(region_name(database, "US-NY"))
    assert dialog.save()
    assert city_region(database, city_id) == "US-NY"
    assert undo_text(lists) == "Edit city “Springfield Heights”"

    press(qtbot, lists, Qt.Key.Key_Z, CTRL)
    assert city_region(database, city_id) == "US-CO"
    press(qtbot, lists, Qt.Key.Key_Z, CTRL | SHIFT)
    assert city_region(database, city_id) == "US-NY"
    press(qtbot, lists, Qt.Key.Key_Z, CTRL)
    press(qtbot, lists, Qt.Key.Key_Y, CTRL)
    assert city_region(database, city_id) == "US-NY"
    with database.sessions() as session:
        rows = ReferenceService(session).history("city", city_id)
    regions = [(r.old, r.new) for r in rows if r.field == "region"]
    assert len(regions) == 5  # the edit, two undos, two redos: each in the log


def test_an_alias_added_or_removed_in_the_dialog_is_undone(
    qtbot, window: MainWindow, database: Database
):
    org_id = organization(database, "Friendship society")
    lists, page = open_list(qtbot, window, "organization")
    page.select_ids([org_id])
    dialog = page.edit_selected()
    assert dialog is not None
    child(dialog, "record_aliases").setPlainText("Druzhba")
    assert dialog.save()

    def aliases() -> set[str]:
        with database.sessions() as session:
            data = ReferenceService(session).read("organization", org_id)
            assert data is not None
            return set(data.aliases) - {"Friendship society"}

    assert aliases() == {"Druzhba"}
    assert undo_text(lists) == "Edit organization “Friendship society”"
    press(qtbot, lists, Qt.Key.Key_Z, CTRL)
    assert aliases() == set()
    press(qtbot, lists, Qt.Key.Key_Y, CTRL)
    assert aliases() == {"Druzhba"}

    page.select_ids([org_id])
    dialog = page.edit_selected()
    assert dialog is not None
    child(dialog, "record_aliases").setPlainText("")
    assert dialog.save()
    assert aliases() == set()
    press(qtbot, lists, Qt.Key.Key_Z, CTRL)
    assert aliases() == {"Druzhba"}


def test_an_unchanged_save_is_no_step(qtbot, window: MainWindow, database: Database):
    org_id = organization(database, "Friendship society")
    lists, page = open_list(qtbot, window, "organization")
    page.select_ids([org_id])
    dialog = page.edit_selected()
    assert dialog is not None
    assert dialog.save()
    assert lists.undo_stack.count() == 0


def test_an_added_record_is_removed_by_undo_and_comes_back_by_redo(
    qtbot, window: MainWindow, database: Database
):
    lists, page = open_list(qtbot, window, "organization")
    dialog = page.add()
    type_into(qtbot, child(dialog, "record_name"), "Kazan youth union")
    assert dialog.save()
    record_id = dialog.saved_id
    assert record_id is not None
    assert undo_text(lists) == "Add organization “Kazan youth union”"

    def names() -> list[str]:
        with database.sessions() as session:
            return list(session.scalars(select(Organization.name)))

    press(qtbot, lists, Qt.Key.Key_Z, CTRL)
    assert "Kazan youth union" not in names()
    press(qtbot, lists, Qt.Key.Key_Z, CTRL | SHIFT)
    assert "Kazan youth union" in names()
    with database.sessions() as session:
        back = session.scalars(
            select(Organization).where(Organization.name == "Kazan youth union")).one()
        assert ReferenceService(session).history("organization", back.id)[0].action == "undelete"


def test_a_country_added_by_hand_is_removed_by_undo(
    qtbot, window: MainWindow, database: Database
):
    lists, page = open_list(qtbot, window, "country")
    dialog = page.add()
    child(dialog, "record_name").setText("Atlantis")
    child(dialog, "record_code").setText("XA")
    assert dialog.save()
    press(qtbot, lists, Qt.Key.Key_Z, CTRL)
    with database.sessions() as session:
        assert session.scalar(select(Country).where(Country.code == "XA")) is None


def test_undoing_an_add_keeps_a_record_used_since_and_says_so(
    qtbot, window: MainWindow, database: Database, warnings: list[str]
):
    lists, page = open_list(qtbot, window, "organization")
    dialog = page.add()
    child(dialog, "record_name").setText("Kazan youth union")
    assert dialog.save()
    with database.sessions.begin() as session:  # an event names it meanwhile
        EventStore(session).save(EventInput(
            title="Novruz in Kazan", start_date=dt.date(2025, 3, 20),
            organizers=[OrganizerInput("Kazan youth union")]))

    press(qtbot, lists, Qt.Key.Key_Z, CTRL)
    assert warnings and "Kazan youth union" in warnings[0] and "1 event" in warnings[0]
    with database.sessions() as session:
        assert session.scalar(select(Organization).where(
            Organization.name == "Kazan youth union")) is not None
    assert not lists.undo_stack.canUndo()


def test_a_change_made_meanwhile_at_another_desk_stops_the_undo(
    qtbot, window: MainWindow, database: Database, database_path, warnings: list[str]
):
    org_id = organization(database, "Friendship society")
    lists, page = open_list(qtbot, window, "organization")
    page.select_ids([org_id])
    dialog = page.edit_selected()
    assert dialog is not None
    child(dialog, "record_contacts").setText("+7 843 000 00 00")
    assert dialog.save()

    desk_b = open_database(database_path, check_integrity=False)
    try:
        with desk_b.sessions.begin() as session:
            service = ReferenceService(session, user="aysel")
            data = service.read("organization", org_id)
            assert data is not None
            service.save("organization", org_id, {**data.values, "notes": "meets on Fridays"},
                         data.aliases, data.version)
    finally:
        desk_b.dispose()

    press(qtbot, lists, Qt.Key.Key_Z, CTRL)
    assert warnings and "aysel" in warnings[0] and "Friendship society" in warnings[0]
    with database.sessions() as session:
        saved = session.get(Organization, org_id)
        assert saved is not None
        assert (saved.contacts, saved.notes) == ("+7 843 000 00 00", "meets on Fridays")


def link_denver(qtbot, window: MainWindow, database: Database, monkeypatch
                ) -> tuple[int, ReferenceListsDialog, ReferenceTab]:
    """A town made by hand, linked in the window to the first GeoNames town offered."""
    city_id = hand_made_city(database, "Denver")
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *_a, **_k: (
        items[0], True))
    lists, page = open_list(qtbot, window, "city")
    page.search.setText("Denver")
    page.refresh()
    page.select_ids([city_id])
    assert page.link_selected()
    return city_id, lists, page


def test_linking_a_town_to_geonames_is_undone_and_redone(
    qtbot, window: MainWindow, database: Database, monkeypatch
):
    city_id, lists, page = link_denver(qtbot, window, database, monkeypatch)
    assert undo_text(lists) == "Link “Denver” to GeoNames"

    def linked() -> tuple[int | None, int | None, set[str]]:
        with database.sessions() as session:
            city = session.get(City, city_id)
            assert city is not None
            return city.geonames_id, city.population, {a.name for a in city.aliases}

    done = linked()
    assert done[0] == DENVER
    press(qtbot, lists, Qt.Key.Key_Z, CTRL)
    assert linked() == (None, None, {"Denver"})
    assert "made by hand" in page.table.item(0, 2).text()
    press(qtbot, lists, Qt.Key.Key_Y, CTRL)
    assert linked() == done
    with database.sessions() as session:
        rows = ReferenceService(session).history("city", city_id)
    links = [(r.old, r.new) for r in rows if r.field == "geonames_id"]
    assert links == [(None, DENVER), (DENVER, None), (None, DENVER)]  # newest first
    page.select_ids([city_id])
    log = page.show_history()
    assert log is not None
    qtbot.addWidget(log)
    assert [row[3] for row in log.rows].count("GeoNames") == 3
    assert not {row[3] for row in log.rows} & {"population", "latitude", "longitude"}


def test_two_edits_of_one_record_are_undone_one_after_the_other(
    qtbot, window: MainWindow, database: Database, warnings: list[str]
):
    """The second edit's undo writes a new version; the first's undo is still this
    desk's own step on the record, not a change made at another desk."""
    org_id = organization(database, "Friendship society")
    lists, page = open_list(qtbot, window, "organization")
    for contacts in ("+7 843 000 00 00", "+7 843 111 11 11"):
        page.select_ids([org_id])
        dialog = page.edit_selected()
        assert dialog is not None
        child(dialog, "record_contacts").setText(contacts)
        assert dialog.save()

    def contacts() -> str | None:
        with database.sessions() as session:
            saved = session.get(Organization, org_id)
            assert saved is not None
            return saved.contacts

    press(qtbot, lists, Qt.Key.Key_Z, CTRL)
    assert contacts() == "+7 843 000 00 00"
    press(qtbot, lists, Qt.Key.Key_Z, CTRL)
    assert contacts() is None
    press(qtbot, lists, Qt.Key.Key_Y, CTRL)
    press(qtbot, lists, Qt.Key.Key_Y, CTRL)
    assert contacts() == "+7 843 111 11 11"
    assert warnings == []


def test_an_edit_before_a_merge_is_undone_after_the_merge_is(
    qtbot, window: MainWindow, database: Database, warnings: list[str], monkeypatch
):
    """Merging writes the kept record too; undoing the merge and then the edit before it
    are both this desk's own steps, not a change made at another desk."""
    kept = organization(database, "Friendship society")
    merged = organization(database, "Druzhba")
    lists, page = open_list(qtbot, window, "organization")
    page.select_ids([kept])
    dialog = page.edit_selected()
    assert dialog is not None
    child(dialog, "record_contacts").setText("+7 843 000 00 00")
    assert dialog.save()

    def keep_first(box: QMessageBox) -> int:
        (button,) = [b for b in box.buttons() if b.text() == "Keep “Friendship society”"]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", keep_first)
    page.search.setText("")
    page.refresh()
    page.select_ids([kept, merged])
    assert page.merge_selected()
    press(qtbot, lists, Qt.Key.Key_Z, CTRL)
    press(qtbot, lists, Qt.Key.Key_Z, CTRL)
    assert warnings == []
    with database.sessions() as session:
        saved = session.get(Organization, kept)
        assert saved is not None and saved.contacts is None
        assert session.get(Organization, merged) is not None


def test_a_link_is_not_redone_when_another_city_is_that_town_by_then(
    qtbot, window: MainWindow, database: Database, warnings: list[str], monkeypatch
):
    city_id, lists, _page = link_denver(qtbot, window, database, monkeypatch)
    press(qtbot, lists, Qt.Key.Key_Z, CTRL)
    other = hand_made_city(database, "Mile-High City")
    with database.sessions.begin() as session:  # another desk links its own spelling
        city = session.get(City, other)
        assert city is not None
        city.geonames_id = DENVER

    press(qtbot, lists, Qt.Key.Key_Y, CTRL)
    assert warnings and "GeoNames" in warnings[0] and "merge" in warnings[0]
    with database.sessions() as session:
        city = session.get(City, city_id)
        assert city is not None and city.geonames_id is None
