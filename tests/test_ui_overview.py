"""The Overview tab: drawn offscreen for the sample and a generated data set; a click on a
month, a bar or a matrix cell shows exactly its events in the table; every number drawn
equals the matching cell of the exported workbook."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace

import openpyxl
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTabWidget
from sqlalchemy import select

from db.models import Country, Region
from db.queries import EventFilter
from desktop.reports.options import ReportOptions
from desktop.reports.periods import period_keys
from desktop.reports.workbook import export_workbook
from desktop.sample import load_sample
from desktop.ui.main_window import MainWindow
from tests.test_overview_figures import generate
from tests.test_ui_support import tmp_settings

YEAR_2025 = {"from": "2025-01-01", "to": "2025-12-31"}


def sample(database) -> None:
    with database.sessions.begin() as session:
        load_sample(session)


DATA_SETS = {"sample": (sample,), "generated": (generate,), "generated 30": (generate, 30)}


@pytest.fixture
def database(request, database, database_with):
    """The test's data set: new, or the one its ``data_set`` mark names, filled once per
    run and copied for the test (``database_with``)."""
    mark = request.node.get_closest_marker("data_set")
    return database_with(*DATA_SETS[mark.args[0]]) if mark else database


@pytest.fixture
def window(qtbot, database, tmp_path):
    main = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(main)
    main.resize(1400, 1000)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.overview.wait()


def tabs(window) -> QTabWidget:
    return window.findChild(QTabWidget, "main_tabs")


def show_overview(qtbot, window, state: dict | None = None):
    """Ctrl+2, optionally filters, and wait for the counts of the last request."""
    overview = window.overview
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert tabs(window).currentWidget() is overview
    if state is not None:
        window.filter_bar.restore(state)
    qtbot.waitUntil(lambda: overview.overview is not None and not overview.busy_counting,
                    timeout=10_000)
    qtbot.wait(50)
    return overview


def bar_values(view) -> list[list[float]]:
    """Values of each bar set of a chart, as drawn."""
    series = view.chart().series()[0]
    return [[barset.at(i) for i in range(barset.count())] for barset in series.barSets()]


def click_chart(qtbot, view, value: QPointF) -> None:
    """A real mouse click where the chart draws ``value``."""
    chart = view.chart()
    scene_point = chart.mapToScene(chart.mapToPosition(value, chart.series()[0]))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(scene_point))


def rows_shown(window) -> int:
    model = window.model
    model.wait()  # the table reads in a worker
    return model.rowCount()


@pytest.mark.data_set("sample")
def test_sample_data_overview_and_clicks(qtbot, window, database):
    overview = show_overview(qtbot, window)
    figures = overview.overview
    assert figures.total == 3 and (figures.first.year, figures.last.year) == (2025, 2025)
    current, previous = bar_values(overview.period_view)
    assert current[1] == current[2] == 3 and sum(previous) == 0  # February and March
    # A real click on February's bar: the table shows its three events.
    click_chart(qtbot, overview.period_view, QPointF(1 - 0.12, 1.5))
    assert tabs(window).currentIndex() == 0
    assert rows_shown(window) == 3
    assert "Feb" in window.statusBar().currentMessage()
    # A click on the region chart's top bar (one event each).
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    regions = figures.regions
    click_chart(qtbot, overview.region_view, QPointF(0.5, len(regions) - 1))
    assert rows_shown(window) == regions[0].count == 1
    assert window.model.row_at(0).region is not None


@pytest.mark.data_set("generated")
def test_generated_data_clicks_match_counts(qtbot, window, database):
    overview = show_overview(qtbot, window, YEAR_2025)
    figures = overview.overview
    assert figures.total == window.model.total  # the tab follows the filter bar
    # Every month bar that has events, clicked for real.
    current = bar_values(overview.period_view)[0]
    clicked = 0
    for index, count in enumerate(current):
        if count and figures.periods[index].key[1] is not None and clicked < 3:
            qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
            click_chart(qtbot, overview.period_view, QPointF(index - 0.12, count / 2))
            assert rows_shown(window) == count
            clicked += 1
    assert clicked == 3
    # "date unknown" (year-only events) and "others" through the same paths
    unknown = [i for i, bar in enumerate(figures.periods) if bar.key[1] is None]
    assert unknown and current[unknown[0]] > 0
    overview.click_period(unknown[0])
    assert rows_shown(window) == current[unknown[0]]
    assert all(row.date_precision == "year" for row in
               (window.model.row_at(i) for i in range(rows_shown(window))))
    # A matrix cell with events, clicked for real.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    matrix = overview.matrix
    model = matrix.model()
    cells = [model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
    filled = next(i for i in cells if i.data() != "—")
    qtbot.mouseClick(matrix.viewport(), Qt.MouseButton.LeftButton,
                     pos=matrix.visualRect(filled).center())
    assert tabs(window).currentIndex() == 0
    assert rows_shown(window) == int(filled.data())
    # A gap says so.
    gaps = [i for i in cells if i.data() == "—"]
    assert gaps and "gap" in gaps[0].data(Qt.ItemDataRole.ToolTipRole)
    # Changing a filter brings the whole list back.
    window.filter_bar.clear()
    assert rows_shown(window) == 90


def read_sheet(path, title):
    return list(openpyxl.load_workbook(path, read_only=True)[title].iter_rows(values_only=True))


@pytest.mark.parametrize(
    "data",
    [pytest.param(name, marks=pytest.mark.data_set(name)) for name in ("sample", "generated")],
)
def test_every_number_equals_the_workbook(qtbot, window, database, tmp_path, data):
    overview = show_overview(qtbot, window, YEAR_2025)
    figures = overview.overview
    flt = figures.event_filter
    book = tmp_path / "report.xlsx"
    export_workbook(database, book, ReportOptions(event_filter=flt, language="en"))
    earlier = tmp_path / "earlier.xlsx"
    export_workbook(database, earlier, ReportOptions(
        event_filter=replace(flt, date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31)),
        sheets=("per_region",)))
    with database.sessions() as session:
        codes = dict(session.execute(select(Region.id, Region.code)).all())
        countries = dict(session.execute(select(Country.id, Country.name)).all())

    # Per month, this year and a year earlier: the Total row of "Per region".
    earlier_filter = replace(flt, date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31))
    drawn_now, drawn_then = bar_values(overview.period_view)
    for path, shown_filter, values, shift in ((book, flt, drawn_now, 0),
                                              (earlier, earlier_filter, drawn_then, 1)):
        total = next(r for r in read_sheet(path, "Per region") if r[0] == "Total")
        drawn = {(b.key[0] - shift, b.key[1]): v
                 for b, v in zip(figures.periods, values, strict=True)}
        keys = period_keys(shown_filter, [k for k, v in drawn.items() if v], "month")
        for column, key in enumerate(keys, start=3):
            assert drawn.get(key, 0) == total[column], key
    rows = read_sheet(book, "Per region")
    header = rows[0]
    table = [r for r in rows[1:] if r[0] and not str(r[0]).startswith("Total")
             and r[1] is not None and len(r) == len(header)][: len(rows)]
    table = [r for r in table if isinstance(r[-1], int)]
    assert next(r for r in rows if r[0] == "Total")[-1] == figures.total

    # Regions: a bar per ISO code, "(no region)" and "others" as sums of rows.
    drawn_regions = bar_values(overview.region_view)[0]
    drawn_regions.reverse()  # drawn bottom-up
    by_code = {r[2]: r[-1] for r in table if r[2]}
    no_region = sum(r[-1] for r in table if r[1] == "(no region)")
    for bar, value in zip(figures.regions, drawn_regions, strict=True):
        if bar.kind == "none":
            assert value == no_region
        elif bar.kind == "others":
            assert value == sum(n for code, n in by_code.items()
                                if code not in {codes[i] for i in bar.cell.others})
        else:
            assert value == by_code[codes[bar.cell.region_id]]

    # Countries: "Total: <country>" rows (the Total row when there is one country).
    drawn_countries = bar_values(overview.country_view)[0]
    drawn_countries.reverse()
    subtotals = {str(r[0]).removeprefix("Total: "): r[-1] for r in rows
                 if str(r[0]).startswith("Total: ")}
    for bar, value in zip(figures.countries, drawn_countries, strict=True):
        name = "(no country)" if bar.kind == "none" else countries[bar.cell.country_id]
        assert value == subtotals.get(name, figures.total)

    # Occasions and the coverage matrix: sums of "Per occasion" rows.
    per_occasion = read_sheet(book, "Per occasion")
    by_anniversary: dict = defaultdict(int)
    by_region: dict = defaultdict(int)
    for occasion, anniversary, _country, region, code, events in per_occasion[1:]:
        if occasion in ("Total", "(no occasion)") or occasion is None:
            continue
        by_anniversary[(occasion, anniversary)] += events
        by_region[(code or region, occasion)] += events
    drawn_occasions = bar_values(overview.occasion_view)[0]
    drawn_occasions.reverse()
    for bar, value in zip(figures.occasions, drawn_occasions, strict=True):
        if bar.kind == "others":
            shown = sum(b.count for b in figures.occasions if b.kind != "others")
            assert value == sum(by_anniversary.values()) - shown
        else:
            assert by_anniversary.pop((bar.label, bar.anniversary)) == value
    assert sum(drawn_occasions) == sum(by_anniversary.values()) + sum(
        b.count for b in figures.occasions if b.kind != "others")
    model = overview.matrix.model()
    for r, (row_id, _name) in enumerate(figures.matrix.rows):
        for c, (_column_id, occasion) in enumerate(figures.matrix.columns):
            text = model.index(r, c).data()
            drawn = 0 if text == "—" else int(text)
            key = codes[row_id] if row_id else "(no region)"
            assert drawn == by_region.get((key, occasion), 0), (key, occasion)


@pytest.mark.data_set("generated")
def test_copy_save_and_print(qtbot, window, database, tmp_path):
    overview = show_overview(qtbot, window, YEAR_2025)
    panel = overview.panels[0]
    panel.copy_image()
    assert not QApplication.clipboard().image().isNull()
    assert panel.save(tmp_path / "months.png")
    assert QImage(str(tmp_path / "months.png")).width() > 100
    assert panel.save(tmp_path / "months.svg")
    assert "<svg" in (tmp_path / "months.svg").read_text(encoding="utf-8")
    assert overview.print_pdf(tmp_path / "overview.pdf")
    assert (tmp_path / "overview.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.data_set("generated 30")
def test_a_late_result_of_an_older_filter_is_dropped(qtbot, window, database):
    """Counts run in worker threads; only the newest filter's result is drawn."""
    overview = show_overview(qtbot, window, YEAR_2025)
    whole_year = overview.overview.total
    with qtbot.waitSignal(overview.refreshed, timeout=10_000):
        overview.set_filter(EventFilter(date_from=dt.date(2025, 1, 1),
                                        date_to=dt.date(2025, 12, 31), region_id=None))
        overview.set_filter(EventFilter(date_from=dt.date(2025, 3, 1),
                                        date_to=dt.date(2025, 3, 31)))
    qtbot.waitUntil(lambda: not overview.busy_counting, timeout=10_000)
    assert overview.overview.last == dt.date(2025, 3, 31)
    assert overview.overview.total < whole_year


def test_a_failed_count_is_told_in_a_sentence(qtbot, window, monkeypatch):
    """An internal error reaches the user as a sentence naming the log file, not raw text."""
    import desktop.ui.overview as module

    def broken(*args, **kwargs):
        raise RuntimeError("no such column: event.secret_internal_name")

    monkeypatch.setattr(module, "compute_overview", broken)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    overview = window.overview
    qtbot.waitUntil(lambda: not overview.busy_counting and "log" in overview.period_label.text(),
                    timeout=10_000)
    text = overview.period_label.text()
    assert "RuntimeError" not in text and "secret_internal_name" not in text
    assert "F5" in text


def test_ctrl_1_and_ctrl_2_switch_between_table_and_overview(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert tabs(window).currentWidget() is window.overview
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert tabs(window).currentWidget() is window.table


@pytest.mark.data_set("sample")
def test_month_names_and_numbers_follow_the_language(qtbot, database):
    """In Russian the month axis says "февр." and the counts axis writes 10 000."""
    from desktop.ui import i18n
    from desktop.ui.overview import OverviewWidget, count_axis

    try:
        i18n.set_language("ru")
        overview = OverviewWidget(database)
        qtbot.addWidget(overview)
        with qtbot.waitSignal(overview.refreshed, timeout=10_000):
            overview.show()
        axis = overview.period_view.chart().axes(Qt.Orientation.Horizontal)[0]
        assert axis.categories()[1].startswith("февр")
        assert "10\u00a0000" in count_axis(12_000).categoriesLabels()
    finally:
        i18n.set_language("en")
        overview.wait()
    assert "10,000" in count_axis(12_000).categoriesLabels()


@pytest.mark.data_set("generated 30")
def test_a_drill_down_does_not_recount_but_new_data_does(qtbot, window, database):
    from db.event_store import EventInput, EventStore

    overview = show_overview(qtbot, window, YEAR_2025)
    total = overview.overview.total
    overview.click_bar("regions", 0)
    assert tabs(window).currentIndex() == 0
    with qtbot.assertNotEmitted(overview.refreshed, wait=300):
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    with database.sessions() as session:
        EventStore(session).save(EventInput(title="One more", start_date=dt.date(2025, 5, 5)))
        session.commit()
    with qtbot.waitSignal(overview.refreshed, timeout=10_000):
        window.reload()
    assert overview.overview.total == total + 1


@pytest.mark.data_set("generated")
def test_a_click_on_a_week_shows_exactly_its_events(qtbot, window, database):
    """Issue 15 item 1: grouped by ISO week, a week's bar (this year's or the year
    before's) shows as many rows in the table as it counts."""
    overview = show_overview(qtbot, window, YEAR_2025)
    with qtbot.waitSignal(overview.refreshed, timeout=10_000):
        overview.granularity.setCurrentIndex(overview.granularity.findData("week"))
    figures = overview.overview
    assert figures.granularity == "week"
    current, previous = bar_values(overview.period_view)
    assert len(current) == 54  # W01 2025 … W01 2026, then "week unknown"
    axis = overview.period_view.chart().axes(Qt.Orientation.Horizontal)[0]
    named = axis.categoriesLabels()  # some weeks, evenly spread: 53 names would be "…"
    assert named[0] == "W01 2025" and named[1].startswith("W") and 3 < len(named) < 20
    weeks = [i for i, count in enumerate(current)
             if count and figures.periods[i].key[1] is not None]
    assert len(weeks) >= 3
    for index in weeks[:3]:
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        click_chart(qtbot, overview.period_view, QPointF(index - 0.12, current[index] / 2))
        assert tabs(window).currentIndex() == 0
        assert rows_shown(window) == current[index]
        assert f"W{figures.periods[index].key[1]:02d} 2025" in (
            window.statusBar().currentMessage())
    earlier = next(i for i, count in enumerate(previous) if count)
    overview.click_period(earlier, previous=True)
    assert rows_shown(window) == previous[earlier]
    unknown = next(i for i, bar in enumerate(figures.periods) if bar.key[1] is None)
    overview.click_period(unknown)
    assert rows_shown(window) == current[unknown] > 0
    assert {window.model.row_at(i).date_precision for i in range(rows_shown(window))} <= {
        "month", "year"}


@pytest.mark.data_set("generated")
def test_week_53_has_no_twin_a_year_earlier(qtbot, window, database):
    """2026 has an ISO week 53, 2025 none: its 'year earlier' bar is empty and a click on
    it shows nothing instead of failing."""
    overview = show_overview(qtbot, window, {"from": "2026-01-01", "to": "2026-12-31"})
    with qtbot.waitSignal(overview.refreshed, timeout=10_000):
        overview.granularity.setCurrentIndex(overview.granularity.findData("week"))
    periods = overview.overview.periods
    week_53 = next(i for i, bar in enumerate(periods) if bar.key == (2026, 53))
    assert periods[week_53].previous == 0
    with qtbot.assertNotEmitted(overview.drill):
        overview.click_period(week_53, previous=True)


@pytest.mark.data_set("generated 30")
def test_grouping_by_week_recounts_the_periods_alone(qtbot, window, database):
    """Issue 15 item 5: an option of one chart (weeks instead of months) counts that chart
    only; new data (the window reloads) counts every chart again."""
    from tests.test_overview_counting import statements_of

    overview = show_overview(qtbot, window, YEAR_2025)
    regions = bar_values(overview.region_view)

    def by_week() -> None:
        with qtbot.waitSignal(overview.refreshed, timeout=10_000):
            overview.granularity.setCurrentIndex(overview.granularity.findData("week"))

    statements = statements_of(database, by_week)
    assert overview.overview.granularity == "week"
    assert any("GROUP BY event.start_date" in s for s in statements)
    assert not any("anniversary" in s or "event_organizer" in s for s in statements)
    assert bar_values(overview.region_view) == regions

    def reload() -> None:
        with qtbot.waitSignal(overview.refreshed, timeout=10_000):
            window.reload()

    assert any("anniversary" in s for s in statements_of(database, reload))


@pytest.mark.data_set("generated")
def test_a_count_replaced_while_running_stops_and_the_newer_is_drawn(
        qtbot, database, monkeypatch):
    """A new filter while the places of the last one are being counted: that count stops
    before its grouping ends (nothing of it drawn) and the new filter's figures are."""
    import threading

    from sqlalchemy import event

    from desktop.overview import CountStop, compute_overview
    from desktop.ui.overview import OverviewWidget

    monkeypatch.setattr(CountStop, "STEPS", 10)  # the test's grouping is short

    old = EventFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))
    new = EventFilter(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31))
    reached, go = threading.Event(), threading.Event()
    finished: list[str] = []

    def places(statement: str) -> bool:
        return "GROUP BY" in statement and "event.occasion_id" in statement

    def before(_conn, _cursor, statement, *_args) -> None:
        if places(statement) and not reached.is_set():
            reached.set()
            go.wait(10)  # the old count's grouping waits until the new filter is set

    def after(_conn, _cursor, statement, *_args) -> None:
        if places(statement):
            finished.append(statement)

    overview = OverviewWidget(database)
    qtbot.addWidget(overview)
    drawn: list[tuple[dt.date, str]] = []
    overview.part_drawn.connect(lambda part: drawn.append((overview.overview.first, part)))
    event.listen(database.engine, "before_cursor_execute", before)
    event.listen(database.engine, "after_cursor_execute", after)
    try:
        overview.set_filter(old)
        overview.show()
        qtbot.waitUntil(reached.is_set, timeout=10_000)
        with qtbot.waitSignal(overview.refreshed, timeout=10_000):
            overview.set_filter(new)
            go.set()
        assert len(finished) == 1  # the new count's grouping; the old one never ended
        assert (old.date_from, "places") not in drawn
        with database.sessions() as session:
            expected = compute_overview(session, new)
        assert overview.overview.first == new.date_from
        assert overview.overview.total == expected.total
        assert overview.overview.regions == expected.regions
    finally:
        go.set()
        event.remove(database.engine, "before_cursor_execute", before)
        event.remove(database.engine, "after_cursor_execute", after)
        overview.wait()
