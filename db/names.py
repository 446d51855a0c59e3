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
    """Return the matching key of ``name``: ASCII, lower case, single spaces."""
    ascii_name = anyascii(name).casefold()
    return _NON_WORD.sub(" ", ascii_name).strip()
