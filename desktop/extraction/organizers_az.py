"""Who organized an event, in Azerbaijani.

The genre's formulas: a list of bodies before "təşkilatçılığı ilə", "təşəbbüsü ilə",
"dəstəyi ilə" or "tərəfindən" ("A, B və C-nin təşkilatçılığı ilə keçirilən ..."), the
subject of "təşkil edib(lər)" / "keçirib(lər)" ("tədbiri A və B birgə təşkil ediblər"), and
the community house or centre the event took place in ("Azərbaycan Evində", "... Mədəniyyəti
Mərkəzində": the genre's hosts, also the event's venue, see venues.py). The genitive or
locative ending is taken off the last word ("Assosiasiyasının" -> "Assosiasiyası").
"""

from __future__ import annotations

import re

from db.models import OrganizerRole
from desktop.extraction.dates import relative_day_end
from desktop.extraction.vocab import EVENT_NOUNS_AZ

_CAP = "A-ZƏÖÜÇŞİĞ"
_LOWER_HEAD = (
    r"(?:səfirliy|konsulluğ|təşkilat(?!çı)|cəmiyyət|mərkəz|fond|icma|birliy|nümayəndəliy|şəhər"
    r"|rayon|regional|ictimai|milli|mədəni|akimliy|bələdiyyə)\w*"
)
# A case ending after a closing quote: "“... Assosiasiyası”nın".
_QUOTE_END = r"(?:[\"”»](?:n?[ıiuüaə]n|n?d[aə]|y?[aə])?)?"
_NAME = (
    rf"(?:[\"“«]?[{_CAP}0-9][\w'’.()-]*{_QUOTE_END}|\([{_CAP}]{{2,10}}\))"
    rf"(?:[ ,]+(?:və\s+)?(?:[\"“«]?[{_CAP}0-9][\w'’.-]*{_QUOTE_END}|\([{_CAP}]{{2,10}}\)"
    # "Təhsil üzrə Dövlət Komitəsi" (on), "X adına Mərkəz" (named after)
    rf"|{_LOWER_HEAD}|üzrə|adına))*"
)
# "dərnəyin Qars şöbəsi": a named branch of a body just mentioned, in lower case
_BRANCH = (
    r"(?:dərnəy|cəmiyyət|birliy|icma|təşkilat|konqres|mərkəz|assosiasiya)\w*n\s+"
    rf"[{_CAP}][\w'’-]*\s+(?:şöbəsi|filialı|bölməsi)"
)
_ALSO = r"(?:\s+və\s+[a-zəöüçşığ]+)?"
# what a body holds: "müxtəlif tədbirlər", "xatirə tədbirləri", "silsilə aksiyalar"
_HELD = (
    # "martın 22-də Novruz şənliyi": the day and the holiday's name may come first
    rf"(?:(?:[^\W\d]+(?:ın|in|un|ün)\s+)?\d+-?[a-zəü]*\s+)?(?:[{_CAP}][\w-]*\s+){{0,2}}"
    r"(?:(?:müxtəlif|bir sıra|silsilə|xatirə|anım|matəm|geniş|bayram|bir neçə|birgə)\s+)*"
    r"(?:tədbir|mərasim|aksiya|görüş|konfrans|konsert|sərgi|yürüş|toplantı|şənli|festival)\w*"
)
# "keçirib", "təşkil edəcək": an active verb whose subject held the event
_HOLDS = (
    r"(?:təşkil ediblər|təşkil edib|keçiriblər|keçirib|keçirəcəklər|keçirəcək"
    r"|təşkil edəcəklər|təşkil edəcək|keçirdilər|keçirdi|keçirmişlər|keçirmişdir"
    r"|təşkil etdilər|təşkil etdi|təşkil etmişlər|təşkil etmişdir)(?!\w)"
)
_CUES: list[tuple[re.Pattern[str], OrganizerRole]] = [
    # "A və B-nin (birgə) təşkilatçılığı ilə"
    (re.compile(rf"(?P<org>{_NAME})\s+(?:birgə\s+)?(?:təşkilatçılığı|təşəbbüsü) ilə"),
     OrganizerRole.ORGANIZER),
    # "A-nın təşəbbüsü və B-nin dəstəyi ilə", "A-nın təşkilatçılığı, B-nin dəstəyi ilə":
    # the initiative's body, the support's follows
    (re.compile(rf"(?P<org>{_NAME})\s+(?:təşkilatçılığı|təşəbbüsü)(?:\s+və\s|,\s)"),
     OrganizerRole.ORGANIZER),
    (re.compile(rf"(?P<org>{_NAME})\s+tərəfindən"), OrganizerRole.ORGANIZER),
    (
        re.compile(rf"(?P<org>{_NAME}){_ALSO}\s+(?:birgə\s+|birlikdə\s+)?təşkil etdiyi"),
        OrganizerRole.ORGANIZER,
    ),
    (re.compile(rf"(?P<org>{_NAME})\s+dəstəyi ilə"), OrganizerRole.SUPPORTER),
    # "Festivalın təşkilatçısı X Birliyidir": who the organizer is, as a predicate
    (re.compile(rf"təşkilatçı(?:sı|ları)\s+(?P<org>{_NAME})"), OrganizerRole.ORGANIZER),
    (re.compile(rf"(?P<org>{_NAME})\s+dəvəti ilə"), OrganizerRole.HOST),  # who invited
    # "Tədbirə ev sahibliyi X edib", "X ev sahibliyi edib": the host
    (re.compile(rf"ev sahibliyi\s+(?P<org>{_NAME})\s+(?:edib|edir|edəcək|etdi|etmişdir)"),
     OrganizerRole.HOST),
    (re.compile(rf"(?P<org>{_NAME})\s+ev sahibliyi\s+(?:edib|edir|edəcək|etdi|etmişdir)"),
     OrganizerRole.HOST),
    # "Günlər A və B-nin birgə təşəbbüsüdür": whose initiative the event is
    (re.compile(rf"(?P<org>{_NAME})\s+(?:birgə\s+)?(?:təşəbbüsü|layihəsi)(?:dür|dir|dur|dır)"),
     OrganizerRole.ORGANIZER),
    (
        # "A, B və C da (müxtəlif) anım tədbirləri keçirib / keçirəcəklər": the subject,
        # with "also" and what they hold between it and the verb, in the past or future
        re.compile(
            rf"(?P<org>{_NAME}|{_BRANCH}){_ALSO}\s+(?:d[aə]\s+)?"
            # ("X-in ildönümü ilə bağlı": what the events mark may come first)
            rf"(?:(?:[^\s,.;]+\s+){{0,4}}?(?:ilə bağlı|ilə əlaqədar|münasibətilə)\s+)?"
            rf"(?:(?:[^\s,.;]+\s+){{0,4}}?"
            rf"{_HELD}\s+)?(?:birgə\s+|birlikdə\s+)?{_HOLDS}"
        ),
        OrganizerRole.ORGANIZER,
    ),
]
# "X Cəmiyyəti mayın 27-də Praqada, ... qəbul təşkil edib": a body that opens the sentence
# in the nominative is the subject of the active verb that closes it, whatever comes between
_OPENING_SUBJECT_RE = re.compile(rf"^(?P<org>{_NAME})\s[^.;!?]{{0,200}}?(?<=\s){_HOLDS}")
# "dərnəyin təşkilatçılığı ilə": a body named before, told again by its kind alone (in the
# genitive, lower case); the service finds which body that is
_BY_KIND_RE = re.compile(
    r"(?<![\w\"”»])(?P<org>(?:dərnəy|cəmiyyət|birliy|icma|təşkilat|konqres|mərkəz|assosiasiya"
    r"|konfederasiya|fond|səfirliy|konsulluğ)\w*)"
    r"\s+(?:birgə\s+)?(?:təşkilatçılığı|təşəbbüsü|dəstəyi) ilə"
)
# "A B ilə birgə təşkil edib": A did it together with B, both organized (no comma between)
_JOINTLY_RE = re.compile(
    rf"(?P<org>{_NAME})\s+ilə\s+(?:birgə|birlikdə)\s+(?:həyata\s+)?(?:təşkil|keçir|hazırla)"
)
# "Tədbiri A ilə B birgə təşkil ediblər": A and B organized it jointly (both are subjects)
_BOTH_JOINTLY_RE = re.compile(
    rf"(?P<first>{_NAME})\s+ilə\s+(?P<second>{_NAME})\s+(?:birgə|birlikdə)\s+{_HOLDS}"
)
_EVENT_OPENER_RE = re.compile(rf"(?:{EVENT_NOUNS_AZ})\w*\s+", re.IGNORECASE)
_HOUSE_RE = re.compile(
    rf"(?P<org>(?:[{_CAP}][\w.'’-]*\s+){{0,5}}(?:Evi|Mərkəzi|Evində|Mərkəzində))\b"
)
# "Azərbaycanın Misirdəki səfirliyində": the embassy an event is held in hosts it
_MISSION_RE = re.compile(
    rf"(?P<org>[{_CAP}][\w'’-]*n[ıiuü]n\s+[{_CAP}][\w'’-]*(?:da|də|ta|tə)(?:kı|ki)\s+"
    r"(?:baş\s+)?(?:səfirliy|konsulluğ)[ıiuü]nd[aə])(?!\w)"
)
_PREDICATE_RE = re.compile(r"d[iıuü]r$")
_ENDING_RE = re.compile(r"(?:['’]?n[ıiuü]n|['’]?[ıiuü]n|ndə|nda|də|da)$")
_HEADS = re.compile(
    r"(?:təşkilat(?!çı)|icma|cəmiyyət|birlik|birliy|mərkəz|konqres|şura|komitə|fond|səfirli"
    r"|nazirli|konsulluq|konsulluğ|nümayəndəliy|şöbə"
    r"|klub|ev|hərəkat|federasiya|assosiasiya|diaspor|filial|nümayəndəlik|universitet|dərnə[kyğ]"
    r"|muxtariyyət|ittifaq|qurum|şəbəkə|akimli|bələdiyyə)",
    re.IGNORECASE,
)
# A hall for hire is where, not who: "Şuşa Konfrans Mərkəzində", "İdman Mərkəzində".
_VENUE_WORDS = re.compile(
    r"(?:Konfrans|Konsert|Sərgi|İdman|Ticarət|Biznes|Konqres|Əyləncə|Alış-veriş)\s+Mərkəz"
)
_HOST_WORDS = re.compile(r"(?:Azərbaycan|Mədəniyyət|Diaspor|Dostluq|Milli)", re.IGNORECASE)


# A body's full name anywhere in a report: capitalized words (after a quoted name) that
# end on a head word, whatever case ending it has ("“Çinar” X-Y Cəmiyyəti üzvlərini").
_FULL_NAME_RE = re.compile(
    rf"(?:[\"“«][^\"”»]{{1,80}}[\"”»]\s+)?(?:[{_CAP}][\w'’-]*\s+){{0,6}}"
    r"(?:Dərnəy|Dərnək|Cəmiyyət|Birliy|Birlik|İcma|Təşkilat|Konqres|Mərkəz|Assosiasiya"
    r"|Konfederasiya|Fond|Səfirliy|Konsulluğ|Şura|Federasiya|İttifaq)\w*"
)


def full_names_az(text: str) -> list[tuple[str, int]]:
    """Bodies' names written in ``text``, without their case endings, with offsets: where
    "dərnəyin" and the like find the body they refer back to."""
    return [(_base(m.group()), m.start()) for m in _FULL_NAME_RE.finditer(text)]


def organizers_az(sentence_text: str) -> list[tuple[str, int, int, OrganizerRole]]:
    """(name, start, end, role) in a sentence's own offsets."""
    out: list[tuple[str, int, int, OrganizerRole]] = []
    for pattern, role in _CUES:
        for match in pattern.finditer(sentence_text):
            start = match.start("org")
            opener = _EVENT_OPENER_RE.match(sentence_text, start)
            if opener:  # "Tədbir “X”-in təşəbbüsü ilə": the sentence's subject, no name
                start = opener.end()
            out.extend(_split(sentence_text, start, match.end("org"), role))
    subject = _OPENING_SUBJECT_RE.match(sentence_text)
    if (
        subject
        and not _ENDING_RE.search(subject.group("org"))
        and not _EVENT_OPENER_RE.match(sentence_text)  # "Tədbiri A ...": the object
    ):
        out.extend(_split(sentence_text, 0, subject.end("org"), OrganizerRole.ORGANIZER))
        if _is_head(subject.group("org"), at_start=True) and " " not in subject.group("org"):
            # "Cəmiyyət ... keçirəcək": the body named before, told again by its kind alone;
            # in lower case, as the service looks such a kind up among the bodies named
            kind = _lower_first(subject.group("org"))
            out.append((kind, 0, len(kind), OrganizerRole.ORGANIZER))
    for match in _JOINTLY_RE.finditer(sentence_text):
        opener = _EVENT_OPENER_RE.match(sentence_text, match.start("org"))
        start = opener.end() if opener else match.start("org")  # "Tədbiri A B ilə birgə"
        pair = _jointly(sentence_text, start, match.end("org"))
        name = sentence_text[start:match.end("org")]
        if not pair and opener and len(name.split()) >= 2 and _is_head(name.split()[-1]):
            # "Tədbirlər A ilə birgə həyata keçiriləcək": the organizer is named elsewhere
            pair = [(name, start, match.end("org"), OrganizerRole.CO_ORGANIZER)]
        out.extend(pair)
    for match in _BOTH_JOINTLY_RE.finditer(sentence_text):
        for group in ("first", "second"):
            piece = match.group(group)
            if len(piece.split()) >= 2 and _is_head(piece.split()[-1], at_start=True):
                name = _base(piece)
                start = match.start(group)
                out.append((name, start, start + len(name), OrganizerRole.ORGANIZER))
    for match in _BY_KIND_RE.finditer(sentence_text):
        role = OrganizerRole.SUPPORTER if "dəstəyi" in match.group() else OrganizerRole.ORGANIZER
        out.append((match.group("org"), match.start("org"), match.end("org"), role))
    for match in _HOUSE_RE.finditer(sentence_text):
        start = _house_start(sentence_text, match.start("org"), match.end("org"))
        raw = sentence_text[start:match.end("org")]
        if raw.endswith(("ndə", "nda")) and _HOST_WORDS.search(raw) and not _VENUE_WORDS.search(
            raw
        ):
            name = _base(raw)
            out.append((name, start, start + len(name), OrganizerRole.HOST))
    for match in _MISSION_RE.finditer(sentence_text):
        name = _base(match.group("org"))
        out.append((name, match.start("org"), match.start("org") + len(name), OrganizerRole.HOST))
    unique: list[tuple[str, int, int, OrganizerRole]] = []
    for hit in sorted(out, key=lambda h: h[1]):
        if not any(u[1] <= hit[1] < u[2] or hit[1] <= u[1] < hit[2] for u in unique):
            unique.append(hit)
    return unique


def _jointly(text: str, start: int, end: int) -> list[tuple[str, int, int, OrganizerRole]]:
    """The two bodies of "A B ilə birgə": A ends on the first head word that a capitalized
    word follows; each is a body only if it ends on a head word."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for index, word in enumerate(words[:-1]):
        if _is_head(word.group(), at_start=True) and words[index + 1].group()[:1].isupper():
            cut = start + word.end()
            pieces = [(start, cut), (start + words[index + 1].start(), end)]
            break
    else:
        return []
    out = []
    for piece_start, piece_end in pieces:
        piece = text[piece_start:piece_end]
        if len(piece.split()) >= 2 and _is_head(piece.split()[-1], at_start=True):
            name = _base(piece)
            out.append((name, piece_start, piece_start + len(name), OrganizerRole.ORGANIZER))
    return out


def _split(
    text: str, start: int, end: int, role: OrganizerRole
) -> list[tuple[str, int, int, OrganizerRole]]:
    """A list of names ("A, B və C-nin") into bodies: pieces between commas and "və" are
    joined until one ends on a body's head word ("Elm, Təhsil və Mədəniyyət Fondu")."""
    out = []
    first: int | None = None
    for part in re.finditer(r"[^,]+?(?=,\s*|\s+və\s+|$)", text[start:end]):
        raw = re.sub(r"^[\s,]*(?:və\s+)?", "", part.group())
        piece_start = start + part.start() + len(part.group()) - len(raw)
        if first is None:
            first = piece_start
            while True:  # "20-də Parisdə X Birliyi ...", "Dünən X Birliyi": the day, the town
                lead = _WHEN_OR_WHERE_RE.match(text, first, start + part.end())
                day_end = relative_day_end(text, first)
                if lead is not None:
                    first = lead.end()
                elif day_end is not None:
                    first = day_end + len(text[day_end:]) - len(text[day_end:].lstrip(" ,"))
                else:
                    break
        last_word = re.sub(r"\s*\([^)]*\)\s*$", "", raw.strip()).split()[-1:] or [""]
        piece_end = start + part.end()
        abbreviation = _ABBREVIATION_RE.fullmatch(raw.strip())
        if abbreviation and first == piece_start:
            # "NAB-ın təşkilatçılığı ilə": a body told again by its abbreviation alone
            out.append((abbreviation.group(1), first, piece_end, role))
            first = None
            continue
        if not _is_head(last_word[0]):
            if part.end() < end - start:
                continue
            # the last piece: "A Birliyi Lion şəhərində": the body ends on its head word
            words = list(re.finditer(r"\S+", text[first:piece_end]))
            heads = [w for w in words[1:] if _is_head(w.group(), at_start=True)]
            if not heads:
                continue
            piece_end = first + heads[-1].end()
        name = _base(text[first:piece_end].strip())
        if len(name.split()) >= 2 and not _TOWN_AND_KIND_RE.fullmatch(name):
            out.append((name, first, first + len(name), role))
        first = None
    return out


# "Ostravada icmanın təşkilatçılığı ilə": a town and a body's kind in lower case, the body
# named before (found by its kind), not a name
_TOWN_AND_KIND_RE = re.compile(r"\S+(?:da|də|ta|tə)\s+[a-zəöüçşığ][\w\s]*")


# "20-də", "Parisdə", "Berlində": a day or a town before a body's name (a consonant before
# the ending: "Kanada" is a name)
_WHEN_OR_WHERE_RE = re.compile(
    # "Yanvarın 19-da": the month in the genitive before the day
    r"(?:(?:[^\W\d]+(?:ın|in|un|ün)\s+)?\d[\w-]*|\w+[^\Waeıioöuüə\d](?:da|də)"
    # "Bratislava şəhərində X Cəmiyyəti": the town with its kind word in the locative
    r"|\w+\s+(?:şəhərində|qəsəbəsində|kəndində|rayonunda))\s+",
    re.IGNORECASE,
)
# "Azərbaycan Evində": where the event took place (venues.py), not a body's head
_LOCATIVE_HEAD_RE = re.compile(r"n(?:da|də)(?:kı|ki)?$")


def _is_head(word: str, at_start: bool = False) -> bool:
    found = _HEADS.match(word.casefold()) if at_start else _HEADS.search(word)
    return found is not None and not _LOCATIVE_HEAD_RE.search(word)


def _house_start(text: str, start: int, end: int) -> int:
    """Where a house's name begins: after the last body or town before it ("Parisdə X
    Birliyi Azərbaycan Evində": the house is "Azərbaycan Evi")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for index in reversed(range(len(words) - 1)):
        word = words[index].group()
        if _is_head(word) or _WHEN_OR_WHERE_RE.fullmatch(word + " "):
            return start + words[index + 1].start()
    return start


# "NAB-ın", "ŞGB-nin": an abbreviation with its case ending after a hyphen or apostrophe
_ABBREVIATION_RE = re.compile(rf"([{_CAP}]{{2,8}})(?:[-'’][a-zəöüçşığ]{{1,4}})?")


def _lower_first(word: str) -> str:
    """"Cəmiyyət" -> "cəmiyyət", "İcma" -> "icma" (not the dotted "i̇" of ``str.lower``)."""
    return ("i" if word[0] == "İ" else word[0].lower()) + word[1:]


def _base(name: str) -> str:
    """The name without the case ending of its last word ("... Assosiasiyasının (ABC)")."""
    words = re.sub(r"(?<=[a-zəöüçşğı]{3})\.$", "", name).split()  # the sentence's full stop
    for index in range(len(words) - 1, -1, -1):
        if words[index].startswith("("):
            continue
        predicate = _PREDICATE_RE.sub("", words[index])  # "Birliyidir" -> "Birliyi"
        if predicate != words[index] and _is_head(predicate):
            words[index] = predicate
        words[index] = _ENDING_RE.sub("", words[index]) or words[index]
        break
    return " ".join(words)
