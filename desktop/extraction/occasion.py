"""What an event is dedicated to, and the anniversary the report states.

Occasions are found by their aliases in the database ("Khojaly tragedy", "November 8",
"Dünya Azərbaycanlılarının Həmrəyliyi Günü") and, failing that, by resolving the phrase
after "anniversary of" / "dedicated to" with the gazetteer. The stated anniversary
("33rd", "33-й годовщине", "33-cü ildönümü") is checked against the occasion's
reference date: 1992 + 33 should be the report's year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from db.names import normalize
from desktop.extraction.dates import DAY_MONTH_RE, month_number
from desktop.extraction.holidays import HOLIDAYS
from desktop.extraction.lexicon import Lexicon, Mention, OccasionInfo
from desktop.extraction.occasion_de import ANNIVERSARY_RES_DE
from desktop.extraction.russian import lemma_ru, morph_parses
from desktop.extraction.text import Sentence, Token
from desktop.extraction.vocab import CULTURE_DAYS_RU

ANNIVERSARY_RES = [
    re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+(?:\w+\s+)?anniversary\b", re.IGNORECASE),
    re.compile(r"\banniversary\s+(?:number\s+)?(?P<n>\d{1,3})\b", re.IGNORECASE),
    re.compile(
        r"\b(?P<n>\d{1,3})\s*-?\s*(?:летия|летию|летие|летием|й годовщин\w*|ой годовщин\w*"
        r"|ей годовщин\w*|годовщин\w*"
        # "35-ю годовщину", "35-я годовщина": the ordinal's other case endings
        r"|(?:ю|я|ую|ая) годовщин\w*)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<n>\d{1,3})\s*-?\s*(?:ci|cı|cu|cü|inci|ıncı|uncu|üncü)\s+(?:\w+\s+)?ildönüm\w*",
        re.IGNORECASE,
    ),
    # "104 год со дня ...", "105 лет со дня ...", "80 years since ...", "30 il ötür"
    re.compile(r"\b(?P<n>\d{1,3})\s*-?[йяе]?\s+(?:год|года|лет)\s+(?:со дня|с момента|с)\s",
               re.IGNORECASE),
    re.compile(r"\b(?P<n>\d{1,3})\s*-?\s*летн\w*\s+юбиле\w*", re.IGNORECASE),
    re.compile(r"\b(?P<n>\d{1,3})\s*-?\s*(?:illiy\w*|illik\s+yubiley\w*)", re.IGNORECASE),
    re.compile(r"\b(?P<n>\d{1,3})\s+years\s+(?:since|after|have passed since)\b", re.IGNORECASE),
    # "33 years of Azerbaijan's restored independence", "33 лет восстановления независимости":
    # a state's age is the national day's anniversary
    re.compile(
        r"\b(?P<n>\d{1,3})\s+(?:years\s+of\s+(?:[A-Z][\w-]*['’]s\s+)?(?:restored\s+)?"
        r"(?:independence|statehood|sovereignty)|(?:лет|года)\s+(?:восстановления\s+)?"
        r"(?:независимости|государственности|суверенитета))\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<n>\d{1,3})\s+il\s+(?:ötür|keçir|tamam olur)", re.IGNORECASE),
    re.compile(r"\b(?P<n>\d{1,3})\.\s+(?:\w+\s+)?(?:Jahrestag|Jubiläum|Gedenktag)", re.IGNORECASE),
    *ANNIVERSARY_RES_DE,
]
_CUE_RE = re.compile(
    r"(?:anniversary of|dedicated to|devoted to|marking|to mark|in honou?r of|commemorating"
    r"|on the occasion of|in memory of|celebrat\w+|посвящ\w+|по случаю|в честь|ко дню|к \d+"
    r"|годовщин\w+|həsr \w+|münasibətilə)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# "у памятника жертвам Голодомора", "at the monument to the victims of ...": an occasion
# named by a monument is where the event took place, not what it marked.
_MONUMENT_BEFORE_RE = re.compile(
    r"(?:памятник\w*|мемориал\w*|монумент\w*|монумента|стел[аеыу]|\bmonument|\bmemorial"
    r"|\bDenkmal\w*|\bMahnmal\w*|\bGedenkstätte\w*)\s+(?:to\s+|for\s+|für\s+)?"
    r"(?:the\s+|die\s+|den\s+)?(?:victims\s+of\s+(?:the\s+)?|жертвам\s+|Opfer\s+(?:des|der)\s+)?$",
    re.IGNORECASE,
)
_MONUMENT_AFTER_RE = re.compile(
    r"^\S*\s+(?:qurbanlarının\s+)?(?:xatirəsinə\s+)?(?:ucaldılmış\s+)?(?:abidə\w*|memorial\w*"
    r"|monument\w*)",
    re.IGNORECASE,
)
_PHRASE_RE = re.compile(
    r"(?:anniversary of|dedicated to|devoted to|marking|in honou?r of|commemorating"
    r"|on the occasion of)\s+(?:the\s+)?(?P<phrase>[^,.;()]{4,80})",
    re.IGNORECASE,
)


_OWN_DAY_RE = re.compile(
    r"\b(?P<who>[A-Z][\w-]+)['’`]s (?P<day>Independence Day|Independence|Unity Day)\b"
)
_BARE_INDEPENDENCE_RE = re.compile(
    r"\bIndependence Day\b|День независимости|Müstəqillik Günü|Unabhängigkeitstag", re.IGNORECASE
)
_RU_CUE_RE = re.compile(
    r"(?:годовщин\w*|-?лети[еяю]|посвящ[её]нн?\w*|в честь|по случаю|ко? )\s*(?=[а-яё])",
    re.IGNORECASE,
)


@dataclass
class OccasionHit:
    occasion: OccasionInfo
    start: int
    end: int
    sentence: int
    cued: bool


@dataclass
class AnniversaryHit:
    number: int
    start: int
    end: int
    sentence: int


_NEAR_DAYS = 14


def _days_apart(reference: dt.date, day: tuple[int | None, int]) -> int:
    """Days between an occasion's day and a day of the month named in the report, in
    whichever year makes them closest (365 when the month is unknown or the day invalid)."""
    month, number = day
    if month is None:
        return 365
    try:
        named = [dt.date(reference.year + shift, month, number) for shift in (-1, 0, 1)]
    except ValueError:
        return 365
    return min(abs((d - reference).days) for d in named)


# "годовщине восстановления независимости", "anniversary of the restoration of independence"
_ANNIVERSARY_OF_RE = re.compile(
    r"(?:годовщин\w*|-?лети\w+|anniversary of(?: the)?)\s+(?P<what>[\w -]{3,80})",
    re.IGNORECASE,
)


class OccasionFinder:
    def __init__(self, lexicon: Lexicon, text: str, language: str) -> None:
        self.lexicon = lexicon
        self.text = text
        self.language = language
        self._cache: dict[int, list[OccasionHit]] = {}
        self._days: set[tuple[int | None, int]] | None = None

    def occasions(self, sentence: Sentence) -> list[OccasionHit]:
        if sentence.index in self._cache:
            return self._cache[sentence.index]
        hits: list[OccasionHit] = []
        mentions: list[Mention] = self.lexicon.scan(
            sentence.tokens, kinds=("occasion",), language=self.language, prefer=self._named_day
        )
        for mention in mentions:
            before = self.text[max(sentence.start, mention.start - 40) : mention.start]
            after = self.text[mention.end - 1 : min(sentence.end, mention.end + 60)]
            if _MONUMENT_BEFORE_RE.search(before) or (
                self.language == "az" and _MONUMENT_AFTER_RE.match(after)
            ):
                continue
            hits.append(
                OccasionHit(
                    self.lexicon.occasions[mention.record_id],
                    mention.start,
                    mention.end,
                    sentence.index,
                    bool(_CUE_RE.search(before)),
                )
            )
        if not hits:
            hits.extend(self._own_independence(sentence))
        if not hits:
            hits.extend(self._national_day(sentence))
        if not hits:
            hits.extend(self._birthday(sentence))
        if not hits:
            hits.extend(self._anniversary_of_day(sentence))
        if not hits and self.language == "ru":
            hits.extend(self._after_ru_cue(sentence))
        if not hits:
            for match in _PHRASE_RE.finditer(sentence.text):
                phrase = match.group("phrase")
                own = re.match(r"^(?P<who>[A-Z][\w-]+)['’`]s independence\b", phrase)
                if own:  # "India's independence" -> "Independence Day of India"
                    record = self.lexicon.gazetteer.resolve_occasion(
                        f"Independence Day of {own.group('who')}"
                    )
                    if record is not None:
                        start = sentence.start + match.start("phrase")
                        hits.append(OccasionHit(self.lexicon.occasions[record.id], start,
                                                start + own.end(), sentence.index, True))
                        break
                words = phrase.split()
                for n in range(min(len(words), 6), 1, -1):
                    candidate = " ".join(words[:n])
                    record = self.lexicon.gazetteer.resolve_occasion(candidate)
                    if record is not None:
                        start = sentence.start + match.start("phrase")
                        hits.append(
                            OccasionHit(
                                self.lexicon.occasions[record.id],
                                start,
                                start + len(candidate),
                                sentence.index,
                                True,
                            )
                        )
                        break
                if hits:
                    break
        self._cache[sentence.index] = hits
        return hits

    def _named_day(self, record_ids: list[int]) -> int | None:
        """Of occasions sharing a name ("День Победы"), the one whose day the report names
        ("9 мая"), if exactly one."""
        if self._days is None:
            self._days = {
                (month_number(m.group("m1") or m.group("m2")), int(m.group("d1") or m.group("d2")))
                for m in DAY_MONTH_RE.finditer(self.text)
            }
        named = [
            record_id
            for record_id in record_ids
            if (info := self.lexicon.occasions.get(record_id)) and info.reference_date
            and (info.reference_date.month, info.reference_date.day) in self._days
        ]
        if not named:
            plural = [i for i in record_ids if (info := self.lexicon.occasions.get(i))
                      and info.name.startswith("Days of ")]
            if len(plural) == 1 and len(record_ids) == 2:
                # "в рамках Дней узбекской культуры": Russian stems do not tell "День" from
                # "Дни"; only the nominative does, so a case form is the festival of days
                return plural[0]
        if not named:
            # "2 ноября ... турнир, посвящённый Дню Победы": held within two weeks of one
            # of the days, it marks that one
            named = [
                record_id for record_id in record_ids
                if (info := self.lexicon.occasions.get(record_id)) and info.reference_date
                and any(_days_apart(info.reference_date, day) <= _NEAR_DAYS for day in self._days)
            ]
        return named[0] if len(named) == 1 else None

    def _own_independence(self, sentence: Sentence) -> list[OccasionHit]:
        """ "Georgia's Independence Day" -> "Independence Day of Georgia"."""
        out = []
        for match in _OWN_DAY_RE.finditer(sentence.text):
            day = match.group("day")
            day = "Independence Day" if day == "Independence" else day
            key = normalize(f"{day} of {match.group('who')}")
            ids = [i for kind, i, _lang in self.lexicon.exact.get(key, ()) if kind == "occasion"]
            if ids:
                start = sentence.start + match.start()
                out.append(OccasionHit(self.lexicon.occasions[ids[0]], start,
                                       sentence.start + match.end(), sentence.index, True))
        return out

    def _anniversary_of_day(self, sentence: Sentence) -> list[OccasionHit]:
        """ "33-й годовщине восстановления независимости", "the anniversary of the
        restoration of independence": the day's name without its word for "day"."""
        for match in _ANNIVERSARY_OF_RE.finditer(sentence.text):
            words = match.group("what").split()
            for count in range(min(len(words), 5), 0, -1):
                phrase = " ".join(words[:count])
                for name in (f"День {phrase}", f"Day of {phrase}", f"{phrase} Day"):
                    ids = {i for kind, i, _lang in self.lexicon.exact.get(normalize(name), ())
                           if kind == "occasion"}
                    chosen = self._named_day(sorted(ids)) if len(ids) > 1 else next(
                        iter(ids), None)
                    if chosen is not None:
                        start = sentence.start + match.start("what")
                        return [OccasionHit(self.lexicon.occasions[chosen], start,
                                            start + len(phrase), sentence.index, True)]
        return []

    def _national_day(self, sentence: Sentence) -> list[OccasionHit]:
        """An unqualified "Independence Day" and a nationality in the same sentence:
        "Ukrainian communities mark Independence Day" -> "Independence Day of Ukraine"."""
        match = _BARE_INDEPENDENCE_RE.search(sentence.text)
        if match is None:
            return []
        for word in re.findall(r"[A-ZА-ЯЁƏ][\w'’-]+", sentence.text):
            country = self.lexicon.country_of_adjective(word)
            if country is None:
                continue
            found = self.lexicon.exact.get(normalize(f"Independence Day of {country}"), [])
            ids = [record_id for kind, record_id, _lang in found if kind == "occasion"]
            if ids:
                start = sentence.start + match.start()
                return [OccasionHit(self.lexicon.occasions[ids[0]], start,
                                    sentence.start + match.end(), sentence.index, True)]
        return []

    def _birthday(self, sentence: Sentence) -> list[OccasionHit]:
        """A national figure's birthday, named by the person next to a word of birth or
        jubilee: "100-летний юбилей общенационального лидера Гейдара Алиева", "the 178th
        birth anniversary of Abai", "Nizami Gəncəvinin anadan olmasının 880 illiyi"."""
        cues = list(_BIRTH_CUE_RE.finditer(sentence.text))
        if not cues:
            return []
        words = [t for t in sentence.tokens if t.is_word]
        for number, holiday in enumerate(HOLIDAYS, start=1):
            for person in holiday.people:
                span = _find_name(words, person)
                if span is None:
                    continue
                start, end = span[0] - sentence.start, span[1] - sentence.start
                text = sentence.text
                near = any(
                    # "юбилей великого поэта X", not "к 30-летию Фонда X"
                    (c.end() <= start and _TITLE_BETWEEN_RE.fullmatch(text[c.end():start]))
                    # "Xin anadan olmasının", "X's 178th birthday"
                    or (end <= c.start() and _AFTER_NAME_RE.fullmatch(text[end:c.start()]))
                    for c in cues
                )
                record_id = self._holiday_id(number)
                if near and record_id is not None:
                    return [OccasionHit(self.lexicon.occasions[record_id], span[0], span[1],
                                        sentence.index, True)]
        return []

    def _holiday_id(self, number: int) -> int | None:
        """The lexicon's record of the ``number``-th holiday (the data set's, if it lists
        the holiday, else the holiday's own negative id)."""
        if -number in self.lexicon.occasions:
            return -number
        key = normalize(HOLIDAYS[number - 1].name)
        ids = [i for kind, i, _lang in self.lexicon.exact.get(key, ()) if kind == "occasion"]
        return ids[0] if ids and ids[0] in self.lexicon.occasions else None

    def _after_ru_cue(self, sentence: Sentence) -> list[OccasionHit]:
        """Lower-case Russian names after a cue: "105-летие независимости Грузии"."""
        tokens = sentence.tokens
        for match in _RU_CUE_RE.finditer(sentence.text):
            end = sentence.start + match.end()
            following = [t for t in tokens if t.start >= end and t.is_word][:5]
            for n in range(len(following), 0, -1):
                found = [
                    c for c in self.lexicon._candidates(following[:n]) if c[0] == "occasion"
                ]
                if len({c[1] for c in found}) == 1:
                    start, stop = following[0].start, following[n - 1].end
                    return [OccasionHit(self.lexicon.occasions[found[0][1]], start, stop,
                                        sentence.index, True)]
        return []

    def spans(self, sentences: list[Sentence]) -> list[tuple[int, int]]:
        """Where occasions are named, kept from the dates; a name that is a day used as
        the event's date ("община 20 января провела ...") is left to the dates."""
        return self.name_spans([h for s in sentences for h in self.occasions(s)])

    def name_spans(self, hits: list[OccasionHit]) -> list[tuple[int, int]]:
        """The spans of ``hits`` that name an occasion, not the event's date."""
        return [(h.start, h.end) for h in hits if not self._used_as_date(h)]

    def days_of_culture(self, hit: OccasionHit) -> bool:
        """A holiday's day written right after days of culture ("Дни культуры 18 октября"):
        the day the festival is held, which marks no holiday of its own."""
        return self.language == "ru" and bool(
            _CULTURE_DAYS_BEFORE_RE.search(self.text[max(0, hit.start - 60) : hit.start])
        )

    def _used_as_date(self, hit: OccasionHit) -> bool:
        """A Russian occasion named by its day ("20 января"), written as a date: its month
        in lower case and no common noun before it ("трагедии 20 января" is the name),
        or right after days of culture ("Дни культуры 18 октября": their day); an
        Azerbaijani one in the locative ("Mayın 10-da")."""
        written = self.text[hit.start : hit.end]
        if self.language == "az" and _AZ_LOCATIVE_DAY_RE.fullmatch(written):
            return True  # "Mayın 10-da": the day it was held, in the locative
        if self.language != "ru" or not DAY_MONTH_RE.fullmatch(written):
            return False
        if not written.split()[-1].islower():
            return False  # "20 Января": the capital makes it a name
        if self.days_of_culture(hit):
            return True
        # the word before in the same sentence ("концерт.\n\n31 декабря в X ...": none)
        before = re.search(r"(\w+)[^\w.!?\n]*$", self.text[max(0, hit.start - 30) : hit.start])
        return before is None or not before.group(1).islower() or (
            "NOUN" not in morph_parses(before.group(1))[0].tag
        )


# An Azerbaijani day in the locative after its month in the genitive ("Mayın 10-da",
# "Yanvarın 20-də") says when; an occasion named by its day is nominative ("20 Yanvar").
_AZ_LOCATIVE_DAY_RE = re.compile(r"\w+\s+\d{1,2}\s*-?\s*(?:[dt][aə])", re.IGNORECASE)
# "Дни азербайджанской культуры 18 октября": a festival of days, then the day it is held
_CULTURE_DAYS_BEFORE_RE = re.compile(rf"(?:{CULTURE_DAYS_RU})\w*\s+$", re.IGNORECASE)
# Words of birth and jubilee that make a person's name an occasion
_BIRTH_CUE_RE = re.compile(
    r"рождени\w*|юбиле\w*|\d\s*-?\s*лети[еяюи]\w*|\bbirth\w*|\bjubilee\b|\bcentenary\b"
    r"|\bcentennial\b|\banadan olma\w*|\byubiley\w*|\billiy\w*|\bGeburtstag\w*|\bJubiläum\w*",
    re.IGNORECASE,
)


# Between a jubilee word and the person: a few words of title ("великого поэта и
# мыслителя", "of the great poet"), none naming a body or a street after the person.
_TITLE_BETWEEN_RE = re.compile(
    r"(?:\s*(?!(?:фонд|центр|обществ|союз|улиц|проспект|площад|парк|школ|университет|музе"
    r"|имени|foundation|fund|cent(?:er|re)|society|union|street|avenue|square|park|school"
    r"|university|museum|named|fondu|mərkəz|küçə|prospekt|parkı|adına)\w*)[\w-]+){0,5}\s*"
    r"|\s+of(?:\s+the)?\s+(?:[\w-]+\s+){0,3}",
    re.IGNORECASE,
)
# Between the person and a jubilee word after the name: a possessive and a number only.
_AFTER_NAME_RE = re.compile(r"(?:['’]s)?\s+(?:\d{1,4}(?:st|nd|rd|th)?\s*-?\s*)?")


def _name_forms(word: str) -> set[str]:
    """A name word in the case forms reports print: Russian genitive, dative,
    instrumental and prepositional ("Алиев" -> "Алиева", "Абай" -> "Абая"), Azerbaijani
    genitive ("Əliyevin"), English and German possessive ("Abai's")."""
    key = word.casefold()
    forms = {key, key + "s"}
    if key[-1:] in "йь":
        forms |= {key[:-1] + end for end in ("я", "ю", "ем", "е", "и")}
    elif key[-1:] in "ая":
        forms |= {key[:-1] + end for end in ("ы", "и", "е", "у", "ю", "ой", "ей")}
    elif key[-1:] in "ои" or not key[-1:].isalpha():
        pass  # "Навои", "Низами" do not change
    else:
        forms |= {key + end for end in ("а", "у", "ом", "е", "ым", "ой")}
    forms |= {key + end for end in ("in", "ın", "un", "ün", "nin", "nın", "nun", "nün")}
    return forms


def _find_name(words: list[Token], person: str) -> tuple[int, int] | None:
    """Where ``person``'s words follow each other in ``words``, in any case form."""
    wanted = [_name_forms(w) for w in person.split()]
    for i in range(len(words) - len(wanted) + 1):
        if not words[i].text[:1].isupper():
            continue
        if all(words[i + j].text.casefold() in forms for j, forms in enumerate(wanted)):
            return words[i].start, words[i + len(wanted) - 1].end
    return None


_ORDINAL_WORD_LIMIT = 100  # anniversaries the genre writes in words stay within a century


@cache
def ordinal_words(lang: str) -> dict[str, int]:
    """num2words' ordinals 1..100 in ``lang`` ("thirty third", "тридцать третий", "otuz
    üçüncü"), hyphens as spaces, so no hand-kept table can miss a number."""
    from num2words import num2words

    return {
        re.sub(r"[- ]+", " ", str(num2words(n, lang=lang, to="ordinal"))): n
        for n in range(1, _ORDINAL_WORD_LIMIT + 1)
    }


def _english_ordinals() -> dict[str, int]:
    """English ordinals and the genre's words for a hundredth anniversary."""
    return {**ordinal_words("en"), "hundredth": 100, "centennial": 100, "centenary": 100}


@cache
def _english_ordinal_re() -> re.Pattern[str]:
    """English ordinals in words before "anniversary" (built once, on first use)."""
    words = sorted((w.replace(" ", "[- ]") for w in _english_ordinals()), key=len, reverse=True)
    return re.compile(
        r"\b(?P<w>(?:" + "|".join(words) + r"))(?:\s+\w+)?\s+(?:anniversary|commemoration"
        r" of the|anniversary of)\b|\b(?P<c>centennial|centenary)\b",
        re.IGNORECASE,
    )


# Russian and Azerbaijani ordinals in words before "годовщина" / "ildönümü" ("четвёртой
# годовщине", "тридцать третьей годовщины", "otuz üçüncü ildönümü"): only the last word of a
# Russian ordinal is inflected, so its pymorphy3 lemma meets num2words' nominative.
_WORD_ORDINAL_RE = re.compile(
    r"(?<!\w)(?:(?P<ru_tens>[а-яё]+)\s+)?(?P<ru>[а-яё]+)\s+годовщин"
    r"|(?<!\w)(?:(?P<az_tens>\w+)\s+)?(?P<az>\w+)\s+il\s?dönüm",
    re.IGNORECASE,
)


def _word_ordinal(match: re.Match[str]) -> int | None:
    """The number of an ordinal in words, if it is one (with its tens word when written)."""
    if match.group("ru"):
        table = ordinal_words("ru")
        last = lemma_ru(match.group("ru").casefold())
        tens = (match.group("ru_tens") or "").casefold()
    else:
        table = ordinal_words("az")
        last = match.group("az").casefold()
        tens = (match.group("az_tens") or "").casefold()
    return table.get(f"{tens} {last}") or table.get(last)


# A monument or a thing made for an anniversary: that anniversary is not the event's.
_MADE_FOR_RE = re.compile(
    r"(?:установлен|воздвигнут|построен|открыт|сооружен|возведен|изготовлен)\w*\s+(?:к|в честь)\s*$"
    r"|\b(?:erected|built|unveiled|installed|made)\s+(?:for|on|to mark|in honou?r of)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


# A body named right after the number: "15-летию московского дома национальностей",
# "the 25th anniversary of the Association", "cəmiyyətin 10 illiyi" is told the other way.
_BODY_AFTER_RE = re.compile(
    r"\s+(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?"
    r"(?:дом[аеу]?|центр[аеу]?|автономи[иея]|организаци[иея]|обществ[аеу]|общин[ыеу]"
    r"|союз[аеу]?|объединени[яюе]|ансамбл[яюе]|театр[аеу]?|музе[яюе]|школ[ыеу]|газет[ыеу]"
    r"|association|society|community|centre|center|house|organi[sz]ation|foundation|school"
    r"|museum|theat(?:re|er)|ensemble|newspaper|congress|union|club)\b",
    re.IGNORECASE,
)


def anniversaries(sentence: Sentence) -> list[AnniversaryHit]:
    """Stated anniversaries: "33rd", "33-й годовщине", "twenty fourth anniversary"."""
    out = []
    for match in _english_ordinal_re().finditer(sentence.text):
        group = "w" if match.group("w") else "c"
        words = re.sub(r"[- ]+", " ", match.group(group).casefold())
        number = _english_ordinals().get(words)
        if number:
            out.append(AnniversaryHit(number, sentence.start + match.start(group),
                                      sentence.start + match.end(group), sentence.index))
    for match in _WORD_ORDINAL_RE.finditer(sentence.text):
        number = _word_ordinal(match)
        if number:
            out.append(AnniversaryHit(number, sentence.start + match.start(),
                                      sentence.start + match.end(), sentence.index))
    for pattern in ANNIVERSARY_RES:
        for match in pattern.finditer(sentence.text):
            number = int(match.group("n"))
            if _MADE_FOR_RE.search(sentence.text[max(0, match.start() - 60) : match.start()]):
                continue  # "к хачкару, установленному к 100-летию": the monument's, not ours
            if _BODY_AFTER_RE.match(sentence.text, match.end()):
                continue  # "15-летию дома национальностей": a body's jubilee, not the event's
            if 0 < number < 1000:
                out.append(
                    AnniversaryHit(
                        number,
                        sentence.start + match.start("n"),
                        sentence.start + match.end("n"),
                        sentence.index,
                    )
                )
    return sorted(out, key=lambda a: a.start)


def best_occasion(hits: list[OccasionHit], anchors: set[int]) -> OccasionHit | None:
    """Prefer an occasion the anchor sentence names after "dedicated to" and the like."""
    if not hits:
        return None

    def rank(hit: OccasionHit) -> tuple[int, int, int]:
        return (0 if hit.sentence in anchors else 1, 0 if hit.cued else 1, hit.start)

    return min(hits, key=rank)

