"""Paste a news report, get one draft event per event in it, accept each into the form.

The text is read in a worker thread (no frozen window); the drafts are listed
on the left, the report on the right with the words each field came from
highlighted in the field's colour, and a summary of the chosen draft below.
"Open in form" hands the draft to the normal event form, where the clerk
corrects and saves it; the list marks drafts already saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThread, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from db.event_store import ProgramInput
from db.queries import dates_text
from desktop.extraction import Extraction, extract, read_document
from desktop.extraction.document import DocumentError
from desktop.extraction.learning import Lesson, lessons, remember
from desktop.extraction.service import DraftEvent
from desktop.extraction.shown_names import ShownNames, shown_names
from desktop.ui import i18n
from desktop.ui.event_form import EventForm
from desktop.ui.worker import Job, start_job

FIELD_COLOURS = {
    "event": "#f2f2f2",
    "country": "#cfe8ff",
    "region": "#cfe8ff",
    "city": "#cfe8ff",
    "venue": "#e3f1ff",
    "attendance": "#e8f5e0",
    "organizations": "#d6f5d6",
    "speakers": "#ffe0b3",
    "speakers.role": "#fff2cc",
    "occasion": "#f5d0f5",
    "anniversary": "#f5d0f5",
    "date": "#e0d4ff",
    "program": "#ffd6d6",
    "event_type": "#e6e6e6",
}


UNCERTAIN = 0.7
"""Fields whose confidence is below this are shown in UNCERTAIN_COLOUR: check them first."""
UNCERTAIN_COLOUR = "#ffc266"
SUMMARY_FIELDS = {
    "date": ("date",),
    "place": ("city", "region", "country"),
    "venue": ("venue",),
    "attendance": ("attendance",),
    "occasion": ("occasion", "anniversary"),
    "type": ("event_type",),
    "organizers": ("organizations",),
    "speakers": ("speakers",),
    "program": ("program",),
}


def uncertain_fields(draft: DraftEvent) -> set[str]:
    """Summary lines (keys of SUMMARY_FIELDS) with a value the extractor is unsure of."""
    out = set()
    for line, fields in SUMMARY_FIELDS.items():
        scores = [draft.confidence.get(f) for f in fields]
        known = [s for s in scores if s is not None]
        if known and min(known) < UNCERTAIN:
            out.add(line)
    return out


class ExtractDialog(QDialog):
    """Report text in, draft events out; each draft goes through the event form."""

    event_saved = Signal(object)

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("extract_dialog")
        self.setWindowTitle(self.tr("Events from a report"))
        self._database = database
        self.extraction: Extraction | None = None
        self._names = ShownNames()
        """The drafts' places, types... named in the interface language."""
        self.saved: dict[int, uuid.UUID] = {}
        self._thread: QThread | None = None
        self._job: Job | None = None
        self._build()
        self.resize(1100, 720)

    # --- layout -----------------------------------------------------------------

    def _build(self) -> None:
        self.text = QPlainTextEdit()
        self.text.setObjectName("report_text")
        self.text.setAccessibleName(self.tr("Report text"))
        self.text.setPlaceholderText(self.tr("Paste the text of a news report here…"))
        self.open_button = self._button(self.tr("Open file…"), "open_report", self.choose_file)
        self.find_button = self._button(self.tr("Find events"), "find_events", self.run_extraction)
        self.find_button.setDefault(True)
        self.find_button.setToolTip(self.tr("Read the report and list its events (Ctrl+Enter)"))
        self.close_button = self._button(self.tr("Close"), "close_extract", self.reject)
        self.text.setTabChangesFocus(True)
        self.text.installEventFilter(self)  # Ctrl+Enter in the text reads it
        read_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        read_shortcut.activated.connect(self.run_extraction)

        self.drafts = QListWidget()
        self.drafts.setObjectName("drafts")
        self.drafts.setAccessibleName(self.tr("Draft events"))
        self.drafts.currentRowChanged.connect(self.show_draft)
        self.drafts.itemActivated.connect(lambda _item: self.open_current())
        self.summary = QLabel()
        self.summary.setObjectName("draft_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_button = self._button(self.tr("Open in form"), "open_draft", self.open_current)
        self.accept_button.setEnabled(False)
        self.status = QLabel()
        self.status.setObjectName("extract_status")

        self.view = QTextEdit()
        self.view.setObjectName("highlighted_text")
        self.view.setAccessibleName(self.tr("Report with highlighted words"))
        self.view.setReadOnly(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Drafts found")))
        left_layout.addWidget(self.drafts, 2)
        left_layout.addWidget(self.summary, 3)
        left_layout.addWidget(self.accept_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setSizes([420, 680])

        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.find_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(top)
        layout.addWidget(splitter, 3)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.setTabOrder(self.text, self.open_button)
        self.setTabOrder(self.open_button, self.find_button)
        self.setTabOrder(self.find_button, self.drafts)
        self.setTabOrder(self.drafts, self.accept_button)
        self.setTabOrder(self.accept_button, self.close_button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.text
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.run_extraction()
            return True
        return super().eventFilter(watched, event)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("…", ""))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- reading ----------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a report"),
            "",
            self.tr("Reports (*.txt *.html *.htm *.docx);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        try:
            self.text.setPlainText(read_document(path))
        except DocumentError as error:  # worded for the clerk: what it is, what to do
            QMessageBox.warning(self, self.tr("Cannot read the report"), str(error))

    def run_extraction(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            self.status.setText(self.tr("Paste a report first."))
            return
        if self._thread is not None:
            return
        self.find_button.setEnabled(False)
        self.status.setText(self.tr("Reading the report…"))
        database = self._database

        def read() -> Extraction:
            with database.sessions() as session:
                return extract(text, session=session)

        self._thread, self._job = start_job(
            self, read, self._show_extraction, self._show_failure, self._thread_finished
        )

    def _thread_finished(self) -> None:
        self._thread = None
        self._job = None
        self.find_button.setEnabled(True)

    def is_busy(self) -> bool:
        return self._thread is not None

    def _show_failure(self, message: str) -> None:
        self.status.setText(self.tr("The report could not be read: {error}").format(error=message))

    def _show_extraction(self, extraction: Extraction) -> None:
        self.extraction = extraction
        with self._database.sessions() as session:
            self._names = shown_names(session, extraction.events, i18n.current_language())
        self.saved.clear()
        self.drafts.clear()
        for number, draft in enumerate(extraction.events, start=1):
            item = QListWidgetItem(self._item_text(number, draft))
            item.setToolTip(self._names.title(draft))
            self.drafts.addItem(item)
        self.status.setText(self.tr("%n event(s) found.", "", len(extraction.events)))
        self.accept_button.setEnabled(bool(extraction.events))
        if extraction.events:
            self.drafts.setCurrentRow(0)
            self.drafts.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._highlight(None)

    def _item_text(self, number: int, draft: DraftEvent) -> str:
        """Place first: the titles of one report's drafts often start alike."""
        city, region, country = self._names.place(draft)
        place = ", ".join(p for p in (city, region) if p) or country or "?"
        kind = self._names.event_type(draft) or self.tr("event")
        mark = "✓ " if number - 1 in self.saved else ""
        return f"{mark}{number}. {place} — {kind}"

    # --- showing a draft --------------------------------------------------------

    def current_draft(self) -> DraftEvent | None:
        row = self.drafts.currentRow()
        if self.extraction is None or not 0 <= row < len(self.extraction.events):
            return None
        return self.extraction.events[row]

    def show_draft(self, _row: int = -1) -> None:
        draft = self.current_draft()
        self._highlight(draft)
        if draft is None:
            self.summary.clear()
            return
        occasion = self._names.occasion(draft)
        lines = [
            ("date", self.tr("Date"), _date_text(draft)),
            ("place", self.tr("Place"), ", ".join(p for p in self._names.place(draft) if p)),
            ("venue", self.tr("Venue"), draft.venue or ""),
            (
                "attendance",
                self.tr("Attendance"),
                "" if draft.attendance is None else i18n.format_number(draft.attendance),
            ),
            (
                "occasion",
                self.tr("Occasion"),
                occasion and self._names.occasion_line(draft),
            ),
            ("type", self.tr("Type"), self._names.event_type(draft)),
            ("organizers", self.tr("Organizers"), "; ".join(draft.organizations)),
            (
                "speakers",
                self.tr("Speakers"),
                "; ".join(_speaker_text(s) for s in draft.speakers),
            ),
            ("program", self.tr("Program"), ", ".join(self._names.program(draft))),
        ]
        unsure = uncertain_fields(draft)
        html = ""
        for key, label, value in lines:
            line = f"<b>{label}:</b> {_escape(value) or '—'}"
            if key in unsure:  # the clerk checks these first
                line = f'<span style="background-color:{UNCERTAIN_COLOUR}">{line} ?</span>'
            html += line + "<br>"
        if unsure:
            notice = self.tr("Check the marked fields first: the report is unclear there.")
            html += f'<span style="background-color:{UNCERTAIN_COLOUR}">{_escape(notice)}</span>'
            html += "<br>"
        html += "".join(f"<i>⚠ {_escape(w)}</i><br>" for w in draft.warnings)
        self.summary.setText(html)

    def _highlight(self, draft: DraftEvent | None) -> None:
        text = self.extraction.text if self.extraction else self.text.toPlainText()
        self.view.setPlainText(text)
        if draft is None:
            return
        cursor = QTextCursor(self.view.document())
        for span in sorted(draft.spans, key=lambda s: (s.field != "event", s.start)):
            colour = FIELD_COLOURS.get(span.field)
            if colour is None or not 0 <= span.start < span.end <= len(text):
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(colour))
            if span.field != "event":
                fmt.setFontWeight(600)
            cursor.setPosition(span.start)
            cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        cursor.setPosition(max(0, min(draft.text_start, len(text))))
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()

    # --- accepting -------------------------------------------------------------

    def open_current(self) -> EventForm | None:
        """Open the chosen draft in the event form; saving it marks the draft done."""
        draft = self.current_draft()
        if draft is None:
            return None
        row = self.drafts.currentRow()
        form = EventForm(self._database, parent=self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        data = draft.to_event_input()
        program = _program_as_shown(data.program, self._names.program(draft))
        form.start_new(replace(data, title=self._names.title(draft), program=program))
        form.saved.connect(lambda event_uuid, r=row: self._mark_saved(r, event_uuid))
        form.open()
        return form

    def _mark_saved(self, row: int, event_uuid: uuid.UUID) -> None:
        self.saved[row] = event_uuid
        self.offer_lessons(row, event_uuid)
        if self.extraction is not None:
            self.drafts.item(row).setText(self._item_text(row + 1, self.extraction.events[row]))
        self.event_saved.emit(event_uuid)
        if row + 1 < self.drafts.count():
            self.drafts.setCurrentRow(row + 1)

    def offer_lessons(self, row: int, event_uuid: uuid.UUID) -> list[Lesson]:
        """Names the clerk corrected in the saved draft: remember them, if the clerk agrees,
        so the next report with the same wording comes out right."""
        if self.extraction is None:
            return []
        draft = self.extraction.events[row]
        with self._database.sessions() as session:
            found = lessons(session, draft, event_uuid)
            if not found:
                return []
            listing = "\n".join(f"{lesson.written} → {lesson.name}" for lesson in found)
            question = self.tr("You corrected these names. Read them this way in later reports?")
            answer = QMessageBox.question(
                self, self.tr("Remember corrected names"), f"{question}\n\n{listing}"
            )
            if answer != QMessageBox.StandardButton.Yes:
                return []
            remember(session, found)
            session.commit()
        return found

    def done(self, result: int) -> None:
        """Wait for a running extraction before closing."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(5000)
        super().done(result)


def _date_text(draft: DraftEvent) -> str:
    """The draft's dates as the events table will show them: a month as a month, a span
    of days with its last day (not its first day alone)."""
    if draft.start_date is None:
        return ""
    return dates_text(draft.start_date, draft.end_date, draft.date_precision, i18n.format_date)


def _program_as_shown(items: list[ProgramInput], shown: list[str]) -> list[ProgramInput]:
    """The form's program rows with the words the summary showed: an item the data set has
    no type for comes as "other" with its label as the note, now in the clerk's language
    (a typed item has no note: the form names its type)."""
    return [
        replace(item, note=name) if item.note else item
        for item, name in zip(items, shown, strict=True)
    ]


def _speaker_text(speaker: dict[str, str | None]) -> str:
    details = ", ".join(v for v in (speaker.get("role"), speaker.get("organization")) if v)
    return f"{speaker.get('name')} ({details})" if details else str(speaker.get("name"))


def _escape(value: str | None) -> str:
    if not value:
        return ""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
