"""The report dialog, driven as a user would, with the file read back."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QTableView, QWidget

from db.engine import Database
from db.gazetteer import Gazetteer
from db.queries import EventFilter
from desktop.ui.report_dialog import ReportDialog
from tests.data_sets import fill_sample


@pytest.fixture
def sample(database_with) -> Database:
    """The sample data set (loaded once, copied for each test)."""
    return database_with(fill_sample)


def _region_id(database: Database, name: str) -> int:
    with database.sessions() as session:
        region = Gazetteer(session).resolve_region(name, "RU")
        assert region is not None
        return region.id


def _preview(dialog: ReportDialog) -> list[list[str]]:
    model = dialog.preview_model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_every_input_is_named_for_tests_and_screen_readers(qtbot, sample: Database):
    dialog = ReportDialog(sample, EventFilter())
    qtbot.addWidget(dialog)
    inputs = dialog.findChildren(QWidget)
    for widget in inputs:
        if isinstance(widget, QCheckBox | QComboBox | QPushButton | QTableView) and \
                widget.parent() is not None and widget.objectName().startswith("report_"):
            assert widget.accessibleName(), widget.objectName()
    names = {w.objectName() for w in inputs}
    assert {"report_sheet_events", "report_grouping", "report_region", "report_preview",
            "report_export", "report_date_from"} <= names


def test_prefilled_from_the_main_window_filter_and_previewed(qtbot, sample: Database):
    region = _region_id(sample, "Primorsky Krai")
    flt = EventFilter(region_id=region, date_from=dt.date(2025, 1, 1),
                      date_to=dt.date(2025, 12, 31))
    dialog = ReportDialog(sample, flt)
    qtbot.addWidget(dialog)
    assert dialog.combos["region"].currentData() == region
    assert dialog.use_from.isChecked() and dialog.date_from.value() == dt.date(2025, 1, 1)
    rows = _preview(dialog)
    assert rows[0][:2] == ["Russia", "Primorsky Krai"]
    assert rows[-1][0] == "Total" and rows[-1][-1] == "1"
    dialog.grouping.setCurrentIndex(dialog.grouping.findData("year"))
    dialog.refresh_preview()
    header = [dialog.preview_model.headerData(c, Qt.Orientation.Horizontal) for c in
              range(dialog.preview_model.columnCount())]
    assert header == ["Country", "Region", "2025", "Total"]
    # clearing the region widens the preview to every region of the sample
    dialog.combos["region"].setCurrentIndex(0)
    dialog.refresh_preview()
    assert _preview(dialog)[-1][-1] == "3"


def test_export_writes_the_chosen_sheets(qtbot, sample: Database, tmp_path: Path, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr("desktop.ui.report_dialog.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    dialog = ReportDialog(sample, EventFilter())
    qtbot.addWidget(dialog)
    out = tmp_path / "quarterly.xlsx"
    dialog.choose_path = lambda: out  # instead of the file dialog
    for key in ("speakers", "program", "per_occasion", "organizers", "organizations"):
        dialog.sheet_boxes[key].setChecked(False)
    dialog.grouping.setCurrentIndex(dialog.grouping.findData("quarter"))
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0].events == 3
    assert not dialog.is_exporting()
    wb = load_workbook(out)
    assert wb.sheetnames == ["Cover", "Events", "Per region", "Per organization",
                             "How these figures are counted"]
    assert wb["Events"].max_row == 4
    assert "2025 Q1" in [c.value for c in wb["Per region"][1]]
    assert str(out) in dialog.status.text()
    dialog.open_button.click()
    dialog.folder_button.click()
    assert opened == [str(out), str(tmp_path)]


def test_cancel_leaves_no_file(qtbot, sample: Database, tmp_path: Path, monkeypatch):
    import desktop.reports as reports

    real = reports.export_workbook

    def slow_export(database, out, options, progress=None, cancelled=None):
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:  # wait for the user's Cancel
            time.sleep(0.01)
        return real(database, out, options, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(reports, "export_workbook", slow_export)
    dialog = ReportDialog(sample, EventFilter())
    qtbot.addWidget(dialog)
    out = tmp_path / "report.xlsx"
    dialog.choose_path = lambda: out
    dialog.export_button.click()
    assert dialog.is_exporting() and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: dialog._progress is not None and dialog._progress.isVisible())
    (cancel,) = dialog._progress.findChildren(QPushButton)
    cancel.click()  # the progress dialog's Cancel button
    qtbot.waitUntil(lambda: not dialog.is_exporting(), timeout=15_000)
    assert "Export cancelled" in dialog.status.text()
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if "report" in p.name]  # nor a temporary one
    assert not dialog.open_button.isEnabled()


def test_no_sheet_chosen_disables_export(qtbot, sample: Database):
    dialog = ReportDialog(sample, EventFilter())
    qtbot.addWidget(dialog)
    for box in dialog.sheet_boxes.values():
        box.setChecked(False)
    assert not dialog.export_button.isEnabled()


def _organization_id(database: Database) -> int:
    from sqlalchemy import select

    from db.models import Organization

    with database.sessions() as session:
        found = session.scalar(select(Organization.id).order_by(Organization.id))
        assert found is not None
        return found


def test_organization_filter_exports(qtbot, sample: Database, tmp_path: Path):
    dialog = ReportDialog(sample, EventFilter(organization_id=_organization_id(sample)))
    qtbot.addWidget(dialog)
    out = tmp_path / "organization.xlsx"
    dialog.choose_path = lambda: out
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0].events == 1
    assert load_workbook(out)["Events"].max_row == 2


def test_an_internal_error_is_told_in_words_not_a_library_text(
    qtbot, sample: Database, tmp_path: Path, monkeypatch
):
    import desktop.reports as reports

    def broken(*_args, **_kwargs):
        raise KeyError("Select statement returned no FROM clauses due to auto-correlation")

    monkeypatch.setattr(reports, "export_workbook", broken)
    dialog = ReportDialog(sample, EventFilter())
    qtbot.addWidget(dialog)
    dialog.choose_path = lambda: tmp_path / "x.xlsx"
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_exporting(), timeout=15_000)
    text = dialog.status.text()
    assert "was not saved" in text and "log file" in text
    assert "auto-correlation" not in text and "KeyError" not in text


def test_coverage_gaps_for_an_occasion_beside_the_full_report(
    qtbot, sample: Database, tmp_path: Path
):
    dialog = ReportDialog(sample, EventFilter())
    qtbot.addWidget(dialog)
    assert not dialog.gaps_occasion.isEnabled()
    dialog.sheet_boxes["coverage_gaps"].setChecked(True)
    assert dialog.gaps_occasion.isEnabled()
    index = dialog.gaps_occasion.findText("Khojaly genocide")
    assert index > 0
    dialog.gaps_occasion.setCurrentIndex(index)
    out = tmp_path / "with-gaps.xlsx"
    dialog.choose_path = lambda: out
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.export_button.click()
    wb = load_workbook(out)
    assert wb["Events"].max_row == 4  # the whole report, not narrowed to the occasion
    note = wb["Coverage gaps"]["A2"].value
    assert "Khojaly genocide" in note
    cover = {row[0]: row[1] for row in wb["Cover"].iter_rows(values_only=True) if row[0]}
    assert "Made by" not in cover and "/" not in str(cover["Data set"])


def test_the_preview_names_places_in_the_interface_language_as_the_sheet_does(
    qtbot, sample: Database, qapp
):
    """Seen in the Russian dialog: "Russia", "Chelyabinsk Oblast" beside "Итого"."""
    from db.localized import names_by_id
    from db.models import Country, Region
    from desktop.ui import i18n

    i18n.set_language("ru")
    i18n.install_translators(qapp, "ru")
    try:
        dialog = ReportDialog(sample, EventFilter())
        qtbot.addWidget(dialog)
        rows = _preview(dialog)[:-1]  # the total aside
        with sample.sessions() as session:
            regions = {_region_id(sample, name) for name in
                       ("Primorsky Krai", "Chelyabinsk Oblast", "Krasnoyarsk Krai")}
            russian = names_by_id(session, Region, regions, "ru")
            (country,) = names_by_id(
                session, Country, [session.get(Region, next(iter(regions))).country_id], "ru"
            ).values()
        assert [row[:2] for row in rows] == [[country, name] for name in sorted(
            russian.values(), key=i18n.collator("ru").sortKey)]
    finally:
        i18n.set_language("en")
        i18n.install_translators(qapp, "en")


def test_the_report_window_opens_from_the_file_menu_with_the_table_filter(
    qtbot, sample: Database, tmp_path: Path
):
    """The dialog (sheets, period, filters, preview) was built and tested but no menu or
    key opened it: Ctrl+E goes straight to a file name for the table's events."""
    from PySide6.QtCore import Qt

    from db.queries import EventFilter
    from desktop.ui.main_window import MainWindow
    from tests.test_ui_support import tmp_settings

    window = MainWindow(sample, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.apply_filter(EventFilter(text="Chelyabinsk"))
    assert window.report_action in window.file_menu.actions()
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(ReportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.options().event_filter.text == "Chelyabinsk"
    dialog.reject()


def test_the_preview_heads_months_as_the_report_does(qtbot, qapp, sample: Database):
    """A Russian preview headed its month "2025-02" above the Russian report's "февр. 2025"."""
    from desktop.reports.language import month_label, use_language
    from desktop.ui import i18n

    i18n.set_language("ru")
    i18n.install_translators(qapp, "ru")
    try:
        dialog = ReportDialog(sample, EventFilter())
        qtbot.addWidget(dialog)
        dialog.refresh_preview()
        header = [dialog.preview_model.headerData(c, Qt.Orientation.Horizontal)
                  for c in range(dialog.preview_model.columnCount())]
    finally:
        i18n.set_language("en")
        i18n.install_translators(qapp, "en")
    with use_language("ru"):
        february = month_label(2025, 2)
    assert february in header and "2025-02" not in header


def test_a_date_is_read_as_the_form_reads_it_and_a_non_date_stops_the_export(
    qtbot, sample: Database, monkeypatch
):
    """In the Russian window "2025-02-26" typed in "from" became 20.02.2026 (the box filled
    its day first, the year from today), and the report covered another period silently."""
    from desktop.ui import i18n

    i18n.set_language("ru")
    try:
        dialog = ReportDialog(sample, EventFilter())
        qtbot.addWidget(dialog)
        dialog.use_from.setChecked(True)
        dialog.date_from.clear()
        qtbot.keyClicks(dialog.date_from, "2025-02-26")
        assert dialog.event_filter().date_from == dt.date(2025, 2, 26)

        dialog.date_from.clear()
        qtbot.keyClicks(dialog.date_from, "31.02.2025")
        assert dialog.event_filter().date_from is None
        asked = []
        monkeypatch.setattr(dialog, "choose_path", lambda: asked.append(True))
        dialog.export()
        assert not asked, "no file is asked for while a ticked date is not a date"
        assert dialog.date_problem()
        dialog.refresh_preview()
        assert dialog.preview_caption.text() == dialog.date_problem()
    finally:
        i18n.set_language("en")


def test_a_cancelled_export_leaves_the_last_report_openable(
    qtbot, sample: Database, tmp_path: Path, monkeypatch
):
    """After a report was saved, a second export cancelled midway left "Open file" and
    "Show in folder" greyed out, though the first report was still there to open."""
    import desktop.reports as reports

    dialog = ReportDialog(sample, EventFilter())
    qtbot.addWidget(dialog)
    first = tmp_path / "first.xlsx"
    dialog.choose_path = lambda: first
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.export_button.click()

    real = reports.export_workbook

    def slow_export(database, out, options, progress=None, cancelled=None):
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return real(database, out, options, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(reports, "export_workbook", slow_export)
    dialog.choose_path = lambda: tmp_path / "second.xlsx"
    dialog.export_button.click()
    assert not dialog.open_button.isEnabled()  # nothing to open while it writes
    qtbot.waitUntil(lambda: dialog._progress is not None and dialog._progress.isVisible())
    dialog.cancel_export()
    qtbot.waitUntil(lambda: not dialog.is_exporting(), timeout=15_000)
    assert "Export cancelled" in dialog.status.text()
    assert dialog.last_path == first and first.exists()
    assert dialog.open_button.isEnabled() and dialog.folder_button.isEnabled()
