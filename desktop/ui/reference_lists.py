"""Reference lists: browse, search, add, edit, merge and delete the names events refer to.

An analyst keeps "Friendship", "Friendship society" and "Druzhba" from
becoming three organizations: each list searches every alias and every
language's name (by the same ``normalize`` key the gazetteer matches on),
names each record in the interface language, adds and edits a record with its
aliases, links a town made by hand to GeoNames, merges two records that are one thing
(``db.merge_records``) and deletes one nothing uses, each as a step of the main
window's undo stack (Edit > Undo, Ctrl+Z). The widgets only
draw: searching, saving, aliases, deleting, the change log and the conflict
check are ``db.reference_service``'s.
A record is saved at the version it was opened at; when another desk saved it
since, nothing is written and the dialog offers to reload. :class:`ChangeLogDialog`
shows the history of any record or event.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
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

from db.engine import Database
from db.localized import names_by_id
from db.models import City, Region
from db.names import normalize
from db.reference_kinds import REFERENCE_KINDS, ReferenceKind
from db.reference_service import (
    ROW_LIMIT,
    CityLink,
    DeleteRefusedError,
    NameTakenError,
    RecordData,
    ReferenceInputError,
    ReferenceService,
    StaleRecordError,
    alias_names,
    change_history,
    record_name,
)
from db.region_kinds import region_kind
from desktop.ui import i18n
from desktop.ui.undo import Host, HostCommand, MergeRecordsCommand

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.engine import Reader
    from db.world import Place

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NEAR_MIN_CHARS = 3
NEAR_LIMIT = 8
"""A search that finds nothing shows up to this many near spellings (3 letters or more)."""
_PLAIN_KEY = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
"""Enter as pressed alone (the keypad's Enter included)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("ReferenceLists", text)


@dataclass(frozen=True)
class ListSpec:
    """One kind of reference record (db.reference_kinds) and how its screen shows it."""

    ref: ReferenceKind
    context: tuple[str, ...] = field(default_factory=tuple)
    """Relations shown in the Details column (region, country)."""

    @property
    def kind(self) -> str:
        return self.ref.name

    @property
    def model(self) -> type:
        return self.ref.model

    @property
    def extra(self) -> tuple[str, ...]:
        return self.ref.fields

    @property
    def mergeable(self) -> bool:
        return self.ref.mergeable

    @property
    def needs_region(self) -> bool:
        return self.ref.needs_region


_CONTEXT = {
    "organization": ("region", "country"),
    "region": ("country",),
    "city": ("region", "country"),
}
_ORDER = (
    "organization",
    "person",
    "country",
    "region",
    "city",
    "occasion",
    "event_type",
    "program_item_type",
)
SPECS: tuple[ListSpec, ...] = tuple(
    ListSpec(REFERENCE_KINDS[kind], _CONTEXT.get(kind, ())) for kind in _ORDER
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
        "region": tr("Re&gion"),
    }


def record_nouns() -> dict[str, str]:
    """A record of each kind as Edit > Undo names it ("Edit city “Ganja”")."""
    return {
        "organization": tr("organization"),
        "person": tr("person"),
        "country": tr("country"),
        "region": tr("region"),
        "city": tr("city"),
        "occasion": tr("occasion"),
        "event_type": tr("event type"),
        "program_item_type": tr("program item type"),
    }


def record_field_label(name: str) -> str:
    """A reference record's logged field as its dialog names it (no shortcut mark)."""
    labels = {
        **field_labels(),
        "full_name": tr("&Name"),
        "aliases": tr("&Aliases"),
        "country": tr("Country"),
        "city": tr("City"),
        "geonames_id": "GeoNames",
    }
    return labels.get(name, name).replace("&", "")


# --- what the service says, as the user reads it -------------------------------------


def input_message(error: ReferenceInputError) -> str:
    """The service's message, already in the interface language (db.messages)."""
    return str(error)


def near_records(session: Session, kind: str, text: str) -> list[Any]:
    """Records a misspelt search may mean ("Frendship": Friendship), best first: an empty
    list would let the clerk add the same thing again under the typo."""
    from db.gazetteer import Gazetteer  # its indexes: built when a search first misses

    found = Gazetteer(session).suggest(kind, text, limit=NEAR_LIMIT)
    return list(dict.fromkeys(record for _label, record in found if record is not None))


def related_names(
    session: Reader, spec: ListSpec, records: Sequence[Any], language: str
) -> dict[tuple[str, int], str]:
    """(relation, id) → the related region's or country's name in ``language``, for the
    Details column of ``records``, in a query or two per relation."""
    names: dict[tuple[str, int], str] = {}
    for relation in spec.context:
        related = [r for r in (getattr(record, relation, None) for record in records) if r]
        for model in {type(r) for r in related}:
            ids = [r.id for r in related if isinstance(r, model)]
            found = names_by_id(session, model, ids, language)
            names.update({(relation, i): name for i, name in found.items()})
    return names


_NAME_FIELDS = ("name_ru", "name_az")
"""A record's names in the other interface languages, among its fields."""


def other_names(spec: ListSpec, record: Any, shown: str) -> list[str]:
    """The record's names in the languages other than the one ``shown`` in the Name
    column: its English name and its Russian and Azerbaijani ones, each once (compared
    as written: "Владивосток" is not "Vladivostok" to a reader, though one key)."""
    names = [record_name(spec.ref, record)]
    names += [getattr(record, attr) or "" for attr in _NAME_FIELDS if attr in spec.extra]
    seen = {shown.casefold()}
    out = []
    for name in names:
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def _spells(code: str, name: str) -> bool:
    """Whether a type's ``code`` only spells its English name ("round_table"): said
    once in the Details column, not twice."""
    return normalize(code) == normalize(name)


def shown_aliases(spec: ListSpec, record: Any, shown: str) -> str:
    """The Aliases column: the record's aliases but the name shown beside them."""
    written = shown.casefold()
    return ", ".join(a for a in alias_names(spec.ref, record) if a.casefold() != written)


def _field_text(spec: ListSpec, attr: str, value: Any) -> str:
    """A field of the Details column; a region's kind (pycountry's English word) in the
    interface language."""
    return region_kind(value) if spec.model is Region and attr == "kind" else str(value)


def details(
    spec: ListSpec,
    record: Any,
    names: dict[tuple[str, int], str] | None = None,
    shown: str | None = None,
) -> str:
    """The record's names in the other languages than the one ``shown`` (its English
    name by default), its fields, and its region and country as ``names`` (from
    :func:`related_names`) names them."""
    english = record_name(spec.ref, record)
    parts = other_names(spec, record, shown if shown is not None else english)
    parts += [
        _field_text(spec, attr, getattr(record, attr))
        for attr in spec.extra
        if attr not in _NAME_FIELDS
        and getattr(record, attr, None)
        and not (attr == "code" and _spells(getattr(record, attr), english))
    ]
    for relation in spec.context:
        related = getattr(record, relation, None)
        if related is not None:
            parts.append((names or {}).get((relation, related.id), related.name))
    if spec.model is City:
        parts.append("GeoNames" if record.geonames_id else tr("made by hand"))
    return " · ".join(parts)


# --- widgets ----------------------------------------------------------------------------


class RecordVersions(QObject):
    """The version each reference record was left at by its undo stack's last step on it.

    A step further down the stack expects that version, not the one it saved itself: the
    steps above it on the same record were undone since, each writing a new version. Any
    other version is another desk's change. Kept as a child of the stack, which outlives
    this window."""

    def __init__(self, stack: QUndoStack):
        super().__init__(stack)
        self.setObjectName("reference_record_versions")
        self.versions: dict[tuple[str, int], int] = {}

    @staticmethod
    def of(stack: QUndoStack) -> RecordVersions:
        found = stack.findChild(QObject, "reference_record_versions")
        return found if isinstance(found, RecordVersions) else RecordVersions(stack)


class ReferenceCommand(HostCommand):
    """A step on one reference record, done in one transaction of its own."""

    def __init__(self, host: Host, kind: str, record_id: int, version: int | None,
                 versions: RecordVersions, text: str, failed: str):
        super().__init__(text)
        self.host = host
        self.kind = kind
        self.record_id = record_id
        self.versions = versions
        self.failed = failed
        """What to say when it cannot be done (``{what}``, ``{error}``)."""
        self._left_at(version)

    @property
    def version(self) -> int | None:
        """The version this stack left the record at: a newer one is another desk's."""
        return self.versions.versions.get((self.kind, self.record_id))

    def _left_at(self, version: int | None) -> None:
        if version is not None:
            self.versions.versions[(self.kind, self.record_id)] = version

    def _run(self, work: Callable[[ReferenceService], None]) -> None:
        """Do ``work`` in one transaction; what stops it is said, and the command leaves
        the stack rather than undo something else."""
        try:
            with self.host.database.sessions.begin() as session:
                work(ReferenceService(session))
        except (ReferenceInputError, DeleteRefusedError, StaleRecordError) as error:
            self.setObsolete(True)
            self.host.report_failure(self.failed.format(what=self.text(), error=error))
        self.host.after_change()


class DoneStepCommand(ReferenceCommand):
    """A step the window has done already when it goes on the stack: the push's own redo
    has nothing to do; later, redo does it again and undo takes it back."""

    def __init__(self, host: Host, kind: str, record_id: int, version: int | None,
                 versions: RecordVersions, text: str, failed: str):
        super().__init__(host, kind, record_id, version, versions, text, failed)
        self.done = True

    def redo(self) -> None:
        if self.done:
            self.done = False
            return
        self._run(self.do_again)

    def undo(self) -> None:
        self._run(self.take_back)

    def do_again(self, service: ReferenceService) -> None:
        raise NotImplementedError

    def take_back(self, service: ReferenceService) -> None:
        raise NotImplementedError


class SaveRecordCommand(DoneStepCommand):
    """A save the record's dialog has made (its name, fields, aliases); undo gives back
    what the dialog showed when opened, redo what it saved. A change made meanwhile at
    another desk stops it (the version)."""

    def __init__(self, host: Host, kind: str, before: RecordData, after: RecordData,
                 versions: RecordVersions, text: str, failed: str):
        super().__init__(host, kind, after.id, after.version, versions, text, failed)
        self.before, self.after = before, after

    def do_again(self, service: ReferenceService) -> None:
        self._put(service, self.after)

    def take_back(self, service: ReferenceService) -> None:
        self._put(service, self.before)

    def _put(self, service: ReferenceService, state: RecordData) -> None:
        record = service.save(self.kind, self.record_id, state.values, state.aliases,
                              self.version, allow_shared_names=True)  # checked when typed
        self._left_at(record.version)


class AddRecordCommand(DoneStepCommand):
    """A record the dialog has added; undo deletes it again while nothing uses it (then
    it stays, and the clerk is told why), redo puts it back from the change log."""

    def __init__(self, host: Host, kind: str, added: RecordData, versions: RecordVersions,
                 text: str, failed: str):
        super().__init__(host, kind, added.id, added.version, versions, text, failed)
        self.batch: uuid.UUID | None = None

    def do_again(self, service: ReferenceService) -> None:
        if self.batch is None:
            return
        self.record_id = service.undo_delete(self.batch)
        data = service.read(self.kind, self.record_id)
        self._left_at(data.version if data is not None else None)

    def take_back(self, service: ReferenceService) -> None:
        self.batch = service.delete(self.kind, self.record_id, self.version,
                                    i18n.current_language(), added=True)


class LinkCityCommand(DoneStepCommand):
    """A city the clerk has linked to its GeoNames town; undo makes it the place made by
    hand it was (its names, region and aliases as before), redo links it again."""

    def __init__(self, host: Host, city_id: int, before: CityLink, after: CityLink,
                 version: int, versions: RecordVersions, text: str, failed: str):
        super().__init__(host, "city", city_id, version, versions, text, failed)
        self.before, self.after = before, after

    def do_again(self, service: ReferenceService) -> None:
        self._put(service, self.after)

    def take_back(self, service: ReferenceService) -> None:
        self._put(service, self.before)

    def _put(self, service: ReferenceService, link: CityLink) -> None:
        self._left_at(service.put_city_link(self.record_id, link, self.version))


class DeleteRecordCommand(ReferenceCommand):
    """Delete a reference record nothing uses (ReferenceService.delete); undo puts it
    back from the change log (undo_delete), redo deletes it again. The version is the
    one the clerk confirmed, then the one put back: a change made meanwhile at another
    desk is not deleted unseen."""

    def __init__(self, host: Host, kind: str, record_id: int, version: int,
                 versions: RecordVersions, text: str, failed: str):
        super().__init__(host, kind, record_id, version, versions, text, failed)
        self.batch: uuid.UUID | None = None

    def redo(self) -> None:
        def delete(service: ReferenceService) -> None:
            self.batch = service.delete(
                self.kind, self.record_id, self.version, i18n.current_language()
            )

        self._run(delete)

    def undo(self) -> None:
        def put_back(service: ReferenceService) -> None:
            if self.batch is None:
                return
            self.record_id = service.undo_delete(self.batch)
            data = service.read(self.kind, self.record_id)
            self._left_at(data.version if data is not None else None)

        self._run(put_back)


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
        self.version: int | None = None
        """The version the record was read at; a save over a newer one is refused."""
        self.stored: RecordData | None = None
        """The record as read: a rename keeps its name as an alias, and undo gives it back."""
        self.saved: RecordData | None = None
        """The record as saved, read in the same transaction: what redo puts back."""
        self.shown_name = ""
        """Its name as saved, in the interface language: what Edit > Undo names."""
        title = tab_titles()[spec.kind]
        self.setWindowTitle(
            self.tr("Edit: {list}").format(list=title)
            if record_id is not None
            else self.tr("Add to: {list}").format(list=title)
        )
        labels = field_labels()
        if spec.ref.localized:  # the list shows its name in the interface language
            labels["name"] = self.tr("&Name in English")
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
        if spec.ref.alias_model is not None:
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
        for edit in self.inputs.values():  # a refusal is of what was typed before
            edit.textEdited.connect(self.error.clear)
        self.aliases.textChanged.connect(self.error.clear)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if record_id is not None:
            self._load()
        self.resize(520, 380)

    def _load(self) -> None:
        """Show the record as stored now; a save is checked against this version."""
        assert self.record_id is not None
        with self._database.sessions() as session:
            data = ReferenceService(session).read(self.spec.kind, self.record_id)
        if data is None:
            self.error.setText(tr("This record no longer exists; refresh the list."))
            return
        self.version = data.version
        self.stored = data
        for attr, edit in self.inputs.items():
            edit.setText(data.values.get(attr, ""))
        self.aliases.setPlainText("\n".join(data.aliases))

    def values(self) -> dict[str, str]:
        return {attr: edit.text() for attr, edit in self.inputs.items()}

    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.toPlainText().splitlines() if line.strip()]

    def aliases_to_save(self) -> list[str]:
        """The aliases typed, plus the old name when the record was renamed: the imports
        and searches that still use the old name go on finding the record."""
        aliases = self.alias_list()
        old = self.stored.values.get("name", "").strip() if self.stored is not None else ""
        new = self.values().get("name", "").strip()
        kept = {alias.casefold() for alias in aliases}
        renamed = bool(old) and old.casefold() != new.casefold()
        if renamed and self.spec.ref.alias_model is not None and old.casefold() not in kept:
            aliases.append(old)
        return aliases

    def save(self, allow_shared_names: bool = False) -> bool:
        """Save; a name another record has is asked about first (nothing typed is lost)."""
        try:
            with self._database.sessions.begin() as session:
                service = ReferenceService(session)
                record = service.save(
                    self.spec.kind,
                    self.record_id,
                    self.values(),
                    self.aliases_to_save(),
                    self.version,
                    allow_shared_names,
                )
                self.saved_id = record.id
                self.saved = service.read(self.spec.kind, record.id)
                shown = service.shown_names(self.spec.kind, [record], i18n.current_language())
                self.shown_name = shown[record.id]
        except NameTakenError as taken:
            if self._save_anyway(taken):
                return self.save(allow_shared_names=True)
            self.error.setText(input_message(taken))
            return False
        except ReferenceInputError as error:
            self.error.setText(input_message(error))
            return False
        except StaleRecordError as conflict:
            self._offer_reload(conflict)
            return False
        self.accept()
        return True

    def _typed(self) -> bool:
        """Whether anything differs from the record as opened (a new one: from empty)."""
        stored = self.stored.values if self.stored is not None else {}
        aliases = self.stored.aliases if self.stored is not None else []
        typed = {attr: text.strip() for attr, text in self.values().items()}
        return typed != {attr: stored.get(attr, "").strip() for attr in typed} or (
            self.alias_list() != aliases
        )

    def reject(self) -> None:
        """Escape or Cancel: what was typed is not thrown away without asking."""
        if self._typed() and not self._discard():
            return
        super().reject()

    def _discard(self) -> bool:
        return self._ask(
            "record_discard_question", QMessageBox.Icon.Question,
            self.tr("Unsaved changes"), self.tr("Close without saving what you typed?"), "",
            (self.tr("&Discard"), "record_discard", QMessageBox.ButtonRole.DestructiveRole),
            (self.tr("&Keep editing"), "record_keep_editing"),
        )

    def _save_anyway(self, taken: NameTakenError) -> bool:
        """Ask whether a record that shares a name with another is a different one."""
        return self._ask(
            "record_name_taken", QMessageBox.Icon.Warning,
            self.tr("Already in the list"), input_message(taken),
            self.tr(
                "If it is the same one, go back and cancel: add what is missing to the "
                "record already there. Save anyway only if these are different ones that "
                "share a name."
            ),
            (self.tr("Save &anyway"), "record_save_anyway", QMessageBox.ButtonRole.AcceptRole),
            (self.tr("&Go back"), "record_go_back"),
        )

    def _ask(
        self, name: str, icon: QMessageBox.Icon, title: str, text: str, details: str,
        yes: tuple[str, str, QMessageBox.ButtonRole], no: tuple[str, str],
    ) -> bool:
        """A question whose safe answer (``no``) Enter and Escape give; True for ``yes``."""
        box = QMessageBox(self)
        box.setObjectName(name)
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setInformativeText(details)
        chosen = box.addButton(yes[0], yes[2])
        chosen.setObjectName(yes[1])
        safe = box.addButton(no[0], QMessageBox.ButtonRole.RejectRole)
        safe.setObjectName(no[1])
        box.setDefaultButton(safe)
        box.setEscapeButton(safe)
        box.exec()
        return box.clickedButton() is chosen

    def _offer_reload(self, conflict: StaleRecordError) -> None:
        """Another desk saved the record since it was opened here: say so, offer to reload
        it (this window's changes are then typed again) or to go on editing."""
        box = QMessageBox(self)
        box.setObjectName("record_conflict")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed at another desk"))
        who = conflict.by or self.tr("someone")
        when = i18n.format_datetime(conflict.at) if conflict.at is not None else ""
        box.setText(
            self.tr("“{name}” was changed by {who} {when} after you opened it.").format(
                name=conflict.name, who=who, when=when
            )
        )
        box.setInformativeText(
            self.tr(
                "Nothing was saved, so the other change is kept. Reload shows the record as "
                "it is now; then make your change again."
            )
        )
        reload = box.addButton(self.tr("&Reload"), QMessageBox.ButtonRole.AcceptRole)
        reload.setObjectName("record_conflict_reload")
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("record_conflict_keep")
        box.setDefaultButton(reload)
        box.exec()
        if box.clickedButton() is reload:
            self._load()
            self.error.setText(self.tr("Reloaded: the record as saved at the other desk."))
        else:
            self.error.setText(self.tr("Not saved: the record was changed at another desk."))


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
        self.search.returnPressed.connect(self._to_list)
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
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for its buttons
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 340)
        self.table.setColumnWidth(2, 220)
        if spec.ref.alias_model is None:  # types: their other names are in Details
            self.table.setColumnHidden(1, True)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)  # Enter opens the record too
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
        self.delete_button = self._button(self.tr("&Delete…"), "delete", self.delete_selected)
        self.delete_button.setToolTip(
            self.tr("Delete a record no event uses, such as a misspelt one (Delete)")
        )
        self.delete_button.setVisible(spec.ref.deletable)
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
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._loaded = False

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{name}_{self.spec.kind}")
        button.setAccessibleName(text.replace("&", "").replace("…", ""))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a record edits it, Delete asks to delete it. Taken here, not through
        ``activated``: the view passes Enter on, and the window would press the new
        dialog's default button."""
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() in _PLAIN_KEY
            ):
                self.edit_selected()
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    def _to_list(self) -> None:
        """Enter in the search box: search now and go to the first record found."""
        self._debounce.stop()
        self.refresh()
        if self.table.rowCount():
            if not self.selected_ids():
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """Search again (after typing, an edit, a merge or an undo)."""
        self._loaded = True
        selected = set(self.selected_ids())
        language = i18n.current_language()
        with self.lists.database.sessions() as session:
            reference = ReferenceService(session)
            records = reference.search(self.spec.kind, self.search.text(), language=language)
            near = not records and len(normalize(self.search.text())) >= NEAR_MIN_CHARS
            if near:
                records = near_records(session, self.spec.kind, self.search.text())
            is_city = self.spec.model is City
            used = reference.events_per_city([r.id for r in records]) if is_city else {}
            names = related_names(session, self.spec, records, language)
            shown = reference.shown_names(self.spec.kind, records, language)
            rows = [
                (
                    r.id,
                    shown[r.id],
                    shown_aliases(self.spec, r, shown[r.id]),
                    details(self.spec, r, names, shown[r.id]),
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
        self.count.setText(self._count_text(len(rows), near))
        self._update_buttons()

    def _count_text(self, count: int, near: bool) -> str:
        """How many rows show, and whether they are near spellings rather than matches."""
        if near:
            text = self.search.text().strip()
            return self.tr("nothing matches “{text}”; %n similar shown", "", count).format(
                text=text
            )
        if count >= ROW_LIMIT:
            return self.tr("first {count} shown; type to narrow").format(count=count)
        return self.tr("{count} shown").format(count=count)

    def _row_id(self, row: int) -> int | None:
        item = self.table.item(row, 0)
        return None if item is None else item.data(ID_ROLE)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [i for i in map(self._row_id, rows) if i is not None]

    def select_ids(self, ids: list[int]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in range(self.table.rowCount()):
            if self._row_id(row) in ids:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def name_of(self, record_id: int) -> str:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == record_id:
                return item.text()
        return str(record_id)

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        self.edit_button.setEnabled(count == 1)
        self.history_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count == 2)
        self.link_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count == 1)

    def add(self) -> RecordDialog:
        dialog = RecordDialog(self.lists.database, self.spec, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._push_saved(dialog))
        dialog.accepted.connect(lambda: self._after_edit(dialog.saved_id))
        dialog.open()
        return dialog

    def edit_selected(self) -> RecordDialog | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        dialog = RecordDialog(self.lists.database, self.spec, ids[0], parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._push_saved(dialog))
        dialog.accepted.connect(lambda: self._after_edit(dialog.saved_id))
        dialog.open()
        return dialog

    def _failed(self) -> str:
        """What a step says when it can no longer be undone or redone."""
        return self.tr("“{what}” cannot be undone or redone: {error}")

    def _push_saved(self, dialog: RecordDialog) -> None:
        """What the dialog saved goes on the undo stack (Edit > Undo): a record added, or
        a record changed (a save that changed nothing is no step)."""
        before, after = dialog.stored, dialog.saved
        if after is None:
            return
        kind = self.spec.kind
        versions = RecordVersions.of(self.lists.undo_stack)
        noun = record_nouns()[kind]
        if before is None:
            text = self.tr("Add {kind} “{name}”").format(kind=noun, name=dialog.shown_name)
            command: ReferenceCommand = AddRecordCommand(
                self.lists.host, kind, after, versions, text, self._failed())
        elif (before.values, before.aliases) == (after.values, after.aliases):
            return
        else:
            old, new = before.values.get("name", ""), after.values.get("name", "")
            text = (
                self.tr("Rename “{old}” to “{new}”").format(old=old, new=new)
                if old != new
                else self.tr("Edit {kind} “{name}”").format(kind=noun, name=dialog.shown_name)
            )
            command = SaveRecordCommand(
                self.lists.host, kind, before, after, versions, text, self._failed())
        self.lists.undo_stack.push(command)

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
        keep_first = self._keep_button(box, a)
        keep_first.setObjectName("merge_keep_first")
        keep_second = self._keep_button(box, b)
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

    def _keep_button(self, box: QMessageBox, name: str) -> QPushButton:
        """"Keep …" with the name shortened in the middle (a whole 300-character name made
        the question wider than the screen); the full name is its tooltip."""
        text = self.tr("Keep “{name}”").format(name=name)
        button = box.addButton(text, QMessageBox.ButtonRole.AcceptRole)
        short = button.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, 280)
        if short != name:
            button.setText(self.tr("Keep “{name}”").format(name=short))
            button.setToolTip(text)
        return button

    def delete_selected(self) -> bool:
        """Delete the selected record (undoable) once the clerk confirms it by its name;
        one in use or shipped with the app is refused, saying why."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return False
        record_id = ids[0]
        name = self.name_of(record_id)
        try:
            with self.lists.database.sessions() as session:
                data = ReferenceService(session).check_delete(
                    self.spec.kind, record_id, i18n.current_language()
                )
        except DeleteRefusedError as refused:
            self._say_refused(refused)
            return False
        except ReferenceInputError as error:  # deleted at another desk meanwhile
            self.lists.report_failure(input_message(error))
            self.refresh()
            return False
        if not self._confirm_delete(name):
            return False
        self.lists.undo_stack.push(
            DeleteRecordCommand(
                self.lists.host,
                self.spec.kind,
                record_id,
                data.version,
                RecordVersions.of(self.lists.undo_stack),
                self.tr("Delete “{name}”").format(name=name),
                self._failed(),
            )
        )  # the lists follow the stack (ReferenceListsDialog._after_undo)
        self.changed.emit()
        return True

    def _confirm_delete(self, name: str) -> bool:
        box = QMessageBox(self)
        box.setObjectName("delete_confirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete a record"))
        box.setText(
            self.tr("Delete “{name}” from {list}?").format(
                name=name, list=tab_titles()[self.spec.kind]
            )
        )
        box.setInformativeText(
            self.tr("No event or other record uses it. Edit > Undo (Ctrl+Z) puts it back.")
        )
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("delete_confirm_yes")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("delete_confirm_no")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is delete

    def _say_refused(self, refused: DeleteRefusedError) -> None:
        box = QMessageBox(self)
        box.setObjectName("delete_refused")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Delete a record"))
        box.setText(refused.reason)
        box.setInformativeText(refused.advice)
        ok = box.addButton(QMessageBox.StandardButton.Ok)
        ok.setObjectName("delete_refused_ok")
        box.exec()

    def link_selected(self) -> bool:
        """Offer the GeoNames towns the selected city may be; link it to the chosen one,
        or merge it (undoable) into the stored city that already is that town."""
        ids = self.selected_ids()
        if len(ids) != 1 or self.spec.model is not City:
            return False
        city_id = ids[0]
        with self.lists.database.sessions() as session:
            choices = ReferenceService(session).geonames_choices(city_id, i18n.current_language())
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
            survivor = self._link_city(city_id, place)
        except ReferenceInputError as error:
            self.lists.report_failure(input_message(error))
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

    def _link_city(self, city_id: int, place: Place) -> int | None:
        """Link the city to ``place`` as an undoable step; when another stored city already
        is that town, nothing changes and its id is returned (to merge into)."""
        with self.lists.database.sessions.begin() as session:
            service = ReferenceService(session)
            before = service.city_link(city_id)
            survivor = service.link_to_geonames(city_id, place)
            if survivor is not None:
                return survivor
            after = service.city_link(city_id)
            city = session.get(City, city_id)
            assert city is not None  # city_link found it
            version = city.version
        self.lists.undo_stack.push(LinkCityCommand(
            self.lists.host, city_id, before, after, version,
            RecordVersions.of(self.lists.undo_stack),
            self.tr("Link “{name}” to GeoNames").format(name=self.name_of(city_id)),
            self._failed(),
        ))
        return None

    def show_history(self) -> ChangeLogDialog | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        table = self.spec.ref.table
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
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter in a search box searches; Escape closes
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.current().ensure_loaded()
        self.current().search.setFocus()
        self.resize(980, 620)

    def current(self) -> ReferenceTab:
        page = self.tabs.currentWidget()
        if not isinstance(page, ReferenceTab):  # every tab is one; Qt types it QWidget | None
            raise RuntimeError("the reference lists dialog has no list open")
        return page

    def show_list(self, kind: str) -> ReferenceTab:
        page = self.pages[kind]
        self.tabs.setCurrentWidget(page)
        page.ensure_loaded()
        page.search.setFocus()
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

    def _rows(
        self,
        database: Database,
        table_name: str,
        record_uuid: uuid.UUID | None,
        record_id: int | None,
    ) -> list[tuple[str, ...]]:
        from desktop.ui.history_words import (
            action_label,
            field_label,
            history_names,
            history_texts,
        )

        with database.sessions() as session:
            history = change_history(session, table_name, record_uuid, record_id)
            names = history_names(session, history)  # region and country codes
        rows: list[tuple[str, ...]] = []
        for entry in history:
            who = entry.user or "?"
            if entry.desk:
                who = f"{who} @ {entry.desk}"
            action = action_label(entry.action)
            if table_name != "event" and entry.action in ("delete", "undelete"):
                action = self._deletion_word(entry.action)
            if entry.field:
                old, new = history_texts(entry.field, entry.old, entry.new, names)
            elif entry.merged is not None:
                action, old, new = self._merge_words(entry.action, *entry.merged)
            else:
                old, new = "", entry.summary or ""
            field = (field_label if table_name == "event" else record_field_label)(entry.field)
            when = i18n.format_datetime(entry.at)
            rows.append((when, who, action, field, old, new))
        return rows

    def _deletion_word(self, action: str) -> str:
        """A reference record is deleted for good (an event goes to the trash)."""
        return self.tr("deletion undone") if action == "undelete" else self.tr("deleted")

    def _merge_words(self, action: str, duplicate: str, survivor: str) -> tuple[str, str, str]:
        """(action, old, new) of a merge of two records or of its undo, in words."""
        if action == "unmerge":
            return (
                self.tr("merge undone"),
                self.tr("“{duplicate}” merged into “{survivor}”").format(
                    duplicate=duplicate, survivor=survivor
                ),
                self.tr("“{duplicate}” and “{survivor}” are two records again").format(
                    duplicate=duplicate, survivor=survivor
                ),
            )
        return (
            self.tr("merged"),
            self.tr("“{duplicate}” and “{survivor}” were two records").format(
                duplicate=duplicate, survivor=survivor
            ),
            self.tr("“{duplicate}” merged into “{survivor}”").format(
                duplicate=duplicate, survivor=survivor
            ),
        )
