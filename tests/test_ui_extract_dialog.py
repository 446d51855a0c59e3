"""The report-to-drafts dialog: paste the seed, accept its three drafts through the form."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import Event
from desktop.sample import sample_path
from desktop.ui.extract_dialog import UNCERTAIN_COLOUR, ExtractDialog, uncertain_fields
from tests.test_ui_name_check import answer_names
from tests.test_ui_support import child, focus


def _seed_text() -> str:
    return json.loads(sample_path().read_text(encoding="utf-8"))["source"]["full_text"]


def test_the_seed_report_becomes_three_saved_events(qtbot, database) -> None:
    dialog = ExtractDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText(_seed_text())
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.extraction is not None and not dialog.is_busy(), timeout=30_000)
    assert dialog.drafts.count() == 3

    highlighted = dialog.view.toPlainText()
    first = dialog.extraction.events[0]
    region_spans = [s for s in first.spans if s.field == "region"]
    assert region_spans and "Primorsky" in highlighted[region_spans[0].start : region_spans[0].end]
    assert "Ramiz Zeynalov" in dialog.summary.text()

    for row in range(3):
        dialog.drafts.setCurrentRow(row)
        form = dialog.open_current()
        assert form is not None
        qtbot.waitExposed(form)
        focus(child(form, "title"))
        answer_names(qtbot, Qt.Key.Key_Return)  # create the report's new names: Enter
        with qtbot.waitSignal(form.saved, timeout=10_000):
            qtbot.keyClick(child(form, "title"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.saved) == 3
    assert all(dialog.drafts.item(r).text().startswith("✓") for r in range(3))

    with database.sessions() as session:
        events = session.scalars(select(Event)).all()
        assert sorted(e.region.code for e in events) == ["RU-CHE", "RU-KYA", "RU-PRI"]
        assert all(e.computed_anniversary == 33 for e in events)
        assert all("Khojaly" in (e.sources[0].full_text or "") for e in events)
        krasnoyarsk = next(e for e in events if e.region.code == "RU-KYA")
        assert [s.person.full_name for s in krasnoyarsk.speakers][-1] == "Telman Tamoyev"
        assert "Heydar Aliyev Foundation" not in [
            o.organization.name for o in krasnoyarsk.organizers
        ]


def test_empty_text_asks_for_a_report(qtbot, database) -> None:
    dialog = ExtractDialog(database)
    qtbot.addWidget(dialog)
    dialog.run_extraction()
    assert "Paste a report" in dialog.status.text()
    assert dialog.extraction is None


def test_uncertain_fields_are_marked_for_the_clerk(qtbot, database) -> None:
    """A town the gazetteer does not know is shown in the warning colour; a sure date not."""
    dialog = ExtractDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText(
        "On March 21, 2025 the Azerbaijani community held a Novruz celebration in the town of "
        "Kellerbrook. The Azerbaijani Cultural Association organized the event."
    )
    dialog.run_extraction()
    qtbot.waitUntil(lambda: dialog.extraction is not None and not dialog.is_busy(), timeout=30_000)
    (draft,) = dialog.extraction.events
    assert draft.city == "Kellerbrook"
    assert "place" in uncertain_fields(draft) and "date" not in uncertain_fields(draft)
    summary = dialog.summary.text()
    marked = summary.split("<br>")
    place_line = next(line for line in marked if "Kellerbrook" in line)
    date_line = next(line for line in marked if "2025-03-21" in line)
    assert UNCERTAIN_COLOUR in place_line
    assert UNCERTAIN_COLOUR not in date_line


def test_a_corrected_name_is_remembered_when_the_clerk_agrees(qtbot, database, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from db.event_store import EventStore, OrganizerInput

    asked: list[str] = []

    def answer(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    report = "The Tatar Cultural Society held a Sabantuy celebration in Riga on June 14, 2025."
    dialog = ExtractDialog(database)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(report)
    dialog.run_extraction()
    qtbot.waitUntil(lambda: dialog.extraction is not None and not dialog.is_busy(), timeout=30_000)
    (draft,) = dialog.extraction.events
    data = draft.to_event_input()
    data.organizers = [OrganizerInput("Tatar Cultural Society of Latvia")]
    with database.sessions() as session:
        event = EventStore(session).save(data)
        session.commit()
    learned = dialog.offer_lessons(0, event.uuid)
    assert [lesson.written for lesson in learned] == ["Tatar Cultural Society"]
    assert "Tatar Cultural Society of Latvia" in asked[0]
    dialog.run_extraction()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.extraction.events[0].organizations == ["Tatar Cultural Society of Latvia"]


def test_drafts_read_in_the_interface_language(qtbot, database, qapp) -> None:
    """Seen in the Russian dialog: "Место: Vladivostok, Primorsky Krai, Russia", "Повод:
    Khojaly genocide", "Тип: memorial event", dates 2025-02-26 among Russian words."""
    import re

    from db.localized import names_by_code, names_by_english
    from db.models import City, Country, EventType, Occasion, ProgramItemType, Region
    from desktop.ui import i18n

    i18n.set_language("ru")
    i18n.install_translators(qapp, "ru")
    try:
        dialog = ExtractDialog(database)
        qtbot.addWidget(dialog)
        dialog.text.setPlainText("date 2025-03-04\n" + _seed_text())
        dialog.run_extraction()
        qtbot.waitUntil(
            lambda: dialog.extraction is not None and not dialog.is_busy(), timeout=30_000
        )
        draft = dialog.extraction.events[0]
        with database.sessions() as session:
            expected = [
                *names_by_code(session, Country, [draft.country_code], "ru").values(),
                *names_by_code(session, Region, [draft.region_code], "ru").values(),
                *names_by_english(session, Occasion, [draft.occasion], "ru").values(),
                *names_by_code(session, EventType, [draft.event_type], "ru").values(),
                *names_by_code(session, ProgramItemType, draft.program, "ru").values(),
            ]
            city = names_by_english(session, City, [draft.city], "ru").get(draft.city)
        assert len(expected) == 4 + len(draft.program), expected
        dialog.drafts.setCurrentRow(0)
        shown = dialog.summary.text()
        for name in expected:
            assert name in shown, (name, shown)
        assert draft.occasion not in shown and draft.region not in shown
        assert not re.search(r"\d{4}-\d\d-\d\d", shown), shown
        region_name = expected[1]
        assert region_name in dialog.drafts.item(0).text()
        # The title the form gets: made of the names shown, not the English ones.
        form = dialog.open_current()
        assert form is not None
        title = form.fields.title.text()
        place = city or region_name
        assert title.startswith(expected[3].capitalize()), title
        assert expected[2] in title and place in title, title
        assert f"({draft.anniversary}-я годовщина)" in title, title
        form.reject()
    finally:
        i18n.set_language("en")
        i18n.install_translators(qapp, "en")


def test_the_venue_and_the_attendance_are_shown_before_the_form(qtbot, database) -> None:
    """The draft carried where the event was held and how many came, but the summary the
    clerk checks did not show them (only the form, once opened, did)."""
    dialog = ExtractDialog(database)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(
        "On 21 March 2025 the Azerbaijani Cultural Association held a Novruz celebration at "
        "the Riverside Concert Hall in Toronto. About 120 people attended."
    )
    dialog.run_extraction()
    qtbot.waitUntil(lambda: dialog.extraction is not None and not dialog.is_busy(), timeout=30_000)
    (draft,) = dialog.extraction.events
    assert draft.venue and draft.attendance == 120
    lines = dialog.summary.text().split("<br>")
    assert any("Venue" in line and draft.venue in line for line in lines)
    assert any("Attendance" in line and "120" in line for line in lines)
