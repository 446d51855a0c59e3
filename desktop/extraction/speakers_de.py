"""Who spoke at an event, in German, with the role and body the text gives them.

The genre's shapes: a role and its body before the name in commas ("Der Vorsitzende des
Vereins, Kamran Aliyev, erinnerte ..."), the name with its role in apposition ("Elnur
Gasimov, Vorsitzender des Vereins, sagte ..."), and a role word right before the name
("ergriff Botschafter X das Wort", "die Bundestagsabgeordnete X", "der Historiker Prof. Dr.
X von der Universität Y"). Only sentences that tell of speaking count ("sprach",
"hielt eine Rede", "ergriff das Wort", "betonte", "Grußworte"): a chairman who hands out
certificates or a pupil who recites poems is no speaker. A body named only by its kind
("des Vereins") is the organizer of that kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.extraction.german import find_head, head_gender, nominative
from desktop.extraction.speakers import SpeakerHit
from desktop.extraction.text import Sentence, wordset

_SPEECH_RE = re.compile(
    r"\b(?:sprach|sprachen|spricht|sprechen|sagte|sagten|betonte|betonten|erinnerte"
    r"|erinnerten|erklärte|erklärten|unterstrich|würdigte|würdigten|dankte|dankten|begrüßte"
    r"|begrüßten|eröffnete|ergriff|ergriffen|hielt|hielten|referierte|referierten|moderierte"
    r"|appellierte|mahnte|rief|hob|verwies|berichtete|berichteten|Rede|Reden|Ansprache"
    r"|Grußwort\w*|Vortrag|Vorträge|Begrüßung|Moderation|Festrede)\b"
)
_ROLE_WORD = (
    r"(?:(?=[A-ZÄÖÜ])[\wäöüß]*?(?i:vorsitzende[rn]?|präsident(?:in)?|botschafter(?:in)?"
    r"|gesandte[rn]?|konsul(?:in)?|abgeordnete[rn]?|bürgermeister(?:in)?|staatssekretär(?:in)?"
    r"|minister(?:in)?|obmann|obfrau|direktor(?:in)?|leiter(?:in)?|sprecher(?:in)?"
    r"|historiker(?:in)?|publizist(?:in)?|professor(?:in)?|vertreter(?:in)?|moderator(?:in)?"
    r"|schriftsteller(?:in)?|dichter(?:in)?|journalist(?:in)?|imam|pfarrer(?:in)?|bischof"
    r"|geschäftsführer(?:in)?|gründer(?:in)?|koordinator(?:in)?|beauftragte[rn]?|attaché"
    r"|rektor(?:in)?|politologe|politologin|wissenschaftler(?:in)?|autor(?:in)?|experte"
    r"|expertin|senator(?:in)?|stadtrat|stadträtin|landrat|landrätin|sekretär(?:in)?"
    r"|referent(?:in)?|kurator(?:in)?|zeitzeuge|zeitzeugin|überlebende[rn]?|chef(?:in)?"
    r"|kanzler(?:in)?|mitglied))(?![\wäöüß])"
)
# Nouns declined as adjectives ("der Vorsitzende", "der Gesandte", "der frühere"), unlike
# "der Politologe" or "der Experte"
_ADJECTIVAL = ("ende", "ete", "ndte", "agte", "ere", "ige")
_MODIFIER = r"(?:(?:frühere|ehemalige|stellvertretende|erste|amtierende)[rn]?\s+)"
_TITLE = r"(?:(?:Dr\.|Prof\.|Professor|Dipl\.-Ing\.|Mag\.)\s+)"
_NAME_WORD = r"[A-ZÄÖÜƏŞÇĞİ][\wäöüßəşçğıöü'’-]+"
_NAME = rf"{_TITLE}*(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
# "des Vereins", "im Auswärtigen Amt", "Aserbaidschans in Österreich" (a genitive name)
_COMPLEMENT = (
    r"(?P<comp>\s+(?:(?:des|der|im|in|von|vom|beim)\s+[^,;]{1,80}?"
    r"|[A-ZÄÖÜ][\wäöüß]{3,}s(?:\s+(?:in|bei|an|für)\s+[^,;]{1,60}?)?(?=\s*,)))"
)
_ARTICLE = r"(?P<article>der|die|Der|Die|den|dem)"

_PATTERNS = [
    # "Der Obmann des Vereins, Kamran Aliyev, ..."
    re.compile(
        rf"(?:{_ARTICLE}\s+)?(?P<mod>{_MODIFIER})?(?P<role>{_ROLE_WORD}){_COMPLEMENT}?,\s+"
        rf"{_NAME}(?=\s*[,.;]|\s*$)"
    ),
    # "Elnur Gasimov, Vorsitzender des Vereins, sagte", "Thomas Brandl, Staatssekretär im ..."
    re.compile(
        rf"{_NAME},\s+(?P<mod>{_MODIFIER})?(?P<role>{_ROLE_WORD}){_COMPLEMENT}?(?=\s*[,.;]|\s*$)"
    ),
    # "Botschafter X", "die Bundestagsabgeordnete X", "der Historiker Prof. Dr. X von der Y"
    re.compile(
        rf"(?:{_ARTICLE}\s+)?(?P<mod>{_MODIFIER})?(?P<role>{_ROLE_WORD})\s+{_NAME}"
        rf"(?P<comp>\s+(?:von|vom)\s+(?:der\s+|dem\s+)?[A-ZÄÖÜ][^,;.]{{1,60}}?)?(?=[\s,.;]|$)"
    ),
    # "Ilham Mammadov (Vorsitzender des Vereins)"
    re.compile(
        rf"{_NAME}\s*\((?P<mod>{_MODIFIER})?(?P<role>{_ROLE_WORD}){_COMPLEMENT}?\)"
    ),
    # "Die Moderation übernahm X", "moderiert von X"
    re.compile(rf"(?:Moderation\s+übernahm|moderiert\s+von|moderierte)\s+{_NAME}"),
]
# Words that a name cannot hold: German nouns and function words after a role.
_NOT_NAME_WORDS = wordset(
    "Wort Rede Ansprache Grußwort Grußworte Vortrag Anschluss Abschluss Rahmen Namen"
)


@dataclass
class GermanSpeaker:
    name: str
    start: int
    end: int
    role: str | None
    role_span: tuple[int, int] | None
    organization: str | None


def speakers_de(text: str) -> list[GermanSpeaker]:
    """The speakers a German sentence names, in order; offsets are in ``text``."""
    if not _SPEECH_RE.search(text):
        return []
    found: list[GermanSpeaker] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            name = _clean_name(match.group("name"))
            if name is None:
                continue
            start = match.start("name")
            end = start + len(name)
            if any(start < other.end and other.start < end for other in found):
                continue
            groups = match.groupdict()
            role, organization, role_span = _role(groups, match)
            found.append(GermanSpeaker(name, start, end, role, role_span, organization))
    return sorted(found, key=lambda s: s.start)


def resolve_organization(organization: str | None, organizers: list[str]) -> str | None:
    """ "Verein" (from "des Vereins") -> the organizer that is a Verein, if one is."""
    if organization is None or len(organization.split()) != 1:
        return organization
    kind = organization.casefold()
    for organizer in organizers:
        if any(w.casefold().endswith(kind) for w in organizer.split()):
            return organizer
    return organization


def _clean_name(name: str) -> str | None:
    words = name.split()
    while words and (words[-1] in _NOT_NAME_WORDS or head_gender(words[-1])):
        words.pop()
    if len(words) < 2 or any(w in _NOT_NAME_WORDS for w in words):
        return None
    return " ".join(words)


def _role(
    groups: dict[str, str | None], match: re.Match[str]
) -> tuple[str | None, str | None, tuple[int, int] | None]:
    role = groups.get("role")
    if role is None:
        return None, None, None
    modifier = (groups.get("mod") or "").strip()
    masculine = (groups.get("article") or "").casefold() == "der"
    words = [w for w in (modifier, role) if w]
    if masculine:
        # "der Vorsitzende", "der frühere Abgeordnete": the adjectival noun without its
        # article is "Vorsitzender", "früherer Abgeordneter"
        words = [w + "r" if w.casefold().endswith(_ADJECTIVAL) else w for w in words]
    text = " ".join(words)
    organization = None
    complement = (groups.get("comp") or "").strip()
    if complement:
        body = re.sub(r"^(?:des|der|im|in|von|vom|beim)\s+(?:der\s+|dem\s+)?", "", complement)
        body_words = body.split()
        head = find_head(body_words)
        if head is not None and head <= 2:
            organization = nominative(body)
            if len(body_words) == 1:
                organization = _bare_head(body_words[0])
        else:
            text = f"{text} {complement}"
    span = (match.start("role") - len(modifier) - (1 if modifier else 0), match.end("role"))
    return text, organization, span


def _bare_head(word: str) -> str:
    """ "Vereins" -> "Verein", "Hauses" -> "Haus": the kind of body an anaphor names."""
    return nominative(word)


def german_speakers(sentences: list[Sentence], organizers: list[str]) -> list[SpeakerHit]:
    """The speakers of an event's German sentences as the extractor's hits, each body named
    by its kind ("des Vereins") resolved to the event's organizer of that kind."""
    hits: list[SpeakerHit] = []
    seen: set[str] = set()
    for sentence in sentences:
        for found in speakers_de(sentence.text):
            if found.name in seen:
                continue
            seen.add(found.name)
            start, end = sentence.start + found.start, sentence.start + found.end
            spans = [(start, end, "speakers")]
            role_span = None
            if found.role_span is not None:
                role_span = (sentence.start + found.role_span[0],
                             sentence.start + found.role_span[1])
                spans.append((*role_span, "speakers.role"))
            hits.append(SpeakerHit(
                found.name, start, end, sentence.index, found.role,
                resolve_organization(found.organization, organizers), role_span, spans,
            ))
    return hits
