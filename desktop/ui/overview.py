"""The Overview tab: the year at a glance, drawn with Qt Charts beside the events table.

The figures come from :mod:`desktop.overview` (the Excel summaries' own counting
functions) computed off the GUI thread; a result that arrives after the filter
changed again is dropped. Clicking a bar, a month or a matrix cell shows exactly
the events it counts in the events table.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import textwrap
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPixmap,
    QShowEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from db.engine import Database
from db.errors import describe_database_error
from db.queries import EventFilter, PeriodKey, weeks_in
from desktop.logs import log_path
from desktop.overview import (
    QUIET_MONTHS,
    Bar,
    Cell,
    CellFilter,
    CountStop,
    CountStopped,
    Overview,
    compute_overview,
    narrowed,
    period_name,
    year_earlier,
)
from desktop.ui import i18n
from desktop.ui.worker import start_job

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
CURRENT = QColor("#2f6db5")
PREVIOUS = QColor("#b7c9e2")
REST = QColor("#9a9a9a")
GAP = QColor("#fbe3d6")
FILLED = QColor("#2f6db5")
LABEL = QColor("#202020")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def number(value: int) -> str:
    return i18n.format_number(value)


class ChartPanel(QWidget):
    """A titled chart (or table) with "Copy image" and "Save as…" buttons."""

    def __init__(self, name: str, title: str, body: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.body = body
        body.setObjectName(f"{name}_view")
        body.setAccessibleName(title)
        self.title = QLabel(f"<b>{title}</b>")
        self.title.setWordWrap(True)  # a long Russian title must not widen the page
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the chart as an image"))
        self.copy_button.setObjectName(f"{name}_copy")
        self.copy_button.clicked.connect(self.copy_image)
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save the chart as a PNG image or an SVG drawing"))
        self.save_button.setObjectName(f"{name}_save")
        self.save_button.clicked.connect(self.save_dialog)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.copy_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(body, 1)

    def image(self) -> QPixmap:
        return self.body.grab()

    def copy_image(self) -> None:
        QApplication.clipboard().setPixmap(self.image())

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), f"{self.objectName()}.png",
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> bool:
        """PNG (or another raster format Qt knows) by suffix, SVG as a drawing."""
        if path.suffix.lower() == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(self.body.size())
            generator.setTitle(self.title.text())
            painter = QPainter(generator)
            try:
                QWidget.render(self.body, painter, QPoint(0, 0))  # the widget as shown
            finally:
                ok = painter.end()
        else:
            ok = self.image().save(str(path))
        if not ok:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "The chart could not be saved as {path}. Choose a folder you can write to."
            ).format(path=path))
        return ok


def count_axis(largest: int) -> QCategoryAxis:
    """An axis of whole numbers from 0 written the locale's way (12 345 in Russian), at
    most six ticks, with room above the largest."""
    step = next(m * 10**e for e in range(12) for m in (1, 2, 5) if largest <= 5 * m * 10**e)
    top = max(1, -(-largest // step)) * step
    if top == largest and largest > 0:
        top += step
    axis = QCategoryAxis()
    axis.setStartValue(0)
    axis.setRange(0, top)
    for value in range(0, top + 1, step):
        axis.append(number(value), value)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    return axis


def sparse_axis(labels: list[str], width: int) -> QCategoryAxis:
    """An axis of bars 0, 1, 2… naming as many of them, evenly spread, as fit in
    ``width`` pixels, and every "?" bar (a bar axis names each bar, and Qt cuts 53 week
    names to "…")."""
    axis = QCategoryAxis()
    widest = max(QFontMetrics(axis.labelsFont()).horizontalAdvance(t) for t in labels)
    step = -(-len(labels) // max(2, int(0.8 * width / (widest + 20))))
    axis.setStartValue(-0.5)
    axis.setRange(-0.5, len(labels) - 0.5)
    for index, label in enumerate(labels):
        if index % step == 0 or label.endswith("?"):
            axis.append(label, index)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    return axis


@dataclass
class GridCell:
    """What a table cell shows."""

    text: str
    background: QColor | None = None
    tip: str | None = None
    align: Qt.AlignmentFlag | None = None


class GridModel(QAbstractTableModel):
    """A read-only table of prepared cells (a matrix of 300 regions x 30 occasions took
    365 ms to fill as QTableWidget items, 10 ms as Python values)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[str] = []
        self._columns: list[str] = []
        self._cells: list[list[GridCell]] = []

    def reset(self, rows: list[str], columns: list[str], cells: list[list[GridCell]]) -> None:
        """New contents: row and column titles (``rows`` may be empty) and the cells."""
        self.beginResetModel()
        self._rows, self._columns, self._cells = rows, columns, cells
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.BackgroundRole:
            return cell.background
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tip
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.align is not None:
            return int(cell.align)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self._columns if orientation == Qt.Orientation.Horizontal else self._rows
        return names[section] if 0 <= section < len(names) else None


def fit_columns(table: QTableView) -> None:
    """Columns as wide as their titles (and the numbers under them), measured once."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    model = table.model()
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        sample = str(model.index(0, column).data() or "") if model.rowCount() else ""
        width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample)) + 18
        header.resizeSection(column, max(40, width))


class CountFailed(Exception):
    """The count failed; ``str()`` is the sentence for the user (details are logged)."""


def _chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.setBackgroundRoundness(0)
    return chart


class OverviewWidget(QWidget):
    """Charts of the events the window's filters select; ``drill`` asks to show some."""

    drill = Signal(object, str)
    """(an EventFilter, a description) when a bar or a cell was clicked."""
    refreshed = Signal()
    part_drawn = Signal(str)
    """A part of :data:`desktop.overview.PARTS` is on screen."""
    _counted = Signal(int, object)
    _counted_part = Signal(int, object)
    _count_failed = Signal(int, str)

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overview")
        self.database = database
        self.overview: Overview | None = None
        self._filter = EventFilter()
        self._generation = 0
        self._stale = True
        self._jobs: list[tuple[QThread, QObject]] = []
        self._stop = CountStop()
        """Stops the count running when a newer one replaces it."""
        self._shown: dict[str, Overview] = {}
        """The counts each chart was drawn from, for its clicks."""
        self._reusable: Overview | None = None
        """The last complete count, until the filter or the data change: an option of
        one chart (weeks, months gone quiet, coverage rows) recounts that chart alone."""
        self._build()
        # Emitted from the worker thread, delivered (queued) in the GUI thread.
        self._counted.connect(self._done)
        self._counted_part.connect(self._part)
        self._count_failed.connect(self._failed)

    # --- building ------------------------------------------------

    def _build(self) -> None:
        self.period_label = QLabel()
        self.period_label.setObjectName("overview_period")
        self.period_label.setWordWrap(True)  # never wider than the window
        self.granularity = QComboBox()
        self.granularity.setObjectName("overview_granularity")
        self.granularity.setAccessibleName(self.tr("Group by"))
        for key, text in (("week", self.tr("by week")), ("month", self.tr("by month")),
                          ("quarter", self.tr("by quarter")), ("year", self.tr("by year"))):
            self.granularity.addItem(text, key)
        self.granularity.setCurrentIndex(1)  # months
        self.granularity.currentIndexChanged.connect(lambda _: self.refresh())
        self.quiet_months = QSpinBox()
        self.quiet_months.setObjectName("overview_quiet_months")
        self.quiet_months.setAccessibleName(self.tr("Months without events"))
        self.quiet_months.setRange(1, 60)
        self.quiet_months.setValue(QUIET_MONTHS)
        self.quiet_months.setSuffix(self.tr(" months"))
        self.quiet_months.valueChanged.connect(lambda _: self.refresh())
        self.matrix_rows = QComboBox()
        self.matrix_rows.setObjectName("overview_matrix_rows")
        self.matrix_rows.setAccessibleName(self.tr("Coverage rows"))
        self.matrix_rows.addItem(self.tr("Coverage by region"), "region")
        self.matrix_rows.addItem(self.tr("Coverage by organization"), "organization")
        self.matrix_rows.currentIndexChanged.connect(lambda _: self.refresh())
        self.pdf_button = QPushButton(self.tr("Print to PDF…"))
        self.pdf_button.setObjectName("overview_pdf")
        self.pdf_button.clicked.connect(self.pdf_dialog)
        self.busy = QLabel(self.tr("Counting…"))
        self.busy.setObjectName("overview_busy")
        self.busy.hide()
        bar = QHBoxLayout()  # the period line above it: beside the controls it was squeezed
        bar.addStretch(1)
        bar.addWidget(self.busy)
        bar.addWidget(self.granularity)
        caption = QLabel(self.tr("Gone quiet after"))
        caption.setBuddy(self.quiet_months)
        bar.addWidget(caption)
        bar.addWidget(self.quiet_months)
        bar.addWidget(self.matrix_rows)
        bar.addWidget(self.pdf_button)

        self.period_view = self._chart_view()
        self.region_view = self._chart_view()
        self.country_view = self._chart_view()
        self.occasion_view = self._chart_view()
        self.matrix_model, self.quiet_model = GridModel(self), GridModel(self)
        self.matrix = self._table("overview_matrix", self.matrix_model)
        self.matrix.clicked.connect(lambda i: self._matrix_clicked(i.row(), i.column()))
        self.quiet = self._table("overview_quiet", self.quiet_model)
        self.quiet.verticalHeader().hide()
        self.quiet.clicked.connect(lambda index: self._quiet_clicked(index.row()))
        self.panels = [
            ChartPanel("chart_periods", self.tr("Events per period, and a year earlier"),
                       self.period_view),
            ChartPanel("chart_regions", self.tr("Events per region"), self.region_view),
            ChartPanel("chart_countries", self.tr("Events per country"), self.country_view),
            ChartPanel("chart_occasions", self.tr("Events per occasion"), self.occasion_view),
            ChartPanel("chart_matrix",
                       self.tr("Coverage: regions × occasions (— = no event, a gap)"),
                       self.matrix),
            ChartPanel("chart_quiet", self.tr("Organizations gone quiet"), self.quiet),
        ]
        grid = QGridLayout()
        periods, regions, countries, occasions, matrix, quiet = self.panels
        grid.addWidget(periods, 0, 0, 1, 2)
        grid.addWidget(countries, 0, 2)
        grid.addWidget(regions, 1, 0)
        grid.addWidget(occasions, 1, 1)
        grid.addWidget(quiet, 1, 2)
        grid.addWidget(matrix, 2, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        for row, height in ((0, 280), (1, 300), (2, 260)):
            grid.setRowMinimumHeight(row, height)
        content = QWidget()
        content.setObjectName("overview_content")
        content.setLayout(grid)
        self.content = content
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.period_label)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

    def _chart_view(self) -> QChartView:
        view = QChartView(_chart())
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumSize(QSize(240, 220))
        return view

    def _table(self, name: str, model: GridModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setObjectName(name)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setMinimumSize(QSize(240, 200))
        return table

    # --- what to count ------------------------------------------------

    def set_filter(self, event_filter: EventFilter) -> None:
        """The window's filters changed: count again now if shown, else when shown."""
        self._filter = event_filter
        self.invalidate()

    def invalidate(self) -> None:
        self._stale = True
        self._reusable = None
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Count in a worker thread; only the newest request is drawn."""
        self._stale = False
        self._generation += 1
        generation = self._generation
        self._stop.stop()  # the count running, if any, is not wanted: end its query now
        self._stop = stop = CountStop()
        flt, granularity = self._filter, self.granularity.currentData()
        months, language = self.quiet_months.value(), i18n.current_language()
        matrix_rows, reuse = self.matrix_rows.currentData(), self._reusable
        no_region, no_country = self.tr("(no region)"), self.tr("(no country)")
        others_text = self.tr("others ({count})")

        def part(overview: Overview) -> None:
            self._counted_part.emit(generation, overview)

        failed_text = self.tr(
            "The overview could not be counted because of an error in the application. "
            "Press F5 to try again; if it persists, send the log file {path} to whoever "
            "supports the application.")

        def work() -> Overview | None:
            try:
                with self.database.sessions() as session:
                    return compute_overview(
                        session, flt, granularity=granularity, quiet_months=months,
                        language=language, others=lambda n: others_text.format(count=n),
                        matrix_rows=matrix_rows, on_part=part, no_region=no_region,
                        no_country=no_country, sessions=self.database.sessions,
                        reuse=reuse, stop=stop)
            except CountStopped:
                return None
            except SQLAlchemyError as error:  # the database's own trouble: say which
                log.exception("overview count failed")
                raise CountFailed(describe_database_error(error)) from error
            except Exception as error:
                log.exception("overview count failed")
                raise CountFailed(failed_text.format(path=log_path())) from error

        self.busy.show()
        thread, job = start_job(
            self, work,
            on_done=lambda result: self._counted.emit(generation, result),
            on_failed=lambda message: self._count_failed.emit(generation, message),
            on_finished=self._forget_finished,
            expected=(CountFailed,),
        )
        self._jobs.append((thread, job))

    @property
    def busy_counting(self) -> bool:
        return any(thread.isRunning() for thread, _ in self._jobs)

    def _forget_finished(self) -> None:
        self._jobs = [(t, j) for t, j in self._jobs if not t.isFinished()]

    def wait(self) -> None:
        """Stop the running count and let its thread end (before the window closes)."""
        self._stop.stop()
        for thread, _job in list(self._jobs):
            thread.quit()
            thread.wait(10_000)

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.busy.hide()
        self.period_label.setText(message)

    def _done(self, generation: int, overview: Overview | None) -> None:
        if generation != self._generation or overview is None:
            return  # a newer filter is being counted
        self.busy.hide()
        self.overview = self._reusable = overview
        self.refreshed.emit()

    def _part(self, generation: int, overview: Overview) -> None:
        """Draw the charts whose numbers just came in."""
        if generation != self._generation:
            return
        self.overview = overview
        part = overview.parts[-1]
        if part == "periods":
            self._draw_periods(overview)
        elif part == "places":
            self._draw_places(overview)
        elif part == "quiet":
            self._draw_quiet(overview)
        self.part_drawn.emit(part)

    # --- drawing ------------------------------------------------

    def _draw_places(self, overview: Overview) -> None:
        total = overview.total
        events = self.tr("1 event") if total == 1 else self.tr("{count} events").format(
            count=number(total))
        text = self.tr("<b>{first} – {last}</b>: {events}").format(
            first=i18n.format_date(overview.first), last=i18n.format_date(overview.last),
            events=events)
        note = self._period_note(total)
        self.period_label.setText(f"{text} {note}" if note else text)
        self._draw_bars(self.region_view, "regions", overview)
        self._draw_bars(self.country_view, "countries", overview)
        self._draw_bars(self.occasion_view, "occasions", overview)
        self._draw_matrix(overview)

    def _period_note(self, total: int) -> str:
        """Why the period is not the table's: the table shows every event from (up to)
        a single date, or of every year; the overview counts one year of them."""
        first, last = self._filter.date_from, self._filter.date_to
        if first is None and last is None:
            return self.tr("(the year of the latest event; choose a period with From and "
                           "to above)") if total else ""
        if last is None:
            return self.tr("(to the end of the year of “From”; for another end, tick “to” "
                           "above)")
        if first is None:
            return self.tr("(from the start of the year of “to”; for another start, tick "
                           "“From” above)")
        return ""

    def period_label_of(self, key: PeriodKey, overview: Overview) -> str:
        """A period as the axis shows it: as the report's column names it (a month without
        its year when the chart spans one), an ISO week ("W05 2025"), or a year's "date
        unknown"."""
        year, part = key
        years = {bar.key[0] for bar in overview.periods}
        if part is None:  # "?" as the title explains: it shares a month's width on the axis
            return f"{year} ?" if len(years) > 1 else "?"
        if overview.granularity == "week":
            return self.tr("W{week} {year}").format(week=f"{part:02d}", year=year)
        return period_name(key, overview.granularity, i18n.current_language(),
                           with_year=len(years) > 1)

    def _draw_periods(self, overview: Overview) -> None:
        self._shown["periods"] = overview
        title = {
            "week": self.tr("Events per week, and a year earlier"),
            "month": self.tr("Events per month, and a year earlier"),
            "quarter": self.tr("Events per quarter, and a year earlier"),
            "year": self.tr("Events per year, and a year earlier")}[overview.granularity]
        if any(bar.key[1] is None for bar in overview.periods):
            title += " " + (self.tr("(?: only the month or the year is known)")
                            if overview.granularity == "week"
                            else self.tr("(?: only the year is known)"))
        self.panels[0].title.setText(f"<b>{title}</b>")
        chart = _chart()
        current = QBarSet(self._span(overview.first, overview.last))
        previous = QBarSet(self._span(year_earlier(overview.first), year_earlier(overview.last)))
        current.setColor(CURRENT)
        previous.setColor(PREVIOUS)
        current.setLabelColor(LABEL)
        previous.setLabelColor(QColor(Qt.GlobalColor.transparent))
        for bar in overview.periods:
            current.append(bar.count)
            previous.append(bar.previous)
        series = QBarSeries()
        series.append(current)
        series.append(previous)
        series.clicked.connect(lambda index, barset: self.click_period(index, barset is previous))
        chart.addSeries(series)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        labels = [self.period_label_of(bar.key, overview) for bar in overview.periods]
        many = len(labels) > 24  # weeks: 53 names, or numbers over the bars, would overlap
        series.setLabelsVisible(not many)
        axis: QCategoryAxis | QBarCategoryAxis
        if many:
            axis = sparse_axis(labels, self.period_view.width())
        else:
            axis = QBarCategoryAxis()
            axis.append(labels)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        values = count_axis(max([0, *(max(b.count, b.previous) for b in overview.periods)]))
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.period_view.setChart(chart)

    def _span(self, first: dt.date, last: dt.date) -> str:
        if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
            return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
        return f"{i18n.format_date(first)} – {i18n.format_date(last)}"

    def _draw_bars(self, view: QChartView, kind: str, overview: Overview) -> None:
        """Horizontal bars, the biggest on top; "others" and "(no region)" in grey below."""
        self._shown[kind] = overview
        bars: list[Bar] = getattr(overview, kind)
        chart = _chart()
        shown = list(reversed(bars))  # Qt draws the first category at the bottom
        counts = QBarSet("")
        counts.setColor(CURRENT)
        counts.setSelectedColor(REST)
        counts.setLabelColor(LABEL)
        for index, bar in enumerate(shown):
            counts.append(bar.count)
            if bar.kind in ("others", "none"):
                counts.selectBar(index)
        series = QHorizontalBarSeries()
        series.append(counts)
        series.setBarWidth(0.7)
        series.clicked.connect(lambda index, _set: self.click_bar(kind, len(bars) - 1 - index))
        chart.addSeries(series)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsVisible(True)
        axis = QBarCategoryAxis()
        labels = [self.bar_label(bar) for bar in shown]
        axis.append(labels or [""])
        # Room for every label: Qt elides a category's name to "…" when bars are thin.
        lines = max([1, *(label.count("<br>") + 1 for label in labels)])
        view.setMinimumHeight(max(220, 50 + (15 * lines + 12) * len(labels)))
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        values = count_axis(max([0, *(b.count for b in bars)]))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        chart.legend().hide()
        if not bars:
            chart.setTitle(self.tr("No events"))
        view.setChart(chart)

    def bar_label(self, bar: Bar, width: int = 18, lines: int = 3) -> str:
        """The bar's name and its anniversary when it has one, on at most ``lines`` lines."""
        name = bar.label
        if bar.anniversary is not None:
            name = self.tr("{name} (anniversary: {number})").format(
                name=name, number=number(bar.anniversary))
        return "<br>".join(html.escape(line) for line in
                           textwrap.wrap(name, width, max_lines=lines, placeholder="…"))

    def _draw_matrix(self, overview: Overview) -> None:
        """Counts shaded by size; a gap is "—" on a warm background."""
        self._shown["matrix"] = overview
        matrix = overview.matrix
        title = (self.tr("Coverage: organizations × occasions (— = no event, a gap)")
                 if matrix.by == "organization"
                 else self.tr("Coverage: regions × occasions (— = no event, a gap)"))
        self.panels[4].title.setText(f"<b>{title}</b>")
        top = max([1, *matrix.cells.values()])
        filled_tip = self.tr("{count} events: click to show them")
        gap_tip = self.tr("No event for this occasion here: a gap")

        gap = GridCell("—", GAP, gap_tip, Qt.AlignmentFlag.AlignCenter)
        shades: dict[int, GridCell] = {}

        def cell(count: int) -> GridCell:
            if count not in shades:
                shade = QColor(FILLED)
                shade.setAlphaF(0.15 + 0.6 * count / top)
                shades[count] = GridCell(number(count), shade,
                                      filled_tip.format(count=number(count)),
                                      Qt.AlignmentFlag.AlignCenter)
            return shades[count]

        cells = [[cell(n) if (n := matrix.cells.get((row, column), 0)) else gap
                  for column, _ in matrix.columns] for row, _ in matrix.rows]
        self.matrix_model.reset([n for _, n in matrix.rows], [n for _, n in matrix.columns],
                                cells)
        fit_columns(self.matrix)

    def _draw_quiet(self, overview: Overview) -> None:
        self._shown["quiet"] = overview
        quiet = overview.quiet

        self.quiet_model.reset(
            [], [self.tr("Organization"), self.tr("Last event"), self.tr("Events on record")],
            [[GridCell(org.name), GridCell(i18n.format_date(org.last_event), align=RIGHT),
              GridCell(number(org.events), align=RIGHT)] for org in quiet])
        fit_columns(self.quiet)
        self.quiet.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.panels[5].title.setText("<b>{}</b>".format(self.tr(
            "Organizations gone quiet: no event since {day} ({count})").format(
            day=i18n.format_date(overview.quiet_since), count=number(len(quiet)))))

    # --- clicks ------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window closes: let a running count end before its thread is destroyed."""
        if event.type() == QEvent.Type.Close:
            self.wait()
        return False

    def click_period(self, index: int, previous: bool = False) -> None:
        overview = self._shown["periods"]
        bar = overview.periods[index]
        base = overview.event_filter
        key = bar.key
        if previous:
            key = (key[0] - 1, key[1])
            base = replace(base, date_from=year_earlier(overview.first),
                           date_to=year_earlier(overview.last))
        if overview.granularity == "week" and key[1] is not None and key[1] > weeks_in(key[0]):
            return  # week 53 of a year that has 52: no such week a year earlier
        cell = Cell(period=key, granularity=overview.granularity)
        if key[1] is None:
            label = (self.tr("{year}, week unknown") if overview.granularity == "week"
                     else self.tr("{year}, only the year known")).format(year=key[0])
        else:
            label = self.period_label_of(key, overview)
            label = f"{label} {key[0]}" if previous and str(key[0]) not in label else label
        self.drill.emit(narrowed(base, cell, overview.floors), label)

    def click_bar(self, kind: str, index: int) -> None:
        overview = self._shown[kind]
        bar = getattr(overview, kind)[index]
        self.drill.emit(narrowed(overview.event_filter, bar.cell, overview.floors),
                        self.bar_label(bar, 200, 1))

    def _matrix_clicked(self, row: int, column: int) -> None:
        overview = self._shown["matrix"]
        matrix = overview.matrix
        row_id, row_name = matrix.rows[row]
        column_id, column_name = matrix.columns[column]
        if not matrix.cells.get((row_id, column_id)):
            return  # a gap: nothing to show
        self.drill.emit(narrowed(overview.event_filter, matrix.cell(row_id, column_id),
                                 overview.floors),
                        f"{row_name} × {column_name}")

    def _quiet_clicked(self, row: int) -> None:
        overview = self._shown["quiet"]
        org = overview.quiet[row]
        every_day = replace(overview.event_filter, date_from=None, date_to=None)
        self.drill.emit(narrowed(every_day, Cell(organization_id=org.organization_id)), org.name)

    # --- printing ------------------------------------------------

    def pdf_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print the overview to PDF"), "overview.pdf",
            self.tr("PDF document (*.pdf)"))
        if path:
            self.print_pdf(Path(path))

    def print_pdf(self, path: Path) -> bool:
        """The period line and every chart, two per A4 landscape page, scaled to fit."""
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setResolution(150)
        writer.setTitle(self.tr("Overview"))
        painter = QPainter()
        if not painter.begin(writer):
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "The PDF could not be written to {path}. Choose a folder you can write to."
            ).format(path=path))
            return False
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        painter.drawText(0, 0, page.width(), 60, Qt.AlignmentFlag.AlignLeft,
                         self.period_label.text().replace("<b>", "").replace("</b>", ""))
        y = 80
        half = (page.height() - 80) // 2
        for panel in self.panels:
            image = panel.image()
            scaled = image.scaled(page.width(), half - 50, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            if y + 50 + scaled.height() > page.height():
                writer.newPage()
                y = 0
            painter.drawText(0, y, page.width(), 40, Qt.AlignmentFlag.AlignLeft,
                             panel.title.text().replace("<b>", "").replace("</b>", ""))
            painter.drawPixmap(0, y + 45, scaled)
            y += 50 + scaled.height() + 20
        return painter.end()


def install_overview(window: MainWindow, tabs: QTabWidget) -> OverviewWidget:
    """Put the overview in the main window's second tab, beside the events table, in
    place of what held it until the overview was first wanted.

    It counts what the table's filters select (and again after every change of the
    data); a click on a bar shows its events in the table, with a note in the status
    bar until the filters change.
    """
    overview = OverviewWidget(window.database)
    shown, place_holder = tabs.currentIndex(), tabs.widget(1)
    tabs.blockSignals(True)  # the same tab stays current while it is swapped
    tabs.removeTab(1)
    tabs.insertTab(1, overview, window.tr("Overview"))
    tabs.setCurrentIndex(shown)
    tabs.blockSignals(False)
    if place_holder is not None:
        place_holder.deleteLater()

    def follow_table() -> None:
        """The table was reset (a filter, a sort, saved or deleted events): count again,
        unless it shows a drill-down from the overview, which changes no figure."""
        shown = window.model.event_filter
        if not isinstance(shown, CellFilter):
            overview.set_filter(shown)

    follow_table()
    window.model.modelReset.connect(follow_table)
    window.installEventFilter(overview)

    def show_events(event_filter: EventFilter, description: str) -> None:
        tabs.setCurrentIndex(0)
        window.model.set_filter(event_filter)
        window.statusBar().showMessage(window.tr(
            "Showing the events of the overview's “{what}”; change a filter to see all again."
        ).format(what=description))

    overview.drill.connect(show_events)
    return overview
