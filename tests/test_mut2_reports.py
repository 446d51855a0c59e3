"""Report behaviours a second mutation sample (seed 2611, docs/mutation.md) found untested:
the print and view set-up of the tables, the per-organization and per-occasion sheets, the
coverage gaps in Russian, and what a failed export tells and logs."""

from __future__ import annotations

import datetime as dt
import logging
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db import messages
from db.engine import Database
from db.event_store import EventInput, EventStore, OrganizerInput
from db.localized import all_names
from db.models import Country, Event, Occasion, Organization
from db.queries import EventFilter
from desktop.reports import ReportError, ReportOptions, export_workbook
from desktop.reports.language import translate, use_language
from desktop.reports.xlsx import Book

CHART = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart"}


def _cells(path: Path, sheet: str) -> list[tuple[object, ...]]:
    return list(load_workbook(path)[sheet].iter_rows(values_only=True))


def test_a_period_that_ends_before_it_starts_is_refused_before_any_file_is_written(
    database: Database, tmp_path: Path
) -> None:
    backwards = EventFilter(date_from=dt.date(2025, 3, 1), date_to=dt.date(2025, 2, 1))
    folder = tmp_path / "reports"
    folder.mkdir()
    with pytest.raises(ReportError) as raised:
        export_workbook(database, folder / "report.xlsx", ReportOptions(event_filter=backwards))
    assert str(raised.value) == "The period ends before it starts; swap the dates."
    assert not list(folder.iterdir())


def test_the_events_sheet_gives_when_each_event_was_created_and_changed(
    database: Database, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        EventStore(session, user="clerk").save(
            EventInput(title="An evening", start_date=dt.date(2025, 4, 5)))
    with database.sessions.begin() as session:
        created, updated = session.execute(select(Event.created_at, Event.updated_at)).one()
    out = tmp_path / "events.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("events",)))
    header, row = _cells(out, "Events")[:2]
    record = dict(zip(header, row, strict=True))
    for shown, stored in ((record["Created (UTC)"], created), (record["Updated (UTC)"], updated)):
        assert isinstance(shown, dt.datetime)
        # a whole millisecond (what every reader of the file reads alike) of the stored stamp
        assert shown.microsecond % 1000 == 0
        assert dt.timedelta(0) <= stored.replace(tzinfo=None) - shown < dt.timedelta(
            milliseconds=1)


def test_the_tables_of_organizers_speakers_and_program_print_one_page_wide(
    sample_database: Database, tmp_path: Path
) -> None:
    out = tmp_path / "report.xlsx"
    export_workbook(sample_database, out, ReportOptions(
        sheets=("organizers", "speakers", "program")))
    book = load_workbook(out)
    for title in ("Organizers", "Speakers", "Program"):
        sheet = book[title]
        assert sheet.max_row > 1, title  # the sample has rows of each
        # each row beside its event's UUID and title on one sheet of paper
        fit = sheet.sheet_properties.pageSetUpPr
        assert fit is not None and fit.fitToPage, title
        assert sheet.page_setup.fitToWidth in (None, 1), title  # 1 is the default, left out


def _an_evening_and_a_memorial(store: EventStore, memorial_region: str) -> None:
    """An event of no occasion in Omsk Oblast, and a memorial in ``memorial_region``."""
    store.save(EventInput(title="An evening", start_date=dt.date(2025, 4, 5),
                          region="Omsk Oblast"))
    store.save(EventInput(title="A memorial", start_date=dt.date(2025, 2, 26),
                          region=memorial_region, occasion="Khojaly genocide"))


def test_a_russian_coverage_gap_list_names_each_regions_country_in_russian(
    database: Database, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        _an_evening_and_a_memorial(EventStore(session, user="tester"), "Moscow")
        occasion = session.scalar(select(Occasion.id).where(Occasion.name == "Khojaly genocide"))
        russia = session.scalar(select(Country.id).where(Country.code == "RU"))
        assert russia is not None
        russian = all_names(session, Country, "ru")[russia]
    assert russian != "Russian Federation"
    out = tmp_path / "gaps.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("coverage_gaps",), language="ru",
                                                 gaps_occasion_id=occasion))
    with use_language("ru"):
        title, header = translate("Coverage gaps"), translate("Region")
    rows = _cells(out, title)
    start = next(i for i, row in enumerate(rows) if row[0] == header) + 1
    assert rows[start][1] == russian  # Omsk Oblast's country, as the rest of the report says it


def test_the_summary_sheets_keep_the_header_and_the_name_columns_in_view(
    sample_database: Database, tmp_path: Path
) -> None:
    out = tmp_path / "report.xlsx"
    export_workbook(sample_database, out, ReportOptions(
        sheets=("per_region", "per_organization", "per_occasion")))
    book = load_workbook(out)
    # scrolled right, a row still says whose figures it holds; scrolled down, the header stays
    assert book["Per region"].freeze_panes == "D2"  # country, region, ISO code
    assert book["Per organization"].freeze_panes == "D2"  # organization, region, country
    assert book["Per occasion"].freeze_panes == "C2"  # occasion, anniversary


def test_the_top_regions_chart_draws_no_gridlines_across_its_bars(
    sample_database: Database, tmp_path: Path
) -> None:
    out = tmp_path / "report.xlsx"
    export_workbook(sample_database, out, ReportOptions(sheets=("per_region",)))
    with zipfile.ZipFile(out) as package:
        [part] = [p for p in package.namelist() if p.startswith("xl/charts/chart")]
        chart = ElementTree.fromstring(package.read(part))
    assert chart.find(".//c:barChart", CHART) is not None
    assert chart.findall(".//c:majorGridlines", CHART) == []


def test_the_per_organization_sheet_gives_each_organizations_region_and_country(
    database: Database, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        EventStore(session, user="tester").save(EventInput(
            title="An evening", start_date=dt.date(2025, 4, 5), region="Omsk Oblast",
            organizers=[OrganizerInput("A society")]))
        society = session.scalars(select(Organization)).one()
        assert society.region is not None and society.country is not None
        place = (society.region.name, society.country.name)
    out = tmp_path / "report.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("per_organization",)))
    header, *rows = _cells(out, "Per organization")
    [row] = [r for r in rows if r[0] == "A society"]
    assert (row[header.index("Region")], row[header.index("Country")]) == place


def test_a_long_organization_name_is_shown_whole_in_its_column(
    database: Database, tmp_path: Path
) -> None:
    name = "Society of friends of the national culture of the region"
    assert 48 < len(name) <= 58  # more than a 50-wide column holds, less than the widest
    with database.sessions.begin() as session:
        EventStore(session, user="tester").save(EventInput(
            title="An evening", start_date=dt.date(2025, 4, 5),
            organizers=[OrganizerInput(name)]))
    out = tmp_path / "report.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("per_organization",)))
    sheet = load_workbook(out)["Per organization"]
    assert sheet["A2"].value == name
    assert sheet.column_dimensions["A"].width >= len(name) + 2


def test_events_with_no_occasion_come_after_every_occasion(
    database: Database, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        _an_evening_and_a_memorial(EventStore(session, user="tester"), "Omsk Oblast")
    out = tmp_path / "report.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("per_occasion",)))
    occasions = [row[0] for row in _cells(out, "Per occasion")[1:] if row[0] != "Total"]
    assert occasions[:2] == ["Khojaly genocide", "(no occasion)"]


def test_a_report_that_cannot_take_the_files_place_says_so_in_the_users_language(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    out = tmp_path / "reports" / "report.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"last month's report")
    replace = os.replace

    def held(source: str | Path, target: str | Path) -> None:  # open in Excel on Windows
        if Path(target) == out:
            raise PermissionError(errno.EACCES, "Permission denied", str(target))
        replace(source, target)

    monkeypatch.setattr(os, "replace", held)
    messages.set_language("ru")
    with pytest.raises(ReportError) as raised:
        export_workbook(database, out, ReportOptions(sheets=("cover",)))
    message = str(raised.value)
    assert message.startswith(f"Не удаётся сохранить {out}: доступ запрещён")
    assert message.endswith("или выберите другое имя.")
    assert list(out.parent.iterdir()) == [out]
    assert out.read_bytes() == b"last month's report"


def test_an_error_of_the_application_during_export_is_logged_with_the_file_and_told_in_russian(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from desktop.logs import log_path
    from desktop.reports import sheets_summary

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(sheets_summary, "write_per_region", broken)
    messages.set_language("ru")
    out = tmp_path / "report.xlsx"
    with caplog.at_level(logging.ERROR), pytest.raises(ReportError) as raised:
        export_workbook(database, out, ReportOptions(sheets=("per_region",)))
    message = str(raised.value)
    assert message.startswith("Отчёт не сохранён из-за ошибки в приложении")
    assert str(log_path()) in message
    [record] = [r for r in caplog.records if r.exc_info and r.exc_info[1] is raised.value.__cause__]
    assert str(out) in record.getMessage()
    assert not out.exists()


def test_an_empty_text_leaves_its_cell_empty_and_a_text_keeps_its_cell(tmp_path: Path) -> None:
    book = Book(tmp_path / "t.xlsx", "T", "tester")
    book.sheet("T").append(["", "XXXX", "text"])
    book.close()
    with zipfile.ZipFile(tmp_path / "t.xlsx") as package:
        sheet = ElementTree.fromstring(package.read("xl/worksheets/sheet1.xml"))
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    # no cell at all in A1 (an empty-text cell is not blank to Excel: COUNTA counts it)
    assert [c.get("r") for c in sheet.iter(f"{main}c")] == ["B1", "C1"]
    assert [r[:3] for r in load_workbook(tmp_path / "t.xlsx")["T"].iter_rows(values_only=True)
            ] == [(None, "XXXX", "text")]
