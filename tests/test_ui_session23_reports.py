"""The report dialog as a clerk of a Russian or Azerbaijani office meets it: the figures
it shows are written as the window writes numbers, and its preview is not squeezed out
by a long organization name."""

from __future__ import annotations

import re
from pathlib import Path
from uuid import uuid4

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QProgressDialog
from sqlalchemy import insert, select, update

from db import tables
from db.engine import Database
from db.queries import EventFilter
from desktop.ui.report_dialog import ReportDialog
from tests.data_sets import fill_sample

COPIES = 1200
"""Copies of a sample event: enough for the counts to need a thousands separator."""


def fill_many(database: Database) -> None:
    """The sample, and one of its events copied ``COPIES`` times (one region, one day)."""
    fill_sample(database)
    with database.engine.begin() as connection:
        row = connection.execute(select(tables.event).limit(1)).mappings().one()
        values = {k: v for k, v in row.items() if k != "id"}
        connection.execute(
            insert(tables.event), [{**values, "uuid": uuid4()} for _ in range(COPIES)]
        )


def fill_long_name(database: Database) -> None:
    """The sample, one of its organizers named as registered organizations often are."""
    fill_sample(database)
    with database.engine.begin() as connection:
        first = connection.execute(select(tables.organization.c.id).limit(1)).scalar_one()
        connection.execute(
            update(tables.organization)
            .where(tables.organization.c.id == first)
            .values(name="Региональная общественная организация «Азербайджанская "
                         "национально-культурная автономия Челябинской области»")
        )


class RecordingProgress(QProgressDialog):
    """The dialog's progress window, keeping every text it was given."""

    labels: list[str] = []

    def setLabelText(self, text: str) -> None:
        RecordingProgress.labels.append(text)
        super().setLabelText(text)


def _export(qtbot, dialog: ReportDialog, out: Path) -> None:
    dialog.choose_path = lambda: out  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.export_button.click()


@pytest.mark.parametrize("language", ["ru", "az"])
def test_counts_and_seconds_are_written_as_the_window_writes_numbers(
    qtbot, database_with, interface_language, tmp_path: Path, monkeypatch, language: str
):
    """"1,203 of 1,203" and "in 0.4 s" are English: a Russian window groups thousands
    with a space, an Azerbaijani one with a dot, and both write a decimal comma, as the
    main window's status bar does."""
    interface_language(language)
    database = database_with(fill_many)
    RecordingProgress.labels = []
    monkeypatch.setattr("desktop.ui.report_dialog.QProgressDialog", RecordingProgress)
    dialog = ReportDialog(database, EventFilter())
    qtbot.addWidget(dialog)
    total = COPIES + 3
    grouped = {"ru": f"1\N{NO-BREAK SPACE}{total - 1000:03d}",  # as CLDR writes them
               "az": f"1.{total - 1000:03d}"}[language]

    figures = [dialog.preview_model.index(r, c).data()
               for r in range(dialog.preview_model.rowCount())
               for c in range(2, dialog.preview_model.columnCount())]
    assert grouped in figures and f"{total:,}" not in figures
    assert grouped in dialog.preview_caption.text()  # "3003 events match." was not grouped

    out = tmp_path / "report.xlsx"
    _export(qtbot, dialog, out)
    assert load_workbook(out, read_only=True).worksheets[1].max_row == total + 1
    progress = [text for text in RecordingProgress.labels if re.search(r"\d", text)]
    assert progress and grouped in progress[-1] and f"{total:,}" not in progress[-1]
    status = dialog.status.text()
    assert grouped in status and f"{total:,}" not in status
    seconds = re.search(r"(\d+[.,]\d) ", status.replace(str(out), ""))
    assert seconds is not None and "," in seconds.group(1), status


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_options_leave_the_preview_room_for_its_figures(
    qtbot, database_with, interface_language, language: str
):
    """The sheets' labels three abreast and the organization list as wide as its longest
    name took the dialog's width: the preview showed its countries and regions, its
    figures scrolled off to the right."""
    interface_language(language)
    database = database_with(fill_long_name)
    dialog = ReportDialog(database, EventFilter())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.refresh_preview()
    assert dialog.preview_model.columnCount() >= 4  # country, region, a period, total
    assert dialog.preview.horizontalScrollBar().maximum() == 0
    box = dialog.preview.parentWidget()
    assert box.width() >= dialog.width() * 0.4
    assert dialog.combos["organization"].width() < box.width()


def test_the_file_offered_is_named_by_the_period_of_the_report(
    qtbot, database_with, tmp_path: Path
):
    """A quarter's report was offered as "diaspora-events-<today>.xlsx", and the next
    quarter's, made in the same sitting, under the first one's name: the clerk had to
    retype each name or overwrite the report just sent."""
    import datetime as dt

    database = database_with(fill_sample)
    flt = EventFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 3, 31))
    dialog = ReportDialog(database, flt)
    qtbot.addWidget(dialog)
    offered = dialog.suggested_path()
    assert "2025-01-01" in offered.name and "2025-03-31" in offered.name
    assert offered.suffix == ".xlsx"

    folder = tmp_path / "reports"
    folder.mkdir()
    _export(qtbot, dialog, folder / offered.name)
    assert load_workbook(folder / offered.name)["Cover"]["B3"].value.startswith("2025-01-01")
    dialog.date_from.set_value(dt.date(2025, 4, 1))
    dialog.date_to.set_value(dt.date(2025, 6, 30))
    following = dialog.suggested_path()
    assert following.parent == folder
    assert "2025-04-01" in following.name and "2025-06-30" in following.name
