"""XML-illegal characters: cleaned on the way in (store, import) and on the way out (export).

One U+FFFE or U+0001 in a title made a workbook unreadable; the checks read the
file back with openpyxl and parse every XML part of it with a strict parser.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from db.engine import Database
from db.event_store import EventInput, EventStore, OrganizerInput, SourceInput, SpeakerInput
from db.models import Event, Organization, Person, Source
from db.text_clean import xml_safe, xml_safe_fields
from desktop.importing.parse import split_list, text
from desktop.reports import ALL_SHEETS, EXTRA_SHEETS, ReportOptions, export_workbook

BAD = "\x01\x08\x0b\x0c\x1f\ufffe\uffff"


def test_xml_safe_keeps_what_xml_can_hold():
    assert xml_safe(f"a{BAD}b") == "ab"
    kept = "tab\there\nline\r\nend Ünïcödé Приморье Şəki 𝔸 \u00a0"
    assert xml_safe(kept) == kept


def test_nested_inputs_are_cleaned_and_clean_ones_left_alone():
    data = EventInput(title=f"Con{BAD}cert", speakers=[SpeakerInput(f"A{BAD}", "chair\x02")],
                      source=SourceInput(full_text=f"text{BAD}"))
    cleaned = xml_safe_fields(data)
    assert cleaned.title == "Concert"
    assert cleaned.speakers[0].name == "A" and cleaned.speakers[0].role == "chair"
    assert cleaned.source.full_text == "text"
    assert data.title == f"Con{BAD}cert"  # the caller's object is not changed
    clean = EventInput(title="fine")
    assert xml_safe_fields(clean) is clean


def test_the_store_saves_clean_text(database: Database):
    with database.sessions.begin() as session:
        EventStore(session, user="tester").save(EventInput(
            title=f"Evening{BAD} of poetry", start_date=dt.date(2025, 3, 1),
            description=f"line one\nline{BAD} two", venue="Hall\ufffe",
            organizers=[OrganizerInput(f"Union{BAD} of youth")],
            speakers=[SpeakerInput(f"Speaker{BAD}", f"role{BAD}")],
            source=SourceInput(publisher=f"Agency{BAD}", full_text=f"Full{BAD} text"),
        ))
    with database.sessions() as session:
        event = session.scalars(select(Event)).one()
        assert (event.title, event.description, event.venue) == (
            "Evening of poetry", "line one\nline two", "Hall")
        assert session.scalar(select(Organization.name)) == "Union of youth"
        assert session.scalar(select(Person.full_name)) == "Speaker"
        source = session.scalars(select(Source)).one()
        assert (source.publisher, source.full_text) == ("Agency", "Full text")


def test_import_cells_are_cleaned():
    assert text(f"  Concert{BAD} ") == "Concert"
    assert split_list(f"A{BAD}; B\ufffe") == ["A", "B"]


@pytest.fixture
def dirty(database: Database) -> Database:
    """An event whose text got illegal characters past the store (older data, a raw copy)."""
    with database.sessions.begin() as session:
        EventStore(session, user="tester").save(EventInput(
            title="placeholder", start_date=dt.date(2025, 3, 1), country="Russia",
            region="Primorsky Krai", occasion="Khojaly genocide",
            organizers=[OrganizerInput("Friendship")],
            speakers=[SpeakerInput("Someone", "chair", "Friendship")],
            source=SourceInput(publisher="Agency"),
        ))
        session.execute(update(Event).values(title=f"Con{BAD}cert", description=f"=x{BAD}"))
        session.execute(update(Organization).values(name=f"Friend{BAD}ship"))
        session.execute(update(Person).values(full_name=f"Some{BAD}one"))
    return database


def _strict_parse_every_part(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(archive.read(name))  # raises on an illegal character


def test_every_cell_property_and_sheet_name_is_readable(dirty: Database, tmp_path: Path):
    out = tmp_path / "dirty.xlsx"
    options = ReportOptions(sheets=(*ALL_SHEETS, *EXTRA_SHEETS), title=f"Report{BAD} 2025",
                            author=f"clerk{BAD}")
    export_workbook(dirty, out, options)
    _strict_parse_every_part(out)
    wb = load_workbook(out)
    assert wb.properties.title == "Report 2025" and wb.properties.creator == "clerk"
    values = {str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v}
    assert "Concert" in values and "Someone" in values
    assert any("Friendship" in v for v in values)
    assert not any(xml_safe(v) != v for v in values)
    cover = [str(v) for row in wb[wb.sheetnames[0]].iter_rows(values_only=True) for v in row]
    assert "Report 2025" in cover
