"""Import from spreadsheets: template and export round trips, idempotence, undo, problems."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from db.engine import Database
from db.event_store import (
    EventInput,
    EventStore,
    OrganizerInput,
    ProgramInput,
    SourceInput,
    SpeakerInput,
    search_text,
    snapshot,
)
from db.models import ChangeLog, DatePrecision, Event, Organization, OrganizerRole
from desktop.importing import (
    ColumnMapping,
    ImportCancelled,
    UndoError,
    apply_import,
    guess_mapping,
    preview,
    read_table,
    undo_batch,
)
from desktop.importing.mapping import FIELDS
from desktop.importing.template import TEMPLATE_FIELDS, write_template
from desktop.reports import ReportOptions, export_workbook
from desktop.reports.sheets_events import EVENT_COLUMNS
from tests.import_helpers import dump, event_sheets, import_file


def _store_events(database: Database) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session)
        store.save(EventInput(
            title="Khojaly commemoration", start_date=dt.date(2025, 2, 26),
            event_type="memorial_event", occasion="Khojaly genocide", country="RU",
            region="RU-PRI", city="Vladivostok", attendance=120,
            organizers=[OrganizerInput("Azerbaijani Youth Union"),
                        OrganizerInput("Consulate", OrganizerRole.CO_ORGANIZER)],
            speakers=[SpeakerInput("Ivan Petrov", "chairman", "Azerbaijani Youth Union")],
            program=[ProgramInput("minute_of_silence"), ProgramInput("speech", "opening")],
        ))
        store.save(EventInput(title="Novruz", start_date=dt.date(2024, 3, 20),
                              region="Челябинская область", description="=SUM(A1)"))


def test_template_filled_with_openpyxl_imports_the_same_events(database, tmp_path) -> None:
    out = write_template(database, tmp_path / "template.xlsx")
    wb = load_workbook(out)
    ws = wb["Events"]
    assert ws.column_dimensions["A"].hidden
    assert wb["Lists"].sheet_state == "hidden"
    assert "Instructions" in wb.sheetnames
    ranges = [dv.formula1 for dv in ws.data_validations.dataValidation]
    assert any(f and f.startswith("'Lists'!") for f in ranges)
    assert any(dv.type == "date" for dv in ws.data_validations.dataValidation)
    col = {name: i + 1 for i, name in enumerate(TEMPLATE_FIELDS)}
    rows = [
        {"title": "Вечер памяти", "start_date": dt.date(2025, 2, 26), "region": "Приморский край",
         "event_type": "memorial event", "occasion": "Khojaly genocide",
         "organizers": "Азербайджанская община; Молодёжный союз (co-organizer)",
         "speakers": "Иван Петров | председатель | Азербайджанская община",
         "program": "minute of silence; speech (opening)", "attendance": 80},
        {"title": "Novruz bayramı", "start_date": dt.date(2024, 3, 20), "country": "Kazakhstan",
         "status": "verified"},
    ]
    for number, values in enumerate(rows, start=2):
        for name, value in values.items():
            ws.cell(number, col[name], value)
    wb.save(out)
    result = import_file(database, out)
    assert result.inserted == 2
    with database.sessions() as session:
        store = EventStore(session)
        events = {e.title: store.load(e.uuid) for e in session.scalars(select(Event))}
    first = events["Вечер памяти"]
    assert first.region == "RU-PRI" and first.country == "RU"
    assert first.event_type == "memorial_event" and first.occasion == "Khojaly genocide"
    assert [(o.name, o.role) for o in first.organizers] == [
        ("Азербайджанская община", OrganizerRole.ORGANIZER),
        ("Молодёжный союз", OrganizerRole.CO_ORGANIZER),
    ]
    assert [(s.name, s.role, s.organization) for s in first.speakers] == [
        ("Иван Петров", "председатель", "Азербайджанская община")]
    assert [(p.item_type, p.note) for p in first.program] == [
        ("minute_of_silence", None), ("speech", "opening")]
    assert first.attendance == 80
    assert events["Novruz bayramı"].country == "KZ"
    assert events["Novruz bayramı"].status.value == "verified"


@pytest.mark.parametrize("language", ["ru", "az"])
def test_a_template_in_the_clerks_language_imports_what_its_lists_offer(
    database, tmp_path, monkeypatch, language
):
    """`template --language ru` wrote an English workbook. Now its headers, instructions
    and lists are in the language, each word from the reports' catalog, and a row filled
    from the lists imports as the records they name."""
    from desktop.reports import language as report_language
    from tests.report_words import po_translations, record_report_words

    used = record_report_words(monkeypatch)
    out = write_template(database, tmp_path / "template.xlsx", language)
    monkeypatch.undo()
    assert sorted(used - set(po_translations(language))) == []
    real = report_language.catalog
    workbook = load_workbook(out)
    events, instructions = workbook.worksheets[:2]
    assert events.title == real(language).gettext("Events") != "Events"
    assert instructions["A1"].value == real(language).gettext("How to fill in this workbook")
    headers = [cell.value for cell in events[1]]
    lists = {cell.value: [c.value for c in column[1:]]
             for column in workbook["Lists"].iter_cols() for cell in column[:1]}
    choose = {"event_type": "memorial_event", "occasion": "Khojaly genocide",
              "country": "Russia", "status": "verified"}
    with database.sessions() as session:
        from db.localized import display_name
        from db.models import Country, EventType, Occasion

        shown = {
            "event_type": display_name(session.scalar(
                select(EventType).where(EventType.code == "memorial_event")), language),
            "occasion": display_name(session.scalar(
                select(Occasion).where(Occasion.name == "Khojaly genocide")), language),
            "country": display_name(session.scalar(
                select(Country).where(Country.code == "RU")), language),
            "status": real(language).gettext("verified"),
        }
    for name, text in shown.items():
        assert text in lists[name], (name, text)
    column = {name: headers.index(real(language).gettext(FIELDS[name])) + 1
              for name in ("title", "start_date", *choose)}
    events.cell(2, column["title"], "Вечер памяти")
    events.cell(2, column["start_date"], dt.date(2025, 2, 26))
    for name, text in shown.items():
        events.cell(2, column[name], text)
    workbook.save(out)
    assert import_file(database, out).inserted == 1
    with database.sessions() as session:
        event = EventStore(session).load(session.scalar(select(Event.uuid)))
    assert (event.event_type, event.occasion, event.country, event.status.value) == (
        "memorial_event", "Khojaly genocide", "RU", "verified")


def test_export_import_export_gives_identical_event_data(database, tmp_path, new_database):
    _store_events(database)
    first = tmp_path / "first.xlsx"
    export_workbook(database, first, ReportOptions())
    empty = new_database("empty.sqlite")
    try:
        result = import_file(empty, first)
        assert result.inserted == 2 and result.errors == 0
        second = tmp_path / "second.xlsx"
        export_workbook(empty, second, ReportOptions())
    finally:
        empty.dispose()
    assert event_sheets(first) == event_sheets(second)


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    database, tmp_path, new_database
):
    _store_events(database)
    exported = tmp_path / "events.xlsx"
    export_workbook(database, exported, ReportOptions())
    other = new_database("other.sqlite")
    try:
        assert import_file(other, exported).inserted == 2
        before = dump(other)
        again = import_file(other, exported)
        assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
        assert again.batch_id is None
        assert dump(other) == before
    finally:
        other.dispose()
    # and into the database it came from: every row is unchanged
    before = dump(database)
    assert import_file(database, exported).unchanged == 2
    assert dump(database) == before


def test_a_changed_row_updates_only_when_the_file_is_not_older(database, tmp_path) -> None:
    _store_events(database)
    exported = tmp_path / "events.xlsx"
    export_workbook(database, exported, ReportOptions())
    wb = load_workbook(exported)
    ws = wb["Events"]
    headers = [c.value for c in ws[1]]
    title_col = headers.index("Title") + 1
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, title_col).value == "Novruz":
            ws.cell(row, title_col, "Novruz holiday")
    wb.save(exported)
    result = import_file(database, exported)
    assert (result.updated, result.unchanged) == (1, 1)
    with database.sessions() as session:
        titles = set(session.scalars(select(Event.title)))
        logged = session.scalar(select(func.count()).select_from(ChangeLog)
                                .where(ChangeLog.batch_id == result.batch_id))
    assert "Novruz holiday" in titles and logged == 1
    # the database's copy is now newer than a file edited from the old export
    with database.sessions.begin() as session:
        store = EventStore(session)
        event = session.scalar(select(Event).where(Event.title == "Novruz holiday"))
        data = store.load(event.uuid)
        data.title = "Novruz (edited here)"
        store.save(data)
        event.updated_at = dt.datetime(2100, 1, 1)
    table = read_table(exported)
    plan = preview(database, table, guess_mapping(table.headers))
    assert plan.count("stale") == 1


def test_an_update_keeps_the_files_time_and_author_when_they_are_newer(database, tmp_path):
    """A desk whose copy was edited later than this one: the event says when and by whom."""
    _store_events(database)
    exported = tmp_path / "events.xlsx"
    export_workbook(database, exported, ReportOptions())
    wb = load_workbook(exported)
    ws = wb["Events"]
    headers = [c.value for c in ws[1]]
    later = dt.datetime(2100, 1, 1, 12, 30)
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, headers.index("Title") + 1).value == "Novruz":
            ws.cell(row, headers.index("Attendance") + 1, 77)
            ws.cell(row, headers.index("Updated (UTC)") + 1, later)
            ws.cell(row, headers.index("Updated by") + 1, "far-desk clerk")
    wb.save(exported)
    result = import_file(database, exported)
    assert (result.updated, result.unchanged) == (1, 1)
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.title == "Novruz"))
        assert (event.attendance, event.updated_at, event.updated_by) == (
            77, later, "far-desk clerk")
        untouched = session.scalar(select(Event).where(Event.title != "Novruz"))
        assert untouched.updated_by != "far-desk clerk"


def test_an_update_takes_the_files_precision_and_source(database, tmp_path) -> None:
    with database.sessions.begin() as session:
        event_uuid = EventStore(session, user="clerk").save(EventInput(
            title="Spring fair", start_date=dt.date(2024, 3, 20),
            source=SourceInput(publisher="Old Gazette", url="https://example.org/fair"),
        )).uuid
    exported = tmp_path / "events.xlsx"
    export_workbook(database, exported, ReportOptions())
    wb = load_workbook(exported)
    ws = wb["Events"]
    headers = [c.value for c in ws[1]]
    ws.cell(2, headers.index("Start date") + 1, dt.date(2024, 5, 1))
    ws.cell(2, headers.index("Date precision") + 1, "month")
    ws.cell(2, headers.index("Source publisher") + 1, "New Gazette")
    ws.cell(2, headers.index("Passed on by") + 1, "Cultural centre")
    wb.save(exported)
    result = import_file(database, exported)
    assert result.updated == 1
    with database.sessions() as session:
        data = EventStore(session).load(event_uuid)
        logged = session.scalar(select(ChangeLog).where(ChangeLog.batch_id == result.batch_id,
                                                        ChangeLog.record_uuid == event_uuid))
    assert (data.start_date, data.date_precision) == (dt.date(2024, 5, 1), DatePrecision.MONTH)
    assert (data.source.publisher, data.source.passed_on_by, data.source.url) == (
        "New Gazette", "Cultural centre", "https://example.org/fair")
    assert logged is not None and logged.action == "update" and logged.record_id is not None
    assert logged.user and logged.desk


def test_a_name_added_between_preview_and_write_is_used_not_doubled(database, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Title", "Start date", "Organizers"])
    ws.append(["Fair", dt.date(2024, 5, 1), "Union A; Union B"])
    ws.append(["Concert", dt.date(2024, 6, 1), "Union B; Union C"])
    path = tmp_path / "new.xlsx"
    wb.save(path)
    table = read_table(path)
    plan = preview(database, table, guess_mapping(table.headers))
    assert sorted(r.name for r in plan.new_organizations) == ["Union A", "Union B", "Union C"]
    with database.sessions.begin() as session:  # meanwhile, a clerk adds one by hand
        by_hand = EventStore(session, user="clerk").organization("Union B").id
    result = apply_import(database, plan, backup=False)
    assert sorted(result.created_organizations) == ["Union A", "Union C"]
    with database.sessions() as session:
        unions = session.execute(select(Organization.name, Organization.id)
                                 .where(Organization.name.like("Union%"))).all()
        events = {e.title: [o.organization.name for o in e.organizers]
                  for e in session.scalars(select(Event))}
        concert = session.scalar(select(Event).where(Event.title == "Concert"))
        concert_ids = [o.organization_id for o in concert.organizers]
        made = session.execute(
            select(ChangeLog.record_uuid, ChangeLog.changes)
            .where(ChangeLog.batch_id == result.batch_id, ChangeLog.table_name == "organization")
        ).all()
        uuids = {n: u for n, u in session.execute(select(Organization.name, Organization.uuid))}
    assert sorted(name for name, _id in unions) == ["Union A", "Union B", "Union C"]
    assert sorted(made, key=str) == sorted(
        [(uuids[n], {"name": [None, n]}) for n in ("Union A", "Union C")], key=str)
    assert events == {"Fair": ["Union A", "Union B"], "Concert": ["Union B", "Union C"]}
    assert by_hand in concert_ids


def test_problems_are_named_by_cell_with_a_suggestion(database, tmp_path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Название", "Tarix", "Bölgə", "Participants"])
    ws.append(["Good", dt.date(2025, 1, 5), "Primorsky Krai", 10])
    ws.append(["Bad region", dt.date(2025, 1, 6), "Primorskyy Kraiii Zzz", 10])
    ws.append(["", "not a date", "Chelyabinsk Oblast", "many"])
    wb.save(tmp_path / "x.xlsx")
    table = read_table(tmp_path / "x.xlsx")
    mapping = guess_mapping(table.headers)
    assert mapping.columns == {"title": 0, "start_date": 1, "region": 2, "attendance": 3}
    plan = preview(database, table, mapping)
    assert [r.action for r in plan.rows] == ["insert", "error", "error"]
    bad = [str(p) for p in plan.rows[1].problems]
    assert bad[0].startswith('C3: no region named "Primorskyy Kraiii Zzz"')
    assert 'did you mean "Primorsky Krai"?' in bad[0]
    worse = {p.cell for p in plan.rows[2].problems}
    assert {"A4", "B4", "D4"} <= worse
    before = dump(database)
    result = apply_import(database, plan)
    assert (result.inserted, result.errors) == (1, 2)
    assert dump(database) != before


def test_new_organizations_and_people_are_listed_before_creation(database, tmp_path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Title", "Date", "Organizers", "Speakers"])
    ws.append(["A", dt.date(2025, 1, 5), "New Union; New Union", "Ali Aliyev | host |"])
    ws.append(["B", dt.date(2025, 1, 6), "new union", "Ali Aliyev"])
    wb.save(tmp_path / "x.xlsx")
    table = read_table(tmp_path / "x.xlsx")
    plan = preview(database, table, guess_mapping(table.headers))
    assert [r.name for r in plan.new_organizations] == ["New Union"]
    assert [r.name for r in plan.new_people] == ["Ali Aliyev"]
    assert any("“New Union” is listed twice" in note for note in plan.rows[0].notes)
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Organization)) == 0
    result = apply_import(database, plan)
    assert result.created_organizations == ["New Union"]
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Organization)) == 1


def test_duplicates_of_stored_events_are_flagged_not_imported(database, tmp_path) -> None:
    _store_events(database)
    wb = Workbook()
    ws = wb.active
    ws.append(["Title", "Date"])
    ws.append(["NOVRUZ", dt.date(2024, 3, 20)])
    ws.append(["Other", dt.date(2024, 3, 21)])
    ws.append(["other", dt.date(2024, 3, 21)])
    wb.save(tmp_path / "x.xlsx")
    table = read_table(tmp_path / "x.xlsx")
    plan = preview(database, table, guess_mapping(table.headers))
    assert [r.action for r in plan.rows] == ["duplicate", "insert", "duplicate"]


def test_rows_of_one_file_that_describe_one_event_are_held_back(database, tmp_path) -> None:
    """Three rows, one event (same day, region, organizer, occasion; titles in three
    languages) went in as three events, while importing the file again flagged them all
    as probable duplicates of the stored ones: a file's own rows meet the same rule."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Title", "Date", "Region", "Organizers", "Occasion"])
    for title in ("Новруз байрамы", "Праздник Новруз", "Novruz bayramı"):
        ws.append([title, dt.date(2024, 3, 20), "Приморский край", "Дружба", "Novruz"])
    ws.append(["Праздник Новруз", dt.date(2024, 3, 20), "Челябинская область", "Дружба",
               "Novruz"])  # elsewhere: another event
    wb.save(tmp_path / "x.xlsx")
    table = read_table(tmp_path / "x.xlsx")
    plan = preview(database, table, guess_mapping(table.headers))
    assert [r.action for r in plan.rows] == ["insert", "duplicate", "duplicate", "insert"]
    assert any("row 2" in note for note in plan.rows[1].notes)


def test_the_same_title_on_the_same_day_elsewhere_is_another_event(database, tmp_path) -> None:
    """A commemoration held the same day in many regions under one title: only the first
    went in, the others were held back as "the same title and date"."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Title", "Date", "Region"])
    ws.append(["Day of remembrance", dt.date(2025, 2, 26), "Приморский край"])
    ws.append(["Day of remembrance", dt.date(2025, 2, 26), "Челябинская область"])
    wb.save(tmp_path / "x.xlsx")
    assert import_file(database, tmp_path / "x.xlsx").inserted == 2
    ws.append(["Day of remembrance", dt.date(2025, 2, 26), "Красноярский край"])
    wb.save(tmp_path / "x.xlsx")
    table = read_table(tmp_path / "x.xlsx")
    plan = preview(database, table, guess_mapping(table.headers))
    assert [r.action for r in plan.rows] == ["duplicate", "duplicate", "insert"]


def test_undo_takes_the_whole_batch_back(database, tmp_path) -> None:
    _store_events(database)
    exported = tmp_path / "events.xlsx"
    export_workbook(database, exported, ReportOptions())
    wb = load_workbook(exported)
    ws = wb["Events"]
    headers = [c.value for c in ws[1]]
    ws.cell(2, headers.index("Attendance") + 1, 999)
    ws.insert_rows(2)
    ws.cell(2, headers.index("Title") + 1, "Brand new")
    ws.cell(2, headers.index("Start date") + 1, dt.date(2023, 1, 1))
    ws.cell(2, headers.index("Organizers") + 1, "Fresh Org")
    wb.save(exported)
    before = dump(database, skip=("change_log",))
    result = import_file(database, exported)
    assert (result.inserted, result.updated) == (1, 1)
    undone = undo_batch(database, result.batch_id)
    assert (undone.removed, undone.restored, undone.removed_records) == (1, 1, 1)
    after = dump(database, skip=("change_log",))
    for table in ("event", "organization", "event_organizer", "program_item", "event_speaker"):
        assert _content(before[table]) == _content(after[table]), table
    with pytest.raises(UndoError):
        undo_batch(database, result.batch_id)


def _content(rows: list[tuple]) -> list[tuple]:
    """Rows without ids, versions and times (an undo rewrites those)."""
    return sorted(
        (tuple(v for v in row if not isinstance(v, dt.datetime | int)) for row in rows), key=repr
    )


def test_cancel_leaves_the_database_unchanged(database, tmp_path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Title", "Date"])
    for n in range(30):
        ws.append([f"Event {n}", dt.date(2024, 1, 1) + dt.timedelta(days=n)])
    wb.save(tmp_path / "x.xlsx")
    table = read_table(tmp_path / "x.xlsx")
    plan = preview(database, table, guess_mapping(table.headers))
    before = dump(database)
    with pytest.raises(ImportCancelled):
        apply_import(database, plan, cancelled=lambda: True, backup=False)
    assert dump(database) == before


def test_a_mapping_saves_and_loads_by_header(tmp_path: Path) -> None:
    headers = ["Дата", "Название", "Регион", "Something"]
    mapping = guess_mapping(headers)
    mapping.columns["description"] = 3
    mapping.save(tmp_path / "m.json", headers)
    moved = ["Регион", "Something", "Дата", "Название"]
    loaded = ColumnMapping.load(tmp_path / "m.json", moved)
    assert loaded.columns == {"region": 0, "description": 1, "start_date": 2, "title": 3}


def test_every_export_header_maps_to_a_field() -> None:
    headers = [c[0] for c in EVENT_COLUMNS]
    mapping = guess_mapping(headers)
    unmapped = [h for i, h in enumerate(headers) if i not in mapping.columns.values()]
    assert unmapped == ["Anniversary (computed)"]


def test_what_an_import_writes_is_what_a_form_save_writes(database, tmp_path) -> None:
    """The search column and the change log of bulk-inserted events match the store's own."""
    with database.sessions.begin() as session:
        EventStore(session).organization("Azerbaijani Youth Union")
    wb = Workbook()
    ws = wb.active
    ws.append(["Title", "Date", "End date", "Event type", "Occasion", "Region", "City",
               "Venue", "Organizers", "Speakers", "Program", "Attendance", "Description",
               "Status", "Source URL"])
    ws.append(["Вечер памяти", dt.date(2025, 2, 26), dt.date(2025, 2, 27), "memorial event",
               "Khojaly genocide", "RU-PRI", "Vladivostok", "Дом дружбы",
               "Azerbaijani Youth Union; Новый союз (co-organizer)",
               "Иван Петров | председатель | Azerbaijani Youth Union; Ali Aliyev (host)",
               "minute of silence; speech (opening)", 120, "Первая строка", "verified",
               "https://example.org/a"])
    ws.append(["Novruz", "2024-03", None, "concert", None, "Челябинская область",
               "Some Village Zzz", None, "Новый союз", None, None, "300 человек", None, None,
               "https://example.org/a"])
    wb.save(tmp_path / "x.xlsx")
    result = import_file(database, tmp_path / "x.xlsx")
    assert (result.inserted, result.errors) == (2, 0)
    with database.sessions() as session:
        for event in session.scalars(select(Event)):
            assert event.search_text == search_text(event), event.title
            logged = session.scalar(select(ChangeLog.changes).where(
                ChangeLog.record_uuid == event.uuid, ChangeLog.action == "insert"))
            assert logged == {k: [None, v] for k, v in snapshot(event).items()
                              if v is not None}, event.title
        sources = session.scalars(select(Event)).all()
        assert {s.url for e in sources for s in e.sources} == {"https://example.org/a"}


def test_the_preview_streams_with_progress_and_stops_on_cancel(database, tmp_path) -> None:
    wb = Workbook(write_only=True)  # no <dimension>: the row count comes from the sheet XML
    ws = wb.create_sheet("Events")
    ws.append(["Title", "Date"])
    for n in range(700):
        ws.append([f"Event {n}", dt.date(2024, 1, 1) + dt.timedelta(days=n)])
    wb.save(tmp_path / "x.xlsx")
    table = read_table(tmp_path / "x.xlsx")
    assert table.row_count == 700 and table.held is None  # the rows are not in memory
    reports: list[tuple[int, int]] = []
    plan = preview(database, table, guess_mapping(table.headers),
                   progress=lambda done, total: reports.append((done, total)))
    assert plan.count("insert") == 700
    assert reports[0] == (0, 700) and reports[-1] == (700, 700)
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)
    # the plans keep what the write needs, not the parsed rows
    assert all(row.data is None and row.resolved is not None for row in plan.rows)
    with pytest.raises(ImportCancelled):
        preview(database, table, guess_mapping(table.headers), cancelled=lambda: True)


def test_a_csv_file_imports(database, tmp_path) -> None:
    path = tmp_path / "events.csv"
    path.write_text("Название;Дата;Регион\nВечер памяти;26.02.2025;Приморский край\n"
                    "Novruz;20.03.2025;\n", encoding="utf-8")
    result = import_file(database, path)
    assert (result.inserted, result.errors) == (2, 0)
    with database.sessions() as session:
        assert set(session.scalars(select(Event.title))) == {"Вечер памяти", "Novruz"}


def test_the_import_reports_its_progress_in_order_and_ends_at_the_total(
    database, tmp_path, monkeypatch
) -> None:
    """The writing step reports after each batch of new rows and every 50 updates, so a long
    import's bar moves forward and ends full (mutation testing found these figures unread).
    Batches of 100 rows here: two batches show the same as 1,100 rows in batches of 1,000."""
    from desktop.importing import apply

    monkeypatch.setattr(apply, "BATCH", 100)
    new = apply.BATCH + 100
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Events")
    ws.append(["Title", "Date"])
    for n in range(new):
        ws.append([f"Event {n}", dt.date(2020, 1, 1) + dt.timedelta(days=n)])
    wb.save(tmp_path / "new.xlsx")
    reports: list[tuple[int, int]] = []
    table = read_table(tmp_path / "new.xlsx")
    plan = preview(database, table, guess_mapping(table.headers))
    apply_import(database, plan, progress=lambda done, total: reports.append((done, total)),
                 backup=False)
    assert reports == [(apply.BATCH, new), (new, new), (new, new)]

    export_workbook(database, tmp_path / "copy.xlsx", ReportOptions(sheets=("events",)))
    book = load_workbook(tmp_path / "copy.xlsx")
    sheet = book.worksheets[0]
    title_column = [c.value for c in sheet[1]].index("Title") + 1
    for row in range(2, 2 + 120):
        sheet.cell(row, title_column).value = f"Renamed {row}"
    book.save(tmp_path / "copy.xlsx")
    reports.clear()
    table = read_table(tmp_path / "copy.xlsx")
    plan = preview(database, table, guess_mapping(table.headers))
    apply_import(database, plan, progress=lambda done, total: reports.append((done, total)),
                 backup=False)
    assert reports == [(50, 120), (100, 120), (120, 120)]
