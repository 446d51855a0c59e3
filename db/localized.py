"""Names of reference records in the reader's language (no Qt: reports use it too).

Event types, program item types, occasions and cities carry ``name_ru``/``name_az``
columns (a city's come from GeoNames when it is stored). A city without a name in the
language reads as its region does when it is named after it (Saint Petersburg:
"Sankt-Peterburq" in both columns, not the English name beside the Azerbaijani one);
in Azerbaijani a town of Russia is else spelt from its Russian name, as Azerbaijani
writes Russian names ("Yujno-Saxalinsk").
Countries and regions keep their names per language as aliases with a ``lang``; the
reference CSVs mark one of them per language as the ``display`` name. Countries and
regions missing from the CSV fall back to pycountry's own ISO 3166-1/3166-2
translations; where a language has no name at all, the English one is shown.

Bulk helpers take many ids, codes or English names and answer with a few queries, so
a table page or a report sheet costs the same however many rows it has.
"""

from __future__ import annotations

import gettext
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, TypeAlias

from sqlalchemy import Row, Table, select

from db import tables
from db.names import normalize, strip_place_words

if TYPE_CHECKING:
    from db.engine import Reader
    from db.models import (
        City,
        Country,
        CountryAlias,
        EventType,
        Occasion,
        ProgramItemType,
        Region,
        RegionAlias,
    )

LANGUAGES = ("en", "ru", "az")
"""Languages with names of their own; anything else reads English."""

NamedModel: TypeAlias = (
    "type[EventType] | type[ProgramItemType] | type[Occasion] | type[Country] | type[Region]"
    " | type[City] | Table"
)
"""A kind of record with names per language: its mapped class or its table (the window's
first page reads the tables alone, without the ORM)."""
CodedModel: TypeAlias = "type[EventType] | type[ProgramItemType] | type[Country] | type[Region]"
"""Models whose records carry a ``code`` the change log and the imports name them by."""


def _lang(lang: str | None) -> str:
    """``ru_RU`` or ``ru`` → ``ru``; unknown languages → ``en``."""
    short = (lang or "en").replace("-", "_").split("_")[0].lower()
    return short if short in LANGUAGES else "en"


@cache
def _csv_display(file: str) -> dict[tuple[str, str], str]:
    """(code, lang) → the display name the reference CSV marks."""
    out: dict[tuple[str, str], str] = {}
    from db.reference import read_csv  # its models: not at the window's start

    for row in read_csv(file):
        if row.get("display") == "1":
            out.setdefault((row["code"], row["lang"]), row["name"])
    return out


@cache
def _iso_translation(domain: str, lang: str) -> gettext.NullTranslations:
    import pycountry  # here: an English window's start never needs it (~5 ms to import)

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def _pycountry_country_name(code: str, lang: str) -> str | None:
    """pycountry's translation of the country's ISO name, when it has one."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    translated = _iso_translation("iso3166-1", lang).gettext(country.name)
    return translated if translated != country.name else None


def _pycountry_name(is_country: bool, code: str, english: str, lang: str) -> str | None:
    if is_country:
        return _pycountry_country_name(code, lang)
    return _pycountry_region_name(code, english, lang)


def _pycountry_region_name(code: str | None, english: str, lang: str) -> str | None:
    """pycountry's translation of a region's ISO 3166-2 name, when it has one.

    The stored English name is tried in the catalog first: it is the ISO name for most
    regions, and finding the subdivision by its code loads pycountry's list of all
    ~5,000 (40-50 ms, on a Russian or Azerbaijani window's first page at every start).
    For every coded region of the reference data the answer is the full lookup's
    (tests/test_localized_regions.py)."""
    if not code:
        return None
    translated = _iso_translation("iso3166-2", lang).gettext(english)
    if translated != english:
        return translated
    return _subdivision_name(code, lang)


@cache
def _subdivision_name(code: str, lang: str) -> str | None:
    """The full lookup, by the code (remembered, a region without a translation too)."""
    import pycountry

    # pycountry's Subdivisions.get overrides the typed Database.get without annotations.
    region = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
    if region is None:
        return None
    translated = _iso_translation("iso3166-2", lang).gettext(region.name)
    return translated if translated != region.name else None


def _column_name(record: EventType | ProgramItemType | Occasion | City, lang: str) -> str:
    if lang != "en":
        value = getattr(record, f"name_{lang}", None)
        if isinstance(value, str) and value:
            return value
    return record.name


def display_name(record: object, lang: str | None) -> str:
    """The name of ``record`` in ``lang`` ("en", "ru", "az"), falling back to English.

    Works on a single loaded record; for many records use the bulk helpers below.
    """
    from db.models import City, Country, EventType, Occasion, ProgramItemType, Region

    code = _lang(lang)
    if isinstance(record, City):
        if code == "en" or getattr(record, f"name_{code}"):
            return _column_name(record, code)
        region = record.region
        regional = None if region is None else (region.name, display_name(region, code))
        return _city_name(record.name, record.name_ru, record.country.code, code, regional)
    if isinstance(record, EventType | ProgramItemType | Occasion):
        return _column_name(record, code)
    if isinstance(record, Country | Region):
        if code == "en":
            return record.name
        file = "country_names.csv" if isinstance(record, Country) else "region_names.csv"
        if record.code and (name := _csv_display(file).get((record.code, code))):
            return name
        aliases: Sequence[CountryAlias | RegionAlias] = record.aliases
        alias = next((a.name for a in sorted(aliases, key=lambda a: a.id) if a.lang == code), None)
        if alias:
            return alias
        if isinstance(record, Country) and (name := _pycountry_country_name(record.code, code)):
            return name
        if isinstance(record, Region) and (
            name := _pycountry_region_name(record.code, record.name, code)
        ):
            return name
        return record.name
    for attribute in ("name", "full_name"):
        value = getattr(record, attribute, None)
        if isinstance(value, str):
            return value
    return str(record)


# --- bulk lookups ----------------------------------------------------------------------


def names_by_id(
    session: Reader, model: NamedModel, ids: Iterable[int | None], lang: str | None
) -> dict[int, str]:
    """id → display name for many records of one model, in a query or two (a missing
    link, None, is passed over)."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    code = _lang(lang)
    table = tables.table_of(model)
    if table is tables.city and code != "en":
        return _city_names(session, wanted, code)
    if "name_ru" in table.c:  # the record carries its translations
        translated = table.c[f"name_{code}"] if code != "en" else table.c.name
        query = select(table.c.id, table.c.name, translated).where(table.c.id.in_(wanted))
        return {row_id: other or name for row_id, name, other in session.execute(query)}
    if table is tables.country or table is tables.region:
        rows = session.execute(
            select(table.c.id, table.c.code, table.c.name).where(table.c.id.in_(wanted))
        ).all()
        return _place_names(session, table, rows, code)
    raise TypeError(f"no localized names for {table.name}")


def _city_names(session: Reader, ids: set[int], code: str) -> dict[int, str]:
    """Display names of cities in ``code`` (not English): their own, else as
    :func:`_city_name` makes them from the region's and the Russian names."""
    city, region, country = tables.city, tables.region, tables.country
    rows = session.execute(
        select(city.c.id, city.c.name, city.c[f"name_{code}"], city.c.name_ru, country.c.code,
               city.c.region_id, region.c.name)
        .join(country, city.c.country_id == country.c.id)
        .outerjoin(region, city.c.region_id == region.c.id)
        .where(city.c.id.in_(ids))
    ).all()
    out = {row.id: row[2] for row in rows if row[2]}
    unnamed = [row for row in rows if not row[2]]
    regions = names_by_id(session, tables.region, (row.region_id for row in unnamed), code)
    for row_id, english, _own, russian, country_code, region_id, region_english in unnamed:
        regional = (region_english, regions[region_id]) if region_id in regions else None
        out[row_id] = _city_name(english, russian, country_code, code, regional)
    return out


RUSSIAN_SPELT = frozenset({"RU"})
"""Countries whose towns Azerbaijani spells from their Russian names (a town of Russia is
named in Russian at home; the Azerbaijani press writes "Krasnoyarsk", "Volqoqrad")."""


def _city_name(
    english: str, russian: str | None, country_code: str, code: str,
    region: tuple[str, str] | None,
) -> str:
    """A city's name in ``code`` when it has none of its own: its region's (English,
    localized) name when the city is named after the region, without the region's place
    word in Azerbaijani ("Quba rayonu" for Guba); in Azerbaijani a Russian town's Russian
    name spelt in Azerbaijani letters; else the English name."""
    if region is not None:
        region_english, region_local = region
        if region_local != region_english:  # the region has a name in the language
            if normalize(region_english) == normalize(english):
                return region_local
            stripped = strip_place_words(normalize(region_english))
            if code == "az" and stripped == normalize(english):
                words = [w for w in region_local.split() if strip_place_words(normalize(w))]
                if words:
                    return " ".join(words)
    if code == "az" and russian and country_code in RUSSIAN_SPELT:
        return azerbaijani_spelling(russian)
    return english


_AZ_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "q", "д": "d", "е": "e", "ё": "yo", "ж": "j",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "ts",
    "ч": "ç", "ш": "ş", "щ": "şş", "ъ": "", "ы": "ı", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}
"""Russian letters as Azerbaijani writes them in Russian names (г is q: "Volqoqrad")."""
_AFTER_VOWEL = frozenset("аеёиоуыэюяьъ")


def azerbaijani_spelling(russian: str) -> str:
    """``russian`` (a place's Russian name) in the Azerbaijani alphabet: "Нижний Новгород"
    → "Nijni Novqorod", "Екатеринбург" → "Yekaterinburq".

    No library writes Russian in Azerbaijani letters (ICU's only Azerbaijani rules read the
    old Azerbaijani Cyrillic, with BGN's marks: "Çelyȧbinsk"); the letters are one table.
    е is "ye" at a word's start and after a vowel; a final "-ий"/"-ый" loses its й, as
    Azerbaijani writes it ("Nijni")."""
    out: list[str] = []
    for index, char in enumerate(russian):
        lower = char.lower()
        if lower not in _AZ_LETTERS:
            out.append(char)
            continue
        before = russian[index - 1].lower() if index else ""
        after = russian[index + 1].lower() if index + 1 < len(russian) else ""
        if lower == "е" and (not before.isalpha() or before in _AFTER_VOWEL):
            letters = "ye"
        elif lower == "й" and before in "иы" and not after.isalpha():
            letters = ""
        elif lower == "ё" and before in "жчшщ":
            letters = "o"
        else:
            letters = _AZ_LETTERS[lower]
        if char != lower and letters:
            letters = ("İ" if letters[0] == "i" else letters[0].upper()) + letters[1:]
        out.append(letters)
    return "".join(out)


def _place_names(
    session: Reader,
    table: Table,
    rows: Sequence[Row[int, str | None, str]],
    code: str,
) -> dict[int, str]:
    """Display names of countries or regions given (id, code, English name) rows."""
    out = {row_id: name for row_id, _code, name in rows}
    if code == "en":
        return out
    is_country = table is tables.country
    csv = _csv_display("country_names.csv" if is_country else "region_names.csv")
    missing: dict[int, tuple[str | None, str]] = {}
    for row_id, iso, english in rows:
        if iso and (name := csv.get((iso, code))):
            out[row_id] = name
        else:
            missing[row_id] = (iso, english)
    if missing:
        alias = tables.country_alias if is_country else tables.region_alias
        owner = alias.c.country_id if is_country else alias.c.region_id
        found: dict[int, str] = {}
        query = (
            select(owner, alias.c.name)
            .where(owner.in_(missing), alias.c.lang == code)
            .order_by(alias.c.id)
        )
        for owner_id, name in session.execute(query):
            found.setdefault(owner_id, name)
        for row_id, (iso, english) in missing.items():
            if row_id in found:
                out[row_id] = found[row_id]
            elif iso and (name := _pycountry_name(is_country, iso, english, code)):
                out[row_id] = name
    return out


def names_by_code(
    session: Reader, model: CodedModel, codes: Iterable[str], lang: str | None
) -> dict[str, str]:
    """code → display name (event and program item types, countries, regions)."""
    wanted = {c for c in codes if c}
    if not wanted:
        return {}
    table = tables.table_of(model)
    query = select(table.c.code, table.c.id).where(table.c.code.in_(wanted))
    ids = {code: i for code, i in session.execute(query) if code is not None}
    names = names_by_id(session, model, ids.values(), lang)
    return {code: names[i] for code, i in ids.items() if i in names}


def names_by_english(
    session: Reader, model: NamedModel, names: Iterable[str], lang: str | None
) -> dict[str, str]:
    """English name → display name, for rows that carry only the English name.

    A name shared by two records with different translations stays English
    (the reader sees an honest name rather than a guessed one).
    """
    wanted = {n for n in names if n}
    if not wanted or _lang(lang) == "en":
        return {n: n for n in wanted}
    ids: dict[str, list[int]] = defaultdict(list)
    table = tables.table_of(model)
    for row_id, name in session.execute(
        select(table.c.id, table.c.name).where(table.c.name.in_(wanted))
    ):
        ids[name].append(row_id)
    by_id = names_by_id(session, model, [i for group in ids.values() for i in group], lang)
    out = {n: n for n in wanted}
    for name, group in ids.items():
        translations = {by_id.get(i, name) for i in group}
        if len(translations) == 1:
            out[name] = translations.pop()
    return out


def all_names(session: Reader, model: NamedModel, lang: str | None) -> dict[int, str]:
    """id → display name of every record of ``model`` (for choice lists)."""
    ids = session.scalars(select(tables.table_of(model).c.id))
    return names_by_id(session, model, ids, lang)
