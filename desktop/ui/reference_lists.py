"""Reference lists: browse, search, add, edit and merge the names events refer to.

An analyst keeps "Friendship", "Friendship society" and "Druzhba" from
becoming three organizations: each list searches every alias (by the same
``normalize`` key the gazetteer matches on), edits a record with its aliases,
and merges two records that are one thing (``db.merge_records``) as a step
of the main window's undo stack. Every change goes to the change log, which
:class:`ChangeLogDialog` shows for any record or event.
"""

from __future__ import annotations

import datetime as dt
import re
import socket
import uuid
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.event_store import EventStore, current_user
from db.gazetteer import Gazetteer, PlaceCandidate
from db.models import (
    ChangeLog,
    City,
    CityAlias,
    Country,
    CountryAlias,
    Event,
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
from db.world import Place
from desktop.ui import i18n
from desktop.ui.undo import MergeRecordsCommand

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_LIMIT = 500
"""Rows shown per search: a list of 50,000 people is searched, not scrolled."""


def tr(text: str) -> str:
    return QCoreApplication.translate("ReferenceLists", text)


@dataclass(frozen=True)
class ListSpec:
    """One kind of reference record and how its screen shows and edits it."""

    kind: str
    model: type
    alias_model: type | None
    name_attr: str = "name"
    extra: tuple[str, ...] = ()
    """Plain text attributes edited besides the name (code, short name, notes...)."""
    mergeable: bool = True
    needs_region: bool = False
    """Cities: a region (by any of its names) gives the city its country."""
    context: tuple[str, ...] = field(default_factory=tuple)
    """Relations shown in the Details column (region, country)."""


SPECS: tuple[ListSpec, ...] = (
    ListSpec(
        "organization",
        Organization,
        OrganizationAlias,
        extra=("short_name", "kind", "contacts", "notes"),
        context=("region", "country"),
    ),
    ListSpec("person", Person, PersonAlias, name_attr="full_name", extra=("notes",)),
    ListSpec("country", Country, CountryAlias, extra=("code",), mergeable=False),
    ListSpec("region", Region, RegionAlias, extra=("code", "kind"), context=("country",)),
    ListSpec("city", City, CityAlias, needs_region=True, context=("region", "country")),
    ListSpec(
        "occasion",
        Occasion,
        OccasionAlias,
        extra=("name_ru", "name_az", "reference_date", "kind", "notes"),
    ),
    ListSpec("event_type", EventType, None, extra=("code", "name_ru", "name_az")),
    ListSpec("program_item_type", ProgramItemType, None, extra=("code", "name_ru", "name_az")),
)


def tab_titles() -> dict[str, str]:
    return {
        "organization": tr("Organizations"),
        "person": tr("People"),
        "country": tr("Countries"),
        "region": tr("Regions"),
        "city": tr("Cities"),
        "occasion": tr("Occasions"),
        "event_type": tr("Event types"),
        "program_item_type": tr("Program item types"),
    }


def field_labels() -> dict[str, str]:
    return {
        "name": tr("&Name"),
        "short_name": tr("&Short name"),
        "kind": tr("&Kind"),
        "contacts": tr("&Contacts"),
        "notes": tr("N&otes"),
        "code": tr("&Code"),
        "name_ru": tr("Name in &Russian"),
        "name_az": tr("Name in A&zerbaijani"),
        "reference_date": tr("Reference &date (YYYY-MM-DD)"),
        "region": tr("&Region"),
    }


# --- data (no widgets) ---------------------------------------------------------------


def alias_owner(spec: ListSpec) -> str:
    """The alias table's column pointing at its record (organization_id...)."""
    assert spec.alias_model is not None
    table = spec.alias_model.__table__  # type: ignore[attr-defined]
    return next(c.name for c in table.columns if c.foreign_keys)


def search_records(session: Session, spec: ListSpec, text: str, limit: int = ROW_LIMIT) -> list:
    """Records whose name or any alias contains ``text`` (normalized), sorted by name."""
    model = spec.model
    name = getattr(model, spec.name_attr)
    query = select(model)
    key = normalize(text or "")
    if key:
        pattern = f"%{key}%"
        conditions = [name.ilike(f"%{text.strip()}%")]
        if spec.alias_model is not None:
            owner = getattr(spec.alias_model, alias_owner(spec))
            conditions.append(
                model.id.in_(
                    select(owner).where(spec.alias_model.normalized.like(pattern))  # type: ignore[attr-defined]
                )
            )
        query = query.where(or_(*conditions))
    return list(session.scalars(query.order_by(name).limit(limit)))


def record_name(spec: ListSpec, record: Any) -> str:
    return getattr(record, spec.name_attr) or ""


def alias_names(spec: ListSpec, record: Any) -> list[str]:
    """The record's other names (its own name left out)."""
    if spec.alias_model is None:
        return []
    own = normalize(record_name(spec, record))
    return [a.name for a in record.aliases if a.normalized != own]


def details(spec: ListSpec, record: Any) -> str:
    parts = [str(getattr(record, attr)) for attr in spec.extra if getattr(record, attr, None)]
    for relation in spec.context:
        related = getattr(record, relation, None)
        if related is not None:
            parts.append(related.name)
    if spec.model is City:
        parts.append("GeoNames" if record.geonames_id else tr("made by hand"))
    return " · ".join(parts)


def events_per_record(session: Session, spec: ListSpec, ids: list[int]) -> dict[int, int]:
    """Record id -> live events that name it (cities only; other lists show no count)."""
    if spec.model is not City or not ids:
        return {}
    rows = session.execute(
        select(Event.city_id, func.count(Event.id))
        .where(Event.city_id.in_(ids), Event.deleted_at.is_(None))
        .group_by(Event.city_id)
    )
    return {city_id: count for city_id, count in rows}


def geonames_choices(session: Session, city_id: int, lang: str) -> list[PlaceCandidate]:
    """GeoNames towns a stored city may be, by its name and aliases, nearest first."""
    city = session.get(City, city_id)
    if city is None:
        return []
    gazetteer = Gazetteer(session)
    found: dict[int, PlaceCandidate] = {}
    for name in [city.name, *(a.name for a in city.aliases)]:
        for candidate in gazetteer.city_candidates(
            name, country=city.country, region=city.region, lang=lang
        ):
            place = candidate.place
            if place is not None and candidate.city_id != city_id:
                found.setdefault(place.geonames_id or 0, candidate)
    return sorted(found.values(), key=lambda c: (not c.exact, -c.score))


def link_to_geonames(session: Session, city_id: int, place: Place) -> int | None:
    """Make a hand-made city the GeoNames town ``place``. When another stored city already
    is that town, nothing changes here and its id is returned: merge into it."""
    gazetteer = Gazetteer(session)
    stored = gazetteer.stored_city(place)
    if stored is not None:
        return stored.id if stored.id != city_id else None
    city = session.get(City, city_id)
    if city is None:
        raise ValueError(tr("This record no longer exists; refresh the list."))
    gazetteer.link_city(city, place, current_user())
    return None


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _code_for(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", normalize(name)).strip("_")[:40] or uuid.uuid4().hex[:8]


def save_record(
    session: Session,
    spec: ListSpec,
    record_id: int | None,
    values: dict[str, str],
    aliases: list[str],
) -> Any:
    """Create or update one record and its aliases, with a change-log entry.

    Raises ValueError with a message for the user when a value cannot be used.
    """
    name = values.get("name", "").strip()
    if not name:
        raise ValueError(tr("Enter a name."))
    record = session.get(spec.model, record_id) if record_id is not None else spec.model()
    if record is None:
        raise ValueError(tr("This record no longer exists; refresh the list."))
    before: dict[str, Any] = {}
    if record_id is not None:
        before = {spec.name_attr: getattr(record, spec.name_attr)}
        before.update({attr: _plain(getattr(record, attr)) for attr in spec.extra})
        before["aliases"] = sorted(alias_names(spec, record))
        if spec.needs_region:
            before["region"] = record.region.name if record.region else None
    setattr(record, spec.name_attr, name)
    for attr in spec.extra:
        text = values.get(attr, "").strip() or None
        if attr == "reference_date" and text:
            try:
                setattr(record, attr, dt.date.fromisoformat(text))
            except ValueError as error:
                raise ValueError(
                    tr("The reference date is not a date: {text}").format(text=text)
                ) from error
        elif attr == "code" and not text and spec.model in (EventType, ProgramItemType):
            setattr(record, attr, _code_for(name))
        else:
            setattr(record, attr, text)
    if spec.needs_region:
        region = EventStore(session).region(values.get("region"), None)
        if region is None:
            raise ValueError(tr("Give the region the city is in."))
        record.region, record.country = region, region.country
    if spec.model is Country and not record.code:
        raise ValueError(tr("A country needs its two-letter ISO code."))
    session.add(record)
    session.flush()
    if spec.alias_model is not None:
        _sync_aliases(session, spec, record, [name, *aliases])
    after = {spec.name_attr: name}
    after.update({attr: _plain(getattr(record, attr)) for attr in spec.extra})
    after["aliases"] = sorted(alias_names(spec, record))
    if spec.needs_region:
        after["region"] = record.region.name if record.region else None
    changes = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
    if changes:
        session.add(
            ChangeLog(
                user=current_user(),
                desk=socket.gethostname(),
                table_name=spec.model.__tablename__,  # type: ignore[attr-defined]
                record_uuid=getattr(record, "uuid", None),
                record_id=record.id,
                action="update" if record_id is not None else "insert",
                changes=changes,
                summary=name[:500],
            )
        )
    session.flush()
    return record


def _sync_aliases(session: Session, spec: ListSpec, record: Any, names: list[str]) -> None:
    """The record's aliases become exactly ``names`` (its own name always among them)."""
    assert spec.alias_model is not None
    wanted: dict[str, str] = {}
    for name in names:
        key = normalize(name)
        if key and key not in wanted:
            wanted[key] = name.strip()
    for alias in list(record.aliases):
        if alias.normalized not in wanted:
            record.aliases.remove(alias)
            session.delete(alias)
        else:
            alias.name = wanted.pop(alias.normalized)
    for key, name in wanted.items():
        record.aliases.append(spec.alias_model(name=name, normalized=key))
    session.flush()
    session.refresh(record, ["aliases"])


# --- widgets ----------------------------------------------------------------------------


class RecordDialog(QDialog):
    """Add or edit one record: its name, its other fields, its aliases (one per line)."""

    def __init__(
        self,
        database: Database,
        spec: ListSpec,
        record_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("record_dialog")
        self._database = database
        self.spec = spec
        self.record_id = record_id
        self.saved_id: int | None = None
        title = tab_titles()[spec.kind]
        self.setWindowTitle(
            self.tr("Edit: {list}").format(list=title)
            if record_id is not None
            else self.tr("Add to: {list}").format(list=title)
        )
        labels = field_labels()
        form = QFormLayout()
        self.inputs: dict[str, QLineEdit] = {}
        for attr in ("name", *spec.extra, *(("region",) if spec.needs_region else ())):
            edit = QLineEdit()
            edit.setObjectName(f"record_{attr}")
            edit.setAccessibleName(labels[attr].replace("&", ""))
            caption = QLabel(labels[attr])
            caption.setBuddy(edit)
            form.addRow(caption, edit)
            self.inputs[attr] = edit
        self.aliases = QPlainTextEdit()
        self.aliases.setObjectName("record_aliases")
        self.aliases.setAccessibleName(self.tr("Aliases, one per line"))
        self.aliases.setTabChangesFocus(True)
        self.aliases.setPlaceholderText(
            self.tr("Other spellings and languages, one per line (e.g. Druzhba, Дружба)")
        )
        if spec.alias_model is not None:
            caption = QLabel(self.tr("&Aliases"))
            caption.setBuddy(self.aliases)
            form.addRow(caption, self.aliases)
        else:
            self.aliases.setVisible(False)
        self.error = QLabel()
        self.error.setObjectName("record_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if record_id is not None:
            self._load()
        self.resize(520, 380)

    def _load(self) -> None:
        with self._database.sessions() as session:
            record = session.get(self.spec.model, self.record_id)
            if record is None:
                return
            self.inputs["name"].setText(record_name(self.spec, record))
            for attr in self.spec.extra:
                value = getattr(record, attr)
                self.inputs[attr].setText("" if value is None else str(_plain(value)))
            if self.spec.needs_region and record.region is not None:
                self.inputs["region"].setText(record.region.name)
            self.aliases.setPlainText("\n".join(alias_names(self.spec, record)))

    def values(self) -> dict[str, str]:
        return {attr: edit.text() for attr, edit in self.inputs.items()}

    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.toPlainText().splitlines() if line.strip()]

    def save(self) -> bool:
        try:
            with self._database.sessions.begin() as session:
                record = save_record(
                    session, self.spec, self.record_id, self.values(), self.alias_list()
                )
                self.saved_id = record.id
        except ValueError as error:
            self.error.setText(str(error))
            return False
        self.accept()
        return True


class ReferenceTab(QWidget):
    """One list: a search box, the matching records, and what can be done to them."""

    changed = Signal()

    def __init__(self, lists: ReferenceListsDialog, spec: ListSpec):
        super().__init__()
        self.lists = lists
        self.spec = spec
        self.setObjectName(f"tab_{spec.kind}")
        self.search = QLineEdit()
        self.search.setObjectName(f"search_{spec.kind}")
        self.search.setAccessibleName(self.tr("Search {list}").format(list=tab_titles()[spec.kind]))
        self.search.setPlaceholderText(self.tr("Search by any name or alias…"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        headers = [self.tr("Name"), self.tr("Aliases"), self.tr("Details")]
        if spec.model is City:
            headers.append(self.tr("Events"))
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName(f"table_{spec.kind}")
        self.table.setAccessibleName(tab_titles()[spec.kind])
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 340)
        self.table.setColumnWidth(2, 220)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.count = QLabel()
        self.count.setObjectName(f"count_{spec.kind}")
        self.add_button = self._button(self.tr("&Add…"), "add", self.add)
        self.edit_button = self._button(self.tr("&Edit…"), "edit", self.edit_selected)
        self.merge_button = self._button(self.tr("&Merge…"), "merge", self.merge_selected)
        self.merge_button.setToolTip(
            self.tr("Select two records that are one thing written two ways")
        )
        self.merge_button.setVisible(spec.mergeable)
        self.history_button = self._button(self.tr("&History…"), "history", self.show_history)
        self.link_button = self._button(self.tr("Link to &GeoNames…"), "link", self.link_selected)
        self.link_button.setToolTip(
            self.tr("Make a city made by hand the GeoNames place it is (merging if needed)")
        )
        self.link_button.setVisible(spec.model is City)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.merge_button,
            self.link_button,
            self.history_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._loaded = False

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{name}_{self.spec.kind}")
        button.setAccessibleName(text.replace("&", "").replace("…", ""))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """Search again (after typing, an edit, a merge or an undo)."""
        self._loaded = True
        selected = set(self.selected_ids())
        with self.lists.database.sessions() as session:
            records = search_records(session, self.spec, self.search.text())
            used = events_per_record(session, self.spec, [r.id for r in records])
            rows = [
                (
                    r.id,
                    record_name(self.spec, r),
                    ", ".join(alias_names(self.spec, r)),
                    details(self.spec, r),
                    *((str(used.get(r.id, 0)),) if self.spec.model is City else ()),
                )
                for r in records
            ]
        self.table.setRowCount(len(rows))
        for number, (record_id, *texts) in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(ID_ROLE, record_id)
                self.table.setItem(number, column, item)
            if record_id in selected:
                self.table.selectRow(number)
        if rows:  # names whole where the window allows, aliases take the rest
            self.table.resizeColumnToContents(0)
            self.table.setColumnWidth(0, min(max(self.table.columnWidth(0), 200), 440))
        more_than = len(rows) >= ROW_LIMIT
        self.count.setText(
            self.tr("first {count} shown; type to narrow").format(count=len(rows))
            if more_than
            else self.tr("{count} shown").format(count=len(rows))
        )
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(ID_ROLE) for r in rows if self.table.item(r, 0)]

    def select_ids(self, ids: list[int]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) in ids:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def name_of(self, record_id: int) -> str:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.data(ID_ROLE) == record_id:
                return item.text()
        return str(record_id)

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        self.edit_button.setEnabled(count == 1)
        self.history_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count == 2)
        self.link_button.setEnabled(count == 1)

    def add(self) -> RecordDialog:
        dialog = RecordDialog(self.lists.database, self.spec, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_edit(dialog.saved_id))
        dialog.open()
        return dialog

    def edit_selected(self) -> RecordDialog | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        dialog = RecordDialog(self.lists.database, self.spec, ids[0], parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_edit(dialog.saved_id))
        dialog.open()
        return dialog

    def _after_edit(self, record_id: int | None) -> None:
        self.refresh()
        if record_id is not None:
            self.select_ids([record_id])
        self.changed.emit()

    def merge_selected(self) -> bool:
        """Ask which of the two selected records survives, then merge (undoable)."""
        ids = self.selected_ids()
        if len(ids) != 2 or not self.spec.mergeable:
            return False
        first, second = ids
        a, b = self.name_of(first), self.name_of(second)
        box = QMessageBox(self)
        box.setObjectName("merge_confirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Merge two records"))
        box.setText(self.tr("Are “{a}” and “{b}” one and the same?").format(a=a, b=b))
        box.setInformativeText(
            self.tr(
                "Everything that refers to the record merged away will refer to the one "
                "kept, and its name stays as an alias. Edit > Undo (Ctrl+Z) puts it back."
            )
        )
        keep_first = box.addButton(
            self.tr("Keep “{name}”").format(name=a), QMessageBox.ButtonRole.AcceptRole
        )
        keep_first.setObjectName("merge_keep_first")
        keep_second = box.addButton(
            self.tr("Keep “{name}”").format(name=b), QMessageBox.ButtonRole.AcceptRole
        )
        keep_second.setObjectName("merge_keep_second")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep_first:
            survivor, duplicate = first, second
        elif clicked is keep_second:
            survivor, duplicate = second, first
        else:
            return False
        text = self.tr("Merge “{duplicate}” into “{survivor}”").format(
            duplicate=self.name_of(duplicate), survivor=self.name_of(survivor)
        )
        self.lists.undo_stack.push(
            MergeRecordsCommand(self.lists.host, self.spec.kind, survivor, duplicate, text)
        )
        self.refresh()
        self.select_ids([survivor])
        self.changed.emit()
        return True

    def link_selected(self) -> bool:
        """Offer the GeoNames towns the selected city may be; link it to the chosen one,
        or merge it (undoable) into the stored city that already is that town."""
        ids = self.selected_ids()
        if len(ids) != 1 or self.spec.model is not City:
            return False
        city_id = ids[0]
        with self.lists.database.sessions() as session:
            choices = geonames_choices(session, city_id, i18n.current_language())
        if not choices:
            QMessageBox.information(
                self,
                self.tr("Link to GeoNames"),
                self.tr(
                    "No GeoNames place has this name. Add the names it is known by as "
                    "aliases, or keep it as a place made by hand."
                ),
            )
            return False
        labels = [c.label for c in choices]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Link to GeoNames"),
            self.tr("“{name}” is:").format(name=self.name_of(city_id)),
            labels,
            0,
            False,
        )
        if not ok or label not in labels:
            return False
        place = choices[labels.index(label)].place
        assert place is not None
        try:
            with self.lists.database.sessions.begin() as session:
                survivor = link_to_geonames(session, city_id, place)
        except ValueError as error:
            self.lists.report_failure(str(error))
            return False
        if survivor is not None:
            text = self.tr("Merge “{duplicate}” into “{survivor}”").format(
                duplicate=self.name_of(city_id), survivor=label
            )
            self.lists.undo_stack.push(
                MergeRecordsCommand(self.lists.host, "city", survivor, city_id, text)
            )
            city_id = survivor
        self.refresh()
        self.select_ids([city_id])
        self.changed.emit()
        return True

    def show_history(self) -> ChangeLogDialog | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        table = self.spec.model.__tablename__  # type: ignore[attr-defined]
        dialog = ChangeLogDialog(self.lists.database, table, record_id=ids[0], parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class ReferenceListsDialog(QDialog):
    """All reference lists in tabs; merges go on the main window's undo stack."""

    changed = Signal()

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack | None = None,
        host: Any = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("reference_lists")
        self.setWindowTitle(self.tr("Reference lists"))
        self.database = database
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.host = host if host is not None else self
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reference_tabs")
        self.tabs.setAccessibleName(self.tr("Reference lists"))
        self.pages: dict[str, ReferenceTab] = {}
        titles = tab_titles()
        for spec in SPECS:
            page = ReferenceTab(self, spec)
            page.changed.connect(self.changed)
            self.pages[spec.kind] = page
            self.tabs.addTab(page, titles[spec.kind])
        self.tabs.currentChanged.connect(lambda _i: self.current().ensure_loaded())
        self.undo_stack.indexChanged.connect(self._after_undo)
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.current().ensure_loaded()
        self.resize(980, 620)

    def current(self) -> ReferenceTab:
        return self.tabs.currentWidget()  # type: ignore[return-value]

    def show_list(self, kind: str) -> ReferenceTab:
        page = self.pages[kind]
        self.tabs.setCurrentWidget(page)
        page.ensure_loaded()
        return page

    def _after_undo(self, _index: int) -> None:
        for page in self.pages.values():
            if page._loaded:
                page.refresh()

    # Host for undo commands when no main window is there (a standalone dialog, tests).
    def after_change(self) -> None:
        self.changed.emit()

    def report_failure(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not possible"), message)


class ChangeLogDialog(QDialog):
    """Who changed a record (or an event), when, from what to what; newest first."""

    def __init__(
        self,
        database: Database,
        table_name: str,
        record_uuid: uuid.UUID | None = None,
        record_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("change_log_dialog")
        self.setWindowTitle(self.tr("Change history"))
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("change_log_table")
        self.table.setAccessibleName(self.tr("Change history"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Field"),
                self.tr("Old"),
                self.tr("New"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.rows = self._rows(database, table_name, record_uuid, record_id)
        self.table.setRowCount(len(self.rows))
        for number, values in enumerate(self.rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()
        for column in (4, 5):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 300))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.rows:
            layout.addWidget(QLabel(self.tr("No changes are recorded for this record.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)

    @staticmethod
    def _text(value: Any) -> str:
        if value is None:
            return "—"
        if isinstance(value, list):
            return "; ".join(str(v) for v in value) or "—"
        return str(value)

    def _rows(
        self,
        database: Database,
        table_name: str,
        record_uuid: uuid.UUID | None,
        record_id: int | None,
    ) -> list[tuple[str, ...]]:
        matches = []
        if record_uuid is not None:
            matches.append(ChangeLog.record_uuid == record_uuid)
        if record_id is not None:
            matches.append(ChangeLog.record_id == record_id)
        if not matches:
            return []
        query = (
            select(ChangeLog)
            .where(ChangeLog.table_name == table_name, or_(*matches))
            .order_by(ChangeLog.at.desc(), ChangeLog.id.desc())
        )
        rows: list[tuple[str, ...]] = []
        with database.sessions() as session:
            for entry in session.scalars(query):
                when = f"{entry.at:%Y-%m-%d %H:%M}"
                who = entry.user or "?"
                if entry.desk:
                    who = f"{who} @ {entry.desk}"
                changes = entry.changes if entry.action in ("insert", "update") else None
                if isinstance(changes, dict) and changes:
                    for name, pair in changes.items():
                        old, new = (
                            pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
                        )
                        rows.append(
                            (when, who, entry.action, name, self._text(old), self._text(new))
                        )
                else:
                    rows.append((when, who, entry.action, "", "", entry.summary or ""))
        return rows
