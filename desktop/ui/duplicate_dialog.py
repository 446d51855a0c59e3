"""The duplicate warning: events already stored that look like the one being saved.

Shown by the event form before a save when ``db.duplicates.find_duplicates``
finds candidates (overlapping dates, no differing place or occasion, a shared
organizer by alias or by a fuller form of its name). The clerk sees them side
by side with what they typed and decides: open the existing one, save anyway,
or go back to the form.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.event_store import EventInput, EventStore
from db.localized import display_name
from db.models import Event
from db.queries import dates_text
from desktop.ui import i18n
from desktop.ui.events_model import status_label

OPEN_EXISTING = 2
SAVE_ANYWAY = 3
"""Result codes besides QDialog.Rejected (cancel: back to the form)."""

MATCH_COLOUR = QColor("#fff3c4")


def tr(text: str) -> str:
    return QCoreApplication.translate("DuplicateDialog", text)


def field_labels() -> dict[str, str]:
    """The key fields compared, in the order shown."""
    return {
        "title": tr("Title"),
        "dates": tr("Date"),
        "occasion": tr("Occasion"),
        "region": tr("Region"),
        "city": tr("City / place"),
        "organizers": tr("Organizers"),
        "event_type": tr("Type"),
        "venue": tr("Venue"),
        "status": tr("Status"),
    }


@dataclass
class Summary:
    """One column of the comparison: the key fields as text."""

    values: dict[str, str]
    uuid: uuid.UUID | None = None


def _dates(start: dt.date | None, end: dt.date | None, precision: str) -> str:
    """The dates as the events table shows them ("03.2025 – 04.2025")."""
    return "" if start is None else dates_text(start, end, precision, i18n.format_date)


def _name(record: object | None) -> str:
    """A reference record's name in the interface language ("" for none)."""
    return "" if record is None else display_name(record, i18n.current_language())


def describe_input(store: EventStore, data: EventInput) -> Summary:
    """The event being entered, with names resolved as the store would resolve them."""
    gazetteer = store.gazetteer
    region = store.region(data.region, None) if data.region else None
    occasion = gazetteer.resolve_occasion(data.occasion) if data.occasion else None
    event_type = (
        gazetteer.resolve_event_type(data.event_type, fuzzy=False) if data.event_type else None
    )
    city = (  # a stored city only: nothing is added to the data set for a comparison
        gazetteer.resolve_city(data.city, data.country, region, fuzzy=False) if data.city else None
    )
    return Summary(
        {
            "title": data.title,
            "dates": _dates(data.start_date, data.end_date, data.date_precision.value),
            "occasion": _name(occasion) or data.occasion or "",
            "region": _name(region) or data.region or "",
            "city": _name(city) or data.city or data.place_as_written or "",
            "organizers": "; ".join(o.name for o in data.organizers),
            "event_type": _name(event_type) or data.event_type or "",
            "venue": data.venue or "",
            "status": status_label(data.status.value),
        }
    )


def describe_event(event: Event) -> Summary:
    """A stored candidate (call inside the session that loaded it)."""
    return Summary(
        {
            "title": event.title,
            "dates": _dates(event.start_date, event.end_date, event.date_precision.value),
            "occasion": _name(event.occasion),
            "region": _name(event.region),
            "city": _name(event.city) or event.place_as_written or "",
            "organizers": "; ".join(o.organization.name for o in event.organizers),
            "event_type": _name(event.event_type),
            "venue": event.venue or "",
            "status": status_label(event.status.value),
        },
        uuid=event.uuid,
    )


class DuplicateDialog(QDialog):
    """This event beside the stored ones it may repeat; Open existing / Save anyway / Cancel."""

    def __init__(self, entering: Summary, candidates: list[Summary], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicate_dialog")
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.entering = entering
        self.candidates = candidates
        if len(candidates) == 1:
            intro = self.tr(
                "An event that looks like this one is already recorded: the dates overlap, "
                "and nothing known of the place or the occasion differs (the table sets "
                "them side by side). Is it the same event?"
            )
        else:
            intro = self.tr(
                "{count} events that look like this one are already recorded: the dates "
                "overlap, and nothing known of the place or the occasion differs (the table "
                "sets them side by side). Is it one of them?"
            ).format(count=len(candidates))
        self.intro = QLabel(intro)
        self.intro.setObjectName("duplicate_intro")
        self.intro.setWordWrap(True)
        self.table = self._build_table()
        self.open_button = self._button(self.tr("&Open existing"), "open_existing")
        self.open_button.setToolTip(self.tr("Open the selected existing event instead"))
        self.save_button = self._button(self.tr("Save &anyway"), "save_anyway")
        self.save_button.setToolTip(self.tr("It is a different event: save it"))
        self.cancel_button = self._button(self.tr("Cancel"), "cancel_save")
        self.cancel_button.setToolTip(self.tr("Back to the form, nothing saved"))
        self.open_button.clicked.connect(lambda: self.done(OPEN_EXISTING))
        self.save_button.clicked.connect(lambda: self.done(SAVE_ANYWAY))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.cancel_button.setDefault(True)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        width = min(1200, 260 + 300 * (1 + len(candidates)))
        self.resize(width, 200)
        self.adjustSize()
        self.resize(width, self.sizeHint().height())

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        return button

    def _build_table(self) -> QTableWidget:
        labels = field_labels()
        columns = [self.entering, *self.candidates]
        table = QTableWidget(len(labels), len(columns))
        table.setObjectName("duplicate_table")
        table.setAccessibleName(self.tr("This event beside the existing ones"))
        headers = [self.tr("This event (not saved)")] + [
            self.tr("Existing {number}").format(number=n) for n in range(1, len(columns))
        ]
        table.setHorizontalHeaderLabels(headers)
        table.setVerticalHeaderLabels(list(labels.values()))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        bold = QFont()
        bold.setBold(True)
        for row, key in enumerate(labels):
            mine = self.entering.values.get(key, "")
            for column, summary in enumerate(columns):
                text = summary.values.get(key, "")
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column > 0 and text and text.casefold() == mine.casefold():
                    item.setBackground(QBrush(MATCH_COLOUR))  # the same as what is being entered
                if column == 0:
                    item.setFont(bold)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        return table

    def chosen_uuid(self) -> uuid.UUID | None:
        """The existing event to open: the selected column's, else the first candidate's.

        Nothing is selected at first, so the matching cells keep their highlight."""
        columns = {index.column() for index in self.table.selectedIndexes()}
        column = min(columns) if columns else 1
        if column < 1:
            column = 1
        if column - 1 < len(self.candidates):
            return self.candidates[column - 1].uuid
        return None
