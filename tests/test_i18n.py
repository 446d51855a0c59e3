"""Locale helpers (desktop/ui/i18n.py) and per-language reference names (db/localized.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale
from sqlalchemy import select

from db.localized import display_name, names_by_code, names_by_english, names_by_id
from db.models import Country, EventType, Occasion, ProgramItemType, Region
from db.names import normalize
from desktop.ui import i18n

AZ_SHUFFLED = [
    "Zəngilan", "Şəki", "Çəmənli", "Ağdam", "Ağcabədi", "Quba", "Qəbələ", "İsmayıllı",
    "Ordubad", "Ölkə", "Ucar", "Üçtəpə", "Göygöl", "Gədəbəy", "Hacıqabul", "Xaçmaz",
    "Ilısu", "Cəlilabad", "Kəlbəcər", "Ərdəbil", "Abşeron", "Daşkəsən", "Yevlax", "Şabran",
]  # fmt: skip
AZ_EXPECTED = [
    # a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z
    "Abşeron", "Ağcabədi", "Ağdam", "Cəlilabad", "Çəmənli", "Daşkəsən", "Ərdəbil",
    "Gədəbəy", "Göygöl", "Hacıqabul", "Xaçmaz", "Ilısu", "İsmayıllı", "Kəlbəcər",
    "Qəbələ", "Quba", "Ordubad", "Ölkə", "Şabran", "Şəki", "Ucar", "Üçtəpə", "Yevlax",
    "Zəngilan",
]  # fmt: skip


@pytest.fixture
def language():
    """Switch the interface language for one test, and back to English after it."""
    yield i18n.set_language
    i18n.set_language("en")


def test_language_follows_the_locale_and_the_saved_choice():
    assert i18n.language_of(QLocale("ru_RU")) == "ru"
    assert i18n.language_of(QLocale("ru_UA")) == "ru"
    assert i18n.language_of(QLocale("az_AZ")) == "az"
    assert i18n.language_of(QLocale("de_DE")) == "en"
    assert i18n.resolve_language("az") == "az"
    assert i18n.resolve_language(None) == i18n.language_of(QLocale.system())
    assert i18n.resolve_language("xx") == i18n.language_of(QLocale.system())


def test_azerbaijani_names_sort_in_alphabet_order():
    assert i18n.sorted_names(AZ_SHUFFLED, "az") == AZ_EXPECTED
    # Dotless ı comes before dotted i, whatever the case.
    assert i18n.sorted_names(["ibadət", "İbrahim", "ılıq", "Ilham"], "az") == [
        "Ilham",
        "ılıq",
        "ibadət",
        "İbrahim",
    ]


def test_russian_yo_sorts_with_ye_and_case_is_ignored():
    """Ё is a variant of Е for sorting (not a letter after Я), and case does not count."""
    names = ["Яковлев", "ёлкин", "Елисеев", "Ёжиков", "Жуков", "Ефимов", "алиев"]
    assert i18n.sorted_names(names, "ru") == [
        "алиев",
        "Ёжиков",
        "Елисеев",
        "ёлкин",
        "Ефимов",
        "Жуков",
        "Яковлев",
    ]


def test_choices_sort_by_label():
    choices = [("1", "Şəki"), ("2", "Sabirabad"), ("3", "Salyan")]
    assert [key for key, _ in i18n.sorted_by_label(choices, lambda c: c[1], "az")] == [
        "2",
        "3",
        "1",
    ]


def test_search_matching_treats_dotted_and_dotless_i_as_azerbaijani_do():
    assert i18n.casefold("İSMAYILLI", "az") == "ismayıllı"
    assert i18n.casefold("Ismayıllı", "az") == i18n.casefold("ısmayıllı", "az")
    # The search key of the database folds every i together, so any spelling finds it.
    assert normalize("İbişov") == normalize("ibişov") == normalize("IBIŞOV") == "ibisov"
    assert normalize("Семёнов") == normalize("Семенов")


def test_dates_and_numbers_follow_the_language(language):
    day = QDate(2025, 2, 26)
    language("en")
    assert i18n.format_date(day) == "2025-02-26"
    assert i18n.date_format("month") == "yyyy-MM"
    language("ru")
    assert i18n.format_date(day) == "26.02.2025"
    assert i18n.format_date(day, "month") == "02.2025"
    assert i18n.format_number(12345) == "12\u00a0345"
    assert QLocale().language() == QLocale.Language.Russian
    language("az")
    assert i18n.format_date(day) == "26.02.2025"
    assert i18n.format_number(12345) == "12.345"


# --- reference names per language ------------------------------------------------------


def test_display_names_per_language_fall_back_to_english(database):
    with database.sessions() as session:
        memorial = session.scalar(select(EventType).where(EventType.code == "memorial_event"))
        khojaly = session.scalar(select(Occasion).where(Occasion.name == "Khojaly genocide"))
        azerbaijan = session.scalar(select(Country).where(Country.code == "AZ"))
        primorye = session.scalar(select(Region).where(Region.code == "RU-PRI"))
        assert display_name(memorial, "ru") == "траурное мероприятие"
        assert display_name(memorial, "az") == "anım tədbiri"
        assert display_name(memorial, "de") == "memorial event"
        assert display_name(khojaly, "az_AZ") == "Xocalı soyqırımı"
        assert display_name(azerbaijan, "ru") == "Азербайджан"
        assert display_name(azerbaijan, "az") == "Azərbaycan"
        assert display_name(primorye, "ru") == "Приморский край"
        assert display_name(primorye, "en") == "Primorsky Krai"


def test_bulk_lookups_answer_for_many_records(database):
    with database.sessions() as session:
        ids = session.scalars(select(Country.id)).all()
        russian = names_by_id(session, Country, ids, "ru")
        assert len(russian) == len(ids)
        germany = session.scalar(select(Country.id).where(Country.code == "DE"))
        assert russian[germany] == "Германия"  # pycountry's ISO translation fills the gap
        types = names_by_code(session, ProgramItemType, ["speech", "minute_of_silence"], "az")
        assert types == {"speech": "çıxış", "minute_of_silence": "bir dəqiqəlik sükut"}
        regions = names_by_english(session, Region, ["Primorsky Krai", "Nowhere"], "ru")
        assert regions == {"Primorsky Krai": "Приморский край", "Nowhere": "Nowhere"}
        assert names_by_english(session, Region, ["Primorsky Krai"], "en") == {
            "Primorsky Krai": "Primorsky Krai"
        }


def test_choice_lists_are_localized_and_collated(database, language):
    from desktop.ui import lookups

    language("az")
    with database.sessions() as session:
        types = lookups.event_types(session)
        countries = lookups.countries(session)
        occasions = lookups.occasions(session)
    labels = [label for _, label in types]
    assert "anım tədbiri" in labels
    assert labels == i18n.sorted_names(labels, "az")
    names = [label for _, label in countries]
    assert "Azərbaycan" in names and names == i18n.sorted_names(names, "az")
    assert "Xocalı soyqırımı" in [choice.name for choice in occasions]


# --- reports in the chosen language (Qt-free) -------------------------------------------


def test_a_russian_report_has_russian_sheets_headers_and_months(database, tmp_path):
    import datetime as dt

    from openpyxl import load_workbook

    from db.queries import EventFilter
    from desktop.reports import ReportOptions, export_workbook
    from desktop.reports.language import activate, month_name
    from desktop.sample import load_sample

    with database.sessions.begin() as session:
        load_sample(session)
    out = tmp_path / "report-ru.xlsx"
    flt = EventFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 3, 31))
    try:
        export_workbook(database, out, ReportOptions(event_filter=flt, language="ru"))
    finally:
        activate("en")
    book = load_workbook(out, read_only=True)
    assert "Мероприятия" in book.sheetnames and "По регионам" in book.sheetnames
    events = next(book["Мероприятия"].iter_rows(max_row=1, values_only=True))
    assert {"Название", "Дата начала", "Страна", "Регион"} <= set(events)
    per_region = [row for row in book["По регионам"].iter_rows(values_only=True) if row]
    header = next(row for row in per_region if "Страна" in row)
    assert {"янв. 2025", "февр. 2025", "март 2025", "Итого"} <= set(header)
    assert month_name(2, "ru") == "февраль" and month_name(2, "az") == "fevral"

    english = tmp_path / "report-en.xlsx"
    export_workbook(database, english, ReportOptions(event_filter=flt))
    assert "Events" in load_workbook(english, read_only=True).sheetnames
