"""The letters of a text file whichever way an office saved it: Unicode (UTF-8, Notepad's and
Excel's UTF-16 "Unicode"), or a Russian, Azerbaijani/Turkish or Western European code page.

Used alike by the CSV import and the reports read for extraction, so that a file is read
the same way wherever the clerk opens it.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass

from charset_normalizer import from_bytes

ENCODINGS = ["utf_8", "utf_16", "utf_32", "cp1251", "cp1254", "cp1252", "koi8_r", "cp866"]
"""What offices save text in: Unicode (Excel's "Unicode Text" is UTF-16), and the Windows
and DOS code pages of Russian, Azerbaijani/Turkish and Western European systems."""

CODE_PAGE_NAMES = {
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1254": "Windows-1254 (Turkish, Azerbaijani)",
    "cp1252": "Windows-1252 (Western European)",
    "koi8_r": "KOI8-R (Cyrillic)",
    "cp866": "DOS 866 (Cyrillic)",
}
"""The code pages of :data:`ENCODINGS`, as messages name the one a file was read in."""
OFFICE_CODE_PAGES = ("cp1251", "cp1254", "cp1252")
"""Always weighed: a short file may leave the detector without the right one."""
CHAOS_MARGIN = 0.1
"""Detector readings this much messier than its best are not weighed."""
SAMPLE_CHARS = 16_384
"""How much of a text's start is weighed between code pages."""

_WORD = re.compile(r"[^\W\d_]+")
_ACCENTED_RUN = re.compile(r"[^\W\d_A-Za-z\u0400-\u04ff]{4,}")
_ICELANDIC = re.compile("[\u00d0\u00f0\u00dd\u00fd\u00de\u00fe]")


@dataclass(frozen=True)
class DecodedText:
    text: str
    code_page: str | None
    """The code page it was read in (a key of :data:`CODE_PAGE_NAMES`); None for Unicode."""


def decode_text(raw: bytes) -> DecodedText | None:
    """The text of ``raw`` in whichever of :data:`ENCODINGS` it was saved in; None when it
    is not text in any of them (a picture, a binary document).

    charset-normalizer finds Unicode surely; between code pages a text of a few lines gives
    it too little to go on ("Общество Азери" read as Windows-1252 looked Italian), so its
    readings and the offices' code pages are weighed by the words they make
    (:func:`_odd_words`), its own order settling a tie."""
    if not raw:
        return DecodedText("", None)
    found = from_bytes(raw, cp_isolation=ENCODINGS)
    best = found.best()
    if best is None:
        return None
    if best.encoding not in CODE_PAGE_NAMES:
        return DecodedText(str(best), None)
    readings: dict[str, str] = {}
    for match in found:
        if match.encoding in CODE_PAGE_NAMES and match.chaos <= best.chaos + CHAOS_MARGIN:
            readings.setdefault(match.encoding, str(match))
    for code_page in OFFICE_CODE_PAGES:
        with suppress(UnicodeDecodeError):
            readings.setdefault(code_page, raw.decode(code_page))
    code_page = min(readings, key=lambda name: _odd_words(readings[name][:SAMPLE_CHARS]))
    return DecodedText(readings[code_page], code_page)


def _odd_words(text: str) -> int:
    """Words no office writes, the marks of a wrong code page: Latin and Cyrillic letters
    in one word ("fьr": German read as Windows-1251), four accented Latin letters in a
    row ("Îáùåñòâî": Russian read as Windows-1252), Icelandic letters (Windows-1252 has
    Ð Ý Þ where Windows-1254 has Azerbaijani Ğ İ Ş)."""
    odd = 0
    for word in _WORD.findall(text):
        cyrillic = any("\u0400" <= letter <= "\u04ff" for letter in word)
        latin = any(letter.isascii() or "\u00c0" <= letter <= "\u024f" for letter in word)
        if (cyrillic and latin) or _ACCENTED_RUN.search(word) or _ICELANDIC.search(word):
            odd += 1
    return odd
