"""What an import would do, row by row, before anything is written.

Every row becomes an :class:`~db.event_store.EventInput`, is validated by the
event store's own rules and gets one action: insert, update, unchanged,
duplicate (of a stored event or of an earlier row), stale (the stored event is
newer than the file's copy), or error. Problems are named by cell ("C14: ...")
so a clerk can go straight to it; new organizations and people are listed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.event_store import EventInput, ProgramInput, SourceInput, SpeakerInput
from db.models import DatePrecision, Event, EventStatus, PlacePrecision
from db.names import normalize
from desktop.importing import parse
from desktop.importing.mapping import FIELDS, ColumnMapping
from desktop.importing.reader import SheetRow, Table, cell_name
from desktop.importing.resolve import ImportStore, NewRecord, Resolved
from desktop.importing.state import SOURCE_KEYS, StoredEvent, load_events

ACTIONS = ("insert", "update", "unchanged", "duplicate", "stale", "error")
WRITES = ("insert", "update")

# Which snapshot keys (or source keys) a mapped field decides.
_COMPARED: dict[str, tuple[str, ...]] = {
    "title": ("title",), "start_date": ("start_date",), "end_date": ("end_date",),
    "date_precision": ("date_precision",), "event_type": ("event_type",),
    "occasion": ("occasion",), "anniversary": ("anniversary",), "country": ("country",),
    "country_code": ("country",), "region": ("region",), "region_code": ("region",),
    "city": ("city", "place_as_written"), "venue": ("venue",),
    "place_as_written": ("place_as_written",), "place_precision": ("place_precision",),
    "organizers": ("organizers",), "speakers": ("speakers",), "program": ("program",),
    "attendance": ("attendance",), "description": ("description",), "status": ("status",),
    "source_publisher": ("source_publisher",), "source_passed_on_by": ("source_passed_on_by",),
    "source_published": ("source_published",), "source_url": ("source_url",),
}
# Which column a store FieldError belongs to (first mapped one wins).
_ERROR_COLUMNS: dict[str, tuple[str, ...]] = {
    "country": ("country_code", "country"), "region": ("region_code", "region"),
    "end_date": ("end_date", "date_precision"),
}
_REFERENCE_KINDS = {"country": "country", "region": "region", "event_type": "event_type",
                    "occasion": "occasion"}
TIME_SLACK = dt.timedelta(milliseconds=2)
"""Excel keeps times to the millisecond; closer than this counts as the same time."""


@dataclass(frozen=True)
class Problem:
    cell: str
    message: str

    def __str__(self) -> str:
        return f"{self.cell}: {self.message}"


@dataclass
class RowPlan:
    """One sheet row and what the import will do with it."""

    number: int
    action: str
    data: EventInput | None = None
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    resolved: Resolved | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    """created_at, created_by, updated_at, updated_by read from the file."""


@dataclass
class ImportPreview:
    """Everything the wizard shows before the user says "import"."""

    path: str
    sheet: str
    headers: list[str]
    mapping: ColumnMapping
    rows: list[RowPlan]
    new_organizations: list[NewRecord]
    new_people: list[NewRecord]
    warnings: list[str] = field(default_factory=list)
    child_fields: tuple[str, ...] = ()

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def counts(self) -> dict[str, int]:
        return {action: self.count(action) for action in ACTIONS}

    @property
    def problems(self) -> list[Problem]:
        return [p for row in self.rows for p in row.problems]

    @property
    def fields(self) -> set[str]:
        """The fields the file decides: mapped columns plus an export's child sheets."""
        return set(self.mapping.columns) | set(self.child_fields)


Progress = Callable[[int, int], None]


def preview(
    database: Database,
    table: Table,
    mapping: ColumnMapping,
    progress: Progress | None = None,
) -> ImportPreview:
    """Plan the import of ``table`` with ``mapping``; reads the database, writes nothing."""
    with database.sessions() as session:
        return build_preview(session, table, mapping, progress)


def build_preview(
    session: Session, table: Table, mapping: ColumnMapping, progress: Progress | None = None
) -> ImportPreview:
    store = ImportStore(session)
    children = _children(table)
    plans = [_parse_row(store, table, mapping, row, children) for row in table.rows]
    if progress:
        progress(len(plans) // 3, len(plans))
    candidates = [p for p in plans if p.action != "error" and p.data and p.data.uuid]
    stored = load_events(session, [p.data.uuid for p in candidates if p.data and p.data.uuid])
    fields = set(mapping.columns) | set(children)
    _classify(session, plans, stored, fields)
    if progress:
        progress(len(plans), len(plans))
    used = {r for p in plans if p.action in WRITES for r in [p.number]}
    new = [r for r in store.new_records.values() if set(r.rows) & used]
    missing = mapping.missing_required()
    warnings = list(table.warnings)
    if missing:
        warnings.insert(0, "No column is mapped to: " + ", ".join(missing) + ".")
    return ImportPreview(
        path=str(table.path), sheet=table.sheet, headers=table.headers, mapping=mapping,
        rows=plans,
        new_organizations=[r for r in new if r.kind == "organization"],
        new_people=[r for r in new if r.kind == "person"],
        warnings=warnings,
        child_fields=tuple(children),
    )


# --- one row -----------------------------------------------------------------------------


def _children(table: Table) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """An export's Speakers/Program rows grouped by event UUID text."""
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for kind, rows in table.children.items():
        grouped: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            key = parse.text(row.get("Event UUID"))
            if key:
                grouped.setdefault(key.lower(), []).append(row)
        out[kind] = grouped
    return out


class _Cells:
    """Mapped values of one row, with cell names for messages."""

    def __init__(self, mapping: ColumnMapping, row: SheetRow, table: Table):
        self.mapping, self.row, self.table = mapping, row, table
        self.problems: list[Problem] = []

    def cell(self, name: str) -> str:
        column = self.mapping.column(name)
        if column is None:
            return f"row {self.row.number}"
        return cell_name(column, self.row.number)

    def raw(self, name: str) -> Any:
        column = self.mapping.column(name)
        if column is None:
            return None
        coordinate = cell_name(column, self.row.number)
        if self.table.formula_cells.get(coordinate) is False:
            self.problems.append(Problem(coordinate, "holds a formula with no saved value; "
                                                     "type the value itself"))
        return self.row.get(column)

    def text(self, name: str) -> str | None:
        return parse.text(self.raw(name))

    def parsed(self, name: str, result: tuple[Any, str | None]) -> Any:
        value, problem = result
        if problem:
            self.problems.append(Problem(self.cell(name), problem))
        return value


def _parse_row(
    store: ImportStore, table: Table, mapping: ColumnMapping, row: SheetRow,
    children: dict[str, dict[str, list[dict[str, Any]]]],
) -> RowPlan:
    cells = _Cells(mapping, row, table)
    event_uuid = cells.parsed("uuid", parse.parse_uuid(cells.raw("uuid")))
    start = cells.parsed("start_date", parse.parse_date(cells.raw("start_date")))
    end = cells.parsed("end_date", parse.parse_date(cells.raw("end_date")))
    precision = cells.parsed(
        "date_precision", parse.parse_enum(cells.raw("date_precision"), DatePrecision,
                                           "date precision"))
    if precision is None:
        precision = (start[1] if start and start[1] else None) or DatePrecision.DAY
    data = EventInput(
        title=cells.text("title") or "",
        start_date=start[0] if start else None,
        end_date=end[0] if end else None,
        date_precision=precision,
        event_type=cells.text("event_type"),
        occasion=cells.text("occasion"),
        anniversary=cells.parsed("anniversary", parse.parse_int(cells.raw("anniversary"))),
        country=cells.text("country_code") or cells.text("country"),
        region=cells.text("region_code") or cells.text("region"),
        city=cells.text("city"),
        venue=cells.text("venue"),
        place_as_written=cells.text("place_as_written"),
        place_precision=cells.parsed("place_precision", parse.parse_enum(
            cells.raw("place_precision"), PlacePrecision, "place precision")),
        attendance=cells.parsed("attendance", parse.parse_int(cells.raw("attendance"))),
        description=cells.text("description"),
        status=cells.parsed("status", parse.parse_enum(cells.raw("status"), EventStatus,
                                                       "status")) or EventStatus.DRAFT,
        organizers=parse.parse_organizers(cells.raw("organizers")),
        uuid=event_uuid,
        source=SourceInput(
            publisher=cells.text("source_publisher"),
            passed_on_by=cells.text("source_passed_on_by"),
            published_on=(cells.parsed("source_published",
                                       parse.parse_date(cells.raw("source_published")))
                          or (None,))[0],
            url=cells.text("source_url"),
        ),
    )
    key = str(event_uuid).lower() if event_uuid else None
    if key and "speakers" in children:
        data.speakers = [
            SpeakerInput(parse.text(r.get("Speaker")) or "", parse.text(r.get("Role")),
                         parse.text(r.get("Speaker's organization")))
            for r in children["speakers"].get(key, [])
        ]
    else:
        data.speakers = _speakers(store, parse.parse_speakers(cells.raw("speakers")))
    if key and "program" in children:
        data.program = [
            ProgramInput(parse.text(r.get("Code")) or parse.text(r.get("Program item")) or "",
                         parse.text(r.get("Note")))
            for r in children["program"].get(key, [])
        ]
    else:
        data.program = _program(store, cells.raw("program"))
    meta = {
        "created_at": parse.parse_datetime(cells.raw("created_at")),
        "created_by": cells.text("created_by"),
        "updated_at": parse.parse_datetime(cells.raw("updated_at")),
        "updated_by": cells.text("updated_by"),
    }
    for error in store.validate(data):
        cells.problems.append(Problem(_error_cell(cells, error.field),
                                      _reword(store, data, error.field, error.message)))
    plan = RowPlan(row.number, "error" if cells.problems else "insert", data, cells.problems,
                   meta=meta)
    if plan.action != "error":
        plan.resolved = store.resolve(data, row.number)
    return plan


def _speakers(store: ImportStore, speakers: list[SpeakerInput]) -> list[SpeakerInput]:
    """"Name (X)": X is the speaker's organization when it names one, else the role."""
    for speaker in speakers:
        if speaker.role and not speaker.organization:
            found = store.gazetteer.resolve_organization(speaker.role, fuzzy=False)
            if found is not None:
                speaker.organization, speaker.role = speaker.role, None
    return speakers


def _program(store: ImportStore, value: Any) -> list[ProgramInput]:
    items = []
    for item, whole in zip(parse.parse_program(value), parse.split_list(value), strict=True):
        if store._program_type(item.item_type) is None and store._program_type(whole):
            item = ProgramInput(whole)
        items.append(item)
    return items


def _error_cell(cells: _Cells, field_name: str) -> str:
    for name in _ERROR_COLUMNS.get(field_name, (field_name,)):
        if cells.mapping.column(name) is not None:
            return cells.cell(name)
    return cells.cell(field_name)


def _reword(store: ImportStore, data: EventInput, field_name: str, message: str) -> str:
    """Unknown names get the issue's wording and a "did you mean" when one is close."""
    kind = _REFERENCE_KINDS.get(field_name)
    text = getattr(data, field_name, None) if kind else None
    if not kind or not text or not message.lower().startswith("no "):
        return message
    label = FIELDS[field_name].lower()
    name = did_you_mean(store, kind, str(text))
    hint = f'; did you mean "{name}"?' if name else ""
    return f'no {label} named "{text}"{hint}'


def did_you_mean(store: ImportStore, kind: str, text: str) -> str | None:
    """The closest known name by edit distance (the gazetteer's index, read only)."""
    from rapidfuzz import fuzz, process

    index = store.gazetteer._index(kind)
    key = normalize(text)
    if not key or not index.aliases:
        return None
    keys = [alias[0] for alias in index.aliases]
    best = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=60)
    if best is None:
        return None
    _key, _score, position = best
    _alias_key, alias, record_id = index.aliases[position]
    model = {"country": "Country", "region": "Region", "event_type": "EventType",
             "occasion": "Occasion"}[kind]
    import db.models as models

    record = store.session.get(getattr(models, model), record_id)
    return getattr(record, "name", None) or alias


# --- against the database -------------------------------------------------------------------


def _classify(
    session: Session, plans: list[RowPlan], stored: dict[uuid.UUID, StoredEvent],
    fields: set[str],
) -> None:
    keys = sorted({k for name in fields for k in _COMPARED.get(name, ())})
    seen_uuids: dict[uuid.UUID, int] = {}
    for plan in plans:
        if plan.action == "error" or plan.data is None or plan.data.uuid is None:
            continue
        first = seen_uuids.setdefault(plan.data.uuid, plan.number)
        if first != plan.number:
            plan.action = "duplicate"
            plan.notes.append(f"the same event id as row {first}; only row {first} is used")
            continue
        existing = stored.get(plan.data.uuid)
        if existing is not None:
            _against_stored(plan, existing, keys)
    # A row with its own UUID is its own record; only rows without one may be re-entries.
    _flag_duplicates(session, [p for p in plans
                               if p.action == "insert" and p.data and p.data.uuid is None])


def _row_state(plan: RowPlan) -> dict[str, object]:
    assert plan.resolved is not None and plan.data is not None
    source = plan.data.source
    values = (source.publisher, source.passed_on_by, source.published_on, source.url)
    return {**plan.resolved.snapshot, **dict(zip(SOURCE_KEYS, values, strict=True))}


def differences(plan: RowPlan, existing: StoredEvent, keys: list[str]) -> list[str]:
    """The compared keys on which the row and the stored event differ."""
    row = _row_state(plan)
    here = {**existing.snapshot, **existing.source}
    return [k for k in keys if row.get(k) != here.get(k)]


def _against_stored(plan: RowPlan, existing: StoredEvent, keys: list[str]) -> None:
    changed = differences(plan, existing, keys)
    if not changed:
        plan.action = "unchanged"
        return
    if existing.deleted_at is not None:
        plan.action = "stale"
        plan.notes.append("this event is in the trash here; restore it before updating it")
        return
    file_time = plan.meta.get("updated_at")
    here_time = existing.updated_at
    if file_time is not None and here_time is not None and file_time < here_time - TIME_SLACK:
        plan.action = "stale"
        plan.notes.append(
            f"changed here at {here_time:%Y-%m-%d %H:%M} by {existing.updated_by or 'someone'}, "
            f"after the file's copy ({file_time:%Y-%m-%d %H:%M}); not updated"
        )
        return
    plan.action = "update"
    plan.notes.append("changes: " + ", ".join(changed))


def _flag_duplicates(session: Session, plans: list[RowPlan]) -> None:
    """A new row with the title and date of a stored event (or an earlier row) is held back."""
    dates = sorted({p.data.start_date for p in plans if p.data and p.data.start_date})
    known: dict[tuple[str, dt.date], str] = {}
    for start in range(0, len(dates), 500):
        chunk = dates[start : start + 500]
        for title, day, event_uuid in session.execute(
            select(Event.title, Event.start_date, Event.uuid).where(
                Event.start_date.in_(chunk), Event.deleted_at.is_(None)
            )
        ):
            known.setdefault((normalize(title), day), str(event_uuid))
    in_file: dict[tuple[str, dt.date], int] = {}
    for plan in plans:
        assert plan.data is not None and plan.data.start_date is not None
        key = (normalize(plan.data.title), plan.data.start_date)
        if key in known:
            plan.action = "duplicate"
            plan.notes.append(f"an event with this title and date is already stored ({known[key]})")
        elif key in in_file:
            plan.action = "duplicate"
            plan.notes.append(f"the same title and date as row {in_file[key]}")
        else:
            in_file[key] = plan.number
