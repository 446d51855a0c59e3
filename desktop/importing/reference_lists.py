"""The gazetteer travels between offices: reference lists to a workbook and back.

Records match by UUID (or ISO code for regions, code for types), then by any
name or alias, so an office's spelling becomes an alias of the one record
instead of a second record. Nothing is overwritten: blank fields are filled,
aliases are added, unknown records are added with their UUID; all in one
transaction and one change-log batch.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from db.engine import Database
from db.messages import _
from db.models import City, Country, EventType, Organization, ProgramItemType, Region
from db.names import normalize
from db.reference_kinds import REFERENCE_KINDS, ReferenceKind
from desktop.importing.apply import BatchStore
from desktop.importing.bulk import table_of
from desktop.importing.errors import ImportFileError
from desktop.importing.reader import read_table
from desktop.output_file import save_whole
from desktop.reports.cells import to_cell


@dataclass(frozen=True)
class Kind:
    sheet: str
    ref: ReferenceKind
    """The kind in db.reference_kinds: model, alias table, name."""
    key: str
    """"uuid" or "code": how records match first."""
    fields: tuple[tuple[str, str], ...]
    """(header, attribute) after the key column; the first is the record's name."""

    @property
    def model(self) -> type[Any]:
        return self.ref.model

    @property
    def alias(self) -> type[Any] | None:
        return self.ref.alias_model

    @property
    def owner(self) -> str:
        return self.ref.alias_owner if self.ref.alias_model is not None else ""


KINDS = (
    Kind("Organizations", REFERENCE_KINDS["organization"], "uuid",
         (("Name", "name"), ("Short name", "short_name"), ("Kind", "kind"),
          ("Contacts", "contacts"), ("Notes", "notes"))),
    Kind("People", REFERENCE_KINDS["person"], "uuid",
         (("Full name", "full_name"), ("Notes", "notes"))),
    Kind("Regions", REFERENCE_KINDS["region"], "code", (("Name", "name"),)),
    Kind("Cities", REFERENCE_KINDS["city"], "uuid", (("Name", "name"),)),
    Kind("Occasions", REFERENCE_KINDS["occasion"], "uuid",
         (("Name", "name"), ("Name (ru)", "name_ru"), ("Name (az)", "name_az"),
          ("Reference date", "reference_date"), ("Kind", "kind"), ("Notes", "notes"))),
    Kind("Event types", REFERENCE_KINDS["event_type"], "code",
         (("Name", "name"), ("Name (ru)", "name_ru"), ("Name (az)", "name_az"))),
    Kind("Program items", REFERENCE_KINDS["program_item_type"], "code",
         (("Name", "name"), ("Name (ru)", "name_ru"), ("Name (az)", "name_az"))),
)
PLACE_COLUMNS = ("Country code", "Region code")


@dataclass
class ReferenceReport:
    added: dict[str, list[str]] = field(default_factory=dict)
    aliases_added: int = 0
    filled: int = 0
    batch_id: uuid.UUID | None = None


def export_reference(database: Database, out: Path) -> Path:
    """Write every reference list with its aliases to ``out``, whole or not at all."""
    return save_whole(lambda path: _write_lists(database, path), Path(out),
                      "reference-lists.xlsx")


def _write_lists(database: Database, path: Path) -> None:
    """The lists in a write-only workbook (rows go to disk as they come), saved as ``path``."""
    wb = Workbook(write_only=True)
    with database.sessions() as session:
        codes: dict[int | None, str | None] = {
            id_: code for id_, code in session.execute(select(Country.id, Country.code))}
        regions: dict[int | None, str | None] = {
            id_: code for id_, code in session.execute(select(Region.id, Region.code))}
        for kind in KINDS:
            ws = wb.create_sheet(kind.sheet)
            place = kind.model in (Organization, Region, City)
            ws.append([kind.key.upper() if kind.key == "uuid" else "Code",
                       *(h for h, _ in kind.fields), *(PLACE_COLUMNS if place else ()),
                       *(("Aliases",) if kind.alias else ())])
            aliases: dict[int, list[str]] = {}
            if kind.alias is not None:
                for owner, name in session.execute(
                    select(getattr(kind.alias, kind.owner), kind.alias.name)
                ):
                    aliases.setdefault(owner, []).append(name)
            for record in session.scalars(select(kind.model).order_by(kind.model.id)):
                row = [str(getattr(record, kind.key)),
                       *(to_cell(ws, getattr(record, a)) for _, a in kind.fields)]
                if place:
                    row += [codes.get(getattr(record, "country_id", None)),
                            regions.get(getattr(record, "region_id", None))]
                if kind.alias is not None:
                    names = [n for n in aliases.get(record.id, [])
                             if n != getattr(record, kind.fields[0][1])]
                    row.append(to_cell(ws, "; ".join(names)) if names else None)
                ws.append(row)
    wb.save(path)


def import_reference(database: Database, path: Path, user: str | None = None) -> ReferenceReport:
    """Merge the reference lists of ``path`` into the database (nothing is overwritten).

    Each list is matched in bulk: its records and their aliases are read with
    one query each, names go through the gazetteer's in-memory index, and new
    aliases are written in one batch, so 3,500 regions take one pass, not 3,500
    rounds of queries.
    """
    from desktop.importing.safety import file_kind

    if file_kind(Path(path)) != "xlsx":
        raise ImportFileError(_("{file} is not a reference-lists workbook (.xlsx).").format(
            file=Path(path).name))
    sheets = _sheet_names(Path(path))
    if not sheets & {k.sheet for k in KINDS}:
        raise ImportFileError(_("{file} has none of the reference sheets ({sheets}).").format(
            file=Path(path).name, sheets=", ".join(k.sheet for k in KINDS)))
    tables = {k.sheet: read_table(path, sheet=k.sheet) for k in KINDS if k.sheet in sheets}
    batch_id = uuid.uuid4()
    report = ReferenceReport(batch_id=batch_id)
    with database.sessions() as session, session.begin():
        store = BatchStore(session, batch_id, user)
        for kind in KINDS:
            table = tables.get(kind.sheet)
            if table is None:
                continue
            merger = _KindMerger(session, store, kind, report)
            for row in table.iter_rows():
                merger.merge(dict(zip(table.headers, row.values, strict=False)))
            merger.finish()
            store.gazetteer.refresh()
    if not (report.added or report.aliases_added or report.filled):
        report.batch_id = None
    return report


def _sheet_names(path: Path) -> set[str]:
    """The sheet names of a workbook."""
    from desktop.importing.reader import sheet_names

    return set(sheet_names(path))


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    text = str(value).strip()
    return text or None


class _KindMerger:
    """Merges the rows of one reference sheet, with every lookup read once up front."""

    def __init__(self, session: Session, store: BatchStore, kind: Kind,
                 report: ReferenceReport) -> None:
        self.session, self.store, self.kind, self.report = session, store, kind, report
        model = kind.model
        self.records: list[Any] = list(session.scalars(select(model)))  # held: the map is weak
        self.by_key: dict[Any, Any] = {getattr(r, kind.key): r for r in self.records}
        self.by_name: dict[str, Any] = {}
        """Records added by this import, by normalized name (the gazetteer knows them later)."""
        self.aliases: dict[Any, set[str]] = defaultdict(set)
        if kind.alias is not None:
            for owner, normalized in session.execute(select(
                getattr(kind.alias, kind.owner), kind.alias.normalized
            )):
                self.aliases[owner].add(normalized)
        self.countries: dict[str, int] = dict(
            session.execute(select(Country.code, Country.id)).all())
        self.added: list[tuple[Any, list[str], str | None]] = []
        self.known: list[tuple[Any, list[str]]] = []

    def find(self, key: str | None, names: list[str]) -> Any:
        """The record a row describes: by UUID or code, then by any of its names."""
        if key:
            try:
                wanted = uuid.UUID(key) if self.kind.key == "uuid" else key
            except ValueError:
                wanted = None
            if wanted is not None and wanted in self.by_key:
                return self.by_key[wanted]
        resolve = self.kind.ref.name
        for name in names:
            found = self.store.gazetteer._resolve(resolve, name, fuzzy=False)
            if found is None:
                found = self.by_name.get(normalize(name))
            if found is not None:
                return found
        return None

    def merge(self, values: dict[str, Any]) -> None:
        kind, report = self.kind, self.report
        key_header = "UUID" if kind.key == "uuid" else "Code"
        key = _text(values.get(key_header))
        first = _text(values.get(kind.fields[0][0]))
        aliases = [a.strip() for a in (_text(values.get("Aliases")) or "").split(";")
                   if a.strip()]
        names = [n for n in (first, *aliases) if n]
        if not names:
            return
        record = self.find(key, names)
        if record is None:
            if kind.model in (Region, EventType, ProgramItemType) or (
                kind.model is City and not values.get("Country code")
            ):
                return  # codes and places come from the reference data, not from offices
            record = kind.model()
            if kind.key == "uuid" and key:
                with contextlib.suppress(ValueError):
                    record.uuid = uuid.UUID(key)
            if kind.model is City:
                record.country_id = self.countries.get(values["Country code"])
                if record.country_id is None:
                    return
            for header, attribute in kind.fields:
                _set(record, attribute, values.get(header))
            self.session.add(record)
            self.records.append(record)
            if getattr(record, "uuid", None) is not None and kind.key == "uuid":
                self.by_key[record.uuid] = record
            for name in names:
                self.by_name.setdefault(normalize(name), record)
            self.added.append((record, names, first))
            report.added.setdefault(kind.sheet, []).append(first or "")
            return
        for header, attribute in kind.fields[1:]:
            if getattr(record, attribute) in (None, "") and values.get(header) not in (None, ""):
                _set(record, attribute, values.get(header))
                report.filled += 1
        self.known.append((record, names))

    def finish(self) -> None:
        """Write what the rows added: new records (one flush), their log rows, new aliases."""
        kind, store = self.kind, self.store
        self.session.flush()
        for record, _names, first in self.added:
            store.log_change(kind.ref.table, getattr(record, "uuid", None), record.id,
                       "insert", {kind.fields[0][1]: [None, first]})
        if kind.alias is None:
            return
        rows = []
        stored = {record.id for record, _names in self.known}
        for record, names in [*((r, n) for r, n, _f in self.added), *self.known]:
            have = self.aliases[record.id]
            for name in names:
                normalized = normalize(name)
                if normalized and normalized not in have:
                    have.add(normalized)
                    rows.append({kind.owner: record.id, "name": name, "normalized": normalized})
                    if record.id in stored and not self.session.is_modified(record):
                        flag_modified(record, kind.ref.name_attr)  # a new name: a new version
        if rows:
            self.session.execute(insert(table_of(kind.alias)), rows)
            self.report.aliases_added += len(rows)


def _set(record: Any, attribute: str, value: Any) -> None:
    if attribute == "reference_date":
        if isinstance(value, dt.datetime):
            value = value.date()
        elif isinstance(value, str) and value.strip():
            value = dt.date.fromisoformat(value.strip()[:10])
    elif isinstance(value, str):
        value = value.strip() or None
    setattr(record, attribute, value)
