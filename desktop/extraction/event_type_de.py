"""What kind of event a German report tells of, from the words of its introducing sentences.

German compounds carry the kind ("Gedenkveranstaltung", "Fotoausstellung", "Festabend",
"Konferenz"). A format that is the event (a conference, a round table, an exhibition that
is shown) gives its type; a festive word (Fest, Feier, Empfang, Festabend) makes a
celebration even of an occasion that is a commemoration day (a birthday); a word of
mourning (Gedenken, Trauer, Mahnwache, Kranzniederlegung) a memorial event. A concert is
the event only when nothing festive is told around it (the concert of a Novruz party is an
item of the party).
"""

from __future__ import annotations

import re

_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("meeting", re.compile(r"videobrücke|videokonferenz|telebrücke")),
    ("conference", re.compile(r"konferenz|symposium|fachtagung|\btagung|kongress\b(?!es)")),
    ("round_table", re.compile(r"runde[rnm]? tisch|rundtischgespräch")),
    ("seminar", re.compile(r"\bseminar|\bworkshop")),
    ("competition", re.compile(r"wettbewerb|turnier|meisterschaft")),
    ("exhibition", re.compile(
        r"ausstellung\w*\b[^.;]{0,80}\b(?:eröffnet|gezeigt|zu sehen)"
        r"|(?:zeigt|zeigte|zeigen|eröffnete|eröffnet)\b[^.;]{0,80}ausstellung"
    )),
]
_MOURNING_RE = re.compile(
    r"gedenk|gedacht|trauer|mahnwache|kranzniederlegung|schweigeminute|opfer|erinnert"
)
_FESTIVE_RE = re.compile(
    r"\w*fest\b|\w*festes\b|feier|gefeiert|empfang|festabend|kulturabend|festveranstaltung"
    r"|\w*abend\b"
)
_CONCERT_RE = re.compile(r"\bkonzert\w*\b[^.;]{0,80}\b(?:statt|gegeben)|\bgab\b[^.;]{0,40}konzert")


def event_type_de(text: str) -> str | None:
    """The event type code a German event's introducing sentences give, if they give one."""
    lower = text.casefold()
    for code, pattern in _KINDS:
        if pattern.search(lower):
            return code
    festive = bool(_FESTIVE_RE.search(lower))
    if festive and not _MOURNING_RE.search(lower):
        return "celebration"
    if _CONCERT_RE.search(lower) and not festive:
        return "concert"
    if _MOURNING_RE.search(lower):
        return "memorial_event"
    return None
