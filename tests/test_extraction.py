"""Extraction of draft events from pasted reports: the seed field by field, Russian, files."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from db.event_store import EventStore
from db.models import DatePrecision
from desktop.extraction import extract, extraction_to_json, format_extraction, read_document
from desktop.extraction.service import GOLD_KEYS, Extraction

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample" / "seed-001.json"


def _seed_text() -> str:
    """The seed report as the sample data keeps it (no corpus needed)."""
    import json

    return json.loads(SAMPLE.read_text(encoding="utf-8"))["source"]["full_text"]


@pytest.fixture
def seed(database) -> Extraction:
    with database.sessions() as session:
        return extract(_seed_text(), session)


def test_seed_has_three_events_in_the_right_regions(seed: Extraction) -> None:
    assert len(seed.events) == 3
    assert [e.region_code for e in seed.events] == ["RU-PRI", "RU-CHE", "RU-KYA"]
    assert [e.country_code for e in seed.events] == ["RU", "RU", "RU"]
    assert seed.events[0].city == "Vladivostok"
    assert seed.events[1].city is None and seed.events[2].city is None


def test_seed_organizers_and_not_the_foundation(seed: Extraction) -> None:
    first, second, third = (e.organizations for e in seed.events)
    assert len(first) == 1 and "Friendship" in first[0]
    assert second == ["public organization of Azerbaijanis in the Chelyabinsk region"]
    assert third == [
        "Regional Azerbaijani National-Cultural Autonomy",
        "Union of Azerbaijani Youth of the Krasnoyarsk territory",
    ]
    every = [name for e in seed.events for name in e.organizations]
    assert not any("Heydar Aliyev" in name or "Committee" in name for name in every)


def test_seed_speakers_with_roles(seed: Extraction) -> None:
    first, second, third = (e.speakers for e in seed.events)
    assert [(s["name"], s["role"]) for s in first] == [("Ramiz Zeynalov", "chairman")]
    assert "Friendship" in (first[0]["organization"] or "")
    assert [(s["name"], s["role"]) for s in second] == [("Arshad Khankishiyev", "head")]
    assert [s["name"] for s in third] == ["Haji Mutallib Ibishov", "Nazim Aliyev", "Telman Tamoyev"]
    assert third[0]["role"] == "Deputy Chairman for Religious and Spiritual Issues"
    assert third[0]["organization"] == "Regional Azerbaijani National-Cultural Autonomy"
    assert third[1]["role"].startswith("witness") and third[1]["organization"] is None
    assert third[2]["role"] == "Deputy Chairman"
    assert third[2]["organization"] == "Regional Azerbaijani National-Cultural Autonomy"


def test_seed_program_in_order(seed: Extraction) -> None:
    assert [e.program for e in seed.events] == [
        ["speech", "video_screening"],
        ["minute_of_silence", "speech", "open_discussion", "video_screening"],
        ["minute_of_silence", "speech"],
    ]


def test_seed_occasion_anniversary_dates_and_source(seed: Extraction) -> None:
    for event in seed.events:
        assert event.occasion == "Khojaly genocide"
        assert event.anniversary == 33
        assert event.date is None
        assert event.date_precision == DatePrecision.BETWEEN
        assert (event.start_date, event.end_date) == (dt.date(2025, 2, 26), dt.date(2025, 3, 4))
        assert event.event_type == "memorial_event"
        assert not any("anniversary" in w for w in event.warnings)
    assert seed.source["publisher"] == "Trend"
    assert seed.source["via"] == "State Committee on Work with Diaspora of Azerbaijan"
    assert seed.source["dateline"] == "Baku"
    assert seed.source["published"] == "2025-03-04"
    assert seed.source["language"] == "en"


def test_spans_point_at_the_words(seed: Extraction) -> None:
    text = seed.text
    first, second, third = seed.events

    def spans(event, field: str) -> list[str]:
        return [text[s.start : s.end] for s in event.spans if s.field == field]

    assert spans(first, "region") == ["Primorsky Territory"]
    assert spans(first, "city") == ["Vladivostok"]
    assert spans(second, "region") == ["Chelyabinsk region"]
    assert spans(third, "region") == ["Krasnoyarsk Territory"]
    assert "Arshad Khankishiyev" in spans(second, "speakers")
    assert spans(second, "speakers.role") == ["head of the organization"]
    assert spans(third, "organizations") == [
        "Regional Azerbaijani National-Cultural Autonomy",
        "Union of Azerbaijani Youth of the Krasnoyarsk territory",
    ]
    assert spans(second, "program")[0] == "minute of silence"
    assert spans(first, "anniversary") == ["33"]
    assert spans(first, "occasion") == ["Khojaly genocide"]
    for event in seed.events:
        for span in event.spans:
            assert 0 <= span.start <= span.end <= len(text)


def test_seed_drafts_validate_in_the_event_form(database, seed: Extraction) -> None:
    with database.sessions() as session:
        store = EventStore(session)
        for event in seed.events:
            data = event.to_event_input()
            assert store.validate(data) == []
            assert data.source.publisher == "Trend"
            assert data.source.full_text == seed.text
            assert data.title


def test_gold_shape_and_json(seed: Extraction) -> None:
    payload = extraction_to_json(seed)
    assert set(payload) == {"source", "events"}
    for event in payload["events"]:
        assert tuple(event) == GOLD_KEYS
    assert payload["events"][1]["program"] == [
        "minute of silence",
        "speech",
        "open discussion",
        "video screening",
    ]
    assert payload["events"][0]["region"] == "Primorsky Krai"
    text = format_extraction(seed)
    assert "Event 3" in text and "Telman Tamoyev" in text


RUSSIAN = """БАКУ, 4 марта. /Trend/ Мероприятия, посвященные 33-й годовщине Ходжалинского \
геноцида, прошли в Приморском крае и Челябинской области России.

Во Владивостоке общественная организация «Дружба» провела траурное мероприятие, \
посвященное 33-й годовщине Ходжалинского геноцида. Мероприятие началось с минуты молчания. \
Председатель организации Рамиз Зейналов рассказал об истории трагедии. Затем был показан \
документальный фильм о Ходжалинской трагедии.

В Челябинской области мероприятие прошло 26 февраля. На нем выступил заместитель \
председателя автономии Тельман Тамоев.
"""


def test_russian_report(database) -> None:
    with database.sessions() as session:
        result = extract(RUSSIAN, session)
    assert result.source["language"] == "ru"
    assert result.source["publisher"] == "Trend"
    assert result.source["published"] == "2025-03-04"
    first, second = result.events
    assert (first.city, first.country_code) == ("Vladivostok", "RU")
    assert first.organizations == ["общественная организация «Дружба»"]
    assert first.speakers[0]["name"] == "Рамиз Зейналов"
    assert first.speakers[0]["role"] == "Председатель"
    assert first.program == ["minute_of_silence", "speech", "film_screening"]
    assert (first.occasion, first.anniversary) == ("Khojaly genocide", 33)
    assert second.region_code == "RU-CHE"
    assert second.date == dt.date(2025, 2, 26)
    assert second.date_precision == DatePrecision.DAY
    assert second.speakers[0]["name"] == "Тельман Тамоев"
    assert second.speakers[0]["role"] == "заместитель председателя"


def test_relative_day_and_announcement(database) -> None:
    text = (
        "Members of the Azerbaijani community in Riga gathered yesterday at an event "
        "organized by the Azerbaijani Youth Organization of Latvia to mark Novruz. "
        "Chairman of the organization Amil Safarov said the holiday unites the diaspora."
    )
    with database.sessions() as session:
        result = extract(text, session, published=dt.date(2025, 3, 20))
    (event,) = result.events
    assert event.date == dt.date(2025, 3, 19)
    assert event.city == "Riga" and event.country == "Latvia"
    assert event.organizations == ["Azerbaijani Youth Organization of Latvia"]
    assert event.speakers[0]["name"] == "Amil Safarov"
    assert event.occasion == "Novruz"


def test_anniversary_mismatch_is_flagged(database) -> None:
    text = (
        "BAKU, Azerbaijan, March 4. The Azerbaijani community of Kazan held a memorial event "
        "dedicated to the 30th anniversary of the Khojaly genocide, Trend reports. "
        "The event began with a minute of silence."
    )
    with database.sessions() as session:
        result = extract(text, session, published=dt.date(2025, 3, 4))
    (event,) = result.events
    assert event.anniversary == 30
    assert any("33" in w for w in event.warnings)


def test_read_document_html_docx_txt(tmp_path: Path) -> None:
    html = tmp_path / "report.html"
    html.write_text(
        "<html><head><style>p{}</style><script>x()</script></head><body>"
        "<h1>Title</h1><p>BAKU, March 4. First&nbsp;paragraph.</p><p>Second.</p></body></html>",
        encoding="utf-8",
    )
    text = read_document(html)
    assert "x()" not in text and "First paragraph." in text and "\n\nSecond." in text
    docx = tmp_path / "report.docx"
    body = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Первый абзац.</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Second </w:t></w:r><w:r><w:t>paragraph.</w:t></w:r></w:p></w:body>"
        "</w:document>"
    )
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", body)
    assert read_document(docx) == "Первый абзац.\n\nSecond paragraph.\n"
    plain = tmp_path / "report.txt"
    plain.write_bytes(b"Line one.\r\nLine two.")
    assert read_document(plain) == "Line one.\nLine two."


def test_extract_without_a_session() -> None:
    result = extract(_seed_text())
    assert [e.region_code for e in result.events] == ["RU-PRI", "RU-CHE", "RU-KYA"]


