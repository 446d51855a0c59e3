"""A body named only after a passive participle ("вечер, проведённый городской общиной")
organized the event: natasha finds no name there, so the words in the instrumental are read
as the body's name and put in the nominative. Report sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.extraction import extract

PUBLISHED = dt.date(2025, 6, 20)

PARTICIPLE_BODIES = [
    (
        "Вечер, проведённый местной национально-культурной автономией азербайджанцев, "
        "собрал 14 мая в Твери более ста гостей.",
        "местная национально-культурная автономия азербайджанцев",
    ),
    (
        "Праздник Новруз, подготовленный городской азербайджанской общиной, прошёл 20 марта "
        "в Липецке.",
        "городская азербайджанская община",
    ),
    (
        "Концерт, организованный молодёжным союзом азербайджанцев Брянской области, "
        "состоялся 12 мая в Брянске.",
        "молодёжный союз азербайджанцев Брянской области",
    ),
    (
        "Встреча, устроенная местной узбекской диаспорой, прошла 5 июня в Пензе.",
        "местная узбекская диаспора",
    ),
    (
        "Собрание, проведённое областным татарским конгрессом, прошло 7 июня в Кирове.",
        "областной татарский конгресс",
    ),
    (
        "Выставка ковров, организованная региональным культурным обществом «Сарван», "
        "открылась 3 июня в Калуге.",
        "региональное культурное общество «Сарван»",
    ),
    (
        "Круглый стол был организован молодёжным центром армянской общины и прошёл 11 июня "
        "в Рязани.",
        "молодёжный центр армянской общины",
    ),
]


@pytest.mark.parametrize(("text", "organizer"), PARTICIPLE_BODIES)
def test_a_body_after_a_passive_participle_organized_the_event(
    reference, text: str, organizer: str
) -> None:
    with reference.sessions() as session:
        (draft,) = extract(text, session, published=PUBLISHED).events
    assert [name.casefold() for name in draft.organizations] == [organizer.casefold()]


@pytest.mark.parametrize(
    "text",
    [
        # who made a thing handed out at the event, not who held it
        "В Твери 14 мая прошёл вечер, гостям раздали брошюры, подготовленные городской "
        "общиной.",
        # people, not a body
        "Концерт, подготовленный юными артистами, прошёл 12 мая в Брянске.",
    ],
)
def test_no_body_is_read_where_the_participle_names_none(reference, text: str) -> None:
    with reference.sessions() as session:
        (draft,) = extract(text, session, published=PUBLISHED).events
    assert draft.organizations == []


# A report that gives the event's own name in quotes next to the word for that event: the
# draft's title is that name, as a clerk would type it, not "Праздничное мероприятие, Казань".
NAMED_EVENTS = [
    (
        "14 мая в Казани прошёл вечер поэзии «Родные напевы», организованный местной "
        "азербайджанской общиной.",
        "Вечер поэзии «Родные напевы»",
    ),
    (
        "22 марта в Самаре на фестивале «Новруз-2025» выступили артисты из пяти городов.",
        "Фестиваль «Новруз-2025»",
    ),
    (
        "В Омске 3 июня состоялся праздничный концерт под названием «Звёзды Востока».",
        "Праздничный концерт «Звёзды Востока»",
    ),
    ("On May 10, the community held a concert titled “Spring Melodies” in Chicago.",
     "Spring Melodies"),
    ("The “Harvest Lights” festival took place in Denver on June 7.", "Harvest Lights"),
    ("Mayın 12-də Gəncədə «Ana dilim» adlı tədbir keçirilib.", "Ana dilim"),
]


@pytest.mark.parametrize(("text", "title"), NAMED_EVENTS)
@pytest.mark.parametrize("reader", ["en", "ru", "az"])
def test_a_named_event_is_titled_by_its_name(reference, text: str, title: str, reader) -> None:
    from desktop.extraction.shown_names import shown_names

    with reference.sessions() as session:
        (draft,) = extract(text, session, published=PUBLISHED).events
        names = shown_names(session, [draft], reader)
    assert names.title(draft) == title
    assert draft.to_event_input().title == title


@pytest.mark.parametrize(
    "text",
    [
        # the quoted name is the organizer's
        "14 мая в Казани общество «Очаг» провело праздник, посвящённый Дню семьи.",
        "14 мая в Казани прошёл праздник общества «Очаг».",
        "On May 14, the “Hearth” Society held a celebration in Denver.",
        # a named item of the programme is not the event
        "20 марта в Самаре прошёл праздник Новруз. В программе был концерт «Весна» и выставка.",
        # the umbrella the event belonged to
        "В рамках фестиваля «Дружба» 5 июня в Пензе прошёл вечер татарской песни.",
        "В рамках областного молодёжного фестиваля «Дружба» 5 июня в Пензе прошёл вечер.",
    ],
)
def test_a_quoted_name_of_something_else_does_not_title_the_event(reference, text) -> None:
    with reference.sessions() as session:
        (draft,) = extract(text, session, published=PUBLISHED).events
    assert "«" not in draft.title and "“" not in draft.title
    assert not any(word in draft.title for word in ("Очаг", "Hearth", "Весна", "Дружба"))


# A report with no date of its own whose event is dated by a year alone: the draft is dated
# that year, at the precision of a year, and the clerk is told to add the day.
YEAR_ONLY = [
    "В 2024 году местная азербайджанская община провела в Твери вечер поэзии.",
    "In 2024, the Hearth Society held a folk festival in Denver.",
    "2024-cü ildə Gəncədə «Ana dilim» adlı tədbir keçirilib.",
]


@pytest.mark.parametrize("text", YEAR_ONLY)
def test_a_year_alone_dates_an_event_of_an_undated_report_at_year_precision(
    reference, text: str
) -> None:
    from db.models import DatePrecision
    from desktop.extraction import format_extraction

    with reference.sessions() as session:
        result = extract(text, session)
    (draft,) = result.events
    assert draft.date is None  # no day is made up
    assert draft.date_precision == DatePrecision.YEAR
    assert draft.start_date is not None and draft.start_date.year == 2024
    assert draft.end_date is None
    assert any("2024" in warning for warning in draft.warnings)
    assert "2024 (precision: year)" in format_extraction(result)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the report's date says more: the window it gives stays
        ("В 2024 году местная азербайджанская община провела в Твери вечер поэзии.",
         dt.date(2024, 6, 20)),
        # the year of the occasion is history, not the event's
        ("Местная азербайджанская община провела в Твери вечер памяти жертв Ходжалинского "
         "геноцида, совершённого в 1992 году.", None),
        # two years: which one is the event's is not known
        ("В 2023 году община открыла клуб. В 2024 году она провела в Твери вечер поэзии.", None),
        # a first time recalled, not the event told
        ("Община провела в Твери вечер поэзии. В 2019 году такой вечер прошёл впервые.", None),
    ],
)
def test_a_year_is_not_the_events_where_it_may_not_be(reference, text, published) -> None:
    from db.models import DatePrecision

    with reference.sessions() as session:
        (draft,) = extract(text, session, published=published).events
    assert draft.date_precision != DatePrecision.YEAR


# The same for the cues that take the genitive ("при поддержке X", "по инициативе X").
GENITIVE_BODIES = [
    (
        "4 июня в Рязани прошёл вечер, организованный при поддержке городского центра "
        "национальных культур.",
        "городской центр национальных культур",
        "supporter",
    ),
    (
        "По инициативе местной азербайджанской общины 4 июня в Рязани прошёл вечер поэзии.",
        "местная азербайджанская община",
        "organizer",
    ),
]


@pytest.mark.parametrize(("text", "organizer", "role"), GENITIVE_BODIES)
def test_a_body_after_a_genitive_cue_is_read_too(reference, text, organizer, role) -> None:
    with reference.sessions() as session:
        (draft,) = extract(text, session, published=PUBLISHED).events
    assert [name.casefold() for name in draft.organizations] == [organizer]
    assert [str(r) for r in draft.organizer_roles] == [role]


@pytest.mark.parametrize(
    "text",
    [
        "По инициативе молодых активистов 4 июня в Рязани прошёл вечер поэзии.",
        # a head word alone names no body of its own
        "При поддержке посольства 4 июня в Рязани прошёл вечер поэзии.",
    ],
)
def test_people_or_a_bare_head_after_a_genitive_cue_are_no_body(reference, text) -> None:
    with reference.sessions() as session:
        (draft,) = extract(text, session, published=PUBLISHED).events
    assert draft.organizations == []
