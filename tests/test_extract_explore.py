"""The "Events from a report" window as a Russian- or Azerbaijani-speaking clerk meets it:
what the report said about dates and organizers must reach the drafts and the form."""

from __future__ import annotations

import datetime as dt

import pytest

from db.models import DatePrecision
from desktop.extraction import extract
from desktop.ui.extract_dialog import ExtractDialog

# --- two organizations whose names share words are both kept ---------------------------


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        (
            "Moscow, April 12, 2026\n\nYesterday a Novruz celebration was held in Moscow. "
            "The event was organized by the Azerbaijani Youth Union and the Azerbaijani Youth "
            "Union of Moscow. Chairman Elchin Hasanov made a speech.",
            "Azerbaijani Youth Union",
            "Azerbaijani Youth Union of Moscow",
        ),
        (
            "Казань, 12 апреля 2026 года.\n\nВчера в Казани прошёл вечер, посвящённый "
            "празднику Новруз. Мероприятие организовали Союз азербайджанской молодёжи и Союз "
            "азербайджанской молодёжи Татарстана.",
            "Союз азербайджанской молодёжи",
            "Союз азербайджанской молодёжи Татарстана",
        ),
        (
            "Bakı, 12 aprel 2026-cı il.\n\nDünən Kazanda Novruz bayramına həsr olunmuş tədbir "
            "keçirilib. Tədbiri Azərbaycan Gənclər Birliyi və Tatarıstan Azərbaycan Gənclər "
            "Birliyi birgə təşkil edib.",
            "Azərbaycan Gənclər Birliyi",
            "Tatarıstan Azərbaycan Gənclər Birliyi",
        ),
    ],
)
def test_a_branch_named_like_its_parent_is_a_second_organizer(
    text: str, short: str, long: str
) -> None:
    """The regional branch was dropped as "the same organization" (its words contain the
    parent's): the clerk never saw it and saved the event with one organizer."""
    (draft,) = extract(text).events
    assert short in draft.organizations
    assert long in draft.organizations


def test_the_same_organization_written_twice_is_listed_once() -> None:
    text = (
        "Moscow, April 12, 2026\n\nYesterday a Novruz celebration was held in Moscow. It was "
        "organized by the Azerbaijani Youth Union and the azerbaijani youth union."
    )
    (draft,) = extract(text).events
    assert [o.casefold() for o in draft.organizations] == ["azerbaijani youth union"]


# --- a date known to the month, or a span of days --------------------------------------


def test_a_month_without_a_day_is_a_month_russian() -> None:
    """"В марте 2025 года" became "between 21.03.2026 and 20.04.2026", a window of the
    wrong year, with no word of the month the report gave."""
    text = (
        "Новосибирск, 20 апреля 2026 года.\n\nВ марте 2025 года в Новосибирске прошёл "
        "фестиваль, посвящённый празднику Новруз. Его организовал Азербайджанский "
        "культурный центр."
    )
    (draft,) = extract(text).events
    assert draft.date is None
    assert (draft.start_date, draft.end_date, draft.date_precision) == (
        dt.date(2025, 3, 1),
        None,
        DatePrecision.MONTH,
    )


def test_a_month_without_a_day_is_a_month_azerbaijani() -> None:
    text = (
        "Bakı, 20 aprel 2026-cı il.\n\n2025-ci ilin martında Berlində Novruz bayramı "
        "münasibətilə konsert təşkil olunub. Konserti Berlin Azərbaycan Evi təşkil edib."
    )
    (draft,) = extract(text).events
    assert (draft.start_date, draft.end_date, draft.date_precision) == (
        dt.date(2025, 3, 1),
        None,
        DatePrecision.MONTH,
    )


def test_a_span_of_days_keeps_its_first_and_last_day() -> None:
    """"С 3 по 5 апреля" was read as the 5th alone."""
    text = (
        "Томск, 20 апреля 2026 года.\n\nС 3 по 5 апреля 2026 года в Томске проходили Дни "
        "азербайджанской культуры. Их организовала автономия азербайджанцев Томской области."
    )
    (draft,) = extract(text).events
    assert (draft.start_date, draft.end_date, draft.date_precision) == (
        dt.date(2026, 4, 3),
        dt.date(2026, 4, 5),
        DatePrecision.DAY,
    )


def test_a_day_inside_the_month_of_the_lead_is_the_events_day() -> None:
    """A lead's month ("В марте ...") must not hide the day the event itself gives."""
    text = (
        "Уфа, 25 марта 2026 года.\n\nВ марте в Уфе прошли праздничные мероприятия. "
        "21 марта общественная организация «Азербайджанский конгресс» провела праздник "
        "Новруз."
    )
    (draft,) = extract(text).events
    assert (draft.date, draft.date_precision) == (dt.date(2026, 3, 21), DatePrecision.DAY)


def test_the_window_shows_a_month_and_a_span_as_such(qtbot, database, qapp) -> None:
    """The summary showed a month-only draft as its first day ("01.03.2025") and the form
    must get the month precision and a span's last day."""
    from desktop.ui import i18n

    i18n.set_language("ru")
    i18n.install_translators(qapp, "ru")
    try:
        dialog = ExtractDialog(database)
        qtbot.addWidget(dialog)
        dialog.text.setPlainText(
            "Томск, 20 апреля 2026 года.\n\nС 3 по 5 апреля 2026 года в Томске проходили Дни "
            "азербайджанской культуры. Их организовала автономия азербайджанцев Томской "
            "области."
        )
        dialog.run_extraction()
        qtbot.waitUntil(
            lambda: dialog.extraction is not None and not dialog.is_busy(), timeout=30_000
        )
        dialog.drafts.setCurrentRow(0)
        assert "03.04.2026 – 05.04.2026" in dialog.summary.text()
        form = dialog.open_current()
        assert form is not None
        data = form.fields.value()
        assert (data.start_date, data.end_date) == (dt.date(2026, 4, 3), dt.date(2026, 4, 5))
        form.reject()

        extraction = dialog.extraction
        assert extraction is not None
        month = extraction.events[0]
        month.start_date, month.end_date = dt.date(2025, 3, 1), None
        month.date, month.date_precision = None, DatePrecision.MONTH
        dialog.show_draft()
        summary = dialog.summary.text()
        assert "01.03.2025" not in summary
        assert i18n.format_date(dt.date(2025, 3, 1), "month") in summary
        form = dialog.open_current()
        assert form is not None
        data = form.fields.value()
        assert (data.start_date, data.date_precision) == (dt.date(2025, 3, 1), DatePrecision.MONTH)
        form.reject()
    finally:
        i18n.set_language("en")
        i18n.install_translators(qapp, "en")


# --- "the community's chairman": the body the report named, not a broken word ----------


@pytest.mark.parametrize(
    ("text", "speaker", "body"),
    [
        (
            "Bakı, 24 mart 2026-cı il.\n\nDünən Samara şəhərində Novruz bayramı münasibətilə "
            "konsert keçirilib. Tədbiri Samara Azərbaycan Gəncləri Birliyi və Samara "
            "Azərbaycan İcması birgə təşkil ediblər. Tədbirdə icmanın sədri Rəşad Məmmədov "
            "çıxış edib.",
            "Rəşad Məmmədov",
            "Samara Azərbaycan İcması",
        ),
        (
            "Bakı, 12 aprel 2026-cı il.\n\nDünən Kazanda Novruz bayramına həsr olunmuş tədbir "
            "keçirilib. Tədbiri Kazan Azərbaycan Gənclər Birliyi təşkil edib. Tədbirdə "
            "birliyin sədri Elçin Həsənov çıxış edib.",
            "Elçin Həsənov",
            "Kazan Azərbaycan Gənclər Birliyi",
        ),
        (
            "Самара, 24 марта 2026 года.\n\nВчера в Самаре прошёл праздник Новруз. "
            "Организаторами выступили Союз азербайджанской молодёжи Самары и Самарская "
            "общественная организация «Азербайджанская община». С приветственным словом "
            "выступил председатель общины Рашад Мамедов.",
            "Рашад Мамедов",
            "Самарская общественная организация «Азербайджанская община»",
        ),
    ],
)
def test_a_speakers_body_named_by_its_kind_is_the_organizer_of_that_kind(
    text: str, speaker: str, body: str
) -> None:
    """"icmanın sədri" reached the form as the organization "icman" ("birliyin sədri" as
    "birliy"), a body that does not exist; "председатель общины" as the youth union."""
    (draft,) = extract(text).events
    (found,) = [s for s in draft.speakers if s["name"] == speaker]
    assert found["organization"] == body


def test_a_month_of_history_is_not_the_events_month() -> None:
    text = (
        "Chicago, November 24, 2025\n\nThe Ukrainian community of Chicago held a memorial "
        "service for the Holodomor victims. The speaker recalled that in June of 1933 "
        "thousands died every day."
    )
    (draft,) = extract(text).events
    assert draft.date_precision != DatePrecision.MONTH
