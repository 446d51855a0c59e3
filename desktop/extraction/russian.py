"""Russian names through natasha (people, bodies, places) and pymorphy3 (the nominative).

Reports print names in whatever case the sentence needs ("выступили Марины Петровой",
"представителя Департамента ..."); drafts want the nominative a clerk would type.
natasha's NER (slovnet models shipped inside the wheel) finds the spans; pymorphy3 puts
each word back in the nominative, using the case of the role word the name stands next
to ("председателя X" puts X in the genitive too). The models load on first use (about
0.8 s, 150 MB), never at the application's start.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

_CASES = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
_NAME_TAGS = ("Surn", "Name", "Patr")
_INITIAL_RE = re.compile(r"^[А-ЯЁA-Z]\.(?:[А-ЯЁA-Z]\.?)?$")


@dataclass(frozen=True)
class NamedSpan:
    """A name natasha found: ``type`` PER/ORG/LOC, offsets into the text, nominative form."""

    type: str
    start: int
    end: int
    text: str
    normal: str


_LOADING = threading.Lock()


def _pipeline() -> tuple[Any, Any, Any, Any]:
    with _LOADING:  # one load, whether the warm-up thread or the extraction asks first
        return _load_pipeline()


@cache
def _load_pipeline() -> tuple[Any, Any, Any, Any]:
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    embedding = NewsEmbedding()
    return Segmenter(), NewsMorphTagger(embedding), NewsNERTagger(embedding), MorphVocab()


def warm_up() -> None:
    """Start loading natasha's models (about a second) in the background, while the
    extraction opens its reference data and builds its lexicon."""
    if _load_pipeline.cache_info().currsize == 0 and not _LOADING.locked():
        threading.Thread(target=_pipeline, name="natasha-load", daemon=True).start()


@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=8)
def named_spans(text: str) -> tuple[NamedSpan, ...]:
    """Every PER, ORG and LOC span of a Russian text, with people in the nominative."""
    from natasha import Doc

    segmenter, morph_tagger, ner_tagger, vocab = _pipeline()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morph_tagger)
    doc.tag_ner(ner_tagger)
    out = []
    cases = _list_cases(text, [s for s in doc.spans if s.type == "PER"])
    for span in doc.spans:
        raw = text[span.start : span.stop]
        stripped = raw.rstrip(" )»\"”,;:")
        end = span.start + len(stripped)
        person = _DASHED_PERSON_RE.search(stripped) if span.type == "ORG" else None
        if person is not None:
            # "Совета ветеранов – Сидорова И.П.": natasha read the body and its person as one
            body = stripped[: person.start()]
            span.normalize(vocab)
            out.append(NamedSpan("ORG", span.start, span.start + len(body), body, body))
            start = span.start + person.start("name")
            name = person.group("name")
            normal = person_nominative(name, _context_case(text, start, []))
            out.append(NamedSpan("PER", start, start + len(name), name, normal))
            continue
        if span.type == "PER":
            normal = person_nominative(stripped, cases.get(span.start))
        else:
            span.normalize(vocab)
            normal = span.normal or stripped
        out.append(NamedSpan(span.type, span.start, end, stripped, normal))
    return tuple(out)


_DASHED_PERSON_RE = re.compile(
    r"\s+[–—-]\s+(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?)$"
)
_LIST_GAP_RE = re.compile(r"\s*(?:,|и|,\s*и)\s*")


def _list_cases(text: str, people: list[Any]) -> dict[int, str | None]:
    """Each name's case (by its start); names listed together ("Марины Петровой, Расима
    Гусейнова и ...") stand in one case, so a name whose own case is unclear takes its
    list's."""
    cases = {p.start: _context_case(text, p.start, p.tokens) for p in people}
    groups: list[list[Any]] = []
    for person in people:
        if groups and _LIST_GAP_RE.fullmatch(text[groups[-1][-1].stop : person.start]):
            groups[-1].append(person)
        else:
            groups.append([person])
    for group in groups:
        known = {cases[p.start] for p in group} - {None}
        if len(known) == 1:
            for p in group:
                cases[p.start] = cases[p.start] or next(iter(known))
    return cases


def _context_case(text: str, start: int, tokens: list[Any]) -> str | None:
    """The grammatical case a name stands in: its role word's ("председателя"), else the
    tagger's when it is sure (every word of the name tagged alike)."""
    before = text[max(0, start - 40) : start]
    if re.search(r"\s[–—-]\s*$", before):
        # "представителя Комитета по делам ... – Зинева С.Н.": the nearest person's noun
        # before the dash (its body between) gives the case
        clause = re.split(r"[,;:(]", text[max(0, start - 120) : start])[-1]
        for noun in reversed(re.findall(r"[А-ЯЁа-яё]+", clause)):
            for parse in _morph().parse(noun.casefold()):
                if parse.tag.POS == "NOUN" and "anim" in parse.tag and parse.score >= 0.2:
                    case = parse.tag.case
                    return case if case in _CASES.values() else None
        return None
    word = re.search(r"(?<![А-ЯЁа-яё])([а-яё]+)\s*$", before)
    if word:
        for parse in _morph().parse(word.group(1)):
            if parse.tag.POS == "NOUN" and "anim" in parse.tag and parse.score >= 0.2:
                case = parse.tag.case
                return case if case in _CASES.values() else None
    cases = {t.feats.get("Case") for t in tokens if t.pos == "PROPN" and len(t.text) > 1}
    if len(cases) == 1:
        case = _CASES.get(next(iter(cases)))
        if case in ("gent", "accs") and tokens and _her_nominative(text, start, tokens[-1].stop):
            return "nomn"
        return case
    return None


_CLAUSE_END_RE = re.compile(r"[.!?;]\s")
_QUOTED_RE = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^“”]*”")
_WORD_RE = re.compile(r"[А-ЯЁа-яё-]+")


def _feminine_nominative(word: str) -> bool:
    return any(
        p.tag.case == "nomn" and p.tag.gender == "femn" and any(t in p.tag for t in _NAME_TAGS)
        for p in morph_parses(word)
    )


def _her_nominative(text: str, start: int, end: int) -> bool:
    """A name the tagger read as a genitive that reads as a woman's nominative too
    ("Гюльнара Керимова", not only "Гюльнар Керимов"'s genitive) is hers, in the nominative,
    when the clause's nearest past-tense verb is feminine ("выступила", "рассказала") or a
    title in the nominative stands before it over its body ("председатель клуба X")."""
    name = _WORD_RE.findall(text[start:end])
    if len(name) < 2 or not _feminine_nominative(name[-1]) or not all(
        word.endswith(("а", "я")) or _feminine_nominative(word) for word in name[:-1]
    ):  # her surname ("Гасанова"); a first name the dictionary may lack
        return False
    opening = max((m.end() for m in _CLAUSE_END_RE.finditer(text, 0, start)), default=0)
    closing = _CLAUSE_END_RE.search(text, end)
    clause_end = closing.start() if closing else len(text)
    verbs = [
        (min(abs(m.start() - end), abs(start - m.end())), parse.tag)
        for m in _WORD_RE.finditer(text, opening, clause_end)
        if not start <= m.start() < end
        for parse in morph_parses(m.group().casefold())[:1]
        if parse.tag.POS == "VERB" and parse.tag.tense == "past"
    ]
    if verbs:
        tag = min(verbs, key=lambda v: v[0])[1]
        if tag.gender == "femn" and tag.number == "sing":
            return True
    before = _QUOTED_RE.sub(" ", text[opening:start])
    for word in reversed(_WORD_RE.findall(before)[-6:]):
        parse = morph_parses(word.casefold())[0]
        if parse.tag.POS == "NOUN" and "anim" in parse.tag:
            return bool(parse.tag.case == "nomn")  # "председатель клуба X", not "председателя"
        if parse.tag.case != "gent":
            return False
    return False


@lru_cache(maxsize=8192)
def morph_parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's readings of a word, likeliest first (cached: venues and counts of people
    ask about the same words in every sentence)."""
    return tuple(_morph().parse(word))


@lru_cache(maxsize=4096)
def lemma_ru(word: str) -> str:
    """The dictionary form pymorphy3 gives a Russian word ("Сабантую" -> "сабантуй")."""
    return str(_morph().parse(word)[0].normal_form)


def is_common_word(word: str) -> bool:
    """A dictionary word that is no place name ("Клубе", "Центре"): capitalized after "в" only
    because it starts a venue's name."""
    morph = _morph()
    if not morph.word_is_known(word):
        return False
    return not any("Geox" in parse.tag for parse in morph.parse(word))


def modifies(word: str, noun: str) -> bool:
    """Whether ``word`` can be an adjective agreeing in case with the common noun after it
    ("Ленинском районе", "Невском проспекте"): then it names a district or a street, not
    the town it can also be read as ("Ленинск")."""
    morph = _morph()
    cases = {p.tag.case for p in morph.parse(noun) if p.tag.POS == "NOUN"}
    return any(p.tag.POS == "ADJF" and p.tag.case in cases for p in morph.parse(word))


def is_governing_participle(word: str, following: str) -> bool:
    """Whether ``word`` is a participle that heads a clause of its own ("организованный
    общественной организацией"), not an adjective of the name after it ("Объединённая
    ассоциация"): lower-case, or agreeing in no reading with the word that follows."""
    parses = _morph().parse(word.casefold())
    if not parses or parses[0].tag.POS != "PRTF":
        return False
    if word[:1].islower():
        return True
    return not any(
        _tags_agree(p.tag, q.tag) for p in parses for q in _morph().parse(following.casefold())
    )


def _tags_agree(word: Any, following: Any) -> bool:
    """Whether two readings agree as adjective and noun do: case, number, gender."""
    return bool(
        word.case == following.case
        and word.number == following.number
        and (word.number == "plur" or following.gender in (None, word.gender))
    )


def is_adjective(word: str) -> bool:
    """Whether pymorphy3 can read ``word`` as an adjective in the nominative ("Первый",
    "старший", also a noun)."""
    return any(p.tag.POS == "ADJF" and p.tag.case == "nomn" for p in _morph().parse(word))


def is_plural_only(word: str) -> bool:
    """A noun pymorphy3 reads only in the plural ("студентов"): a group, not one's title."""
    parses = [p for p in _morph().parse(word) if p.tag.POS == "NOUN"]
    return bool(parses) and all(p.tag.number == "plur" for p in parses)


def is_known_word(word: str) -> bool:
    """Whether pymorphy3's dictionary has ``word`` (a typo is not)."""
    return bool(_morph().word_is_known(word))


def is_genitive_plural(word: str) -> bool:
    """A people's name in the genitive plural ("татар", "узбеков"), part of a body's name."""
    return any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur"
        for p in _morph().parse(word)
    )


def person_nominative(name: str, case: str | None = None) -> str:
    """ "Марины Петровой" -> "Марина Петрова"; initials and unknown words stay as written."""
    words = name.split()
    out = []
    for index, word in enumerate(words):
        if _INITIAL_RE.match(word) or not re.match(r"^[А-ЯЁ][а-яё-]+$", word):
            out.append(word)
            continue
        if index and _foreign_surname(word):
            out.append(word)
            continue
        out.append(_word_nominative(word, case))
    if (
        case in ("gent", "accs")
        and len(out) >= 2
        and out[0] == words[0]
        and words[0].endswith("а")
        and out[-1] != words[-1]
        and re.search(r"(?:ов|ев|ёв|ин|ын)$", out[-1])
    ):
        # "Айдана Кязимова" in a genitive list: the surname is a man's ("Кязимов"), so is
        # the first name the dictionary knows only as a woman's ("Айдан")
        out[0] = words[0][:-1]
    return " ".join(out)


def _foreign_surname(word: str) -> bool:
    """ "Росси", "Бьянки" after a first name: an indeclinable foreign surname that the
    dictionary reads only as the genitive of a woman's first name ("Росся"); a surname's
    own oblique forms end otherwise ("Петровой", "Петрова")."""
    if not word.endswith(("и", "ы")):
        return False
    tags = [p.tag for p in _morph().parse(word) if any(t in p.tag for t in _NAME_TAGS)]
    return bool(tags) and all("Name" in t and "Surn" not in t for t in tags)


def _word_nominative(word: str, case: str | None) -> str:
    parses = [p for p in _morph().parse(word) if any(t in p.tag for t in _NAME_TAGS)]
    if not parses:
        parses = [p for p in _morph().parse(word) if p.tag.POS in ("NOUN", "ADJF")]
    if case is None:
        # Without context only an unambiguous oblique form is changed ("Агаевой"), never a
        # surname that reads as a nominative ("Петров", not the plural of a first name).
        if re.search(r"(?:ов|ев|ёв|ин|ын|ий|ый|ская|цкая)$", word):
            return word
        if not parses or any(p.tag.case == "nomn" for p in _morph().parse(word)):
            return word
        case = parses[0].tag.case
    # A person is one: "Сапаров" is no genitive plural of "Сапар".
    chosen = next((p for p in parses if p.tag.case == case and p.tag.number != "plur"), None)
    if chosen is None:
        return word
    form = chosen.inflect({"nomn"})
    if form is None:
        return word
    return _cased_like(form.word, word)


def phrase_nominative(phrase: str) -> str:
    """A body's name with its head put back in the nominative: "городской общественной
    организации «X»" -> "городская общественная организация «X»". Only the words up to the
    first noun change; what follows it is a genitive complement and stays as written."""
    words = phrase.split(" ")
    out = []
    changed = 0
    for index, word in enumerate(words):
        core = re.match(r"^([«\"“(]*)([А-ЯЁа-яё-]+)(.*)$", word)
        if core is None:
            out.extend(words[index:])
            break
        head, body, tail = core.groups()
        parses = _morph().parse(body)
        best = parses[0]
        if index == 0 and "-" not in body and not _morph().word_is_known(body.casefold()) and (
            best.tag.case == "nomn"
        ):
            return phrase  # a typo ("Посольтсво Грузии") read as a nominative: as written
        if index == 0 and body[:1].isupper() and ("Fixd" in best.tag or "Geox" in best.tag):
            out.append(word)  # "Коми республиканской ...": an indeclinable name in front
            changed += 1
            continue
        if best.tag.POS not in ("NOUN", "ADJF", "PRTF") or best.tag.case == "nomn":
            out.extend(words[index:])
            break
        if best.tag.POS == "NOUN":
            gender = best.tag.gender
            form = best.inflect({"nomn", best.tag.number or "sing"})
            out.append(head + _cased_like(form.word if form else body, body) + tail)
            out.extend(words[index + 1 :])
            changed += 1
            return _agree(out, changed, gender)
        out.append(word)
        changed += 1
    return " ".join(out)


def _agree(words: list[str], count: int, gender: str | None) -> str:
    """Adjectives before the head noun in the nominative of the noun's gender."""
    for index in range(count - 1):
        core = re.match(r"^([«\"“(]*)([А-ЯЁа-яё-]+)(.*)$", words[index])
        if core is None:
            continue
        head, body, tail = core.groups()
        parse = _morph().parse(body)[0]
        if parse.tag.POS not in ("ADJF", "PRTF"):
            continue
        wanted = {"nomn", "sing", gender} if gender else {"nomn"}
        form = parse.inflect({w for w in wanted if w})
        if form is not None:
            words[index] = head + _cased_like(form.word, body) + tail
    return " ".join(words)


def _cased_like(word: str, model: str) -> str:
    if model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
