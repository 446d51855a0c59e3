"""Where an event took place: country, region and city through the database's aliases.

A report names many places; only some say where the event was. The rules keep the
names written as a location ("in the Altai Territory of Russia", "held in
Tver", "Gəncədə") and drop the rest ("ambassador to Germany", "Friends of
Armenia", the dateline's Baku, a surname that is also a place). The region is only
filled when the text names one, so the draft says what the report says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from db.gazetteer import Gazetteer
from db.names import normalize
from desktop.extraction.dates import MONTH_ALT, WEEKDAYS
from desktop.extraction.lexicon import Lexicon, Mention, PlaceInfo, translit_stem
from desktop.extraction.russian import is_common_word, modifies
from desktop.extraction.text import Document, Sentence, az_stems, wordset
from desktop.extraction.vocab import (
    LOCATIVE_BEFORE_RE,
    NOT_LOCATIVE_BEFORE_RE,
    ORG_HEADS_EN,
)

QUOTE_RE = re.compile(r"\"[^\"\n]{1,150}\"|“[^”\n]{1,150}”|«[^»\n]{1,150}»|„[^“”\n]{1,150}[“”]")
_OF_RE = re.compile(r"^\s*(?:,\s*)?(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)
_LIST_RE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+и\s+|,\s*и\s+)(?:the\s+)?$")
_NAME_TAIL_WORDS = ORG_HEADS_EN | wordset(
    """technical state national international medical pedagogical city district regional
    cathedral square park hall palace arena stadium airport station street avenue
    representative azerbaijanis diaspora"""
)
_SHARED_HEAD_RE = re.compile(
    r"(?P<adj>[А-ЯЁ][а-яё-]+)(?=(?:\s*,\s*[А-ЯЁ][а-яё-]+|\s+и\s+[А-ЯЁ][а-яё-]+)*"
    r"\s+(?:област|кра[еяюй]|республик)\w*)"
)
_SEAT_BEFORE_RE = re.compile(
    r"(?:(?:консульств|генконсульств|посольств|представительств|комитет|министерств|consulate"
    r"|embassy|mission|committee|ministry|office|səfirlik|konsulluq|nümayəndəlik"
    # an envoy's seat: "Consul General of Azerbaijan in New York", "посол ... в Грузии"
    r"|consul|ambassador|консул|посол)\w*"
    # a German envoy's seat: "Generalkonsul Aserbaidschans in Bonn"
    r"|(?:botschafter|generalkonsul|konsul)(?:in)?\b)"
    r"(?:\s+[\w«»\"“”'’.-]+){0,5}?\s+(?:в|во|на|in|at|to)(?:\s+(?:the|г\.|городе))?\s*$",
    re.IGNORECASE,
)
# "Father Ivan Petrenko of the Greek Catholic parish in X": a person's affiliation; its town
# is where the person comes from, not where the event is ("the Great Hall of the X in Y" is)
_AFFILIATION_BEFORE_RE = re.compile(
    r"(?<![Tt]he\s)\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,?\s+of\s+the\s+(?:[\w'’-]+\s+){0,5}?in\s*$"
)


def _seat_before(before: str) -> bool:
    """Whether the words before a town make it a body's seat or a person's affiliation."""
    return bool(_SEAT_BEFORE_RE.search(before) or _AFFILIATION_BEFORE_RE.search(before))


# "Members of the First Baptist Church in X", "students of the State University in X": the town
# locates the body some guests belong to; it is the event's only when no other town is given
_MEMBERS_OF_BEFORE_RE = re.compile(
    r"\b(?:members?|parishioners|congregation|representatives?|delegat(?:es?|ion)|students?"
    r"|pupils|teachers|clergy|pastor|priest|rector|leaders?|volunteers|choir|guests?)"
    r"\s+of\s+the\s+(?:[\w'’.-]+\s+){1,5}?in\s*$",
    re.IGNORECASE,
)


# "in Shevchenko Garden", "на улице Пушкина": a street or park named after someone, not a town
_LANDMARK_AFTER_RE = re.compile(
    r"\s+(?:Gardens?|Park|Street|Square|Avenue|Boulevard|Lane|Road|Embankment|Bridge"
    r"|Garten|Straße|Platz)\b"
)
# A town as the subject of hosting: "Utrecht will host", "Izhevsk hosts its Sabantuy".
_HOSTS = r"\s+(?:will\s+(?:also\s+)?host|is\s+(?:to\s+)?host(?:ing)?|hosts|hosted)\b"
_HOSTS_AFTER_RE = re.compile(_HOSTS)
_WORLD_CANDIDATE = {
    "ru": re.compile(
        r"(?<!\w)(?:[вВ]|[вВ]о|[нН]а|г\.|городе|селе|посёлке|поселке|станице|деревне)\s+"
        # "в Беэр-Шеве", "в Ростове-на-Дону", "в Нижнем Новгороде"
        r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]*)*(?:\s[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]*)*)?)"
    ),
    "en": re.compile(
        r"\b(?:[iI]n|[nN]ear)\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
        # any Latin letters: "in München", "in Córdoba", "in Concepción"
        r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž'’-]+(?:\s[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž'’-]+)?)"
        # "in the Perm Territory", "in the Tver region", "in the Kabardino-Balkarian Republic",
        # "in the Republic of Kalmykia": a region with its own word
        r"|\b[iI]n\s+the\s+(?P<region>[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*(?:\s[A-Z][a-z'’-]+)?"
        r"\s(?:[Rr]egion|[Oo]blast|[Kk]rai|[Kk]ray|[Tt]erritory|[Pp]rovince|[Rr]epublic)\b"
        r"|(?:Republic|Province|Region|Territory) of [A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)"
        # "A week later, Utrecht will host a round table": the town hosting is where
        rf"|(?P<host>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž'’-]+(?:\s[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž'’-]+)?)"
        rf"(?={_HOSTS})"
    ),
    "az": re.compile(
        r"(?P<name>[A-ZƏÖÜÇŞĞİ][\wəöüçşğı'’-]*(?:da|də|ta|tə|dakı|dəki))\b"
        r"|(?P<town>[A-ZƏÖÜÇŞĞİ][\wəöüçşğı'’-]+)\s+(?:şəhər|qəsəbə|kənd)\w*"
    ),
}
# A heading's opening place before a colon: "Нижний Новгород:", "Tartu:"
_HEADING_PLACE_RE = re.compile(r"[^\W\d][\w'’. -]*:")
# A region's word after a town's name: "the Krasnoyarsk province", "the Tver region".
_REGION_WORD_AFTER_RE = re.compile(
    r"\s+(?:region|oblast|krai|kray|territory|province)\b", re.IGNORECASE
)
# a region's own word after or in its name: "Buenos Aires Province", "Qəbələ rayonu"
_REGION_KIND_RE = re.compile(
    r"\b(?:region|oblast|krai|kray|territory|province|state|republic|district|county"
    r"|област|кра[йеюя]|республик|округ|район|штат|провинци|vilayət|rayon|respublika)\w*",
    re.IGNORECASE,
)
# "In March", "In Sunday's ...": calendar words are no towns after a sentence-opening "In".
_CALENDAR_RE = re.compile(
    rf"(?:{MONTH_ALT}|{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\b", re.IGNORECASE
)
# Towns of one list: "в Казани, Самаре и Уфе", "Munich, Hamburg and Cologne", "İzmir və Bursa".
LIST_GAP_RE = re.compile(
    r"^\s*(?:,\s*(?:(?:and|и|və|und)\s+)?|\s+(?:and|и|və|&|und)\s+)$", re.IGNORECASE
)
# A list located by its head noun: "in three cities of Germany – A, B and C", "в городах A
# и B", "A, B və digər şəhərlərində" (the locative ending sits on the noun after the list).
LIST_HEAD_RE = re.compile(
    r"(?:\b(?:in|в|во)\s+(?:[\w-]+\s+){0,3}(?:cities|towns|городах)|şəhərlərində|şəhərlərdə)"
    r"(?:\s+[\w-]+){0,3}\s*[:–—-]?\s*$",
    re.IGNORECASE,
)
LIST_TAIL_RE = re.compile(
    r"^\s*,?\s*(?:and|и|və)\s+(?:[\w-]+\s+){0,3}?(?:cities|towns|городах|şəhərlərində"
    r"|şəhərlərdə)",
    re.IGNORECASE,
)


_NAME = r"[A-ZА-ЯЁƏÖÜÇŞĞİ][\w'’-]+(?:[ -][A-ZА-ЯЁƏÖÜÇŞĞİ][\w'’-]+)?"
_NAME_LIST_RE = re.compile(
    rf"{_NAME}(?:(?:\s*,\s*(?:(?:and|и|və)\s+)?|\s+(?:and|и|və)\s+){_NAME})+"
)
_COMMUNITY_OF_RE = re.compile(
    r"(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)['’]s\s+(?:[A-Z][\w-]+\s+){0,2}"
    r"(?:community|communities|diaspora)\b"
    # "the community of Minneapolis" (one town: a list of them is read as a list)
    r"|\b(?:community|diaspora)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?P<after>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)(?!\s*(?:,|and\b|&))"
)
_NEXT_IN_LIST_RE = re.compile(
    r"(?:\s*,\s*(?:(?:and|и|və)\s+)?|\s+(?:and|и|və)\s+)"
    r"(?P<name>[A-ZА-ЯЁƏÖÜÇŞĞİ][\w'’-]+(?:[ -][A-ZА-ЯЁƏÖÜÇŞĞİ][\w'’-]+)?)"
)
_AZ_LOCATIVE = re.compile(r"(?:da|də|ta|tə|dakı|dəki)$", re.IGNORECASE)
# "Kiyev şəhərində", "Bakı rayonunda": the locative ending sits on the place's kind noun
_AZ_KIND_LOCATIVE_RE = re.compile(
    r"\s+(?:şəhər|qəsəbə|kənd|rayon|vilayət|əyalət|ştat|bölgə|region|paytaxt)\w*"
    r"(?:da|də|ta|tə|dakı|dəki)\b",
    re.IGNORECASE,
)

_CITY_PATTERNS = [
    re.compile(
        r"\b(?:in|of|at) the (?:city|town|village|settlement) of "
        r"(?P<name>[A-ZÀ-ÝĀ-Ž][\w'’-]+(?:[ -][A-ZÀ-ÝĀ-Ž][\w'’-]+)?)"
    ),
    re.compile(r"\bin (?P<name>[A-ZÀ-ÝĀ-Ž][\w'’-]+(?: [A-ZÀ-ÝĀ-Ž][\w'’-]+)?) city\b"),
    re.compile(
        r"\b(?:held|took place|takes place|organi[sz]ed|gathered|celebrated|marked)"
        r" in (?P<name>[A-ZÀ-ÝĀ-Ž][\w'’-]+(?: [A-ZÀ-ÝĀ-Ž][\w'’-]+)?)(?=[\s,.;:)])"
    ),
    re.compile(r"\bв (?:городе|г\.)\s*(?P<name>[А-ЯЁ][\w-]+(?:[ -][А-ЯЁ][\w-]+)?)"),
]


@dataclass(frozen=True)
class PlaceMention:
    kind: str
    record_id: int
    start: int
    end: int
    sentence: int
    locative: bool
    in_name: bool
    affiliation: bool = False
    """The town of a body guests belong to ("members of the X Church in Y"): the event's
    place only when the report gives no other."""


@dataclass
class PlaceResult:
    """The event's place: records (or None) and the spans they came from."""

    country: PlaceInfo | None = None
    region: PlaceInfo | None = None
    city: PlaceInfo | None = None
    city_text: str | None = None
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    as_written: str | None = None

    def conflicts_with(self, other: PlaceResult) -> bool:
        """True when ``other`` names a different place (a new event, not a detail)."""
        if self.city and other.city:
            return self.city.record_id != other.city.record_id
        if self.city_text and other.city_text:
            return self.city_text.casefold() != other.city_text.casefold()
        mine_region = self.region.record_id if self.region else (
            self.city.region_id if self.city else None
        )
        their_region = other.region.record_id if other.region else (
            other.city.region_id if other.city else None
        )
        if mine_region and their_region:
            return mine_region != their_region
        mine_country = _country_id(self)
        their_country = _country_id(other)
        if mine_country and their_country:
            return mine_country != their_country
        return bool((self.city_text and other.city) or (self.city and other.city_text))

    def is_empty(self) -> bool:
        return not (self.country or self.region or self.city or self.city_text)


def _country_id(place: PlaceResult) -> int | None:
    for info in (place.country, place.region, place.city):
        if info is not None and info.country_id is not None:
            return info.country_id
    return None


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTE_RE.finditer(text)]


def _direct_speech(quote: str) -> bool:
    """ "The festival will continue in X on May 24," he added: a quoted sentence (several
    words, closed by a comma or full stop inside the marks) whose towns are real places,
    unlike those of a quoted title."""
    return len(quote.split()) >= 6 and quote[-2:-1] in (",", ".")


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


class PlaceFinder:
    """Finds and judges place names in a document's sentences."""

    def __init__(self, doc: Document, lexicon: Lexicon, excluded: list[tuple[int, int]]):
        self.doc = doc
        self.lexicon = lexicon
        self.gazetteer: Gazetteer = lexicon.gazetteer
        self.quotes = [
            (s, e) for s, e in quoted_spans(doc.text) if not _direct_speech(doc.text[s:e])
        ]
        self.excluded = excluded
        self._cache: dict[int, list[PlaceMention]] = {}
        self.default_town = False
        """Whether the dateline gives the events' town: a guests' home town then is none."""
        self._named: tuple[str, ...] | None = None

    def named_countries(self) -> tuple[str, ...]:
        """The codes of the countries the report names, in order: a town of one of them is
        meant rather than a namesake elsewhere."""
        if self._named is None:
            codes: list[str] = []
            for sentence in self.doc.sentences:
                for mention in self.lexicon.scan(
                    sentence.tokens, kinds=("country",), language=self.doc.language
                ):
                    code = self.lexicon.place("country", mention.record_id).code
                    if code and code not in codes and self._own_name_town(mention) is None:
                        codes.append(code)
            self._named = tuple(codes)
        return self._named

    def _town_of_country(self, mention: Mention, country_id: int) -> int:
        """The id of the town of ``mention``'s name inside the country written right before
        it, when the name's usual town lies elsewhere."""
        if self.lexicon.place("city", mention.record_id).country_id == country_id:
            return mention.record_id
        code = self.lexicon.place("country", country_id).code
        town = self.lexicon.world_place(
            mention.text, self.doc.language, kinds=("city",), country=code
        )
        return town.record_id if town is not None else mention.record_id

    def _town_named_as_region(self, mention: Mention) -> PlaceInfo | None:
        """A big town sharing its bare name with its region ("Buenos Aires" beside Buenos
        Aires Province): the world gazetteer's rule for such a name, the town, also for a
        region of the data set; a region is written with its word."""
        if mention.kind != "region" or _REGION_KIND_RE.search(
            self.doc.text, mention.start, mention.end + 16
        ):
            return None
        town = self.lexicon.world_place(mention.text, self.doc.language)
        if town is None or town.kind != "city" or town.region_id != mention.record_id:
            return None
        return town

    def _own_name_town(self, mention: Mention) -> PlaceInfo | None:
        """A town written by its very own name where the data set matched only an inflected
        form of another place ("Евле" is Sweden's Gävle, not a case form of "Евлах")."""
        key = normalize(mention.text)
        if any(
            (kind, record_id) == (mention.kind, mention.record_id)
            for kind, record_id, _lang in self.lexicon.exact.get(key, ())
        ):
            return None
        town = self.lexicon.world_place(mention.text, self.doc.language, 20000, kinds=("city",))
        if town is None or normalize(town.name) != key:
            return None
        matched = self.lexicon.place(mention.kind, mention.record_id)
        if matched.country_id == town.country_id and matched.region_id in (
            None, town.region_id
        ):
            return None  # the same place, or the town inside the region or country matched
        return town

    def mentions(self, sentence: Sentence) -> list[PlaceMention]:
        if sentence.index not in self._cache:
            self._cache[sentence.index] = self._find(sentence)
        return self._cache[sentence.index]

    def _find(self, sentence: Sentence) -> list[PlaceMention]:
        text = self.doc.text
        found = self.lexicon.scan(sentence.tokens, language=self.doc.language)
        out: list[PlaceMention] = []
        previous: PlaceMention | None = None
        tokens = sentence.tokens
        for mention in found:
            if _inside(mention.start, mention.end, self.quotes) or _overlaps(
                mention.start, mention.end, self.excluded
            ):
                continue
            town = self._own_name_town(mention) or self._town_named_as_region(mention)
            if town is not None:
                mention = Mention("city", town.record_id, mention.start, mention.end,
                                  mention.text)
            in_name = False
            following = [t for t in tokens if t.start >= mention.end][:2]
            possessive = mention.text.endswith(("'s", "’s", "`s"))
            if (
                self.doc.language == "en"
                and not possessive
                and following
                and following[0].is_word
                and following[0].is_capitalized
                and following[0].start - mention.end <= 1
            ):
                if following[0].lower in _NAME_TAIL_WORDS or following[0].text.isupper():
                    in_name = True
                else:
                    continue  # "Aydin Karimov", "Edison Smith": part of a person's name
            before = text[max(sentence.start, mention.start - 60) : mention.start]
            locative = bool(LOCATIVE_BEFORE_RE.search(before)) and not (
                NOT_LOCATIVE_BEFORE_RE.search(before)
            )
            if self.doc.language == "en" and _HOSTS_AFTER_RE.match(text, mention.end):
                locative = True  # "Sheffield will host a festival"
            if _seat_before(before):
                continue  # "the Consulate General in Yekaterinburg": the body's seat
            affiliation = bool(_MEMBERS_OF_BEFORE_RE.search(before))
            if affiliation:
                locative = False
            elif previous is not None and not locative:
                between = text[previous.end : mention.start]
                if previous.locative and (
                    _OF_RE.match(between) or _LIST_RE.match(between)
                    # "в столице Литвы Вильнюсе": the town right after its country's name
                    or (previous.kind == "country" and mention.kind == "city"
                        and not between.strip())
                ):
                    locative = True
            if sentence.heading and (
                (mention.end - mention.start) * 3 >= len(sentence.text) * 2
                or _HEADING_PLACE_RE.fullmatch(text, sentence.start, mention.end + 1)
            ):
                # a heading that only names a place ("ЧИКАГО") or opens with one before a
                # colon ("Нижний Новгород: ...") sets it
                locative = True
            if not locative and self.doc.language == "az":
                word = text[mention.start : mention.end].split()[-1]
                if (_AZ_LOCATIVE.search(word) and az_stems(word)) or _AZ_KIND_LOCATIVE_RE.match(
                    text, mention.end
                ):
                    locative = True
            kind, record_id, end = mention.kind, mention.record_id, mention.end
            if kind == "city" and previous is not None and previous.kind == "country" and (
                not text[previous.end : mention.start].strip()
            ):
                # "Kanadanın London şəhərində": the town of that name in the country named
                record_id = self._town_of_country(mention, previous.record_id)
            region_word = _REGION_WORD_AFTER_RE.match(text, end)
            city = self.lexicon.places.get(("city", record_id)) if kind == "city" else None
            if region_word and city is not None and city.region_id:
                # "the Krasnoyarsk province": the region named after its town
                kind, record_id, end = "region", city.region_id, region_word.end()
            current = PlaceMention(
                kind, record_id, mention.start, end, sentence.index, locative, in_name,
                affiliation,
            )
            out.append(current)
            previous = current
        extra = self._world_mentions(sentence, out)
        return sorted(out + extra, key=lambda m: m.start) if extra else out

    def _world_mentions(
        self, sentence: Sentence, found: list[PlaceMention]
    ) -> list[PlaceMention]:
        """Places the data set does not list, written as a location ("в Тарусе",
        "in Paso Robles", "Gəncədə"), looked up in the world gazetteer."""
        pattern = _WORLD_CANDIDATE.get(self.doc.language)
        if pattern is None:
            return []
        out: list[PlaceMention] = []
        # A heading that is a town, or opens with one before a colon ("Town: ...")
        heading = sentence.text.split(":", 1)[0].strip(" .") if sentence.heading else ""
        if heading and not found and len(heading.split()) <= 3:
            info = self.lexicon.world_place(
                heading, self.doc.language, named=self.named_countries()
            )
            if info is not None and info.kind == "city":
                end = sentence.start + len(heading)
                return [PlaceMention("city", info.record_id, sentence.start, end,
                                     sentence.index, True, False)]
        text = self.doc.text
        for match in pattern.finditer(sentence.text):
            group = next(
                g for g in ("town", "region", "name", "host") if match.groupdict().get(g)
            )
            start = sentence.start + match.start(group)
            words = match.group(group).split()
            for count in range(len(words), 0, -1):
                name = " ".join(words[:count])
                end = start + len(name)
                if any(m.start < end and start < m.end for m in found + out):
                    break
                if _inside(start, end, self.quotes) or _overlaps(start, end, self.excluded):
                    break
                before = text[max(sentence.start, start - 60) : start]
                if _seat_before(before):
                    break
                if _LANDMARK_AFTER_RE.match(text, end):
                    continue  # "Ashdod's City Park": the town may still be the shorter name
                town = group == "town"  # "Lənkəran şəhərində": a town by the text's own word
                if not town and self._not_a_place(name, sentence, start):
                    break
                info = self.lexicon.world_place(
                    name,
                    self.doc.language,
                    20000 if self.doc.language == "az" and not town
                    else 10000 if group == "host" else 0,
                    kinds=("city",) if town or group == "host" else ("region",)
                    if group == "region"
                    else ("city", "region"),
                    region=self._region_after(end, found),
                    named=self.named_countries(),
                )
                if info is not None:
                    affiliation = bool(_MEMBERS_OF_BEFORE_RE.search(before))
                    out.append(PlaceMention(info.kind, info.record_id, start, end,
                                            sentence.index, not affiliation, False,
                                            affiliation))
                    break
        if self.doc.language == "en":
            out += self._community_towns(sentence, found + out)
        out += self._named_lists(sentence, found + out)
        return out + self._listed_after(sentence, sorted(found + out, key=lambda m: m.start))

    def _region_after(self, end: int, found: list[PlaceMention]) -> str | None:
        """The code of a region written right after a town ("Springfield, Illinois"); that
        region, locating the town, is marked as locating the event too."""
        gap = re.compile(r",\s+(?:in\s+)?(?:(?:the\s+)?neighbou?ring\s+)?")
        for index, mention in enumerate(found):
            if mention.kind == "region" and gap.fullmatch(self.doc.text, end, mention.start):
                found[index] = replace(mention, locative=True)
                return self.lexicon.place("region", mention.record_id).code
        return None

    def _community_towns(
        self, sentence: Sentence, found: list[PlaceMention]
    ) -> list[PlaceMention]:
        """"Members of Springfield's Kazakh community gathered ...": the town a community
        is of, where the data set does not list it, from the world gazetteer."""
        out: list[PlaceMention] = []
        for match in _COMMUNITY_OF_RE.finditer(sentence.text):
            group = "name" if match.group("name") else "after"
            start = sentence.start + match.start(group)
            end = sentence.start + match.end(group)
            if any(m.start < end and start < m.end for m in found):
                continue
            info = self.lexicon.world_place(
                match.group(group), "en", kinds=("city",), named=self.named_countries()
            )
            if info is not None:
                out.append(PlaceMention("city", info.record_id, start, end, sentence.index,
                                        True, False))
        return out

    def _named_lists(
        self, sentence: Sentence, found: list[PlaceMention]
    ) -> list[PlaceMention]:
        """Towns the data set does not list, in a list located by its head noun ("in the cities
        of A, B and C", "A, B və digər şəhərlərində"): each looked up in the world gazetteer."""
        text = self.doc.text
        out: list[PlaceMention] = []
        for match in _NAME_LIST_RE.finditer(text, sentence.start, sentence.end):
            if not (
                LIST_HEAD_RE.search(text[sentence.start : match.start()])
                or LIST_TAIL_RE.match(text[match.end() : sentence.end])
            ):
                continue
            for name in re.finditer(_NAME, match.group()):
                start, end = match.start() + name.start(), match.start() + name.end()
                if any(m.start < end and start < m.end for m in found):
                    continue
                words = name.group().split()
                for first in range(len(words)):  # "Türkiyənin İzmir": the last word is the town
                    tail = " ".join(words[first:])
                    info = self.lexicon.world_place(
                        tail, self.doc.language, kinds=("city",), named=self.named_countries()
                    )
                    if info is not None:
                        out.append(PlaceMention("city", info.record_id, end - len(tail), end,
                                                sentence.index, True, False))
                        break
        return out

    def _listed_after(
        self, sentence: Sentence, found: list[PlaceMention]
    ) -> list[PlaceMention]:
        """Towns the data set does not list that follow a located town in a list ("в Казани,
        Самаре и Уфе"): the world gazetteer's towns, located like the first."""
        text = self.doc.text
        out: list[PlaceMention] = []
        for index, mention in enumerate(found):
            if not mention.locative or mention.kind != "city":
                continue
            limit = found[index + 1].start if index + 1 < len(found) else sentence.end
            end = mention.end
            while (match := _NEXT_IN_LIST_RE.match(text, end, limit)) is not None:
                name = match.group("name")
                if _inside(match.start("name"), match.end("name"), self.quotes):
                    break
                info = self.lexicon.world_place(
                    name, self.doc.language, kinds=("city",), named=self.named_countries()
                )
                if info is None:
                    break
                out.append(PlaceMention("city", info.record_id, match.start("name"),
                                        match.end("name"), sentence.index, True, False))
                end = match.end("name")
        return out

    def _not_a_place(self, name: str, sentence: Sentence, start: int) -> bool:
        """Words that only look like a town after "в"/"in": "в Клубе ветеранов", a capitalized
        Azerbaijani word opening the sentence ("Axırda", "at last")."""
        if self.doc.language == "ru" and " " not in name:
            after = re.match(r"\s+([а-яё]+)", self.doc.text[start + len(name) :])
            return is_common_word(name) or bool(after and modifies(name, after.group(1)))
        if self.doc.language == "az":
            return start == sentence.start
        return bool(_CALENDAR_RE.match(name))

    def summary_places(self, sentence: Sentence) -> int:
        """How many distinct located cities/regions a sentence lists (a lead names several)."""
        keys = set()
        for mention in self.mentions(sentence):
            if not mention.locative or mention.kind not in ("city", "region"):
                continue
            info = self.lexicon.place(mention.kind, mention.record_id)
            # A city inside a region named with it ("the Altai Territory of Barnaul") is one.
            keys.add(("region", info.region_id) if info.region_id else (info.kind, info.record_id))
        countries = {
            m.record_id for m in self.mentions(sentence) if m.locative and m.kind == "country"
        }
        return max(len(keys), len(countries))

    def town_place(self, town: PlaceMention) -> PlaceResult:
        """The place of one town of a list: the town and its country, no region unless the
        text names one."""
        city = self.lexicon.place("city", town.record_id)
        place = PlaceResult(city=city, spans=[(town.start, town.end, "city")])
        if city.country_id is not None:
            place.country = self.lexicon.place("country", city.country_id)
        return place

    def lead_region(
        self, lead: list[Sentence], city: PlaceInfo
    ) -> tuple[PlaceInfo, int, int] | None:
        """The region of ``city`` when the lead names it ("В Новосибирской области и ...").

        Also reads a shared head ("в Свердловской и Тюменской областях"): a capitalized
        word whose stem starts one of the region's names, followed by a region word.
        """
        if city.region_id is None:
            return None
        for sentence in lead:
            for mention in self.mentions(sentence):
                if mention.kind == "region" and mention.record_id == city.region_id and (
                    mention.locative
                ):
                    info = self.lexicon.place("region", mention.record_id)
                    return info, mention.start, mention.end
        firsts = self.lexicon.region_first_stems(city.region_id)
        for sentence in lead:
            for match in _SHARED_HEAD_RE.finditer(sentence.text):
                word = match.group("adj")
                if translit_stem(normalize(word)) in firsts:
                    start = sentence.start + match.start("adj")
                    info = self.lexicon.place("region", city.region_id)
                    return info, start, start + len(word)
        return None

    def place_of(
        self,
        sentences: list[Sentence],
        anchors: set[int],
        home_country: int | None = None,
    ) -> PlaceResult:
        """The place of an event made of ``sentences``; ``anchors`` introduce the event."""
        result = PlaceResult()
        ordered = [s for s in sentences if s.index in anchors] + [
            s for s in sentences if s.index not in anchors
        ]
        located: list[PlaceMention] = []
        named: list[PlaceMention] = []
        affiliated: list[PlaceMention] = []
        for rank, sentence in enumerate(ordered):
            for mention in self.mentions(sentence):
                if mention.locative:
                    located.append(mention)
                elif mention.in_name:
                    named.append(mention)
                elif mention.affiliation:
                    affiliated.append(mention)
            if rank == 0 and located:
                pass

        def first(kind: str, pool: list[PlaceMention], anchor_only: bool) -> PlaceMention | None:
            for mention in pool:
                if mention.kind != kind:
                    continue
                if anchor_only and mention.sentence not in anchors:
                    continue
                if home_country is not None and _in_country(
                    self.lexicon, mention, home_country
                ) and not mention.locative:
                    continue
                return mention
            return None

        city = first("city", located, True) or first("city", named, True)
        region = first("region", located, True)
        country = first("country", located, True)
        if city is None and region is None:
            city = first("city", located, False)
            region = first("region", located, False)
        if city is None:
            text_city = self._city_pattern([s for s in ordered if s.index in anchors] or ordered)
            if text_city is not None:
                name, start, end, info = text_city
                if info is not None:
                    result.city = info
                else:
                    result.city_text = name
                result.spans.append((start, end, "city"))
        if city is None and region is None and result.city is None and not result.city_text:
            city = first("city", named, False)
        if (
            city is None and region is None and result.city is None and not result.city_text
            and not self.default_town
        ):
            city = first("city", affiliated, False)
        if country is None:
            country = first("country", located, False)
        if city is not None:
            result.city = self.lexicon.place("city", city.record_id)
            result.spans.append((city.start, city.end, "city"))
        if region is not None:
            result.region = self.lexicon.place("region", region.record_id)
            result.spans.append((region.start, region.end, "region"))
        if country is not None:
            result.country = self.lexicon.place("country", country.record_id)
            result.spans.append((country.start, country.end, "country"))
        if result.country is None:
            derived = _country_id(result)
            if derived is not None:
                result.country = self.lexicon.place("country", derived)
        at_home = result.country and home_country and result.country.record_id == home_country
        if at_home and not (result.city or result.region or result.city_text):
            # "in Azerbaijan" from the dateline country only counts with a city or region.
            result.country = None
        spans = sorted(result.spans)
        if spans:
            result.as_written = self.doc.text[spans[0][0] : spans[-1][1]]
            if len(result.as_written) > 120:
                result.as_written = self.doc.text[spans[0][0] : spans[0][1]]
        return result

    def _city_pattern(
        self, sentences: list[Sentence]
    ) -> tuple[str, int, int, PlaceInfo | None] | None:
        """A city the lexicon did not know by that spelling ("the town of Lenkoran")."""
        for sentence in sentences:
            for pattern in _CITY_PATTERNS:
                for match in pattern.finditer(sentence.text):
                    name = match.group("name")
                    start = sentence.start + match.start("name")
                    end = sentence.start + match.end("name")
                    if _inside(start, end, self.quotes) or _overlaps(start, end, self.excluded):
                        continue
                    words = name.casefold().split()
                    if any(w in ORG_HEADS_EN for w in words):
                        continue
                    if self._region_or_country(name, fuzzy=False):
                        continue
                    city = self.gazetteer.resolve_city(name)
                    # the typo search is slow: only for a name that is no town either
                    if city is None and self._region_or_country(name, fuzzy=True):
                        continue
                    info = self.lexicon.place("city", city.id) if city is not None else None
                    return name, start, end, info
        return None

    def _region_or_country(self, name: str, fuzzy: bool) -> bool:
        return bool(
            self.gazetteer.resolve_region(name, fuzzy=fuzzy)
            or self.gazetteer.resolve_country(name, fuzzy=fuzzy)
        )


def _in_country(lexicon: Lexicon, mention: PlaceMention | Mention, country_id: int) -> bool:
    info = lexicon.place(mention.kind, mention.record_id)
    return info.country_id == country_id
