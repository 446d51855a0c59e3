"""Query behaviours that mutation testing (scripts/mutation.sh) found untested: what the
events table shows of each event, and the filters a Russian report's cover names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from db.engine import Database
from db.models import Event, EventOrganizer, EventType, Occasion
from db.queries import EventFilter, list_events
from desktop.reports import ReportOptions, export_workbook
from desktop.sample import load_sample


def test_the_events_table_shows_each_events_type_occasion_and_anniversary(
    sample_database: Database,
) -> None:
    with sample_database.sessions() as session:
        stored = {
            uuid: (event_type, occasion, anniversary)
            for uuid, event_type, occasion, anniversary in session.execute(
                select(Event.uuid, EventType.name, Occasion.name, Event.anniversary)
                .outerjoin(EventType, Event.event_type_id == EventType.id)
                .outerjoin(Occasion, Event.occasion_id == Occasion.id)
            )
        }
        rows = list_events(session, EventFilter())
    assert any(anniversary for _type, _occasion, anniversary in stored.values())
    assert all(event_type for event_type, _occasion, _anniversary in stored.values())
    assert {r.uuid: (r.event_type, r.occasion, r.anniversary) for r in rows} == stored


def test_a_russian_reports_cover_names_the_organization_and_event_type_filters(
    sample_database: Database, tmp_path: Path
) -> None:
    with sample_database.sessions() as session:
        event = session.scalars(select(Event).where(Event.event_type_id.is_not(None))).first()
        assert event is not None and event.event_type is not None
        organizer = session.scalars(
            select(EventOrganizer).where(EventOrganizer.event_id == event.id)
        ).first()
        assert organizer is not None
        flt = EventFilter(organization_id=organizer.organization_id,
                          event_type_id=event.event_type_id)
    out = tmp_path / "report.xlsx"
    export_workbook(sample_database, out, ReportOptions(event_filter=flt, language="ru"))
    cover = load_workbook(out).worksheets[0]
    texts = [str(c) for row in cover.iter_rows(values_only=True) for c in row if c]
    assert any(t.startswith("Организация: ") for t in texts), texts
    assert any(t.startswith("Тип мероприятия: ") for t in texts), texts


def test_a_period_open_at_its_end_holds_an_event_on_its_first_day(database: Database) -> None:
    import datetime as dt

    from db.event_store import EventInput, EventStore
    from db.queries import count_events

    with database.sessions.begin() as session:
        EventStore(session).save(EventInput(title="New Year concert",
                                            start_date=dt.date(2025, 1, 1)))
    with database.sessions() as session:
        assert count_events(session, EventFilter(date_from=dt.date(2025, 1, 1))) == 1


def test_an_open_ended_period_is_described_with_its_open_end(database: Database) -> None:
    with database.sessions() as session:
        since = EventFilter(date_from=dt.date(2025, 1, 1)).describe(session)
        until = EventFilter(date_to=dt.date(2025, 6, 30)).describe(session)
    assert since == [("Period", "2025-01-01 – …")]
    assert until == [("Period", "… – 2025-06-30")]


def test_a_russian_reports_cover_names_the_text_searched_for(
    database: Database, tmp_path: Path
) -> None:
    from desktop.reports.language import translate, use_language

    out = tmp_path / "report.xlsx"
    export_workbook(database, out, ReportOptions(event_filter=EventFilter(text="концерт"),
                                                 language="ru", sheets=("cover",)))
    with use_language("ru"):
        label = translate("Text")
    assert label != "Text"  # the label is translated, not shown as the code's word
    texts = [str(c) for row in load_workbook(out).worksheets[0].iter_rows(values_only=True)
             for c in row if c]
    assert f"{label}: концерт" in texts, texts


def test_a_russian_reports_cover_names_the_country_and_region_filters(
    database: Database, tmp_path: Path
) -> None:
    from db.localized import display_name
    from db.models import Country, Region
    from desktop.reports.language import translate, use_language

    with database.sessions() as session:
        country = session.scalars(select(Country).where(Country.code == "RU")).one()
        region = session.scalars(select(Region).where(Region.code == "RU-PRI")).one()
        flt = EventFilter(country_id=country.id, region_id=region.id)
        shown = [display_name(country, "ru"), display_name(region, "ru")]
    out = tmp_path / "report.xlsx"
    export_workbook(database, out, ReportOptions(event_filter=flt, language="ru",
                                                 sheets=("cover",)))
    with use_language("ru"):
        labels = [translate("Country"), translate("Region")]
    texts = [str(c) for row in load_workbook(out).worksheets[0].iter_rows(values_only=True)
             for c in row if c]
    for label, name in zip(labels, shown, strict=True):
        assert f"{label}: {name}" in texts, texts


def test_the_per_occasion_sheet_names_each_events_country_and_region(
    database: Database, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        load_sample(session)  # three events in three Russian regions
    out = tmp_path / "report.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("per_occasion",)))
    rows = list(load_workbook(out)["Per occasion"].iter_rows(values_only=True))
    header = list(rows[0])
    at = header.index("Country"), header.index("Region"), header.index("ISO code")
    places = {(row[at[0]], row[at[1]], row[at[2]]) for row in rows[1:4]}
    assert places == {("Russia", "Primorsky Krai", "RU-PRI"),
                      ("Russia", "Chelyabinsk Oblast", "RU-CHE"),
                      ("Russia", "Krasnoyarsk Krai", "RU-KYA")}


def test_regions_come_by_country_and_events_with_no_place_last(database: Database) -> None:
    """The order the report dialog's preview shows the counts in."""
    from db.event_store import EventInput, EventStore
    from db.queries import events_per_region

    with database.sessions.begin() as session:
        load_sample(session)
        store = EventStore(session)
        store.save(EventInput(title="An evening", start_date=dt.date(2025, 4, 5)))
        store.save(EventInput(title="A concert", start_date=dt.date(2025, 5, 6),
                              country="Azerbaijan"))
    with database.sessions() as session:
        rows = [(r.country, r.region) for r in events_per_region(session, EventFilter())]
    assert rows == [("Azerbaijan", None), ("Russia", "Chelyabinsk Oblast"),
                    ("Russia", "Krasnoyarsk Krai"), ("Russia", "Primorsky Krai"), (None, None)]


def test_an_event_running_past_the_reports_end_counts_only_in_its_periods_within(
    database: Database,
) -> None:
    from db.event_store import EventInput, EventStore
    from db.queries import events_per_period, events_per_region

    with database.sessions.begin() as session:
        EventStore(session).save(EventInput(title="A festival", start_date=dt.date(2025, 11, 20),
                                            end_date=dt.date(2026, 1, 10), region="Moscow"))
    year = EventFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))
    with database.sessions() as session:
        [moscow] = events_per_region(session, year, "month")
        totals = events_per_period(session, year, "month")
    assert moscow.per_period == {(2025, 11): 1, (2025, 12): 1}
    assert totals == {(2025, 11): 1, (2025, 12): 1}


def test_an_event_counts_in_the_quarter_of_its_month(database: Database) -> None:
    from db.event_store import EventInput, EventStore
    from db.queries import events_per_region, period_key

    with database.sessions.begin() as session:
        store = EventStore(session)
        for day in (dt.date(2025, 2, 14), dt.date(2025, 3, 31), dt.date(2025, 4, 1),
                    dt.date(2025, 12, 31)):
            store.save(EventInput(title="An evening", start_date=day, region="Moscow"))
    with database.sessions() as session:
        [moscow] = events_per_region(session, EventFilter(), "quarter")
    assert moscow.per_period == {(2025, 1): 2, (2025, 2): 1, (2025, 4): 1}
    assert period_key(dt.date(2025, 10, 1), "quarter") == (2025, 4)


def test_a_sort_by_a_column_that_cannot_sort_falls_back_to_the_date(database: Database) -> None:
    """A sort remembered from settings may name a column the table no longer sorts by."""
    from db.event_store import EventInput, EventStore

    with database.sessions.begin() as session:
        store = EventStore(session)
        for title, day in (("B", dt.date(2025, 4, 5)), ("A", dt.date(2024, 1, 2)),
                           ("C", dt.date(2025, 9, 1))):
            store.save(EventInput(title=title, start_date=day))
    with database.sessions() as session:
        by_date = list_events(session, EventFilter(), sort="date")
        unknown = list_events(session, EventFilter(), sort="no such column")
    assert [row.title for row in by_date] == ["C", "B", "A"]  # the latest first
    assert [row.uuid for row in unknown] == [row.uuid for row in by_date]


def test_the_events_table_knows_how_precise_each_date_is(database: Database) -> None:
    """A year-only event shows as its year in the table, not as 1 January."""
    from db.event_store import EventInput, EventStore
    from db.models import DatePrecision

    with database.sessions.begin() as session:
        store = EventStore(session)
        store.save(EventInput(title="Some day that year", start_date=dt.date(2024, 1, 1),
                              date_precision=DatePrecision.YEAR))
        store.save(EventInput(title="On the day", start_date=dt.date(2025, 3, 9)))
    with database.sessions() as session:
        rows = {row.title: row.date_precision for row in list_events(session, EventFilter())}
    assert rows == {"Some day that year": DatePrecision.YEAR.value,
                    "On the day": DatePrecision.DAY.value}


def test_the_events_table_shows_each_events_place(database: Database) -> None:
    with database.sessions.begin() as session:
        load_sample(session)  # Vladivostok, and two events known by their region only
    with database.sessions() as session:
        rows = list_events(session, EventFilter())
    assert sorted((r.country, r.region, r.city or "") for r in rows) == [
        ("Russia", "Chelyabinsk Oblast", ""), ("Russia", "Krasnoyarsk Krai", ""),
        ("Russia", "Primorsky Krai", "Vladivostok")]


def test_a_russian_reports_cover_gives_the_selection_and_the_trash_in_russian(
    database: Database, tmp_path: Path
) -> None:
    """The filters' values that are words, not names, are in the report's language too."""
    import uuid

    out = tmp_path / "report.xlsx"
    chosen = EventFilter(uuids=[uuid.uuid4(), uuid.uuid4()], deleted=True)
    export_workbook(database, out, ReportOptions(event_filter=chosen, language="ru",
                                                 sheets=("cover",)))
    texts = [str(c) for row in load_workbook(out).worksheets[0].iter_rows(values_only=True)
             for c in row if c]
    assert "Выборка: 2 выбранных мероприятия" in texts, texts
    assert "Корзина: удалённые мероприятия" in texts, texts
