"""The order in which a completion list offers names for typed text (no Qt).

What the clerk starts typing is what they mean: names that start with the text
come first, then names with a word that starts with it, then names that only
contain it ("Russ" is Russia before Brunei Darussalam). Within each group the
names used most come first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from db.names import normalize

WORD = re.compile(r"\w+")


def rank_matches(text: str, names: Sequence[str], usage: Sequence[int] | None = None) -> list[int]:
    """Indexes of ``names`` that match ``text``, best first (see the module docstring)."""
    key = normalize(text)
    if not key:
        return []
    ranked: list[tuple[int, int, int]] = []
    for index, name in enumerate(names):
        folded = normalize(name)
        if folded.startswith(key):
            tier = 0
        elif any(word.startswith(key) for word in WORD.findall(folded)):
            tier = 1
        elif key in folded:
            tier = 2
        else:
            continue
        ranked.append((tier, -(usage[index] if usage else 0), index))
    return [index for *_, index in sorted(ranked)]
