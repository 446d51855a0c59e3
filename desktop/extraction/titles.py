"""The event's own name, when the report gives one: «вечер поэзии «Родные напевы»», "a concert
titled “Spring Melodies”", "«Ana dilim» adlı tədbir".

A clerk titles such an event by its name, not "Праздничное мероприятие, Казань". Only a
quoted name next to the word for the event the draft is about counts: the first event word
of the draft's sentences. A quoted name after a body's word ("праздник общества «Очаг»"),
an item of the programme told later, or the umbrella an event was part of ("в рамках
фестиваля «X»") names something else.
"""

from __future__ import annotations

import re

from desktop.extraction.russian import morph_parses, phrase_nominative
from desktop.extraction.text import Sentence
from desktop.extraction.vocab import (
    EVENT_NOUNS_AZ,
    EVENT_NOUNS_EN,
    EVENT_NOUNS_RU,
    ORG_HEADS_RU,
)

_QUOTED = r"(?:«[^«»]{2,60}»|“[^“”]{2,60}”|„[^„“”]{2,60}[“”]|\"[^\"]{2,60}\")"
_NAME_RU_RE = re.compile(
    rf"(?<!\w)(?P<noun>(?:{EVENT_NOUNS_RU})[а-яё]*(?P<words>(?:\s+[а-яё-]+){{0,2}}?))"
    rf"\s+(?:под (?:названием|наименованием)\s+)?(?P<name>{_QUOTED})",
    re.IGNORECASE,
)
_NAME_EN_RE = re.compile(
    rf"\b(?:{EVENT_NOUNS_EN})\s*,?\s+(?:(?:en)?titled|called|named|dubbed)?\s*(?P<name>{_QUOTED})"
    rf"|(?P<before>{_QUOTED})\s+(?:{EVENT_NOUNS_EN})\b",
    re.IGNORECASE,
)
# not "bayram": «Novruz» bayramı is the holiday, which the fallback title names already
_NAME_AZ_RE = re.compile(
    rf"(?P<before>{_QUOTED})\s+(?:adlı\s+|başlıqlı\s+)?"
    r"(?:tədbir|mərasim|aksiya|görüş|konfrans|sərgi|konsert|yığıncaq|dəyirmi masa|festival"
    r"|müsabiqə|gecə|axşam)",
    re.IGNORECASE,
)
# "в рамках фестиваля «X»", "as part of the X festival": the umbrella, not this event
_UMBRELLA_BEFORE_RE = re.compile(
    r"(?:в рамках|в ходе|в программе|в числе|part of|during|within)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_UMBRELLA_AFTER_RE = re.compile(r"^\s*\S*\s+(?:çərçivəsində|proqramında)", re.IGNORECASE)
_EVENT_NOUN_RES = {
    "ru": re.compile(rf"(?<!\w)(?:{EVENT_NOUNS_RU})", re.IGNORECASE),
    "en": re.compile(rf"\b(?:{EVENT_NOUNS_EN})\b", re.IGNORECASE),
    "az": re.compile(rf"(?<!\w)(?:{EVENT_NOUNS_AZ}|festival|müsabiqə)", re.IGNORECASE),
}
_ORG_HEAD_RU_RE = re.compile(rf"^(?:{ORG_HEADS_RU})", re.IGNORECASE)


def event_name(sentences: list[Sentence], language: str) -> str | None:
    """The own name of the event the draft's ``sentences`` tell of, if the first word for
    the event carries one."""
    nouns = _EVENT_NOUN_RES.get(language)
    pattern = {"ru": _NAME_RU_RE, "en": _NAME_EN_RE, "az": _NAME_AZ_RE}.get(language)
    if nouns is None or pattern is None:
        return None
    for sentence in sentences:
        first = nouns.search(sentence.text)
        if first is None:
            continue
        for match in pattern.finditer(sentence.text):
            if _is_the_event(sentence.text, match, first, nouns):
                title = _title(sentence.text, match, language)
                if title:
                    return title
        return None
    return None


def _is_the_event(text: str, match: re.Match[str], first: re.Match[str], nouns: re.Pattern[str]
                  ) -> bool:
    """Whether ``match`` names the event the sentence's first event word is about, and not
    an umbrella it was part of."""
    quoted = "before" if match.groupdict().get("before") else "name"
    after_name = quoted == "before"
    noun = nouns.search(text, match.end(quoted) if after_name else match.start(), match.end())
    if noun is None or noun.start() != first.start():
        return False
    if _UMBRELLA_BEFORE_RE.search(text[max(0, match.start() - 60) : match.start()]):
        return False
    if _UMBRELLA_AFTER_RE.match(text[match.end() :]):
        return False
    words = match.groupdict().get("words") or ""
    return all(_describes_event(word) for word in words.split())


def _describes_event(word: str) -> bool:
    """A word between the event's noun and its name that still describes the event ("вечер
    поэзии"): a noun or an adjective, never a body ("праздник общества") or a preposition."""
    if _ORG_HEAD_RU_RE.match(word):
        return False
    readings = morph_parses(word.casefold())
    return bool(readings) and readings[0].tag.POS in ("NOUN", "ADJF")


def _title(text: str, match: re.Match[str], language: str) -> str:
    """Russian: the event's words in the nominative and the name ("Вечер поэзии «X»");
    English and Azerbaijani, whose event words do not stand before a name: the name."""
    name = match.groupdict().get("name") or match.group("before")
    bare = name[1:-1].strip()
    if not bare[:1].isupper() and not bare[:1].isdigit():
        return ""  # «под открытым небом»: a phrase in quotes, not a name
    if language != "ru":
        return bare
    words = phrase_nominative(_adjectives_before(text, match.start()) + match.group("noun"))
    return f"{words[:1].upper()}{words[1:]} {name}"


def _adjectives_before(text: str, position: int) -> str:
    """ "праздничный концерт «X»": the adjectives of the event's noun belong to its title."""
    start = position
    for _count in range(2):
        word = re.search(r"(?<![\w-])([а-яё-]+)\s+$", text[:start])
        if word is None or morph_parses(word.group(1))[0].tag.POS != "ADJF":
            break
        start = word.start()
    return text[start:position]
