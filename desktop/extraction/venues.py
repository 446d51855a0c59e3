"""Where an event was held: the building or institution a report names as its place.

The genre writes it as a locative: "в доме дружбы народов состоялся вечер", "во дворце
культуры «Заря»", "Azərbaycan evində Novruz qeyd edilib", "at the Ukrainian Cultural
Center", "in the cathedral hall of St. Sophia". That phrase is the event's venue,
for the clerk's form; it makes the body no organizer (organizers come from organizing
words: "организовал", "tərəfindən", "organized by"). A workplace ("professor at the
University of X", "работает в музее") and a town's centre ("в центре столицы") are no venue.
Russian words are read through pymorphy3 (a head noun in the prepositional case, its
genitive complement), so any inflected name is found, and put in the nominative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.extraction.russian import morph_parses, phrase_nominative
from desktop.extraction.text import Sentence, Token, wordset
from desktop.extraction.vocab import EVENT_NOUNS_AZ, ORG_HEADS_AZ, ROLE_WORDS_EN


@dataclass(frozen=True)
class VenueHit:
    """A venue as a clerk would type it, with the report's offsets of the words."""

    name: str
    start: int
    end: int


def find_venue(sentences: list[Sentence], language: str) -> VenueHit | None:
    """The first venue the sentences name (an event's own sentences come first)."""
    for sentence in sentences:
        if sentence.text.lstrip().startswith("#"):
            continue
        hits = venues_in(sentence, language)
        if hits:
            return hits[0]
    return None


def venues_in(sentence: Sentence, language: str) -> list[VenueHit]:
    """Every venue one sentence names, in text order."""
    if language == "ru":
        return _russian(sentence)
    if language == "az":
        return _azerbaijani(sentence)
    return _english(sentence)


# --- Russian ---------------------------------------------------------------------------------

_RU_HEADS = wordset(
    """дом дворец центр зал конференц-зал музей театр библиотека школа гимназия лицей колледж
    университет институт академия посольство консульство генконсульство представительство
    клуб галерея филармония консерватория собор храм церковь мечеть синагога кинотеатр
    ресторан кафе отель гостиница холл павильон комплекс салон дк"""
)
# "работает в музее", "учится в университете", "хранится в библиотеке": where someone
# works, studies or lives, or where a thing is kept, not where the event is
_RU_NOT_EVENT_BEFORE = re.compile(
    r"^(?:работа|работн|труд|уч[аиеё]|обуча|преподав|жив|прожива|родил|хран|располож"
    r"|наход|служ|числ|сотрудни|экспонир)"
)
_RU_OPEN_QUOTES = "«\"“„"
_RU_CLOSE_QUOTES = "»\"”“"


def _russian(sentence: Sentence) -> list[VenueHit]:
    tokens = sentence.tokens
    out: list[VenueHit] = []
    for index, token in enumerate(tokens):
        if token.lower not in ("в", "во"):
            continue
        if index and _RU_NOT_EVENT_BEFORE.match(tokens[index - 1].lower):
            continue
        hit = _russian_phrase(sentence, tokens, index + 1)
        if hit is not None:
            out.append(hit)
    return out


def _russian_phrase(sentence: Sentence, tokens: list[Token], first: int) -> VenueHit | None:
    """ "областном центре национальных культур": agreeing adjectives, a head
    noun in the prepositional case, then its genitive words, a quoted name, "имени X" or
    "№ 5"."""
    k = first
    while k < len(tokens) and k - first < 4 and _ru_adjective_loct(tokens[k].text):
        k += 1
    if k >= len(tokens) or not _ru_venue_head(tokens[k].text):
        return None
    head = k
    end = k + 1
    named = any(t.is_capitalized for t in tokens[first : head + 1])
    place = tail_head = False
    k = head + 1
    while k < len(tokens) and k - head <= 10:
        token = tokens[k]
        if token.text in _RU_OPEN_QUOTES:
            close = next((m for m in range(k + 1, min(k + 15, len(tokens)))
                          if tokens[m].text in _RU_CLOSE_QUOTES), None)
            if close is None:
                break
            named = True
            k = end = close + 1
            continue
        if token.text == "№" and k + 1 < len(tokens) and tokens[k + 1].text.isdigit():
            named = True
            k = end = k + 2
            continue
        if token.lower in ("имени", "им"):
            names = _initials_and_names(tokens, k + 1)
            if names == k + 1:
                break
            named = True
            k = end = names
            continue
        if token.lower == "и" and k > head + 1 and k + 1 < len(tokens) and _ru_genitive(
            tokens[k + 1].text
        ):
            k += 1
            continue
        # "Союза художников": people right after a body's name belong to it
        after_body = tokens[k - 1].is_capitalized and not _ru_place(tokens[k - 1].text)
        if token.is_word and _ru_genitive(token.text, people=after_body):
            if token.is_capitalized and _ru_place(token.text):
                place = True
            elif token.is_capitalized:
                named = True
            tail_head = tail_head or _ru_venue_head(token.text, case="gent")
            k = end = k + 1
            continue
        break
    # "в большом зале Приморского театра" is named (a place's building); "в центре Москвы"
    # is a town's centre
    if not (named or (place and tail_head)):
        return None
    start = tokens[first].start
    stop = tokens[end - 1].end
    written = sentence.text[start - sentence.start : stop - sentence.start]
    return VenueHit(phrase_nominative(written), start, stop)


def _initials_and_names(tokens: list[Token], k: int) -> int:
    """The index after the initials and names that follow "имени"."""
    taken = 0
    while k < len(tokens) and taken < 6:
        token = tokens[k]
        if token.text == "." or (token.is_word and token.is_capitalized):
            k += 1
            taken += 1
            continue
        break
    return k


def _ru_venue_head(word: str, case: str = "loct") -> bool:
    """A building's or an institution's noun in ``case`` ("доме", "конференц-зале", "ДК")."""
    for parse in morph_parses(word):
        lemma = parse.normal_form
        if lemma not in _RU_HEADS and lemma.rpartition("-")[2] not in _RU_HEADS:
            continue
        cases = {"loct", "loc2"} if case == "loct" else {case}
        if parse.tag.POS == "NOUN" and (parse.tag.case in cases or "Fixd" in parse.tag):
            return True
    return False


def _ru_genitive(word: str, people: bool = False) -> bool:
    """A word of a name's genitive complement ("дружбы народов Татарстана"); people
    ("представителей общины") start what happened there, not the name, unless ``people``
    may follow (after a body's name)."""
    if not re.fullmatch(r"[А-ЯЁа-яё-]+", word):
        return False
    parses = morph_parses(word)
    if any(p.tag.POS in ("VERB", "INFN", "PRTS", "ADVB", "PREP", "CONJ") for p in parses[:1]):
        return False
    return any(
        p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF")
        and (people or word[:1].isupper() or not ("anim" in p.tag and p.tag.POS == "NOUN"))
        for p in parses
    )


def _ru_adjective_loct(word: str) -> bool:
    return any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "loct" for p in morph_parses(word))


def _ru_place(word: str) -> bool:
    return any("Geox" in p.tag for p in morph_parses(word))


# --- Azerbaijani ----------------------------------------------------------------------------

_AZ_CAP = "A-ZƏÖÜÇŞİĞ"
# The head noun with its possessive and locative endings: "Evində", "Mərkəzində",
# "Muzeyində", "kitabxanasında", "Sarayında"; "-dakı" too ("Evindəki tədbir").
_AZ_HEAD = (
    r"(?i:ev|mərkəz|zal|muzey|teatr|kitabxana|məktəb|universitet|institut|akademiya"
    r"|səfirliy|konsulluğ|saray|klub|filarmoniya|konservatoriya|qalereya|kilsə|məscid"
    r"|sinaqoq|restoran|otel|kompleks|salon|kinoteatr)"
    r"(?:s?[ıiuü])n(?:da|də)(?:kı|ki)?"
)
_AZ_VENUE_RE = re.compile(
    rf"(?<![\w\"”»])(?P<name>(?:(?:[{_AZ_CAP}][\w.'’-]*|[\"“«][^\"”»]{{1,60}}[\"”»]\S*"
    rf"|adına)\s+){{1,6}}"
    # "Azərbaycan Evinin konfrans zalında": a hall of a named body
    rf"(?:(?<=n[ıiuü]n\s)(?:[a-zəöüçşğı]+\s+){{1,2}}?)?(?P<head>{_AZ_HEAD}))(?!\w)"
)
_AZ_NOT_EVENT_AFTER = re.compile(
    r"\s+(?:çalış|işlə|oxu|təhsil al|saxlan|fəaliyyət göstər)", re.IGNORECASE
)
_AZ_LEADING_NOT_NAME = re.compile(
    rf"(?:(?:{EVENT_NOUNS_AZ})\w*|\w{{3,}}(?:da|də|ta|tə|dakı|dəki|dan|dən))\s+", re.IGNORECASE
)
# A name that ends before the venue's: a body in the nominative ("... Birliyi Azərbaycan
# Evində tədbir keçirib") or people in the plural ("Gənclər ...") is the sentence's subject.
_AZ_SUBJECT_WORD = re.compile(
    rf"(?:{ORG_HEADS_AZ}|birliy|səfirliy|nümayəndəliy|konsulluğ)\w*[ıiuü][\"”»]?|\w+l[aə]r",
    re.IGNORECASE,
)


def _azerbaijani(sentence: Sentence) -> list[VenueHit]:
    out = []
    for match in _AZ_VENUE_RE.finditer(sentence.text):
        if _AZ_NOT_EVENT_AFTER.match(sentence.text, match.end()):
            continue
        start = match.start("name")
        for word in re.finditer(r"\S+", sentence.text[: match.start("head")]):
            if word.start() >= start and _AZ_SUBJECT_WORD.fullmatch(word.group()):
                start = word.end() + 1
        while lead := _AZ_LEADING_NOT_NAME.match(sentence.text, start, match.start("head")):
            start = lead.end()  # "Tədbir ...", "Ankaradakı ...": the event, the town
        written = sentence.text[start : match.end("head")]
        if len(written.split()) < 2:
            continue
        name = re.sub(r"n(?:da|də)(?:kı|ki)?$", "", written)
        out.append(VenueHit(name, sentence.start + start, sentence.start + match.end("head")))
    return out


# --- English (and German with the Latin-script rules) ----------------------------------------

_EN_HEADS = wordset(
    """house center centre hall museum library theatre theater school university college
    institute academy embassy consulate club gallery auditorium palace church cathedral
    mosque synagogue temple chapel hotel restaurant arena stadium pavilion ballroom"""
)
_EN_CONNECTORS = wordset("of for and the de &")
# Where someone works or studies: "a professor at the University of X", "studies at ..."
_EN_NOT_EVENT_BEFORE = ROLE_WORDS_EN | wordset(
    """works worked working studies studied studying teaches taught teaching lecturer
    graduate graduated graduates fellow employee employees staff students born"""
)
# A legislature's chamber adopts resolutions; it does not host the community's events.
_EN_CHAMBER_RE = re.compile(
    r"\bHouse of (?:Representatives|Commons|Lords|Delegates)\b|\bSenate\b"
)


def _english(sentence: Sentence) -> list[VenueHit]:
    tokens = sentence.tokens
    out = []
    for index, token in enumerate(tokens):
        if token.lower not in ("at", "in", "inside"):
            continue
        if index and tokens[index - 1].lower in _EN_NOT_EVENT_BEFORE:
            continue
        first = index + 1
        if first < len(tokens) and tokens[first].lower == "the":
            first += 1
        last = _english_name(tokens, first)
        if last is None:
            continue
        start, stop = tokens[first].start, tokens[last].end
        name = sentence.text[start - sentence.start : stop - sentence.start]
        if len(name.split()) >= 2 and not _EN_CHAMBER_RE.search(name):
            out.append(VenueHit(name, start, stop))
    return out


def _english_name(tokens: list[Token], first: int) -> int | None:
    """The index of a capitalized name's last word when one of its words is a building's
    or an institution's ("Azerbaijan House", "Hall of Memory of the National Museum")."""
    last: int | None = None
    has_head = False
    k = first
    while k < len(tokens):
        token = tokens[k]
        if token.is_word and (token.is_capitalized or (token.text[0].isdigit() and last)):
            last = k
            has_head = has_head or token.lower in _EN_HEADS
        elif token.text == "." and last == k - 1 and _abbreviation(tokens[k - 1].text):
            pass  # "St. Volodymyr", "U.S. Embassy"
        elif token.lower in _EN_CONNECTORS and last is not None and _capital_after(tokens, k):
            pass
        else:
            break
        k += 1
    return last if has_head else None


def _abbreviation(word: str) -> bool:
    return len(word) <= 3 and word[:1].isupper()


def _capital_after(tokens: list[Token], k: int) -> bool:
    following = tokens[k + 1 : k + 3]
    if following and following[0].lower == "the":
        following = following[1:]
    return bool(following) and following[0].is_word and following[0].is_capitalized
