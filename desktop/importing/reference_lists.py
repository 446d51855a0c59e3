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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import (
    City,
    CityAlias,
    Country,
    EventType,
    Occasion,
    OccasionAlias,
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
    ProgramItemType,
    Region,
    RegionAlias,
)
from db.names import normalize
from desktop.importing.apply import BatchStore
from desktop.importing.errors import ImportFileError
from desktop.importing.reader import read_table
from desktop.reports.cells import to_cell


@dataclass(frozen=True)
class Kind:
    sheet: str
    model: type
    alias: type | None
    owner: str
    key: str
    """"uuid" or "code": how records match first."""
    fields: tuple[tuple[str, str], ...]
    """(header, attribute) after the key column; the first is the record's name."""


KINDS = (
    Kind("Organizations", Organization, OrganizationAlias, "organization_id", "uuid",
         (("Name", "name"), ("Short name", "short_name"), ("Kind", "kind"),
          ("Contacts", "contacts"), ("Notes", "notes"))),
    Kind("People", Person, PersonAlias, "person_id", "uuid",
         (("Full name", "full_name"), ("Notes", "notes"))),
    Kind("Regions", Region, RegionAlias, "region_id", "code", (("Name", "name"),)),
    Kind("Cities", City, CityAlias, "city_id", "uuid", (("Name", "name"),)),
    Kind("Occasions", Occasion, OccasionAlias, "occasion_id", "uuid",
         (("Name", "name"), ("Name (ru)", "name_ru"), ("Name (az)", "name_az"),
          ("Reference date", "reference_date"), ("Kind", "kind"), ("Notes", "notes"))),
    Kind("Event types", EventType, None, "", "code",
         (("Name", "name"), ("Name (ru)", "name_ru"), ("Name (az)", "name_az"))),
    Kind("Program items", ProgramItemType, None, "", "code",
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
    """Write every reference list with its aliases to ``out``."""
    wb = Workbook(write_only=True)
    with database.sessions() as session:
        codes = dict(session.execute(select(Country.id, Country.code)).all())
        regions = dict(session.execute(select(Region.id, Region.code)).all())
        for kind in KINDS:
            ws = wb.create_sheet(kind.sheet)
            place = kind.model in (Organization, Region, City)
            ws.append([kind.key.upper() if kind.key == "uuid" else "Code",
                       *(h for h, _ in kind.fields), *(PLACE_COLUMNS if place else ()),
                       *(("Aliases",) if kind.alias else ())])
            aliases: dict[int, list[str]] = {}
            if kind.alias is not None:
                for owner, name in session.execute(
                    select(getattr(kind.alias, kind.owner), kind.alias.name)  # type: ignore[attr-defined]
                ):
                    aliases.setdefault(owner, []).append(name)
            for record in session.scalars(select(kind.model).order_by(kind.model.id)):  # type: ignore[attr-defined]
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
    out = Path(out).expanduser()
    wb.save(out)
    return out


def import_reference(database: Database, path: Path, user: str | None = None) -> ReferenceReport:
    """Merge the reference lists of ``path`` into the database (nothing is overwritten)."""
    from openpyxl import load_workbook

    from desktop.importing.safety import file_kind

    if file_kind(Path(path)) != "xlsx":
        raise ImportFileError(f"{Path(path).name} is not a reference-lists workbook (.xlsx).")
    wb = load_workbook(path, read_only=True)
    names = set(wb.sheetnames)
    wb.close()
    if not names & {k.sheet for k in KINDS}:
        raise ImportFileError(f"{Path(path).name} has none of the reference sheets "
                              f"({', '.join(k.sheet for k in KINDS)}).")
    tables = {k.sheet: read_table(path, sheet=k.sheet) for k in KINDS if k.sheet in names}
    report = ReferenceReport(batch_id=uuid.uuid4())
    with database.sessions() as session, session.begin():
        store = BatchStore(session, report.batch_id, user)
        for kind in KINDS:
            table = tables.get(kind.sheet)
            if table is None:
                continue
            for row in table.rows:
                values = dict(zip(table.headers, row.values, strict=False))
                _merge_row(session, store, kind, values, report)
            store.gazetteer.refresh()
    if not (report.added or report.aliases_added or report.filled):
        report.batch_id = None
    return report


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    text = str(value).strip()
    return text or None


def _find(session: Session, store: BatchStore, kind: Kind, key: str | None,
          names: list[str]) -> Any:
    model = kind.model
    if key:
        column = getattr(model, kind.key)
        try:
            wanted = uuid.UUID(key) if kind.key == "uuid" else key
        except ValueError:
            wanted = None
        if wanted is not None:
            found = session.scalar(select(model).where(column == wanted))
            if found is not None:
                return found
    resolve = {Organization: "organization", Person: "person", Region: "region", City: "city",
               Occasion: "occasion", EventType: "event_type",
               ProgramItemType: "program_item_type"}[model]
    for name in names:
        found = store.gazetteer._resolve(resolve, name, fuzzy=False)
        if found is not None:
            return found
    return None


def _merge_row(session: Session, store: BatchStore, kind: Kind, values: dict[str, Any],
               report: ReferenceReport) -> None:
    key_header = "UUID" if kind.key == "uuid" else "Code"
    key = _text(values.get(key_header))
    first = _text(values.get(kind.fields[0][0]))
    aliases = [a.strip() for a in (_text(values.get("Aliases")) or "").split(";") if a.strip()]
    names = [n for n in (first, *aliases) if n]
    if not names:
        return
    record = _find(session, store, kind, key, names)
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
            record.country_id = session.scalar(
                select(Country.id).where(Country.code == values["Country code"]))
            if record.country_id is None:
                return
        session.add(record)
        for header, attribute in kind.fields:
            _set(record, attribute, values.get(header))
        session.flush()
        store._log(kind.sheet.lower(), getattr(record, "uuid", None), record.id, "insert",
                   {kind.fields[0][1]: [None, first]})
        report.added.setdefault(kind.sheet, []).append(first or "")
    else:
        for header, attribute in kind.fields[1:]:
            if getattr(record, attribute) in (None, "") and values.get(header) not in (None, ""):
                _set(record, attribute, values.get(header))
                report.filled += 1
    if kind.alias is None:
        return
    have = set(session.scalars(select(kind.alias.normalized).where(  # type: ignore[attr-defined]
        getattr(kind.alias, kind.owner) == record.id)))
    added = 0
    for name in names:
        normalized = normalize(name)
        if normalized and normalized not in have:
            have.add(normalized)
            session.add(kind.alias(**{kind.owner: record.id, "name": name,
                                      "normalized": normalized}))
            added += 1
    if added:
        report.aliases_added += added
        session.flush()


def _set(record: Any, attribute: str, value: Any) -> None:
    if attribute == "reference_date":
        if isinstance(value, dt.datetime):
            value = value.date()
        elif isinstance(value, str) and value.strip():
            value = dt.date.fromisoformat(value.strip()[:10])
    elif isinstance(value, str):
        value = value.strip() or None
    setattr(record, attribute, value)
