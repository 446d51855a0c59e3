"""German words shared by the German rules: organization names and their case forms.

German capitalizes every noun, so a body's name cannot be read as "the capitalized run"
as in English. A name here is a run of capitalized words around a head noun that names a
kind of body ("Kulturverein", "Gemeinde", "Generalkonsulat"), with its genitive complement
("der Republik Aserbaidschan"), a quoted name and "e.V.". Names in the genitive or dative
("des Aserbaidschanischen Kulturvereins", "dem Sächsischen Ausländerrat") are put back in
the nominative the way a clerk writes them ("Aserbaidschanischer Kulturverein").
"""

from __future__ import annotations

import re

from desktop.extraction.text import wordset

# The head nouns of bodies by grammatical gender (compounds end in them: "Kulturverein").
_HEADS = {
    "m": "verein rat kreis verband bund kongress ausschuss club klub dachverband zirkel",
    "f": "gemeinde botschaft gesellschaft organisation union stiftung universität initiative"
    " vereinigung vertretung gemeinschaft akademie diaspora hochschule föderation"
    " landsmannschaft assoziation allianz kammer",
    "n": "zentrum konsulat haus forum institut komitee netzwerk ministerium amt kulturhaus"
    " generalkonsulat centrum",
}
_GENDER: dict[str, str] = {
    word: gender for gender, words in _HEADS.items() for word in words.split()
}
# A compound whose last part is a head: "Freundschaftsgesellschaft", "Ausländerrat".
_HEAD_RE = re.compile(
    rf"^(?:[A-ZÄÖÜ][\wäöüß-]*?)?(?P<head>{'|'.join(sorted(_GENDER, key=len, reverse=True))})"
    r"(?:e?s|n|en)?$",
    re.IGNORECASE,
)
# Words that end in a head noun and are no body: a town hall is a venue, a house no club.
_NOT_HEADS = wordset(
    """rathaus bürgerhaus gasthaus krankenhaus opernhaus konzerthaus gotteshaus zuhause
    vorstand stadtrat landrat gemeinderat beirat apparat format zitat referat mandat soldat
    kandidat mitglied"""
)
# "Aserbaidschanischen", "Sächsischer", "Deutsch-Aserbaidschanisches": declined adjectives.
_ADJECTIVE_RE = re.compile(
    r"^(?P<stem>[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*)*?(?:sch|ig|lich|al|er|ell))"
    r"(?:e|en|em|er|es)$"
)
_CAP_WORD = r"[A-ZÄÖÜƏŞÇĞİ][\wäöüßəşçğıı'’.-]*"
_QUOTED = r"(?:„[^“”\"\n]{1,60}[“”\"]|\"[^\"\n]{1,60}\"|«[^»\n]{1,60}»|“[^”\n]{1,60}”)"
ARTICLE = r"(?:der|die|das|des|dem|den|einer|eines|einem|einen|eine|ein|vom|zum|zur|im|beim)"
# A name: capitalized words, a genitive complement, a quoted name, "e.V.", a seat.
NAME_RE = re.compile(
    rf"(?P<name>(?:{_CAP_WORD}|{_QUOTED})"
    rf"(?:\s+(?:{_CAP_WORD}|{_QUOTED}|e\.\s?V\.)"
    rf"|\s+(?:der|des|für|für\s+die|von)\s+{_CAP_WORD}"
    rf"|\s+in\s+(?:der\s+)?{_CAP_WORD}(?:\s+am\s+{_CAP_WORD})?)*)"
)


def head_gender(word: str) -> str | None:
    """The gender of a body's head noun ("Kulturvereins" -> "m"), None for other words."""
    if word.casefold().rstrip("s") in _NOT_HEADS or word.casefold() in _NOT_HEADS:
        return None
    match = _HEAD_RE.match(word)
    if match is None or not word[0].isupper():
        return None
    return _GENDER[match.group("head").casefold()]


def find_head(words: list[str]) -> int | None:
    """The index of the first word naming a kind of body, if any."""
    return next((i for i, word in enumerate(words) if head_gender(word.rstrip(".,;:"))), None)


def nominative(name: str) -> str:
    """A body's name as a clerk writes it: adjectives before the head noun in the strong
    nominative ("Sächsischen Ausländerrat" -> "Sächsischer Ausländerrat") and the head
    without its genitive ending ("Kulturvereins" -> "Kulturverein")."""
    words = name.split()
    index = find_head(words)
    if index is None:
        return name
    gender = head_gender(words[index]) or "f"
    head = words[index]
    match = _HEAD_RE.match(head)
    if match is not None and gender in "mn":
        # "Kulturvereins", "Hauses", "Zentrums": the genitive -s / -es goes
        end = match.end("head")
        head = head[:end] if head[end:].casefold() in ("s", "es") else head
    ending = {"m": "er", "f": "e", "n": "es"}[gender]
    out = []
    for word in words[:index]:
        adjective = _ADJECTIVE_RE.match(word)
        out.append(adjective.group("stem") + ending if adjective else word)
    out.append(head)
    out.extend(words[index + 1 :])
    return " ".join(out)


def name_at(text: str, start: int) -> tuple[int, int] | None:
    """The span of a body's name that begins at ``start`` (after an article, if any):
    capitalized words up to the first lower-case word, holding a head noun."""
    match = NAME_RE.match(text, start)
    if match is None:
        return None
    span = match.group("name")
    words = span.split()
    if find_head(words) is None and not re.search(_QUOTED, span):
        return None
    end = start + len(span)
    trimmed = text[start:end].rstrip(" ,;:")
    if trimmed.endswith(".") and not trimmed.endswith("V."):
        trimmed = trimmed[:-1]  # the sentence's full stop, not "e.V."
    end = start + len(trimmed)
    seat = _SEAT_RE.search(trimmed)
    if seat is not None and _NOT_NAME_AFTER_RE.match(text, end):
        # "die Botschaft ... in Berlin am Dienstag", "die Gesellschaft in Basel gefeiert":
        # the town is where the body acted, not part of its name
        end = start + seat.start()
    return start, end


# A closing "in X" of a name, and what after it shows X is no part of the name.
_SEAT_RE = re.compile(rf"\s+in\s+(?:der\s+)?{_CAP_WORD}(?:\s+am\s+{_CAP_WORD})?$")
_NOT_NAME_AFTER_RE = re.compile(
    r"\s+(?!(?:und|sowie|gemeinsam|organisiert|veranstaltet|ausgerichtet|initiiert)\b)"
    r"[a-zäöüß]"
)
