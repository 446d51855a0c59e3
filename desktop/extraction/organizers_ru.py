"""Who organized an event, in Russian: natasha's body spans in an organizer's position.

A body organizes when it is the subject of "провёл", "организовал" ("Общество X провело
вечер"), follows a cue ("организованный X", "при поддержке X", "по инициативе X",
"совместно с X", "организаторами выступили X") or is the community house or centre that
hosts the event ("в Доме национальностей": the genre's hosts, also the event's venue, see
venues.py). natasha gives the name's extent, so the draft gets "организация «Единство»
Тверской области", not half a clause; the name is then put in the nominative. A body only
mentioned (a foundation whose head attended, the agency that reported) is no organizer.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from rapidfuzz.distance import DamerauLevenshtein

from db.models import OrganizerRole
from desktop.extraction.russian import (
    NamedSpan,
    is_genitive_plural,
    is_governing_participle,
    is_known_word,
    morph_parses,
    named_spans,
)
from desktop.extraction.text import Sentence
from desktop.extraction.vocab import CULTURE_DAYS_RU

# (cue, role, the case a body after it is in: read when natasha sees no name there)
_CUES: list[tuple[re.Pattern[str], OrganizerRole, str | None]] = [
    (re.compile(r"(?:организован|проведен|проведён|подготовлен|устроен)\w*\s+", re.I),
     OrganizerRole.ORGANIZER, "ablt"),
    # "Организатором мероприятия во Дворце культуры выступила организация X": the verb
    # closes the cue however far it is, so the venue between is skipped.
    # the body after the verb is its subject, in the nominative
    # "Инициатором вечера выступило общество X" too
    (re.compile(r"(?:организатор|инициатор|устроител)(?:ом|ами|ы|ем|ями|и)?\s+"
                r"(?:[\w-]+\s+){0,8}?(?:выступил\w*|стал\w*|являл\w*|являет\w*)\s*", re.I),
     OrganizerRole.ORGANIZER, "nomn"),
    # "помощь в организации оказал муниципалитет X": a supporter, in the nominative
    (re.compile(r"(?:помощь|содействие|поддержку)\s+в\s+(?:организации|проведении)\s+"
                r"(?:[\w-]+\s+){0,2}?оказал\w*\s+", re.I),
     OrganizerRole.SUPPORTER, "nomn"),
    (re.compile(r"организатор(?:ом|ами|ы)?\s+(?:\w+\s+){0,2}?(?![\w-]*(?:выступил|стал"
                r"|являл|являет))", re.I),
     OrganizerRole.ORGANIZER, None),
    (re.compile(r"по инициативе\s+|при организации\s+", re.I), OrganizerRole.ORGANIZER, "gent"),
    (re.compile(r"силами\s+", re.I), OrganizerRole.ORGANIZER, "gent"),
    # "по приглашению генконсульства X мы приехали на праздник": who invited hosted it
    (re.compile(r"по приглашению\s+", re.I), OrganizerRole.HOST, "gent"),
    (re.compile(r"(?:совместно|вместе) с\s+", re.I), OrganizerRole.CO_ORGANIZER, "ablt"),
    (re.compile(r"при (?:\w+ )?(?:поддержке|содействии|участии и поддержке)\s+", re.I),
     OrganizerRole.SUPPORTER, "gent"),
    # "в подготовке вечера нам помог X", "помогли нам X": who helped, in the nominative
    (re.compile(r"(?<!\w)помогл?[аои]?\s+(?:(?:нам|им|ему|ей)\s+)?", re.I),
     OrganizerRole.SUPPORTER, "nomn"),
]
_SUBJECT_VERB_RE = re.compile(
    r"(?<!\w)(?:провел|провёл|провела|провело|провели|организовал\w*|устроил\w*|подготовил\w*"
    r"|отметил\w*|собрал\w*|пригласил\w*|приглаша[ею]т|организует|проведет|проведёт|проводит|провод[яи]т"
    # "Выставку открыло общество X" (not "открылась": there the event is the subject)
    r"|проведут|организуют|устроят|устроит|открыл[аои]?)"
    r"(?!\w)",
    re.I,
)
# "в большом зале театра провели ...": a body after "в"/"на" is where, never the subject.
_LOCATIVE_BEFORE_RE = re.compile(r"(?<!\w)(?:[вВ]|[вВ]о|[нН]а)\s+(?:[а-яё-]+\s+){0,3}$")
# "В минувшую субботу X провело": "в" before a day or a span of time says when, not where
_WHEN_BEFORE_RE = re.compile(
    r"(?<!\w)(?:[вВ]|[вВ]о|[нН]а)\s+(?:[а-яё-]+\s+){0,2}(?:понедельник|вторник|среду"
    r"|четверг|пятницу|субботу|воскресенье|выходные|днях|неделе|прошлом|минувшем)\s+$"
)
# A cue that follows a thing made (a project, brochures, a film) tells who made that thing.
_OF_A_THING_RE = re.compile(
    r"(?:проект\w*|брошюр\w*|буклет\w*|видеоролик\w*|фильм\w*|книг\w*|издани\w*|значк\w*"
    r"|материал\w*|плакат\w*)(?:\s*[«\"“„][^»\"”]{0,60}[»\"”]+)?,?\s+(?:котор\w+\s+)?"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_THING_AFTER_RE = re.compile(
    r"^\s+(?:брошюр|буклет|значк|видеоролик|фильм|книг|издани|материал|плакат)", re.IGNORECASE
)
_OTHER_VERB_RE = re.compile(r"(?<!\w)\w+(?:ал|ял|ил|ел|ла|ло|ли|ет|ит|ют|ят)(?!\w)")
_HOUSE_RE = re.compile(r"(?:дом|центр|house)\w*", re.I)
_MISSION_RE = re.compile(r"(?:посольств|консульств|генконсульств|генеральн\w+ консульств)", re.I)
_COMMUNITY_RE = re.compile(r"(?:культур|дружб|национальн|диаспор|общин)\w*", re.I)
# "в Доме культуры Марнеули": a town's hall for hire (a palace of culture), not a community
# house; "Дом культуры народов" or "Дом азербайджанской культуры" is one
_CULTURE_HALL_RE = re.compile(r"(?:дом|двор[е]?ц)\w*\s+культуры(?!\s+[а-яё])", re.I)
_DESCRIPTOR_RE = re.compile(
    # a branch of the body first: "Шымкентский филиал объединения «X»"
    r"(?:(?:[А-ЯЁа-яё-]+(?:ий|ый|ой|ое|ого|ому|ым|ом)\s+){0,2}"
    r"(?:филиал|отделени|представительств)\w*\s+)?"
    r"(?:[а-яё-]+(?:ая|ое|ий|ый|ой|ые|ого|ей|ых|ую|ым|ими|ом)\s+){0,4}?"
    r"(?:организаци|общин|обществ|автономи|объединени|союз|центр|фонд|клуб|ассоциаци|конгресс"
    r"|диаспор|землячеств|совет)\w*(?:\s+[а-яё]+)?\s*[«\"“„]?$",
    re.I,
)
# "Общество сообщило, что ... пройдёт праздник": the body announcing an event to come
# holds it
_ANNOUNCES_RE = re.compile(
    r"(?<!\w)(?:сообщил[аио]?|объявил[аио]?|анонсировал[аио]?|сообща[ею]т|объявля[ею]т"
    r"|анонсиру[ею]т|информиру[ею]т)\s*,?\s+что\s+"
    r"(?=[^.;]*(?<!\w)(?:пройд[её]т|пройдут|состоится|состоятся|будет проведен|будут проведены"
    r"|откроется|начн[её]тся)(?!\w))",
    re.I,
)
_HEAD_RE = re.compile(
    r"(?:организаци|отделени|филиал|представительств|обществ|общин|союз|объединени|центр"
    r"|автономи|комитет|совет|университет|институт|академи|посольств|консульств)\w*",
    re.I,
)


# a head word alone, with no name after it: the body named before ("провёл университет
# совместно с ...", "организовало общество.")
_BARE_HEAD_RE = re.compile(r"\s*([а-яё]+)(?=\s*(?:[,.;]|совместно\b|вместе\b|и\s|$))")
_HEAD_AFTER_RE = re.compile(
    r"^\s+(?:консульств|посольств|представительств|организаци|обществ"
    r"|объединени|центр|союз|общин|автономи|конгресс|фонд)[а-яё]*"
)
_JOINTLY_AFTER_RE = re.compile(r"\s*,?\s*(?:совместно|вместе) с\s")
_QUOTED_AFTER_RE = re.compile(r"^\s*[«\"“„][^»\"”“]{1,80}[»\"”“]+")
_SEAT_AFTER_RE = re.compile(r"^\s+(?:в|во)\s+(?:городе\s+)?[А-ЯЁ][\w-]+")
_SEATED = re.compile(r"(?:консульств|посольств|представительств)\w*", re.I)
_NOT_BODY_RE = re.compile(
    rf"^(?:(?:агентств|издани|газет|сайт|портал|телеканал)\w*|{CULTURE_DAYS_RU})", re.I
)


_MISSION_RE = re.compile(
    r"(?<!\w)(?:[Пп]осольств|[Гг]енеральн\w+ консульств|[Гг]енконсульств|[Кк]онсульств"
    r"|[Пп]редставительств)"
    r"[а-яё]*\s+(?:[А-ЯЁ][\w-]+\s+){1,3}(?:в|во)\s+(?:городе\s+|г\.\s*)?[А-ЯЁ][\w-]+"
    # a government body of a named place: "правительством Красноярского края"
    r"|(?<!\w)(?:[Пп]равительств|[Аа]дминистраци|[Мм]эри|[Мм]инистерств)[а-яё]*"
    r"(?:\s+[а-яё]+){0,2}?\s+(?:[А-ЯЁ][\w-]+\s+){1,2}(?:кра[яюе]|област\w+|район\w*"
    r"|республик\w+|округ\w*)(?!\w)"
)


_MISSION_HEADS = ("посольство", "консульство", "генконсульство", "представительство")
_CAPITALIZED_RE = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]{6,}(?![\w-])")


def _misspelt_heads(text: str) -> str:
    """``text`` with a mistyped mission word written right ("Посольтсво Грузии" ->
    "Посольство Грузии"), offsets unchanged: one swapped, missing or wrong letter in a
    word no dictionary knows."""
    out = text
    for match in _CAPITALIZED_RE.finditer(text):
        word = match.group().casefold()
        if is_known_word(word):
            continue
        for head in _MISSION_HEADS:
            if len(head) == len(word) and DamerauLevenshtein.distance(word, head) <= 1:
                fixed = head.capitalize()
                out = out[: match.start()] + fixed + out[match.end() :]
                break
    return out


def _missions(sentence: Sentence, bodies: list[NamedSpan]) -> list[NamedSpan]:
    """"Посольство Казахстана в Польше": a mission natasha reads only as two places."""
    out = []
    for match in _MISSION_RE.finditer(_misspelt_heads(sentence.text)):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if not any(b.start < end and start < b.end for b in bodies):
            written = sentence.text[match.start() : match.end()]
            out.append(NamedSpan("ORG", start, end, written, written))
    return out


def organizers_ru(sentence: Sentence, text: str) -> list[tuple[str, int, int, OrganizerRole]]:
    """(name, start, end, role) of the bodies a Russian sentence names as organizing."""
    bodies = [
        s for s in named_spans(text)
        if s.type == "ORG" and sentence.start <= s.start < sentence.end
    ]
    bodies = sorted(bodies + _missions(sentence, bodies), key=lambda b: b.start)
    local = sentence.text
    found: list[tuple[str, int, int, OrganizerRole]] = []
    for pattern, role, case in _CUES:
        for match in pattern.finditer(local):
            if _OF_A_THING_RE.search(local[max(0, match.start() - 80) : match.start()]):
                continue  # "проект, который реализуется при поддержке X": not the event's
            position = sentence.start + match.end()
            run = _run(text, bodies, position, role)
            if run and _THING_AFTER_RE.match(text[run[-1][2] :]):
                continue  # "подготовленные Фондом X брошюры": the maker of a thing
            found.extend(run or _anaphor(text, position, role) or _body_in_case(
                text, position, role, case
            ))
    for announced in _ANNOUNCES_RE.finditer(local):
        found.extend(_subject_before(text, sentence.start, sentence.start + announced.start()))
    for verb in _SUBJECT_VERB_RE.finditer(local):
        verb_start = sentence.start + verb.start()
        preceding = [b for b in bodies if b.end <= verb_start]
        if preceding:
            last = preceding[-1]
            between = text[last.end : verb_start]
            located = _LOCATIVE_BEFORE_RE.search(text[max(sentence.start, last.start - 40):
                                                      last.start])
            if located is not None and _WHEN_BEFORE_RE.search(located.group()):
                located = None
            if located is None and len(between) < 60 and not _OTHER_VERB_RE.search(
                between.replace(",", " ")
            ):
                found.append(_phrase(text, last, OrganizerRole.ORGANIZER))
                # "A и общество «B» проведут": every body of the subject's list
                for earlier in reversed(preceding[:-1]):
                    if earlier.start < sentence.start or not _joined(
                        text[earlier.end : found[-1][1]]
                    ):
                        break
                    found.append(_phrase(text, earlier, OrganizerRole.ORGANIZER))
                continue
        subject = _subject_before(text, sentence.start, verb_start)
        if subject:
            found.extend(subject)
            continue
        # Object first: "Вечер организовало Общество X"; "Его подготовило общество
        # литовских армян «Масис»", a body natasha does not see, in the nominative
        after = sentence.start + verb.end()
        bare = _BARE_HEAD_RE.match(text, after)  # "Конференцию провёл университет ..."
        found.extend(
            (_anaphor(text, bare.start(1), OrganizerRole.ORGANIZER) if bare else [])
            or _run(text, bodies, after, OrganizerRole.ORGANIZER)
            or _body_in_case(text, after, OrganizerRole.ORGANIZER, "nomn")
        )
    for body in bodies:
        if _JOINTLY_AFTER_RE.match(text, body.end):
            # "Консульство X совместно с Y провело ...": who acted jointly organized
            found.append(_phrase(text, body, OrganizerRole.ORGANIZER))
        before = text[max(sentence.start, body.start - 4) : body.start]
        if re.search(r"(?<!\w)(?:[вВ]|[вВ]о)\s+$", before) and (
            (_HOUSE_RE.match(body.text) and _COMMUNITY_RE.search(body.text)
             and not _CULTURE_HALL_RE.match(body.text))
            or _MISSION_RE.match(body.text)  # "в посольстве X состоялся приём": its host
        ):
            found.append(_phrase(text, body, OrganizerRole.HOST))
    out: list[tuple[str, int, int, OrganizerRole]] = []
    for name, start, end, role in sorted(found, key=lambda f: f[1]):
        if _NOT_BODY_RE.match(name) or any(s <= start < e for _n, s, e, _r in out):
            continue
        out.append((name, start, end, role))
    return out


# "X вчера провела", "X в минувшую субботу провело": when, between a subject and its verb
_WHEN_BETWEEN_RE = re.compile(
    r"(?:вчера|сегодня|накануне|позавчера|недавно|впервые|традиционно|ежегодно"
    r"|(?:в|во)\s+(?:(?:минувш|прошл|эт)\w+\s+)?(?:понедельник|вторник|среду|четверг"
    r"|пятницу|субботу|воскресенье|выходные)|\d{1,2}\s+[а-яё]+)"
    r"(?:\s*,\s*\d{1,2}\s+[а-яё]+)?,?",
    re.IGNORECASE,
)


def _subject_before(
    text: str, start: int, verb: int
) -> list[tuple[str, int, int, OrganizerRole]]:
    """The subject of a verb, in the nominative right before it, that natasha does not see:
    a body's name ("Литовско-грузинское общество дружбы провело") or its head word alone,
    the body named before ("где союз провёл"). Read in the verb's own clause only."""
    clause = start + max(
        (m.end() for m in re.finditer(r",|:|—|(?<!\w)(?:где|что|и)\s", text[start:verb])),
        default=0,
    )
    for word in re.finditer(r"[А-ЯЁа-яё][А-ЯЁа-яё-]*", text[clause:verb]):
        at = clause + word.start()
        body = _body_in_case(text, at, OrganizerRole.ORGANIZER, "nomn")
        gap = text[body[0][2] : verb].strip() if body else ""
        if body and (not gap or _WHEN_BETWEEN_RE.fullmatch(gap)):
            return body
    # the head may open the sentence: "Общество сообщило, что ..."
    last = re.search(r"([а-яё]+|(?<!\S)[А-ЯЁ][а-яё]+)\s+$", text[clause:verb])
    if last is not None and any(
        _is_body_head(p, "nomn") for p in morph_parses(last.group(1).casefold())
    ):
        at = clause + last.start(1)
        # the head word alone when natasha saw no body of it: the service finds which
        return _anaphor(text, at, OrganizerRole.ORGANIZER) or [
            (last.group(1), at, at + len(last.group(1)), OrganizerRole.ORGANIZER)
        ]
    return []


def _joined(gap: str) -> bool:
    """ "A и B", "A, B": two bodies of one list (a lower-case descriptor of the second, as
    "и общество", may stand between)."""
    joined = re.match(r"\s*(?:,|и|,\s*и)\s*", gap)
    return joined is not None and (
        joined.end() == len(gap) or _DESCRIPTOR_RE.fullmatch(gap[joined.end() :]) is not None
    )


def _anaphor(
    text: str, position: int, role: OrganizerRole
) -> list[tuple[str, int, int, OrganizerRole]]:
    """ "организованное автономией": a body named by its head word alone is the last body
    with that head named before."""
    word = re.match(r"([А-ЯЁа-яё][а-яё]+)", text[position:])
    if word is None or not _HEAD_RE.match(word.group(1)):
        return []
    stem = word.group(1).casefold()[:6]
    for body in reversed([s for s in named_spans(text) if s.type == "ORG" and s.end <= position]):
        if stem in body.text.casefold():
            name, _start, _end, _role = _phrase(text, body, role)
            return [(name, position, position + len(word.group(1)), role)]
    return []


# The head nouns of the bodies that hold the genre's events, as pymorphy3's lemma begins.
_BODY_LEMMA_RE = re.compile(
    r"(?:организаци|общин|обществ|автономи|объединени|союз|центр|фонд|клуб|ассоциаци"
    r"|конгресс|диаспор|землячеств|совет|комитет|отделени|филиал|представительств"
    r"|посольств|консульств|генконсульств|дом$|двор[е]?ц$|кафедр|факультет"
    # local and state government that supports or hosts: "муниципалитет Марнеули"
    r"|муниципалитет|администраци|мэри|акимат|управлени|министерств|правительств)",
)
_PHRASE_WORD_RE = re.compile(
    r"\s*([«\"“„][^»\"”“]{1,80}[»\"”“]|\([А-ЯЁA-Z][А-ЯЁA-Z-]{1,9}\)|[А-ЯЁа-яё][А-ЯЁа-яё-]*)"
)


def _body_in_case(
    text: str, position: int, role: OrganizerRole, case: str | None
) -> list[tuple[str, int, int, OrganizerRole]]:
    """ "проведённый местной автономией азербайджанцев", "при поддержке городского центра": a
    body natasha does not see, read from the words in the ``case`` the cue governs (the
    instrumental of a participle's agent, the genitive after "при поддержке"). Adjectives, a
    body's head noun, then what completes the name (genitive words, a quoted name) up to the
    phrase's end; the service puts it in the nominative. No head noun (performers, pupils),
    no body."""
    if case is None:
        return []
    end = position
    head = False
    for _count in range(10):
        word = _PHRASE_WORD_RE.match(text, end)
        if word is None:
            break
        token = word.group(1)
        if token[0] == "(":
            if not head:
                break
            end = word.end()  # "автономия (АНКА) Тульской области": its short name
            continue
        if token[0] in "«\"“„":
            if head:
                end = word.end()
            break
        readings = morph_parses(token.casefold())
        if not head and any(_is_body_head(p, case) for p in readings):
            head = True
        elif head and readings[0].tag.POS in ("NOUN", "ADJF") and any(
            p.tag.case == "gent" for p in readings
        ):
            pass  # "азербайджанцев Брянской области" completes the name ("и" does not)
        elif head or not any(
            p.tag.case == case and p.tag.POS in ("ADJF", "PRTF") for p in readings
        ):
            break
        end = word.end()
    if not head or _THING_AFTER_RE.match(text[end:]):
        return []  # "подготовленные общиной брошюры": who made a thing
    name = text[position:end].strip()
    if " " not in name:
        return []  # "при поддержке посольства": which one, only an earlier name tells
    return [(name, end - len(name), end, role)]


def _is_body_head(parse: Any, case: str) -> bool:
    """A reading of a body's head noun ("общиной", "конгрессом") in ``case``."""
    return bool(
        parse.tag.POS == "NOUN" and parse.tag.case == case
        and _BODY_LEMMA_RE.match(parse.normal_form)
    )


def _run(
    text: str, bodies: list[NamedSpan], position: int, role: OrganizerRole
) -> list[tuple[str, int, int, OrganizerRole]]:
    """The bodies written from ``position``: the first within a few words, and those joined
    to it by "и" or commas."""
    out: list[tuple[str, int, int, OrganizerRole]] = []
    for body in bodies:
        if body.start < position:
            continue
        gap = text[position : body.start]
        if len(gap) > 60 or re.search(r"[.;:]", gap):
            break
        joined = re.match(r"\s*(?:,|и|,\s*и|а также)\s*", gap)
        if out and not (joined and (joined.end() == len(gap) or _DESCRIPTOR_RE.fullmatch(
            gap[joined.end():]
        ))):
            break
        if not out and gap.strip() and not _DESCRIPTOR_RE.search(gap.rstrip(" –—-")):
            break  # "в большом зале театра": a venue after other words, not the agent
        out.append(_phrase(text, body, role))
        position = out[-1][2]
    return out


def _past_participles(text: str, start: int, end: int) -> int:
    """Where a name read back from ``start`` begins once the participle that introduces it
    ("организованный общественной организацией") is left out: it is the verb, not the name."""
    words = list(re.finditer(r"[\w-]+", text[start:end]))
    skip = 0
    for word, following in itertools.pairwise(words):
        if not is_governing_participle(word.group(), following.group()):
            break
        skip = following.start()
    return start + skip


def _phrase(text: str, body: NamedSpan, role: OrganizerRole) -> tuple[str, int, int, OrganizerRole]:
    """The body's full name: lower-case words that describe it before the span ("общественная
    организация"), a quoted name after it, and a mission's seat ("... в Самаре")."""
    start, end = body.start, body.end
    head = _HEAD_AFTER_RE.match(text[end:])  # natasha's "Генеральное" + "консульство"
    if head and re.search(r"(?:ое|ая|ый|ий|ой|ые)$", body.text):
        end += head.end()
    before = text[max(0, start - 80) : start]
    descriptor = _DESCRIPTOR_RE.search(before)
    quoted_name = text[start : start + 1] in "«\"“„" or (
        descriptor is not None and re.search(r"[«\"“„]", descriptor.group())
    )
    if descriptor and descriptor.group().strip() and (
        quoted_name or len(descriptor.group().split()) >= 2
    ):
        start -= len(before) - descriptor.start() - (len(descriptor.group())
                                                      - len(descriptor.group().lstrip()))
        start = _past_participles(text, start, body.start)
    spans = named_spans(text)
    for other in spans:  # "Саратовское региональное отделение Общероссийского союза"
        gap = text[end : other.start]
        if other.type == "ORG" and other.start > end and len(gap) < 40 and (
            re.fullmatch(r"\s+(?:[а-яё-]+\s+){1,3}", gap) and _HEAD_RE.search(gap)
        ):
            end = other.end
    people = re.match(r"^\s+[а-яё]+(?![\w-])", text[end:])  # "автономия татар (Омской ...)"
    if people and is_genitive_plural(people.group().strip()):
        end += people.end()
    name = text[start:end]
    if name.count("«") > name.count("»") or name.count("„") > name.count("“"):
        close = re.match(r"^[^»“.;]{0,60}[»“]+", text[end:])  # natasha stopped inside quotes
        if close:
            end += close.end()
    if name.count("(") > name.count(")") and text.startswith(")", end):
        end += 1  # natasha stopped before the bracket of the short name: "Союз X (СX"
    quoted = _QUOTED_AFTER_RE.match(text[end:])
    if quoted:
        end += quoted.end()
    for place in spans:  # "Посольство Казахстана", "организация X Тверской области"
        adjacent = place.start > end and not text[end : place.start].strip()
        if place.type == "LOC" and adjacent and place.text[:1].isupper():
            end = place.end
    if _SEATED.search(_misspelt_heads(text[body.start : end])):
        seat = _SEAT_AFTER_RE.match(text[end:])
        if seat:
            end += seat.end()
    name = text[start:end].strip(" ,")
    name = re.sub(r"\s+(?:и|а также)$", "", name)  # a seat read up to the next body's "и"
    opening = len(re.findall(r'(?:^|(?<=[\s(]))"', name))  # a quote after a space opens
    missing = 2 * opening - name.count('"')
    if missing > 0:  # 'организация "Общество "Имя""': close the quotes left open
        close = re.match(rf'^[^".;]{{0,60}}"{{1,{missing}}}', text[start + len(name) :])
        if close:
            name = text[start : start + len(name) + close.end()]
    return name, start, start + len(name), role
