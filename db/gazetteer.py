"""Resolve the names people write to one record: "Primorsky Territory" -> RU-PRI.

Lookup goes from the most to the least certain: the exact normalized alias, then the
same with generic words ("region", "krai", "republic of", "city") and "... of X city"
tails removed, then a fuzzy match (rapidfuzz) with a high cutoff. Whenever two records
fit equally well the answer is ``None``: a clerk fixing an empty field is cheaper than
one who never notices a wrong guess. Qt-free, so the importers and the CLI use it too.

Each kind's aliases are read once per instance; call :meth:`Gazetteer.refresh` after
adding records that should become findable. What is built from them is shared by every
instance that reads the same names (see ``_shared_index``).
"""

from __future__ import annotations

import bisect
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from rapidfuzz import fuzz, process
from sqlalchemy import Dialect, Select, Table, func, select
from sqlalchemy.orm import Session

from db import tables
from db.models import (
    City,
    CityAlias,
    Country,
    Event,
    EventType,
    Occasion,
    Organization,
    Person,
    ProgramItemType,
    Region,
)
from db.names import normalize, strip_place_words
from db.reference import type_aliases
from db.reference_kinds import REFERENCE_KINDS
from db.world import Place, query_forms, world

__all__ = ["KINDS", "Candidate", "Gazetteer", "PlaceCandidate", "strip_place_words"]

KINDS = tuple(REFERENCE_KINDS)

_M = TypeVar("_M")

_MODELS: dict[str, type] = {name: kind.model for name, kind in REFERENCE_KINDS.items()}

_DIGITS = re.compile(r"\d+")

# Fuzzy score (0-100) a candidate needs, and how far ahead of the runner-up it must be.
_CUTOFF = {"person": 88, "organization": 88, "occasion": 88}
_DEFAULT_CUTOFF = 86
_MARGIN = 3.0

# Completion: how many prefix hits to rank, and how wide the typo-tolerant search is.
_PREFIX_SCAN = 2000
_TYPO_WORDS = 30
_TYPO_CUTOFF = 75
_TYPO_ALIASES = 200


def _name_score(a: str, b: str, **_: Any) -> float:
    """Edit similarity that forgives word order ("Ibishov Mutallib") and, for names of two
    words or more, a missing word ("Mutallib Ibishov" for "Haji Mutallib Ibishov")."""
    score = max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))
    if " " in a and " " in b:
        score = max(score, fuzz.token_set_ratio(a, b) - 5)
    return score


@dataclass
class _Index:
    """Every alias of one kind, keyed for exact, stripped, prefix and fuzzy lookup."""

    label: dict[int, str] = field(default_factory=dict)
    country: dict[int, int | None] = field(default_factory=dict)
    region: dict[int, int | None] = field(default_factory=dict)
    exact: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    stripped: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    aliases: list[tuple[str, str, int]] = field(default_factory=list)
    fuzzy_keys: list[str] = field(default_factory=list)
    fuzzy_ids: list[set[int]] = field(default_factory=list)
    # completion: every alias from each word start, sorted, for prefix search by bisection
    starts: list[str] = field(default_factory=list)
    start_alias: list[int] = field(default_factory=list)
    # completion with typos: the distinct words, and which aliases hold each
    words: list[str] = field(default_factory=list)
    word_aliases: list[list[int]] = field(default_factory=list)
    completing: bool = False
    """The two completion tables are built: on the first completion, as only typing needs
    them (a quarter of building the index, which every event store and save pays)."""
    _completing_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, record_id: int, name: str | None, key: str | None = None) -> None:
        if not name:
            return
        key = key or normalize(name)
        if not key:
            return
        if record_id not in self.exact[key]:
            self.aliases.append((key, name, record_id))
        self.exact[key].add(record_id)

    def finish(self, strip: bool) -> None:
        """Build the stripped and fuzzy tables once all aliases are in."""
        merged: dict[str, set[int]] = defaultdict(set)
        for key, ids in self.exact.items():
            merged[key] |= ids
            if strip:
                short = strip_place_words(key)
                if short:
                    self.stripped[short] |= ids
                    merged[short] |= ids
        self.fuzzy_keys = list(merged)
        self.fuzzy_ids = [merged[k] for k in self.fuzzy_keys]

    def for_completion(self) -> _Index:
        """This index with its completion tables (built on first use)."""
        with self._completing_lock:  # the index is shared by gazetteers of other threads
            if not self.completing:
                self._build_completion()
                self.completing = True
        return self

    def _build_completion(self) -> None:
        suffixes: list[tuple[str, int]] = []
        holders: dict[str, list[int]] = defaultdict(list)
        for position, (key, _name, _rid) in enumerate(self.aliases):
            offset = 0
            for word in key.split(" "):
                suffixes.append((key[offset:], position))
                offset += len(word) + 1
                holders[word].append(position)
        suffixes.sort()
        self.starts = [suffix for suffix, _ in suffixes]
        self.start_alias = [position for _, position in suffixes]
        self.words = list(holders)
        self.word_aliases = [holders[word] for word in self.words]


_Rows = tuple[tuple[tuple[Any, ...], ...], ...]
"""What one kind's index is built from: the rows of each table it reads, in order."""


def _alias_rows(table: Table) -> Select[Any]:
    owner = next(c for c in table.c if c.name.endswith("_id"))
    return select(owner, table.c.name, table.c.normalized)


_COUNTRY_CODES = select(tables.country.c.id, tables.country.c.code)
_TYPES = {
    kind: select(table.c.id, table.c.code, table.c.name, table.c.name_ru, table.c.name_az)
    for kind, table in (
        ("event_type", tables.event_type),
        ("program_item_type", tables.program_item_type),
    )
}
_QUERIES: dict[str, tuple[Select[Any], ...]] = {
    "country": (
        select(tables.country.c.id, tables.country.c.name),
        _alias_rows(tables.country_alias),
    ),
    "region": (
        _COUNTRY_CODES,
        select(
            tables.region.c.id, tables.region.c.name, tables.region.c.country_id,
            tables.region.c.code,
        ),
        _alias_rows(tables.region_alias),
    ),
    "city": (
        _COUNTRY_CODES,
        select(tables.region.c.id, tables.region.c.name),
        select(
            tables.city.c.id, tables.city.c.name, tables.city.c.country_id,
            tables.city.c.region_id,
        ),
        _alias_rows(tables.city_alias),
    ),
    "occasion": (
        select(
            tables.occasion.c.id, tables.occasion.c.name, tables.occasion.c.name_ru,
            tables.occasion.c.name_az,
        ),
        _alias_rows(tables.occasion_alias),
    ),
    "organization": (
        select(
            tables.organization.c.id,
            tables.organization.c.name,
            tables.organization.c.short_name,
            tables.organization.c.country_id,
            tables.organization.c.region_id,
        ),
        _alias_rows(tables.organization_alias),
    ),
    "person": (
        select(tables.person.c.id, tables.person.c.full_name),
        _alias_rows(tables.person_alias),
    ),
    **{kind: (query,) for kind, query in _TYPES.items()},
}
"""What each kind's index is read from: Core queries, which compile in a fraction of the
time of ORM ones (a new data file compiles them again)."""


def read_rows(session: Session, query: Select[Any]) -> tuple[tuple[Any, ...], ...]:
    """The rows of a Core query as plain tuples (a key for what is built from them), with
    the session's pending changes flushed first, as an ORM query would."""
    if session.autoflush:
        session.flush()
    connection = session.connection()
    sql = _driver_sql(query, connection.dialect)
    if sql is None:
        return tuple(tuple(row) for row in connection.execute(query))
    # Values the driver hands over as they are: read through its own cursor, which gives
    # tuples at once (half the time of making a Row of each of thousands of aliases, read
    # by every new event store, gazetteer and extraction)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        return tuple(cursor.fetchall())
    finally:
        cursor.close()


_DRIVER_SQL: dict[tuple[Select[Any], str], str | None] = {}


def _driver_sql(query: Select[Any], dialect: Dialect) -> str | None:
    """The SQL of ``query`` for the driver's own cursor, or None where a column's values
    need SQLAlchemy's conversion. Worked out once per query and kind of database: the
    queries are module constants, and compiling them took longer than running them."""
    key = (query, dialect.name)
    if key not in _DRIVER_SQL:
        converted = any(
            column.type.dialect_impl(dialect).result_processor(dialect, None) is not None
            for column in query.selected_columns
        )
        _DRIVER_SQL[key] = None if converted else str(
            query.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
        )
    return _DRIVER_SQL[key]


def _build(kind: str, rows: _Rows) -> _Index:
    """The index of ``kind`` from the rows :meth:`Gazetteer._rows` read (nothing else, so
    indexes built from equal rows are equal and can be shared)."""
    idx = _Index()
    if kind == "country":
        countries, alias_rows = rows
        for rid, name in countries:
            idx.label[rid] = name
            idx.add(rid, name)
    elif kind == "region":
        codes, regions, alias_rows = rows
        country_codes: dict[int, str] = dict(codes)
        for rid, name, cid, code in regions:
            idx.label[rid] = f"{name} ({code or country_codes.get(cid, '')})"
            idx.country[rid] = cid
            idx.add(rid, name)
    elif kind == "city":
        codes, region_names, cities, alias_rows = rows
        country_codes = dict(codes)
        names: dict[int | None, str] = dict(region_names)
        for rid, name, cid, reg in cities:
            where = ", ".join(p for p in (names.get(reg), country_codes.get(cid)) if p)
            idx.label[rid] = f"{name} ({where})" if where else name
            idx.country[rid] = cid
            idx.region[rid] = reg
            idx.add(rid, name)
    elif kind == "occasion":
        occasions, alias_rows = rows
        for rid, name, name_ru, name_az in occasions:
            idx.label[rid] = name
            for each in (name, name_ru, name_az):
                idx.add(rid, each)
    elif kind == "organization":
        organizations, alias_rows = rows
        for rid, name, short, org_country, org_region in organizations:
            idx.label[rid] = f"{name} ({short})" if short else name
            idx.country[rid] = org_country
            idx.region[rid] = org_region
            idx.add(rid, name)
            idx.add(rid, short)
    elif kind == "person":
        people, alias_rows = rows
        for rid, name in people:
            idx.label[rid] = name
            idx.add(rid, name)
    else:
        (types,) = rows
        alias_rows = ()
        extra = type_aliases("event" if kind == "event_type" else "program")
        for rid, code, name, name_ru, name_az in types:
            idx.label[rid] = name
            for each in (name, name_ru, name_az):
                idx.add(rid, each)
            idx.add(rid, code.replace("_", " "))
            for alias in extra.get(code, ()):
                idx.add(rid, alias)
    for rid, name, key in alias_rows:
        idx.add(rid, name, key)
    idx.finish(strip=kind in ("region", "city"))
    return idx


_shared_index = lru_cache(maxsize=3 * len(_QUERIES))(_build)
"""Indexes by the rows they were built from, shared by every gazetteer: each event store
and form has one, and most read the same names (a data set's copies, or one data set
again), so building the region index (~50 ms) is paid once. The rows are the key, so a
changed name (edit, alias, merge) or another data set never gets an index it was not built
from; the last few are kept."""


CLEAR_WINNER = 20
"""A town this many times bigger than any other of its name is meant without asking."""


@dataclass(frozen=True)
class PlaceCandidate:
    """A city a typed name may mean: stored (``city_id``), from GeoNames (``place``), or
    both; with what the clerk needs to choose ("Montebello — California, United States")."""

    label: str
    name: str
    score: float
    """1.0 exact; 0.95 the name starts so; 0.9 a later word does; below: near spellings."""
    exact: bool
    matched: str
    city_id: int | None
    place: Place | None
    used: int
    """Events of this data set that name the city."""
    country_code: str
    region_code: str | None
    population: int

    @property
    def qualified(self) -> str:
        """ "Montebello, California": the name with the region (else country) its label
        shows, what the city field gets for a name several towns share, so that saving
        finds the one meant."""
        where = self.label.split(" \u2014 ", 1)[-1].split(",")[0].strip()
        return f"{self.name}, {where}"


Candidate = PlaceCandidate


def named_so(places: list[Place], text: str) -> list[Place]:
    """Of the towns ``text`` matches exactly, those it is the own name of (English,
    Russian or Azerbaijani), when some are: GeoNames lists a town's former or colloquial
    names too (a Massachusetts town is also "Cambridge"), and within the country or region
    the clerk gave, a name that is one town's own should not make it doubtful. (Without
    one, a short form stays a question: "Montebello" is a Californian town's name and an
    Italian town's short one.)"""
    typed = normalize(text)
    own = [p for p in places
           if typed in {normalize(n) for n in (p.name, p.name_ru, p.name_az) if n}]
    return own or places


class _Pool:
    """Candidates of :meth:`Gazetteer.city_candidates` gathered from both sources."""

    def __init__(self, gazetteer: Gazetteer, codes: dict[str, str], lang: str) -> None:
        self.gazetteer = gazetteer
        self.codes = codes
        self.lang = lang
        self.items: dict[tuple[str, int], dict[str, Any]] = {}
        self.used = gazetteer.events_per_city()

    def __len__(self) -> int:
        return len(self.items)

    def stored(self, city_id: int, tier: int, score: float, matched: str) -> None:
        city = self.gazetteer.session.get(City, city_id)
        if city is None:
            return
        place = world().get_city(city.geonames_id) if city.geonames_id else None
        self._add(tier, score, matched, city, place)

    def place(self, place: Place, tier: int, score: float, matched: str) -> None:
        self._add(tier, score, matched, None, place)  # its stored city: found in ranked()

    def _add(
        self, tier: int, score: float, matched: str, city: City | None, place: Place | None
    ) -> None:
        key = (
            ("gn", place.geonames_id or 0) if place is not None else ("db", city.id if city else 0)
        )
        old = self.items.get(key)
        if old is not None and old["tier"] <= tier:
            return
        self.items[key] = {
            "tier": tier,
            "score": score,
            "matched": matched,
            "city": city or (old["city"] if old else None),
            "place": place,
        }

    def ranked(self) -> list[PlaceCandidate]:
        wanted = {
            item["place"].geonames_id: item
            for item in self.items.values()
            if item["city"] is None and item["place"] is not None
        }
        if wanted:
            query = select(City).where(City.geonames_id.in_(wanted))
            for city in self.gazetteer.session.scalars(query):
                wanted[city.geonames_id]["city"] = city
        out = [self._candidate(item) for item in self.items.values()]
        region, country = self.codes.get("region"), self.codes.get("country")

        def order(c: PlaceCandidate) -> tuple[Any, ...]:
            context = 0 if region and c.region_code == region else 1
            context += 0 if country and c.country_code == country else 1
            return (-c.score, context, c.used == 0, c.city_id is None, -c.population)

        return sorted(out, key=order)

    def _candidate(self, item: dict[str, Any]) -> PlaceCandidate:
        city: City | None = item["city"]
        place: Place | None = item["place"]
        if city is not None:
            country_code = city.country.code
            region_code = city.region.code if city.region else None
            name = city.name
        else:
            assert place is not None
            country_code, region_code, name = place.country_code, place.region_code, place.name
        population = (place.population if place else None) or (city.population if city else 0)
        shown = place.display(self.lang) if place is not None else name
        return PlaceCandidate(
            label=_place_label(shown, region_code, country_code, self.lang),
            name=name,
            score=item["score"],
            exact=item["tier"] == 0,
            matched=item["matched"],
            city_id=city.id if city is not None else None,
            place=place,
            used=self.used.get(city.id, 0) if city is not None else 0,
            country_code=country_code,
            region_code=region_code,
            population=population or 0,
        )


def _place_label(name: str, region_code: str | None, country_code: str, lang: str) -> str:
    """ "Montebello — California, United States" in the reader's language."""
    parts = []
    region = world().region(region_code) if region_code else None
    if region is not None:
        parts.append(region.display(lang))
    country = world().country(country_code)
    parts.append(country.display(lang) if country is not None else country_code)
    return f"{name} \u2014 {', '.join(parts)}"


class Gazetteer:
    """Name resolution over one session's reference and directory tables."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._indexes: dict[str, _Index] = {}
        self._used: dict[int, int] | None = None

    def refresh(self, kind: str | None = None) -> None:
        """Forget cached aliases (of one kind, or all) so new records are found."""
        if kind is None:
            self._indexes.clear()
        else:
            self._indexes.pop(kind, None)
        if kind in (None, "city"):
            self._used = None

    forget = refresh  # the name the event store uses

    # --- public resolvers ---------------------------------------------------------------

    def resolve_country(self, text: str | None, fuzzy: bool = True) -> Country | None:
        """The country ``text`` names: stored names first, then the world gazetteer's
        en/ru/az names (exact only), then a fuzzy match if asked."""
        found = self._resolve_as(Country, "country", text, fuzzy=False)
        if found is None and text:
            code = self._world_code(text, "country", None)
            if code is not None:
                found = self.session.scalar(select(Country).where(Country.code == code))
        if found is None and fuzzy:
            found = self._resolve_as(Country, "country", text, fuzzy=True)
        return found

    def resolve_region(
        self, text: str | None, country: Country | str | None = None, fuzzy: bool = True
    ) -> Region | None:
        """The region ``text`` names, within ``country`` (record or ISO code) if given:
        stored names, then pycountry's names of every region in en/ru/az ("Калифорния",
        "в Баварии"), exact and unambiguous only, then a fuzzy match if asked."""
        country_id = self._country_id(country)
        if country is not None and country_id is None:
            return None
        found = self._resolve_as(Region, "region", text, country_id=country_id, fuzzy=False)
        if found is None and text:
            country_rec = self.session.get(Country, country_id) if country_id else None
            code = self._world_code(text, "region", country_rec.code if country_rec else None)
            if code is not None:
                found = self.session.scalar(select(Region).where(Region.code == code))
        if found is None and fuzzy:
            found = self._resolve_as(Region, "region", text, country_id=country_id, fuzzy=True)
        return found

    def _world_code(self, text: str, kind: str, country: str | None) -> str | None:
        """ISO code of the one region or country of the world gazetteer ``text`` names."""
        found = [
            c.place
            # only exact names count, so the typo search (the slowest step) is skipped
            for c in world().lookup(text, kinds=(kind,), country=country, fuzzy=False)
            if c.exact and (country is None or c.place.country_code == country)
        ]
        codes = {p.region_code if kind == "region" else p.country_code for p in found}
        return codes.pop() if len(codes) == 1 else None

    def resolve_city(
        self,
        text: str | None,
        country: Country | str | None = None,
        region: Region | str | None = None,
        fuzzy: bool = True,
        *,
        world: bool = False,
    ) -> City | None:
        """The city ``text`` names; a region narrows first, then its country.

        ``world=True`` (saving an event): when no stored city has this name, a GeoNames
        town it names exactly and unambiguously in the context is stored
        (:meth:`materialize_city`) and returned, before any fuzzy guess is tried.
        """
        text, country, region = self._comma_context(text, country, region)
        if not world:
            return self._resolve_city(text, country, region, fuzzy)
        found = self._resolve_city(text, country, region, fuzzy=False)
        if found is None and text:
            place = self.world_city(text, country, region)
            if place is not None:
                return self.materialize_city(place, typed=text)
        if found is None and fuzzy:
            found = self._resolve_city(text, country, region, fuzzy=True)
        return found

    def _resolve_city(
        self,
        text: str | None,
        country: Country | str | None,
        region: Region | str | None,
        fuzzy: bool,
    ) -> City | None:
        country_id = self._country_id(country)
        if country is not None and country_id is None:
            return None
        region_id = self._region_id(region)
        if region_id is not None:
            found = self._resolve_as(City, "city", text, region_id=region_id, fuzzy=fuzzy)
            if found is not None:
                return found
            region_rec = self.session.get(Region, region_id)
            country_id = country_id or (region_rec.country_id if region_rec else None)
        return self._resolve_as(City, "city", text, country_id=country_id, fuzzy=fuzzy)

    def names_place(self, text: str) -> bool:
        """Whether ``text`` is exactly the name of a country, region or city (what
        :meth:`resolve_country`, :meth:`resolve_region` or :meth:`resolve_city` finds
        without guessing).

        An import asks it of thousands of comma parts of organizer names, and most name no
        place: the forms those resolvers try are worked out once and looked up among the
        names they know, and only a text with a form there is resolved.
        """
        if "," not in text and not self._may_name_place(text):
            return False
        return (
            self.resolve_country(text, fuzzy=False) is not None
            or self.resolve_region(text, fuzzy=False) is not None
            or self.resolve_city(text, fuzzy=False) is not None
        )

    def _may_name_place(self, text: str) -> bool:
        """Whether a form of ``text`` (no comma) the place resolvers try is a stored
        country's, region's or city's name, or a world country's or region's one."""
        forms = [key for tier in query_forms(text) for key in tier]
        areas = (world().name_keys("country"), world().name_keys("region"))
        if any(key in names for names in areas for key in forms):
            return True
        keys = {*_variants(text, normalize(text)), *forms}
        shorts = {strip_place_words(key) for key in keys}
        with self.session.no_autoflush:
            indexes = [self._index(kind) for kind in ("country", "region", "city")]
        return any(key in index.exact for index in indexes for key in keys) or any(
            short in index.stripped for index in indexes for short in shorts
        )

    def resolve_occasion(self, text: str | None, fuzzy: bool = True) -> Occasion | None:
        return self._resolve_as(Occasion, "occasion", text, fuzzy=fuzzy)

    def resolve_organization(
        self, text: str | None, country: Country | str | None = None, fuzzy: bool = True
    ) -> Organization | None:
        """The organization ``text`` names (any alias or short name), optionally only
        among those of ``country``."""
        country_id = self._country_id(country)
        return self._resolve_as(
            Organization, "organization", text, country_id=country_id, fuzzy=fuzzy
        )

    def resolve_person(self, text: str | None, fuzzy: bool = True) -> Person | None:
        """The person ``text`` names; ``fuzzy=False`` when creating records by name, so a
        new "Aliyev" is never merged into an existing "Aliev"."""
        return self._resolve_as(Person, "person", text, fuzzy=fuzzy)

    def resolve_event_type(self, text: str | None, fuzzy: bool = True) -> EventType | None:
        return self._resolve_as(EventType, "event_type", text, fuzzy=fuzzy)

    def resolve_program_item_type(
        self, text: str | None, fuzzy: bool = True
    ) -> ProgramItemType | None:
        return self._resolve_as(ProgramItemType, "program_item_type", text, fuzzy=fuzzy)

    def suggest(
        self,
        kind: str,
        text: str | None,
        limit: int = 10,
        country: Country | str | None = None,
        region: Region | str | None = None,
    ) -> list[tuple[str, object]]:
        """Completion candidates as (label, record): prefix matches first, then fuzzy."""
        key = normalize(text or "")
        if not key or limit <= 0:
            return []
        with self.session.no_autoflush:
            return self._suggest(kind, key, limit, country, region)

    def _suggest(
        self,
        kind: str,
        key: str,
        limit: int,
        country: Country | str | None,
        region: Region | str | None,
    ) -> list[tuple[str, object]]:
        index = self._index(kind).for_completion()
        allowed = self._filter(index, self._country_id(country), self._region_id(region))
        best: dict[int, tuple[tuple[int, float], str]] = {}

        def offer(position: int, rank: tuple[int, float]) -> None:
            _key, alias, rid = index.aliases[position]
            if allowed is not None and rid not in allowed:
                return
            if rid not in best or rank < best[rid][0]:
                best[rid] = (rank, alias)

        # names that start with the typed text, or have a word that does (bisection)
        first = bisect.bisect_left(index.starts, key)
        for i in range(first, min(first + _PREFIX_SCAN, len(index.starts))):
            if not index.starts[i].startswith(key):
                break
            position = index.start_alias[i]
            alias_key = index.aliases[position][0]
            offer(position, (0 if alias_key.startswith(key) else 1, len(alias_key)))
        if len(best) < limit and len(key) >= 3:
            for position, score in _typo_candidates(index, key):
                offer(position, (2, -score))
        ordered = sorted(best.items(), key=lambda item: item[1][0])[:limit]
        model = _MODELS[kind]
        out: list[tuple[str, object]] = []
        for rid, (_rank, alias) in ordered:
            out.append((self._label(index, rid, alias), self.session.get(model, rid)))
        return out

    # --- the world's cities -------------------------------------------------------------

    def city_candidates(
        self,
        text: str | None,
        country: Country | str | None = None,
        region: Region | str | None = None,
        limit: int = 10,
        lang: str = "en",
    ) -> list[PlaceCandidate]:
        """Cities ``text`` may mean, stored or from GeoNames, best first.

        Exact names (any alias, any case form) first, then names starting with the text,
        then names with a later word starting so, then near spellings; within each, the
        context given (region, then country), cities this data set already uses, and
        bigger towns first. A stored city and its GeoNames entry are one candidate.
        """
        text, country, region = self._comma_context(text, country, region)
        key = normalize(text or "")
        if not key or limit <= 0:
            return []
        assert text is not None
        codes = self._codes(country, region)
        pool = _Pool(self, codes, lang)
        with self.session.no_autoflush:
            index = self._index("city")
            for variant in [*_variants(text, key, all_segments=False)] + [
                k for tier in query_forms(text) for k in tier
            ]:
                for rid in index.exact.get(variant, ()):
                    pool.stored(rid, 0, 1.0, index.label.get(rid, text))
            for candidate in world().lookup(
                text,
                kinds=("city",),
                limit=limit,
                fuzzy=False,
                country=codes.get("country"),
                region=codes.get("region"),
            ):
                tier = 0 if candidate.exact else 3
                pool.place(candidate.place, tier, candidate.score, candidate.matched)
            for label, record in self.suggest("city", text, limit=limit):
                stored_id = getattr(record, "id", None)
                if stored_id is not None:
                    tier = 1 if normalize(str(label)).startswith(key) else 2
                    pool.stored(stored_id, tier, 0.95 if tier == 1 else 0.9, str(label))
            for candidate in world().complete(text, kinds=("city",), limit=limit * 2):
                tier = 1 if candidate.score >= 1.0 else 2
                pool.place(candidate.place, tier, 0.95 if tier == 1 else 0.9, candidate.matched)
            if not len(pool) and len(key) >= 4:  # nothing starts so: a typo?
                for candidate in world().lookup(
                    text,
                    kinds=("city",),
                    limit=limit,
                    country=codes.get("country"),
                    region=codes.get("region"),
                ):
                    if not candidate.exact:
                        pool.place(candidate.place, 3, candidate.score, candidate.matched)
            return pool.ranked()[:limit]

    def world_towns(
        self,
        text: str,
        country: Country | str | None = None,
        region: Region | str | None = None,
        limit: int = 10,
        lang: str = "en",
    ) -> list[PlaceCandidate]:
        """Every GeoNames town ``text`` names exactly within the region or country given,
        as the completion list shows them: for a name :meth:`world_city` finds no one
        town of, the clerk chooses. "Birmingham, Alabama" is looked up in Alabama."""
        city_text, country, region = self._comma_context(text, country, region)
        text = city_text or text
        codes = self._codes(country, region)
        towns = [
            candidate
            for candidate in self.city_candidates(text, country, region, limit, lang)
            if candidate.exact
            and candidate.place is not None
            and codes.get("country", candidate.country_code) == candidate.country_code
            and candidate.region_code in (codes.get("region", candidate.region_code), None)
        ]
        places = [t.place for t in towns if t.place is not None]
        kept = named_so(places, text) if codes else places
        return [t for t in towns if t.place in kept]

    def world_city(
        self,
        text: str,
        country: Country | str | None = None,
        region: Region | str | None = None,
    ) -> Place | None:
        """The GeoNames town ``text`` names exactly and without doubt: the only one in the
        region or country given, or one far bigger (20x) than any other of that name."""
        city_text, country, region = self._comma_context(text, country, region)
        codes = self._codes(country, region)
        found = world().lookup(
            city_text or "",
            kinds=("city",),
            country=codes.get("country"),
            region=codes.get("region"),
        )
        exact = [c.place for c in found if c.exact]
        if codes.get("region"):
            exact = [p for p in exact if p.region_code in (codes["region"], None)]
        if codes.get("country"):
            exact = [p for p in exact if p.country_code == codes["country"]]
        if codes:  # within one country or region; without, a short form stays doubtful
            exact = named_so(exact, city_text or "")
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1 and exact[0].population >= CLEAR_WINNER * max(
            p.population for p in exact[1:]
        ):
            return exact[0]
        return None

    def materialize_city(
        self, place: Place, typed: str | None = None, user: str | None = None
    ) -> City:
        """The stored City for a GeoNames town, made (with its en/ru/az names and what
        the clerk typed as aliases) or linked the first time it is used; logged."""
        if place.kind != "city" or place.geonames_id is None:
            raise ValueError(f"not a GeoNames city: {place.name}")
        found = self.stored_city(place)
        if found is not None:
            return found
        country = self.session.scalar(select(Country).where(Country.code == place.country_code))
        if country is None:
            raise LookupError(f"No country with code {place.country_code}.")
        region = (
            self.session.scalar(select(Region).where(Region.code == place.region_code))
            if place.region_code
            else None
        )
        city = self._unlinked_city(place, country, region)
        action = "update" if city is not None else "insert"
        if city is None:
            city = City(name=place.name, country=country, region=region)
            self.session.add(city)
        self._link(city, place, region, typed)
        self._log_city(city, action, place, user)
        self.refresh("city")
        return city

    def link_city(self, city: City, place: Place, user: str | None = None) -> City:
        """Make a stored city (one a clerk made by hand) the GeoNames town ``place``: its
        id, names, population and coordinates; logged. The caller checks first that no
        other stored city is that town (then the two are merged instead)."""
        region = (
            self.session.scalar(select(Region).where(Region.code == place.region_code))
            if place.region_code
            else None
        )
        self._link(city, place, region, None)
        self._log_city(city, "update", place, user)
        self.refresh("city")
        return city

    def stored_city(self, place: Place) -> City | None:
        """The stored city that is the GeoNames town ``place``, if any."""
        return self.session.scalar(select(City).where(City.geonames_id == place.geonames_id))

    def _link(self, city: City, place: Place, region: Region | None, typed: str | None) -> None:
        if city.region is None:
            city.region = region
        city.geonames_id = place.geonames_id
        city.name_ru = city.name_ru or place.name_ru
        city.name_az = city.name_az or place.name_az
        city.population = place.population
        city.latitude = place.latitude
        city.longitude = place.longitude
        have = {a.normalized for a in city.aliases}
        for name, lang in (
            (place.name, "en"),
            (place.name_ru, "ru"),
            (place.name_az, "az"),
            (typed, None),
        ):
            key = normalize(name or "")
            if name and key and key not in have:
                have.add(key)
                city.aliases.append(CityAlias(name=name.strip(), normalized=key, lang=lang))
        self.session.flush()

    def events_per_city(self) -> dict[int, int]:
        """City id -> how many events name it (cached like the aliases)."""
        if self._used is None:
            rows = self.session.execute(
                select(Event.city_id, func.count(Event.id))
                .where(Event.city_id.is_not(None), Event.deleted_at.is_(None))
                .group_by(Event.city_id)
            )
            self._used = {city_id: count for city_id, count in rows if city_id is not None}
        return self._used

    def _unlinked_city(self, place: Place, country: Country, region: Region | None) -> City | None:
        """A stored city without a GeoNames id that has this town's name in its country."""
        keys = {normalize(n) for n in (place.name, place.name_ru, place.name_az) if n}
        query = (
            select(City)
            .outerjoin(CityAlias)
            .where(City.geonames_id.is_(None), City.country_id == country.id)
            .where(CityAlias.normalized.in_(keys) | City.name.in_([place.name]))
        )
        for city in self.session.scalars(query).unique():
            if region is None or city.region_id in (None, region.id):
                return city
        return None

    def _log_city(self, city: City, action: str, place: Place, user: str | None) -> None:
        from db.change_log import write_change  # it needs the event store, which needs us

        write_change(
            self.session,
            "city",
            action,
            record_uuid=city.uuid,
            record_id=city.id,
            changes={"geonames_id": [None, place.geonames_id]},
            summary=f"{city.name} (GeoNames {place.geonames_id})",
            user=user,
        )

    def _comma_context(
        self, text: str | None, country: Any, region: Any
    ) -> tuple[str | None, Any, Any]:
        """ "Montebello, California" / "Moscow, Idaho" / "Kars, Turkey": the part after
        the comma, when it names a region or country exactly, becomes the context."""
        if not text or "," not in text:
            return text, country, region
        head, _, tail = text.partition(",")
        places = [c.place for c in world().lookup(tail, kinds=("region", "country")) if c.exact]
        if not head.strip() or not places:
            return text, country, region
        place = places[0]
        if place.kind == "region":
            return head.strip(), country or place.country_code, region or place.region_code
        return head.strip(), country or place.country_code, region

    def _codes(self, country: Country | str | None, region: Region | str | None) -> dict[str, str]:
        """ISO codes of a country/region context given as records, codes or names."""
        out: dict[str, str] = {}
        if isinstance(region, Region):
            out["region"] = region.code or ""
        elif region:
            found_region = self.session.get(Region, self._region_id(region) or -1)
            out["region"] = (
                found_region.code if found_region and found_region.code else region.upper()
            )
        if isinstance(country, Country):
            out["country"] = country.code
        elif country:
            found_country = self.session.get(Country, self._country_id(country) or -1)
            out["country"] = found_country.code if found_country else country.upper()
        if "region" in out and "country" not in out:
            out["country"] = out["region"].split("-")[0]
        return {k: v for k, v in out.items() if v}

    # --- core lookup -----------------------------------------------------------------------

    def exactly_named(self, kind: str, key: str) -> Any:
        """The one record of ``kind`` a name or alias of which folds (:func:`normalize`)
        to ``key``, else None: a resolver's first step, for a caller that has folded the
        text already (an import asks it of every comma part of its organizer names)."""
        with self.session.no_autoflush:
            ids = self._index(kind).exact.get(key, ())
            return self.session.get(_MODELS[kind], next(iter(ids))) if len(ids) == 1 else None

    def _resolve_as(
        self,
        model: type[_M],
        kind: str,
        text: str | None,
        country_id: int | None = None,
        region_id: int | None = None,
        fuzzy: bool = True,
    ) -> _M | None:
        """:meth:`_resolve` for one model: the record of ``kind`` that ``text`` names."""
        found = self._resolve(kind, text, country_id, region_id, fuzzy)
        return found if isinstance(found, model) else None

    def _resolve(
        self,
        kind: str,
        text: str | None,
        country_id: int | None = None,
        region_id: int | None = None,
        fuzzy: bool = True,
    ) -> Any:
        key = normalize(text) if text else ""
        if not text or not key:
            return None
        # A lookup must not flush the caller's half-built objects (an Event still
        # without a title) as a side effect.
        with self.session.no_autoflush:
            index = self._index(kind)
            allowed = self._filter(index, country_id, region_id)
            rid = self._lookup(kind, index, text, key, allowed, fuzzy)
            return None if rid is None else self.session.get(_MODELS[kind], rid)

    def _lookup(
        self,
        kind: str,
        index: _Index,
        text: str,
        key: str,
        allowed: set[int] | None,
        fuzzy: bool = True,
    ) -> int | None:
        """The id ``text`` (``key`` its fold) names; ``key`` is folded once per lookup."""
        places = kind in ("region", "city", "country")
        if places:
            variants = _variants(text, key, all_segments=kind != "city")
        elif kind == "occasion":
            variants = _occasion_variants(text, key)
        else:
            variants = [key]

        def pick(ids: Iterable[int]) -> tuple[bool, int | None]:
            """(decided, id): decided when the key matched at all within ``allowed``."""
            ids = set(ids) if allowed is None else set(ids) & allowed
            if not ids:
                return False, None
            return True, (next(iter(ids)) if len(ids) == 1 else None)

        for variant in variants:
            decided, rid = pick(index.exact.get(variant, ()))
            if decided:
                return rid
        if places:
            # "в Приморском крае", "Bakıda": the forms the world gazetteer tries, only once
            # the literal ones miss (their morphology dictionary costs 28 MB to load)
            literal = len(variants)
            variants += [k for tier in query_forms(text) for k in tier if k not in variants]
            for variant in variants[literal:]:
                decided, rid = pick(index.exact.get(variant, ()))
                if decided:
                    return rid
            for variant in variants:
                short = strip_place_words(variant)
                decided, rid = pick(index.stripped.get(short, ()))
                if decided:
                    return rid
        if not fuzzy:
            return None
        queries = list(
            dict.fromkeys([*variants, *(strip_place_words(v) for v in variants if places)])
        )
        return self._fuzzy(kind, index, [q for q in queries if q], allowed)

    def _fuzzy(
        self, kind: str, index: _Index, queries: list[str], allowed: set[int] | None
    ) -> int | None:
        cutoff = _CUTOFF.get(kind, _DEFAULT_CUTOFF)
        scorer: Callable[..., float] = (
            _name_score if kind in ("person", "organization") else fuzz.ratio
        )
        if _generic(index, queries, allowed):
            return None
        scores: dict[int, float] = {}
        for query in queries:
            if len(query) < 4:  # "ca", "nj": too short to guess from
                continue
            digits = _DIGITS.findall(query)
            for key, score, pos in process.extract(
                query, index.fuzzy_keys, scorer=scorer, limit=20, score_cutoff=cutoff
            ):
                if _DIGITS.findall(key) != digits:
                    continue
                ids = index.fuzzy_ids[pos]
                if allowed is not None:
                    ids = ids & allowed
                if not ids:
                    continue
                for rid in ids:
                    scores[rid] = max(scores.get(rid, 0.0), score)
        if not scores:
            return None
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        best_id, best = ranked[0]
        if len(ranked) > 1 and ranked[1][1] >= best - _MARGIN:
            return None
        return best_id

    # --- index building --------------------------------------------------------------------

    def _index(self, kind: str) -> _Index:
        if kind not in _MODELS:
            raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
        if kind not in self._indexes:
            self._indexes[kind] = _shared_index(kind, self._rows(kind))
        return self._indexes[kind]

    def _rows(self, kind: str) -> _Rows:
        """Everything the index of ``kind`` is built from, as plain tuples."""
        return tuple(read_rows(self.session, query) for query in _QUERIES[kind])

    # --- helpers --------------------------------------------------------------------------

    def _filter(
        self, index: _Index, country_id: int | None, region_id: int | None
    ) -> set[int] | None:
        if region_id is not None:
            return {rid for rid, reg in index.region.items() if reg == region_id}
        if country_id is not None:
            return {rid for rid, cid in index.country.items() if cid == country_id}
        return None

    def _country_id(self, country: Country | str | None) -> int | None:
        if country is None:
            return None
        if isinstance(country, Country):
            return country.id
        code = country.strip().upper()
        found = self.session.scalar(select(Country.id).where(Country.code == code))
        if found is not None:
            return found
        rec = self.resolve_country(country)
        return rec.id if rec else None

    def _region_id(self, region: Region | str | None) -> int | None:
        if region is None:
            return None
        if isinstance(region, Region):
            return region.id
        found = self.session.scalar(select(Region.id).where(Region.code == region.upper()))
        if found is not None:
            return found
        rec = self.resolve_region(region)
        return rec.id if rec else None

    @staticmethod
    def _label(index: _Index, rid: int, alias: str) -> str:
        label = index.label.get(rid, alias)
        if normalize(alias) in normalize(label):
            return label
        return f"{alias} \u2192 {label}"


def _typo_candidates(index: _Index, key: str) -> list[tuple[int, float]]:
    """Aliases whose words are close to every typed word ("Ibisov" -> "ibishov"); the last
    word may be unfinished, so it is compared with the start of each known word."""
    typed = key.split()
    totals: dict[int, float] | None = None
    for number, word in enumerate(typed):
        last = number == len(typed) - 1
        scorer = _prefix_score if last else fuzz.ratio
        matches = process.extract(
            word, index.words, scorer=scorer, limit=_TYPO_WORDS, score_cutoff=_TYPO_CUTOFF
        )
        scores: dict[int, float] = {}
        for _word, score, position in matches:
            for alias_position in index.word_aliases[position]:
                scores[alias_position] = max(scores.get(alias_position, 0.0), score)
        totals = (
            scores
            if totals is None
            else {p: totals[p] + s for p, s in scores.items() if p in totals}
        )
        if not totals:
            return []
    assert totals is not None
    ranked = sorted(totals.items(), key=lambda item: -item[1])
    return [(position, total / len(typed)) for position, total in ranked[:_TYPO_ALIASES]]


def _prefix_score(typed: str, word: str, **_: Any) -> float:
    """Similarity of an unfinished word with the same-length start of a known word."""
    return (
        fuzz.ratio(typed, word[: len(typed) + 1])
        if len(word) > len(typed)
        else fuzz.ratio(typed, word)
    )


def _generic(index: _Index, queries: list[str], allowed: set[int] | None) -> bool:
    """True when every word of a query occurs in aliases of two or more records.

    "Independence Day" is part of the names of four occasions and "Aliyev" of many people;
    fuzzy scores would still rank one first, so such queries must not be guessed at.
    """
    for query in queries:
        words = set(query.split())
        owners: set[int] = set()
        for key, ids in zip(index.fuzzy_keys, index.fuzzy_ids, strict=True):
            if words <= set(key.split()):
                owners |= ids if allowed is None else ids & allowed
                if len(owners) > 1:
                    return True
    return False


def _occasion_variants(text: str, key: str) -> list[str]:
    """The whole label (``key``, its fold), then its parts: "Independence Day (May 28);
    anniversary of ..." """
    parts = re.split(r";|\band\b|\bи\b|\bvə\b", text)
    out = [key, *(normalize(part) for part in parts if part != text)]
    return [k for k in dict.fromkeys(out) if k]


def _variants(text: str, key: str, all_segments: bool = True) -> list[str]:
    """Normalized forms of a place name (``key``, its fold) to try, most literal first.

    "Primorsky Territory of Vladivostok city" -> the whole, then "primorsky territory",
    then "vladivostok city"; "Edison, NJ" -> the whole, then "edison", then "nj" (a city
    looks only at the first comma part: in "Moscow, Idaho" the rest is not the city).
    """
    out = [key]
    segments = text.split(",")
    for segment in segments if all_segments else segments[:1]:
        folded = normalize(segment) if len(segments) > 1 else key  # no comma: the whole
        parts = [p for p in folded.split(" of ") if p]
        out.extend(parts if len(parts) > 1 else [])
        out.append(folded)
    for variant in list(out):
        if variant.startswith("the "):
            out.append(variant[4:])
    return [k for k in dict.fromkeys(out) if k]
