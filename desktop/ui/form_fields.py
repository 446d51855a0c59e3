"""The event form's fields: every part of an EventInput, laid out in two columns.

Kept apart from the dialog (``event_form.py``) so the dialog only deals with
saving, closing and shortcuts, and this module only with turning widgets into
an :class:`EventInput` and back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSignalBlocker,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from db import messages
from db.engine import Database
from db.event_store import EventInput, FieldError, SourceInput
from db.localized import names_by_code, names_by_english
from db.models import (
    City,
    Country,
    DatePrecision,
    Event,
    EventStatus,
    PlacePrecision,
    Region,
    SourceScale,
)
from db.names import normalize
from desktop.name_ranking import rank_matches
from desktop.ui import i18n, lookups
from desktop.ui.child_tables import OrganizersEditor, ProgramEditor, SpeakersEditor
from desktop.ui.completers import LIMIT, SuggestCompleter, Suggester
from desktop.ui.date_field import DateField
from desktop.ui.widgets import (
    HINT_STYLE,
    error_label,
    fit_popup,
    line_edit,
    popup_of,
    row,
    select_data,
    with_error,
)

FIELDS_WITH_ERRORS = (
    "title",
    "start_date",
    "end_date",
    "source_date",
    "event_type",
    "occasion",
    "anniversary",
    "country",
    "region",
    "city",
    "attendance",
    "organizers",
    "speakers",
    "program",
    "source",
)

KEPT_FOR_A_COPY = (
    "date_precision",
    "start_date",
    "end_date",
    "event_type",
    "occasion",
    "anniversary",
    "country",
    "status",
)
"""What "Save and duplicate" copies into the next event besides the report
(:meth:`EventFields.keep_for_next`); the button's tip names these fields."""

WARNING_STYLE = "color: #9a5b00;"
FAR_AHEAD = dt.timedelta(days=366)
FAR_BACK_YEARS = 50
"""A date more than a year ahead or fifty years back is more likely a mistyped year
("2125", "1925") than a report's event: it is pointed out, not refused."""

W = TypeVar("W", bound=QWidget)


def tr(text: str) -> str:
    return QCoreApplication.translate("EventFields", text)


def date_precisions() -> list[tuple[DatePrecision, str]]:
    """How precise a date is, in the form's words (its choices and the history's)."""
    return [
        (DatePrecision.DAY, tr("exact day")),
        (DatePrecision.MONTH, tr("month")),
        (DatePrecision.YEAR, tr("year")),
        (DatePrecision.BETWEEN, tr("between A and B")),
    ]


def source_scales() -> list[tuple[SourceScale, str]]:
    """How far a source reaches, in the form's words (its choices and the history's)."""
    return [
        (SourceScale.LOCAL, tr("local")),
        (SourceScale.NATIONAL, tr("national")),
        (SourceScale.INTERNATIONAL, tr("international")),
    ]


def place_precisions() -> list[tuple[PlacePrecision, str]]:
    """What a place names, in the form's words (its choices and the history's)."""
    return [
        (PlacePrecision.SETTLEMENT, tr("settlement")),
        (PlacePrecision.DISTRICT, tr("district")),
        (PlacePrecision.REGION, tr("region")),
        (PlacePrecision.COUNTRY, tr("country")),
    ]


class CountBox(QSpinBox):
    """A count whose lowest value reads "unknown" (the special value text): a click into
    the word selects it, so the digits typed next replace it. Qt put the cursor inside the
    word, where every digit was refused, and the field stayed "unknown" without a word."""

    def __init__(self) -> None:
        super().__init__()
        self.lineEdit().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and self.specialValueText()
            and self.value() == self.minimum()
        ):
            self.selectAll()  # the press placed the cursor; the release keeps a selection
        return super().eventFilter(watched, event)


class TypedCombo(QComboBox):
    """An editable list field (country, occasion): Up, Down, Page Up and Page Down open the
    list to choose from. Qt stepped to the neighbouring entry unseen, so Down pressed for
    suggestions that were not showing put the next country of the list in the field."""

    STEP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in self.STEP_KEYS:
            self.showPopup()
            event.accept()
            return
        super().keyPressEvent(event)


class EventFields(QWidget):
    """All inputs of one event; ``changed`` fires on any edit."""

    changed = Signal()

    def __init__(self, database: Database, suggester: Suggester, parent: QWidget | None = None):
        super().__init__(parent)
        self._database = database
        self._suggester = suggester
        with database.sessions() as session:
            self._event_types = lookups.event_types(session)
            self._program_types = lookups.program_item_types(session)
            self._countries = lookups.countries(session)
            self._country_keys = {normalize(name): code for code, name in self._countries}
            """Country codes by the key of their listed name, matched as the store matches
            names: Qt's case-insensitive match keeps "italiya" apart from "İtaliya"."""
            self._country_usage = dict(
                session.execute(
                    select(Country.code, func.count(Event.id))
                    .join(Event, Event.country_id == Country.id)
                    .where(Event.deleted_at.is_(None))
                    .group_by(Country.code)
                ).all()
            )
            self._occasions = lookups.occasions(session)
        self.errors: dict[str, QLabel] = {name: error_label(name) for name in FIELDS_WITH_ERRORS}
        self._last_start: dt.date | None = None
        self._build()
        self._connect_changes()
        self._on_precision_changed()
        self._update_anniversary()

    # --- building ------------------------------------------------

    def _input(self, widget: W, name: str, accessible: str) -> W:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    def _build(self) -> None:
        columns = QHBoxLayout(self)
        columns.setContentsMargins(8, 8, 8, 8)
        columns.setSpacing(12)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        left.addWidget(self._build_event_group(), 1)
        left.addWidget(self._build_place_group())
        right.addWidget(self._build_people_group())
        right.addWidget(self._build_program_group())
        right.addWidget(self._build_source_group())
        right.addStretch(1)

    @staticmethod
    def _form(group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(6)
        return form

    def _add(self, form: QFormLayout, label: str, field: QWidget, error: str | None = None) -> None:
        caption = QLabel(label)
        caption.setBuddy(field)
        form.addRow(caption, with_error(field, self.errors[error]) if error else field)

    def _build_event_group(self) -> QGroupBox:
        group = QGroupBox(tr("Event"))
        form = self._form(group)
        self.title = self._input(QLineEdit(), "title", tr("Title"))
        self.title.setPlaceholderText(tr("e.g. Memorial event for the Khojaly genocide in …"))
        self._add(form, tr("&Title"), self.title, "title")

        self.date_precision = self._input(QComboBox(), "date_precision", tr("Date precision"))
        for key, label in date_precisions():
            self.date_precision.addItem(label, key)
        self.start_date = self._input(DateField(), "start_date", tr("Start date"))
        self.end_date = self._input(DateField(), "end_date", tr("End date"))
        self.date_meaning = QLabel()
        self.date_meaning.setObjectName("date_meaning")
        self.date_meaning.setAccessibleName(tr("The dates in words"))
        self.date_meaning.setStyleSheet(HINT_STYLE)
        self.date_warning = QLabel()
        self.date_warning.setObjectName("date_warning")
        self.date_warning.setStyleSheet(WARNING_STYLE)
        self.date_warning.setVisible(False)
        self.multi_day = self._input(QCheckBox(), "multi_day", "")
        self._to_label = QLabel(tr("to"))
        dates = row(
            self.date_precision, self.start_date, self._to_label, self.end_date, self.multi_day
        )
        date_cell = QWidget()
        date_layout = QVBoxLayout(date_cell)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.setSpacing(2)
        below = (
            self.date_meaning,
            self.date_warning,
            self.errors["start_date"],
            self.errors["end_date"],
        )
        for widget in (dates, *below):
            date_layout.addWidget(widget)
        caption = QLabel(tr("&Date"))
        caption.setBuddy(self.date_precision)
        form.addRow(caption, date_cell)

        self.event_type = self._input(QComboBox(), "event_type", tr("Event type"))
        self.event_type.addItem("", None)
        for code, name in self._event_types:
            self.event_type.addItem(name, code)
        self._add(form, tr("T&ype"), self.event_type, "event_type")

        self.occasion = self._input(TypedCombo(), "occasion", tr("Occasion"))
        self.occasion.setEditable(True)
        self.occasion.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.occasion.addItem("")
        for choice in self._occasions:
            self.occasion.addItem(choice.name)
        line_edit(self.occasion).setPlaceholderText(tr("what the event is dedicated to"))
        SuggestCompleter.attach(line_edit(self.occasion), self._suggester, "occasion")
        self._add(form, tr("&Occasion"), self.occasion, "occasion")

        self.anniversary = self._input(CountBox(), "anniversary", tr("Anniversary as reported"))
        self.anniversary.setRange(0, 3000)
        self.anniversary.setSpecialValueText(tr("not stated"))
        self.anniversary_computed = QLabel()
        self.anniversary_computed.setObjectName("anniversary_computed")
        self.anniversary_computed.setAccessibleName(tr("Computed anniversary"))
        self.anniversary_warning = QLabel()
        self.anniversary_warning.setObjectName("anniversary_warning")
        self.anniversary_warning.setStyleSheet(WARNING_STYLE)
        anniversary_row = row(self.anniversary, self.anniversary_computed, self.anniversary_warning)
        self._add(form, tr("&Anniversary"), anniversary_row, "anniversary")

        self.attendance = self._input(CountBox(), "attendance", tr("Attendance"))
        self.attendance.setRange(0, 10_000_000)
        self.attendance.setSpecialValueText(tr("unknown"))
        self.attendance.setGroupSeparatorShown(True)
        self.status = self._input(QComboBox(), "status", tr("Status"))
        self.status.addItem(tr("draft"), EventStatus.DRAFT)
        self.status.addItem(tr("verified"), EventStatus.VERIFIED)
        status_caption = QLabel(tr("Stat&us"))
        status_caption.setBuddy(self.status)
        self._add(
            form,
            tr("Att&endance"),
            row(self.attendance, self.errors["attendance"], status_caption, self.status),
        )

        self.description = self._input(QPlainTextEdit(), "description", tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(64)
        self._add(form, tr("Descr&iption"), self.description)
        return group

    def _build_place_group(self) -> QGroupBox:
        group = QGroupBox(tr("Place"))
        form = self._form(group)
        self.country = self._input(TypedCombo(), "country", tr("Country"))
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.addItem("", None)
        for code, name in self._countries:
            self.country.addItem(name, code)
        self._country_matches = QStringListModel(self)
        completer = QCompleter(self._country_matches, self.country)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.country.setCompleter(completer)
        self._country_completer = completer
        fit_popup(completer)
        line_edit(self.country).textEdited.connect(self._complete_country)
        self._add(form, tr("Cou&ntry"), self.country, "country")

        self.region = self._input(QLineEdit(), "region", tr("Region"))
        self.region.setPlaceholderText(tr("any spelling: Primorsky Territory, Приморский край…"))
        SuggestCompleter.attach(self.region, self._suggester, "region", self._place_context)
        self._add(form, tr("Re&gion"), self.region, "region")
        self.city = self._input(QLineEdit(), "city", tr("City"))
        SuggestCompleter.attach(self.city, self._suggester, "city", self._place_context)
        self._add(form, tr("&City"), self.city, "city")
        self.venue = self._input(QLineEdit(), "venue", tr("Venue"))
        self._add(form, tr("&Venue"), self.venue)
        self.place_as_written = self._input(
            QLineEdit(), "place_as_written", tr("Place as written in the report")
        )
        self.place_as_written.setPlaceholderText(tr("copied from the report"))
        self._add(form, tr("As &written"), self.place_as_written)
        self.place_precision = self._input(QComboBox(), "place_precision", tr("Place precision"))
        self.place_precision.addItem("", None)
        for key, label in place_precisions():
            self.place_precision.addItem(label, key)
        self._add(form, tr("&Precision"), self.place_precision)
        return group

    def _complete_country(self, text: str) -> None:
        """Countries that start with the text first, then by use, then spelling variants."""
        names = [name for _code, name in self._countries]
        usage = [self._country_usage.get(code, 0) for code, _name in self._countries]
        found = [names[i] for i in rank_matches(text, names, usage)][:LIMIT]
        if len(found) < LIMIT and len(text.strip()) >= 3:
            for _label, record in self._suggester.gazetteer().suggest("country", text, limit=5):
                index = self.country.findData(getattr(record, "code", None))
                if index > 0 and self.country.itemText(index) not in found:
                    found.append(self.country.itemText(index))
        self._country_matches.setStringList(found)
        completer = self._country_completer
        if found and line_edit(self.country).hasFocus():
            completer.complete()
        else:
            popup_of(completer).hide()

    def _place_context(self) -> dict[str, str]:
        """Regions and cities are offered within the chosen country, when one is chosen."""
        code = self._listed_country()
        return {"country": code} if code else {}

    def _listed_country(self) -> str | None:
        """The code of the listed country the country field names, in any case."""
        return self._country_keys.get(normalize(self.country.currentText()))

    def _build_people_group(self) -> QGroupBox:
        group = QGroupBox(tr("Organizers and speakers"))
        layout = QVBoxLayout(group)
        self.organizers = OrganizersEditor(self._suggester)
        self._input(self.organizers, "organizers", tr("Organizers"))
        self.speakers = SpeakersEditor(self._suggester)
        self.speakers.local_organizations = lambda: [o.name for o in self.organizers.values()]
        self._input(self.speakers, "speakers", tr("Speakers"))
        layout.addWidget(self.organizers)
        layout.addWidget(self.errors["organizers"])
        layout.addWidget(self.speakers)
        layout.addWidget(self.errors["speakers"])
        return group

    def _build_program_group(self) -> QGroupBox:
        group = QGroupBox(tr("Program, in order"))
        layout = QVBoxLayout(group)
        self.program = ProgramEditor(self._program_types)
        self._input(self.program, "program", tr("Program"))
        layout.addWidget(self.program)
        layout.addWidget(self.errors["program"])
        return group

    def _build_source_group(self) -> QGroupBox:
        group = QGroupBox(tr("Source (the report)"))
        form = self._form(group)
        self.source_publisher = self._input(QLineEdit(), "source_publisher", tr("Publisher"))
        self.source_publisher.setPlaceholderText(tr("news agency, committee, channel"))
        self._add(form, tr("Publis&her"), self.source_publisher, "source")
        self.source_passed_on_by = self._input(
            QLineEdit(), "source_passed_on_by", tr("Passed on by")
        )
        self._add(form, tr("Passed on &by"), self.source_passed_on_by)
        self.source_date_known = self._input(
            QCheckBox(tr("known")), "source_date_known", tr("Publication date known")
        )
        self.source_date = self._input(DateField(), "source_date", tr("Publication date"))
        self.source_language = self._input(QLineEdit(), "source_language", tr("Language"))
        self.source_language.setPlaceholderText(tr("en, ru, az…"))
        self.source_language.setMaxLength(8)
        self.source_language.setFixedWidth(70)
        self._add(
            form,
            tr("Pub&lished"),
            row(
                self.source_date_known,
                self.source_date,
                QLabel(tr("Language")),
                self.source_language,
            ),
        )
        form.addRow("", self.errors["source_date"])
        self.source_url = self._input(QLineEdit(), "source_url", tr("Address (URL)"))
        self.source_url.setPlaceholderText("https://…")
        self._add(form, tr("Add&ress"), self.source_url)
        self.source_scale = self._input(QComboBox(), "source_scale", tr("Scale"))
        self.source_scale.addItem("", None)
        for scale, label in source_scales():
            self.source_scale.addItem(label, scale.value)
        self.source_dateline = self._input(QLineEdit(), "source_dateline", tr("Dateline"))
        self.source_dateline.setPlaceholderText(tr("BAKU, March 4"))
        # each on a line of its own: beside the scale list the dateline showed ten letters
        self._add(form, tr("Scale"), row(self.source_scale))
        self._add(form, tr("Dateline"), self.source_dateline)
        self.source_text = self._input(
            QPlainTextEdit(), "source_text", tr("Full text of the report")
        )
        self.source_text.setTabChangesFocus(True)
        self.source_text.setPlaceholderText(tr("paste the whole report here"))
        self.source_text.setMinimumHeight(90)
        self._add(form, tr("Full te&xt"), self.source_text)
        return group

    # --- behaviour ------------------------------------------------

    def _connect_changes(self) -> None:
        self.date_precision.currentIndexChanged.connect(self._on_precision_changed)
        self.multi_day.toggled.connect(self._on_precision_changed)
        self.source_date_known.toggled.connect(self.source_date.setEnabled)
        self.source_date.setEnabled(False)
        self.start_date.dateChanged.connect(self._on_start_changed)
        self.end_date.dateChanged.connect(self._update_meaning)
        self.start_date.editingFinished.connect(self._read_start_whole)
        for date_field in (self.start_date, self.end_date, self.source_date):
            date_field.editingFinished.connect(lambda f=date_field: self._show_date_problem(f))
        self.occasion.editTextChanged.connect(self._update_anniversary)
        self.anniversary.valueChanged.connect(self._update_anniversary)
        self._watch_new_inputs()
        for text in (self.description, self.source_text):
            text.textChanged.connect(self.changed)
        for box in (self.multi_day, self.source_date_known):
            box.toggled.connect(self.changed)
        for editor in (self.organizers, self.speakers, self.program):
            editor.rowsChanged.connect(self._on_rows_changed)

    def _on_rows_changed(self) -> None:
        self._watch_new_inputs()
        self.changed.emit()

    def _watch_new_inputs(self) -> None:
        """Connect every input not yet connected (row widgets come and go)."""
        signals: dict[type[QWidget], str] = {
            QLineEdit: "textChanged",
            QComboBox: "currentIndexChanged",
            QSpinBox: "valueChanged",
        }
        for line in self.findChildren(QLineEdit):
            if line.completer() is not None and not line.property("popup_fitted"):
                line.setProperty("popup_fitted", True)
                fit_popup(line.completer())
        for kind, signal in signals.items():
            for widget in self.findChildren(kind):
                if not widget.property("watched"):
                    widget.setProperty("watched", True)
                    getattr(widget, signal).connect(self.changed)

    def precision(self) -> DatePrecision:
        return DatePrecision(self.date_precision.currentData())

    def _on_precision_changed(self) -> None:
        """A span is a day, a month or a year range (several days, months or years: an
        import leaves "March to April 2025"), or 'between' two days."""
        precision = self.precision()
        part = precision.value if precision in (DatePrecision.MONTH, DatePrecision.YEAR) else "day"
        self.start_date.set_precision(part)
        self.end_date.set_precision(part)
        several = {
            DatePrecision.DAY: (tr("several days"), tr("Several days")),
            DatePrecision.MONTH: (tr("several months"), tr("Several months")),
            DatePrecision.YEAR: (tr("several years"), tr("Several years")),
        }
        self.multi_day.setVisible(precision in several)
        if precision in several:
            text, accessible = several[precision]
            self.multi_day.setText(text)
            self.multi_day.setAccessibleName(accessible)
        has_end = precision == DatePrecision.BETWEEN or self.multi_day.isChecked()
        self.end_date.setEnabled(has_end)
        self._to_label.setEnabled(has_end)
        tip = {
            DatePrecision.BETWEEN: tr(
                "The report gives no day: the earliest and latest possible dates."
            ),
            DatePrecision.DAY: tr("Tick 'several days' for an event that lasts more than a day."),
        }.get(precision, "")
        self.end_date.setToolTip(tip)
        self._update_meaning()

    def _on_start_changed(self, start: dt.date | None) -> None:
        """The end date follows the start date until the clerk gives it one of its own."""
        if start is not None and (
            not self.end_date.isEnabled() or self.end_date.value() in (None, self._last_start)
        ):
            self.end_date.set_value(start)
        self._last_start = start
        self._update_anniversary()
        self._update_meaning()

    def _update_meaning(self) -> None:
        """The dates in words under the fields: what "03/04/2025" was read as."""
        start = self.start_date.meaning()
        end = self.end_date.meaning() if self.end_date.isEnabled() else ""
        self.date_meaning.setText(f"{start} – {end}" if start and end and end != start else start)
        self.date_meaning.setVisible(bool(start))
        self._warn_far_dates()

    def _warn_far_dates(self) -> None:
        """A year far from today is pointed out beside the dates before the save."""
        today = dt.date.today()
        end = self.end_date.value() if self.end_date.isEnabled() else None
        far = sorted(
            {
                day.year
                for day in (self.start_date.value(), end)
                if day is not None
                and (day > today + FAR_AHEAD or day.year < today.year - FAR_BACK_YEARS)
            }
        )
        years = ", ".join(str(year) for year in far)
        self.date_warning.setText(
            tr("⚠ {years} is far from today: check the year.").format(years=years) if far else ""
        )
        self.date_warning.setVisible(bool(far))

    def _read_start_whole(self) -> None:
        """Leaving the start date with text the chosen precision cannot read: a span of
        days or a month or year alone, as reports write them, is shown as what it is."""
        if self.start_date.problem() is not None and not self._take_span():
            self._take_coarser_date()

    def _take_span(self) -> bool:
        """A span of days typed into the start date ("12-13.10.2025") becomes the start
        and end dates, with "several days" ticked. False when the text is no span."""
        precision = self.precision()
        if precision not in (DatePrecision.DAY, DatePrecision.BETWEEN):
            return False
        from desktop.date_entry import read_span

        span = read_span(self.start_date.text(), i18n.locale().name())
        if span is None:
            return False
        if precision == DatePrecision.DAY:
            self.multi_day.setChecked(True)
        self.start_date.set_value(span[0])
        self.end_date.set_value(span[1])
        return True

    def _take_coarser_date(self) -> None:
        """A month or a year alone ("март 2025", "2025") typed for an exact day: the report
        gives no day, so the precision becomes the month or the year, shown in its list."""
        problem = self.start_date.problem()
        if self.precision() != DatePrecision.DAY or problem is None:
            return
        if problem.kind != "incomplete":
            return
        from desktop.date_entry import DateEntryError, read_date

        try:
            read = read_date(self.start_date.text(), i18n.locale().name())
        except DateEntryError:
            return
        if read is not None and read[1] != "day":
            select_data(self.date_precision, DatePrecision(read[1]))
            self.start_date.tidy()

    def _show_date_problem(self, field: DateField) -> None:
        """Leaving a date field: a text that is not a date is marked beside it at once."""
        label = self.errors[field.objectName()]
        label.setText(field.problem_text())
        label.setVisible(bool(label.text()))

    def date_errors(self) -> list[FieldError]:
        """Date fields whose text is not a date; they block the save."""
        fields = [self.start_date, self.end_date, self.source_date]
        return [
            FieldError(field.objectName(), field.problem_text())
            for field in fields
            if field.isEnabled() and field.problem() is not None
        ]

    def computed_anniversary(self) -> int | None:
        choice = lookups.find_occasion(self._occasions, self.occasion.currentText())
        start = self._start()
        if choice is None or start is None:
            return None
        return lookups.anniversary(choice.reference_date, start)

    def _update_anniversary(self) -> None:
        computed = self.computed_anniversary()
        reported = self.anniversary.value() or None
        if computed is None:
            self.anniversary_computed.setText("")
        else:
            text = tr("{ordinal} anniversary").format(ordinal=messages.format_ordinal(computed))
            self.anniversary_computed.setText(tr("computed: {text}").format(text=text))
        if computed is not None and reported is not None and reported != computed:
            self.anniversary_warning.setText(
                tr("⚠ the report says {reported}, the dates give {computed}").format(
                    reported=reported, computed=computed
                )
            )
        else:
            self.anniversary_warning.setText("")

    # --- values ------------------------------------------------

    def _start(self) -> dt.date | None:
        return self.start_date.value()

    def _country_value(self) -> str | None:
        text = self.country.currentText().strip()
        return (self._listed_country() or text) if text else None

    def value(self) -> EventInput:
        """What the widgets say now, as the store wants it."""

        def text(widget: QLineEdit) -> str | None:
            return widget.text().strip() or None

        precision = self.precision()
        has_end = self.end_date.isEnabled()
        return EventInput(
            title=self.title.text().strip(),
            start_date=self._start(),
            end_date=self.end_date.value() if has_end else None,
            date_precision=precision,
            event_type=self.event_type.currentData(),
            occasion=self.occasion.currentText().strip() or None,
            anniversary=self.anniversary.value() or None,
            country=self._country_value(),
            region=text(self.region),
            city=text(self.city),
            venue=text(self.venue),
            place_as_written=text(self.place_as_written),
            place_precision=self.place_precision.currentData(),
            attendance=self.attendance.value() or None,
            description=self.description.toPlainText().strip() or None,
            status=EventStatus(self.status.currentData()),
            organizers=self.organizers.values(),
            speakers=self.speakers.values(),
            program=self.program.values(),
            source=SourceInput(
                publisher=text(self.source_publisher),
                passed_on_by=text(self.source_passed_on_by),
                published_on=self.source_date.value()
                if self.source_date_known.isChecked()
                else None,
                url=text(self.source_url),
                language=text(self.source_language),
                dateline=text(self.source_dateline),
                full_text=self.source_text.toPlainText().strip() or None,
                scale=self.source_scale.currentData(),
            ),
        )

    def set_value(self, data: EventInput) -> None:
        """Fill every widget from ``data`` (a loaded event or a blank one)."""
        blockers = [QSignalBlocker(self)]
        self.title.setText(data.title)
        select_data(self.date_precision, DatePrecision(data.date_precision))
        self.multi_day.setChecked(
            data.date_precision != DatePrecision.BETWEEN and data.end_date is not None
        )
        self._last_start = None
        self._on_precision_changed()
        self.start_date.set_value(data.start_date)
        self.end_date.set_value(data.end_date or data.start_date)
        self._select_or_blank(self.event_type, data.event_type)
        self.occasion.setEditText(self._occasion_label(data.occasion))
        self.anniversary.setValue(data.anniversary or 0)
        self._set_country(data.country)
        self.region.setText(self._region_name(data.region))
        self.city.setText(self._city_name(data.city))
        self.venue.setText(data.venue or "")
        self.place_as_written.setText(data.place_as_written or "")
        self._select_or_blank(self.place_precision, data.place_precision)
        self.attendance.setValue(data.attendance or 0)
        self.description.setPlainText(data.description or "")
        select_data(self.status, EventStatus(data.status))
        self.organizers.set_values(data.organizers)
        self.speakers.set_values(data.speakers)
        self.program.set_values(data.program)
        self.set_source(data.source)
        del blockers
        for line in self.findChildren(QLineEdit):
            line.setCursorPosition(0)  # show the start of long names, not their end
        self._on_precision_changed()
        self._update_anniversary()

    def set_source(self, source: SourceInput) -> None:
        self.source_publisher.setText(source.publisher or "")
        self.source_passed_on_by.setText(source.passed_on_by or "")
        self.source_date_known.setChecked(source.published_on is not None)
        self.source_date.set_value(source.published_on)
        self.source_url.setText(source.url or "")
        self.source_language.setText(source.language or "")
        self.source_dateline.setText(source.dateline or "")
        self._select_or_blank(self.source_scale, source.scale)
        self.source_text.setPlainText(source.full_text or "")

    @staticmethod
    def _select_or_blank(combo: QComboBox, key: object) -> None:
        if key is None or not select_data(combo, key):
            combo.setCurrentIndex(0)

    def set_place(self, country: str | None, region: str | None) -> None:
        """Show the country and region (ISO codes) a name the clerk chose placed the event in."""
        self._set_country(country)
        self.region.setText(self._region_name(region))
        self.region.setCursorPosition(0)

    def _set_country(self, country: str | None) -> None:
        if not country:
            self.country.setCurrentIndex(0)
        elif not select_data(self.country, country.upper()):
            self.country.setEditText(country)

    def _region_name(self, region: str | None) -> str:
        """A loaded event names its region by ISO code; show the name instead."""
        if not region:
            return ""
        with self._database.sessions() as session:
            names = names_by_code(session, Region, [region], i18n.current_language())
        return names.get(region, region)

    def _city_name(self, city: str | None) -> str:
        """A loaded event or a draft names its city in English; show the interface
        language's name (saved, it resolves to the same city)."""
        if not city:
            return ""
        with self._database.sessions() as session:
            names = names_by_english(session, City, [city], i18n.current_language())
        return names.get(city, city)

    def _occasion_label(self, occasion: str | None) -> str:
        """A loaded event names its occasion in English; show the interface language's."""
        choice = lookups.find_occasion(self._occasions, occasion or "")
        return choice.name if choice is not None else occasion or ""

    # --- errors and focus ------------------------------------------------

    def show_errors(self, errors: list[FieldError]) -> list[str]:
        """Put each message beside its field; return those of fields without a place for
        one (each names its field: "The venue is 2,000 characters long")."""
        by_field: dict[str, list[str]] = {}
        for error in errors:
            by_field.setdefault(error.field, []).append(error.message)
        unplaced: list[str] = []
        for name, label in self.errors.items():
            said = by_field.pop(name, [])
            label.setText("\n".join(said))
            label.setVisible(bool(said))
        for said in by_field.values():
            unplaced.extend(said)
        return unplaced

    def field_widget(self, name: str) -> QWidget | None:
        widget = getattr(self, name, None)
        if name == "source":
            widget = self.source_publisher
        return widget if isinstance(widget, QWidget) else None

    def focus_order(self) -> list[QWidget]:
        """Every input in the order a clerk reads a report: left column, then right."""
        return [
            self.title,
            self.date_precision,
            self.start_date,
            self.end_date,
            self.multi_day,
            self.event_type,
            self.occasion,
            self.anniversary,
            self.attendance,
            self.status,
            self.description,
            self.country,
            self.region,
            self.city,
            self.venue,
            self.place_as_written,
            self.place_precision,
            *self.organizers.focus_order(),
            *self.speakers.focus_order(),
            *self.program.focus_order(),
            self.source_publisher,
            self.source_passed_on_by,
            self.source_date_known,
            self.source_date,
            self.source_language,
            self.source_url,
            self.source_scale,
            self.source_dateline,
            self.source_text,
        ]

    def keep_for_next(self, data: EventInput, duplicate: bool) -> EventInput:
        """What a new form starts with after saving: the report, or the whole context."""
        blank = EventInput(source=data.source)
        if not duplicate:
            return blank
        return replace(blank, **{name: getattr(data, name) for name in KEPT_FOR_A_COPY})
