"""How many people came: "около 150 человек", "150-dən çox nəfər", "about 150 people attended".

A count is the attendance only when its noun is people and the clause says they came:
a participant noun ("участников", "iştirakçı", "guests") says it by itself; a plain one
("человек", "nəfər", "people") needs a verb of coming or taking part nearby ("собрались",
"iştirak edib", "attended"). The victims of a tragedy ("погибли 613 человек"), a date, an
anniversary ("150-летие"), an age ("от 7 до 12 лет") or money are never counts of people:
they have no people noun right after the number, or a verb of killing. "около", "более",
"-dən çox", "about" or a range make the count approximate, which the draft tells the clerk.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from desktop.extraction.dates import MONTHS
from desktop.extraction.russian import morph_parses
from desktop.extraction.text import Sentence, wordset


@dataclass(frozen=True)
class AttendanceHit:
    """A count of people with the words it was read from (report offsets)."""

    number: int
    approximate: bool
    start: int
    end: int
    words: str


def find_attendance(sentences: list[Sentence], language: str) -> AttendanceHit | None:
    """The first count of people who came that the sentences give."""
    rules = _RULES.get(language, _RULES["en"])
    for sentence in sentences:
        for hit in _counts(sentence, rules):
            return hit
    return None


@dataclass(frozen=True)
class _Rules:
    numbers: Callable[[str], Iterator[tuple[int, int, int]]]
    """(value, start, end) of each number written in a sentence."""
    after: re.Pattern[str]
    """What may stand between a number and its words: a range's second number (``range``),
    an approximating word or suffix (``more``: "с лишним", "-dən çox", "+")."""
    participant: Callable[[str], bool]
    person: Callable[[str], bool]
    adjective: Callable[[str], bool]
    about_before: re.Pattern[str]
    came: re.Pattern[str]
    harmed: re.Pattern[str]
    """What was done to the counted people ("погибли", "were killed", "qətlə yetirilib"),
    as a predicate: "в память погибших собрались 200 человек" is a count of who came."""
    harmed_before: bool
    """Whether that predicate may stand before the count ("погибли 613 человек"); an
    Azerbaijani one follows its subject, so words before are about others."""


_WORD_AFTER_RE = re.compile(r"\s+([^\W\d_][\w'’-]*)")
_WORD_BEFORE_RE = re.compile(r"(\w+)\.?\s+$")


def _counts(sentence: Sentence, rules: _Rules) -> Iterator[AttendanceHit]:
    text = sentence.text
    for value, start, end in rules.numbers(text):
        month = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
        if month is not None and month.group(1).casefold() in MONTHS:
            continue  # "on March 5 people gathered": a day
        after = rules.after.match(text, end)  # its parts are optional: it always matches
        found = _people_noun(text, after.end(), rules) if after is not None else None
        if after is None or found is None:
            continue
        participant, noun_end = found
        opening = _clause_start(text, start)
        before = text[max(opening, start - 40) : start] if rules.harmed_before else ""
        if rules.harmed.search(before + " " + text[noun_end : noun_end + 25]):
            continue  # "погибли 613 человек", "613 civilians were killed"
        if not participant and not rules.came.search(text, opening, noun_end + 60):
            continue  # "община насчитывает 300 человек": no one came anywhere
        about = rules.about_before.search(text, max(0, start - 30), start)
        first = about.start() if about else start
        approximate = bool(about or after.group("range") or after.group("more"))
        yield AttendanceHit(
            value, approximate, sentence.start + first, sentence.start + noun_end,
            text[first:noun_end],
        )


def _people_noun(text: str, position: int, rules: _Rules) -> tuple[bool, int] | None:
    """(a participant noun?, its end) when a people noun follows, at most two adjectives
    after ``position`` ("более 200 юных участников"); None for "лет", "рублей", "мая"."""
    for _word in range(3):
        match = _WORD_AFTER_RE.match(text, position)
        if match is None:
            return None
        word = match.group(1)
        if rules.participant(word):
            return True, match.end()
        if rules.person(word):
            return False, match.end()
        if not rules.adjective(word):
            return None
        position = match.end()
    return None


def _clause_start(text: str, start: int) -> int:
    """Where the clause of a count opens: after the last comma, colon or dash before it.
    What the counted people did is said from there to a little after the count ("150
    people attended")."""
    return max(text.rfind(mark, 0, start) for mark in ",;:—") + 1


_DIGITS_RE = re.compile(r"(?<![\w.,/№-])(\d{1,3}(?:[,\u00a0 ]\d{3})+|\d{1,6})(?![\d,.]\d)")


def _digit_numbers(text: str) -> Iterator[tuple[int, int, int]]:
    for match in _DIGITS_RE.finditer(text):
        yield int(re.sub(r"\D", "", match.group())), match.start(), match.end()


# --- Russian ---------------------------------------------------------------------------------

_RU_NUMERALS = {
    "десять": 10, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100,
    "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
    "семьсот": 700, "восемьсот": 800, "девятьсот": 900, "тысяча": 1000,
}


def _ru_numeral(word: str) -> int | None:
    """ "ста" -> 100, "двухсот" -> 200, "тысячи" -> 1000 (by pymorphy3's lemma)."""
    for parse in morph_parses(word.casefold()):
        if parse.tag.POS in ("NUMR", "NOUN") and parse.normal_form in _RU_NUMERALS:
            return _RU_NUMERALS[parse.normal_form]
    return None


def _russian_numbers(text: str) -> Iterator[tuple[int, int, int]]:
    """Numbers in digits and in words ("более ста человек", "двухсот пятидесяти гостей")."""
    yield from _digit_numbers(text)
    total = start = end = 0
    for match in re.finditer(r"(?<![\w-])[а-яё]+(?![\w-])", text, re.IGNORECASE):
        value = _ru_numeral(match.group())
        if value is not None and total and not text[end : match.start()].strip():
            total = total * value if value == 1000 else total + value
            end = match.end()
            continue
        if total:
            yield total, start, end
        total, start, end = (value, match.start(), match.end()) if value else (0, 0, 0)
    if total:
        yield total, start, end


_RU_PARTICIPANTS = wordset("участник гость зритель посетитель слушатель делегат болельщик")


def _ru_participant(noun: str) -> bool:
    return any(p.normal_form in _RU_PARTICIPANTS for p in morph_parses(noun.casefold()))


def _ru_person(noun: str) -> bool:
    """ "человек", "жителей", "азербайджанцев": people in the genitive plural (by the
    likeliest reading: "стран-членов" is countries)."""
    best = next((p for p in morph_parses(noun.casefold()) if p.tag.POS == "NOUN"), None)
    return best is not None and "anim" in best.tag and (
        best.tag.case == "gent" or best.normal_form == "человек"
    )


def _ru_adjective(word: str) -> bool:
    return any(p.tag.POS in ("ADJF", "PRTF") for p in morph_parses(word.casefold()))


# --- Azerbaijani and English -----------------------------------------------------------------

_AZ_PARTICIPANTS = re.compile(r"(?:iştirakçı|qonaq|tamaşaçı|nümayəndə)\w*", re.IGNORECASE)
_AZ_PEOPLE = re.compile(
    r"(?:nəfər|insan|adam|şəxs|soydaş|həmvətən|həmyerli|azərbaycanlı|tələbə|uşaq|gənc"
    r"|sakin|üzv)\w*",
    re.IGNORECASE,
)
_EN_PARTICIPANTS = wordset("participants attendees guests visitors spectators viewers delegates")
_EN_PEOPLE = wordset(
    """people persons members residents students children youths compatriots
    representatives activists supporters worshippers parishioners volunteers families
    locals mourners"""
)
# "young", "local", "invited", "Ukrainian": a word between a count and its noun; not
# "pm" ("at 7 pm guests arrived") or "years"
_EN_ADJECTIVE_RE = re.compile(
    r"[A-Z][a-z]+|[a-z]+(?:al|an|ish|ese|ive|ous|ic|ful|ed|ing|ent|ant|ary|ung|ld)"
)


def _en_person(noun: str) -> bool:
    """ "people", "members", "Azerbaijanis": a nationality's plural is people too."""
    return noun in _EN_PEOPLE or re.fullmatch(r"[A-Z][a-z]+s", noun) is not None


# --- the rules of each language --------------------------------------------------------------

_RULES = {
    "ru": _Rules(
        numbers=_russian_numbers,
        after=re.compile(r"(?P<range>\s*[-–—]\s*\d+)?(?P<more>\s+с лишним)?", re.IGNORECASE),
        participant=_ru_participant,
        person=_ru_person,
        adjective=_ru_adjective,
        about_before=re.compile(
            r"(?<![\w-])(?:около|более(?: чем)?|свыше|порядка|примерно|почти|не менее"
            r"|не более|менее|больше|до|приблизительно|чуть (?:более|менее|больше)"
            r"|где-то|ориентировочно)\s+$",
            re.IGNORECASE,
        ),
        came=re.compile(
            r"собра|пришл|пришед|участ|присутств|посети|съеха|прибы|собир|объедин|почтил"
            r"|вышл",
            re.IGNORECASE,
        ),
        # finite forms only: "погибших", "жертв" are the people remembered
        harmed=re.compile(
            r"(?<![\w-])(?:погибл?[оиа]?|убит[ыоа]?|убил[иа]?|ранен[ыоа]?|замучен[ыоа]?"
            r"|расстрелян[ыоа]?|умерл[иоа]|умер|пострадал[иоа]?|пропал[иоа]? без вести"
            r"|взят[ыоа]? в (?:плен|заложники)|депортирован[ыоа]?|выселен[ыоа]?|изгнан[ыоа]?"
            r"|уничтожен[ыоа]?|казнен[ыоа]?|казнён[ыоа]?|сожжен[ыоа]?|стал[иоа]? жертвами"
            r"|стал[иоа]? инвалидами)(?![\w-])",
            re.IGNORECASE,
        ),
        harmed_before=True,
    ),
    "az": _Rules(
        numbers=_digit_numbers,
        # "150-dən çox", "100-ə yaxın", "300-dək"
        after=re.compile(
            r"(?P<range>\s*[-–—]\s*\d+)?(?P<more>-?(?:[dt][əa]n|y?[əa])\s+(?:çox|artıq|yaxın"
            r"|qədər)|-?d[əa]k)?(?!\w)",
            re.IGNORECASE,
        ),
        participant=lambda noun: bool(_AZ_PARTICIPANTS.fullmatch(noun)),
        person=lambda noun: bool(_AZ_PEOPLE.fullmatch(noun)),
        adjective=lambda _word: False,
        about_before=re.compile(r"(?<!\w)(?:təxminən|təqribən|ən azı|azı|təxmini)\s+$",
                                re.IGNORECASE),
        came=re.compile(r"iştirak|qatıl|toplaş|yığış|gəl|toplan|bir araya|izlə|ziyarət",
                        re.IGNORECASE),
        harmed=re.compile(
            r"qətlə|həlak|öldürül|şəhid|yaralan|əsir|girov|itkin|qurban|deport|didərgin"
            r"|güllələn",
            re.IGNORECASE,
        ),
        harmed_before=False,
    ),
    "en": _Rules(
        numbers=_digit_numbers,
        after=re.compile(r"(?P<range>\s*(?:[-–—]|to)\s*\d+)?(?P<more>\+|-plus)?"),
        participant=lambda noun: noun in _EN_PARTICIPANTS,
        person=_en_person,
        adjective=lambda word: _EN_ADJECTIVE_RE.fullmatch(word) is not None,
        about_before=re.compile(
            r"\b(?:about|around|approximately|nearly|almost|over|more than|some|roughly"
            r"|at least|up to|close to|upwards of|in excess of|fewer than|less than"
            r"|an estimated|estimated)\s+$",
            re.IGNORECASE,
        ),
        came=re.compile(
            r"\b(?:attend\w*|took part|take part|taking part|participat\w*|gathered|gather"
            r"|came|come|joined|turned out|were present|in attendance|packed|filled"
            r"|welcomed|drew|brought together|visited|turnout)\b",
            re.IGNORECASE,
        ),
        harmed=re.compile(
            r"\b(?:killed|died|murdered|massacred|slaughtered|wounded|injured|perished"
            r"|deported|went missing|taken (?:captive|hostage|prisoner)|expelled|executed"
            r"|tortured|lost their lives)\b",
            re.IGNORECASE,
        ),
        harmed_before=True,
    ),
}
