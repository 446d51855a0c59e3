"""The duplicate warning before a save: side by side, then open existing, save anyway or cancel."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from db.models import Event
from desktop.sample import sample_inputs
from desktop.ui.duplicate_dialog import DuplicateDialog
from desktop.ui.main_window import MainWindow
from tests.test_ui_support import child, tmp_settings

AGAIN_TITLE = "Khojaly evening, Chelyabinsk"


@pytest.fixture
def database(sample_database):
    """The window's data set, holding the sample's three events."""
    return sample_database


@pytest.fixture
def window(qtbot, database, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.show()
    return main


def answer_with(qtbot, monkeypatch, button: str) -> list[DuplicateDialog]:
    """Make the warning show, then click ``button`` in it as the clerk would."""
    shown: list[DuplicateDialog] = []

    def exec_(dialog: DuplicateDialog) -> int:
        shown.append(dialog)
        dialog.show()
        qtbot.mouseClick(child(dialog, button), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(DuplicateDialog, "exec", exec_)
    return shown


def events(database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count(Event.id)).where(Event.deleted_at.is_(None)))


def form_with_the_same_event(window):
    form = window.new_event()
    form.fields.set_value(dataclasses.replace(sample_inputs()[1], title=AGAIN_TITLE))
    return form


def test_cancel_shows_both_side_by_side_and_saves_nothing(qtbot, window, database, monkeypatch):
    shown = answer_with(qtbot, monkeypatch, "cancel_save")
    form = form_with_the_same_event(window)
    assert not form.save()
    assert len(shown) == 1
    table = child(shown[0], "duplicate_table")
    assert table.columnCount() == 2  # this event beside the one existing
    rows = {table.verticalHeaderItem(r).text(): r for r in range(table.rowCount())}
    assert table.item(rows["Title"], 0).text() == AGAIN_TITLE
    assert table.item(rows["Title"], 1).text() == sample_inputs()[1].title
    assert table.item(rows["Region"], 0).text() == table.item(rows["Region"], 1).text()
    assert "Chelyabinsk" in table.item(rows["Region"], 1).text()
    assert events(database) == 3
    assert form.isVisible()


def test_save_anyway_saves(qtbot, window, database, monkeypatch):
    shown = answer_with(qtbot, monkeypatch, "save_anyway")
    form = form_with_the_same_event(window)
    assert form.save()
    assert len(shown) == 1
    assert events(database) == 4


def test_open_existing_opens_the_stored_event(qtbot, window, database, monkeypatch):
    shown = answer_with(qtbot, monkeypatch, "open_existing")
    form = form_with_the_same_event(window)
    assert not form.save()
    existing = shown[0].candidates[0].uuid
    assert [f.event_uuid for f in window.forms] == [None, existing]
    assert events(database) == 3


def test_no_warning_for_a_different_event(qtbot, window, database, monkeypatch):
    shown = answer_with(qtbot, monkeypatch, "cancel_save")
    form = window.new_event()
    form.fields.set_value(dataclasses.replace(sample_inputs()[1], region="Krasnoyarsk Krai"))
    assert form.save()
    assert shown == []


def test_loading_the_sample_again_adds_nothing_and_says_so(qtbot, window, database):
    with database.sessions.begin() as session:  # a clerk corrected a sample event's title
        event = session.scalars(select(Event).order_by(Event.id)).first()
        event.title = "Khojaly remembrance, Vladivostok"
    assert window.load_sample() == 3
    assert events(database) == 3
    assert "already recorded" in window.statusBar().currentMessage()


def test_the_merge_dialog_names_their_events_that_repeat_ours(qtbot, database):
    import uuid

    from desktop.importing.merge import LookAlike, MergePlan
    from desktop.ui.merge_dialog import MergeDialog

    dialog = MergeDialog(database)
    qtbot.addWidget(dialog)
    theirs = uuid.uuid4()
    alike = LookAlike(theirs, {"title": "Khojaly remembrance"},
                      [{"title": "Khojaly evening", "uuid": uuid.uuid4()}], ["title"])
    dialog._show_plan(MergePlan("other.sqlite", add=[theirs], look_alikes=[alike]))
    assert "Khojaly evening" in dialog.look_alikes.item(0, 1).text()
    assert "already recorded here" in dialog.summary.text()


def test_the_comparison_names_records_in_the_interface_language(database, qapp):
    """Seen in the Russian window: the region, occasion, type and status of both columns
    in English ("Chelyabinsk Oblast", "Khojaly genocide", "verified")."""
    from db.event_store import EventStore
    from db.localized import display_name
    from desktop.ui import i18n
    from desktop.ui.duplicate_dialog import describe_event, describe_input
    from desktop.ui.events_model import status_label

    i18n.set_language("ru")
    i18n.install_translators(qapp, "ru")
    try:
        vladivostok = sample_inputs()[0]  # the sample's event with a city
        assert vladivostok.city
        again = dataclasses.replace(vladivostok, title=AGAIN_TITLE)
        with database.sessions() as session:
            event = session.scalars(
                select(Event).where(Event.title == vladivostok.title)
            ).one()
            stored = describe_event(event).values
            entering = describe_input(EventStore(session), again).values
            expected = {
                "region": display_name(event.region, "ru"),
                "occasion": display_name(event.occasion, "ru"),
                "event_type": display_name(event.event_type, "ru"),
                "city": display_name(event.city, "ru"),
                "status": status_label(event.status.value),
            }
        assert expected["region"] != event.region.name  # a Russian name to show
        assert expected["status"] != event.status.value
        for values in (stored, entering):
            assert {key: values[key] for key in expected} == expected
    finally:
        i18n.set_language("en")
        i18n.install_translators(qapp, "en")
