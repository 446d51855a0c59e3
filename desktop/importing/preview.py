"""What an import would do, row by row, before anything is written.

Every row becomes an :class:`~db.event_store.EventInput`, is validated by the
event store's own rules and gets one action: insert, update, unchanged,
duplicate (of a stored event or of an earlier row), stale (the stored event is
newer than the file's copy), or error. Problems are named by cell ("C14: ...")
so a clerk can go straight to it; new organizations and people are listed. A cell
whose value cannot be read (a formula with no saved value, a spreadsheet error such
as #REF!) is a problem of its row, never an empty field stored without a word.

The rows stream from the file and each is kept only as a lean :class:`RowPlan`
(what the write needs, as ids), so 100,000 rows preview in a fraction of the
memory the cells and their objects would take; each distinct cell value and
name is parsed and looked up once. Progress is reported and a cancel honoured
every few hundred rows, so the wizard can run the preview in a worker thread.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from itertools import groupby, islice
from types import MappingProxyType
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.duplicates import (
    DuplicateFinder,
    EventFacts,
    Where,
    date_span,
    facts_alike,
    places_differ,
)
from db.engine import Database
from db.event_store import EventInput, OrganizerInput, ProgramInput, SourceInput, SpeakerInput
from db.gazetteer import PlaceCandidate
from db.localized import display_name
from db.messages import N_, _, current_language, ngettext
from db.models import DatePrecision, Event, EventStatus, PlacePrecision
from db.names import normalize
from desktop.importing import parse
from desktop.importing.bulk import paused_gc
from desktop.importing.compare import (
    State,
    ValueWords,
    labels,
    row_values,
    same_and_different,
    same_fields,
    stored_values,
)
from desktop.importing.errors import ImportCancelled
from desktop.importing.mapping import FIELDS, ColumnMapping, field_label
from desktop.importing.organizations import (
    OrganizationChange,
    OrganizationPlan,
    needed_records,
    plan_organizations,
    read_organizers,
)
from desktop.importing.reader import SheetRow, Table, cell_name, column_letter
from desktop.importing.resolve import (
    EVENT_KEYS,
    WORLD_KEY,
    ImportStore,
    NewRecord,
    Resolved,
)
from desktop.importing.state import CHUNK, SOURCE_KEYS, StoredEvent, load_events

ACTIONS = ("insert", "update", "unchanged", "duplicate", "stale", "error")
WRITES = ("insert", "update")

# Which snapshot keys (or source keys) a mapped field decides.
_COMPARED: dict[str, tuple[str, ...]] = {
    "title": ("title",), "start_date": ("start_date", "date_precision"),
    "end_date": ("end_date",),
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
_UNKNOWN_NAME = {
    "country": N_('no country named "{name}"'),
    "region": N_('no region named "{name}"'),
    "event_type": N_('no event type named "{name}"'),
    "occasion": N_('no occasion named "{name}"'),
}
"""A cell that names no record of its kind (the store says so with ``unknown``)."""
TIME_SLACK = dt.timedelta(milliseconds=2)
"""Excel keeps times to the millisecond; closer than this counts as the same time."""


@dataclass(frozen=True, slots=True)
class Problem:
    cell: str
    message: str

    def __str__(self) -> str:
        return f"{self.cell}: {self.message}"


_NO_META: Mapping[str, Any] = MappingProxyType({})


@dataclass(slots=True)
class RowPlan:
    """One sheet row and what the import will do with it.

    Kept lean because a preview holds one per row: ``data`` (the row as an
    :class:`EventInput`) stays only on rows that update a stored event, and
    ``resolved`` only on rows that will be written.
    """

    number: int
    action: str
    data: EventInput | None = None
    problems: Sequence[Problem] = ()
    notes: Sequence[str] = ()
    resolved: Resolved | None = None
    meta: Mapping[str, Any] = field(default_factory=lambda: _NO_META)
    """created_at, created_by, updated_at, updated_by read from the file."""
    title: str = ""

    def __post_init__(self) -> None:
        if not self.title:
            if self.data is not None:
                self.title = self.data.title
            elif self.resolved is not None:
                self.title = self.resolved.title

    @property
    def uuid(self) -> uuid.UUID | None:
        if self.resolved is not None:
            return self.resolved.uuid
        return self.data.uuid if self.data is not None else None

    def note(self, text: str) -> None:
        self.notes = [*self.notes, text]


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
    new_towns: list[NewRecord] = field(default_factory=list)
    """GeoNames towns the rows name that the data set does not hold yet: stored with them."""
    warnings: list[str] = field(default_factory=list)
    child_fields: tuple[str, ...] = ()
    organizations: OrganizationPlan | None = None
    """An export's Organizations/Organizers sheets: bodies to create, changes to confirm."""

    @property
    def organization_changes(self) -> list[OrganizationChange]:
        """Stored organizations the file describes otherwise; applied only once accepted."""
        return self.organizations.changes if self.organizations is not None else []

    def accept_organization_changes(self) -> None:
        """Let the import apply every listed organization change (each one logged)."""
        if self.organizations is not None:
            self.organizations.accept_all()

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def counts(self) -> dict[str, int]:
        counted = Counter(row.action for row in self.rows)
        return {action: counted.get(action, 0) for action in ACTIONS}

    @property
    def problems(self) -> list[Problem]:
        return [p for row in self.rows for p in row.problems]

    @property
    def fields(self) -> set[str]:
        """The fields the file decides (:func:`decided_fields`)."""
        return decided_fields(self.mapping, self.child_fields)


def decided_fields(mapping: ColumnMapping, children: Iterable[str]) -> set[str]:
    """The fields the file decides: mapped columns plus an export's child sheets. A date
    column with no End date column beside it decides the end too: a span's last day ("3-5
    марта 2025"), or none for one day, where a stored event's end would otherwise stay."""
    fields = set(mapping.columns) | set(children)
    if "start_date" in fields:
        fields.add("end_date")
    return fields


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
CHECK_EVERY = 256
"""Rows between two progress reports (and cancel checks)."""


def preview(
    database: Database,
    table: Table,
    mapping: ColumnMapping,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPreview:
    """Plan the import of ``table`` with ``mapping``; reads the database, writes nothing.

    The rows are streamed from the file; ``progress(done, total)`` is called as
    they go (``total`` is the sheet's own count, 0 when unknown) and
    ``cancelled()``, when it turns true, stops the preview with ImportCancelled.
    """
    with database.sessions() as session:
        return build_preview(session, table, mapping, progress, cancelled)


def build_preview(
    session: Session, table: Table, mapping: ColumnMapping, progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPreview:
    store = ImportStore(session)
    children = _children(table, cancelled)
    organizations = plan_organizations(store, table)
    if organizations is not None and organizations.has_organizers:
        children.setdefault("organizers", {})  # the Organizers sheet decides them
    parser = _RowParser(store, table, mapping, children)
    report = progress or (lambda done, total: None)
    stop = cancelled or (lambda: False)
    total = table.row_count or 0
    plans: list[RowPlan] = []
    with paused_gc(), closing(table.iter_rows(cancelled)) as rows:
        for row in rows:
            if not len(plans) % CHECK_EVERY:
                report(len(plans), max(total, len(plans)))
                if stop():
                    raise ImportCancelled(_("The preview was stopped; nothing was changed."))
            plans.append(parser.plan(row))
        report(len(plans), len(plans))
        fields = decided_fields(mapping, children)
        _classify(session, plans, fields, stop)
    used = {p.number for p in plans if p.action in WRITES}
    new = [r for r in store.new_records.values() if any(n in used for n in r.rows)]
    new += needed_records(organizations, used)
    missing = mapping.missing_required()
    warnings = list(table.warnings)
    if organizations is not None:
        warnings += organizations.warnings
        warnings += [change.describe() for change in organizations.changes]
    if missing:
        warnings.insert(0, _("No column is mapped to: {fields}.").format(
            fields=", ".join(missing)))
    warnings += _hidden_columns(table, mapping)
    unused = mapping.unused_headings(table.headers)
    if unused:
        warnings.append(ngettext(
            "{count} column is not imported: no field has its heading ({columns}). Choose "
            "its field on the import window's page “Match the columns”, or rename the heading.",
            "{count} columns are not imported: no field has their headings ({columns}). Choose "
            "their fields on the import window's page “Match the columns”, or rename the "
            "headings.",
            len(unused),
        ).format(count=len(unused), columns=", ".join(f"“{h}”" for h in unused)))
    return ImportPreview(
        path=str(table.path), sheet=table.sheet, headers=table.headers, mapping=mapping,
        rows=plans,
        new_organizations=[r for r in new if r.kind == "organization"],
        new_people=[r for r in new if r.kind == "person"],
        new_towns=[r for r in new if r.kind == "city"],
        warnings=warnings,
        child_fields=tuple(children),
        organizations=organizations,
    )


def _hidden_columns(table: Table, mapping: ColumnMapping) -> list[str]:
    """A note for each imported column that is hidden in the sheet: the clerk has not seen
    the values that would be stored."""
    return [
        _("Column {column} (“{heading}”) is hidden in the sheet, and its cells are imported "
          "as “{field}”. Unhide it to check them, or choose another column for “{field}” on "
          "the import window's page “Match the columns”.").format(
              column=column_letter(column),
              heading=table.headers[column] if column < len(table.headers) else "",
              field=field_label(name))
        for name, column in sorted(mapping.columns.items(), key=lambda item: item[1])
        if column in table.hidden_columns
    ]


# --- one row -----------------------------------------------------------------------------

_SPEAKER_COLUMNS = ("Speaker", "Role", "Speaker's organization")
_PROGRAM_COLUMNS = ("Code", "Program item", "Note")


def _children(table: Table, cancelled: Cancelled | None = None
              ) -> dict[str, dict[str, list[tuple[Any, ...]]]]:
    """An export's Speakers/Program rows grouped by event UUID text, as the columns used."""
    wanted = {"speakers": _SPEAKER_COLUMNS, "program": _PROGRAM_COLUMNS}
    out: dict[str, dict[str, list[tuple[Any, ...]]]] = {}
    for kind, sheet in table.children(cancelled).items():
        key_at = sheet.column("Event UUID")
        columns = [sheet.column(name) for name in wanted.get(kind, ())]
        grouped: dict[str, list[tuple[Any, ...]]] = {}
        for values in sheet.rows:
            key = parse.text(_at(values, key_at))
            if key:
                grouped.setdefault(key.lower(), []).append(
                    tuple(_at(values, c) for c in columns))
        out[kind] = grouped
    return out


def _at(values: tuple[Any, ...], column: int | None) -> Any:
    return values[column] if column is not None and column < len(values) else None


class _RowParser:
    """Sheet rows to plans; each distinct cell value is parsed (and checked) once."""

    def __init__(self, store: ImportStore, table: Table, mapping: ColumnMapping,
                 children: dict[str, dict[str, list[tuple[Any, ...]]]]) -> None:
        self.store = store
        self.mapping = mapping
        self.children = children
        self.formulas = table.formula_cells
        self.errors = table.error_cells
        self.lost_letters = table.lost_letters
        self.code_page = table.code_page
        self.hidden_rows = table.hidden_rows
        self.headers = table.headers
        self.columns = [(name, column) for name, column in mapping.columns.items()
                        if name in FIELDS]
        self.has_meta = any(name in mapping.columns for name in _META)
        self.named = [name for name, _column in sorted(self.columns, key=lambda c: c[1])
                      if name in _NAMED_FIELDS]
        self._parsed: dict[tuple[str, type, Any], tuple[Any, str | None]] = {}
        self._lists: dict[tuple[str, Any], Any] = {}
        self._reworded: dict[tuple[str, str, str], str] = {}
        self._dates: dict[Any, Any] = {}
        self._town_notes: dict[tuple[Any, ...], str | None] = {}

    def _parse(self, kind: str, raw: Any, parser: Callable[[Any], tuple[Any, str | None]]
               ) -> tuple[Any, str | None]:
        key = (kind, raw.__class__, raw)
        found = self._parsed.get(key)
        if found is None:
            found = _remember(self._parsed, key, parser(raw))
        return found

    def plan(self, row: SheetRow) -> RowPlan:
        """The plan of one row: parsed, validated by the store's rules, resolved."""
        number, values = row.number, row.values
        width = len(values)
        cells: dict[str, Any] = {}
        problems: list[Problem] = []
        guarded: list[str] = []
        for name, column in self.columns:
            if column < width:
                value = values[column]
                if (unguarded := parse.without_formula_guard(value)) is not None:
                    value = unguarded
                    guarded.append(name)
                if value is not None:
                    cells[name] = value
        label = parse.totals_label(values)
        if label is not None:  # its sums and missing date are no matter
            return RowPlan(number, "error", problems=[Problem(cell_name(label, number), _(
                '"{value}" reads as the sheet\'s totals row, not an event, so the row is not '
                "imported; if it is an event, give it a title of its own").format(
                    value=parse.text(values[label])))], title=parse.text(values[label]) or "")
        marked = self.named if "uuid" not in cells else ()
        for name in marked:  # a row with its event id holds the names the app stored
            if name not in cells:
                continue
            _none, problem = self._parse(f"{name} mark", cells[name], _placeholder(name))
            if problem:
                problems.append(Problem(self.cell(name, number), problem))
        if self.formulas:
            for _name, column in self.columns:
                coordinate = cell_name(column, number)
                if self.formulas.get(coordinate) is False:
                    problems.append(Problem(coordinate, _(
                        "holds a formula with no saved value; type the value itself")))
        if self.errors:
            for _name, column in self.columns:
                coordinate = cell_name(column, number)
                shown = self.errors.get(coordinate)
                if shown is not None:
                    problems.append(Problem(coordinate, self.error_message(column, shown)))
        if self.lost_letters:
            for _name, column in self.columns:
                coordinate = cell_name(column, number)
                written = self.lost_letters.get(coordinate)
                if written is not None:
                    problems.append(Problem(coordinate, _(
                        '"{value}": each "?" stands for a letter {code_page} cannot hold, '
                        "lost when the file was saved. Save the sheet from Excel as "
                        '"CSV UTF-8" and import that file.').format(
                            value=written, code_page=self.code_page)))
        if number in self.hidden_rows:
            problems.append(Problem(_("row {number}").format(number=number), _(
                "the row is hidden in the sheet, so it is not imported: to import it, show "
                "it (Home > Format > Hide & Unhide, or clear the filter that hides it); "
                "else delete it")))
        get = cells.get

        def parsed(name: str, parser: Callable[[Any], tuple[Any, str | None]],
                   once: bool = True) -> Any:
            raw = get(name)
            if raw is None:
                return None
            value, problem = self._parse(name, raw, parser) if once else parser(raw)
            if problem:
                problems.append(Problem(self.cell(name, number), problem))
            return value

        def text(name: str) -> str | None:
            raw = get(name)
            return None if raw is None else parse.text(raw)

        event_uuid = parsed("uuid", parse.parse_uuid, once=False)  # unique: not remembered
        span = self._span(get("start_date")) if get("end_date") is None else None
        if span is not None:  # "с 3 по 5 марта 2025": its days, noted below
            start, end = (span[0], None), (span[1], None)
        else:
            start = parsed("start_date", parse.parse_date)
            end = parsed("end_date", parse.parse_date)
        precision = parsed("date_precision", _date_precision)
        if precision is None:
            precision = (start[1] if start and start[1] else None) or DatePrecision.DAY
        published = parsed("source_published", parse.parse_date)
        organizers, read_as = self._organizers(get("organizers"))
        data = EventInput(
            title=text("title") or "",
            start_date=start[0] if start else None,
            end_date=end[0] if end else None,
            date_precision=precision,
            event_type=text("event_type"),
            occasion=text("occasion"),
            anniversary=parsed("anniversary", parse.parse_int),
            country=text("country_code") or text("country"),
            region=text("region_code") or text("region"),
            city=text("city"),
            venue=text("venue"),
            place_as_written=text("place_as_written"),
            place_precision=parsed("place_precision", _place_precision),
            attendance=parsed("attendance", parse.parse_count),
            description=text("description"),
            status=parsed("status", _status) or EventStatus.DRAFT,
            organizers=organizers,
            uuid=event_uuid,
            source=SourceInput(
                publisher=text("source_publisher"),
                passed_on_by=text("source_passed_on_by"),
                published_on=published[0] if published else None,
                url=text("source_url"),
            ),
        )
        key = str(event_uuid).lower() if event_uuid else None
        listed = self.store.sheet_organizers(event_uuid, text("organizers"),
                                             "organizers" in self.mapping.columns)
        if listed is not None:
            data.organizers, read_as = listed, ()
        notes = tuple(f"{self.cell('organizers', number)}: {note}" for note in read_as)
        if key and "speakers" in self.children:
            data.speakers = [
                SpeakerInput(parse.text(name) or "", parse.text(role), parse.text(organization))
                for name, role, organization in self.children["speakers"].get(key, [])
            ]
        else:
            data.speakers, read_as = self._speakers(get("speakers"))
            notes += tuple(f"{self.cell('speakers', number)}: {note}" for note in read_as)
        if key and "program" in self.children:
            data.program = [
                ProgramInput(parse.text(code) or parse.text(item) or "", parse.text(note))
                for code, item, note in self.children["program"].get(key, [])
            ]
        else:
            data.program = self._program(get("program"))
        meta = _NO_META
        if self.has_meta:
            meta = {
                "created_at": parse.parse_datetime(get("created_at")),
                "created_by": text("created_by"),
                "updated_at": parse.parse_datetime(get("updated_at")),
                "updated_by": text("updated_by"),
            }
        store = self.store
        unreadable = {problem.cell for problem in problems}
        for error in store.validate(data):
            cell = self.error_cell(error.field, number)
            if cell in unreadable:  # "not a date" already says it; not "enter the date" too
                continue
            message = (self.reword(data, error.field, error.message) if error.unknown
                       else error.message)
            problems.append(Problem(cell, message))
        if problems:
            return RowPlan(number, "error", problems=problems, notes=notes, title=data.title)
        resolved = store.resolve(data, number)
        plan = RowPlan(number, "insert", data if event_uuid else None, notes=notes,
                       resolved=resolved, meta=meta, title=data.title)
        if span is not None:
            plan.note(f"{self.cell('start_date', number)}: "
                      f"{parse.span_note(get('start_date'), span)}")
        for name in ("start_date", "end_date"):
            if note := parse.other_reading(get(name)):
                plan.note(f"{self.cell(name, number)}: {note}")
        if note := parse.far_ahead(data.start_date):
            plan.note(f"{self.cell('start_date', number)}: {note}")
        if note := store.organizers_note(event_uuid):
            plan.note(f"{self.cell('organizers', number)}: {note}")
        if data.city and (note := self._town_note(data, resolved.event[_CITY])):
            plan.note(f"{self.cell('city', number)}: {note}")
        for name in guarded:
            plan.note(f"{self.cell(name, number)}: {parse.formula_guard_note(cells[name])}")
        return plan

    def _town_note(self, data: EventInput, city: Any) -> str | None:
        """What the clerk must know of the row's town before it is stored: that no town
        is so named, that several are and the row does not say which (then none is
        stored), or that the biggest of several was taken because it names no place."""
        key = (data.city, data.country, data.region, city is None)
        if key not in self._town_notes:
            self._town_notes[key] = self._town_note_of(data, city)
        return self._town_notes[key]

    def _town_note_of(self, data: EventInput, city: Any) -> str | None:
        assert data.city is not None
        taken = isinstance(city, str) and city.startswith(WORLD_KEY)
        if city is not None and (not taken or data.country or data.region):
            return None
        towns = self.store.gazetteer.world_towns(
            data.city, data.country, data.region, limit=_NAMESAKES_SHOWN + 2,
            lang=current_language())
        if len(towns) < 2:
            return None if taken else _unknown_city(data.city)
        if taken:
            return _("“{city}” is taken as {town}, the biggest of the towns so named (others: "
                     "{towns}); if another is meant, give its country or region in the row"
                     ).format(city=data.city, town=towns[0].label, towns=_listed(towns[1:]))
        return _("several towns are named “{city}” ({towns}) and the row does not say "
                 "which: the event would be stored without a city, the name kept as the "
                 "place as written. Give the town's country or region in the row, or write "
                 "it as “{city}, region”").format(city=data.city, towns=_listed(towns))

    def _span(self, raw: Any) -> tuple[dt.date, dt.date] | None:
        """The days of a date cell written as a span (the End date cell being empty)."""
        if not isinstance(raw, str):
            return None
        span: tuple[dt.date, dt.date] | None
        span, _problem = self._parse("start_span", raw, lambda value: (parse.read_span(value),
                                                                        None))
        return span

    def error_message(self, column: int, shown: str) -> str:
        """Why a row whose cell shows a spreadsheet error is held back: the cell was read
        as empty, and importing the row would store the field empty without a word."""
        header = self.headers[column] if column < len(self.headers) else ""
        header = header or column_letter(column)
        if shown:
            return _("column {column}: the cell holds the spreadsheet error {error} — correct "
                     "it in the file or type the value").format(column=header, error=shown)
        return _("column {column}: the cell holds a spreadsheet error — correct it in the "
                 "file or type the value").format(column=header)

    def cell(self, name: str, number: int) -> str:
        column = self.mapping.column(name)
        if column is None:
            return _("row {number}").format(number=number)
        return cell_name(column, number)

    def error_cell(self, field_name: str, number: int) -> str:
        for name in _ERROR_COLUMNS.get(field_name, (field_name,)):
            if self.mapping.column(name) is not None:
                return self.cell(name, number)
        return self.cell(field_name, number)

    def reword(self, data: EventInput, field_name: str, message: str) -> str:
        key = (field_name, message, str(getattr(data, field_name, "")))
        found = self._reworded.get(key)
        if found is None:
            found = _remember(self._reworded, key,
                              _reword(self.store, data, field_name, message))
        return found

    def _organizers(self, raw: Any) -> tuple[list[OrganizerInput], Sequence[str]]:
        """The cell's organizers and the notes on how its commas were read."""
        if raw is None:
            return [], ()
        key = ("organizers", raw)
        found = self._lists.get(key)
        if found is None:
            organizers, notes = read_organizers(self.store, raw)
            found = _remember(self._lists, key, (
                tuple((o.name, o.role) for o in organizers), tuple(notes)))
        listed, notes = found
        return [OrganizerInput(name, role) for name, role in listed], notes

    def _speakers(self, raw: Any) -> tuple[list[SpeakerInput], Sequence[str]]:
        """The cell's speakers and the notes on how its commas were read."""
        if raw is None:
            return [], ()
        key = ("speakers", raw)
        found = self._lists.get(key)
        if found is None:
            speakers, notes = parse.read_speakers(raw)
            found = _remember(self._lists, key, (tuple(
                (s.name, s.role, s.organization)
                for s in _speakers(self.store, speakers)), tuple(notes)))
        listed, notes = found
        return [SpeakerInput(name, role, organization)
                for name, role, organization in listed], notes

    def _program(self, raw: Any) -> list[ProgramInput]:
        if raw is None:
            return []
        key = ("program", raw)
        found = self._lists.get(key)
        if found is None:
            found = _remember(self._lists, key, tuple(
                (p.item_type, p.note) for p in _program(self.store, raw)))
        return [ProgramInput(item_type, note) for item_type, note in found]


_META = ("created_at", "created_by", "updated_at", "updated_by")
_NAMED_FIELDS = frozenset({
    "title", "event_type", "occasion", "country", "country_code", "region", "region_code",
    "city", "venue", "place_as_written", "organizers", "speakers", "source_publisher",
    "source_passed_on_by"})
"""Fields whose cells name something: a dash or "-//-" there is no name (:func:`_placeholder`)."""
_LIST_FIELDS = frozenset({"organizers", "speakers"})


_NAMESAKES_SHOWN = 3
"""How many of the towns a name may mean a note lists."""


def _listed(towns: list[PlaceCandidate]) -> str:
    """Towns as a note lists them, "…" after the first few of more."""
    shown = "; ".join(town.label for town in towns[:_NAMESAKES_SHOWN])
    return shown + ("…" if len(towns) > _NAMESAKES_SHOWN else "")


def _unknown_city(city: str) -> str:
    """A typed city that names no known place is kept as the place as written only: the
    event counts in no city (nor in a region the city would give), which the clerk must
    know before it is stored."""
    return _("no known city is named “{city}”: the event would be stored without a city "
             "(and without a region, unless the row gives one), the name kept as the place "
             "as written. If it should count in its city, correct the name or add the city "
             "to the reference list before importing").format(city=city)


def _placeholder(name: str) -> Callable[[Any], tuple[None, str | None]]:
    """The check of a ``name`` cell, or of each item of a list cell, for a mark instead of
    a name (as a parser: its problem, no value)."""
    def check(raw: Any) -> tuple[None, str | None]:
        if not isinstance(raw, str):
            return None, None
        items = parse.split_list(raw) if name in _LIST_FIELDS else [raw]
        return None, next((problem for item in items if (problem := parse.placeholder(item))),
                          None)
    return check


MEMO_SIZE = 20_000
"""Distinct cell values remembered per kind; a column of unique values is not hoarded."""


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> Any:
    if len(cache) >= MEMO_SIZE:
        cache.clear()
    cache[key] = value
    return value


def _date_precision(raw: Any) -> tuple[Any, str | None]:
    return parse.parse_enum(raw, DatePrecision, "date precision")


def _place_precision(raw: Any) -> tuple[Any, str | None]:
    return parse.parse_enum(raw, PlacePrecision, "place precision")


def _status(raw: Any) -> tuple[Any, str | None]:
    return parse.parse_enum(raw, EventStatus, "status")


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


def _reword(store: ImportStore, data: EventInput, field_name: str, message: str) -> str:
    """Unknown names get the issue's wording and a "did you mean" when one is close."""
    kind = _REFERENCE_KINDS.get(field_name)
    text = getattr(data, field_name, None) if kind else None
    if not kind or not text:
        return message
    name = did_you_mean(store, kind, str(text))
    worded = _(_UNKNOWN_NAME[field_name]).format(name=text)
    return worded + (_('; did you mean "{name}"?').format(name=name) if name else "")


def did_you_mean(store: ImportStore, kind: str, text: str) -> str | None:
    """The closest known name by edit distance (the gazetteer's index, read only), in the
    message language: the clerk copies it into a cell of a Russian or Azerbaijani sheet."""
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
    return display_name(record, current_language()) if record is not None else alias


# --- against the database -------------------------------------------------------------------


def _classify(
    session: Session, plans: list[RowPlan], fields: set[str], stop: Cancelled,
) -> None:
    """Give each valid row its final action, then drop what the write does not need."""
    keys = sorted({k for name in fields for k in _COMPARED.get(name, ())})
    seen_uuids: dict[uuid.UUID, int] = {}
    candidates: list[RowPlan] = []
    for plan in plans:
        event_uuid = plan.uuid
        if plan.action == "error" or event_uuid is None:
            continue
        first = seen_uuids.setdefault(event_uuid, plan.number)
        if first != plan.number:
            plan.action = "duplicate"
            plan.note(_("the same event id as row {row}; only row {row} is used").format(
                row=first))
            continue
        candidates.append(plan)
    for start in range(0, len(candidates), CHUNK):
        if stop():
            raise ImportCancelled(_("The preview was stopped; nothing was changed."))
        chunk = candidates[start : start + CHUNK]
        stored = load_events(session, [p.uuid for p in chunk if p.uuid is not None])
        for plan in chunk:
            existing = stored.get(plan.uuid)  # type: ignore[arg-type]
            if existing is not None:
                _against_stored(plan, existing, keys)
    # A row with its own UUID is its own record; only rows without one may be re-entries.
    _flag_duplicates(session, [p for p in plans if p.action == "insert" and p.uuid is None],
                     keys)
    for plan in plans:
        if plan.action != "update":
            plan.data = None
        if plan.action not in WRITES:
            plan.resolved = None


def _row_state(plan: RowPlan) -> dict[str, object]:
    assert plan.resolved is not None
    source = plan.resolved.source
    values = ((source.publisher, source.passed_on_by, source.published_on, source.url)
              if source is not None else (None, None, None, None))
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
        plan.note(_("this event is in the trash here; restore it before updating it"))
        return
    file_time = plan.meta.get("updated_at")
    here_time = existing.updated_at
    if file_time is not None and here_time is not None and file_time < here_time - TIME_SLACK:
        plan.action = "stale"
        note = (
            _("changed here at {time} by {user}, after the file's copy ({copied}); not updated")
            if existing.updated_by
            else _("changed here at {time}, after the file's copy ({copied}); not updated")
        )
        plan.note(note.format(time=f"{here_time:%Y-%m-%d %H:%M}", user=existing.updated_by,
                              copied=f"{file_time:%Y-%m-%d %H:%M}"))
        return
    plan.action = "update"
    plan.note(_("changes: {fields}").format(fields=", ".join(map(field_label, changed))))


def _flag_duplicates(session: Session, plans: list[RowPlan], keys: list[str]) -> None:
    """A new row with the title and date of a stored event (or an earlier row) is held back,
    saying what the row gives otherwise than the stored event (:func:`_note_differences`).

    The rows go a few hundred dates at a time (in row order within a date), so no key of
    100,000 rows is held at once.
    """
    twins: list[tuple[RowPlan, uuid.UUID]] = []
    words = ValueWords(session)
    by_date = sorted(plans, key=_start_of)  # stable: row order within a date
    days = ((day, list(rows)) for day, rows in groupby(by_date, key=_start_of))
    while batch := list(islice(days, CHUNK)):
        known: dict[tuple[str, dt.date], list[tuple[str, Where]]] = {}
        for title, day, event_uuid, country, region, city in session.execute(
            select(Event.title, Event.start_date, Event.uuid, Event.country_id,
                   Event.region_id, Event.city_id).where(
                Event.start_date.in_([day for day, _rows in batch]), Event.deleted_at.is_(None)
            )
        ):
            stored: tuple[str, Where] = (str(event_uuid), (country, region, city))
            known.setdefault((normalize(title), day), []).append(stored)
        for day, rows in batch:
            in_file: dict[str, list[tuple[RowPlan, Where]]] = {}
            for plan in rows:
                assert plan.resolved is not None
                title, where = normalize(plan.resolved.title), _where(plan)
                twin = _same_place(known.get((title, day), []), where)
                earlier = _same_place(in_file.get(title, []), where)
                if twin is not None:
                    plan.action = "duplicate"
                    plan.note(_("an event with this title and date is already stored ({uuid})")
                              .format(uuid=twin))
                    twins.append((plan, uuid.UUID(twin)))
                elif earlier is not None:
                    plan.action = "duplicate"
                    plan.note(_("the same title and date as row {row}").format(
                        row=earlier.number))
                    _note_row_differences(plan, earlier, _without_title(keys), words,
                                          said=True)
                else:  # the same title on the same day elsewhere is another event
                    in_file.setdefault(title, []).append((plan, where))
        _note_differences(session, twins, _without_title(keys), words)
        twins = []
    inserts = [p for p in plans if p.action == "insert"]
    _flag_probable_duplicates(session, inserts, keys, words)
    _flag_alike_rows([p for p in inserts if p.action == "insert"], keys, words)


def _without_title(keys: list[str]) -> list[str]:
    """The compared keys but the title, which a duplicate shares but for its letters' case
    and spacing ("concert", "Concert"): no news to the clerk."""
    return [key for key in keys if key != "title"]


def _note_differences(session: Session, twins: list[tuple[RowPlan, uuid.UUID]],
                      keys: list[str], words: ValueWords, said: bool = True) -> None:
    """Each row held back as an event already stored (``twins``) says what else it
    shares with the event and what it gives otherwise (a file corrected and imported
    again), with both values: "already stored" alone reads as though the correction were
    in, and "probably the same event" alone leaves the clerk guessing. ``said``: the row's
    note named the title and date as the same already."""
    stored = load_events(session, [twin for _plan, twin in twins])
    for plan, twin in twins:
        existing = stored.get(twin)
        if existing is not None:
            _note_against_stored(plan, {**existing.snapshot, **existing.source}, keys, words,
                                 said)


def _note_against_stored(plan: RowPlan, stored: State, keys: list[str], words: ValueWords,
                         said: bool) -> None:
    mine = _row_state(plan)
    same, changed = same_and_different(mine, stored, keys)
    if same_fields(same, said):
        plan.note(_("the same as the stored event: {fields}").format(
            fields=labels(same_fields(same, said))))
    if changed:
        plan.note(_("the file differs from the stored event in: {fields}; the stored event "
                    "is not changed. Correct it in the app, or import a file exported from "
                    "the app, whose rows hold the events' ids").format(
                        fields=stored_values(words, mine, stored, changed)))


def _note_row_differences(plan: RowPlan, earlier: RowPlan, keys: list[str],
                          words: ValueWords, said: bool) -> None:
    """A row held back as repeating an earlier one says what else it shares with it and
    what it gives otherwise, with both values: only the earlier row's values go in."""
    mine, theirs = _row_state(plan), _row_state(earlier)
    same, changed = same_and_different(mine, theirs, keys)
    if same_fields(same, said):
        plan.note(_("the same as row {row}: {fields}").format(
            row=earlier.number, fields=labels(same_fields(same, said))))
    if changed:
        plan.note(_("this row differs from row {row} in: {fields}; only row {row} is "
                    "imported. Keep the right values in one row").format(
                        row=earlier.number,
                        fields=row_values(words, mine, theirs, changed, earlier.number)))


T = TypeVar("T")


_START, _END, _PRECISION, _COUNTRY, _REGION, _CITY = (
    EVENT_KEYS.index(key) for key in (
        "start_date", "end_date", "date_precision", "country_id", "region_id", "city_id")
)
"""Where :attr:`Resolved.event` holds the values the duplicate rules read without a dict."""


def _where(plan: RowPlan) -> Where:
    assert plan.resolved is not None
    values = plan.resolved.event
    return values[_COUNTRY], values[_REGION], values[_CITY]


def _same_place(found: list[tuple[T, Where]], where: Where) -> T | None:
    """The first of ``found`` whose place does not differ from ``where``."""
    return next((key for key, place in found if not places_differ(place, where)), None)


def _flag_alike_rows(plans: list[RowPlan], keys: list[str], words: ValueWords) -> None:
    """A new row that the duplicate rule takes for an earlier new row of the file is held
    back, as one repeating a stored event is: the same event written twice (in two
    languages, by two people) would go in twice, and the next import of the file would
    flag both. Their dates must meet (the form's few days' slack would take a festival's
    days, one row each, for one event). Rows are compared in date order with those whose
    dates have not ended, and within a region with that region's and those of no region."""
    margin = dt.timedelta(0)
    recent: dict[object, deque[_Seen]] = {}
    for plan in sorted(plans, key=lambda p: (_start_of(p), p.number)):
        assert plan.resolved is not None
        values = plan.resolved.event  # EVENT_KEYS order
        seen = _Seen(date_span(values[_START], values[_END], values[_PRECISION]), plan)
        region = values[_REGION]
        earlier = None
        for key in (region, None) if region is not None else tuple(recent):
            rows = recent.get(key)
            while rows and rows[0].span[1] < seen.span[0]:
                rows.popleft()  # ended before this row (and every later one) begins
            earlier = next((other.plan for other in rows or ()
                            if other.span[1] >= seen.span[0]
                            and facts_alike(seen.facts(), other.facts(), margin)), None)
            if earlier is not None:
                break
        if earlier is not None:
            plan.action = "duplicate"
            plan.note(_("probably the same event as row {row}").format(row=earlier.number))
            _note_row_differences(plan, earlier, keys, words, said=False)
        else:
            recent.setdefault(region, deque()).append(seen)


class _Seen:
    """A new row met by :func:`_flag_alike_rows`: its dates at once, its names (which
    cost a normalization each) only when another row of its days and region needs them."""

    __slots__ = ("_facts", "plan", "span")

    def __init__(self, span: tuple[dt.date, dt.date], plan: RowPlan):
        self.span, self.plan = span, plan
        self._facts: EventFacts | None = None

    def facts(self) -> EventFacts:
        if self._facts is None:
            self._facts = _facts(self.plan)
        return self._facts


def _flag_probable_duplicates(session: Session, plans: list[RowPlan], keys: list[str],
                              words: ValueWords) -> None:
    """A new row that the form's duplicate check takes for a stored event is held back.

    The rows are checked a slice at a time, in date order (so the stored events each
    slice reads hardly overlap), never holding the facts of 100,000 rows at once.
    """
    finder = DuplicateFinder(session)
    by_date = sorted(plans, key=_start_of)
    for start in range(0, len(by_date), FACTS_AT_ONCE):
        _flag_probable_slice(finder, by_date[start : start + FACTS_AT_ONCE], keys, words)


FACTS_AT_ONCE = 5000


def _start_of(plan: RowPlan) -> dt.date:
    assert plan.resolved is not None
    start: dt.date = plan.resolved.event[1]
    return start


def _facts(plan: RowPlan) -> EventFacts:
    """What the duplicate rule compares of a new row."""
    assert plan.resolved is not None
    values, names = plan.resolved.values, plan.resolved.names.organizations
    return EventFacts(
        span=date_span(values["start_date"], values["end_date"], values["date_precision"]),
        country_id=values["country_id"], region_id=values["region_id"],
        city_id=values["city_id"], occasion_id=values["occasion_id"],
        organization_ids={ref for ref, _role in plan.resolved.organizers
                          if isinstance(ref, int)},
        organizer_keys=[normalize(names[ref]) for ref, _role in plan.resolved.organizers],
        title_key=normalize(values["title"]))


def _flag_probable_slice(finder: DuplicateFinder, plans: list[RowPlan], keys: list[str],
                         words: ValueWords) -> None:
    """Flag the rows the duplicate rule takes for stored events; each is compared with
    the first of them (:func:`_note_differences`)."""
    facts = [_facts(plan) for plan in plans]
    twins: list[tuple[RowPlan, uuid.UUID]] = []
    for plan, found in zip(plans, finder.find_many(facts), strict=True):
        if found:
            plan.action = "duplicate"
            plan.note(_("probably the same event as the stored {events}").format(events="; ".join(
                f"'{e.title}' ({e.start_date}, {e.uuid})" for e in found[:3])))
            twins.append((plan, found[0].uuid))
    _note_differences(finder.session, twins, keys, words, said=False)
