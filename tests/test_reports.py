"""The Excel export, read back with openpyxl: values, types, formats, totals, safety.

Every summary is checked against a count made here, independently, from the
events sheet of the same file, so a wrong GROUP BY or period bucket shows up.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db.engine import Database
from db.event_store import (
    EventInput,
    EventStore,
    OrganizerInput,
    ProgramInput,
    SourceInput,
    SpeakerInput,
)
from db.models import DatePrecision, EventStatus, OrganizerRole
from db.queries import EventFilter
from desktop.reports import (
    ALL_SHEETS,
    ExportCancelled,
    ReportError,
    ReportOptions,
    export_workbook,
)
from desktop.reports.rows import iter_event_batches

SEED_SOURCE = SourceInput(
    publisher="Trend",
    passed_on_by="State Committee on Work with Diaspora of Azerbaijan",
    published_on=dt.date(2025, 3, 4),
    language="en",
    dateline="BAKU, Azerbaijan, March 4",
    scale="national",
    full_text="Commemorative events dedicated to the 33rd anniversary of the Khojaly genocide...",
)


def _between(**fields) -> EventInput:
    return EventInput(
        start_date=dt.date(2025, 2, 26),
        end_date=dt.date(2025, 3, 4),
        date_precision=DatePrecision.BETWEEN,
        event_type="memorial event",
        occasion="Khojaly genocide",
        anniversary=33,
        country="Russia",
        source=SEED_SOURCE,
        **fields,
    )


SEED_EVENTS = [
    _between(
        title="Memorial event for the 33rd anniversary of the Khojaly genocide, Vladivostok",
        region="Primorsky Krai",
        city="Vladivostok",
        organizers=[OrganizerInput("Friendship")],
        speakers=[SpeakerInput("Ramiz Zeynalov", "chairman", "Friendship")],
        program=[ProgramInput("speech"), ProgramInput("video screening")],
    ),
    _between(
        title="Khojaly genocide memorial event, Chelyabinsk region",
        region="Chelyabinsk region",
        organizers=[
            OrganizerInput("Public organization of Azerbaijanis in the Chelyabinsk region")
        ],
        speakers=[
            SpeakerInput(
                "Arshad Khankishiyev",
                "head",
                "Public organization of Azerbaijanis in the Chelyabinsk region",
            )
        ],
        program=[
            ProgramInput("minute of silence"),
            ProgramInput("speech", "history of the genocide"),
            ProgramInput("open discussion"),
            ProgramInput("video screening"),
        ],
    ),
    _between(
        title="Ceremony for the 33rd anniversary of the Khojaly genocide, Krasnoyarsk",
        region="Krasnoyarsk Territory",
        organizers=[
            OrganizerInput("Regional Azerbaijani National-Cultural Autonomy"),
            OrganizerInput(
                "Union of Azerbaijani Youth of the Krasnoyarsk territory",
                OrganizerRole.CO_ORGANIZER,
            ),
        ],
        speakers=[
            SpeakerInput(
                "Haji Mutallib Ibishov",
                "Deputy Chairman for Religious and Spiritual Issues",
                "Regional Azerbaijani National-Cultural Autonomy",
            ),
            SpeakerInput("Nazim Aliyev", "witness"),
            SpeakerInput(
                "Telman Tamoyev",
                "Deputy Chairman",
                "Regional Azerbaijani National-Cultural Autonomy",
            ),
        ],
        program=[ProgramInput("minute of silence"), ProgramInput("speech")],
    ),
]


def save_all(database: Database, events: list[EventInput]) -> None:
    with database.sessions.begin() as session:
        store = EventStore(session, user="tester")
        for data in events:
            store.save(data)


def export(database: Database, out: Path, **options) -> Path:
    export_workbook(database, out, ReportOptions(**options))
    return out


def table(ws) -> list[dict[str, object]]:
    """A sheet's data rows as dicts keyed by the header (stops at the first blank row)."""
    rows = ws.iter_rows(values_only=True)
    headers = next(rows)
    result = []
    for row in rows:
        if all(v is None for v in row):
            break
        result.append(dict(zip(headers, row, strict=False)))
    return result


def cover_pairs(ws) -> list[tuple[object, object]]:
    return [(row[0], row[1] if len(row) > 1 else None) for row in ws.iter_rows(values_only=True)]


@pytest.fixture
def seeded(database_with) -> Database:
    """The seed's events (saved once, copied for each test)."""
    return database_with(_seed)


def _seed(database: Database) -> None:
    save_all(database, SEED_EVENTS)


# --- the seed ---------------------------------------------------------------------


def test_seed_export_has_three_events_one_per_region(seeded: Database, tmp_path: Path):
    out = export(seeded, tmp_path / "seed.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == [
        "Cover",
        "Events",
        "Per region",
        "Per organization",
        "Per occasion",
        "Speakers",
        "Program",
        "Organizers",
        "Organizations",
        "How these figures are counted",
    ]
    events = table(wb["Events"])
    assert len(events) == 3
    assert sorted(e["Region code"] for e in events) == ["RU-CHE", "RU-KYA", "RU-PRI"]
    assert {e["Anniversary (reported)"] for e in events} == {33}
    assert {e["Anniversary (computed)"] for e in events} == {33}
    assert {e["Date precision"] for e in events} == {"between"}
    krasnoyarsk = next(e for e in events if e["Region code"] == "RU-KYA")
    assert krasnoyarsk["Organizers"] == (
        "Regional Azerbaijani National-Cultural Autonomy; "
        "Union of Azerbaijani Youth of the Krasnoyarsk territory (co-organizer)"
    )
    assert krasnoyarsk["Speakers"].startswith(
        "Haji Mutallib Ibishov (Deputy Chairman for Religious and Spiritual Issues, "
        "Regional Azerbaijani National-Cultural Autonomy); Nazim Aliyev (witness); "
    )
    chelyabinsk = next(e for e in events if e["Region code"] == "RU-CHE")
    assert chelyabinsk["Program"] == (
        "minute of silence → speech (history of the genocide) → open discussion → video screening"
    )
    primorsky = next(e for e in events if e["Region code"] == "RU-PRI")
    assert primorsky["City"] == "Vladivostok"
    assert primorsky["Source publisher"] == "Trend"
    assert len(primorsky["Event UUID"]) == 36

    # real dates with a date format, integers as numbers
    ws = wb["Events"]
    headers = [c.value for c in ws[1]]
    for name in ("Start date", "End date", "Published", "Created (UTC)"):
        cell = ws.cell(row=2, column=headers.index(name) + 1)
        assert isinstance(cell.value, dt.datetime), name
        assert cell.is_date and "yy" in cell.number_format, name
    assert ws.cell(row=2, column=headers.index("Start date") + 1).value == dt.datetime(2025, 2, 26)
    assert ws.cell(row=2, column=headers.index("End date") + 1).value == dt.datetime(2025, 3, 4)
    assert ws.cell(row=2, column=headers.index("Anniversary (reported)") + 1).data_type == "n"

    regions = [r for r in table(wb["Per region"]) if r["Region"]]
    assert len(regions) == 3
    assert all(r["Total"] == 1 for r in regions)
    assert {r["ISO code"] for r in regions} == {"RU-PRI", "RU-CHE", "RU-KYA"}

    organizations = [r for r in table(wb["Per organization"]) if r["Organization"] != "Total"]
    assert len(organizations) == 4
    assert all(r["Total"] == 1 for r in organizations)

    occasions = [r for r in table(wb["Per occasion"]) if r["Occasion"] != "Total"]
    assert {(r["Occasion"], r["Anniversary"]) for r in occasions} == {("Khojaly genocide", 33)}
    assert len(occasions) == 3

    assert len(table(wb["Speakers"])) == 5
    assert [
        r["Program item"] for r in table(wb["Program"]) if r["Region"] == chelyabinsk["Region"]
    ] == ["minute of silence", "speech", "open discussion", "video screening"]

    cover = dict(cover_pairs(wb["Cover"]))
    assert cover["Events"] == 3
    assert cover["Regions"] == 3
    assert cover["Organizations"] == 4
    # The events lie between 26 February and 4 March (the per-month sheets count them in
    # both months); the cover's span said "2025-02-26 – 2025-02-26".
    assert cover["Period"] == "2025-02-26 – 2025-03-04 (all dates in the data)"
    assert isinstance(cover["Made on"], dt.datetime)
    assert cover["App"].startswith("Diaspora Events ")


def test_events_sheet_layout(seeded: Database, tmp_path: Path):
    wb = load_workbook(export(seeded, tmp_path / "seed.xlsx"))
    ws = wb["Events"]
    assert ws.freeze_panes == "A2"
    last = ws.cell(row=1, column=ws.max_column).column_letter
    assert ws.auto_filter.ref == f"A1:{last}4"  # filter buttons on every column
    named = wb.defined_names["EventsList"]  # a name for pivots and lookups
    assert named.attr_text == f"'Events'!$A$1:${last}$4"
    assert ws["A1"].font.bold
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    # one page across, legible: the details (UUID, codes, stamps...) are collapsed, unprinted
    assert ws.page_setup.fitToWidth in (None, 1)  # 1 is the default, left out
    assert ws.column_dimensions["A"].hidden and ws.column_dimensions["A"].outlineLevel == 1
    assert ws.print_title_rows == "$1:$1"
    widths = {letter: dim.width for letter, dim in ws.column_dimensions.items()}
    assert widths["A"] >= 36  # a UUID fits
    assert all(6 <= w <= 61 for w in widths.values())  # Excel adds its padding to widths
    with zipfile.ZipFile(tmp_path / "seed.xlsx") as archive:
        assert any(name.startswith("xl/charts/chart") for name in archive.namelist())


# --- summaries equal independent counts -----------------------------------------

REGIONS = {
    "RU": ["Primorsky Krai", "Chelyabinsk region", "Krasnoyarsk Krai", "Moscow"],
    "AZ": ["Baku"],
    "GE": ["Kvemo Kartli"],
}
ORGANIZATIONS = ["Friendship", "Vətən", "Азербайджанская автономия", "Union of Youth", "Birlik"]
TYPES = ["memorial event", "conference", "concert", None]
OCCASIONS = ["Khojaly genocide", "20 January tragedy", None]


def random_events(count: int, seed: int) -> list[EventInput]:
    rnd = random.Random(seed)
    events = []
    for index in range(count):
        country = rnd.choice(list(REGIONS))
        region = rnd.choice([*REGIONS[country], None]) if rnd.random() < 0.9 else None
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(0, 600))
        events.append(
            EventInput(
                title=f"Event {index}",
                start_date=day,
                event_type=rnd.choice(TYPES),
                occasion=rnd.choice(OCCASIONS),
                country=country,
                region=region,
                organizers=[
                    OrganizerInput(name) for name in rnd.sample(ORGANIZATIONS, rnd.randint(0, 2))
                ],
                speakers=[
                    SpeakerInput(f"Speaker {rnd.randrange(8)}", "guest")
                    for _ in range(rnd.randint(0, 3))
                ],
                program=[
                    ProgramInput(rnd.choice(["speech", "concert", "minute of silence"]))
                    for _ in range(rnd.randint(0, 3))
                ],
                status=rnd.choice(list(EventStatus)),
            )
        )
    return events


def period_of(day: dt.date, granularity: str) -> str:
    if granularity == "month":
        return f"{day.year}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year} Q{(day.month - 1) // 3 + 1}"
    return str(day.year)


@pytest.mark.parametrize("granularity", ["month", "quarter", "year"])
def test_summaries_equal_counts_from_the_events_sheet(
    database: Database, tmp_path: Path, granularity: str
):
    save_all(database, random_events(50, seed=len(granularity)))
    wb = load_workbook(export(database, tmp_path / "r.xlsx", granularity=granularity))
    events = table(wb["Events"])
    assert len(events) == 50

    def day(value: dt.datetime) -> dt.date:
        return value.date()

    # per region x period
    expected = Counter(
        (
            e["Country"] or "(no country)",
            e["Region"] or "(no region)",
            period_of(day(e["Start date"]), granularity),
        )
        for e in events
    )
    ws = wb["Per region"]
    rows = list(ws.iter_rows(values_only=True))
    headers = rows[0]
    periods = [h for h in headers[3:-1]]
    found: Counter = Counter()
    grand = None
    for row in rows[1:]:
        if row[0] == "Total":
            grand = row
            break
        if row[1] is None:  # a country subtotal
            continue
        assert row[-1] == sum(row[3:-1])
        for period, value in zip(periods, row[3:-1], strict=True):
            if value:
                found[(row[0], row[1], period)] += value
    assert found == expected
    assert grand is not None and grand[-1] == 50
    assert list(grand[3:-1]) == [
        sum(n for (_, _, p), n in expected.items() if p == period) for period in periods
    ]
    assert periods == sorted(periods)

    # per organization x event type
    expected_orgs: Counter = Counter()
    for e in events:
        for organizer in (e["Organizers"] or "").split("; "):
            if organizer:
                expected_orgs[(organizer, e["Event type"] or "(no type)")] += 1
    org_rows = list(wb["Per organization"].iter_rows(values_only=True))
    types = org_rows[0][3:-1]
    found_orgs: Counter = Counter()
    for row in org_rows[1:]:
        if row[0] == "Total":
            assert row[-1] == sum(expected_orgs.values())
            break
        for event_type, value in zip(types, row[3:-1], strict=True):
            if value:
                found_orgs[(row[0], event_type)] += value
    assert found_orgs == expected_orgs

    # per occasion x region
    expected_occasions = Counter(
        (
            e["Occasion"] or "(no occasion)",
            e["Anniversary (computed)"] or e["Anniversary (reported)"],
            e["Region"] or "(no region)",
        )
        for e in events
    )
    found_occasions: Counter = Counter()
    for row in table(wb["Per occasion"]):
        if row["Occasion"] == "Total":
            assert row["Events"] == 50
            continue
        found_occasions[(row["Occasion"], row["Anniversary"], row["Region"])] += row["Events"]
    assert found_occasions == expected_occasions

    # child sheets: one row per speaker and per program item, keyed by the event UUID
    by_uuid = {e["Event UUID"]: e for e in events}
    speakers = Counter(r["Event UUID"] for r in table(wb["Speakers"]))
    program = Counter(r["Event UUID"] for r in table(wb["Program"]))
    for event_uuid, event in by_uuid.items():
        assert speakers[event_uuid] == len([s for s in (event["Speakers"] or "").split("; ") if s])
        assert program[event_uuid] == len([p for p in (event["Program"] or "").split(" → ") if p])
    assert set(speakers) <= set(by_uuid) and set(program) <= set(by_uuid)

    cover = dict(cover_pairs(wb["Cover"]))
    assert cover["Events"] == 50
    assert cover["Regions"] == len({e["Region code"] for e in events if e["Region code"]})
    assert cover["Organizations"] == len({org for org, _ in expected_orgs})


def test_keyset_batches_return_every_event_once_in_order(database: Database):
    save_all(database, random_events(40, seed=3))
    with database.sessions() as session:
        batches = list(iter_event_batches(session, EventFilter(), batch_size=7))
    assert [len(b) for b in batches] == [7, 7, 7, 7, 7, 5]
    keys = [(r.start_date, r.id) for batch in batches for r in batch]
    assert keys == sorted(keys) and len(set(keys)) == 40


# --- filters -----------------------------------------------------------------------


def test_filtered_export_states_filters_and_keeps_only_matching_events(
    database: Database, tmp_path: Path
):
    events = random_events(30, seed=11)
    save_all(database, events)
    date_from, date_to = dt.date(2024, 3, 1), dt.date(2024, 8, 31)
    flt = EventFilter(date_from=date_from, date_to=date_to)
    wb = load_workbook(export(database, tmp_path / "f.xlsx", event_filter=flt))
    expected = sorted(e.title for e in events if date_from <= e.start_date <= date_to)
    rows = table(wb["Events"])
    assert sorted(r["Title"] for r in rows) == expected
    assert all(date_from <= r["Start date"].date() <= date_to for r in rows)
    cover = cover_pairs(wb["Cover"])
    assert ("Period", "2024-03-01 – 2024-08-31") in cover
    assert ("Filters", "Period: 2024-03-01 – 2024-08-31") in cover
    headers = next(wb["Per region"].iter_rows(values_only=True))
    assert headers[3] == "2024-03" and headers[-2] == "2024-08"  # every month of the period
    speakers = {r["Event UUID"] for r in table(wb["Speakers"])}
    assert speakers <= {r["Event UUID"] for r in rows}


def test_sheet_selection(seeded: Database, tmp_path: Path):
    wb = load_workbook(export(seeded, tmp_path / "s.xlsx", sheets=("per_region", "cover")))
    assert wb.sheetnames == ["Cover", "Per region", "How these figures are counted"]
    with pytest.raises(ReportError, match="Unknown report sheet"):
        export(seeded, tmp_path / "bad.xlsx", sheets=("pie",))


# --- formula injection ----------------------------------------------------------------

PAYLOAD = '=HYPERLINK("http://x","click")'


def test_text_that_looks_like_a_formula_stays_text(database: Database, tmp_path: Path):
    save_all(
        database,
        [
            EventInput(
                title="=1+1",
                start_date=dt.date(2025, 2, 26),
                country="RU",
                region="Primorsky Krai",
                venue="+7 (423) 555-01-02",
                place_as_written="-2+3",
                description="#N/A",
                organizers=[OrganizerInput("@SUM(A1:A2)")],
                speakers=[SpeakerInput(PAYLOAD, "=cmd|' /C calc'!A0")],
                program=[ProgramInput("speech", "\tcmd"), ProgramInput("speech", "\r=2")],
            )
        ],
    )
    out = export(database, tmp_path / "x.xlsx")
    wb = load_workbook(out)
    events = wb["Events"]
    headers = [c.value for c in events[1]]
    row = {h: events.cell(row=2, column=i + 1) for i, h in enumerate(headers)}
    assert row["Title"].value == "=1+1"
    assert row["Venue"].value == "+7 (423) 555-01-02"
    assert row["Place as written"].value == "-2+3"
    assert row["Description"].value == "#N/A"
    assert row["Organizers"].value == "@SUM(A1:A2)"
    for cell in row.values():
        if isinstance(cell.value, str):
            assert cell.data_type == "s", cell.coordinate
    # the quote prefix keeps them text when someone edits the cell in Excel; plain text has none
    risky = ("Title", "Venue", "Place as written", "Description", "Organizers")
    assert [h for h in risky if not row[h].quotePrefix] == []
    assert row["Country"].value and not row["Country"].quotePrefix
    speakers = wb["Speakers"]
    headers = [c.value for c in speakers[1]]
    speaker = {h: speakers.cell(row=2, column=i + 1) for i, h in enumerate(headers)}
    assert speaker["Speaker"].value == PAYLOAD and speaker["Speaker"].data_type == "s"
    assert speaker["Role"].value == "=cmd|' /C calc'!A0" and speaker["Role"].data_type == "s"
    assert speaker["Speaker"].quotePrefix and speaker["Role"].quotePrefix
    program = wb["Program"]
    notes = [c for c in program["I"][1:]]
    assert [c.value for c in notes] == ["\tcmd", "\n=2"]  # XML keeps no bare CR
    assert all(c.data_type == "s" and c.quotePrefix for c in notes)
    # and in the XML itself: no formula anywhere, the payload as an inline string
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                xml = archive.read(name).decode("utf-8")
                assert "<f>" not in xml and "<f " not in xml, name
        xml = archive.read("xl/worksheets/sheet2.xml").decode("utf-8")
        assert re.search(r'<c r="B2"[^>]*t="inlineStr"', xml)


# --- cancel, failure, progress --------------------------------------------------------


def _export_temp_folders() -> set[str]:
    """The folders an export keeps its rows in until the file is complete."""
    return {p.name for p in Path(tempfile.gettempdir()).glob("diaspora-export-*")}


def test_cancel_leaves_no_file_and_keeps_the_old_one(seeded: Database, tmp_path: Path):
    tmp_path = tmp_path / "reports"
    tmp_path.mkdir()
    out = tmp_path / "report.xlsx"
    before = _export_temp_folders()
    with pytest.raises(ExportCancelled):
        export_workbook(
            seeded, out, ReportOptions(), progress=lambda d, t: None, cancelled=lambda: True
        )
    assert list(tmp_path.iterdir()) == []
    out.write_bytes(b"the old report")
    calls: list[tuple[int, int]] = []

    def cancel_after_start() -> bool:
        return bool(calls)

    with pytest.raises(ExportCancelled):
        export_workbook(
            seeded,
            out,
            ReportOptions(),
            progress=lambda d, t: calls.append((d, t)),
            cancelled=cancel_after_start,
        )
    assert out.read_bytes() == b"the old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]
    assert _export_temp_folders() <= before


def test_progress_reaches_the_total(seeded: Database, tmp_path: Path):
    calls: list[tuple[int, int]] = []
    summary = export_workbook(
        seeded, tmp_path / "p.xlsx", ReportOptions(), progress=lambda d, t: calls.append((d, t))
    )
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    assert all(d <= t for d, t in calls)
    assert summary.events == 3 and summary.bytes > 0 and summary.sheets == ALL_SHEETS


def test_unwritable_targets_give_a_clear_error(seeded: Database, tmp_path: Path, monkeypatch):
    missing = tmp_path / "no such folder" / "report.xlsx"
    with pytest.raises(ReportError, match="does not exist") as error:
        export(seeded, missing)
    assert str(missing) in str(error.value)

    with pytest.raises(ReportError, match="is a folder"):
        export(seeded, tmp_path)

    tmp_path = tmp_path / "reports"
    tmp_path.mkdir()
    out = tmp_path / "locked.xlsx"
    out.write_bytes(b"open in Excel")

    def locked(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("desktop.output_file.os.replace", locked)
    with pytest.raises(ReportError, match="close it") as error:
        export(seeded, out)
    assert str(out) in str(error.value)
    assert out.read_bytes() == b"open in Excel"
    assert [p.name for p in tmp_path.iterdir()] == ["locked.xlsx"]


def test_importing_the_package_does_not_load_openpyxl_or_qt():
    code = (
        "import sys, desktop.reports; "
        "assert 'openpyxl' not in sys.modules, 'openpyxl'; "
        "assert 'xlsxwriter' not in sys.modules, 'xlsxwriter'; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[1])


# --- sheets made on request --------------------------------------------------------------


def test_speaker_summary_and_coverage_gaps(seeded: Database, tmp_path: Path):
    from sqlalchemy import select

    from db.models import Occasion

    save_all(
        seeded,
        [
            EventInput(
                title="Black January evening",
                start_date=dt.date(2025, 1, 20),
                occasion="20 January tragedy",
                country="RU",
                region="Moscow",
                organizers=[OrganizerInput("Vətən")],
                speakers=[SpeakerInput("Ramiz Zeynalov", "guest", "Vətən")],
            ),
        ],
    )
    with seeded.sessions() as session:
        khojaly = session.scalar(select(Occasion.id).where(Occasion.name == "Khojaly genocide"))
    flt = EventFilter(occasion_id=khojaly)
    wb = load_workbook(
        export(
            seeded,
            tmp_path / "gaps.xlsx",
            event_filter=flt,
            sheets=("cover", "speaker_summary", "coverage_gaps"),
        )
    )
    assert wb.sheetnames == ["Cover", "Speaker summary", "Coverage gaps",
                             "How these figures are counted"]
    assert ("Filters", "Occasion: Khojaly genocide") in cover_pairs(wb["Cover"])
    speakers = {r["Speaker"]: r for r in table(wb["Speaker summary"])}
    assert speakers["Ramiz Zeynalov"]["Events"] == 1  # the January event is filtered out
    assert speakers["Ramiz Zeynalov"]["Roles"] == "chairman"
    assert len(speakers) == 5
    rows = [r for r in wb["Coverage gaps"].iter_rows(values_only=True)]
    regions_at = rows.index(next(r for r in rows if str(r[0]).startswith("Regions")))
    orgs_at = rows.index(next(r for r in rows if str(r[0]).startswith("Organizations")))
    assert [r[0] for r in rows[regions_at + 2 : orgs_at - 1]] == ["Moscow"]
    assert [r[0] for r in rows[orgs_at + 2 :]] == ["Vətən"]

    wb = load_workbook(export(seeded, tmp_path / "no-occasion.xlsx", sheets=("coverage_gaps",)))
    assert "Choose an occasion" in wb["Coverage gaps"]["A2"].value


def test_empty_database_gives_a_complete_workbook(database: Database, tmp_path: Path):
    wb = load_workbook(export(database, tmp_path / "empty.xlsx"))
    assert len(wb.sheetnames) == len(ALL_SHEETS) + 1  # and how figures are counted
    assert not any(cell.value for cell in wb["Events"][2])  # no event row, a note below
    assert dict(cover_pairs(wb["Cover"]))["Events"] == 0
    assert [r[0] for r in wb["Per region"].iter_rows(values_only=True)] == ["Country", "Total"]


def test_table_writer_streams_past_the_width_sample(tmp_path: Path):
    from desktop.reports.xlsx import Book, TableWriter

    book = Book(tmp_path / "t.xlsx", "T", "tester")
    writer = TableWriter(book.sheet("T"), ["Name", "Day", "Count"], sample=20)
    names = ["Zərifə Məmmədova", "Гюльнара Гусейнова", "=1+2", "x" * 200]
    for index in range(500):
        writer.append([names[index % 4], dt.date(2025, 1, 1) + dt.timedelta(days=index), index])
    assert writer.close() == 500
    book.close()
    ws = load_workbook(tmp_path / "t.xlsx")["T"]
    assert ws.max_row == 501 and ws.auto_filter.ref == "A1:C501"
    assert ws["A4"].value == "=1+2" and ws["A4"].data_type == "s" and ws["A4"].quotePrefix
    assert ws["B501"].value == dt.datetime(2026, 5, 15) and ws["B501"].is_date
    assert ws.column_dimensions["A"].width == pytest.approx(60, abs=1)  # capped
    assert ws.column_dimensions["B"].width == pytest.approx(12, abs=1)


def test_a_text_of_several_lines_gets_a_row_tall_enough(database: Database, tmp_path: Path):
    """An imported title with a line break printed over the row above (LibreOffice) or on
    one line (Excel): its cell wraps, and its row is as tall as its lines."""
    with database.sessions.begin() as session:
        EventStore(session).save(EventInput(
            title="День независимости Украины:\nконцерт", start_date=dt.date(2025, 8, 24),
            description="Первая строка\nвторая\nтретья"))
        EventStore(session).save(EventInput(title="One line", start_date=dt.date(2025, 8, 25)))
    out = tmp_path / "r.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("events",)))
    sheet = load_workbook(out)["Events"]
    rows = {sheet.cell(r, 2).value: r for r in range(2, sheet.max_row + 1)}
    several = rows["День независимости Украины:\nконцерт"]
    assert sheet.cell(several, 2).alignment.wrap_text
    assert sheet.row_dimensions[several].height >= 3 * 15  # the description's three lines
    assert sheet.row_dimensions[rows["One line"]].height is None
