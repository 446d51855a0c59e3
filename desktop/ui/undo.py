"""Undoable edits for the main window's QUndoStack: save, delete, restore, status, merge.

Each command does its work through the same services as the rest of the app
(EventStore, merge_records), so an undo is itself a change with its own
change-log entry, never a silent rewrite. A command that can no longer be
undone (someone else changed the event meanwhile) says so and drops out of
the stack instead of overwriting newer work.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from db.engine import Database
from db.event_store import EventInput, EventStore, StaleEventError, ValidationError
from db.merge_records import MergeError, merge_records, undo_merge
from db.models import EventStatus
from desktop.ui.events_model import status_label

if TYPE_CHECKING:
    from desktop.importing import ImportPreview
    from desktop.importing.merge import Decision, MergePlan, MergeReport

FAILURES = (StaleEventError, LookupError, ValidationError, MergeError)


def tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class Undo(QObject):
    """The counted undo texts: lupdate marks a message plural (%n) only in a ``tr()`` call,
    so they live in this QObject, whose class name is the translation context "Undo"."""

    def delete(self, count: int) -> str:
        return self.tr("Delete %n events", "", count)

    def restore(self, count: int) -> str:
        return self.tr("Restore %n events", "", count)

    def mark(self, count: int) -> str:
        return self.tr("Mark %n events {status}", "", count)

    def imported(self, count: int) -> str:
        return self.tr("Import of %n events", "", count)

    def changes(self, added: int = 0, updated: int = 0, removed: int = 0,
                restored: int = 0) -> list[str]:
        """What a step did to how many events, the counts of none left out."""
        counted = ((added, self.tr("%n events added", "", added)),
                   (updated, self.tr("%n events updated", "", updated)),
                   (removed, self.tr("%n events removed", "", removed)),
                   (restored, self.tr("%n events restored", "", restored)))
        return [text for count, text in counted if count]


class Host(Protocol):
    """What a command needs from the window: the data, and where to report."""

    database: Database

    def after_change(self) -> None: ...

    def report_failure(self, message: str) -> None: ...


class EventsHost(Host, Protocol):
    """The main window: it also shows the events a step brought back, and what it did."""

    def after_step(self, shown: Sequence[uuid.UUID], message: str) -> None: ...


class HostCommand(QUndoCommand):
    """An undo command that acts on the window's data and reports to the window."""

    host: Host


class EventsCommand(HostCommand):
    """A command on events: after Ctrl+Z or Ctrl+Shift+Z the window selects the events the
    step left in the table and says in the status bar what it did (the message of the
    step before, such as "Moved to the trash", would be wrong by then)."""

    host: EventsHost
    undone = False  # the first redo is the action itself: its window says what it did

    def step(self, work: Callable[[EventStore], object], undoing: bool,
             shown: Sequence[uuid.UUID] = ()) -> None:
        if not _run(self, work):
            return
        if undoing:
            self.undone = True
            self.host.after_step(shown, tr("Undone: {what}").format(what=self.text()))
        elif self.undone:
            self.host.after_step(shown, tr("Redone: {what}").format(what=self.text()))


class SaveEventCommand(EventsCommand):
    """A save made in the event form (already done when pushed).

    Undo puts the previous version back through EventStore.save, or moves a
    newly created event to the trash; redo saves the form's version again.
    """

    def __init__(self, host: EventsHost, before: EventInput | None, after: EventInput):
        title = after.title or tr("event")
        text = (tr("Create “{title}”") if before is None else tr("Edit “{title}”")).format(
            title=title
        )
        super().__init__(text)
        self.host = host
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        assert after.uuid is not None
        self.event_uuid: uuid.UUID = after.uuid
        self.version = after.version
        self._first = True

    def _save(self, store: EventStore, data: EventInput) -> None:
        data = copy.deepcopy(data)
        data.uuid, data.version = self.event_uuid, self.version
        self.version = store.save(data).version

    def undo(self) -> None:
        def work(store: EventStore) -> None:
            if self.before is None:
                store.delete(self.event_uuid)
            else:
                self._save(store, self.before)

        self.step(work, undoing=True, shown=[] if self.before is None else [self.event_uuid])

    def redo(self) -> None:
        if self._first:  # the form saved already
            self._first = False
            return

        def work(store: EventStore) -> None:
            if self.before is None:
                store.restore(self.event_uuid)
            else:
                self._save(store, self.after)

        self.step(work, undoing=False, shown=[self.event_uuid])


def _run(command: HostCommand, work: Callable[[EventStore], object]) -> bool:
    """Do ``work`` in one transaction and show the data; False when it could not be done."""
    host = command.host
    done = True
    try:
        with host.database.sessions.begin() as session:
            work(EventStore(session))
    except FAILURES as error:
        done = False
        command.setObsolete(True)
        host.report_failure(
            tr("“{what}” cannot be undone or redone: {error}").format(
                what=command.text(), error=error
            )
        )
    host.after_change()
    return done


class DeleteEventsCommand(EventsCommand):
    """Move events to the trash; undo restores them."""

    def __init__(self, host: EventsHost, uuids: list[uuid.UUID]):
        count = len(uuids)
        super().__init__(Undo().delete(count))
        self.host = host
        self.uuids = list(uuids)

    def redo(self) -> None:
        self.step(lambda store: [store.delete(u) for u in self.uuids], undoing=False)

    def undo(self) -> None:
        self.step(lambda store: [store.restore(u) for u in self.uuids], True, self.uuids)


class RestoreEventsCommand(EventsCommand):
    """Take events out of the trash; undo puts them back in."""

    def __init__(self, host: EventsHost, uuids: list[uuid.UUID]):
        count = len(uuids)
        super().__init__(Undo().restore(count))
        self.host = host
        self.uuids = list(uuids)

    def redo(self) -> None:
        self.step(lambda store: [store.restore(u) for u in self.uuids], False, self.uuids)

    def undo(self) -> None:
        self.step(lambda store: [store.delete(u) for u in self.uuids], undoing=True)


class SetStatusCommand(EventsCommand):
    """Mark events draft or verified; undo gives each its own previous status back."""

    def __init__(self, host: EventsHost, uuids: list[uuid.UUID], status: EventStatus):
        count = len(uuids)
        text = Undo().mark(count)
        super().__init__(text.format(status=status_label(status.value)))
        self.host = host
        self.uuids = list(uuids)
        self.status = status
        self.previous: dict[uuid.UUID, EventStatus] = {}

    @staticmethod
    def _set(store: EventStore, event_uuid: uuid.UUID, status: EventStatus) -> EventStatus:
        data = store.load(event_uuid)
        old = EventStatus(data.status)
        if old != status:
            data.status = status
            store.save(data)
        return old

    def redo(self) -> None:
        def work(store: EventStore) -> None:
            for event_uuid in self.uuids:
                old = self._set(store, event_uuid, self.status)
                self.previous.setdefault(event_uuid, old)

        self.step(work, undoing=False, shown=self.uuids)

    def undo(self) -> None:
        def work(store: EventStore) -> None:
            for event_uuid, status in self.previous.items():
                self._set(store, event_uuid, status)

        self.step(work, undoing=True, shown=self.uuids)


@dataclass(frozen=True)
class BatchDone:
    """What an import or a merge did: its batch (None: it changed nothing) and how many
    events it added and updated, for the status bar after a redo."""

    batch_id: uuid.UUID | None
    added: int = 0
    updated: int = 0


class BatchCommand(HostCommand):
    """An import or a merge already committed as one batch: undo takes the batch back
    (undo_batch), redo does it again from the same plan.

    Both go through desktop.importing, so the change log records them like the command
    line's import, merge and undo-import. After either step the window selects the
    batch's events that are still there and says how many events the step removed,
    restored, added or updated (the step's name alone said nothing of what it did).
    """

    host: EventsHost

    def __init__(self, host: EventsHost, batch_id: uuid.UUID, text: str,
                 again: Callable[[], BatchDone]):
        super().__init__(text)
        self.host = host
        self.batch_id: uuid.UUID | None = batch_id
        self.again = again
        self._done = True  # the wizard or the merge window did the first "redo"

    def redo(self) -> None:
        if self._done:
            return
        done: list[BatchDone] = []

        def again() -> None:
            done.append(self.again())
            self.batch_id = done[0].batch_id

        if self._guard(again):
            counts = Undo().changes(added=done[0].added, updated=done[0].updated)
            self._report(tr("Redone: {what}"), counts)
        self._done = True

    def undo(self) -> None:
        from desktop.importing.undo import UndoResult, undo_batch

        batch_id = self.batch_id
        self._done = False
        if batch_id is None:  # doing it again changed nothing
            return
        undone: list[UndoResult] = []
        if self._guard(lambda: undone.append(undo_batch(self.host.database, batch_id))):
            counts = Undo().changes(removed=undone[0].removed, restored=undone[0].restored)
            self._report(tr("Undone: {what}"), counts, batch_id)

    def _report(self, done: str, counts: list[str], batch_id: uuid.UUID | None = None) -> None:
        """Select the events of the batch (the step's own after a redo) and say what the
        step did: "Undone: Import of 3 events (3 events removed)"."""
        batch = batch_id or self.batch_id
        from desktop.importing.undo import batch_events

        shown = [] if batch is None else batch_events(self.host.database, batch)
        message = done.format(what=self.text())
        changes = ", ".join(counts)
        if changes:
            message = tr("{done} ({changes})").format(done=message, changes=changes)
        self.host.after_step(shown, message)

    def _guard(self, work: Callable[[], object]) -> bool:
        """Do ``work`` and show the data; False (and the reason said) when it failed."""
        from desktop.importing.errors import ImportFileError, MergeError, UndoError

        done = True
        try:
            work()
        except (UndoError, ImportFileError, MergeError) as error:
            done = False
            self.setObsolete(True)
            self.host.report_failure(
                tr("“{what}” cannot be undone or redone: {error}").format(
                    what=self.text(), error=error
                )
            )
        self.host.after_change()
        return done


def import_command(host: EventsHost, batch_id: uuid.UUID, plan: ImportPreview,
                   count: int) -> BatchCommand:
    """The wizard's import on the undo stack; redo imports the same rows again."""
    from desktop.importing.apply import apply_import

    def again() -> BatchDone:
        result = apply_import(host.database, plan)
        return BatchDone(result.batch_id, result.inserted, result.updated)

    return BatchCommand(host, batch_id, Undo().imported(count), again)


def merge_command(host: EventsHost, report: MergeReport, plan: MergePlan,
                  decisions: dict[uuid.UUID, Decision]) -> BatchCommand:
    """The merge window's merge on the undo stack; redo merges again as decided."""
    from desktop.importing.merge import apply_merge, shown_peer

    assert report.batch_id is not None  # a merge that changed nothing is not pushed
    text = tr("Merge with {office}").format(office=shown_peer(plan.peer))

    def again() -> BatchDone:
        done = apply_merge(host.database, plan, decisions)
        return BatchDone(done.batch_id, len(done.added), len(done.updated))

    return BatchCommand(host, report.batch_id, text, again)


class MergeRecordsCommand(HostCommand):
    """Fold one reference record into another (merge_records); undo through undo_merge."""

    def __init__(self, host: Host, kind: str, survivor_id: int, duplicate_id: int, text: str):
        super().__init__(text)
        self.host = host
        self.kind = kind
        self.survivor_id = survivor_id
        self.duplicate_id = duplicate_id
        self.batch: uuid.UUID | None = None

    def redo(self) -> None:
        def work(store: EventStore) -> None:
            self.batch = merge_records(
                store.session, self.kind, self.survivor_id, self.duplicate_id, store.user
            )

        _run(self, work)

    def undo(self) -> None:
        def work(store: EventStore) -> None:
            if self.batch is not None:
                undo_merge(store.session, self.batch, store.user)

        _run(self, work)
