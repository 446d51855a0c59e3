"""Name normalization shared by every lookup: one key however a name is written.

``normalize`` transliterates any script to ASCII (anyascii), folds case and
drops punctuation, so "İbişov", "Ibisov" and "IBISHOV"-style spellings land
close together and Cyrillic names become comparable with Latin ones.
"""

from __future__ import annotations

import re

from anyascii import anyascii

_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalize(name: str) -> str:
    """Return the matching key of ``name``: ASCII, lower case, single spaces.

    A name of punctuation alone ("/", "—") keeps its own characters as its key: an empty
    key would make every such name a stranger to itself, and one record become several.
    """
    ascii_name = anyascii(name).casefold()
    key = _NON_WORD.sub(" ", ascii_name).strip()
    return key or " ".join(name.casefold().split())


# Words that say what kind of place a name is, not which one (normalized forms of the
# English, Russian, Azerbaijani and Kazakh words).
_PLACE_WORDS_TEXT = """
region regions regional territory territorial oblast oblasti obl krai kray province republic
autonomous okrug district rayon state land county area the of city town village municipality
metropolitan capital respublika respublikasi avtonomnyy avtonomnaya gorod g selo derevnya
poselok vilayeti diyari rayonu muxtar dairesi seheri sheher kendi oblysy qalasy shaary
"""
_PLACE_WORDS = frozenset(_PLACE_WORDS_TEXT.split())


def strip_place_words(key: str) -> str:
    """``key`` (normalized) without the generic place words."""
    return " ".join(w for w in key.split() if w not in _PLACE_WORDS)
