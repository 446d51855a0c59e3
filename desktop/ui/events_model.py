"""The events table model: rows come from SQL a page at a time, filtered and sorted there.

The model knows its row count (``count_events``) and loads only the pages the
view asks ``data()`` for, keeping a bounded LRU cache of pages. So a million
events paint at once, the scroll bar is true from the start, jumping to the
last row costs one page (read backwards, so SQL does not step over a million
rows of OFFSET), and memory stays bounded however far the clerk scrolls.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from db.engine import Database
from db.localized import names_by_english
from db.models import Country, EventType, Occasion, Region
from db.queries import SORTABLE, EventFilter, EventRow, count_events, list_events
from desktop.ui import i18n

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
MAX_PAGES = 50
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
    """The date as precise as the report gave it (2025-02, 2025, or a span), in the
    interface locale's format (ISO in English, 26.02.2025 in Russian and Azerbaijani)."""
    start = row.start_date
    if row.date_precision in ("month", "year"):
        return i18n.format_date(start, row.date_precision)
    if row.end_date is not None and row.end_date != start:
        return f"{i18n.format_date(start)} – {i18n.format_date(row.end_date)}"
    return i18n.format_date(start)


LOCALIZED_FIELDS = {
    "event_type": EventType,
    "occasion": Occasion,
    "country": Country,
    "region": Region,
}
"""EventRow fields that hold an English reference name, and the model it names."""


def localize_rows(session, rows: list[EventRow], cache: dict) -> list[EventRow]:
    """The rows with type, occasion, country and region named in the interface language.

    ``cache`` keeps (field, English name) → name between pages of one model.
    """
    language = i18n.current_language()
    if language == "en" or not rows:
        return rows
    for field, model in LOCALIZED_FIELDS.items():
        missing = {getattr(r, field) for r in rows} - {None} - {n for f, n in cache if f == field}
        if missing:
            for english, name in names_by_english(session, model, missing, language).items():
                cache[(field, english)] = name
    return [
        replace(
            row,
            **{
                field: cache.get((field, getattr(row, field)), getattr(row, field))
                for field in LOCALIZED_FIELDS
            },
        )
        for row in rows
    ]


def status_label(status: str) -> str:
    return {"draft": tr("draft"), "verified": tr("verified")}.get(status, status)


def cell_text(row: EventRow, column: str) -> str:
    values: dict[str, object] = {
        "date": format_date(row),
        "title": row.title,
        "type": row.event_type,
        "occasion": row.occasion,
        "anniversary": None if row.anniversary is None else i18n.format_number(row.anniversary),
        "country": row.country,
        "region": row.region,
        "city": row.city,
        "organizers": "; ".join(row.organizers),
        "status": status_label(row.status),
    }
    value = values[column]
    return "" if value is None else str(value)


class EventsModel(QAbstractTableModel):
    """Events matching a filter, sorted in SQL, fetched in pages of ``page_size``."""

    def __init__(
        self,
        database: Database,
        event_filter: EventFilter | None = None,
        page_size: int = PAGE_SIZE,
        parent=None,
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
        self._names: dict[tuple[str, str], str] = {}
        self.refresh()

    # --- what to show ------------------------------------------------

    @property
    def event_filter(self) -> EventFilter:
        return replace(self._filter)

    @property
    def total(self) -> int:
        """How many events match, loaded or not."""
        return self._total

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def set_filter(self, event_filter: EventFilter) -> None:
        self._filter = event_filter
        self.refresh()

    def set_sort(self, key: str, descending: bool) -> None:
        if key not in SORTABLE:
            return
        if (key, descending) != (self._sort, self._descending):
            self._sort, self._descending = key, descending
            self.refresh()

    @staticmethod
    def sortable(column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column] in SORTABLE

    def refresh(self) -> None:
        """Count again and forget every cached page (after a save, a filter or a sort)."""
        self.beginResetModel()
        with self._database.sessions() as session:
            self._total = count_events(session, self._filter)
        self._pages.clear()
        self.endResetModel()

    def _page(self, session, page: int) -> list[EventRow]:
        """Rows of page ``page``; the far half of the table is read in reverse order."""
        offset = page * self._page_size
        limit = max(0, min(self._page_size, self._total - offset))
        if limit and offset > self._total // 2:
            rows = list_events(
                session,
                self._filter,
                offset=self._total - offset - limit,
                limit=limit,
                sort=self._sort,
                descending=not self._descending,
            )
            rows.reverse()
        else:
            rows = list_events(
                session,
                self._filter,
                offset=offset,
                limit=self._page_size,
                sort=self._sort,
                descending=self._descending,
            )
        return localize_rows(session, rows, self._names)

    def _row(self, row: int) -> EventRow | None:
        """The row, loading its page when it is not cached (LRU, at most ``max_pages``)."""
        if not 0 <= row < self._total:
            return None
        page, position = divmod(row, self._page_size)
        rows = self._pages.get(page)
        if rows is None:
            with self._database.sessions() as session:
                rows = self._page(session, page)
            self._pages[page] = rows
            while len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
        else:
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
    ):
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, column)
        if role == UUID_ROLE:
            return row.uuid
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "organizers", "occasion"):
            return cell_text(row, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "anniversary":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in SORTABLE:
                return tr("Click to sort by {column}").format(column=self._titles[key].lower())
            return tr("This column cannot be sorted")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks sort in SQL; columns SQL cannot sort are ignored."""
        if self.sortable(column):
            self.set_sort(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)

    # --- lookups for the window ------------------------------------------------

    def uuid_at(self, row: int) -> uuid.UUID | None:
        found = self._row(row)
        return found.uuid if found is not None else None

    def row_of(self, event_uuid: uuid.UUID) -> int:
        """The row showing ``event_uuid`` among the cached pages (first page loaded), or -1."""
        self._row(0)
        for page, rows in self._pages.items():
            for position, found in enumerate(rows):
                if found.uuid == event_uuid:
                    return page * self._page_size + position
        return -1

    def row_at(self, row: int) -> EventRow:
        found = self._row(row)
        if found is None:
            raise IndexError(row)
        return found
