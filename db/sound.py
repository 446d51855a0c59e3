"""A name as it sounds: one key for its Russian and Azerbaijani spellings (session 21, 23).

An alias's ``search_sound`` holds :func:`sound_key` of its name (written by the app:
:mod:`db.secondary_tables`, :mod:`db.models`, migration 0019), and a typed phrase is looked
for as each of its :func:`sound_variants`. Apart from :mod:`db.search`, which needs the
tables, so the tables can compute the key.
"""

from __future__ import annotations

import re

from anyascii import anyascii

from db.names import normalize

_VOWELS = "aiou"
_SOUNDS = (
    ("dzh", "c"), ("zh", "j"), ("ch", "c"), ("sh", "s"), ("kh", "x"), ("q", "g"), ("e", "a"),
    ("kp", "kb"),
    *((f"y{vowel}", vowel) for vowel in _VOWELS), ("y", "i"),
    *((letter * 2, letter) for letter in "mnlrstdkbigxh"),
)
"""Replacements, in order, that bring a name's Russian and Azerbaijani spellings (as
:func:`spoken` transliterates them) to one key: Russian writes Azerbaijani C as ДЖ, J as
Ж, Ç as Ч, Ş as Ш ("Cəfərov", "Джафаров"); X as Х, Q as Г, so these are one letter each;
Ə as А or Е (as the search folds it, :data:`db.search._FOLDS`); KB as КП ("Ələkbərov",
"Алекперов": the B loses its voice after K); drops the Y before a vowel ("Əliyev",
"Алиев"; "Gəncə", "Гянджа"), writes Ы and Й where Azerbaijani has I and Y, and one
letter for a double one ("Məmmədov", "Мамедов").
H stays itself: Russian writes it Г or Х (:data:`_HEARD_AS`), and one letter for all three
would make "Халилов" "Галилов"."""
_HEARD_AS = {"h": "hgx", "g": "gh", "x": "xh"}
"""Letters of a typed name's key that the other script may write otherwise: Azerbaijani H
is Russian Г ("Hüseynov", "Гусейнов") or Х ("Əhmədov", "Ахмедов"); so a Г or an H is
looked for as either, an X or Х as either. Looked up, not stored: Г and Х stay apart."""
MOST_SPELLINGS = 8
"""Keys a typed phrase is looked for as (:func:`sound_variants`): the letters of
:data:`_HEARD_AS` vary from the start while their spellings stay this few."""
_GLUED = re.compile(r"(?<=[0-9a-z])'(?=[0-9a-z])")
"""An apostrophe inside a word of the ASCII transliteration: a Russian soft or hard sign
("Эльчин": "El'chin"), or the apostrophe that writes one ("El'chin")."""
_SPOKEN_WORD = re.compile(r"[0-9a-z]+(?:'[0-9a-z]+)*")
"""A word of the ASCII transliteration, halves a soft sign parts kept together."""


def sound(key: str) -> str:
    """A key of :func:`spoken` as its name sounds (:data:`_SOUNDS`)."""
    for letters, into in _SOUNDS:
        key = key.replace(letters, into)
    return key


def spoken(name: str) -> str:
    """:func:`db.names.normalize` of ``name`` with a soft sign no break in a word: normalize
    makes it a space ("Эльчин": "el chin"), which would part the name from "Elçin"."""
    return normalize(_GLUED.sub("", anyascii(name).casefold()))


def sound_key(name: str) -> str:
    """What an alias's ``search_sound`` holds (migration 0019): the sound of its name,
    computed by the app where the alias is written (the soft sign is in the name only)."""
    return sound(spoken(name))


def sound_variants(key: str) -> list[str]:
    """A typed phrase's :func:`sound` ``key`` as each spelling the other script may have of
    it (:data:`_HEARD_AS`), as typed first."""
    spellings = [""]
    for letter in key:
        options = _HEARD_AS.get(letter, letter)
        if len(spellings) * len(options) > MOST_SPELLINGS:
            options = letter
        spellings = [spelling + option for spelling in spellings for option in options]
    return spellings


def spoken_words(text: str) -> list[str]:
    """The words of ``text`` as :func:`db.names.normalize` parts them, but one with a soft
    sign inside keeps it as an apostrophe ("Эльчин": "el'chin"): its halves are words of
    the text, its sound is the whole word's."""
    return _SPOKEN_WORD.findall(anyascii(text).casefold())
