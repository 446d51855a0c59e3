"""The events table model: rows come from SQL a page at a time, filtered and sorted there.

The view asks for more rows only when it scrolls near the end
(``canFetchMore``/``fetchMore``), so opening a large database paints at once
and memory grows with what was looked at, not with the table.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from db.engine import Database
from db.queries import SORTABLE, EventFilter, EventRow, count_events, list_events

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200

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
    """The date as precise as the report gave it: 2025-02, 2025, or a span."""
    start = row.start_date
    if row.date_precision == "month":
        return f"{start:%Y-%m}"
    if row.date_precision == "year":
        return f"{start:%Y}"
    if row.end_date is not None and row.end_date != start:
        return f"{start.isoformat()} – {row.end_date.isoformat()}"
    return start.isoformat()


def status_label(status: str) -> str:
    return {"draft": tr("draft"), "verified": tr("verified")}.get(status, status)


def cell_text(row: EventRow, column: str) -> str:
    values: dict[str, object] = {
        "date": format_date(row),
        "title": row.title,
        "type": row.event_type,
        "occasion": row.occasion,
        "anniversary": row.anniversary,
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
    ):
        super().__init__(parent)
        self._database = database
        self._filter = event_filter or EventFilter()
        self._page_size = page_size
        self._sort = "date"
        self._descending = True
        self._rows: list[EventRow] = []
        self._total = 0
        self._titles = column_titles()
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
        """Count again and reload the first page (after a save, a filter or a sort)."""
        self.beginResetModel()
        with self._database.sessions() as session:
            self._total = count_events(session, self._filter)
            self._rows = self._page(session, 0)
        self.endResetModel()

    def _page(self, session, offset: int) -> list[EventRow]:
        return list_events(
            session,
            self._filter,
            offset=offset,
            limit=self._page_size,
            sort=self._sort,
            descending=self._descending,
        )

    # --- lazy loading ------------------------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or len(self._rows) >= self._total:
            return
        with self._database.sessions() as session:
            page = self._page(session, len(self._rows))
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # --- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
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
        return self._rows[row].uuid if 0 <= row < len(self._rows) else None

    def row_of(self, event_uuid: uuid.UUID) -> int:
        """The row showing ``event_uuid`` among those loaded, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.uuid == event_uuid), -1)

    def row_at(self, row: int) -> EventRow:
        return self._rows[row]
