"""Which sentences tell of which event.

A report of this genre opens with a lead that often sums up several events ("events
... were organized in A, B and C"); each event then starts with a sentence that
introduces it ("Another event ... was held in the Omsk region", "At the event
held in Kislovodsk", "In Washington, ...") and runs until the next one. A new
introduction only starts a new event when it names another place (or says "another"),
so "The ceremony was organized by ..." stays with its event. Sentences before the first
event (headline, lead) are kept as the lead: later events inherit its occasion.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from desktop.extraction.dates import (
    DAY_MONTH_RE,
    MONTH_ALT,
    month_number,
    names_relative_day,
    relative_day,
    weekday_day,
)
from desktop.extraction.items import Item, find_items
from desktop.extraction.places import (
    LIST_GAP_RE,
    LIST_HEAD_RE,
    LIST_TAIL_RE,
    PlaceFinder,
    PlaceMention,
    PlaceResult,
)
from desktop.extraction.russian import lemma_ru, morph_parses
from desktop.extraction.segment_de import BESIDES_DE, PLACE_OPENER_DE, is_intro_de
from desktop.extraction.text import Document, Sentence
from desktop.extraction.vocab import (
    ANOTHER_RE,
    EVENT_NOUNS_AZ,
    EVENT_NOUNS_EN,
    EVENT_NOUNS_RU,
    EVENT_VERBS_AZ,
    EVENT_VERBS_EN,
    EVENT_VERBS_RU,
    PLURAL_EVENT_NOUNS_AZ,
    PLURAL_EVENT_NOUNS_EN,
    PLURAL_EVENT_NOUNS_RU,
    SUMMARY_RE,
)

_ADJ = r"(?:[\w'’-]+\s+){0,4}?"
_INTRO_EN = [
    re.compile(
        rf"\b(?:an?|another|one more|the|this|that|its)\s+{_ADJ}(?P<noun>{EVENT_NOUNS_EN})\b"
        rf"[^.;]{{0,160}}?\b(?:{EVENT_VERBS_EN})\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:held|hosted|organi[sz]ed|staged|arranged|co-organi[sz]ed|holds|hold|will hold"
        rf"|gathered (?:at|for)|took part in|celebrated with)\s+(?:an?|another|one more|the|its)\s+"
        rf"{_ADJ}(?P<noun>{EVENT_NOUNS_EN})\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:at|during)\s+(?:an?|the)\s+{_ADJ}(?P<noun>{EVENT_NOUNS_EN})\s+"
        rf"(?:held|organi[sz]ed|hosted|staged|arranged|that took place)\s+(?:in|by|at)\b",
        re.IGNORECASE,
    ),
    re.compile(
        # "people marched yesterday ... to mark the 110th anniversary": a gathering's purpose
        r"\b(?:marked|celebrated|commemorated|(?:marched|gathered|rallied)\b[^.;]{0,80}?"
        r"\bto (?:mark|commemorate|celebrate))\s+(?:the\s+|this\s+)?(?:\w+\s+){0,3}?"
        r"(?:occasion|day|anniversary|holiday|\d|[A-Z])",
    ),
    re.compile(r"\b(?:celebrated|commemorated) (?:on|in|with|at)\b", re.IGNORECASE),
    # "the all-European Sabantuy, which will take place on June 16 in X": a named holiday's
    # day and place make it an event without an event noun
    re.compile(
        rf"\b(?:will take place|takes place|took place|will be held|was held)\s+on\s+"
        rf"(?:{MONTH_ALT})\s+\d{{1,2}}\b[^.;]{{0,20}}\bin\s+[A-Z]",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:gathered|assembled|came together)\s+(?:at|in|near|outside|by)\b"),
    # "held festive events in ...": a bare plural after the verb
    re.compile(
        rf"\b(?:held|hosted|organi[sz]ed|staged|arranged|will hold)\s+{_ADJ}"
        rf"(?P<noun>{PLURAL_EVENT_NOUNS_EN})\b",
        re.IGNORECASE,
    ),
    # German word order: "In Köln fand eine Gedenkveranstaltung statt"
    re.compile(
        rf"\b(?:{EVENT_NOUNS_EN})\b[^.;]{{0,160}}?\b(?:fand|findet|stattgefunden|veranstaltet"
        rf"|organisiert|ausgerichtet|abgehalten|gefeiert|begangen)\b"
        rf"|\b(?:fand|findet|veranstaltete|organisierte)\b[^.;]{{0,120}}?\b(?:{EVENT_NOUNS_EN})\b",
        re.IGNORECASE,
    ),
]
_INTRO_RU = re.compile(
    rf"(?:(?:{EVENT_NOUNS_RU})\w*[^.;]{{0,160}}?(?:{EVENT_VERBS_RU})\w*"
    rf"|(?:{EVENT_VERBS_RU})\w*[^.;]{{0,120}}?(?:{EVENT_NOUNS_RU})\w*)",
    re.IGNORECASE,
)
_INTRO_AZ = re.compile(
    rf"(?:(?:{EVENT_NOUNS_AZ})\w*[^.;]{{0,160}}?(?:{EVENT_VERBS_AZ})\w*"
    rf"|(?:{EVENT_VERBS_AZ})\w*[^.;]{{0,80}}?(?:{EVENT_NOUNS_AZ})\w*)",
    re.IGNORECASE,
)
_PLURAL = {
    "en": re.compile(rf"\b(?:{PLURAL_EVENT_NOUNS_EN})\b", re.IGNORECASE),
    "ru": re.compile(rf"(?<!\w)(?:{PLURAL_EVENT_NOUNS_RU})(?!\w)", re.IGNORECASE),
    "az": re.compile(rf"(?<!\w)(?:{PLURAL_EVENT_NOUNS_AZ})", re.IGNORECASE),
}
_IN_PLACE_OPENER = re.compile(r"^(?:In|At|В|Во)\s+(?:the\s+)?[A-ZА-ЯЁ]")
# "Meanwhile, the community of Minneapolis laid flowers ...": a town's community opening
# the sentence, as "In Minneapolis, ..." does
_COMMUNITY_OPENER = re.compile(
    r"^(?:(?:Meanwhile|Elsewhere|At the same time|Also|In addition),\s*)?(?:[Tt]he\s+)?"
    r"(?:[A-Z][\w-]*\s+)?communit(?:y|ies)\s+(?:of|in)\s+(?:the\s+)?[A-Z]"
)
# A Russian sentence that opens on its place (after a date or "В субботу") and has an
# event verb: "24 августа в Тбилиси ... собрались", "В Оренбурге 21 марта Наурыз отметили".
# "в Свердловской и Тюменской областях": two regions sharing one head word.
_CONTINUED_RE = re.compile(r"\b(?:will|would) continue in\b|\bcontinues in\b", re.IGNORECASE)
_WHEN_OPENER = re.compile(
    r"^(?:On|Last|This)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?,", re.UNICODE
)
_SHARED_REGIONS_RE = re.compile(
    r"[А-ЯЁ][а-яё-]+(?:ой|ом|их)\s+и\s+[А-ЯЁ][а-яё-]+(?:ой|ом|их)\s+(?:област|кра|республик)\w*"
)
_RU_PLACE_VERB = re.compile(
    rf"(?<!\w)(?:{EVENT_VERBS_RU}|собрал\w*|отметил\w*|почтил\w*|открыл\w*)", re.IGNORECASE
)
# "Как сообщили агентству в комитете ..., в городе N собрались ...": the reporting clause
# before the place does not push the place out of the sentence's opening.
_ATTRIBUTION_RU = re.compile(
    r"^(?:Как\s+(?:сообщил|сообщает|сообщили|сообщают|передает|передаёт|стало известно|"
    r"рассказал|рассказали|отметили)\w*|По\s+(?:сообщению|данным|информации))[^,]{0,120},\s*",
    re.IGNORECASE,
)
_INDEFINITE_INTRO = re.compile(
    rf"^(?:[^,]{{0,40}},\s*)?(?:an?|one more|another)\s+{_ADJ}(?:{EVENT_NOUNS_EN})\b"
    rf"[^.;]{{0,160}}?\b(?:{EVENT_VERBS_EN})\b",
    re.IGNORECASE,
)
_BESIDES_RE = re.compile(
    r"^(?:Besides|In addition|Apart from (?:this|that)|Кроме того|Кроме этого|Помимо этого"
    r"|Помимо того|Bundan başqa|Bundan əlavə|Bundan savayı|Außerdem|Darüber hinaus"
    # German: another day opens another event ("Tags darauf", "Bereits am 27. Mai")
    rf"|{BESIDES_DE})\b",
    re.IGNORECASE,
)
# "a host of marches and other events", "ряд мероприятий": a roundup still
_MANY_RE = re.compile(
    r"\b(?:host|series|number|range|variety) of\b|\bother\b|(?<!\w)(?:ряд|сери[юяи]|друг\w+"
    r"|digər|silsilə)(?!\w)",
    re.IGNORECASE,
)
_DATED_RE = re.compile(
    rf"\d{{1,2}}\s+(?:{MONTH_ALT})|(?:{MONTH_ALT})\s+\d{{1,2}}\b", re.IGNORECASE
)
_VERB_RE = {
    "en": re.compile(rf"\b(?:{EVENT_VERBS_EN})\b", re.IGNORECASE),
    "ru": re.compile(rf"(?<!\w)(?:{EVENT_VERBS_RU})\w*", re.IGNORECASE),
    "az": re.compile(rf"(?<!\w)(?:{EVENT_VERBS_AZ})\w*", re.IGNORECASE),
}
_NOUN_RE = {
    "en": re.compile(rf"\b(?:{EVENT_NOUNS_EN})\b", re.IGNORECASE),
    "ru": re.compile(rf"(?<!\w)(?:{EVENT_NOUNS_RU})\w*", re.IGNORECASE),
    "az": re.compile(rf"(?<!\w)(?:{EVENT_NOUNS_AZ})\w*", re.IGNORECASE),
}


# "Здесь, как и во всех общинах, прошли мероприятия": the town the sentence before named last
_HERE_RE = re.compile(
    r"^(?:Здесь|Тут|Там|Here|There|Burada|Orada|Hier|Dort)(?:\s+же)?\b(?!\s+(?:is|are|was|were"
    r"|will|has|have)\b)"
)


@dataclass
class SentenceInfo:
    sentence: Sentence
    intro: bool = False
    summary: bool = False
    another: bool = False
    fresh: bool = False
    besides: bool = False  # opens on "Besides," / "Кроме того," / "Bundan başqa,"
    continued: bool = False  # "the celebrations would continue in X": X's own event
    place: PlaceResult = field(default_factory=PlaceResult)
    towns: list[PlaceMention] = field(default_factory=list)
    here: PlaceMention | None = None  # the town a sentence opening on "Здесь"/"Here" means


@dataclass
class Segment:
    """One event's sentences; ``anchors`` are the ones that introduce it."""

    sentences: list[Sentence] = field(default_factory=list)
    anchors: set[int] = field(default_factory=set)
    place: PlaceResult = field(default_factory=PlaceResult)
    default_place: PlaceResult | None = None
    item: Item | None = None
    town: PlaceMention | None = None  # the town of a list this event is one of
    inherited: bool = False  # placed by the sentence naming places right before it
    borrowed: int | None = None  # an earlier summary sentence that told of it alone

    @property
    def start(self) -> int:
        return self.sentences[0].start

    @property
    def opening(self) -> int:
        """Where the report starts telling of it (the report's order of events)."""
        return next(s.start for s in self.sentences if s.index != self.borrowed)

    @property
    def end(self) -> int:
        return self.sentences[-1].end


@dataclass
class Segmentation:
    lead: list[Sentence]
    events: list[Segment]


def _plural_event(text: str, language: str) -> re.Match[str] | None:
    """An event noun in the plural ("акции прошли"); in Russian not one a noun before it
    governs, which is the genitive singular of the same form ("Участники акции")."""
    for match in _PLURAL[language].finditer(text):
        before = re.search(r"([А-ЯЁа-яё]+)\s+$", text[: match.start()])
        if language == "ru" and before is not None and _common_noun(before.group(1)):
            continue
        return match
    return None


def _common_noun(word: str) -> bool:
    """A common noun (not a place's or a person's name) in its likeliest reading."""
    tag = morph_parses(word.casefold())[0].tag
    return tag.POS == "NOUN" and not {"Geox", "Name", "Surn", "Patr", "Orgn"} & set(
        tag.grammemes
    )


def is_intro(sentence: Sentence, language: str) -> bool:
    text = sentence.text
    if language == "ru":
        return bool(_INTRO_RU.search(text))
    if language == "az":
        return bool(_INTRO_AZ.search(text))
    # German is read with the Latin-script rules; its verb-second intros have their own.
    return any(p.search(text) for p in _INTRO_EN) or is_intro_de(text)


def event_noun_spans(sentence: Sentence, language: str) -> list[tuple[int, int]]:
    pattern = _NOUN_RE.get(language, _NOUN_RE["en"])
    return [(sentence.start + m.start(), sentence.start + m.end()) for m in pattern.finditer(
        sentence.text)]


def segment(
    doc: Document,
    places: PlaceFinder,
    skip: set[int],
    home_country: int | None,
    default_place: PlaceResult | None = None,
    published: dt.date | None = None,
) -> Segmentation:
    """Split ``doc`` into a lead and events; ``skip`` holds sentence indexes to ignore;
    ``published``, the report's date, gives its "today" a day."""
    language = doc.language
    listed, items = find_items(doc, len(doc.sentences) + 1000)
    infos: list[SentenceInfo] = []
    for sentence in doc.sentences:
        if sentence.index in skip or sentence.index in listed:
            continue
        info = SentenceInfo(sentence)
        text = sentence.text
        info.intro = is_intro(sentence, language)
        located = places.place_of([sentence], {sentence.index}, home_country)
        info.place = located
        if (
            not info.intro
            and language == "en"
            and (_IN_PLACE_OPENER.match(text) or PLACE_OPENER_DE.match(text)
                 or _COMMUNITY_OPENER.match(text))
            and (located.city or located.region or located.city_text)
        ):
            opener = [m for m in places.mentions(sentence) if m.locative]
            if opener and opener[0].start - sentence.start < 40:
                info.intro = True
        if not info.intro and language == "az" and _VERB_RE["az"].search(text):
            # "Fevralın 26-da İstanbulda ... xatirəsi anılıb": a town at the opening and an
            # event verb, with no event noun, still tell of an event
            opener = [
                m for m in places.mentions(sentence) if m.locative and m.kind in ("city", "region")
            ]
            if opener and opener[0].start - sentence.start < 30:
                info.intro = True
        if not info.intro and language == "ru" and _RU_PLACE_VERB.search(text):
            opener = [
                m for m in places.mentions(sentence) if m.locative and m.kind in ("city", "region")
            ]
            attribution = _ATTRIBUTION_RU.match(text)
            offset = attribution.end() if attribution else 0
            if opener and 0 <= opener[0].start - sentence.start - offset < 45:
                info.intro = True
        info.fresh = language == "en" and bool(_INDEFINITE_INTRO.search(text))
        plural = _plural_event(text, language)
        many_places = places.summary_places(sentence) >= 2
        info.continued = _CONTINUED_RE.search(text) is not None
        info.summary = info.intro and (
            # "the celebrations would continue in X": the one event of X, not a roundup
            (plural is not None and not info.continued
             and not re.search(r"\b(?:one|each) of\b", text[: plural.start()]))
            or bool(SUMMARY_RE.search(text))
            or many_places
            or bool(_SHARED_REGIONS_RE.search(text))
        )
        info.another = bool(ANOTHER_RE.search(text))
        if info.intro and _BESIDES_RE.match(text) and not (
            SUMMARY_RE.search(text) or _MANY_RE.search(text)
        ):
            # "Besides, the X society also held memorial events": one more event (told in
            # the plural too), not a detail of the last one or a roundup of the report's
            info.summary, info.besides = False, True
        if not sentence.heading and (info.intro or _NOUN_RE.get(language, _NOUN_RE["en"]).search(
            text
        )):
            info.towns = town_list(sentence, places, doc.text)
        if infos and not infos[-1].sentence.heading and (
            info.intro or info.summary
        ) and _HERE_RE.match(text):
            # (after a heading "БОСТОН", "Здесь" is the heading's town: its event goes on)
            named = [m for m in places.mentions(infos[-1].sentence)
                     if m.kind == "city" and not m.in_name]
            if named and info.place.city is None:
                # "... returned to X. Here events were held": X's event, no roundup
                info.here, info.intro, info.summary, info.towns = named[-1], True, False, []
                info.place = PlaceResult(city=places.lexicon.place("city", named[-1].record_id))
        infos.append(info)

    lead: list[Sentence] = []
    events: list[Segment] = []
    current: Segment | None = None
    group: list[Segment] = []  # the events of a list of towns, sharing what follows it
    listed_towns: list[Segment] = []
    previous: SentenceInfo | None = None
    for info, previous in zip(infos, [None, *infos[:-1]], strict=True):
        sentence = info.sentence
        if group:
            # "Tədbirləri X təşkil edib", "The events were organized by X": the listed events
            # told of again in the plural, with no place or day of their own
            again = (
                info.intro
                and info.place.is_empty()
                and _PLURAL[language].search(sentence.text) is not None
                and _day_of(sentence, places.excluded, published) is None
            )
            if sentence.separator_before or sentence.heading or (
                info.intro and not again
            ) or info.towns or any(m.locative for m in places.mentions(sentence)):
                group = []
            else:
                for seg in group:
                    seg.sentences.append(sentence)
                continue
        if info.towns:
            if current is not None and current is events[-1] and current.place.city is None and (
                current.place.city_text is None
            ):
                # "Culture days will take place in the X region. ... in A, B and C": the
                # sentence before the list was its umbrella, the lead of its towns' events.
                events.remove(current)
                lead.extend(current.sentences)
            group = [_town_segment(info, town, places, default_place)
                     for town in info.towns]
            events.extend(group)
            listed_towns.extend(group)
            current = None
            continue
        if sentence.heading:
            if _place_heading(sentence, info):
                # "ТОРОНТО": a section heading that is a place opens that place's event; an
                # event so far with no place of its own was the report's lead.
                if current is not None and current.place.is_empty() and events == [current]:
                    events.remove(current)
                    lead.extend(current.sentences)
                current = _start(events, info, default_place)
                continue
            if current is None:
                lead.append(sentence)
            else:
                current.sentences.append(sentence)
            continue
        if sentence.separator_before:
            current = None
        if info.summary:
            if current is not None and not events:
                lead.extend(current.sentences)
            lead.append(sentence)
            current = None
            continue
        if current is not None and _SAME_AGAIN_RE.search(sentence.text):
            current = _start(events, info, default_place)
            continue
        if info.here is not None and current is not None:
            _place_before_return(current, info.here, places)
            current = _start(events, info, default_place)
            current.town = info.here
            # "В B 24 апреля прошли мероприятия ... Здесь прошли мероприятия": the summary
            # of B alone told of this event
            told = next((i.sentence for i in infos if i.summary and [
                m.record_id for m in places.mentions(i.sentence) if m.locative
            ] == [info.here.record_id]), None)
            if told is not None and told.start < sentence.start:
                current.sentences.insert(0, told)
                current.anchors.add(told.index)
                current.borrowed = told.index
            continue
        if info.intro:
            if current is None:
                current = _start(events, info, default_place)
                if current.place.is_empty() and previous is not None and previous.summary:
                    _inherit_place(current, previous, places, doc.text)
                continue
            new_place = not info.place.is_empty() and (
                current.place.conflicts_with(info.place)
            )
            fresh = info.fresh and not current.place.is_empty() and (
                not info.place.is_empty() or bool(_WHEN_OPENER.match(sentence.text))
            )
            moved = info.continued and not info.place.is_empty()
            if new_place or moved or fresh or info.besides or _new_day(
                current, sentence, places.excluded, published
            ) or (
                info.another
                and re.search(r"\b(?:another|one more|ещё одно|еще одно|daha bir)\b",
                              sentence.text, re.IGNORECASE)
            ) or (info.another and language == "en" and _other_kind(current, sentence, language)):
                current = _start(events, info, default_place)
                continue
            current.sentences.append(sentence)
            current.anchors.add(sentence.index)
            _merge_place(current.place, info.place)
            continue
        if current is not None and _opens_own_event(info, previous, current, places, published):
            current = _start(events, info, default_place)
            continue
        if current is None:
            lead.append(sentence)
        else:
            current.sentences.append(sentence)
    for seg in listed_towns:
        if seg.place.city is not None and any(
            other.place.city is not None and other.place.city.record_id == seg.place.city.record_id
            for other in events
            if other not in listed_towns
        ):
            events.remove(seg)  # a later paragraph tells of that town's event itself
    events.extend(_roundup_events(infos, events, places, doc.text))
    if len(events) == 1 and events[0].inherited:
        # The report's only event: the sentence before it was its lead, whose place the
        # extraction weighs as a whole.
        events[0].item, events[0].place, events[0].inherited = None, PlaceResult(), False
    if not events:
        body = [i.sentence for i in infos if not i.sentence.heading]
        # No event sentence: a report that still tells of one ("прошёл детский Сабантуй").
        if body and any(
            _NOUN_RE.get(language, _NOUN_RE["en"]).search(s.text)
            or _VERB_RE.get(language, _VERB_RE["en"]).search(s.text)
            for s in body
        ):
            seg = Segment(sentences=body, anchors={body[0].index})
            events.append(seg)
            lead = [i.sentence for i in infos if i.sentence.heading]
    if not items and (by_people := _community_events(
        infos, events, language, default_place, places.excluded, published
    )):
        first = by_people[0].start
        lead = [info.sentence for info in infos if info.sentence.start < first]
        events = by_people
    if items:
        # The prose that announces a list is its lead, not one more event.
        first = min(item.sentence.start for item in items)
        intro = [seg for seg in events if seg.start < first and not _DATED_RE.search(
            " ".join(s.text for s in seg.sentences))]
        for seg in intro:
            events.remove(seg)
            lead.extend(seg.sentences)
        lead.sort(key=lambda s: s.start)
    for item in items:
        if item.city is None:
            continue  # "(ONLINE)": an item with no place is no event of a place
        seg = Segment(sentences=[item.sentence], anchors={item.sentence.index}, item=item)
        seg.default_place = default_place
        events.append(seg)
    events.sort(key=lambda seg: seg.opening)
    return Segmentation(lead, events)


@cache
def _language_adjectives(language: str) -> frozenset[str]:
    """First words of the language names CLDR gives in ``language`` ("таджикский",
    "Latvian", "ləzgi"): the adjectives of peoples, to tell a people's name from any noun."""
    from babel import Locale

    return frozenset(name.split()[0].casefold() for name in Locale(language).languages.values())


_RU_PLURAL_NOUN_RE = re.compile(r"^[а-яё]{3,}(?:ы|и|е)$")
# How a people's noun makes its adjective: "таджик" -> "таджикский", "ассириец" ->
# "ассирийский", "татарин" -> "татарский", "немец" -> "немецкий", "грек" -> "греческий".
_RU_ADJECTIVE_MAKERS = (
    (0, "ский"), (0, "кий"), (2, "ский"), (2, "йский"), (2, "ецкий"), (2, "ьский"),
    (1, "ческий"), (4, "ский"),
)


def people_of(word: str, language: str) -> str | None:
    """The people a plural noun names ("таджики", "Kurds", "Azerbaijanis", "ləzgilər",
    "Kurden"), as its language's adjective; None for any other word ("гости", "Guests")."""
    if language == "ru":
        word = word.casefold()
        if not _RU_PLURAL_NOUN_RE.match(word):
            return None
        lemma = lemma_ru(word)
        names = _language_adjectives("ru")
        if lemma in names:
            return lemma  # "русские"
        for cut, ending in _RU_ADJECTIVE_MAKERS:
            if len(lemma) - cut >= 3 and (lemma[: len(lemma) - cut] + ending) in names:
                return lemma[: len(lemma) - cut] + ending
        return None
    if language == "az":
        lower = word.casefold()
        if not lower.endswith(("lar", "lər")):
            return None
        stem = lower[:-3]
        names = _language_adjectives("az")
        for candidate in (stem, re.sub(r"l[ıiuü]$", "", stem)):
            if candidate in names:
                return candidate
        return None
    if not (word[:1].isupper() and word.endswith(("s", "n")) and len(word) > 4):
        return None
    lower = word.casefold()
    names = _language_adjectives("en") | _language_adjectives("de")
    for stem in {lower[:-1], lower[:-2]}:
        for candidate in (stem, stem + "ish", stem + "isch", stem + "i"):
            if candidate in names:
                return candidate
    return None


# A community noun after a people's adjective: "the Turkish community", "таджикская община"
_COMMUNITY_RE = re.compile(
    r"(?P<adj>[\w-]+)\s+(?:communit(?:y|ies)|diaspora|Gemeinde|Gemeinschaft|общин\w*"
    r"|диаспор\w*|землячеств\w*|icma\w*|diaspor\w*)",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[^\W\d_]+")
# Verbs of a community holding its day ("празднуют", "встретят", "celebrated", "qeyd edəcək").
_CELEBRATE_RE = {
    "ru": re.compile(
        r"(?<!\w)(?:празд|отмеча|отмет|встреча|встрет|собер|собира|провод|провед|прош|пройд"
        r"|почт|эстафет)\w*",
        re.IGNORECASE,
    ),
    "az": re.compile(
        r"(?<!\w)(?:qeyd\s+ed|qeyd\s+olun|bayram|keçir|toplaş|anıb|anma|anacaq)\w*",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:celebrat|mark|observ|held|hold|gather|commemorat|honou?r|feier|begeh|beging)\w*",
        re.IGNORECASE,
    ),
}
_TOGETHER_RE = re.compile(
    r"\b(?:together|jointly|joint|gemeinsam|zusammen)\b|(?<!\w)(?:вместе|совместн\w*|сообща"
    r"|birgə|birlikdə)(?!\w)",
    re.IGNORECASE,
)


def _peoples(sentence: Sentence, language: str) -> list[str]:
    """The peoples a sentence names as holding something, in order: plural nouns of a people
    ("узбеки", "the Latvians") and communities named by a people's adjective."""
    text = sentence.text
    if not _CELEBRATE_RE.get(language, _CELEBRATE_RE["en"]).search(text):
        return []
    found: list[tuple[int, str]] = []
    for match in _WORD_RE.finditer(text):
        word = match.group()
        if language == "ru" and match.start() > 0 and not word.islower():
            continue  # "Республики Коми": a people's name is lower case in Russian
        people = people_of(word, language)
        if people is not None:
            found.append((match.start(), people))
    adjectives = _language_adjectives(language if language in ("ru", "az") else "en")
    for match in _COMMUNITY_RE.finditer(text):
        adjective = match.group("adj")
        if re.search(r"\b(?:of|of the|von|der|des)\s+$", text[: match.start()], re.IGNORECASE) or (
            language == "ru" and not adjective.casefold().endswith(("ая", "ое", "ие", "ые"))
        ):
            continue  # "members of the Georgian community", "грузинской диаспоры": no subject
        if language == "ru":
            adjective = lemma_ru(adjective.casefold())
        if adjective.casefold() in adjectives:
            found.append((match.start(), adjective.casefold()))
    return list(dict.fromkeys(people for _start, people in sorted(found)))


def _community_events(
    infos: list[SentenceInfo],
    events: list[Segment],
    language: str,
    default_place: PlaceResult | None,
    excluded: list[tuple[int, int]],
    published: dt.date | None,
) -> list[Segment]:
    """"Today the Uzbeks and Kazakhs mark the holiday ... on 22 March the Turkmens will":
    communities told apart, each holding the day itself on a day of its own, give an event
    each (unless the report is of several towns, or says they held it together)."""
    told = [(info, _peoples(info.sentence, language)) for info in infos
            if not info.sentence.heading]
    told_apart = [(info, peoples) for info, peoples in told if peoples]
    distinct = {people for _info, peoples in told_apart for people in peoples}
    towns = {seg.place.city.record_id for seg in events if seg.place.city is not None}
    days: set[object] = set()
    for info, _peoples_told in told_apart:
        day = _day_of(info.sentence, excluded, published)
        days.add(day if day else ("today" if names_relative_day(info.sentence.text) else None))
    if (
        len(days - {None}) < 2  # each on a day of its own
        or len(told_apart) < 2
        or len(distinct) < 2
        or len(distinct) <= len(events)
        or len(towns) > 1
        or any(_TOGETHER_RE.search(info.sentence.text) for info, _peoples in told_apart)
    ):
        return []
    by_people: dict[str, Segment] = {}
    last: Segment | None = None
    first = told_apart[0][0].sentence.start
    for info, peoples in told:
        sentence = info.sentence
        if sentence.start < first:
            continue
        for people in peoples:
            seg = by_people.get(people)
            if seg is None:
                seg = by_people[people] = Segment(sentences=[], anchors=set())
            seg.sentences.append(sentence)
            seg.anchors.add(sentence.index)
            _merge_place(seg.place, info.place)
            last = seg
        if not peoples and last is not None:
            last.sentences.append(sentence)
    # "Сегодня в X области отмечают узбеки ... 22 марта туркмены": the first one's place
    # is the report's setting, the place of a community's day that names none.
    setting = told_apart[0][0].place
    for seg in by_people.values():
        seg.default_place = default_place if setting.is_empty() else setting
        if seg.place.is_empty():
            _merge_place(seg.place, setting)
    return list(by_people.values())


def town_list(sentence: Sentence, places: PlaceFinder, text: str) -> list[PlaceMention]:
    """The towns of a list written as where something happens ("в Казани, Самаре и Уфе",
    "in three cities – A, B and C", "A, B və digər şəhərlərində"), two or more, else none.
    Towns people come from ("делегаты из A и B") are no such list."""
    runs: list[list[PlaceMention]] = []
    for mention in _with_misspelt(places.mentions(sentence), sentence, places, text):
        if mention.kind != "city" or mention.in_name:
            continue
        if runs and LIST_GAP_RE.match(text[runs[-1][-1].end : mention.start]):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    for run in runs:
        towns = list({m.record_id: m for m in reversed(run)}.values())[::-1]
        if len(towns) < 2 or _HISTORY_BEFORE_RE.search(text, sentence.start, run[0].start):
            continue
        if (
            run[0].locative
            # "Daşkənd və Səmərqənddə": Azerbaijani puts the case ending on the last only
            or (places.doc.language == "az" and run[-1].locative)
            or LIST_HEAD_RE.search(text[sentence.start : run[0].start])
            or LIST_TAIL_RE.match(text[run[-1].end : sentence.end])
        ):
            return towns
    return []


# "a report on the events of 1918 in A and B": towns of history, not of events held now
_HISTORY_BEFORE_RE = re.compile(r"(?<!\d)1\d{3}(?:\s+год[аеуы]?)?\s+(?:in|в|во)\s+$")
_NEXT_IN_LIST_RE = re.compile(
    r"(?:\s*,\s*(?:(?:and|и|və)\s+)?|\s+(?:and|и|və|&)\s+)([A-ZА-ЯЁ][\w-]{3,})\b"
)


def _with_misspelt(
    mentions: list[PlaceMention], sentence: Sentence, places: PlaceFinder, text: str
) -> list[PlaceMention]:
    """The towns with a list member the gazetteer misses by a typo ("in A, Bx and C"): a
    capitalised word listed right after a known town is tried as a misspelt big town."""
    out = list(mentions)
    known = {(m.start, m.end) for m in mentions}
    for mention in mentions:
        previous = mention
        while previous.kind == "city" and not previous.in_name:
            match = _NEXT_IN_LIST_RE.match(text, previous.end, sentence.end)
            if match is None or any(s <= match.start(1) < e for s, e in known):
                break
            info = places.lexicon.misspelt_city(match.group(1), places.doc.language)
            if info is None:
                break
            previous = PlaceMention(
                "city", info.record_id, match.start(1), match.end(1), sentence.index,
                mention.locative, False,
            )
            out.append(previous)
            known.add((previous.start, previous.end))
    return sorted(out, key=lambda m: m.start)


def _place_before_return(seg: Segment, here: PlaceMention, places: PlaceFinder) -> None:
    """"A parade in A ... Then they returned to B. Here ...": the event so far, with no town
    of its own but B, is in the one other town its sentences name."""
    if seg.town is not None or (
        seg.place.city is not None and seg.place.city.record_id != here.record_id
    ):
        return  # "Община города B ... в A ... вернулись в B. Здесь": B is only its home
    others = {
        m.record_id: m for s in seg.sentences for m in places.mentions(s)
        if m.kind == "city" and m.locative and not m.in_name and m.record_id != here.record_id
    }
    if len(others) == 1 and (seg.item is None or seg.inherited):
        seg.town = next(iter(others.values()))
        seg.item, seg.inherited = None, False  # not the town the sentence before it named
        seg.place = PlaceResult(city=places.lexicon.place("city", seg.town.record_id))


def _town_segment(
    info: SentenceInfo, town: PlaceMention, places: PlaceFinder, default_place: PlaceResult | None
) -> Segment:
    """One town's event of a list: the list's sentence, placed in that town."""
    sentence = info.sentence
    seg = Segment(sentences=[sentence], anchors={sentence.index}, town=town)
    seg.place.city = places.lexicon.place("city", town.record_id)
    seg.default_place = default_place
    return seg


_SCOPE_RE = re.compile(
    r"\b(?:such as|including|most|many|etc|and others|like)\b|\bв том числе\b|\bи др\b"
    r"|\bтаких как\b|\bкimi\b|\bkimi\b|\bvə s\b|\bvə digər",
    re.IGNORECASE,
)


# "A, B and C will hold various events in X": bodies named as holding events in one place.
_SUBJECTS_HOLD_RE = re.compile(
    r"^.{0,300}?\b(?:will hold|are to hold|held|hold|organi[sz]ed|will organi[sz]e)\s+"
    r"(?:various|several|a number of|a host of|a series of|many|different|commemorative"
    r"|memorial|festive)\s+(?:\w+\s+(?:and\s+(?:other\s+)?)?)?events\b"
    r"|(?:проведут|провели|организовали|организуют)\s+(?:различные|ряд|памятные|праздничные)\s+"
    r"мероприяти|müxtəlif tədbirlər (?:keçirəcək|keçirib|təşkil)",
    re.IGNORECASE,
)


# "the State Committee on Work with Diaspora of X": a country closing a body's name
_BODY_OF_RE = re.compile(
    r"\b(?!(?:Kingdom|Republic|Federation|Commonwealth|Principality|State|Duchy"
    r"|Sultanate|Emirate)s?\b)[A-Z][a-z]+\s+of\s+(?:the\s+)?$"
)


def _roundup_events(
    infos: list[SentenceInfo], events: list[Segment], places: PlaceFinder, text: str
) -> list[Segment]:
    """A summary sentence that names several places ("events were held in A, B and C")
    gives an event for each place no later paragraph tells of. Countries listed as a
    campaign's scope ("in many countries, such as ...") are no events."""
    covered: set[tuple[str, int]] = set()
    for seg in events:
        for known in (seg.place.city, seg.place.region, seg.place.country):
            if known is not None:
                covered.add((known.kind, known.record_id))
        if seg.place.city is not None and seg.place.city.region_id:
            covered.add(("region", seg.place.city.region_id))
    out: list[Segment] = []
    made: set[tuple[str, int]] = set()  # places already given an event here
    for info in infos:
        if not info.summary:
            continue
        sentence = info.sentence
        mentions = [
            m for m in places.mentions(sentence)
            if m.locative and not (m.kind == "country" and _BODY_OF_RE.search(
                text[max(sentence.start, m.start - 40) : m.start]))
        ]
        local = [m for m in mentions if m.kind in ("city", "region")]
        if not local and not _SCOPE_RE.search(sentence.text):
            local = [m for m in mentions if m.kind == "country"]
        held = bool(_SUBJECTS_HOLD_RE.search(sentence.text))
        if not local or (len(local) < 2 and not held):
            continue
        for mention in local:
            place = places.lexicon.place(mention.kind, mention.record_id)
            keys = {(place.kind, place.record_id)}
            if place.kind == "city" and place.region_id:
                keys.add(("region", place.region_id))
            if keys & made or (
                keys & covered and not (held and places.summary_places(sentence) <= 1)
            ):
                continue  # told of by a paragraph of its own (unless its bodies hold it here)
            covered |= keys
            made |= keys
            if mention.kind == "city":
                # the town as named; its region only where the text names one
                out.append(Segment(sentences=[sentence], anchors={sentence.index}, town=mention,
                                   place=PlaceResult(city=place)))
                continue
            written = (text[mention.start : mention.end], mention.start, mention.end)
            item = Item(
                sentence,
                None,
                None,
                written if mention.kind == "city" else None,
                written if mention.kind == "region" else None,
                False,
                written if mention.kind == "country" else None,
            )
            out.append(Segment(sentences=[sentence], anchors={sentence.index}, item=item))
    return out


def _inherit_place(
    seg: Segment, summary: SentenceInfo, places: PlaceFinder, text: str
) -> None:
    """"In A and B, too, ... will be marked. The X of A will hold ...": an event with no
    place of its own right after a sentence naming places is in one of them, the one its
    sentence names (in a body's name too), else the first."""
    named = [m for m in places.mentions(summary.sentence) if m.locative]
    if not named:
        return
    own = {(m.kind, m.record_id) for m in places.mentions(seg.sentences[0])}
    chosen = next((m for m in named if (m.kind, m.record_id) in own), named[0])
    written = (text[chosen.start : chosen.end], chosen.start, chosen.end)
    seg.item = Item(
        summary.sentence,
        None,
        None,
        written if chosen.kind == "city" else None,
        written if chosen.kind == "region" else None,
        False,
        written if chosen.kind == "country" else None,
    )
    info = places.lexicon.place(chosen.kind, chosen.record_id)
    setattr(seg.place, chosen.kind, info)
    seg.inherited = True


def _place_heading(sentence: Sentence, info: SentenceInfo) -> bool:
    """A heading line that is only a place's name ("ТОРОНТО", "In Denver")."""
    located = info.place
    if located.is_empty() or len(sentence.text.split()) > 4:
        return False
    return bool(located.city or located.region or located.city_text)


# "в честь 31 марта", "ко Дню 9 мая", "dedicated to 20 January": a day named as what the
# event marks, not when it is.
_OCCASION_CUE_BEFORE_RE = re.compile(
    r"(?:\bв честь|\bко?|\bпосвящ\w*|\bпо случаю|\bгодовщин\w*|\bдн[яюеё]м?|\bдень|\bday"
    r"|\bdedicated to|\bdevoted to|\bmarking|\bto mark|\bin honou?r of|\bcommemorating"
    r"|\banniversary of|\bof)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _day_of(
    sentence: Sentence, excluded: list[tuple[int, int]], published: dt.date | None = None
) -> tuple[int, int] | None:
    """The (month, day) of the first day a sentence names, unless it is an occasion's name
    ("в честь 31 марта"); else of its "today" / "вчера" when the report's date is known."""
    for match in DAY_MONTH_RE.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if any(s <= start and end < e - 1 for s, e in excluded):
            continue  # "20 Yanvar faciəsinin ildönümü": the day begins a longer occasion name
        # "Здесь же 9 мая состоится ...": a day that is also an occasion's name dates the
        # sentence unless a cue names it as the occasion.
        if not any(s < end and start < e for s, e in excluded) or not (
            _OCCASION_CUE_BEFORE_RE.search(sentence.text[: match.start()])
        ):
            month = month_number(match.group("m1") or match.group("m2"))
            day = int(match.group("d1") or match.group("d2"))
            return (month, day) if month else None
    if published is not None and (
        day_named := relative_day(sentence.text, published)
        or weekday_day(sentence.text, published)
    ):
        return (day_named.month, day_named.day)
    return None


# "25 марта в рамках фестиваля ...", "as part of the festival": a day of the same event.
_PART_OF_RE = re.compile(
    r"\bв рамках\b|\bв ходе\b|\bas part of\b|\bwithin the\b|\bduring the\b"
    r"|\bçərçivəsində\b|\bim Rahmen\b",
    re.IGNORECASE,
)


# "Consul General X did the same at his office": one more body holding the same kind of event
_SAME_AGAIN_RE = re.compile(
    r"\b(?:did|does|will do) the same\b|\bfollowed suit\b|\bсделал[аи]?\s+то\s+же\s+самое"
    r"|(?<!\w)(?:так|то)\s+же\s+поступил|(?<!\w)eyni(?:si)?\s+(?:addımı\s+atdı|şeyi\s+etdi)"
    r"|\btat (?:es|dasselbe|das Gleiche)\b",
    re.IGNORECASE,
)


_NEXT_DAY_OPENER_RE = re.compile(
    r"^(?:На следующий день|На другой день|Назавтра|The next day|The following day|Next day"
    r"|On the next day|On the following day|Ertəsi gün|Növbəti gün|Am nächsten Tag"
    r"|Am folgenden Tag)\b",
    re.IGNORECASE,
)


def _other_kind(current: Segment, sentence: Sentence, language: str) -> bool:
    """ "A vigil was held ... A liturgy will also be served": an event of another kind told
    as one more ("also"), not a detail of the event so far."""
    pattern = _NOUN_RE.get(language, _NOUN_RE["en"])
    noun = pattern.search(sentence.text)
    if noun is None:
        return False
    told = {
        m.group().casefold().rstrip("s")
        for s in current.sentences
        if s.index in current.anchors
        for m in pattern.finditer(s.text)
    }
    return bool(told) and noun.group().casefold().rstrip("s") not in told


def _new_day(
    current: Segment,
    sentence: Sentence,
    excluded: list[tuple[int, int]],
    published: dt.date | None = None,
) -> bool:
    """An event sentence on another named day than the event so far ("На 5 мая запланирован
    субботник ... 9 мая состоится возложение", "... was held today. The festival, which will
    take place on June 16"): another event of a programme."""
    day = _day_of(sentence, excluded, published)
    if _PART_OF_RE.search(sentence.text):
        return False
    anchors = [s for s in current.sentences if s.index in current.anchors]
    if day is None:
        # "На следующий день откроется выставка": a programme's next day, its next event
        return bool(_NEXT_DAY_OPENER_RE.match(sentence.text)) and any(
            _day_of(s, excluded, published) for s in anchors
        )
    days = {d for s in anchors if (d := _day_of(s, excluded, published))}
    return bool(days) and day not in days


_HOSTS_RE = re.compile(r"\b(?:will\s+(?:also\s+)?host|is\s+(?:to\s+)?host(?:ing)?|hosts)\b")


def _opens_own_event(
    info: SentenceInfo,
    previous: SentenceInfo | None,
    current: Segment,
    places: PlaceFinder,
    published: dt.date | None,
) -> bool:
    """A paragraph that opens on an event in a town and on a day of its own ("В X 25–26
    апреля ожидаются Дни культуры") tells of another event, even with no event verb: its
    programme is not the last event's."""
    sentence = info.sentence
    language = places.doc.language
    return (
        previous is not None
        and previous.sentence.paragraph != sentence.paragraph
        and not info.place.is_empty()
        and current.place.conflicts_with(info.place)
        and (
            _NOUN_RE.get(language, _NOUN_RE["en"]).search(sentence.text) is not None
            # "A week later, on June 21, Izhevsk will host its Sabantuy": the town hosts it
            or (language == "en" and _HOSTS_RE.search(sentence.text) is not None)
        )
        and _day_of(sentence, places.excluded, published) is not None
    )


def _start(
    events: list[Segment], info: SentenceInfo, default_place: PlaceResult | None = None
) -> Segment:
    seg = Segment(sentences=[info.sentence], anchors={info.sentence.index})
    seg.default_place = default_place
    _merge_place(seg.place, info.place)
    if default_place is not None and (seg.place.is_empty() or only_country_of(
        seg.place, default_place
    )):
        _merge_place(seg.place, default_place)
    events.append(seg)
    return seg


def only_country_of(place: PlaceResult, town: PlaceResult) -> bool:
    """Whether ``place`` names only the country the dateline's town lies in (a dateline's
    town, then a body "of Poles in" its country): the event is in that town."""
    return (
        place.country is not None
        and not (place.city or place.region or place.city_text)
        and town.city is not None
        and town.city.country_id == place.country.record_id
    )


def _merge_place(target: PlaceResult, new: PlaceResult) -> None:
    target.city = target.city or new.city
    target.city_text = target.city_text or new.city_text
    target.region = target.region or new.region
    target.country = target.country or new.country
