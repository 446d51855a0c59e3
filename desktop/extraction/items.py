"""Schedules and lists of events: one draft per place of each dated or bulleted line.

Announcements often come as a list ("30 мая — посёлок X; 7 июня — Y, площадь; Z, парк",
"AUGUST 21: Festival (Town, STATE)", "- 12 March, Town: concert"). Each line starts with a
date (or a bullet), later lines without one share the last date, and a line may hold
several places separated by semicolons. Prose is never read as a list: a block needs two
item lines or more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.extraction.dates import MONTH_ALT
from desktop.extraction.text import Document, Sentence

_MONTH = MONTH_ALT
_DAYS = r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
DATE_HEAD_RE = re.compile(
    rf"^\s*(?:[-•*·▪–]\s*)?(?P<date>(?:{_DAYS})\s+(?:{_MONTH})\b\.?"
    rf"|(?:{_MONTH})\.?\s+(?:{_DAYS})(?:st|nd|rd|th)?\b)(?:,?\s+\d{{4}})?"
    # the dash of a list, not a case suffix joined to the day ("Aprelin 10-da")
    r"(?:\s*[—–:,]|\s+-|-(?!\w))\s*",
    re.IGNORECASE,
)
_BULLET_RE = re.compile(r"^\s*(?:[-•*·▪]|\d{1,2}[.)])\s+")
# Words before a settlement's name: "село X", "посёлок X", "the town of X", "X kəndi".
SETTLEMENT_CUE_RE = re.compile(
    r"(?<!\w)(?:посёлок|поселок|пос\.|пгт|село|с\.|деревня|д\.|станица|ст-ца|хутор|аул"
    r"|город|г\.|village of|town of|city of)\s*(?P<name>[A-ZА-ЯЁ][\w-]+(?:\s+[A-ZА-ЯЁ][\w-]+)?)",
)
# A line that opens on a name followed by a comma or a venue word: "Town, park", "Town square".
_LEADING_NAME_RE = re.compile(
    r"^(?P<name>[A-ZА-ЯЁ][\w’'-]+(?:[ -][A-ZА-ЯЁ][\w’'-]+)?)(?=\s*(?:,|;|$)|\s+(?:площад|парк"
    r"|сквер|улиц|проспект|набережн|стадион|дворец|дом|клуб|центр|square|park|street|avenue"
    r"|hall|stadium|center|centre|meydan|park|küçə)\w*)"
)
_PAREN_PLACE_RE = re.compile(
    r"\((?P<city>[A-Z][\w.'’ -]+?),\s*(?P<region>[A-Z][\w.'’ -]+?)\)\s*[.;]?\s*$"
)
_GENITIVE_ADJ = re.compile(r"(?:ого|его|ской|ского)$")


@dataclass
class Item:
    """One place of a list line: its text (a sub-sentence) and what the line says."""

    sentence: Sentence
    date_text: str | None
    date_start: int | None
    city: tuple[str, int, int] | None
    region: tuple[str, int, int] | None
    ranged: bool
    country: tuple[str, int, int] | None = None


def _lines(doc: Document) -> list[list[Sentence]]:
    """Sentences grouped by paragraph (one line of the pasted text each)."""
    out: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        out.setdefault(sentence.paragraph, []).append(sentence)
    return [out[key] for key in sorted(out)]


def find_items(doc: Document, first_index: int) -> tuple[set[int], list[Item]]:
    """Sentence indexes that belong to lists, and the list's items in text order."""
    lines = _lines(doc)
    text = doc.text
    marks: list[str] = []
    for line in lines:
        body = text[line[0].start : line[-1].end]
        if DATE_HEAD_RE.match(body):
            marks.append("date")
        elif _BULLET_RE.match(body):
            marks.append("bullet")
        else:
            marks.append("")
    used: set[int] = set()
    items: list[Item] = []
    index = first_index
    i = 0
    while i < len(lines):
        if not marks[i]:
            i += 1
            continue
        j = i
        block: list[int] = []
        while j < len(lines):
            body = text[lines[j][0].start : lines[j][-1].end]
            continuation = (
                not marks[j]
                and block
                and len(body) < 160
                and not body.rstrip().endswith((":", "!", "?"))
                and (body.rstrip().endswith((";", ".")) or len(body) < 80)
                and text[lines[block[-1]][0].start : lines[block[-1]][-1].end]
                .rstrip()
                .endswith((";", ",", ":"))
            )
            if marks[j] or continuation:
                block.append(j)
                j += 1
                continue
            break
        dated = sum(1 for k in block if marks[k])
        if dated < 2:
            i = max(j, i + 1)
            continue
        date_text: str | None = None
        date_start: int | None = None
        for k in block:
            line = lines[k]
            start, end = line[0].start, line[-1].end
            body = text[start:end]
            head = DATE_HEAD_RE.match(body)
            offset = 0
            if head:
                date_text = head.group("date")
                date_start = start + head.start("date")
                offset = head.end()
            elif marks[k] == "bullet":
                bullet = _BULLET_RE.match(body)
                offset = bullet.end() if bullet else 0
            for part_start, part_end in _parts(body, offset):
                piece = body[part_start:part_end]
                sentence = Sentence(
                    index=index,
                    start=start + part_start,
                    end=start + part_end,
                    text=piece,
                    paragraph=line[0].paragraph,
                )
                index += 1
                city, region = _place(piece, start + part_start)
                ranged = bool(date_text and re.search(r"\d\s*[-–]\s*\d", date_text))
                items.append(Item(sentence, date_text, date_start, city, region, ranged))
            used.update(s.index for s in line)
        i = j
    return used, items


def _parts(body: str, offset: int) -> list[tuple[int, int]]:
    """The semicolon-separated pieces of a line after its date, stripped."""
    out = []
    position = offset
    for piece in re.split(r"(;)", body[offset:]):
        if piece == ";":
            position += 1
            continue
        lead = len(piece) - len(piece.lstrip())
        stripped = piece.strip().rstrip(".")
        if stripped:
            out.append((position + lead, position + lead + len(stripped)))
        position += len(piece)
    return out


def _place(
    piece: str, offset: int
) -> tuple[tuple[str, int, int] | None, tuple[str, int, int] | None]:
    """The settlement (and region, when written in brackets) an item names first."""
    paren = _PAREN_PLACE_RE.search(piece)
    if paren:
        return (
            (paren.group("city").strip(), offset + paren.start("city"), offset + paren.end("city")),
            (
                paren.group("region").strip(),
                offset + paren.start("region"),
                offset + paren.end("region"),
            ),
        )
    leading = _LEADING_NAME_RE.match(piece)
    if leading:
        return _trim(leading.group("name"), offset + leading.start("name")), None
    cue = SETTLEMENT_CUE_RE.search(piece)
    if cue:
        return _trim(cue.group("name"), offset + cue.start("name")), None
    return None, None


def _trim(name: str, start: int) -> tuple[str, int, int]:
    """Drop a district adjective in the genitive after the name ("X Северного района")."""
    words = name.split()
    if len(words) == 2 and _GENITIVE_ADJ.search(words[1]):
        name = words[0]
    return name, start, start + len(name)
