"""The workbook as a committee prints it: converted to PDF by LibreOffice, page by page.

Every page is one A4 sheet (portrait or landscape, never wider), the sample report
takes one page per sheet, and months over several years print one year per page
instead of shrinking every month onto one page. The events list prints one page
wide at a legible size, its texts wrapped whole; a long title wraps on the cover.
Skipped where LibreOffice or poppler's pdfinfo is not installed.
"""

from __future__ import annotations

import collections
import datetime as dt
import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db.engine import Database
from db.event_store import EventInput, EventStore, OrganizerInput, SpeakerInput
from desktop.reports import ALL_SHEETS, ReportOptions, export_workbook
from desktop.sample import load_sample

SOFFICE = shutil.which("soffice")
PDFINFO = shutil.which("pdfinfo")
pytestmark = [
    pytest.mark.skipif(not (SOFFICE and PDFINFO),
                       reason="LibreOffice (soffice) and pdfinfo are needed"),
    pytest.mark.slow,  # a LibreOffice start per workbook: `make test` and CI, not `make check`
]
A4 = (595.3, 841.9)


def to_pdf(workbook: Path) -> list[tuple[float, float]]:
    """Convert with a private LibreOffice profile; the size of every page in points."""
    profile = workbook.parent / "lo-profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(workbook.parent), str(workbook)],
        check=True, capture_output=True, timeout=240,
    )
    pdf = workbook.with_suffix(".pdf")
    info = subprocess.run([PDFINFO, "-f", "1", "-l", "9999", str(pdf)], check=True,
                          capture_output=True, text=True).stdout
    return [(float(w), float(h)) for w, h in
            re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def is_a4(size: tuple[float, float]) -> bool:
    return all(abs(a - b) < 1 for a, b in zip(sorted(size), A4, strict=True))


def test_the_sample_report_prints_on_a4_about_a_page_per_sheet(
    database: Database, tmp_path: Path
):
    with database.sessions.begin() as session:
        load_sample(session)
    out = tmp_path / "sample.xlsx"
    export_workbook(database, out, ReportOptions(sheets=(*ALL_SHEETS, "speaker_summary")))
    wb = load_workbook(out)
    across = {ws.title: int(ws.page_setup.fitToWidth or 1) for ws in wb}
    pages = to_pdf(out)
    assert pages and all(is_a4(size) for size in pages), pages
    # a page per sheet, every table one page across, none running on
    assert across["Speakers"] == across["Program"] == 1  # a speaker and the event together
    assert across["Events"] == 1  # read and passed on as a list, not glued from strips
    assert len(pages) == sum(across.values())


def test_months_of_several_years_print_one_year_per_page(database: Database, tmp_path: Path):
    with database.sessions.begin() as session:
        store = EventStore(session, user="tester")
        for index in range(36):
            store.save(EventInput(title=f"Event {index}", region="Primorsky Krai",
                                  start_date=dt.date(2022 + index // 12, index % 12 + 1, 15)))
    out = tmp_path / "years.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("per_region",)))
    pages = to_pdf(out)
    assert all(is_a4(size) for size in pages)
    assert len(pages) == 3 + 1  # 2022, 2023, 2024, and how the figures are counted


# --- what a printed page shows --------------------------------------------------------

PDFTOHTML = shutil.which("pdftohtml")
Page = list[tuple[str, int]]
"""A printed page: its lines of text, each with its font size in points as printed."""


def printed_pages(workbook: Path) -> list[Page]:
    """The pages of the workbook's PDF, read by poppler's pdftohtml at a zoom of 1 (so a
    font's size is the points it prints at, a shrunk page's smaller)."""
    to_pdf(workbook)
    if not PDFTOHTML:
        pytest.skip("poppler's pdftohtml is needed")
    xml = subprocess.run([PDFTOHTML, "-xml", "-i", "-zoom", "1", "-stdout",
                          str(workbook.with_suffix(".pdf"))],
                         check=True, capture_output=True, text=True).stdout
    sizes = dict(re.findall(r'<fontspec id="(\d+)" size="(\d+)"', xml))
    return [[(html.unescape(re.sub(r"<[^>]+>", "", text)), int(sizes[font]))
             for font, text in re.findall(r'<text [^>]*font="(\d+)">(.*?)</text>', page)]
            for page in xml.split("<page ")[1:]]


def words(page: Page) -> list[str]:
    return [word for line, _ in page for word in line.split()]


def running_words(page: Page) -> list[str]:
    """The page's words with those broken after a hyphen at a line's end whole again
    ("33-" / "й годовщине": where the font's widths put the break)."""
    text = ""
    for line, _ in page:
        text += line if text.endswith("-") else f" {line}"
    return text.split()


def text_size(page: Page) -> int:
    """The size most of a page's characters print at: its body text's."""
    counts: collections.Counter[int] = collections.Counter()
    for line, size in page:
        counts[size] += len(line)
    return counts.most_common(1)[0][0]


def long_titled_events(database: Database, count: int) -> list[str]:
    """``count`` events of long titles and many organizers and speakers, each text ending
    in a word of its own; returns those last words (a text cut short loses its own)."""
    ends = []
    with database.sessions.begin() as session:
        store = EventStore(session, user="tester")
        for index in range(count):
            end, speaker = f"E{index:03}", f"S{index:03}"
            ends += [end, speaker]
            store.save(EventInput(
                title=("Memorial evening for the 33rd anniversary of the Khojaly genocide with "
                       f"a concert, an exhibition and a round table of the community {end}"),
                start_date=dt.date(2025, 2, 1) + dt.timedelta(days=index % 28),
                event_type="memorial event", occasion="Khojaly genocide",
                region="Primorsky Krai", city="Vladivostok",
                venue="House of Friendship of the Peoples of Primorye, great hall",
                organizers=[OrganizerInput(name=f"Regional Azerbaijani National-Cultural "
                                                f"Autonomy of Primorye {index}"),
                            OrganizerInput(name="Union of Azerbaijani Youth of Primorye")],
                speakers=[SpeakerInput(name="Ramiz Zeynalov", role="chairman"),
                          SpeakerInput(name=f"Arshad Khankishiyev {speaker}", role="guest")],
                attendance=150,
            ))
    return ends


def test_the_events_list_prints_one_page_wide_legibly_with_its_header_on_every_page(
    database: Database, tmp_path: Path
):
    ends = long_titled_events(database, 60)
    out = tmp_path / "events.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("events",)))
    events = [page for page in printed_pages(out) if "Events — page" in " ".join(words(page))]
    assert len(events) >= 2  # 60 events of several lines each
    for page in events:
        # every printed column on every page, under its header
        assert {"Title", "Organizers", "Speakers", "Attendance"} <= set(words(page))
        # no smaller than the widest tables print (PRINT_PAGE_WIDTH: about 6 points)
        assert text_size(page) >= 6
    printed = {word for page in events for word in words(page)}
    # every title and speaker to its last word: wrapped in a row tall enough, not cut
    assert [end for end in ends if end not in printed] == []
    assert load_workbook(out)["Events"].print_options.gridLines  # rows apart on paper


def test_a_long_report_title_wraps_on_the_cover_instead_of_shrinking_it(
    database: Database, tmp_path: Path
):
    with database.sessions.begin() as session:
        load_sample(session)
    title = ("Отчёт о мероприятиях азербайджанской диаспоры, посвящённых 33-й годовщине "
             "Ходжалинского геноцида, в субъектах Российской Федерации за первый квартал "
             "2025 года, подготовленный для комитета по работе с диаспорой")
    assert len(title) >= 200
    short, long = tmp_path / "short.xlsx", tmp_path / "long.xlsx"
    export_workbook(database, short, ReportOptions(sheets=("cover",), language="ru"))
    export_workbook(database, long, ReportOptions(sheets=("cover",), language="ru",
                                                  title=title))
    usual, cover = printed_pages(short)[0], printed_pages(long)[0]
    # the cover's text prints as large as under a short title, the title whole on it
    assert text_size(cover) == text_size(usual)
    assert set(title.split()) <= set(running_words(cover))
    width, height = to_pdf(long)[0]
    assert width < height  # the cover upright, as always


def test_narrow_columns_print_their_long_words_whole(database: Database, tmp_path: Path):
    """A Russian list printed "Калининградск" / "ая область" and "азербайджан" / "цев" in
    every row: its Region and Occasion columns were narrower than those words."""
    with database.sessions.begin() as session:
        store = EventStore(session, user="tester")
        for index in range(3):
            store.save(EventInput(
                title=f"Вечер памяти {index}", start_date=dt.date(2025, 3, 31 - index),
                country="Russia", region="Kaliningrad Oblast", city="Kaliningrad",
                occasion="Day of the Genocide of Azerbaijanis"))
    out = tmp_path / "events.xlsx"
    export_workbook(database, out, ReportOptions(sheets=("events",), language="ru"))
    printed = collections.Counter(word for page in printed_pages(out) for word in words(page))
    assert printed["Калининградская"] == printed["азербайджанцев"] == 3
