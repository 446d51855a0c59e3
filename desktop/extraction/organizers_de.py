"""Who organized an event, in German.

The genre's formulas: "organisiert von der Gemeinde X", "veranstaltet vom Verein X",
"Veranstalter war(en) der Verein X und die Y", "auf Initiative des Vereins X", "in
Zusammenarbeit mit dem X" (a co-organizer), "mit Unterstützung der Botschaft" /
"unterstützt vom Generalkonsulat" (a supporter), and the body that is the subject of
"lud ... ein", "organisierte", "veranstaltete", "feierte", "zeigt" ("In Köln hatte der
Kulturverein X ... eingeladen"). A community centre the event took place in ("im
Kulturzentrum „X“") hosts it. Names come back in the nominative (see ``german``).
"""

from __future__ import annotations

import re

from db.models import OrganizerRole
from desktop.extraction.german import ARTICLE, head_gender, name_at, nominative

_A = rf"(?:{ARTICLE}\s+)?"
# A cue, then the list of names it governs.
_AGENT_CUES: list[tuple[re.Pattern[str], OrganizerRole]] = [
    (re.compile(rf"\b(?i:organisiert|veranstaltet|ausgerichtet|initiiert|durchgeführt)"
                rf"\s+(?:(?:wurde|werden|wird)\s+(?:(?:sie|er|es|{ARTICLE}\s+\w+)\s+)?)?"
                rf"(?:von|vom)\s+{_A}"),
     OrganizerRole.ORGANIZER),
    (re.compile(rf"\b(?:Veranstalter|Organisatoren|Organisator|Gastgeber|Ausrichter)(?:in)?"
                rf"\s+(?:ist|war|sind|waren|wird|werden)\s+{_A}"), OrganizerRole.ORGANIZER),
    (re.compile(rf"\b(?:auf|Auf)\s+(?:Initiative|Einladung)\s+{_A}"), OrganizerRole.ORGANIZER),
    # "Eingeladen hatte der Verein X", "Veranstaltet hat die Gemeinde X"
    (re.compile(rf"\b(?:Eingeladen|Organisiert|Veranstaltet|Ausgerichtet)\s+(?:hatte|hatten|hat"
                rf"|haben)\s+{_A}"), OrganizerRole.ORGANIZER),
    # "folgten der Einladung des Vereins X": who invited hosts
    (re.compile(rf"\bEinladung\s+{_A}(?=[A-ZÄÖÜ])"), OrganizerRole.HOST),
    (re.compile(rf"\b(?:in|In)\s+Zusammenarbeit\s+mit\s+{_A}"), OrganizerRole.CO_ORGANIZER),
    (re.compile(rf"\bgemeinsam\s+mit\s+{_A}"), OrganizerRole.CO_ORGANIZER),
    (re.compile(rf"\b(?:mit|Mit)\s+(?:freundlicher\s+)?Unterstützung\s+{_A}"),
     OrganizerRole.SUPPORTER),
    (re.compile(rf"\b(?:unterstützt|gefördert)\s+(?:wurde\s+\w+\s+\w+\s+|wird\s+\w+\s+\w+\s+)?"
                rf"(?:von|vom|durch)\s+{_A}"), OrganizerRole.SUPPORTER),
    (re.compile(rf"\b[Uu]nterstützt\s+(?:wurde|wird)\s+(?:{ARTICLE}\s+)?\w+\s+(?:von|vom|durch)"
                rf"\s+{_A}"), OrganizerRole.SUPPORTER),
    (re.compile(r"\b(?:im|in\s+dem)\s+(?=\w*(?:zentrum|haus)\s+[„\"“«])"),
     OrganizerRole.HOST),
]
_VERBS = (
    r"lud|luden|organisierte|organisierten|veranstaltete|veranstalteten|feierte|feierten"
    r"|beging|begingen|gedachte|gedachten|richtete|richteten|zeigt|zeigte|gab|plant|planen"
    r"|lädt|laden|veranstaltet|organisiert|feiert|begeht"
)
_PARTICIPLES = r"organisiert|veranstaltet|eingeladen|aufgerufen|ausgerichtet|gefeiert|begangen"
# The subject of an organizing verb: at the clause's start before the verb ("Der Verein X
# lud ... ein"), or after an opening place and the verb ("In Salzburg organisierte die
# Gemeinde X"), or after an auxiliary ("... hatte bereits die Gesellschaft X gefeiert").
_SUBJECT_BEFORE_RE = re.compile(rf"(?:^|:\s+)(?:(?:Auch|Bereits|Schon|Zudem)\s+)?{ARTICLE}\s+",
                                re.IGNORECASE)
_VERB_AFTER_RE = re.compile(
    rf"\s*(?:,\s*[^,]{{1,80}},\s*)?(?:[\w.]+\s+){{0,14}}?(?:{_VERBS}|{_PARTICIPLES})\b"
)
_SUBJECT_AFTER_RE = re.compile(
    rf"(?:^(?:(?:Auch|Bereits|Schon)\s+)?(?:In|Im|Auch\s+in)\s+[^,]{{1,40}}?\s+(?:{_VERBS})"
    rf"|\b(?:hatte|hat|hatten|haben)(?:\s+(?:bereits|schon|auch|erneut))?"
    rf"|(?<=[\w,]\s)(?:{_VERBS}))"
    rf"\s+{ARTICLE}\s+"
)
_PARTICIPLE_AFTER_RE = re.compile(rf"[^.;]{{0,120}}?\b(?:{_PARTICIPLES})\b")
# "die von der Botschaft ... organisiert wurde": a passive agent before its participle
_AGENT_BEFORE_RE = re.compile(rf"\b(?:von|vom)\s+{_A}")
_AND_RE = re.compile(rf"\s*(?:,|und|sowie)\s+(?:{ARTICLE}\s+)?")


def organizers_de(text: str) -> list[tuple[str, int, int, OrganizerRole]]:
    """(name in the nominative, start, end, role) of the bodies a German sentence names as
    organizing, co-organizing, hosting or supporting; offsets are in ``text``."""
    found: list[tuple[str, int, int, OrganizerRole]] = []
    for pattern, role in _AGENT_CUES:
        for match in pattern.finditer(text):
            found.extend(_names_from(text, match.end(), role))
    for match in _SUBJECT_BEFORE_RE.finditer(text):
        span = name_at(text, match.end())
        if span is not None and _VERB_AFTER_RE.match(text, span[1]):
            found.extend(_names_from(text, match.end(), OrganizerRole.ORGANIZER))
    for match in _SUBJECT_AFTER_RE.finditer(text):
        participle = bool(re.search(r"\bhat", match.group()))
        span = name_at(text, match.end())
        if span is not None and (not participle or _PARTICIPLE_AFTER_RE.match(text, span[1])):
            found.extend(_names_from(text, match.end(), OrganizerRole.ORGANIZER))
    for match in _AGENT_BEFORE_RE.finditer(text):
        hits = _names_from(text, match.end(), OrganizerRole.ORGANIZER)
        if hits and _PARTICIPLE_AFTER_RE.match(text, hits[-1][2]):
            found.extend(hits)
    out: list[tuple[str, int, int, OrganizerRole]] = []
    for hit in sorted(found, key=lambda h: h[1]):
        if not any(hit[1] < other[2] and other[1] < hit[2] for other in out):
            out.append(hit)
    return out


def _names_from(
    text: str, start: int, role: OrganizerRole
) -> list[tuple[str, int, int, OrganizerRole]]:
    """The name at ``start`` and those joined to it by "und" / "sowie" / a comma."""
    out: list[tuple[str, int, int, OrganizerRole]] = []
    while True:
        span = name_at(text, start)
        if span is None or not _is_body(text[span[0] : span[1]]):
            break
        out.append((nominative(text[span[0] : span[1]]), span[0], span[1], role))
        joined = _AND_RE.match(text, span[1])
        if joined is None:
            break
        start = joined.end()
    return out


def _is_body(name: str) -> bool:
    """A name with a body's head noun, or a quoted name after a centre ("Kulturzentrum
    „X“"); a bare anaphor ("des Vereins") is no name."""
    words = name.split()
    heads = [w for w in words if head_gender(w)]
    return bool(heads) and (len(words) > 1 or (len(name) > 3 and name[0] in "„\"“«"))
