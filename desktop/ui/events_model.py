"""The events table model: rows come from SQL a page at a time, filtered and sorted there.

The model shows the first page as soon as it is read (``first_page``), then counts
(``count_matches``) and loads only the pages the view asks ``data()`` for, keeping a
bounded LRU cache of pages; every read runs in a worker thread, so the window never
waits on SQL. Jumping to the last row costs one page (read backwards, so SQL does
not step over a million rows of OFFSET), and memory stays bounded however far the
clerk scrolls.
"""

from __future__ import annotations

import logging
import time
import weakref
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from db.event_pages import count_matches, first_page, localize_rows, read_page
from db.queries import SORTABLE, EventFilter, EventRow, dates_text
from desktop.ui import i18n

if TYPE_CHECKING:
    import uuid
    from collections.abc import Callable

    from db.engine import Database, Reader

log = logging.getLogger(__name__)
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        UUID_ROLE,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)
"""The roles ``EventsModel.data`` answers."""
_WORKERS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="events-table")
"""Threads that read the table (shared by every model; a pool, not a QThread per read,
so a model closed while a read runs leaves nothing to tear down)."""
PAGE_SIZE = 100
"""Rows read at a time: four screens of rows. The first page is read before the window
shows its rows; 200 rows made each start ~1.5 ms longer (issue 17) and scrolled no
smoother (a page takes a few milliseconds to read, in a worker)."""
MAX_PAGES = 100
"""Pages kept in memory (10,000 rows); the least recently shown go first."""

COLUMNS: tuple[str, ...] = (
    "date",
    "title",
    "type",
    "occasion",
    "anniversary",
    "country",
    "region",
    "city",
    "organizers",
    "status",
)
"""Column keys; a key that ``db.queries.SORTABLE`` knows can be sorted in SQL."""


def tr(text: str) -> str:
    return QCoreApplication.translate("EventsModel", text)


def column_titles() -> dict[str, str]:
    return {
        "date": tr("Date"),
        "title": tr("Title"),
        "type": tr("Type"),
        "occasion": tr("Occasion"),
        "anniversary": tr("Anniv."),
        "country": tr("Country"),
        "region": tr("Region"),
        "city": tr("City"),
        "organizers": tr("Organizers"),
        "status": tr("Status"),
    }


def format_date(row: EventRow) -> str:
    """The date as precise as the report gave it (2025-02, 2025, or a span of days, months
    or years), in the interface locale's format (ISO in English, 26.02.2025 in Russian and
    Azerbaijani)."""
    return dates_text(row.start_date, row.end_date, row.date_precision, i18n.format_date)


def status_label(status: str) -> str:
    return {"draft": tr("draft"), "verified": tr("verified")}.get(status, status)


_CELLS: dict[str, Callable[[EventRow], object]] = {
    "date": format_date,
    "title": lambda row: row.title,
    "type": lambda row: row.event_type,
    "occasion": lambda row: row.occasion,
    "anniversary": lambda row: (
        None if row.anniversary is None else i18n.format_number(row.anniversary)
    ),
    "country": lambda row: row.country,
    "region": lambda row: row.region,
    "city": lambda row: row.city,
    "organizers": lambda row: "; ".join(row.organizers),
    "status": lambda row: status_label(row.status),
}
"""How each column shows a row: only the painted cell is formatted (a date costs a
locale lookup; painting asks every cell of every visible row)."""


_TIPPED = frozenset(COLUMNS) - {"date", "anniversary", "status"}
"""Columns of names a narrow column cuts ("Республика Даг…"): their tip is the name in full."""


def cell_text(row: EventRow, column: str) -> str:
    value = _CELLS[column](row)
    return "" if value is None else str(value)


class _Delivery(QObject):
    """Brings a worker's result to its model in the GUI thread. A worker holds no
    reference to a model: had it held the last one, the model would have been deleted in
    the worker's thread while the GUI thread delivered its events (the process crashed)."""

    finished = Signal(object, int, object, object)
    """(the model's weak reference, generation, "first" | "count" | page number, result):
    emitted from a worker, delivered (queued) in the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver)

    def _deliver(
        self, model: weakref.ref[EventsModel], generation: int, what: int | str, result: Any
    ) -> None:
        alive = model()
        if alive is not None and shiboken6.isValid(alive):  # neither dropped nor deleted
            alive._on_finished(generation, what, result)


@cache
def _delivery() -> _Delivery:
    """The one delivery of the process, made in the GUI thread with the first model."""
    return _Delivery()


@dataclass
class _Latest:
    """The newest request's generation, read by the workers (a plain object: the
    workers must not reach the model)."""

    generation: int = 0


def _read_page(
    session: Reader,
    page: int,
    page_size: int,
    total: int,
    event_filter: EventFilter,
    sort: str,
    desc: bool,
    language: str,
) -> list[EventRow]:
    """Rows of page ``page``; the far half of the table is read in reverse order."""
    offset = page * page_size
    limit = max(0, min(page_size, total - offset))
    if limit and offset > total // 2:
        rows = read_page(
            session, event_filter, total - offset - limit, limit, sort, desc, language, True
        )
        rows.reverse()
        return rows
    return read_page(session, event_filter, offset, page_size, sort, desc, language)


@dataclass
class _Loaded:
    """What a background read brings back: a first page (and the total when it holds
    every match) or a count."""

    rows: list[EventRow]
    total: int | None


@dataclass
class _Failure:
    error: Exception

    def message(self) -> str:
        return tr("The events could not be read: {error}").format(error=self.error)


class EventsModel(QAbstractTableModel):
    """Events matching a filter, sorted in SQL, fetched in pages of ``page_size``.

    Every query runs in a worker thread of a small pool: a new
    filter or sort keeps the old rows on screen until its first page arrives, then the
    count follows (rows are appended when it does); a page scrolled to shows empty cells
    until it is read. Each request carries a generation: the result of a request the
    clerk has since replaced (typed on, sorted again) is dropped, never shown.
    """

    failed = Signal(str)
    """A read failed; the message says what happened (for the status bar)."""
    loaded = Signal()
    """The newest request has its first page and count on screen."""

    def __init__(
        self,
        database: Database,
        event_filter: EventFilter | None = None,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
        max_pages: int = MAX_PAGES,
    ):
        super().__init__(parent)
        self._database = database
        self._filter = event_filter or EventFilter()
        self._page_size = page_size
        self._sort = "date"
        self._descending = True
        self._pages: OrderedDict[int, list[EventRow]] = OrderedDict()
        self._max_pages = max(2, max_pages)
        self._total = 0
        self._titles = column_titles()
        self._latest = _Latest()
        self._names: dict[tuple[str, str], str] = {}
        """Localized names the reads since the last first page have looked up (a page
        scrolled to names mostly the same records)."""
        self._known_total: int | None = None
        """How many match the filter in force, once counted (a new sort keeps it)."""
        self._pending: set[tuple[int, int | str]] = set()
        """(generation, page number or "first"/"count") still being read."""
        _delivery()  # made in the GUI thread
        self.refresh()

    # --- what to show ------------------------------------------------

    @property
    def event_filter(self) -> EventFilter:
        return replace(self._filter)

    @property
    def total(self) -> int:
        """How many events match, once the reads on their way are in (for code and tests
        that need the settled figure; the window shows ``rowCount()``, which never waits)."""
        self.wait()
        return self._total

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    @property
    def loading(self) -> bool:
        """True while the newest request's first page or count is being read."""
        latest = self._latest.generation
        return any(g == latest and p in ("first", "count") for g, p in self._pending)

    @property
    def counting(self) -> bool:
        """True until the matches of the filter in force are counted: ``rowCount()`` is
        then only the rows read so far (a full first page, more to come)."""
        return self._known_total is None

    @property
    def reading_first_page(self) -> bool:
        """True until the newest request's first page is on screen (or has failed)."""
        return (self._latest.generation, "first") in self._pending

    def set_filter(self, event_filter: EventFilter) -> None:
        self._filter = event_filter
        self.refresh()

    def set_sort(self, key: str, descending: bool) -> None:
        if key not in SORTABLE:
            return
        if (key, descending) != (self._sort, self._descending):
            self._sort, self._descending = key, descending
            self._read(self._known_total)  # the same events in another order: no recount

    @staticmethod
    def sortable(column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column] in SORTABLE

    def refresh(self) -> None:
        """Read again in the background (after a save or a filter); the rows on screen
        stay until the new first page replaces them."""
        self._read(None)

    def _read(self, known_total: int | None) -> None:
        """Read the first page, then count unless ``known_total`` says how many match."""
        self._known_total = known_total
        self._latest.generation += 1
        generation = self._latest.generation
        event_filter, sort, descending = replace(self._filter), self._sort, self._descending
        language = i18n.current_language()
        names = self._names = {}  # read afresh: a save may have renamed a record
        database, page_size = self._database, self._page_size

        def work() -> _Loaded:
            with database.connect() as session:
                page = first_page(session, event_filter, page_size, sort, descending, language)
                rows = localize_rows(session, page.rows, names, language)
            return _Loaded(rows, page.total)  # the only read of this generation so far

        self._start(generation, "first", work)

    def _start(self, generation: int, what: int | str, work: Callable[[], Any]) -> None:
        """Run ``work`` in a worker; its result comes back through ``_on_finished``. Work
        whose request was replaced before a worker took it is skipped. Neither ``work``
        nor the worker refers to the model (see ``_Delivery``)."""
        self._pending.add((generation, what))
        latest, model, delivery = self._latest, weakref.ref(self), _delivery()

        def run() -> None:
            result: Any = None
            if generation == latest.generation:
                try:
                    result = work()
                except Exception as error:  # shown in the status bar; the app keeps running
                    log.exception("reading the events table failed")
                    result = _Failure(error)
            delivery.finished.emit(model, generation, what, result)

        _WORKERS.submit(run)

    def _on_finished(self, generation: int, what: int | str, result: Any) -> None:
        self._pending.discard((generation, what))
        if generation != self._latest.generation or result is None:
            return  # the clerk asked for something newer meanwhile
        if isinstance(result, _Failure):
            self.failed.emit(result.message())
        elif what == "first":
            self._on_first(generation, result)
        elif what == "count":
            self._on_count(result)
        else:
            self._on_page(int(what), result)

    def _on_first(self, generation: int, loaded: _Loaded) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._pages[0] = loaded.rows
        counted = loaded.total if loaded.total is not None else self._known_total
        self._total = len(loaded.rows) if counted is None else counted
        self._known_total = counted  # before the views hear of the reset (``counting``)
        self.endResetModel()
        if counted is None:
            event_filter, database = replace(self._filter), self._database

            def work() -> int:
                with database.connect() as connection:
                    return count_matches(connection, event_filter)

            self._start(generation, "count", work)
        else:
            self.loaded.emit()

    def _on_count(self, total: int) -> None:
        self._known_total = total
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        self.loaded.emit()

    def _on_page(self, page: int, rows: list[EventRow]) -> None:
        self._pages[page] = rows
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        first = page * self._page_size
        last = min(self._total, first + len(rows)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def wait(self, first_only: bool = False, timeout_ms: int = 30_000) -> None:
        """Until every read started so far (``first_only``: the newest first page) has
        been shown or dropped, for code that acts on the rows now (select the event just
        saved) and for tests. Input events wait meanwhile; painting goes on."""
        deadline = QDeadlineTimer(timeout_ms)
        flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents

        def busy() -> bool:
            if first_only:
                return self.reading_first_page
            return any(generation == self._latest.generation for generation, _ in self._pending)

        while busy() and not deadline.hasExpired():
            QCoreApplication.processEvents(flags, 20)
            time.sleep(0.001)

    def _request(self, page: int) -> None:
        """Read page ``page`` in the background unless it is on its way."""
        generation = self._latest.generation
        if (generation, page) in self._pending or (generation, "first") in self._pending:
            return
        total, language, names = self._total, i18n.current_language(), self._names
        event_filter, sort, descending = replace(self._filter), self._sort, self._descending
        database, page_size = self._database, self._page_size

        def work() -> list[EventRow]:
            with database.connect() as session:
                rows = _read_page(
                    session, page, page_size, total, event_filter, sort, descending, language
                )
                known = dict(names)  # a copy: other pages' reads add to ``names`` meanwhile
                rows = localize_rows(session, rows, known, language)
            names.update(known)
            return rows

        self._start(generation, page, work)

    def _row(self, row: int) -> EventRow | None:
        """The row when its page is here (LRU, at most ``max_pages``); else None, and the
        page is asked for."""
        if not 0 <= row < self._total:
            return None
        page, position = divmod(row, self._page_size)
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            return None
        self._pages.move_to_end(page)
        return rows[position] if position < len(rows) else None

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    # --- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in _ROLES:
            return None  # fonts, colours...: asked of every cell at every paint
        row = self._row(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, column)
        if role == UUID_ROLE:
            return row.uuid
        if role == Qt.ItemDataRole.ToolTipRole and column in _TIPPED:
            return cell_text(row, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "anniversary":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            # The name as the header writes it: str.lower() left a stray dot of the
            # Azerbaijani "İldönümü", and the Azerbaijani tip begins with the name.
            return tr("Click to sort by {column}").format(column=self._titles[key])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks sort in SQL; columns SQL cannot sort are ignored."""
        if self.sortable(column):
            self.set_sort(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)

    # --- lookups for the window ------------------------------------------------

    def _row_now(self, row: int) -> EventRow | None:
        """The row, waiting for the reads on their way and for its page (code that acts on
        a row needs it now: a question names the event it deletes)."""
        self.wait()
        found = self._row(row)
        if found is None and 0 <= row < self._total:
            self.wait()
            found = self._row(row)
        return found

    def uuid_at(self, row: int) -> uuid.UUID | None:
        found = self._row_now(row)
        return found.uuid if found is not None else None

    def row_of(self, event_uuid: uuid.UUID) -> int:
        """The row showing ``event_uuid`` among the cached pages (first page loaded), or -1."""
        self.wait()
        for page, rows in self._pages.items():
            for position, found in enumerate(rows):
                if found.uuid == event_uuid:
                    return page * self._page_size + position
        return -1

    def row_at(self, row: int) -> EventRow:
        found = self._row_now(row)
        if found is None:
            raise IndexError(row)
        return found
