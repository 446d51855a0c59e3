"""Who published the report, who passed it on, its dateline and its publication date.

Agency reports open with a dateline ("BAKU, Azerbaijan, March 4.", "Baku, January 21
(Agency).", "БАКУ, 4 марта. /Агентство/") and name their source in a formula ("a source in
the committee ... told the agency", "the paper reports, citing ..."). The year is often
missing: it comes from a date line, the caller, or the occasion and anniversary
("33rd anniversary of the Khojaly genocide" -> 1992 + 33 = 2025).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from desktop.extraction.dates import MONTHS, month_number

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

DATELINE_RE = re.compile(
    rf"^(?P<place>[A-ZА-ЯЁ][\w'’.-]*(?:[ -][A-ZА-ЯЁ][\w'’.-]*){{0,2}})(?:,\s*D\.C\.)?"
    rf"(?:,\s*(?P<country>[A-ZА-ЯЁ][\w'’-]+(?: [A-Z][\w'’-]+)?))?"
    rf"(?:,|\.(?=\s+\d))\s*(?:(?P<month1>{_MONTH_ALT})\.?\s+(?P<day1>\d{{1,2}})|(?P<day2>\d{{1,2}})\.?\s+(?P<month2>{_MONTH_ALT})"
    # "Hamburg, 31.12.2023 – ...": a numeric day of the report (not a list's "Town, 21.02.:")
    rf"|(?P<day3>\d{{1,2}})\.(?P<month3>\d{{1,2}})\.(?=\d{{4}}\s*(?:[-–—.]|$)))"
    rf"(?:,?\s*(?P<year>\d{{4}}))?"
    rf"\s*(?:\((?P<agency>[^)]{{2,40}})\)|/(?P<agency2>[^/]{{2,40}})/"
    rf"|\.\s*/(?P<agency3>[^/]{{2,40}})/|\.\s*(?P<agency4>[A-ZА-ЯЁƏ][\w.-]{{1,30}})/)?"
    rf"\s*[.:\-–—]?(?=\s|$)",
    re.IGNORECASE,
)
# "SEATTLE, Washington (March 24, 2025) – ...": a press release's day in brackets.
_BRACKETED_DATELINE_RE = re.compile(
    rf"^(?P<place>[A-ZА-ЯЁ][\w'’.-]*(?:[ -][A-ZА-ЯЁ][\w'’.-]*){{0,2}})"
    rf"(?:,\s*(?P<country>[A-ZА-ЯЁ][\w'’.-]+(?: [A-Z][\w'’-]+)?))?\s*\("
    rf"(?:(?P<month1>{_MONTH_ALT})\.?\s+(?P<day1>\d{{1,2}})|(?P<day2>\d{{1,2}})\.?\s+(?P<month2>{_MONTH_ALT}))"
    rf",?\s*(?P<year>\d{{4}})?\s*(?:г\.|года)?\)\s*[.:\-–—]?(?=\s|$)",
    re.IGNORECASE,
)
# "CHICAGO — The society hosted ...": a wire dateline of a town in capitals with no day.
_CAPS_DATELINE_RE = re.compile(
    r"^(?P<place>[A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]+(?: [A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]+){0,2})"
    r"(?:,\s*(?P<country>[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’-]+)?))?\s+[—–-]\s+(?=\S)"
)
_HEADER_DATE_RES = [
    re.compile(r"^\s*date\s*[:=]?\s*(?P<iso>\d{4}-\d{2}-\d{2})", re.IGNORECASE),
    re.compile(r"(?P<iso>\d{4}-\d{2}-\d{2})"),
    re.compile(
        rf"\b(?P<day>\d{{1,2}})\.?\s+(?P<month>{_MONTH_ALT})\.?\s*,?\s+(?P<year>\d{{4}})\b", re.I
    ),
    re.compile(rf"\b(?P<month>{_MONTH_ALT})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<year>\d{4})\b"),
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<year>\d{4})\b"),
]
# A page date cut at its start ("une 13, 2019"): a lower-case word alone with a day and year.
_CUT_MONTH_LINE_RE = re.compile(
    r"^\s*(?P<cut>[a-zа-яёə]{3,})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\s*$"
)
_SOURCE_LINE_RE = re.compile(r"^\s*#\s*source\s*:\s*(?P<url>\S+)", re.IGNORECASE | re.MULTILINE)
_HEADER_PREFIX_RE = re.compile(r"^\s*date\s*[:=]?\s*\d{4}-\d{2}-\d{2}\s*", re.IGNORECASE)

# Publisher formulas: the agency's name is group "pub".
_AGENCY = r"(?P<pub>[A-ZА-ЯЁ\"«][\w'’\"»-]*(?:[ -][A-Z][\w'’-]*){0,2})"
_PUBLISHER_RES = [
    re.compile(rf"\btold {_AGENCY}"),
    re.compile(rf"{_AGENCY}['’]?s? (?:news agency )?reports?\b"),
    re.compile(rf"\b(?:reports|reported|according to) {_AGENCY}(?: news agency)?\b"),
    re.compile(rf"\((?:MENAFN-\s*)?{_AGENCY}\)"),
    re.compile(rf"/{_AGENCY}/"),
    re.compile(rf"\b(?:сообщает|передает|передаёт|сообщили|сообщил|сообщила) {_AGENCY}"),
    re.compile(
        r"(?P<pub>\"?[A-ZƏ][\w'’-]*\"?)(?:['’]?(?:un|ün|nun|nün|in|ın))? (?:[\w ]{0,30})?"
        r"xəbər verir"
    ),
]
_NOT_PUBLISHERS = {"it", "he", "she", "they", "the", "this", "source", "participants", "speakers"}

_VIA_RES = [
    re.compile(
        r"\b(?:a |the )?sources? (?:in|at|from) (?:the )?(?P<via>[A-Z][^,.;]{3,120}?)"
        r" (?:told|said|reported|informed)\b"
    ),
    re.compile(r"\b(?:citing|via|quoting) (?:the )?(?P<via>[A-Z][^,.;]{2,120})"),
    re.compile(r"(?:^|[,.]\s+)(?:the )?(?P<via>[A-Z][\w ]{3,120}?(?:Committee|Ministry|Agency|"
               r"Embassy|Service|Office|Department)[\w ]{0,80}?) told\b"),
    re.compile(r"\bAccording to (?:the )?(?P<via>(?:[A-Z][\w-]*|of|on|for|with|the)"
               r"(?: (?:[A-Z][\w-]*|of|on|for|with|the))*)\b"),
    re.compile(r"\bсо ссылкой на (?P<via>[^,.;]{3,120})"),
    re.compile(r"\bисточник в (?P<via>[^,.;]{3,120}?) сообщил"),
]


@dataclass
class SourceInfo:
    publisher: str | None = None
    via: str | None = None
    dateline: str | None = None
    dateline_text: str | None = None
    published: dt.date | None = None
    language: str = "en"
    url: str | None = None
    year_known: bool = False
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    dateline_span: tuple[int, int] | None = None
    dateline_month_day: tuple[int, int] | None = None
    dateline_area: str | None = None
    """What the dateline writes after its town ("Ontario" in "KINGSTON, Ontario, ...")."""

    def as_dict(self) -> dict[str, object]:
        return {
            "publisher": self.publisher,
            "via": self.via,
            "dateline": self.dateline,
            "dateline_text": self.dateline_text,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "url": self.url,
        }


def _clean_name(text: str) -> str:
    return text.strip().strip("\"«»“”'").strip()


def _title_place(text: str) -> str:
    return text.title() if text.isupper() else text


def find_source(text: str, language: str, published: dt.date | None = None) -> SourceInfo:
    """Publisher, intermediary, dateline and (when the text says) the publication date."""
    info = SourceInfo(language=language, published=published, year_known=published is not None)
    url = _SOURCE_LINE_RE.search(text)
    if url:
        info.url = url.group("url")
    head = text[:2000]
    # The dateline: at the start of a line within the first lines.
    for line in re.finditer(r"^[^\n]*$", head, re.MULTILINE):
        raw = line.group()
        prefix = _HEADER_PREFIX_RE.match(raw)
        offset = line.start() + (prefix.end() if prefix else 0)
        candidate = text[offset : line.end()].lstrip(" -–—")
        offset += len(text[offset : line.end()]) - len(candidate)
        match = DATELINE_RE.match(candidate) or _BRACKETED_DATELINE_RE.match(candidate)
        if match is None:
            caps = _CAPS_DATELINE_RE.match(candidate)
            if caps:
                info.dateline = _title_place(caps.group("place"))
                info.dateline_text = candidate[: caps.end()].rstrip(" .:-–—")
                info.dateline_span = (offset, offset + caps.end())
                info.spans.append((offset, offset + len(info.dateline_text), "dateline"))
                break
        if match:
            info.dateline = _title_place(match.group("place"))
            info.dateline_text = candidate[: match.end()].rstrip(" .:-–—")
            info.dateline_span = (offset, offset + match.end())
            info.spans.append((offset, offset + len(info.dateline_text), "dateline"))
            groups = match.groupdict()
            info.dateline_area = groups["country"]
            month = month_number(groups["month1"] or groups["month2"] or "") or (
                int(groups["month3"]) if groups.get("month3") else None
            )
            day = int(next(v for v in (groups["day1"], groups["day2"], groups.get("day3")) if v))
            if month:
                info.dateline_month_day = (month, day)
            if match.group("year"):
                year = int(match.group("year"))
                if info.published is None and month:
                    info.published = _safe_date(year, month, day)
                    info.year_known = info.published is not None
            agency = (
                groups.get("agency")
                or groups.get("agency2")
                or groups.get("agency3")
                or groups.get("agency4")
            )
            if agency and not info.publisher:
                info.publisher = _clean_name(agency.replace("MENAFN-", ""))
            break
    if info.published is None:
        info.published = _header_date(head)
        info.year_known = info.published is not None
        if info.published and info.dateline_month_day:
            month, day = info.dateline_month_day
            same_year = _safe_date(info.published.year, month, day)
            if same_year and abs((same_year - info.published).days) <= 3:
                info.published = same_year  # the dateline's day is the report's day
    if info.publisher is None:
        info.publisher = _publisher(text, info)
    info.via = _via(text, info)
    return info


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _header_date(head: str) -> dt.date | None:
    """A publication date written near the top ("11 November 2023 14:05", "27 dekabr, 2025")."""
    lines = head.splitlines()[:8]
    for line in lines:
        if len(line) > 80:
            continue
        for pattern in _HEADER_DATE_RES:
            match = pattern.search(line)
            if not match:
                continue
            groups = match.groupdict()
            if groups.get("iso"):
                try:
                    return dt.date.fromisoformat(groups["iso"])
                except ValueError:
                    continue
            year = int(groups["year"])
            if groups.get("month"):
                month = month_number(groups["month"])
                day = int(groups["day"])
            else:
                month, day = int(groups["m"]), int(groups["d"])
            if month:
                found = _safe_date(year, month, day)
                if found:
                    return found
        cut = _CUT_MONTH_LINE_RE.match(line)
        month = _month_of_tail(cut.group("cut")) if cut else None
        if cut and month:
            found = _safe_date(int(cut.group("year")), month, int(cut.group("day")))
            if found:
                return found
    return None


def _month_of_tail(word: str) -> int | None:
    """The month a word ends, when it ends one month's name only ("une" -> June; not a
    whole name, which the ordinary patterns read)."""
    word = word.casefold()
    months = {n for name, n in MONTHS.items() if name.endswith(word) and name != word}
    return months.pop() if len(months) == 1 else None


def _publisher(text: str, info: SourceInfo) -> str | None:
    for pattern in _PUBLISHER_RES:
        for match in pattern.finditer(text[:3000]):
            name = _clean_name(match.group("pub"))
            if not name or name.casefold() in _NOT_PUBLISHERS or len(name) < 2:
                continue
            if name.split()[0].casefold() in _NOT_PUBLISHERS:
                continue
            start = match.start("pub")
            info.spans.append((start, start + len(match.group("pub")), "publisher"))
            return name
    return None


def _via(text: str, info: SourceInfo) -> str | None:
    for pattern in _VIA_RES:
        for match in pattern.finditer(text[:3000]):
            via = match.group("via").strip()
            via = re.split(r",| told | said | reports?\b", via)[0].strip()
            if not via or via.casefold() in {"the source", "source", "it", "him", "her"}:
                continue
            if info.publisher and via.casefold() == info.publisher.casefold():
                continue
            if len(via.split()) == 1 and via.casefold() in {"committee", "source", "statement"}:
                continue
            if via.casefold().startswith(("a statement", "the statement", "statement")):
                continue
            start = match.start("via")
            info.spans.append((start, start + len(via), "via"))
            return via
    return None
