"""Which bodies organized, co-organized, hosted or supported an event.

Only bodies the text names in an organizing role count: the subject of "held an event"
and the agent of "organized by", "with the support of", "at the initiative of". A body
that is only mentioned (a foundation that prepared a video, the agency
that reports, an official) is not an organizer. "The committee" or "the organization"
is resolved to the full name written earlier in the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from db.models import OrganizerRole
from desktop.extraction.organizers_az import organizers_az
from desktop.extraction.organizers_de import organizers_de
from desktop.extraction.organizers_ru import organizers_ru
from desktop.extraction.text import Sentence
from desktop.extraction.vocab import (
    EVENT_NOUNS_EN,
    ORG_CONNECTORS_EN,
    ORG_HEADS_EN,
    ORG_HEADS_RU,
    ORG_LOWER_WORDS_EN,
    ORG_STOP_AFTER_EN,
    ROLE_WORDS_EN,
)

_WORD_RE = re.compile(
    r"\"[^\"]{1,80}\"|“[^”]{1,80}”|«[^»]{1,80}»|„[^“”]{1,80}[“”]|\([A-Z][A-Za-z]{1,9}\)"
    r"|(?<!\w)'[A-Z][^'\n]{0,60}'(?!\w)"
    r"|(?:[A-Z]\.){2,}(?=\s)|\w(?:[\w'’`&-]|\.(?=\w))*|[,]",  # "U.S." is one word
    re.UNICODE,
)

_AGENT_RES: list[tuple[re.Pattern[str], OrganizerRole]] = [
    (
        re.compile(
            r"\b(?:co-organi[sz]ed|jointly organi[sz]ed)\s+by\s+", re.IGNORECASE
        ),
        OrganizerRole.CO_ORGANIZER,
    ),
    (
        re.compile(
            r"\b(?:organi[sz]ed|hosted|arranged|held|staged|conducted|sponsored|initiated|"
            r"prepared and held|run|put together|coordinated)\s+(?:jointly\s+)?by\s+",
            re.IGNORECASE,
        ),
        OrganizerRole.ORGANIZER,
    ),
    (
        re.compile(
            r"\b(?:was|were) (?:held|organi[sz]ed|hosted|staged|arranged)\b"
            r"(?:(?!\bby\b)[^.;]){1,80}?\bby\s+",
            re.IGNORECASE,
        ),
        OrganizerRole.ORGANIZER,
    ),
    (
        re.compile(
            r"(?<=[\w\"”»),]) (?:(?:together|jointly) with|in (?:close )?(?:cooperation"
            r"|collaboration|partnership) with)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?",
            re.IGNORECASE,
        ),
        OrganizerRole.CO_ORGANIZER,
    ),
    (
        re.compile(
            r"\b(?:with|under) the (?:organi[sz]ational |active |financial |direct )?"
            r"(?:support|assistance|help|sponsorship|patronage|auspices) of\s+"
            # "The festival was supported by X": the passive of the same support
            r"|\b(?:was|were|is|are|will be)\s+(?:also\s+)?(?:supported|funded|assisted)"
            r"\s+by\s+",
            re.IGNORECASE,
        ),
        OrganizerRole.SUPPORTER,
    ),
    (
        re.compile(r"\b(?:at|on) the initiative of\s+", re.IGNORECASE),
        OrganizerRole.ORGANIZER,
    ),
    (  # "At the invitation of the X Center, members gathered ...": who invited hosted it
        re.compile(r"\b(?:at|on|upon) the invitation of\s+", re.IGNORECASE),
        OrganizerRole.HOST,
    ),
    (  # German: "organisiert vom Verein X", "veranstaltet von der Gemeinde X"
        re.compile(
            r"\b(?:organisiert|veranstaltet|ausgerichtet|initiiert)\w*\s+(?:wurde\s+)?"
            r"(?:\w+\s+){0,3}?(?:von\s+(?:der|dem|den)|vom|durch\s+(?:die|den|das))\s+",
            re.IGNORECASE,
        ),
        OrganizerRole.ORGANIZER,
    ),
    (
        re.compile(
            r"\bmit (?:der )?Unterstützung (?:der|des|von)\s+"
            r"|\bin Zusammenarbeit mit\s+(?:der|dem)?\s*",
            re.IGNORECASE,
        ),
        OrganizerRole.SUPPORTER,
    ),
]
_SEAT_AFTER_RE = re.compile(
    r"\s+(?:acting|based|operating|active|located|functioning|registered)\s+in\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
)
_ORGANIZED_BEFORE_RE = re.compile(r"\b(?:organi[sz]ed|co-organi[sz]ed|held|hosted)\b")
_SUBJECT_VERB_RE = re.compile(
    # "has formally commemorated", "is holding", "will also host"
    r"\b(?:(?:has|have|had|also|jointly|is|are|(?!only\b)[a-z]+ly) )*"
    r"(?:held|hosted|organi[sz]ed|arranged|staged|marked|hosts|hosting|holding|organi[sz]ing"
    r"|celebrated|commemorated|conducted|hold|holds|organi[sz]es"
    r"|will (?:also |jointly )?(?:hold|host|stage|organi[sz]e|mark|celebrate|commemorate)"
    r"|veranstaltete|organisierte|veranstalten|organisieren)\b",
)
# "The Embassy, together with the X Society, hosted ...": the pair is the verb's subject
_JOINED_SUBJECT_RE = re.compile(rf"[^.;]{{0,160}}?,\s+{_SUBJECT_VERB_RE.pattern}")
_LEADING_ADVERBIAL_RE = re.compile(
    r"^(?:(?:according to [^,]{1,80}|the next day|then|also|on [^,]{1,40}|in [^,]{1,60}"
    r"|at [^,]{1,60}"
    r"|last \w+|this \w+|yesterday|today|meanwhile|besides|in addition|moreover|"
    r"furthermore|at the same time)\s*,\s*)+",
    re.IGNORECASE,
)
_APPOSITION_RE = re.compile(
    r",?\s*(?:based|located|operating|functioning|active|acting|registered|headquartered)"
    r"\s+in\b.*$"
    r"|,\s*(?:which|who|that)\b.*$",
    re.IGNORECASE | re.DOTALL,
)

@dataclass
class OrganizerHit:
    name: str
    start: int
    end: int
    role: OrganizerRole
    sentence: int


def _is_org_like(name: str, language: str = "en") -> bool:
    """A name that looks like a body: a head word, a quoted name or an acronym."""
    if language == "ru":
        return bool(re.search(ORG_HEADS_RU, name, re.IGNORECASE)) or bool(
            re.search(r"[«\"“]", name)
        )
    words = [w.casefold().strip("\"“”«»,") for w in name.split()]
    if any(w in ORG_HEADS_EN for w in words):
        return True
    if re.search(r"[\"“«][^\"”»]+[\"”»]", name):
        return True
    acronym = re.fullmatch(r"([A-Z]{2,8})(?:'s)?", name.strip())
    return acronym is not None and not _country_code(acronym.group(1))


@lru_cache(maxsize=256)
def _country_code(word: str) -> bool:
    """ "US", "USA", "GB": a country's code after a body's seat ("X in Denver, US, held"),
    not a body's acronym."""
    import pycountry

    if len(word) == 2:
        return pycountry.countries.get(alpha_2=word) is not None
    return len(word) == 3 and pycountry.countries.get(alpha_3=word) is not None


def parse_org_name(text: str, start: int) -> tuple[int, int] | None:
    """The span of one organization name written from ``start`` in ``text`` (English).

    Takes capitalized words, quoted names, the lower-case words organizations are made
    of ("public organization of Tatars in the Omsk region") and connectors;
    stops at the first other word, a comma or a clause ("which", "based in").
    """
    pos = start
    last_good = None
    first_good = None
    words_taken = 0
    for match in _WORD_RE.finditer(text, pos):
        if match.start() > pos and text[pos : match.start()].strip():
            break
        if ORG_STOP_AFTER_EN.match(text[match.start() :]) and words_taken:
            break
        word = match.group()
        lower = word.casefold()
        if word == ",":
            break
        quoted = word[0] in "\"“«„('"
        # A number may be inside a name ("Club 21"), never its first word ("2025 the ...").
        capital = word[0].isupper() or (word[0].isdigit() and first_good is not None)
        if quoted or capital or lower in ORG_LOWER_WORDS_EN:
            if first_good is None:
                first_good = match.start()
            last_good = match.end()
            if quoted and last_good and text[last_good - 2 : last_good - 1] == ",":
                pass
        elif lower in ORG_CONNECTORS_EN or lower in ("'s", "a", "an", "with"):
            if first_good is None and lower not in ("the", "a", "an"):
                break
            following = re.match(r"\s+(?:the\s+)?(\S)", text[match.end() :])
            if lower != "the" and (following is None or not (
                following.group(1).isupper() or following.group(1) in "\"“«"
                or re.match(r"\s+(?:the\s+)?(?:regional|public|national|local|youth)\b",
                            text[match.end() :])
            )):
                break
        else:
            break
        words_taken += 1  # noqa: SIM113 - counts words taken, not loop turns
        pos = match.end()
        if words_taken > 18:
            break
    if first_good is None or last_good is None:
        return None
    return first_good, last_good


def _split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split "A, B and the C" into its names (not inside quotes)."""
    parts: list[tuple[int, int]] = []
    segment = text[start:end]
    cut = start
    depth = False
    i = 0
    while i < len(segment):
        ch = segment[i]
        if ch in "\"“”«»":
            depth = not depth if ch == '"' else (ch in "“«")
        if not depth:
            # "A (AB) and the local branch of the C": a unit "of" a body names that body
            m = re.match(
                r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?"
                r"(?:(?:\w+\s+){0,2}?(?:branch(?:es)?|divisions?|chapters?|offices?|"
                r"departments?|sections?)\s+of\s+(?:the\s+)?)?(?=[A-Z\"“«])",
                segment[i:],
            )
            if m and (ch == "," or segment[i:].startswith(" and")):
                parts.append((cut, start + i))
                cut = start + i + m.end()
                i += m.end()
                continue
        i += 1
    parts.append((cut, end))
    return [(s, e) for s, e in parts if text[s:e].strip()]


def clean_org(name: str) -> str:
    name = name.strip().strip(",;:")
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)
    name = re.sub(r"([\"”»]),\s*$", r"\1", name)
    name = name.replace(',"', '"').replace(",”", "”")
    name = re.sub(r"\s+(?:of|the|in|for|and|on)$", "", name, flags=re.IGNORECASE)
    return name.strip()


def _agent_list(sentence: Sentence, offset: int, role: OrganizerRole) -> list[OrganizerHit]:
    """Organization names written from ``offset`` (a list joined by commas and "and")."""
    text = sentence.text
    hits: list[OrganizerHit] = []
    pos = offset
    while True:
        span = parse_org_name(text, pos)
        if span is None:
            break
        start, end = span
        unit = _UNIT_AFTER_RE.match(text, end)
        if unit:  # "the X Society, Illinois Division, hosted": one body, not two
            end = unit.end()
        raw = text[start:end]
        for s, e in ([(start, end)] if unit else _split_list(text, start, end)):
            name = clean_org(text[s:e])
            if name:
                hits.append(OrganizerHit(name, sentence.start + s, sentence.start + e, role,
                                         sentence.index))
        if "and" in raw.split()[-1:]:
            break
        seat = _SEAT_AFTER_RE.match(text[end:])  # "X acting in Ukraine, Y and Z"
        if seat:
            end += seat.end()
        rest = text[end:]
        more = re.match(
            r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
            r"(?=[A-Z\"“«']|(?:regional|public|national|local)\s)",
            rest,
        )
        if not more:
            break
        pos = end + more.end()
    return hits


# ", Illinois Division", ", Southern Chapter": a unit of the body just named, set off by
# commas; it stays part of that body's name
_UNIT_AFTER_RE = re.compile(
    r",\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Division|Chapter|Branch|Section|Region)\b(?=\s*[,;.)]|\s+\w)"
)


def organizers_in(sentence: Sentence, language: str, text: str) -> list[OrganizerHit]:
    """Organizer names one sentence states (``text``: the whole report, for natasha)."""
    if language == "ru":
        return [
            OrganizerHit(name, start, end, role, sentence.index)
            for name, start, end, role in organizers_ru(sentence, text)
        ]
    if language == "az":
        return _organizers_az(sentence)
    if language == "de":
        return [
            OrganizerHit(name, sentence.start + start, sentence.start + end, role, sentence.index)
            for name, start, end, role in organizers_de(sentence.text)
        ]
    text = sentence.text
    hits: list[OrganizerHit] = []
    eventful = bool(re.search(rf"\b(?:{EVENT_NOUNS_EN})\b", text, re.IGNORECASE))
    for pattern, role in _AGENT_RES:
        for match in pattern.finditer(text):
            organized = "organi" in match.group().casefold()
            joined = "with" in match.group().casefold() and role == OrganizerRole.CO_ORGANIZER
            if joined and not (
                _ORGANIZED_BEFORE_RE.search(text[: match.start()])
                or _JOINED_SUBJECT_RE.match(text, match.end())
            ):
                continue  # "together with" only joins a body to an organizer already named
            if role != OrganizerRole.CO_ORGANIZER and not eventful and not organized:
                continue  # "at the initiative of" outside an event sentence: a campaign, not us
            for hit in _agent_list(sentence, match.end(), role):
                if (_is_org_like(hit.name) or _is_anaphor(hit.name)) and not _is_person_like(
                    hit.name
                ):
                    hits.append(hit)
    celebrants = _CELEBRATED_RE.search(text) and any(
        h.role == OrganizerRole.ORGANIZER for h in hits
    )
    if not celebrants:
        # "The X community celebrated the day with an evening organized by the Y
        # Foundation": who celebrated is not who organized, when the sentence says who did
        hits.extend(_subject_organizers(sentence))
    return _dedupe(hits)


_CELEBRATED_RE = re.compile(
    r"\b(?:celebrated|marked|commemorated)\b[^.;]{0,120}\b(?:organi[sz]ed|hosted|arranged)"
    r"\s+by\b"
)


def _subject_organizers(sentence: Sentence) -> list[OrganizerHit]:
    """The subject of "X held an event" / "X marked May 28"."""
    text = sentence.text
    verb = _SUBJECT_VERB_RE.search(text)
    if verb is None:
        return []
    after = text[verb.end() : verb.end() + 80]
    if re.match(r"\s+by\b", after):
        return []  # passive: "was held by" is handled as an agent
    subject = text[: verb.start()]
    if re.search(r"\b(?:was|were|is|are|been|be)\s*$", subject):
        return []
    wire = _WIRE_DATELINE_RE.match(subject)
    offset = wire.end() if wire else 0
    lead = _LEADING_ADVERBIAL_RE.match(subject, offset)
    offset = lead.end() if lead else offset
    while day := _LEADING_DAY_RE.match(subject, offset):  # "On 5 May the X will host ..."
        offset = day.end()
    subject_text = subject[offset:]
    subject_text = _APPOSITION_RE.sub("", subject_text)
    if not subject_text.strip():
        return []
    start = offset + (len(subject_text) - len(subject_text.lstrip()))
    if len(subject_text) > 200 or (
        re.search(rf"\b(?:{EVENT_NOUNS_EN})\b", subject_text, re.IGNORECASE)
        and not re.search(r"[\"“«]", subject_text)
    ):
        return _clause_subject(sentence, subject)
    # "A (AB), 'B' Society and the C will hold ...": every body of the subject's list.
    hits = [
        hit
        for hit in _agent_list(sentence, start, OrganizerRole.ORGANIZER)
        if hit.end <= sentence.start + verb.start()
        and _is_org_like(hit.name)
        and not _is_person_like(hit.name)
    ]
    hits = hits or _clause_subject(sentence, subject)
    return [hit for hit in hits if not _BARE_COLLECTIVE_RE.fullmatch(hit.name)]


# "CHICAGO — The X Society hosted", "HAIFA, March 21 (Agency) — ...": a wire dateline before
# the sentence's subject
_WIRE_DATELINE_RE = re.compile(r"^[^—–.]{2,80}?\s[—–]\s+")

# "On 5 May the X", "On 15 and 16 May the X", "the locally-based X", "the newly founded X":
# before the body's name
_DAYS = r"\d{1,2}(?:st|nd|rd|th)?(?:(?:\s*,\s*|\s+and\s+|\s*[-–]\s*)\d{1,2}(?:st|nd|rd|th)?)*"
_LEADING_DAY_RE = re.compile(
    rf"(?:[Oo]n|[Ii]n|[Tt]his|[Ll]ast|[Nn]ext)\s+(?:{_DAYS}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+{_DAYS}"
    r"|[A-Z][a-z]+day|\d{4})(?:,?\s+\d{4})?,?\s+(?=the\s|[A-Z\"“«])"
    r"|(?:[Tt]he\s+)?(?:[a-z]+-[a-z]+|newly \w+ed)\s+(?=[A-Z\"“«'])",
)


def _clause_subject(sentence: Sentence, subject: str) -> list[OrganizerHit]:
    """The body right before the verb when the sentence's start is not it ("Bishop X led
    a requiem, the first time the Y Society has commemorated ..."): the last body name
    that ends where the subject ends."""
    end = len(subject.rstrip())
    for start in (m.start() for m in re.finditer(r"(?<![\w'’-])[A-Z\"“«']", subject)):
        span = parse_org_name(sentence.text, start)
        if span is None or span[1] != end:
            continue
        name = clean_org(sentence.text[span[0] : span[1]])
        before = subject[max(0, start - 40) : start]
        if _is_org_like(name) and not _is_person_like(name) and not re.search(
            r"\b(?:of|for|at|in|by|with|from|to)\s+(?:the\s+)?$", before
        ):
            parts = [clean_org(sentence.text[s:e]) for s, e in _split_list(sentence.text, *span)]
            return [
                OrganizerHit(part, sentence.start + s, sentence.start + e,
                             OrganizerRole.ORGANIZER, sentence.index)
                for part, (s, e) in zip(parts, _split_list(sentence.text, *span), strict=True)
                if _is_org_like(part)
            ]
    return []


# "the Latvian community": people of a nation, no body with a name ("... community of X" is)
_BARE_COLLECTIVE_RE = re.compile(
    r"(?:[A-Z][\w-]*\s+)?(?:community|communities|diaspora|people|residents)", re.IGNORECASE
)


def _is_person_like(name: str) -> bool:
    """An official's title ("President of the Example Foundation Jane Doe")."""
    words = [w.casefold() for w in name.split()]
    titles = {"president", "vice", "chairman", "chairwoman", "minister", "ambassador", "head",
              "director", "deputy", "consul", "first", "mr", "mrs", "ms", "dr"}
    return bool(words) and (words[0] in ROLE_WORDS_EN or bool(titles & set(words[:3])))


def _is_anaphor(name: str) -> bool:
    words = name.casefold().split()
    return len(words) == 1 and words[0] in ORG_HEADS_EN


def _dedupe(hits: list[OrganizerHit]) -> list[OrganizerHit]:
    out: list[OrganizerHit] = []
    for hit in sorted(hits, key=lambda h: h.start):
        if any(h.start <= hit.start < h.end or hit.start <= h.start < hit.end for h in out):
            continue
        out.append(hit)
    return out


# --- Russian and Azerbaijani -------------------------------------------------------------

def _organizers_az(sentence: Sentence) -> list[OrganizerHit]:
    return [
        OrganizerHit(name, sentence.start + start, sentence.start + end, role, sentence.index)
        for name, start, end, role in organizers_az(sentence.text)
    ]


# --- resolving "the committee" -------------------------------------------------------------

_FULL_NAME_RE = re.compile(
    r"(?:[\"“«][^\"”»]{1,80}[\"”»]\s+)?(?:[A-Z][\w'’-]*\s+){0,6}"
    r"(?:Organization|Organisation|Association|Union|Society|Community|Centre|Center|Autonomy"
    r"|Congress|Council|Committee|Foundation|Fund|Embassy|Consulate|Club|House|Movement"
    r"|Federation|League|Mission|Assembly|Institute|Diaspora|University|Academy|Museum"
    r"|Library)"
    r"(?:\s+(?:of|for|on|in|with)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,5}(?:of\s+[A-Z][\w'’-]*)?)?"
)


def full_names(text: str) -> list[tuple[str, int]]:
    """Capitalized organization names written anywhere in the report, with offsets."""
    return [(m.group().strip(), m.start()) for m in _FULL_NAME_RE.finditer(text)]


def resolve_anaphor(name: str, before: int, text: str, known: list[str]) -> str | None:
    """The full name "the committee" (or "the Autonomy") refers to, written before it."""
    head = name.casefold().split()[-1]
    for candidate in reversed(known):
        if head in candidate.casefold().split():
            return candidate
    for candidate, _start in reversed(full_names(text[:before])):
        if head in [w.casefold() for w in candidate.split()]:
            return clean_org(candidate)
    return None
