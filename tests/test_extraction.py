"""Extraction of draft events: drafts fit the event form, dates, warnings, files."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from db.event_store import EventStore
from desktop.extraction import extract, format_extraction, read_document

REPORT = """KAZAN, March 24, 2025. Azerbaijani organizations in Tatarstan marked Novruz.

In Kazan, the Azerbaijani National-Cultural Autonomy of Tatarstan held a celebration \
yesterday. Its chairman, Elnur Gasimov, congratulated the guests. The event ended with a \
concert of folk music.
"""


def test_drafts_validate_in_the_event_form(reference) -> None:
    with reference.sessions() as session:
        result = extract(REPORT, session)
        store = EventStore(session)
        assert result.events
        for event in result.events:
            data = event.to_event_input()
            assert store.validate(data) == []
            assert data.source.full_text == REPORT
            assert data.title


def test_readable_text_names_every_event(reference) -> None:
    with reference.sessions() as session:
        result = extract(REPORT, session)
    text = format_extraction(result)
    assert f"Event {len(result.events)}" in text
    assert "Elnur Gasimov" in text


def test_readable_text_names_places_and_dates_in_the_message_language(reference) -> None:
    """Seen: Russian labels beside "Krasnoyarsk Krai, Russia" and 2025-02-26."""
    import re

    from db import messages
    from desktop.extraction.shown_names import shown_names

    with reference.sessions() as session:
        result = extract(REPORT, session)
        messages.set_language("ru")
        names = shown_names(session, result.events, "ru")
        text = format_extraction(result, names)
    places = [", ".join(p for p in names.place(event) if p) for event in result.events]
    assert places and all(place in text for place in places), (places, text)
    for event in result.events:
        assert not event.region or event.region not in text, text
    assert not re.search(r"\d{4}-\d\d-\d\d", text), text
    # The source line too: it said "Источник: publisher Trend, dateline Baku, published
    # 2025-03-04, language en".
    source_line = text.split("\n", 1)[0]
    assert not re.search(r"publisher|dateline|published|language", source_line), source_line


def test_relative_day_and_announcement(reference) -> None:
    text = (
        "Members of the Azerbaijani community in Riga gathered yesterday at an event "
        "organized by the Azerbaijani Youth Organization of Latvia to mark Novruz. "
        "Chairman of the organization Amil Safarov said the holiday unites the diaspora."
    )
    with reference.sessions() as session:
        result = extract(text, session, published=dt.date(2025, 3, 20))
    (event,) = result.events
    assert event.date == dt.date(2025, 3, 19)
    assert event.city == "Riga" and event.country == "Latvia"
    assert event.organizations == ["Azerbaijani Youth Organization of Latvia"]
    assert event.speakers[0]["name"] == "Amil Safarov"
    assert event.occasion == "Novruz"


def test_anniversary_mismatch_is_flagged(reference) -> None:
    text = (
        "BAKU, Azerbaijan, March 4. The Azerbaijani community of Kazan held a memorial event "
        "dedicated to the 30th anniversary of the Khojaly genocide, Trend reports. "
        "The event began with a minute of silence."
    )
    with reference.sessions() as session:
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
    result = extract(REPORT)
    assert [e.city for e in result.events] == ["Kazan"]


