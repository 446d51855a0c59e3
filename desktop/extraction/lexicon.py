"""Find names of places and occasions inside running text, using the database's aliases.

The :class:`db.gazetteer.Gazetteer` answers "which record is this name?"; extraction
first has to find *where* in a sentence a name is. The lexicon keeps every alias of
countries, regions, cities and occasions under its normalized key (and, for Russian and
Azerbaijani, under crude stems, so inflected forms such as "в Приморском крае" or
"Gəncədə" are found) and scans token n-grams, longest match first.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import ScalarSelect, Select, Table, func, select
from sqlalchemy.orm import Session

from db import tables
from db.gazetteer import Gazetteer, read_rows
from db.names import normalize
from desktop.extraction.holidays import HOLIDAYS
from desktop.extraction.russian import lemma_ru
from desktop.extraction.text import Token, az_stems, az_to_english, has_cyrillic, wordset

if TYPE_CHECKING:
    from db.world import Place

# A region's own word: a name written with one means the region, not its namesake town.
_REGION_WORD_RE = re.compile(
    r"\b(?:region|oblast|krai|kray|territory|province|state|republic|област\w*|кра[йеюя]\w*"
    r"|республик\w*|округ\w*|штат\w*|vilayət\w*|diyar\w*|ştat\w*|respublika\w*)\b",
    re.IGNORECASE,
)

MAX_NGRAM = 7
KIND_ORDER = {"city": 0, "country": 1, "region": 2}

# Keys that are also ordinary words or too short to trust as a place in running text.
_UNSAFE_KEYS = wordset(
    """us uk it in on at by of to as an be he me no so or the and may march rf
    union center centre state general mission day"""
)


# Alias languages usable in a text of each language (None: written the same everywhere).
_LANGS: dict[str, frozenset[str | None]] = {
    "en": frozenset({None, "en", "de"}),
    "ru": frozenset({None, "en", "ru"}),
    "az": frozenset({None, "en", "az"}),
}
_KNOWN_CODES = frozenset({"USA", "UAE", "UK", "ABŞ", "США", "РФ", "ФРГ", "BƏƏ"})
_COMMON_REGION_WORDS = wordset(
    """central eastern western northern southern capital north south east west upper lower
    coast islands lakes centre center centrale littoral nord sud est ouest plateau plateaux
    highlands delta river lake victoria maritime savanes kara atlantique"""
)


@dataclass(frozen=True)
class Mention:
    """A name found in the text: ``kind`` is country/region/city/occasion."""

    kind: str
    record_id: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class PlaceInfo:
    kind: str
    record_id: int
    name: str
    country_id: int | None
    region_id: int | None
    code: str | None


@dataclass(frozen=True)
class OccasionInfo:
    record_id: int
    name: str
    reference_date: dt.date | None
    kind: str | None


_TRANSLIT_ENDINGS = sorted(
    wordset(
        """ogo ego omu emu imi ymi ami yami aya yaya uyu yuyu oe ee oye eye oy ey iy yy om em am
        yam akh yakh ykh ikh ym im ov ev iyu iya ie ii a ya o e u yu y i"""
    ),
    key=len,
    reverse=True,
)


# Words whose stem loses a vowel when inflected: "день" -> "дня", "дню", "днём".
_FLEETING = {"den": "dn", "dnya": "dn", "dnyu": "dn", "dnem": "dn", "dnyom": "dn", "dni": "dn",
             "dney": "dn", "dnyam": "dn", "dnyakh": "dn"}


def translit_stem(key: str) -> str:
    """Russian case endings off a transliterated key: "primorskom krae" -> "primorsk kra"."""
    out = []
    for word in key.split():
        if word in _FLEETING:
            out.append(_FLEETING[word])
            continue
        for ending in _TRANSLIT_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                break
        out.append(word)
    return " ".join(out)


def normalize_words(text: str) -> list[str]:
    """Words of ``text`` in script-preserving lower case (for stemming Cyrillic)."""
    out = []
    word = []
    for ch in text:
        if ch.isalnum():
            word.append(ch.casefold())
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out


_DATED_NAME_RE = re.compile(r"^(.{4,}?)\s*\([^()]*\)$")
_DEMONYM_SUFFIXES = wordset("n an ian ans ians ns i is ish ese s ic ics")
_Entry = tuple[str, int, str | None]  # kind, record id, language of the name
_Rows = tuple[tuple[tuple[Any, ...], ...], ...]
"""Everything the tables are built from: the rows of each query of ``_QUERIES``."""
# (name, language, min population, country, kinds, region, named countries) -> the place
_WorldKey = tuple[str, str, int, str | None, tuple[str, ...], str | None, tuple[str, ...]]


def _columns(table: Table, *names: str) -> Select[Any]:
    return select(*(table.c[name] for name in names))


_ALIAS = ("name", "normalized", "lang")
_QUERIES = (  # Core: they compile in a fraction of the time of ORM ones (once per data file)
    _columns(tables.country, "id", "name", "code"),
    _columns(tables.country_alias, "country_id", *_ALIAS),
    _columns(tables.region, "id", "name", "country_id", "code"),
    _columns(tables.region_alias, "region_id", *_ALIAS),
    _columns(tables.city, "id", "name", "country_id", "region_id"),
    _columns(tables.city_alias, "city_id", *_ALIAS),
    _columns(tables.occasion, "id", "name", "reference_date", "kind"),
    _columns(tables.occasion_alias, "occasion_id", *_ALIAS),
)


def _state_columns(table: Table) -> list[ScalarSelect[Any]]:
    """Count and last id of a table's rows, and the sum of their versions when it has one."""
    columns = [
        select(func.count(table.c.id)).scalar_subquery(),
        select(func.coalesce(func.max(table.c.id), 0)).scalar_subquery(),
    ]
    if "version" in table.c:
        columns.append(select(func.coalesce(func.sum(table.c.version), 0)).scalar_subquery())
    return columns


_STAMP = select(
    *(
        column
        for table in (
            tables.country, tables.country_alias, tables.region, tables.region_alias,
            tables.city, tables.city_alias, tables.occasion, tables.occasion_alias,
        )
        for column in _state_columns(table)
    )
)


@dataclass
class _Tables:
    """What a lexicon reads from one data set; shared by every extraction on it."""

    exact: dict[str, list[tuple[str, int, str | None]]]
    stems: dict[str, list[tuple[str, int, str | None]]]
    places: dict[tuple[str, int], PlaceInfo]
    occasions: dict[int, OccasionInfo]
    city_regions: dict[int, int] | None = None
    region_firsts: dict[int, set[str]] | None = None
    heads: dict[str, list[tuple[tuple[str, ...], list[_Entry]]]] | None = None
    countries: dict[str, str] | None = None
    code_ids: dict[tuple[str, str], int] | None = None
    world: dict[_WorldKey, PlaceInfo | None] = field(default_factory=dict)
    """Places of the world gazetteer found for these tables (their ids fit them)."""


def _stamp(session: Session) -> tuple[str, tuple[int, ...]]:
    """The data set and the state of its names: any alias added or removed, or any record
    edited (a new version: a name, a reference date, a city moved to another region)."""
    (row,) = read_rows(session, _STAMP)
    bind = session.get_bind()
    return str(bind.engine.url if hasattr(bind, "engine") else bind), tuple(row)


def _read(session: Session) -> _Rows:
    return tuple(read_rows(session, query) for query in _QUERIES)


class _Cache:
    """Tables by the state of a data set (its address and :func:`_stamp`: cheap, asked on
    every extraction) and by the rows they were built from. A data set seen for the first
    time, such as another copy of the same reference data, pays for reading its names
    (~15 ms) but not for building the tables again (0.1-0.4 s); the rows are the key, so
    tables never serve names they were not built from. The last few of each are kept."""

    KEEP = 3

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_state: dict[tuple[str, tuple[int, ...]], _Tables] = {}
        self._by_rows: dict[_Rows, _Tables] = {}

    def tables(self, session: Session, build: Callable[[_Rows], _Tables]) -> _Tables:
        state = _stamp(session)
        with self._lock:
            found = self._by_state.get(state)
        if found is not None:
            return found
        rows = _read(session)
        with self._lock:
            found = self._by_rows.get(rows)
        if found is None:
            found = build(rows)  # outside the lock: a twin built meanwhile is equal
        with self._lock:
            _keep(self._by_rows, rows, found, self.KEEP)
            _keep(self._by_state, state, found, self.KEEP)
        return found


def _keep(cache: dict[Any, _Tables], key: Any, tables: _Tables, size: int) -> None:
    """Put ``tables`` last under ``key`` and drop the oldest beyond ``size``."""
    cache.pop(key, None)
    cache[key] = tables
    for old in list(cache)[:-size]:
        del cache[old]


_CACHE = _Cache()


class Lexicon:
    """Aliases of places and occasions, ready for scanning.

    Building the tables takes 0.1-0.4 s, so they are kept by the names they are built from
    (see ``_Cache``): the second extraction on a data set, or the first on another copy of
    the same names, builds nothing; a change of any name builds them again.
    """

    def __init__(self, session: Session, gazetteer: Gazetteer | None = None) -> None:
        self.session = session
        self.gazetteer = gazetteer or Gazetteer(session)
        self._region_firsts: dict[int, set[str]] | None = None
        self._city_regions: dict[int, int] | None = None
        self.exact: dict[str, list[_Entry]]
        self.stems: dict[str, list[_Entry]]
        self.places: dict[tuple[str, int], PlaceInfo]
        self.occasions: dict[int, OccasionInfo]
        tables = self._tables = _CACHE.tables(session, self._build)
        self.exact = tables.exact
        self.stems = tables.stems
        self.places = tables.places
        self.occasions = tables.occasions

    # --- loading -------------------------------------------------------------------------

    def _add(
        self, kind: str, record_id: int, name: str, key: str | None = None, lang: str | None = None
    ) -> None:
        key = key or normalize(name)
        if not key or key in _UNSAFE_KEYS or len(key) < 3:
            return
        entry = (kind, record_id, lang)
        if entry not in self.exact[key]:
            self.exact[key].append(entry)
        # Stems in transliterated form: the alias table keeps "Владивосток" only once,
        # under "vladivostok", so inflected Cyrillic is matched through the same keys.
        stem = translit_stem(key)
        if stem and entry not in self.stems[stem]:
            self.stems[stem].append(entry)

    def _build(self, rows: _Rows) -> _Tables:
        """The tables from the rows of ``_QUERIES`` (and the code's own word lists)."""
        self.exact = defaultdict(list)
        self.stems = defaultdict(list)
        self.places = {}
        self.occasions = {}
        self._load(rows)
        return _Tables(self.exact, self.stems, self.places, self.occasions)

    def _load(self, rows: _Rows) -> None:
        countries, country_aliases, regions, region_aliases, cities, city_aliases = rows[:6]
        occasions, occasion_aliases = rows[6:]
        codes = {cid: code for cid, _name, code in countries}
        for cid, name, code in countries:
            self.places[("country", cid)] = PlaceInfo("country", cid, name, cid, None, code)
            self._add("country", cid, name, lang="en")
        for cid, name, key, lang in country_aliases:
            # ISO codes ("AND", "CAN", "PER") are words too; keep only well-known ones.
            if len(name) <= 3 and name.isupper() and name not in _KNOWN_CODES:
                continue
            self._add("country", cid, name, key, lang)
        for rid, name, cid, region_code in regions:
            # The name itself is one of the aliases (CSV or pycountry), filtered below.
            self.places[("region", rid)] = PlaceInfo("region", rid, name, cid, rid, region_code)
        for rid, name, key, lang in region_aliases:
            if lang is None and (" " not in key or key in _COMMON_REGION_WORDS):
                # pycountry-only one-word names ("Bar", "Aydin") are people's names too.
                continue
            self._add("region", rid, name, key, lang)
        for cid, name, country_id, region_id in cities:
            self.places[("city", cid)] = PlaceInfo(
                "city", cid, name, country_id, region_id, codes.get(country_id)
            )
            self._add("city", cid, name, lang="en")
        for cid, name, key, lang in city_aliases:
            self._add("city", cid, name, key, lang)
        named: list[tuple[int, str, str | None]] = []
        for oid, name, ref, kind in occasions:
            self.occasions[oid] = OccasionInfo(oid, name, ref, kind)
            self._add("occasion", oid, name, lang="en")
            named.append((oid, name, "en"))
        for oid, name, key, lang in occasion_aliases:
            self._add("occasion", oid, name, key, lang)
            named.append((oid, name, lang))
        # "Victory Day (May 9)" is also written "Victory Day"; when several occasions share
        # that name, the one whose day the report names is meant (scan's prefer). A name
        # only one occasion has ("Memorial Day (September 27)") may be another country's.
        shared: dict[str, set[int]] = defaultdict(set)
        for oid, name, _lang in named:
            base = _DATED_NAME_RE.match(name)
            if base:
                shared[normalize(base.group(1))].add(oid)
        for oid, name, lang in named:
            base = _DATED_NAME_RE.match(name)
            if base and len(shared[normalize(base.group(1))]) > 1:
                self._add("occasion", oid, base.group(1), lang=lang)
        self._add_holidays()
        self._add_babel_countries()

    def _add_babel_countries(self) -> None:
        """Country names in German, Russian and Azerbaijani from Babel's locale data
        ("Deutschland", "Бразилия", "Braziliya"), so a country the data set names only in
        English is still found. Short names ("Того", "Mali") are ordinary words too often."""
        from babel import Locale

        countries = [
            (record_id, info.code)
            for (kind, record_id), info in self.places.items()
            if kind == "country" and info.code
        ]
        for lang in ("de", "ru", "az"):
            names = Locale(lang).territories
            for record_id, code in countries:
                name = names.get(code)
                if name and (" " in name or len(name) > 4):
                    self._add("country", record_id, name, lang=lang)

    def _add_holidays(self) -> None:
        """The genre's calendar: occasions the data set does not list get negative ids; the
        names of those it lists (in German, say) become more names of its record."""
        for number, holiday in enumerate(HOLIDAYS, start=1):
            keys = [normalize(alias) for alias in (holiday.name, *holiday.aliases)]
            known = [
                record_id
                for key in keys
                for kind, record_id, _lang in self.exact.get(key, ())
                if kind == "occasion"
            ]
            if known:
                for alias in (holiday.name, *holiday.aliases):
                    self._add("occasion", known[0], alias)
                continue
            self.occasions[-number] = OccasionInfo(
                -number, holiday.name, holiday.reference_date, holiday.kind
            )
            for alias in (holiday.name, *holiday.aliases):
                self._add("occasion", -number, alias)

    # --- lookups -------------------------------------------------------------------------

    def region_first_stems(self, region_id: int) -> set[str]:
        """Stems of the first words of a region's names of two words or more."""
        if self._region_firsts is None:
            self._region_firsts = self._tables.region_firsts
        if self._region_firsts is None:
            self._region_firsts = self._tables.region_firsts = defaultdict(set)
            for stem, entries in self.stems.items():
                words = stem.split()
                if len(words) < 2:
                    continue
                for kind, record_id, _lang in entries:
                    if kind == "region":
                        self._region_firsts[record_id].add(words[0])
        return self._region_firsts.get(region_id, set())

    def is_place_word(self, word: str) -> bool:
        """A country, region or city name, or a nationality adjective made from a country's
        name ("Ukrainian", "Polish", "Kazakhs"): capitalized, but not part of a person's name.
        """
        key = normalize(word)
        if len(key) < 4:
            return False
        if any(kind != "occasion" for kind, _id, _lang in self.exact.get(key, ())):
            return True
        return self.country_of_adjective(word) is not None

    def country_of_adjective(self, word: str) -> str | None:
        """The country a nationality adjective is made from ("Ukrainian" -> "Ukraine")."""
        key = normalize(word)
        countries = self._tables.countries
        if countries is None:  # kept with the tables: the world's places add no country
            countries = self._tables.countries = {
                normalize(info.name): info.name
                for (kind, _id), info in self.places.items()
                if kind == "country"
            }
        if key in countries:
            return countries[key]
        for length in range(len(key) - 1, 3, -1):
            stem, suffix = key[:length], key[length:]
            if suffix not in _DEMONYM_SUFFIXES:
                continue
            for country, name in countries.items():
                if country.startswith(stem) and len(country) - len(stem) <= 3:
                    return name
        return None

    def world_place(
        self,
        text: str,
        language: str,
        min_population: int = 0,
        country: str | None = None,
        kinds: tuple[str, ...] = ("city", "region"),
        region: str | None = None,
        named: tuple[str, ...] = (),
    ) -> PlaceInfo | None:
        """A city or region the data set does not list, from the world gazetteer (exact
        names only, in any case form: "Тарусе", "Paso Robles"); a city gets a negative id
        and its name in the report's language. ``region`` (a code the text names with the
        town: "Springfield, Illinois") picks that region's town of the name. ``named`` (the
        codes of the countries the report names) prefers a town of those countries over a
        namesake elsewhere, unless that one is ten times bigger (Spain's Valencia in a
        report about Spain; still Paris, France beside the United States)."""
        key = (normalize(text), language, min_population, country, kinds, region, named)
        found_before = self._tables.world
        if key in found_before:
            info = found_before[key]
            if info is not None and info.record_id < 0:
                # a report in another language may have named the town since: the drafts
                # read it by its id, in this report's language
                self.places[("city", info.record_id)] = info
            return info
        found_before[key] = None
        try:
            from db.world import world

            found = [
                c
                for c in world().lookup(
                    text, kinds=kinds, country=country, region=region, limit=10
                )
                if c.exact
                and c.place.population >= min_population
                and (country is None or c.place.country_code == country)
            ]
            inside = [c for c in found if region and c.place.region_code == region]
            found = inside or found
            if found and found[0].place.country_code not in named:
                first = found[0].place.population
                home = [
                    c for c in found
                    if c.place.country_code in named and c.place.population * 10 >= first
                ]
                found = home or found
        except (ImportError, OSError, sqlite3.Error):
            return None  # no world gazetteer on this installation: the data set's names only
        if not found:
            return None
        place = _town_over_region([c.place for c in found], text)
        codes = self._codes()
        region_id = codes.get(("region", place.region_code or ""))
        country_id = codes.get(("country", place.country_code))
        if place.kind == "region":
            info = self.places.get(("region", region_id)) if region_id else None
        else:
            record_id = -(place.geonames_id or 0)
            info = PlaceInfo(
                "city", record_id, place.display(language), country_id, region_id,
                place.country_code,
            )
            self.places[("city", record_id)] = info
        found_before[key] = info
        return info

    def misspelt_city(self, word: str, language: str) -> PlaceInfo | None:
        """A big town written with a typo ("Варшавве"), by the world gazetteer's typo search;
        only towns of 100,000 people or more, so a rare word is not taken for a village.
        The data set's own record when it lists the town, else the world's."""
        key = (normalize(word), language, -1, None, ("misspelt",), None, ())  # its own kind
        found_before = self._tables.world
        if key in found_before:
            return found_before[key]
        found_before[key] = None
        try:
            from db.world import world

            found = world().lookup(word, kinds=("city",), limit=3)
        except (ImportError, OSError, sqlite3.Error):
            return None
        best = found[0] if found else None
        if best is None or best.exact or best.score < 0.8 or best.place.population < 100_000:
            return None
        for name in (best.place.display("en"), best.place.display(language)):
            cities = [c for c in self.exact.get(normalize(name), []) if c[0] == "city"]
            if cities:
                found_before[key] = self.place("city", cities[0][1])
                return found_before[key]
        found_before[key] = self.world_place(best.place.display(language), language)
        return found_before[key]

    def _city_region(self) -> dict[int, int]:
        """Regions that are one city (federal cities, capitals) -> that city's id; kept with
        the data set's tables."""
        if self._city_regions is None and self._tables.city_regions is not None:
            self._city_regions = self._tables.city_regions
        if self._city_regions is None:
            names = {
                normalize(info.name): info.record_id
                for (kind, _id), info in self.places.items()
                if kind == "city" and info.record_id > 0
            }
            self._city_regions = {}
            for (kind, record_id), info in self.places.items():
                city = names.get(normalize(info.name)) if kind == "region" else None
                if city is not None and self.places[("city", city)].region_id == record_id:
                    self._city_regions[record_id] = city
            self._tables.city_regions = self._city_regions
        return self._city_regions

    def _codes(self) -> dict[tuple[str, str], int]:
        """(kind, ISO code) -> id of the data set's countries and regions; kept with the
        tables (the world's places add only towns)."""
        codes = self._tables.code_ids
        if codes is None:
            codes = self._tables.code_ids = {
                (kind, info.code): record_id
                for (kind, record_id), info in self.places.items()
                if kind in ("country", "region") and info.code
            }
        return codes

    def place(self, kind: str, record_id: int) -> PlaceInfo:
        return self.places[(kind, record_id)]

    def country_code(self, country_id: int | None) -> str | None:
        if country_id is None:
            return None
        info = self.places.get(("country", country_id))
        return info.code if info else None

    def _candidates(
        self, words: list[Token], language: str = "en"
    ) -> list[tuple[str, int, str | None]]:
        text = " ".join(t.text for t in words)
        key = normalize(text)
        found = self.exact.get(key)
        if found:
            return found
        if has_cyrillic(text):
            stem = translit_stem(key)
            # "Саратове" -> "saratov": the stem of an inflected form can be the alias itself
            # ("Саратов" stems to "sarat"), so try both tables.
            pool = self.stems.get(stem, []) or self.exact.get(stem, [])
            found = [
                (kind, record_id, "ru" if lang is None else lang)
                for kind, record_id, lang in pool
            ]
            if found:
                return found
            if len(words) == 1:
                # "Сабантую" -> "сабантуй": a case form the stems miss, through pymorphy3
                lemma = normalize(lemma_ru(text))
                if lemma != key and lemma in self.exact:
                    return self.exact[lemma]
        if len(words) == 1 and "-" in text:
            # German compounds: "Nowruz-Fest", "Chodschali-Gedenken"
            head = normalize(text.split("-")[0])
            if head in self.exact:
                return self.exact[head]
        if language == "az" and not has_cyrillic(text):
            found = self._azerbaijani(words)
            if found:
                return found
        last = words[-1].text
        if last.endswith(("'s", "’s", "`s")):
            alt = normalize(" ".join([*(t.text for t in words[:-1]), last[:-2]]))
            if alt in self.exact:
                return self.exact[alt]
        return []

    def _azerbaijani(self, words: list[Token]) -> list[tuple[str, int, str | None]]:
        """An Azerbaijani word form of a name: every word may carry suffixes
        ("Bayrağı Gününə" is "Bayraq Günü", "Gəncədəki" is "Gəncə")."""
        keys = [_az_keys(t.text) for t in words]
        for first in keys[0]:
            for rest, entries in self._heads().get(first, ()):
                if len(rest) + 1 == len(words) and all(
                    word in forms for word, forms in zip(rest, keys[1:], strict=True)
                ):
                    return entries
        return []

    def _english_spelling(self, words: list[Token]) -> list[tuple[str, int, str | None]]:
        """A name the data set has only in English, found by how English spells the
        Azerbaijani one ("Şəki" -> "Sheki")."""
        head = " ".join(t.text for t in words[:-1])
        last = words[-1].text
        for variant in (last, *az_stems(last)):
            for form in az_to_english(f"{head} {variant}".strip()):
                found = [c for c in self.exact.get(normalize(form), ()) if c[2] != "az"]
                if found:
                    return found
        return []

    def _heads(self) -> dict[str, list[tuple[tuple[str, ...], list[_Entry]]]]:
        """Names by their first word, the rest of their words beside them."""
        if self._tables.heads is None:
            heads: dict[str, list[tuple[tuple[str, ...], list[_Entry]]]] = defaultdict(list)
            for key, entries in self.exact.items():
                first, *rest = key.split()
                heads[first].append((tuple(rest), entries))
            self._tables.heads = heads
        return self._tables.heads

    def scan(
        self,
        tokens: list[Token],
        kinds: tuple[str, ...] = ("country", "region", "city"),
        language: str = "en",
        prefer: Callable[[list[int]], int | None] | None = None,
    ) -> list[Mention]:
        """Non-overlapping mentions of ``kinds`` in ``tokens``, longest first, left to right.

        A name must start with a capital letter (or a digit, for occasions such as
        "20 January"), which keeps ordinary words out; punctuation other than a hyphen or
        apostrophe ends a name, so "Odessa, Ukraine" is two names.
        """
        words: list[Token] = []
        breaks: list[bool] = []
        pending_break = True
        for token in tokens:
            if token.is_word:
                words.append(token)
                breaks.append(pending_break)
                pending_break = False
            elif token.text not in "-'’`.":
                pending_break = True
        out: list[Mention] = []
        i = 0
        while i < len(words):
            first = words[i]
            if not (first.is_capitalized or first.text[0].isdigit()):
                i += 1
                continue
            matched = False
            for n in range(min(MAX_NGRAM, len(words) - i), 0, -1):
                if any(breaks[i + 1 : i + n]):
                    continue
                span = words[i : i + n]
                langs = _LANGS.get(language, _LANGS["en"])
                candidates = [
                    (c[0], c[1])
                    for c in self._candidates(span, language)
                    if c[0] in kinds and c[2] in langs
                ]
                if not candidates and language == "az" and n <= 3 and not has_cyrillic(
                    span[0].text
                ):
                    candidates = [
                        (c[0], c[1]) for c in self._english_spelling(span) if c[0] in kinds
                    ]
                if not candidates:
                    continue
                kind, record_id = min(candidates, key=lambda c: KIND_ORDER.get(c[0], 9))
                if len({c for c in candidates if c[0] == kind}) > 1:
                    # Same name, several records of one kind: leave it to the resolver.
                    found = self._resolve_ambiguous(kind, span)
                    if found is None and prefer is not None:
                        found = prefer(sorted({c[1] for c in candidates if c[0] == kind}))
                    if found is None:
                        continue
                    record_id = found
                if kind == "region" and "city" in kinds:
                    # A city that is a region of its own (Moscow, Kyiv): the city is meant.
                    city = self._city_region().get(record_id)
                    if city is not None:
                        kind, record_id = "city", city
                text = " ".join(t.text for t in span)
                out.append(Mention(kind, record_id, span[0].start, span[-1].end, text))
                i += n
                matched = True
                break
            if not matched:
                i += 1
        return out

    def _resolve_ambiguous(self, kind: str, span: list[Token]) -> int | None:
        text = " ".join(t.text for t in span)
        resolvers: dict[str, Callable[[str], Any]] = {  # each gives a record with an id
            "city": self.gazetteer.resolve_city,
            "region": self.gazetteer.resolve_region,
            "country": self.gazetteer.resolve_country,
            "occasion": self.gazetteer.resolve_occasion,
        }
        record = resolvers[kind](text)
        return record.id if record is not None else None


@lru_cache(maxsize=65536)
def _az_keys(word: str) -> frozenset[str]:
    """Normalized keys of an Azerbaijani word and its stems."""
    return frozenset(normalize(form) for form in (word, *az_stems(word)))


def _town_over_region(places: list[Place], text: str) -> Place:
    """The first of ``places`` (best first), except that a bare name shared by a region and
    a big town ("in Washington", "Kaluqada") is the town: reports name where an event was,
    and a region is written with its word ("Kaluga Oblast"). A town is big when it has a
    tenth of the region's people, so a hamlet named like a state does not win."""
    first = places[0]
    if first.kind != "region" or _REGION_WORD_RE.search(text):
        return first
    towns = [
        p for p in places if p.kind == "city" and p.population * 10 >= first.population
    ]
    return max(towns, key=lambda p: p.population) if towns else first
