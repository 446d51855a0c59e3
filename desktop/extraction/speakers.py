"""Who spoke at an event, in what role, for which organization.

A person counts as a speaker when the text has them speak: the subject of "noted",
"made a speech", "took the floor" (also across an apposition list: "X, a witness, Y,
and the Deputy Chairman, Z, spoke"), the object of "addresses by", or a person whose
next sentence goes on "He read out ...". People only mentioned (the President thanked,
a foundation's vice-president, actors who led a parade) are not speakers.
Roles come from the words written next to the name ("the chairman of the
organization, Jan Kowalski"); "the organization" is resolved to the event's organizer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from desktop.extraction.dates import MONTHS
from desktop.extraction.lexicon import Lexicon
from desktop.extraction.organizers import parse_org_name
from desktop.extraction.places import quoted_spans
from desktop.extraction.russian import (
    is_adjective,
    is_plural_only,
    morph_parses,
    named_spans,
)
from desktop.extraction.text import Sentence, Token
from desktop.extraction.vocab import (
    EVENT_NOUNS_AZ,
    NAME_STOP_WORDS,
    ORG_HEADS_AZ,
    ORG_HEADS_EN,
    ORG_HEADS_RU,
    ROLE_WORDS_AZ,
    ROLE_WORDS_EN,
    ROLE_WORDS_RU,
    SPEECH_NOUNS_EN,
    SPEECH_VERBS_AZ,
    SPEECH_VERBS_EN,
    SPEECH_VERBS_RU,
)

# Services a cleric leads and preaches at; what a master of ceremonies opens.
_SERVICES_EN = (
    r"(?:\w+\s+){0,2}?(?:service|liturgy|prayers?|mass|requiem|panakhyda|moleben|vespers"
    r"|divine liturgy)"
)
_OPENED_EN = (
    r"(?:event|ceremony|commemoration|evening|meeting|conference|rally|program|programme"
    r"|gathering|celebration|festival|session|round table|forum|vigil|concert)"
)
_SPEECH_EN_RE = re.compile(
    rf"\b(?:{SPEECH_VERBS_EN}|placed (?:particular |special )?emphasis"
    rf"|(?:led|conducted|celebrated|officiated|served) (?:at )?(?:the |an? ){_SERVICES_EN}"
    rf"|opened the (?:\w+\s+){{0,2}}?{_OPENED_EN}"
    r"|took (?:to )?the (?:podium|rostrum|microphone|floor)"
    r"|took the stage (?=[^.;]{0,60}\b(?:message|speech|remarks|address|words|greetings?)\b))\b",
    re.IGNORECASE,
)
# "..., was the keynote speaker": the sentence's subject spoke, however long the clause between
_SPEECH_NOUN_RE = re.compile(
    rf"\b(?:{SPEECH_NOUNS_EN}|(?:was|were|is|are) (?:the |a |one of the |among the )?"
    r"(?:keynote |main |principal |guest |featured |first |last )?speakers?)\b",
    re.IGNORECASE,
)
# "были заслушаны доклады X, Y": reports heard from the people listed
_SPEECH_RU_RE = re.compile(rf"(?<!\w)(?:{SPEECH_VERBS_RU}|заслуша)\w*", re.IGNORECASE)
# The plain past besides the evidential: "çıxış etdi", "bildirdi", "Tədbiri X açdı"
_SPEECH_AZ_RE = re.compile(
    rf"(?<!\w)(?:{SPEECH_VERBS_AZ}|çıxış et(?:di|miş)|bildir(?:di|miş)|qeyd et(?:di|miş)"
    r"|vurğula(?:dı|mış)|dedi|söylə(?:di|miş)|danış(?:dı|mış)|təbrik et(?:di|miş)|açdı"
    r"|söz al(?:dı|araq))",
    re.IGNORECASE,
)
_BLOCK_EN_RE = re.compile(
    r"\b(?:unfurled|hoisted|raised|led|performed|recited|received|sang|sung|played|attended"
    r"|visited|laid|was|were|is|are|has|have|had|did|does|who|which|whose|when|while|after"
    r"|before|because|where|joined|watched|handed|awarded|took part|danced|won|lit|carried"
    r"|held up|wore|marched|hosted|organi[sz]ed|founded|initiated|prepared)\b|[;:]"
)
# Who performs on a stage: "выступил(а)" said of them is singing or playing, not a speech
_PERFORMER_RU_RE = re.compile(
    r"(?<!\w)(?:певи?ц|певец|певц|ансамбл|хор|артист|музыкант|танцор|солист|пианист|скрипач"
    r"|исполнител|вокалист|коллектив)\w*",
    re.IGNORECASE,
)
_BLOCK_RU_RE = re.compile(
    r"(?<!\w)(?:который|которая|которые|когда|после|был|была|были|принял|приняли|исполнил"
    r"|исполнила|прочитал|прочитали|получил|получили)(?!\w)|[;:]",
    re.IGNORECASE,
)
_OBJECT_RE = re.compile(
    r"\b(?:address|addresses|speeches|speech|remarks|presentations?|reports?|greetings"
    r"|lectures?|keynote) (?:was |were )?(?:made |delivered |given |read )?by\s+"
    # moderators and masters of ceremonies speak too
    r"|\b(?:was|were) (?:moderated|chaired|emceed|opened) by\s+"
    # "Guests were welcomed by Councillor X": who greets the guests speaks to them
    r"|\b(?:was|were) (?:welcomed|greeted) by\s+"
    # "X addressed the crowd, followed by director Y": the next to speak
    r"|\b(?:addressed|spoke|welcomed|greeted|opened)\b[^.;]{0,60}?,?\s+followed by\s+"
    r"|\b(?:panel|discussion|conference|event|round table|programme|program) featured\s+"
    r"|\bspeakers (?:included|were)\s+"
    # "Speaking at the reception were A, B and C"; "A proclamation ... was read by X"
    r"|\bspeaking (?:at|during|to) (?:the |this )?(?:\w+\s+){0,2}?were\s+"
    r"|\b(?:was|were) (?:read|recited)(?: out)? by\s+"
    # "A panakhyda (Memorial Service) was led by Bishop X": who leads a service preaches
    rf"|\b{_SERVICES_EN}\w*\)?\s+(?:was|were) (?:led|conducted|celebrated|officiated|served)"
    r"\s+by\s+",
    re.IGNORECASE,
)
_NOT_SUBJECT_RE = re.compile(
    r"\b(?:initiative|leadership|support|auspices|patronage|invitation|participation|"
    r"presence|guidance|instructions?) of\b|\b(?:by|with|to|from|about|for)\s*$",
    re.IGNORECASE,
)
_RESIDENT_RE = re.compile(
    r",?\s+of\s+(?P<place>[A-Z][\w'’-]+)(?:,\s+(?P<country>[A-Z][\w'’-]+))?"
)
# "X, который рассказал ...", "X, who said ...": a relative clause that has the name speak.
_WHO_RE = re.compile(r"^\s*,\s*(?:который|которая|who)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "X, B's founder Y, ... and others addressed": a list of names and titles only, however long
_LIST_ONLY_RE = re.compile(
    r"^(?:,\s*(?:and\s+)?(?:[^,;:()]|\([^(),;:]{1,20}\)){3,160}?)*(?:,?\s+and\s+others)?\s*$"
)  # an acronym in brackets ("Network (BYN) co-founder") stays inside one item
# "Speakers included A, who spoke about X, and B": a relative clause set off by commas
# inside a list tells of one item; it does not end the list
_RELATIVE_IN_LIST_RE = re.compile(
    r",\s*(?:who|который|которая|которые)\b[^,;:]*(?=,)", re.IGNORECASE
)
_HE_SPOKE_RE = re.compile(r"^(?:He|She|Он|Она)\b")
_NAME_WORD = (
    # "O'Connell", "McKenna": a prefix before the second capital
    r"(?:[A-Z]['’](?=[A-Z])|Ma?c(?=[A-Z]))?"
    r"[A-ZÀ-ÖØ-ÞĀ-ŽƏА-ЯЁ][a-zà-öø-ÿā-žəğıöüşçа-яё'’]+"
    r"(?:-[A-ZÀ-ÖØ-ÞĀ-ŽƏА-ЯЁ]?[a-zà-öø-ÿā-žəğıöüşçа-яё'’]+)*"
)
_INITIAL = r"[A-Z]\."
# Whole words only: the capital range Ā-Ž also holds small letters ("ı", "ş"), so a run
# could start inside "yanında". A middle initial ("Daniel K. Morrow") stays inside a run.
_NAME_RUN_RE = re.compile(rf"(?<!\w){_NAME_WORD}(?:\s+(?:{_INITIAL}\s+)?{_NAME_WORD})*")


def _capital_runs(text: str, offset: int) -> Iterator[list[tuple[int, int, str]]]:
    """The runs of capitalized words, as (start, end, word): the class Ā-Ž of a name word
    also holds small letters ("ş", "ı"), so "Nərmin Qasımova şeir" is cut before "şeir"
    instead of being dropped whole."""
    for match in _NAME_RUN_RE.finditer(text):
        run: list[tuple[int, int, str]] = []
        for word in re.finditer(r"\S+", match.group()):
            if word.group()[0].isupper():
                start = offset + match.start() + word.start()
                run.append((start, start + len(word.group()), word.group()))
                continue
            if run:
                yield run
            run = []
        if run:
            yield run


_LEAD_WORDS_RE = re.compile(
    r"^(?:(?:then|and|also|the|a|an|in addition|moreover|finally|later|afterwards|next"
    r"|at \d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|"
    r"затем|также|и|потом|далее|daha sonra|sonra|həmçinin|ardınca|eləcə də|və)\s+)+",
    re.IGNORECASE,
)
# A locative or ablative ending ("Gecədə", "Sonda", "Bakıdan"): a sentence's adverbial
_AZ_ADVERBIAL_RE = re.compile(r"\w{2}[dt][aə]n?$")
_SUB_ROLES_RE = re.compile(
    r"^(?:deputy|vice|board member|member|secretary|заместител|член|секретар)", re.IGNORECASE
)


@dataclass
class SpeakerHit:
    name: str
    start: int
    end: int
    sentence: int
    role: str | None = None
    organization: str | None = None
    role_span: tuple[int, int] | None = None
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    plural: bool = False  # "rəhbərləri A, B və C": the role is each listed person's


@dataclass
class _Name:
    text: str
    start: int
    end: int


# Titles of who runs an event ("Master of Ceremonies X", "emcee X"), beside ROLE_WORDS_EN.
_MORE_ROLE_WORDS_EN = frozenset({"ceremonies", "emcee", "mc", "compère", "compere"})
# "invited X to the podium / to say a few words": X spoke
_INVITED_RE = re.compile(
    r"\b(?:invited|called(?: up(?:on)?)?|introduced)\s+(?P<who>[^.;:]{3,160}?)\s+to\s+"
    r"(?:the\s+)?(?:podium|stage|rostrum|microphone|floor|speak|say|address|deliver|give"
    r"|share|offer)\b",
    re.IGNORECASE,
)


def _is_role_word(word: str, language: str) -> bool:
    lower = word.casefold().strip(",.")
    if language == "ru":
        return bool(re.match(ROLE_WORDS_RU, lower)) or _person_noun(lower)
    if language == "az":  # "vitse-prezidenti", "baş-katib": a prefix joined by a hyphen
        return bool(re.match(rf"(?:\w+-)?(?:{ROLE_WORDS_AZ})", lower))
    return lower in ROLE_WORDS_EN or lower in _MORE_ROLE_WORDS_EN


def _person_noun(word: str) -> bool:
    """A Russian common noun for one person ("литературовед", "преподавателя"): next to a
    name, a title the role words do not list. Not a name, nor a crowd ("гости")."""
    if not re.fullmatch(r"[а-яё]+", word):
        return False
    tag = morph_parses(word)[0].tag
    return (
        tag.POS == "NOUN" and "anim" in tag and tag.number == "sing"
        and not {"Name", "Surn", "Patr", "Geox", "Orgn"} & set(tag.grammemes)
    )


def _role_like(segment: str, language: str) -> bool:
    words = re.findall(r"[\w'’`-]+", segment)
    return any(_is_role_word(w, language) for w in words[:8])


class SpeakerFinder:
    def __init__(
        self,
        text: str,
        language: str,
        lexicon: Lexicon,
        excluded: list[tuple[int, int]] | None = None,
    ) -> None:
        self.excluded = excluded or []
        self.text = text
        self.language = language
        self.lexicon = lexicon
        self.quotes = quoted_spans(text)

    # --- names -------------------------------------------------------------------------

    def names(self, sentence: Sentence) -> list[_Name]:
        """Personal names: runs of 2-4 capitalized words that are not places or bodies.

        In Russian, natasha's person spans, in the nominative ("Марины Петровой" ->
        "Марина Петрова").
        """
        if self.language == "ru":
            return self._russian_names(sentence)
        places = self.lexicon.scan(sentence.tokens, language=self.language)
        out: list[_Name] = []
        for words in _capital_runs(sentence.text, sentence.start):
            start, end = words[0][0], words[-1][1]
            if any(s <= start < e for s, e in self.quotes):
                continue
            while self.language == "az" and len(words) > 2 and (
                _LEAD_WORDS_RE.fullmatch(words[0][2] + " ")
                # "Tədbirdə Nərmin Qasımova": a locative or ablative opening the sentence
                or (words[0][0] == sentence.start and _AZ_ADVERBIAL_RE.search(words[0][2]))
            ):
                words = words[1:]  # "Sonra Nərmin Qasımova": the sentence's adverb, capitalized
                start = words[0][0]
            if self.language == "az":  # "Nigar Əliyeva Azərbaycan Xalq Cümhuriyyətinin ...":
                surname = next((i for i, w in enumerate(words[1:-1], 1)  # the name ends on
                                if _AZ_FAMILY_NAME_RE.search(w[2])), None)  # its surname
                if surname is not None:
                    words = words[: surname + 1]
                    end = words[-1][1]
            while len(words) > 2 and self.lexicon.is_place_word(words[-1][2]) and re.match(
                r"\s+[a-zəöüçşığ]", self.text[words[-1][1] : words[-1][1] + 2]
            ):
                # "Nino Beridze Azərbaycan icmasını": a place that opens the next phrase
                words = words[:-1]
                end = words[-1][1]
            after = self.text[end : end + 3]
            if after.startswith(("’s", "'s", "`s")) or re.match(r"^\s+[\"“«]", after):
                continue  # "John Smith's", a name before a quoted title
            if re.match(r"^\s+\([a-z]", self.text[end : end + 3]):
                continue  # "John Smith (born ...)", "Example Day (celebrated ...)"
            if self._in_brackets(start, end):
                continue  # "MP Jane Doe (Labour – North Town)": a party and its seat
            # The run must not end in a body's word ("Example Family Foundation").
            if words[-1][2].casefold() in ORG_HEADS_EN or self._not_name(words[-1][2]):
                continue
            # Keep the words after the last title, role, place or body word.
            cut = 0
            for index, (w_start, _w_end, w) in enumerate(words):
                place = next((p for p in places if p.start <= w_start < p.end), None)
                if index == len(words) - 2 and self._first_name_like_place(w, words[-1][2]):
                    break  # "... Society Sofia Lindqvist": a town's name as a first name
                if (
                    self._not_name(w)
                    or _is_role_word(w, self.language)
                    or w.casefold() in ORG_HEADS_EN
                    or re.search(r"['’`]s$", w)
                ) or (place is not None and len(words) - (index + 1) >= 2):
                    cut = index + 1
                elif (
                    len(words) - (index + 1) >= 2
                    and re.match(r"\s*(?:[,.;]|and\b|$)", self.text[end : end + 6])
                    and self._world_place_word(w)
                ):
                    cut = index + 1  # "... of Utah Jane Doe": a place the data set lacks
            if cut and words[cut - 1][2] in ("The", "A", "An"):
                continue  # "The Example Times": a title or a body, not a person
            words = words[cut:]
            inside = [
                i for i, w in enumerate(words) if any(s <= w[0] < e for s, e in self.excluded)
            ]
            if inside and inside[0] < 2:
                continue
            words = words[: inside[0]] if inside else words  # "X Y Novruz bayramının ..."
            if not 2 <= len(words) <= 4:
                continue
            if self.language == "az" and any(
                _az_inflected(w[2]) and not (i == 0 and _AZ_NAME_IN_NA_RE.search(w[2]))
                for i, w in enumerate(words)
            ):
                continue  # "Nazir Vəli Məmmədovun", "Böyük Şəhərlərində": not a speaker
            if any(w[2].isupper() and len(w[2]) > 1 and w[2][-1] != "." for w in words):
                continue
            name_start, name_end = words[0][0], words[-1][1]
            if name_start == start and self._inside_title(sentence, name_start):
                if not (len(words) >= 3 and self._title_town(sentence, start, words[0][2])):
                    continue
                words = words[1:]  # "Mayor of Townsville Jane Doe": the title's town first
                name_start = words[0][0]
            covered = [p for p in places if p.start <= name_start and name_end <= p.end]
            if covered:
                continue
            if self.language == "az" and any(w[2].casefold() in MONTHS for w in words):
                continue  # "Qanlı Yanvar" (Black January): no Azerbaijani name has a month
            out.append(_Name(self.text[name_start:name_end], name_start, name_end))
        return out

    def _russian_names(self, sentence: Sentence) -> list[_Name]:
        out = []
        for span in named_spans(self.text):
            if span.type != "PER" or not sentence.start <= span.start < sentence.end:
                continue
            if len(span.text.split()) < 2 or span.text.isupper():
                continue  # a bare surname or a headline in capitals
            if any(s <= span.start < e for s, e in self.quotes + self.excluded):
                continue
            out.append(_Name(span.normal, span.start, span.end))
        for match in _RU_SUBJECT_NAME_RE.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            first = match.group("first")
            if any(n.start < end and start < n.end for n in out) or any(
                s <= start < e for s, e in self.quotes + self.excluded
            ) or _is_role_word(first, "ru") or self.lexicon.is_place_word(first):
                continue
            # a name natasha does not know ("Тогрул Керимов рассказал"): the subject of a
            # speech verb, its surname in the nominative
            out.append(_Name(match.group(), start, end))
        return sorted(out, key=lambda n: n.start)

    def _body_after(self, hit: SpeakerHit, sentence: Sentence) -> str | None:
        """ "(Professor) Jane Doe of the Example Society": her body, written after her."""
        member = re.match(r"\s+of\s+(?:the\s+)?", self.text[hit.end : sentence.end])
        if member is None or self.language != "en":
            return None
        span = parse_org_name(self.text, hit.end + member.end())
        if span and _has_body_word(self.text[span[0] : span[1]]):
            return self.text[span[0] : span[1]]
        return None

    def _in_brackets(self, start: int, end: int) -> bool:
        """Capitals inside brackets after other words: "(Party – Town North)"."""
        opening = self.text.rfind("(", max(0, start - 60), start)
        return (
            opening >= 0
            and ")" not in self.text[opening:start]
            and bool(self.text[opening + 1 : start].strip())
            and ")" in self.text[end : end + 40]
        )

    def _first_name_like_place(self, word: str, surname: str) -> bool:
        """A town's or a region's name written before a surname ("Sofia Lindqvist"): a
        first name, when the word after it is no title, body, place or stop word."""
        return (
            word not in NAME_STOP_WORDS
            and self.lexicon.is_place_word(word)
            and (
                self.lexicon.country_of_adjective(word) is None
                # "Türkan Əliyeva": before a family name no nationality is meant
                or (self.language == "az" and _AZ_FAMILY_NAME_RE.search(surname) is not None)
            )
            and not self._not_name(surname)
            and not _is_role_word(surname, self.language)
            and surname.casefold() not in ORG_HEADS_EN
        )

    def _title_town(self, sentence: Sentence, start: int, word: str) -> bool:
        """The town of a title written before the name ("Mayor of Townsville Jane Doe"):
        a title word, "of", then a place of the world gazetteer."""
        before = self.text[sentence.start : start]
        title = re.search(r"([\w-]+)\s+of\s+$", before)
        return title is not None and _is_role_word(title.group(1), self.language) and (
            self.lexicon.world_place(word, self.language, kinds=("city", "region")) is not None
        )

    def _world_place_word(self, word: str) -> bool:
        """A region (state, province) or a big town of the world gazetteer; small towns
        named like words ("Central") do not count."""
        return (
            self.lexicon.world_place(word, self.language, kinds=("region",)) is not None
            or self.lexicon.world_place(word, self.language, 100000, kinds=("city",))
            is not None
        )

    def _inside_title(self, sentence: Sentence, start: int) -> bool:
        """True for "... for Arts and Crafts Matters": capitals inside a longer title."""
        before = self.text[sentence.start : start]
        if re.search(r"\b(?:of|for|on|to|in|the|at)\s+$", before):
            return True
        joined = re.search(rf"((?:(?:{_NAME_WORD}|{_INITIAL})\s+)+)(?:and|&)\s+$", before)
        if joined:
            previous = joined.group(1).split()
            while previous and _is_role_word(previous[0], self.language):
                previous.pop(0)  # "Professor Jane Doe and ...": the title is not the name's
            return len(previous) < 2 or any(self._not_name(w) for w in previous)
        return False

    def _not_name(self, word: str) -> bool:
        """A capitalized word that is no part of a personal name (a title, a nationality)."""
        return word in NAME_STOP_WORDS or self.lexicon.is_place_word(word)

    # --- speakers ------------------------------------------------------------------------

    def speakers(self, sentences: list[Sentence]) -> list[SpeakerHit]:
        out: list[SpeakerHit] = []
        titled: list[SpeakerHit] = []
        for position, sentence in enumerate(sentences):
            names = self.names(sentence)
            if not names:
                continue
            following = sentences[position + 1] if position + 1 < len(sentences) else None
            chosen = self._speaking(sentence, names, following)
            previous_end = None
            previous_hit: SpeakerHit | None = None
            for name in names:
                if name not in chosen:
                    # "консул X Иван Петров возложил цветы ... Иван Петров отметил": the
                    # role a name is written with elsewhere in the event is the speaker's
                    known = SpeakerHit(name.text, name.start, name.end, sentence.index)
                    self._role(known, sentence, previous_end, None)
                    if known.role:
                        titled.append(known)
                    previous_end = name.end
                    continue
                hit = SpeakerHit(name.text, name.start, name.end, sentence.index)
                hit.spans.append((name.start, name.end, "speakers"))
                self._role(hit, sentence, previous_end, previous_hit)
                if self.language == "az" and hit.role:
                    # "Tədbirdə ...": "at the event" opens the sentence, not the role
                    hit.role = _AZ_AT_EVENT_RE.sub("", hit.role) or None
                if self.language == "az" and hit.role:
                    _az_singular_role(hit)
                if self.language == "az" and hit.role and not hit.organization:
                    self._split_izafet(hit)
                if self._resident(hit):
                    continue
                out.append(hit)
                previous_end = name.end
                previous_hit = hit
        unique: list[SpeakerHit] = []
        for hit in out:
            if not any(_same_person(hit.name, u.name) for u in unique):
                unique.append(hit)
        for hit in unique:
            other = next((t for t in titled if _same_person(hit.name, t.name)), None)
            if hit.role is None and other is not None:
                hit.role, hit.organization = other.role, other.organization
                hit.spans.extend(sp for sp in other.spans if sp[2] == "speakers.role")
        return unique

    def _split_izafet(self, hit: SpeakerHit) -> None:
        """"Birliyin şöbəsinin sədri": the body in the genitive, then the role with a
        possessive ending -> role "sədr", organization "Birliyin şöbəsi". A role that
        opens on a place ("Latviyanın ... səfiri") stays whole."""
        words = (hit.role or "").split()
        genitives = [i for i, w in enumerate(words[:-1]) if _AZ_GENITIVE_RE.search(w)]
        if not genitives or not _is_role_word(words[-1], "az"):
            return
        # "Konfederasiyanın idarə heyətinin üzvü": the body is the last genitive that is a
        # body's word; the board of it, in lower case, is part of the title (a named branch,
        # "Cəmiyyətin Hamburq şöbəsinin sədri", is part of the body)
        bodies = [i for i in genitives if _AZ_BODY_RE.match(words[i])]
        last = genitives[-1]
        if bodies and all(w.islower() for w in words[bodies[-1] + 1 : last + 1]):
            last = bodies[-1]
        if not bodies and last == 0 and not re.match(r"[A-ZƏÖÜÇŞİĞ]{2}", words[0]):
            return  # "Kitabın müəllifi": of a thing, not of a body; the title as written
        if _AZ_GENITIVE_RE.search(words[0]) and self.lexicon.is_place_word(
            _AZ_GENITIVE_RE.sub("", words[0])
        ):
            return  # "Latviyanın ... səfiri"; but "Fransa X Birliyinin sədri" names a body
        role = words[last + 1 :]
        if len(role) == 1:  # "sədri" -> "sədr"; a title of several words is kept as written
            role[-1] = _AZ_POSSESSIVE_RE.sub("", role[-1])
        body = words[: last + 1]
        body[-1] = _AZ_GENITIVE_RE.sub("", body[-1])
        hit.role, hit.organization = " ".join(role), " ".join(body)

    def _resident(self, hit: SpeakerHit) -> bool:
        """"Jane Doe, of Springfield, said ...": a resident or spectator the reporter quotes,
        known only by home town, not someone who spoke at the event."""
        if self.language != "en" or hit.role or hit.organization:
            return False
        home = _RESIDENT_RE.match(self.text, hit.end)
        return home is not None and any(
            self.lexicon.is_place_word(word) or self.lexicon.world_place(word, "en") is not None
            for word in home.group("place", "country")
            if word
        )

    def _speaking(
        self, sentence: Sentence, names: list[_Name], following: Sentence | None
    ) -> list[_Name]:
        text = self.text
        end = sentence.end
        chosen: list[_Name] = []
        speech_re = {"ru": _SPEECH_RU_RE, "az": _SPEECH_AZ_RE}.get(self.language, _SPEECH_EN_RE)
        block_re = _BLOCK_RU_RE if self.language == "ru" else _BLOCK_EN_RE
        objects = [m.end() + sentence.start for m in _OBJECT_RE.finditer(sentence.text)]
        invited = [
            (sentence.start + m.start("who"), sentence.start + m.end("who"))
            for m in _INVITED_RE.finditer(sentence.text)
        ] if self.language == "en" else []
        # "X и Y присутствовали ... Они выступили ...": the next sentence has them speak
        they_spoke = following is not None and bool(
            re.match(r"(?:Они|They)\b", following.text.lstrip())
            and speech_re.search(following.text[:80])
        )
        he_spoke = following is not None and len(names) == 1 and self.language == "ru" and bool(
            re.match(r"(?:Он|Она)\b", following.text.lstrip())
            and speech_re.search(following.text[:80])
        )
        for index, name in enumerate(names):
            if self._topic(sentence, name):
                continue
            if all(self._performer(sentence, other) for other in names):
                continue  # a list with a speaker in it ("руководитель X и артист Y") spoke
            if any(s <= name.start and name.end <= e for s, e in invited) or (
                (they_spoke and len(names) >= 2) or he_spoke
            ):
                chosen.append(name)
                continue
            rest = text[name.end : end]
            verb = speech_re.search(rest)
            if verb is not None and self.language == "en":
                other = re.search(
                    r",\s+and\s+(?!others?\b)(?:the\s+|a\s+|an\s+)?\w+(?:\s+\w+)?\s+$",
                    rest[: verb.start()],
                )
                if other is not None and not any(
                    name.end + other.start() <= n.start < name.end + verb.start() for n in names
                ):
                    verb = None  # "..., and the Chairman described ...": the verb's own subject
            if verb is not None:
                between = rest[: verb.start()]
                if _WHO_RE.match(between) or (
                    (not block_re.search(between) or _coordinated(between, block_re))
                    and (len(between) < 260 or _LIST_ONLY_RE.match(between))
                ):
                    chosen.append(name)
                    continue
            if any(o <= name.start for o in objects) and all(
                # "Remarks were delivered by A; B, chairman; and C": one list
                not block_re.search(
                    _RELATIVE_IN_LIST_RE.sub("", text[o : name.start]).replace(";", ",")
                )
                for o in objects if o <= name.start
            ):
                chosen.append(name)
                continue
            if self.language in ("ru", "az"):
                before = text[sentence.start : name.start]
                verbs = list(speech_re.finditer(before))
                if verbs and not block_re.search(before[verbs[-1].end() :]):
                    chosen.append(name)
                    continue
            prefix = text[sentence.start : name.start]
            if index == 0 and self.language == "en" and not _NOT_SUBJECT_RE.search(prefix):
                if _SPEECH_NOUN_RE.search(rest) or (
                    _SPEECH_EN_RE.search(prefix) and re.search(r"\b(?:speech|speaking)\b", prefix)
                ):
                    chosen.append(name)
                    continue
                if (
                    following is not None
                    and _HE_SPOKE_RE.match(following.text)
                    and _SPEECH_EN_RE.search(following.text[:80])
                    and not re.match(r"\s*,?\s*(?:who|which)\b", rest)
                ):
                    chosen.append(name)
        return chosen

    def _performer(self, sentence: Sentence, name: _Name) -> bool:
        """A singer or a band that "выступил(а)" performed: "выступили ансамбль «X» и
        певица Y", "Певица Y выступила с песнями" (another speech verb still counts)."""
        if self.language != "ru":
            return False
        before = self.text[max(sentence.start, name.start - 40) : name.start]
        if not _PERFORMER_RU_RE.search(before.rsplit(",", 1)[-1]):
            return False
        verbs = {m.group().casefold() for m in _SPEECH_RU_RE.finditer(sentence.text)}
        return bool(verbs) and verbs <= {"выступил", "выступила", "выступили"}

    def _topic(self, sentence: Sentence, name: _Name) -> bool:
        """Whom a talk was about is no speaker: a name in the prepositional phrase of its
        subject ("рассказал о жизни и деятельности X"), the complement of a
        participle ("доклад, посвящённый X") or of a thing in an oblique case ("вечер памяти
        X"), or before a postposition ("X haqqında danışıb")."""
        before = self.text[sentence.start : name.start]
        if self.language == "az":
            return _TOPIC_AZ_RE.match(self.text, name.end) is not None
        if self.language != "ru":
            return False  # English has its speakers before the verb ("X spoke about Y")
        words = re.findall(r"[А-ЯЁа-яё-]+|[^\w\s]", before)
        oblique = self.text[name.start : name.end] != name.text
        if words and words[-1].islower() and oblique:
            last = morph_parses(words[-1])[0]
            if last.tag.POS == "PRTF" and "pssv" in last.tag:
                return True  # "посвящённым X": the participle's complement
            if (
                last.tag.POS == "NOUN"
                and "inan" in last.tag
                and last.tag.case not in ("nomn", "accs")
                and not _SPEECH_RU_RE.match(words[-1])
                and not _of_a_title(words[:-1])
            ):
                return True  # "памяти X", "деятельности X": of a thing, not its speaker
        for word in reversed(words):
            if word.casefold() in ("о", "об", "обо", "про"):
                return True  # "о жизни и деятельности X": inside the talk's subject
            parse = morph_parses(word.casefold())[0]
            if not word.islower() or parse.tag.POS in _CLAUSE_POS or (
                "anim" in parse.tag and parse.tag.case == "nomn"
            ):
                return False  # a verb, a comma, a title in the nominative: the subject
        return False

    # --- roles -----------------------------------------------------------------------------

    def _role(
        self,
        hit: SpeakerHit,
        sentence: Sentence,
        previous_end: int | None,
        previous_hit: SpeakerHit | None,
    ) -> None:
        text = self.text
        boundary = previous_end if previous_end is not None else sentence.start
        objects = [
            sentence.start + m.end()
            for m in _OBJECT_RE.finditer(sentence.text)
            if sentence.start + m.end() <= hit.start
        ]
        if objects:
            boundary = max(boundary, objects[-1])
        if self.language == "en":  # "X invited city councillor Y to the podium"
            boundary = max([boundary] + [
                sentence.start + m.start("who") for m in _INVITED_RE.finditer(sentence.text)
                if sentence.start + m.start("who") <= hit.start < sentence.start + m.end("who")
            ])
        prefix = text[boundary : hit.start]
        if self.language in ("ru", "az"):
            speech_re = _SPEECH_RU_RE if self.language == "ru" else _SPEECH_AZ_RE
            verbs = list(speech_re.finditer(prefix))
            if verbs:  # "На нем выступил заместитель ...": the role starts after the verb
                boundary += verbs[-1].end()
                prefix = text[boundary : hit.start]
        if self.language == "az":
            # "... keçirilən bayram şənliyində Konqresin sədri X": the role starts after the
            # event it was held at
            at_event = list(_AZ_IN_EVENT_RE.finditer(prefix))
            if at_event:
                boundary += at_event[-1].end()
                prefix = text[boundary : hit.start]
        event_object = _AZ_EVENT_OBJECT_RE.match(prefix) if self.language == "az" else None
        if event_object:  # "Tədbiri birliyin sədri X açıb": the event is the verb's object
            boundary += event_object.end()
            prefix = text[boundary : hit.start]
        joined = r"\s*(?:,|and|и|və)\s*" if previous_hit and previous_hit.plural else (
            r"\s*(?:and|и|və)\s*"
        )
        if previous_hit is not None and re.fullmatch(joined, prefix):
            own = re.match(r"\s*,\s*(?:a|an|the)?\s*([^,;]{3,120})", text[hit.end : sentence.end])
            if not (own and _role_like(own.group(1), self.language)):
                hit.role, hit.organization = previous_hit.role, previous_hit.organization
                hit.plural = previous_hit.plural
                return
        if previous_end is not None:
            # "X, chairman of Y, and professor Z": only what follows the "and" is Z's.
            joins = list(re.finditer(r"(?:^|,)\s*(?:and|и|və)\s+", prefix))
            if joins:
                boundary += joins[-1].end()
                prefix = text[boundary : hit.start]
        segments = _segments(prefix, boundary)
        role_parts: list[tuple[str, int, int]] = []
        for segment, s_start, s_end in reversed(segments):
            if segment.startswith("("):
                break  # "X (председатель), представитель Y": the bracket is X's
            if re.match(r"(?:его|её|ее|их)\s", segment.strip(), re.IGNORECASE):
                break  # "Книгу представил её автор, поэт X": of the thing, the role follows
            person = re.search(r"(?<!\w)в лице\s+", segment)
            if person:  # "представителей казачества в лице заместителя атамана Y"
                segment, s_start = segment[person.end() :], s_start + person.end()
            if _role_like(segment, self.language):
                role_parts.insert(0, (segment, s_start, s_end))
            elif role_parts or segment.strip():
                break
        if not role_parts:
            after = text[hit.end : sentence.end]
            m = re.match(r"\s*,\s*(?P<seg>[^,;]{3,160})(?P<next>,\s*(?:and\s+)?\S+)?", after)
            # "X, chairman of Y, Z": the role may be Z's; "X, chairman of Y, and Z": X's
            next_is_name = bool(
                m
                and m.group("next")
                and re.match(rf",\s*{_NAME_WORD}$", m.group("next"))
                and not re.search(r"\band\s+others?\b", m.group("seg"))
            )
            represents = None
            if m is not None and self.language == "en":
                represents = re.match(r"representing\s+(?:the\s+)?(?P<body>.+)$", m.group("seg"))
            if m is not None and represents and _has_body_word(represents.group("body")):
                hit.role, hit.organization = "representative", represents.group("body").strip()
                start = hit.end + m.start("seg")
                hit.role_span = (start, hit.end + m.end("seg"))
                hit.spans.append((*hit.role_span, "speakers.role"))
                return
            if (
                m
                and not next_is_name
                and not m.group("seg").startswith("and ")
                and _role_like(m.group("seg"), self.language)
                and not m.group("seg")[0].isupper()
                # "X, tarixçi Y və konsul Z çıxış ediblər": a clause with its verb, the
                # next speakers, is no apposition of X's
                and not (self.language == "ru" and _SPEECH_RU_RE.search(m.group("seg")))
                and not (self.language == "az" and _SPEECH_AZ_RE.search(m.group("seg")))
            ):
                seg = m.group("seg").rstrip(" .!?")
                start = hit.end + m.start("seg")
                role_parts = [(seg, start, start + len(seg))]
        elif self.language == "en" and len(role_parts) == 1 and " " not in role_parts[0][0]:
            # "Dr. X, head of the Forum," / "Historian X, a professor at Y,": a bare title
            # before the name, the role and body in the apposition after it
            role_parts = _with_apposition(role_parts[0], text[hit.end : sentence.end], hit.end)
        # "Олег Смирнов (заместитель главы администрации)": a role in brackets; after
        # "представителя Совета – Сидорова И.П. (председатель)" the bracket is the title
        bracket = re.match(r"\s*\((?P<seg>[^()]{3,160})\)", text[hit.end : sentence.end])
        if bracket and _role_like(bracket.group("seg"), self.language) and (
            not role_parts or self.language == "ru"
        ):
            start = hit.end + bracket.start("seg")
            if role_parts and len(role_parts) == 1:
                _role, body = _split_role(role_parts[0][0], self.language)
                if body:  # keep the body the title before the name names
                    hit.organization = body
            role_parts = [(bracket.group("seg"), start, hit.end + bracket.end("seg"))]
            role, org = _split_role(bracket.group("seg"), self.language)
            hit.role = role or bracket.group("seg")
            hit.organization = org or hit.organization
            hit.role_span = (start, hit.end + bracket.end("seg"))
            hit.spans.append((*hit.role_span, "speakers.role"))
            return
        if not role_parts:
            hit.organization = self._body_after(hit, sentence)
            return
        roles: list[str] = []
        organization: str | None = None
        for segment, _s_start, _s_end in role_parts:
            role, org = _split_role(segment, self.language)
            if self.language == "az" and len(role_parts) > 1:
                # "Şuranın üzvü, ABC-nin rəhbəri, professor": each title off its body
                part = SpeakerHit(hit.name, hit.start, hit.end, hit.sentence, role=segment)
                self._split_izafet(part)
                if part.organization:
                    role, org = part.role, part.organization
            if role:
                roles.append(role)
            if org and organization is None:
                organization = org
        hit.role = ", ".join(roles) if roles else None
        hit.organization = organization or self._body_after(hit, sentence)
        hit.role_span = (role_parts[0][1], role_parts[-1][2])
        hit.spans.append((role_parts[0][1], role_parts[-1][2], "speakers.role"))


def _of_a_title(words: list[str]) -> bool:
    """Whether the words before a body's name in the genitive end on a person's title
    ("доценту Казанского университета X"): then X is the titled person, no subject of talk."""
    for word in reversed(words):
        parse = morph_parses(word.casefold())[0]
        if parse.tag.POS == "NOUN" and "anim" in parse.tag:
            return True
        if parse.tag.POS not in ("NOUN", "ADJF", "CONJ"):
            return False
    return False


# Parts of speech that close the phrase a name stands in ("рассказал о ...")
_CLAUSE_POS = frozenset({"VERB", "INFN", "GRND", "PRTS", "PRED", None})
# "X haqqında danışıb", "X barədə", "X ilə bağlı": a postposition makes X the subject of talk
_TOPIC_AZ_RE = re.compile(r"\s+(?:haqqında|haqda|barədə|barəsində|ilə bağlı)(?!\w)")
_AZ_CASE_RE = re.compile(
    r"(?:n[ıiuü]n|[ıiuü]n|d[aə]k[ıi]|d[aə]|t[aə]|y[aə]|n[ıiuü]|[ıiuü]n[ıiuü]|[ıiuü]n[aə])$"
)
# genitive "-ın", "-nın" after a possessive vowel ("filialının" -> "filialı")
_AZ_GENITIVE_RE = re.compile(
    r"(?<=\w{3})(?:(?<=[ıiuü])n)?[ıiuü]n$"
    r"|(?<=[A-ZƏÖÜÇŞİĞ]{2})[-'’]n?[ıiuü]n$"  # an acronym's: "ABC-nin", "ABC'in"
)
_AZ_POSSESSIVE_RE = re.compile(r"(?<=\w{3})(?:s?[ıiuü])$")
# a body's head word, also as a genitive leaves its stem ("birliyin" -> "birliy")
_AZ_BODY_RE = re.compile(
    rf"(?:{ORG_HEADS_AZ}|birliy|səfirliy|nümayəndəliy|konsulluğ)", re.IGNORECASE
)
# "Tədbiri", "Mərasimi": the event in the accusative, the object of a verb after the name
_AZ_EVENT_OBJECT_RE = re.compile(rf"\s*(?:{EVENT_NOUNS_AZ})\w{{0,3}}(?<=[ıiuü])\s+", re.IGNORECASE)
# "Tədbirdə", "Sərginin açılışında": where the words were said, before the role
_AZ_AT_EVENT_RE = re.compile(
    rf"^(?:(?:{EVENT_NOUNS_AZ})\w*d[aə]|(?:\S+\s+){{0,2}}?[a-zəöüçşğı]\w*d[aə])\s+",
    re.IGNORECASE,
)
# A first name and a surname right before the speech verb they are the subject of
_RU_SUBJECT_NAME_RE = re.compile(
    r"(?<![\w-])(?P<first>[А-ЯЁ][а-яё]{2,})\s+[А-ЯЁ][а-яё]+(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын"
    r"|ына|ли|заде|ян|янц|швили|дзе|ский|ская|цкий|цкая|енко|ук|юк)"
    rf"(?=\s+(?:также\s+|тоже\s+)?(?:{SPEECH_VERBS_RU})\w*)"
)
_AZ_IN_EVENT_RE = re.compile(rf"(?<!\w)(?:{EVENT_NOUNS_AZ}|şənliy)\w*d[aə]\s+", re.IGNORECASE)
_AZ_SURNAME_RE = re.compile(r"(?:ov|ova|yev|yeva|ev|eva|li|lı|lu|lü|zadə|yan|in|ina)$")


_AZ_PLURAL_ROLE_RE = re.compile(r"^(?P<stem>\w{3,}?)(?P<plural>l[əa]r)[ıi]?$")
_AZ_GENITIVE_PLURAL_RE = re.compile(r"^(?P<stem>[a-zəöüçşğı]{3,}?)l[əa]r[ıi]n$")


def _az_singular_role(hit: SpeakerHit) -> None:
    """"cəmiyyətlərin rəhbərləri A, B və C": a plural role before a list is each one's, in
    the singular ("cəmiyyət rəhbəri"); a plural genitive noun before it is no named body
    but the first part of a compound role, so it stays in the role."""
    words = (hit.role or "").split()
    plural = _AZ_PLURAL_ROLE_RE.match(words[-1]) if words else None
    if plural is None or not _is_role_word(words[-1], "az"):
        return
    stem = plural.group("stem")
    ending = "i" if plural.group("plural") == "lər" else "ı"
    last = stem + ("s" if stem[-1] in "aəıioöuüe" else "") + ending
    hit.plural = True
    generic = _AZ_GENITIVE_PLURAL_RE.match(words[-2]) if len(words) > 1 else None
    if generic is not None:
        hit.role, hit.organization = f"{generic.group('stem')} {last}", None
    else:
        hit.role = " ".join([*words[:-1], last])


_AZ_FAMILY_NAME_RE = re.compile(r"(?:ov|ova|yev|yeva|zadə)$")
# "Səbinə", "Təhminə", "Zəkiyyə": a first name that only looks like a dative ("-inə", and
# "-yə" after a doubled "y", which no dative has); a dative falls on the surname
_AZ_NAME_IN_NA_RE = re.compile(r"(?:[ıiuü]n|yy)[aə]$")


def _az_inflected(word: str) -> bool:
    """An Azerbaijani word with a case ending ("Məmmədovun", "Şəhərlərində") that is not
    itself a surname's own ending ("Məmmədov", "Kərimova", "Hüseynli")."""
    lower = word.casefold()
    if re.search(r"[aeıioöuüə]n[ıiuü]n$", lower) and len(lower) > 6:
        return True  # "Birliyinin", "Universitetinin": a genitive after a vowel
    if _AZ_SURNAME_RE.search(lower) and not re.search(r"(?:ov|yev|ev)(?:[ıiuü]n|[aə])$", lower):
        return False
    return bool(_AZ_CASE_RE.search(lower)) and len(lower) > 5


_DIPLOMAT_RU = re.compile(
    r"(?<!\w)(?:посол|посл[аоу]|консул|генконсул|атташе|посланник|временн\w+ поверенн)",
    re.IGNORECASE,
)


_DIPLOMAT_EN = re.compile(
    r"\b(?:ambassador|consul|attach[eé]|envoy|charg[eé] d['’]affaires)", re.IGNORECASE
)


def _coordinated(between: str, block_re: re.Pattern[str]) -> bool:
    """ "A, head of X, and B laid wreaths and addressed those present": the names' first
    predicate is joined by "and" to the speech verb, so they spoke too."""
    first = block_re.search(between)
    return first is not None and re.fullmatch(
        r"[^\W\d]+\s+(?:[\w-]+\s+){0,10}?(?:and|и|və)\s+", between[first.start() :]
    ) is not None


def _segments(prefix: str, offset: int) -> list[tuple[str, int, int]]:
    """Comma-separated parts of a role prefix with document offsets (quotes kept whole)."""
    out = []
    start = 0
    in_quote = False
    for i, ch in enumerate(prefix):
        if ch in "\"“”«»":
            in_quote = not in_quote if ch == '"' else ch in "“«"
        if ch == "," and not in_quote:
            out.append((start, i))
            start = i + 1
    out.append((start, len(prefix)))
    segments = []
    for s, e in out:
        raw = prefix[s:e]
        stripped = raw.strip()
        if not stripped:
            continue
        lead = _LEAD_WORDS_RE.match(stripped)
        cut = lead.end() if lead else 0
        body = stripped[cut:]
        dash = re.search(r"\s[-–—]\s*$", body)
        if dash:
            body = body[: dash.start()]
        begin = offset + s + (len(raw) - len(raw.lstrip())) + cut
        segments.append((body, begin, begin + len(body)))
    return segments


def _split_role(segment: str, language: str) -> tuple[str | None, str | None]:
    """ "Deputy Chairman of the Autonomy" -> ("Deputy Chairman", "Autonomy")."""
    segment = segment.strip().rstrip(",")
    if language == "ru":
        words = segment.split()
        if _DIPLOMAT_RU.search(" ".join(words[:5])):
            return segment, None  # "посол Казахстана в России": the mission is the role's
        first = next((i for i, w in enumerate(words) if _is_role_word(w, "ru")), 0)
        if first and not is_plural_only(words[first]):
            # "присутствовали глава района X": the title starts at its role word (or the
            # adjective before it); a plural ("доклады студентов X") is nobody's title
            if is_adjective(words[first - 1]):
                first -= 1
            words = words[first:]
        role_words: list[str] = []
        for index, word in enumerate(words):
            if not role_words and index + 1 < len(words) and _is_role_word(
                words[index + 1], "ru"
            ) and is_adjective(word):
                role_words.append(word)  # "Первый заместитель председателя ..."
                continue
            if role_words and not _is_role_word(word, "ru") and re.match(
                ORG_HEADS_RU, word, re.IGNORECASE
            ):
                break  # "председатель объединения": the body starts here
            if _is_role_word(word, "ru") or (role_words and word.islower() and len(role_words) < 3
                                             and not re.search(r"(?:ии|ой|ого|ей)$", word)):
                role_words.append(word)
            else:
                break
        if not role_words:
            return None, None  # "доклады студентов": a role word further on is nobody's title
        role = " ".join(role_words)
        org = " ".join(words[len(role_words) :]) or None
        return role, org
    match = re.search(r"\s+at\s+(?:the\s+)?(?=[A-Z])", segment) or re.search(
        r"\s+of\s+(?:the\s+)?", segment
    )  # "professor at the University of X": the body is all after "at"
    if match is None or not _role_like(segment[: match.start()], language):
        possessive = re.match(
            r"^(?:the\s+)?(?P<org>[\w-]+)['’`]s\s+(?P<role>.+)$", segment, re.IGNORECASE
        )
        if possessive and _role_like(possessive.group("role"), language):
            org = possessive.group("org")
            # "the society's chairwoman": the society is the event's organizer
            return possessive.group("role"), org if org.casefold() in ORG_HEADS_EN else None
        return _body_then_role(segment)
    role = segment[: match.start()].strip()
    org = segment[match.end() :].strip()
    if _DIPLOMAT_EN.search(role) and not _has_body_word(org):
        return segment, None  # "Consul General of Azerbaijan in Houston": the mission's seat
    anaphor = re.match(r"^(?:the\s+)?\w+$", segment[match.start() :].replace(" of ", " ").strip())
    if org and org[0].islower() and not anaphor and not re.search(r"\bthe\s+$", segment[
            : match.end()]):
        return segment, None  # "member of parliament": part of the title
    return role or None, org or None


# after a body word, still the body's: its acronym "(ABC)", a branch "– Place"
_BODY_TAIL_RE = re.compile(
    r"(?:\([A-Z][\w.&-]*\)|[–—-]|[A-Z][\w.'’-]*(?<![–—-]))"
)
# a capitalized modifier opening a title: "Regional Secretary", "Executive Director"
_ROLE_MODIFIER_RE = re.compile(r"^[A-Z][a-z]+(?:al|ive|ary|ior|ing)$")


def _body_then_role(segment: str) -> tuple[str | None, str | None]:
    """ "Example State University Professor" -> ("Professor", "Example State University"):
    a capitalized body's name, ending on a body word (its acronym or "– Place" branch may
    follow), then the role words (a capitalized modifier may open them)."""
    words = segment.split()
    heads = [i for i, w in enumerate(words[:-1]) if w.casefold().strip(",") in ORG_HEADS_EN]
    if heads:
        last = heads[-1]
        cut = len(words)
        while cut > last + 1 and _is_role_word(words[cut - 1], "en"):
            cut -= 1
        if cut < len(words):
            while cut > last + 2 and _ROLE_MODIFIER_RE.match(words[cut - 1]):
                cut -= 1
            tail = words[last + 1 : cut]
            branch = not tail or (
                all(_BODY_TAIL_RE.fullmatch(w) for w in tail)
                and (tail[0].startswith("(") or tail[0] in "–—-")
            )
            body, role = words[:cut], words[cut:]
            if branch and all(w[:1].isupper() for w in words[: last + 1]):
                return " ".join(role), " ".join(body)
    return segment or None, None


_APPOSITION_EN_RE = re.compile(r"\s*,\s*(?:a\s+|an\s+|the\s+)?(?P<seg>[a-z][^,;]{2,120}),")
_HONORIFIC_EN_RE = re.compile(r"^(?:Dr|Prof|Mr|Mrs|Ms|Sir)\.?$")


def _with_apposition(
    title: tuple[str, int, int], after: str, offset: int
) -> list[tuple[str, int, int]]:
    """The role parts of a person with a one-word ``title`` before the name: an honorific
    gives way to the role the apposition after the name states, an occupation is joined by
    it ("historian, professor at ..."); no apposition, the title alone (an honorific is
    none)."""
    apposition = _APPOSITION_EN_RE.match(after)
    if apposition is None or not _role_like(apposition.group("seg"), "en"):
        return [] if _HONORIFIC_EN_RE.match(title[0]) else [title]  # "Dr." is no role
    seg = apposition.group("seg")
    part = (seg, offset + apposition.start("seg"), offset + apposition.end("seg"))
    if _HONORIFIC_EN_RE.match(title[0]):
        return [part]
    return [(title[0].lower(), title[1], title[2]), part]


def _has_body_word(name: str) -> bool:
    """An English body's name: one of its words is a body's head word ("Society")."""
    return any(w.casefold().strip(",.'’") in ORG_HEADS_EN for w in name.split())


def _same_person(a: str, b: str) -> bool:
    wa, wb = a.casefold().split(), b.casefold().split()
    return wa == wb or (len(wa) >= 2 and len(wb) >= 2 and wa[-1] == wb[-1] and wa[0] == wb[0])


def speech_mentioned(sentence: Sentence, language: str) -> int | None:
    """Offset of the first speech word in a sentence (for the program's "speech" item)."""
    pattern = {"ru": _SPEECH_RU_RE, "az": _SPEECH_AZ_RE}.get(language, _SPEECH_EN_RE)
    match = pattern.search(sentence.text)
    return sentence.start + match.start() if match else None


def tokens_between(tokens: list[Token], start: int, end: int) -> list[Token]:
    return [t for t in tokens if start <= t.start and t.end <= end]
