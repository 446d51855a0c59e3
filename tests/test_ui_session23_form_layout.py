"""Session 23: fields of the event form too narrow to read what a clerk types in them.

In a Russian window at the form's own size the dateline ("БАКУ, 4 марта") showed about
ten letters beside the scale list, and a program item's note about eight beside the
item's list: the clerk could not check what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QStyle

from db.engine import Database
from desktop.ui.event_form import EventForm
from tests.test_ui_support import shown_form


@pytest.fixture
def form(
    qtbot,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    interface_language: Callable[[str], None],
) -> Iterator[EventForm]:
    """A new event's form in a Russian window, at the size it opens with."""
    interface_language("ru")
    yield shown_form(qtbot, database, monkeypatch)


def shows_whole(field: QLineEdit, text: str) -> bool:
    """Whether ``text`` fits in the field's text area (frame and margins left out)."""
    QApplication.processEvents()
    margins = field.textMargins()
    room = field.width() - margins.left() - margins.right() - 8  # frame and cursor
    return field.fontMetrics().horizontalAdvance(text) <= room


def test_the_dateline_shows_a_dateline_whole(form: EventForm) -> None:
    dateline = form.fields.source_dateline
    assert shows_whole(dateline, dateline.placeholderText())
    assert shows_whole(dateline, "БАКУ, Азербайджан, 4 марта")


def test_a_program_note_shows_its_hint_whole_beside_a_readable_item(form: EventForm) -> None:
    program = form.fields.program
    program.add_row()
    program.add_row()
    for index in range(program.row_count()):
        item, note = program.row_inputs(index)
        assert isinstance(note, QLineEdit)
        assert shows_whole(note, note.placeholderText())
        assert isinstance(item, QComboBox)
        arrow = item.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        assert item.width() - arrow >= item.fontMetrics().horizontalAdvance("минута молчания")


def test_a_speakers_role_shows_its_hint_whole(form: EventForm) -> None:
    """The role got a quarter of the speakers' row and showed "напр. предсе…"; a role is
    as long as a name, so it gets a name's width."""
    speakers = form.fields.speakers
    speakers.add_row()
    name, role, organization = speakers.row_inputs(0)
    assert isinstance(role, QLineEdit) and isinstance(name, QLineEdit)
    assert isinstance(organization, QLineEdit)
    assert shows_whole(role, role.placeholderText())
    assert shows_whole(organization, organization.placeholderText())
    assert role.width() >= name.width()
