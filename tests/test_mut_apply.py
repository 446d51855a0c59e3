"""Import behaviours that mutation testing (scripts/mutation.sh) found untested."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from db.engine import Database
from db.models import Event
from tests.import_helpers import import_file


def test_a_new_event_keeps_the_author_its_file_names(database: Database, tmp_path: Path) -> None:
    """A file exported at another desk says who recorded each event; the import keeps that,
    and only an event the file names no author for is the importing clerk's."""
    path = tmp_path / "events.csv"
    path.write_text("Title;Date;Created by;Updated by\n"
                    "First evening;2025-02-26;far-desk clerk;far-desk editor\n"
                    "Second evening;2025-02-27;;\n", encoding="utf-8")
    assert import_file(database, path).inserted == 2
    with database.sessions() as session:
        rows = session.execute(select(Event.title, Event.created_by, Event.updated_by)).all()
    authors = {title: author for title, author, _editor in rows}
    editors = {title: editor for title, _author, editor in rows}
    assert authors["First evening"] == "far-desk clerk"
    assert editors["First evening"] == "far-desk editor"
    assert authors["Second evening"] not in (None, "", "far-desk clerk")


def test_an_imported_event_citing_a_stored_address_shares_its_source(
    database: Database, tmp_path: Path
) -> None:
    from db.event_store import EventInput, EventStore, SourceInput
    from db.models import Source

    url = "https://example.org/news/report-1"
    with database.sessions.begin() as session:
        EventStore(session).save(EventInput(
            title="First evening", start_date=dt.date(2025, 2, 26),
            source=SourceInput(url=url, publisher="Trend")))
    path = tmp_path / "events.csv"
    path.write_text(f"Title;Date;Source URL\nSecond evening;2025-02-27;{url}\n",
                    encoding="utf-8")
    assert import_file(database, path).inserted == 1
    with database.sessions() as session:
        assert len(session.scalars(select(Source).where(Source.url == url)).all()) == 1


def test_an_import_told_not_to_back_up_makes_no_backup(database: Database, tmp_path: Path) -> None:
    """The caller that made its own backup (the CLI, the merge) asks for none: none is made."""
    path = tmp_path / "events.csv"
    path.write_text("Title;Date\nFirst evening;2025-02-26\n", encoding="utf-8")
    assert import_file(database, path).backup is None


def test_an_import_backs_up_the_database_file_first(database_path: Path, tmp_path: Path) -> None:
    from db.engine import open_database

    path = tmp_path / "events.csv"
    path.write_text("Title;Date\nFirst evening;2025-02-26\n", encoding="utf-8")
    database = open_database(database_path)
    try:
        from desktop.importing import apply_import, guess_mapping, preview, read_table

        table = read_table(path)
        result = apply_import(database, preview(database, table, guess_mapping(table.headers)))
    finally:
        database.dispose()
    assert result.backup is not None and Path(result.backup).is_file()


def test_a_stopped_import_says_so_in_russian(database: Database, tmp_path: Path) -> None:
    import pytest

    from db import messages
    from desktop.importing import ImportCancelled, apply_import, guess_mapping, preview, read_table

    path = tmp_path / "events.csv"
    path.write_text("Title;Date\nFirst evening;2025-02-26\n", encoding="utf-8")
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))
    messages.set_language("ru")
    with pytest.raises(ImportCancelled) as raised:
        apply_import(database, plan, cancelled=lambda: True, backup=False)
    assert str(raised.value) == "Импорт остановлен; ничего не изменено."


def test_an_import_is_logged_under_the_clerk_who_ran_it(
    database: Database, tmp_path: Path
) -> None:
    from db.models import ChangeLog
    from desktop.importing import apply_import, guess_mapping, preview, read_table

    path = tmp_path / "events.csv"
    path.write_text("Title;Date\nAn evening;2025-02-26\n", encoding="utf-8")
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))
    result = apply_import(database, plan, user="clerk7", backup=False)
    with database.sessions() as session:
        users = set(session.scalars(select(ChangeLog.user)
                                    .where(ChangeLog.batch_id == result.batch_id)))
        author = session.scalar(select(Event.created_by))
    assert users == {"clerk7"} and author == "clerk7"


def test_an_import_stopped_among_its_updates_says_so_in_russian_and_changes_nothing(
    database: Database, tmp_path: Path
) -> None:
    import pytest
    from openpyxl import load_workbook

    from db import messages
    from db.event_store import EventInput, EventStore
    from desktop.importing import ImportCancelled, apply_import, guess_mapping, preview, read_table
    from desktop.reports import ReportOptions, export_workbook

    with database.sessions.begin() as session:
        EventStore(session).save(EventInput(title="An evening", start_date=dt.date(2025, 3, 1)))
    path = tmp_path / "events.xlsx"
    export_workbook(database, path, ReportOptions(sheets=("events",)))
    wb = load_workbook(path)
    ws = wb["Events"]
    title = [c.value for c in ws[1]].index("Title") + 1
    ws.cell(2, title, "An evening, renamed")
    wb.save(path)
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))
    assert plan.count("update") == 1 and plan.count("insert") == 0
    messages.set_language("ru")
    with pytest.raises(ImportCancelled) as raised:
        apply_import(database, plan, cancelled=lambda: True, backup=False)
    assert str(raised.value) == "Импорт остановлен; ничего не изменено."
    with database.sessions() as session:
        assert session.scalar(select(Event.title)) == "An evening"


def test_an_import_reports_its_progress_up_to_its_total(
    database: Database, tmp_path: Path
) -> None:
    from desktop.importing import apply_import, guess_mapping, preview, read_table

    path = tmp_path / "events.csv"
    path.write_text("Title;Date\nFirst evening;2025-02-26\nSecond evening;2025-02-27\n",
                    encoding="utf-8")
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))
    seen: list[tuple[int, int]] = []
    apply_import(database, plan, progress=lambda done, total: seen.append((done, total)),
                 backup=False)
    assert seen and seen[-1] == (2, 2)
