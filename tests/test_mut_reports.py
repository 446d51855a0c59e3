"""Report behaviours that mutation testing (scripts/mutation.sh) found untested: a long text
keeps all that Excel holds, and a failed export says why in the user's language."""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
import zipfile
from pathlib import Path
from typing import Literal
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from db import messages
from db.engine import Database
from db.event_store import EventInput, EventStore, OrganizerInput, SpeakerInput
from db.models import Occasion
from db.queries import EventFilter
from desktop.reports import ReportError, ReportOptions, export_workbook
from desktop.reports.cells import EXCEL_MAX_TEXT, clean_text
from desktop.reports.language import translate, use_language
from desktop.sample import load_sample


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_a_text_over_excels_limit_keeps_all_that_fits() -> None:
    cut = clean_text("я" * (EXCEL_MAX_TEXT + 10))
    assert cut.endswith("…") and _utf16_units(cut) == EXCEL_MAX_TEXT


def _failing_export(database: Database, tmp_path: Path, monkeypatch, error: Exception) -> str:
    """The message of an export whose sheet writing fails with ``error``."""
    from desktop.reports import sheets_summary

    def broken(*_args: object, **_kwargs: object) -> None:
        raise error

    monkeypatch.setattr(sheets_summary, "write_per_region", broken)
    out = tmp_path / "report.xlsx"
    with pytest.raises(ReportError) as raised:
        export_workbook(database, out, ReportOptions())
    assert not out.exists()
    return str(raised.value)


def test_a_refused_write_during_export_is_told_in_russian(
    database: Database, tmp_path: Path, monkeypatch
) -> None:
    messages.set_language("ru")
    message = _failing_export(database, tmp_path, monkeypatch,
                              PermissionError(errno.EACCES, "Permission denied"))
    assert message.startswith("Отчёт не сохранён: доступ запрещён")


def test_a_full_disk_during_export_is_named(
    database: Database, tmp_path: Path, monkeypatch
) -> None:
    message = _failing_export(database, tmp_path, monkeypatch,
                              OSError(errno.ENOSPC, "No space left on device"))
    assert message == "The report was not saved: the disk is full."


def test_a_database_failure_during_export_names_the_databases_trouble(
    database: Database, tmp_path: Path, monkeypatch
) -> None:
    from db.errors import describe_database_error

    error = OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked"))
    message = _failing_export(database, tmp_path, monkeypatch, error)
    assert message == f"The report was not saved. {describe_database_error(error)}"
    assert "database is locked" in message


def test_the_speakers_sheet_numbers_each_events_speakers_from_one(
    database: Database, tmp_path: Path
) -> None:
    import datetime as dt

    from openpyxl import load_workbook

    from db.event_store import EventInput, EventStore, SpeakerInput

    with database.sessions.begin() as session:
        EventStore(session).save(EventInput(
            title="An evening", start_date=dt.date(2025, 3, 1),
            speakers=[SpeakerInput("First Speaker"), SpeakerInput("Second Speaker")]))
    out = tmp_path / "report.xlsx"
    export_workbook(database, out, ReportOptions())
    rows = list(load_workbook(out)["Speakers"].iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if "No." in row)
    number, name = rows[header].index("No."), rows[header].index("Speaker")
    assert [(row[number], row[name]) for row in rows[header + 1:] if row[name]] == [
        (1, "First Speaker"), (2, "Second Speaker")]


def test_the_counting_sheet_sets_each_rules_name_in_bold_apart_from_its_text(
    database: Database, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "report.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("cover",)))
    ws = load_workbook(out)["How these figures are counted"]
    rules = [(a, b) for a, b in ws.iter_rows(min_col=1, max_col=2) if a.value and b.value]
    assert rules
    assert all(name.font.b and not text.font.b for name, text in rules)


def test_an_export_into_a_folder_it_cannot_write_names_the_folder_and_why(
    database: Database, tmp_path: Path, monkeypatch
) -> None:
    import os

    opened = os.open

    def refused(path: str, *args: int) -> int:  # root ignores file rights: refuse here
        if str(path).endswith(".xlsx.part"):
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return opened(path, *args)

    monkeypatch.setattr(os, "open", refused)
    with pytest.raises(ReportError) as raised:
        export_workbook(database, tmp_path / "report.xlsx", ReportOptions())
    message = str(raised.value)
    assert message.startswith(f"Cannot write in the folder {tmp_path}: ")
    assert message.endswith("Choose a folder you can write to.")
    assert not list(tmp_path.glob("*.xlsx*"))


def test_a_cover_value_that_wraps_to_two_lines_gets_a_row_two_lines_tall(
    database: Database, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "report.xlsx"
    author = "Analyst " * 12  # about 100 characters: two lines in the 80-wide value column
    export_workbook(database, out, ReportOptions(sheets=("cover",), author=author.strip()))
    ws = load_workbook(out)["Cover"]
    (row,) = [a.row for a, b in ws.iter_rows(min_col=1, max_col=2) if a.value == "Made by"]
    assert ws.row_dimensions[row].height == 30


def test_an_unknown_sheet_is_named_with_the_sheets_there_are() -> None:
    with pytest.raises(ReportError) as raised:
        ReportOptions(sheets=("events", "charts")).validate()
    message = str(raised.value)
    assert message.startswith("Unknown report sheet(s): charts. Known: cover, events, ")
    assert "counting" not in message


def test_the_next_start_deletes_what_a_killed_export_left_and_spares_a_running_one(
    tmp_path: Path,
) -> None:
    import os
    import subprocess
    import sys

    import platformdirs

    from db.engine import APP_NAME
    from desktop.output_file import clean_interrupted_exports

    dead = subprocess.Popen([sys.executable, "-c", "pass"])  # an export's process, now ended
    dead.wait()
    markers = platformdirs.user_state_path(APP_NAME, appauthor=False) / "exports-in-progress"
    markers.mkdir(parents=True)
    left, running = tmp_path / ".~a.1.xlsx.part", tmp_path / ".~b.2.xlsx.part"
    for pid, part in ((dead.pid, left), (os.getpid(), running)):
        part.write_bytes(b"half a workbook")
        (markers / f"{pid}-{part.name}").write_text(str(part), encoding="utf-8")
    assert clean_interrupted_exports() == [left]
    assert not left.exists() and running.exists()
    assert [m.name for m in markers.iterdir()] == [f"{os.getpid()}-{running.name}"]


def test_a_coverage_gap_gives_the_events_on_record_and_the_last_ones_date(
    database: Database, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session, user="tester")
        for day in (dt.date(2024, 3, 2), dt.date(2025, 4, 5)):
            store.save(EventInput(title="An evening", start_date=day, region="Omsk Oblast",
                                  organizers=[OrganizerInput("A society")]))
        store.save(EventInput(title="A memorial", start_date=dt.date(2025, 2, 26),
                              region="Moscow", occasion="Khojaly genocide",
                              organizers=[OrganizerInput("Another society")]))
        occasion = session.scalar(select(Occasion.id).where(Occasion.name == "Khojaly genocide"))
    out = tmp_path / "gaps.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("coverage_gaps",),
                                                 gaps_occasion_id=occasion))
    sheet = load_workbook(out)["Coverage gaps"]
    rows = list(sheet.iter_rows(values_only=True))
    [region] = [r for r in rows if r[0] == "Omsk Oblast"]
    [organization] = [r for r in rows if r[0] == "A society"]
    assert region[3:5] == (2, dt.datetime(2025, 4, 5))
    assert organization[3:5] == (2, dt.datetime(2025, 4, 5))
    # both lists open with a heading set like the sheet's title, not like their rows
    headings = [row[0] for row in sheet.iter_rows(max_col=1)
                if str(row[0].value).startswith(("Coverage gaps", "Regions", "Organizations"))]
    assert len(headings) == 3 and all(cell.font.b for cell in headings)
    assert len({(cell.font.b, cell.font.sz) for cell in headings[1:]}) == 1


def test_the_speaker_summary_gives_each_speakers_first_and_last_event(
    database: Database, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session, user="tester")
        for day in (dt.date(2025, 4, 5), dt.date(2024, 3, 2), dt.date(2024, 11, 9)):
            store.save(EventInput(title="An evening", start_date=day, region="Omsk Oblast",
                                  speakers=[SpeakerInput("Ivan Petrov", role="host")]))
    out = tmp_path / "speakers.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("speaker_summary",)))
    rows = list(load_workbook(out)["Speaker summary"].iter_rows(values_only=True))
    [speaker] = [r for r in rows if r[0] == "Ivan Petrov"]
    assert speaker[1] == 3
    assert speaker[4:6] == (dt.datetime(2024, 3, 2), dt.datetime(2025, 4, 5))


def test_the_organizations_sheet_leaves_out_a_speakers_organization_from_outside_the_report(
    database: Database, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session, user="tester")
        store.save(EventInput(title="An evening", start_date=dt.date(2025, 4, 5),
                              region="Omsk Oblast", organizers=[OrganizerInput("A society")]))
        store.save(EventInput(title="A memorial", start_date=dt.date(2023, 2, 26),
                              region="Omsk Oblast",
                              speakers=[SpeakerInput("Ivan Petrov", organization="A union")]))
    out = tmp_path / "organizations.xlsx"
    in_2025 = EventFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))
    export_workbook(database, out, ReportOptions(event_filter=in_2025,
                                                 sheets=("organizations",)))
    names = [row[1] for row in load_workbook(out)["Organizations"].iter_rows(
        min_row=2, values_only=True)]
    assert names == ["A society"]
    export_workbook(database, out, ReportOptions(sheets=("organizations",)))
    names = [row[1] for row in load_workbook(out)["Organizations"].iter_rows(
        min_row=2, values_only=True)]
    assert sorted(names) == ["A society", "A union"]


def test_the_english_occasion_column_of_a_russian_report_fits_its_names(
    sample_database: Database, tmp_path: Path
) -> None:
    out = tmp_path / "ru.xlsx"
    export_workbook(sample_database, out, ReportOptions(language="ru", sheets=("per_occasion",)))
    with use_language("ru"):
        sheet = load_workbook(out)[translate("Per occasion")]
        header = translate("Occasion (English)")
    [column] = [c.column_letter for c in sheet[1] if c.value == header]
    names = [c.value for c in sheet[column][1:] if c.value]
    assert "Khojaly genocide" in names
    assert sheet.column_dimensions[column].width >= max(len(n) for n in names) + 2


def test_the_cover_prints_upright_and_the_organization_table_can_be_filtered(
    sample_database: Database, tmp_path: Path
) -> None:
    out = tmp_path / "report.xlsx"
    export_workbook(sample_database, out, ReportOptions(sheets=("cover", "per_organization")))
    book = load_workbook(out)
    assert book["Cover"].page_setup.orientation == "portrait"
    sheet = book["Per organization"]
    assert sheet.page_setup.orientation == "landscape"  # a wide table
    header = [c.value for c in sheet[1]]
    total_row = next(c.row for c in sheet["A"] if c.value == "Total")
    # the header and every organization's row, each column up to the row totals
    assert header[-1] == "Total" and total_row == 6  # the sample's four organizers
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(header))}{total_row - 1}"


@pytest.mark.parametrize(("granularity", "language", "shown"), [
    ("quarter", "en", "quarter"), ("year", "ru", "год")])
def test_the_cover_says_how_the_summaries_are_grouped(
    database: Database, tmp_path: Path, granularity: Literal["quarter", "year"], language: str,
    shown: str,
) -> None:
    out = tmp_path / "report.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("cover",), language=language,
                                                 granularity=granularity))
    with use_language(language):
        cover, label = translate("Cover"), translate("Grouped by")
    rows = {r[0]: r[1] for r in load_workbook(out)[cover].iter_rows(values_only=True) if r[0]}
    assert rows[label] == shown


def test_the_cover_lists_the_sheets_in_the_file(database: Database, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("cover", "per_region", "events")))
    rows = {r[0]: r[1] for r in load_workbook(out)["Cover"].iter_rows(values_only=True) if r[0]}
    assert set(rows["Sheets"].split(", ")) == {"Cover", "Per region", "Events"}  # as chosen


def _chart_references(path: Path) -> list[dict[str, str]]:
    """Each chart series' cell references in an .xlsx: its name, categories and values."""
    ns = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart"}
    series = []
    with zipfile.ZipFile(path) as package:
        for part in package.namelist():
            if part.startswith("xl/charts/chart"):
                root = ElementTree.fromstring(package.read(part))
                for ser in root.iterfind(".//c:ser", ns):
                    series.append({key: ser.findtext(f"c:{key}//c:f", namespaces=ns) or ""
                                   for key in ("tx", "cat", "val")})
    return series


def test_the_top_regions_chart_draws_the_regions_and_their_counts(
    database: Database, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        load_sample(session)
        store = EventStore(session, user="tester")
        store.save(EventInput(title="An evening", start_date=dt.date(2025, 4, 5),
                              region="Primorsky Krai"))
    out = tmp_path / "report.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("per_region",)))
    sheet = load_workbook(out)["Per region"]

    def cells(reference: str) -> list[object]:
        block = sheet[reference.split("!")[1].replace("$", "")]
        if not isinstance(block, tuple):  # one cell
            return [block.value]
        return [cell.value for row in block for cell in row]

    [chart] = _chart_references(out)
    assert cells(chart["tx"]) == ["Events"]
    assert cells(chart["cat"]) == ["Primorsky Krai", "Chelyabinsk Oblast", "Krasnoyarsk Krai"]
    assert cells(chart["val"]) == [2, 1, 1]


def test_the_events_sheet_says_who_created_and_who_last_changed_each_event(
    database: Database, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        key = EventStore(session, user="clerk1").save(
            EventInput(title="An evening", start_date=dt.date(2025, 4, 5))).uuid
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk2")
        data = store.load(key)
        data.attendance = 40
        store.save(data)
    out = tmp_path / "events.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("events",)))
    header, row = list(load_workbook(out)["Events"].iter_rows(max_row=2, values_only=True))
    record = dict(zip(header, row, strict=True))
    assert (record["Created by"], record["Updated by"]) == ("clerk1", "clerk2")


def test_an_export_in_several_batches_counts_its_progress_up_to_every_event(
    database: Database, tmp_path: Path, monkeypatch
) -> None:
    from desktop.reports import rows

    with database.sessions.begin() as session:
        store = EventStore(session)
        for day in range(1, 6):
            store.save(EventInput(title=f"Evening {day}", start_date=dt.date(2025, 4, day)))
    batches = rows.iter_event_batches
    monkeypatch.setattr(rows, "iter_event_batches",
                        lambda *args, **kwargs: batches(*args, batch_size=2, **kwargs))
    calls: list[tuple[int, int]] = []
    summary = export_workbook(database, tmp_path / "r.xlsx", ReportOptions(sheets=("events",)),
                              progress=lambda done, total: calls.append((done, total)))
    done = [d for d, _total in calls]
    assert done == sorted(done) and {0, 2, 4, 5} <= set(done)  # after each batch, in order
    assert calls[-1] == (5, 5) and all(total == 5 for _done, total in calls)
    assert summary.events == 5


def test_the_cover_gives_the_first_and_the_last_events_date(
    database: Database, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session)
        for day in (dt.date(2025, 4, 5), dt.date(2023, 1, 9), dt.date(2024, 7, 1)):
            store.save(EventInput(title="An evening", start_date=day))
    out = tmp_path / "report.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("cover",)))
    rows = {r[0]: r[1] for r in load_workbook(out)["Cover"].iter_rows(values_only=True) if r[0]}
    assert (rows["First event"], rows["Last event"]) == (dt.datetime(2023, 1, 9),
                                                         dt.datetime(2025, 4, 5))


def test_an_unknown_grouping_is_named_with_the_ones_there_are() -> None:
    options = ReportOptions(granularity="fortnight")  # type: ignore[arg-type]  # as a CLI may pass
    with pytest.raises(ReportError) as raised:
        options.validate()
    assert str(raised.value) == "Unknown grouping 'fortnight': use month, quarter or year."


def test_a_printed_table_fits_its_width_and_runs_on_over_as_many_pages_as_it_needs(
    database: Database, tmp_path: Path
) -> None:
    out = tmp_path / "report.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("events", "per_region")))
    for sheet in load_workbook(out).worksheets:
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        # so many pages across; 0 pages tall: as many as the rows need, not squeezed to one
        assert sheet.page_setup.fitToHeight == 0, sheet.title
