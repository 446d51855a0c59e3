"""The pasted report as paragraphs, sentences and tokens, all with offsets into the original.

Every later step works on these offsets, never on a cleaned copy, so each value the
extraction proposes can point back at the exact words it came from (the GUI highlights
them). Language is guessed from the letters: Cyrillic -> "ru", Azerbaijani letters -> "az".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string (easier to read and edit)."""
    return frozenset(text.split())


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_AZ_ONLY = re.compile(r"[əƏ]")
_AZ_LETTERS = re.compile(r"[əƏğĞıİşŞçÇöÖüÜ]")
_GERMAN_WORDS = re.compile(
    r"\b(?:der|die|das|und|mit|dem|den|des|wurde|fand|statt"
    # a short German report has few articles: its other function words count too
    r"|ein|eine|einen|einem|einer|zum|zur|im|vom|sich|wurden|auch|für|über|nach|sowie)\b"
)

# A token: a word (letters, digits, inner hyphens/apostrophes) or one punctuation mark.
_TOKEN = re.compile(r"[^\W_]+(?:[-'’`][^\W_]+)*|[^\w\s]", re.UNICODE)

_ABBREVIATIONS = wordset(
    """mr mrs ms dr prof st no vs jr sr gen col lt sgt capt gov rep sen inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec g ul pr d im tel
    e i u s a b c f h j k l m n o p q r t v w x y z"""
)
_SEPARATOR_LINE = re.compile(r"^\s*(?:\*{2,}|-{3,}|_{3,}|={3,}|#{3,}|•{2,})\s*$")
_QUOTES_OPEN = "\"“«„'‘"


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper()

    @property
    def lower(self) -> str:
        return self.text.casefold()


@dataclass
class Sentence:
    """One sentence (or heading line) of the report."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    heading: bool = False
    separator_before: bool = False

    @cached_property
    def tokens(self) -> list[Token]:
        return [
            Token(self.start + m.start(), self.start + m.end(), m.group())
            for m in _TOKEN.finditer(self.text)
        ]

    def local(self, position: int) -> int:
        """Offset within the sentence text of a document ``position``."""
        return position - self.start


@dataclass
class Document:
    """The report text split for extraction; offsets always refer to ``text``."""

    text: str
    sentences: list[Sentence] = field(default_factory=list)
    language: str = "en"

    def sentence_at(self, position: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= position < sentence.end:
                return sentence
        return None


def detect_language(text: str) -> str:
    """"ru" for mostly Cyrillic text, "az" when Azerbaijani letters are frequent, "de" for
    German function words, else "en"."""
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    if cyrillic > latin:
        return "ru"
    az_only = len(_AZ_ONLY.findall(text))
    az = len(_AZ_LETTERS.findall(text))
    if latin and (az_only >= 3 or az / latin > 0.03):
        return "az"
    if len(_GERMAN_WORDS.findall(text)) >= 3:
        return "de"
    return "en"


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(offset + m.start(), offset + m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _is_heading(line: str) -> bool:
    """A title or caption line: no sentence-final punctuation, or all upper case."""
    stripped = line.strip()
    if not stripped:
        return False
    letters = [c for c in stripped if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 8:
        return True
    return stripped[-1] not in ".!?:;\"”»)…" and len(stripped) < 200


def _sentence_ends(line: str, language: str = "en") -> list[int]:
    """End offsets (exclusive) of the sentences in one line of text (in German, "32." and
    "27. Februar" are ordinals, not ends)."""
    ends: list[int] = []
    i = 0
    n = len(line)
    while i < n:
        ch = line[i]
        if ch in ".!?…":
            j = i + 1
            while j < n and line[j] in ".!?…\"”»)'’":
                j += 1
            if j >= n:
                break
            if not line[j].isspace():
                i = j
                continue
            k = j
            while k < n and line[k].isspace():
                k += 1
            if k >= n:
                break
            nxt = line[k]
            word = re.search(r"([^\W\d_]+)\W*$", line[:i])
            prev = word.group(1).casefold() if word else ""
            abbreviation = ch == "." and (prev in _ABBREVIATIONS or (prev and len(prev) == 1))
            # "32." and "106." (Jahrestag) are German ordinals, not a sentence's end
            if ch == "." and language == "de" and re.search(r"(?<!\d)\d{1,3}$", line[:i]):
                abbreviation = True
            starts_sentence = nxt.isupper() or nxt.isdigit() or nxt in _QUOTES_OPEN or nxt in "(*"
            if starts_sentence and not abbreviation:
                ends.append(j)
            i = j
            continue
        i += 1
    ends.append(n)
    return ends


def split_document(text: str) -> Document:
    """Paragraphs (lines) and sentences with offsets; separator lines ("**") mark breaks."""
    doc = Document(text=text, language=detect_language(text))
    paragraph = -1
    separator = False
    position = 0
    for raw_line in text.splitlines(keepends=True):
        line_start = position
        position += len(raw_line)
        line = raw_line.rstrip("\r\n")
        if not line.strip():
            continue
        if _SEPARATOR_LINE.match(line):
            separator = True
            continue
        paragraph += 1
        heading = _is_heading(line)
        cursor = 0
        for end in _sentence_ends(line, doc.language):
            piece = line[cursor:end]
            lead = len(piece) - len(piece.lstrip())
            body = piece.strip()
            if body:
                start = line_start + cursor + lead
                doc.sentences.append(
                    Sentence(
                        index=len(doc.sentences),
                        start=start,
                        end=start + len(body),
                        text=body,
                        paragraph=paragraph,
                        heading=heading,
                        separator_before=separator,
                    )
                )
                separator = False
            cursor = end
    return doc


# --- word forms --------------------------------------------------------------------------

_RU_ENDINGS = sorted(
    wordset("""ого его ому ему ими ыми ая яя ую юю ое ее ой ей ий ый ом ем ам ям ах ях ых их ым им
    ов ев ию ия ие ии а я о е у ю ы и ь й"""),
    key=len,
    reverse=True,
)
# Azerbaijani noun suffixes in the order they stack after a stem (plural, possessive,
# case, the relative "-kı"), each in its vowel-harmony and buffer-consonant forms:
# "kitab-lar-ı-nın", "Gəncə-də-ki", "Bakı-ya", "bayraq" -> "bayrağ-ı".
_AZ_LAYERS: tuple[tuple[str, ...], ...] = tuple(
    tuple(sorted(wordset(layer), key=len, reverse=True))
    for layer in (
        "ki kı",  # relative: "Tbilisidəki"
        # case: ablative, locative, genitive, dative, accusative, instrumental
        """ndan ndən dan dən tan tən nda ndə da də ta tə nın nin nun nün ın in un ün
        na nə ya yə a ə nı ni nu nü yı yi yu yü ı i u ü yla ylə la lə""",
        "ları ləri sı si su sü ı i u ü",  # possessive (third person)
        "lar lər",  # plural
    )
)
_AZ_VOWELS = set("aıoueəiöü")
# Consonants that soften between vowels: "həmrəylik" + "-i" -> "həmrəyliyi", "bayraq" -> "bayrağı".
_AZ_SOFTENED = {"y": "k", "ğ": "q"}


@lru_cache(maxsize=65536)
def az_stems(word: str) -> tuple[str, ...]:
    """Stems of an Azerbaijani word form, longest first, without the word itself.

    Suffixes are taken off layer by layer (relative, case, possessive, plural), each
    layer optional, so "kitablarının" gives "kitabları", "kitablar", "kitab"...; a stem
    that lost a vowel suffix also gets its hard final consonant back. Text after an
    apostrophe is a suffix too ("Bakı'da"). A stem keeps 3 letters.
    """
    forms = {re.split(r"['’`]", word)[0]} if re.search(r"\w['’`]\w", word) else set()
    head, hyphen, tail = word.rpartition("-")
    if hyphen and len(head) >= 2 and _is_suffix_chain(tail.casefold()):
        forms.add(head)  # "ABŞ-da", "BMT-nin"
    frontier = {word}
    for layer in _AZ_LAYERS:
        stripped = set()
        for form in frontier:
            lower = form.casefold()
            for ending in layer:
                if lower.endswith(ending) and len(form) - len(ending) >= 3:
                    stem = form[: -len(ending)]
                    stripped.add(stem)
                    last = stem[-1].casefold()
                    if ending[0] in _AZ_VOWELS and last in _AZ_SOFTENED and (
                        stem[-2].casefold() in _AZ_VOWELS
                    ):
                        stripped.add(stem[:-1] + _AZ_SOFTENED[last])
        forms |= stripped
        frontier |= stripped
    forms.discard(word)
    return tuple(sorted(forms, key=len, reverse=True))


def _is_suffix_chain(tail: str) -> bool:
    """Whether ``tail`` is nothing but suffixes ("da", "dakı", "nın")."""
    forms = {tail}
    for layer in _AZ_LAYERS:
        forms |= {f[: -len(e)] for f in forms for e in layer if f.endswith(e)}
    return bool(tail) and "" in forms


# How English writes Azerbaijani letters ("Şəki" -> "Sheki", "Gəncə" -> "Ganja").
_AZ_TO_ENGLISH = {
    "ə": ("a", "e"), "x": ("kh",), "c": ("j",), "ç": ("ch",), "ş": ("sh",), "ğ": ("gh", "g"),
    "q": ("g", "k"), "ı": ("y", "i"), "ö": ("o",), "ü": ("u",), "j": ("zh",),
}


@lru_cache(maxsize=65536)
def az_to_english(text: str, limit: int = 16) -> tuple[str, ...]:
    """English spellings of an Azerbaijani name, at most ``limit`` of them; none when the
    name has no letter English writes otherwise."""
    lower = text.casefold()
    if not any(ch in _AZ_TO_ENGLISH for ch in lower):
        return ()
    out = [""]
    for ch in lower:
        options = _AZ_TO_ENGLISH.get(ch, (ch,))
        out = [prefix + option for prefix in out for option in options][:limit]
    return tuple(out)


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))
