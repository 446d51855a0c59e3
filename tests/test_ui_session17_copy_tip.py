"""The form's "Save and duplicate" tip names exactly what the next event starts with: it
said "report, occasion, dates and country" while the copy also kept the type, the
anniversary and the status, so a clerk did not know to check those."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from db.event_store import EventInput, OrganizerInput, SourceInput
from db.tables import DatePrecision, EventStatus
from desktop.ui.event_form import EventForm
from tests.test_ui_support import child

FILLED = EventInput(
    title="Khojaly remembrance evening",
    start_date=dt.date(2025, 2, 26),
    end_date=dt.date(2025, 2, 27),
    date_precision=DatePrecision.BETWEEN,
    event_type="memorial_event",
    occasion="Khojaly genocide",
    anniversary=33,
    country="RU",
    region="Moscow",
    city="Moscow",
    venue="House of Friendship",
    attendance=120,
    description="Wreaths were laid.",
    status=EventStatus.VERIFIED,
    organizers=[OrganizerInput("Vatan society")],
    source=SourceInput(publisher="Azerros"),
)


def kept_by_a_copy(qtbot, database, monkeypatch) -> tuple[EventForm, set[str]]:
    """The fields (other than the report) the next form has after Save and duplicate."""
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    form = EventForm(database)
    qtbot.addWidget(form)
    form.check_duplicates = form.check_names = False
    form.start_new(FILLED)
    assert form.save(then="duplicate")
    after, blank = form.value(), EventInput()
    kept = {
        f.name for f in dataclasses.fields(EventInput)
        if f.name != "source" and getattr(after, f.name) != getattr(blank, f.name)
    }
    assert after.source.publisher == "Azerros"
    return form, kept


def test_the_copy_tip_names_every_field_the_copy_keeps_and_no_other(
    qtbot, database, monkeypatch
):
    form, kept = kept_by_a_copy(qtbot, database, monkeypatch)
    assert {"event_type", "anniversary", "status", "occasion", "country"} <= kept
    tip = form.save_duplicate_button.toolTip().lower()
    for name in kept:
        assert child(form, name).accessibleName().lower() in tip, (name, tip)
    left = {f.name for f in dataclasses.fields(EventInput)} - kept - {"source", "uuid", "version"}
    for name in left:
        widget = form.fields.findChild(QWidget, name)
        if widget is not None:
            assert widget.accessibleName().lower() not in tip, (name, tip)
    assert "report" in tip
