"""Issue 17: a region's name in Russian or Azerbaijani, where the reference CSV has none,
comes from pycountry's ISO 3166-2 catalog by the stored English name first, without
loading pycountry's list of every subdivision (~5,000 of them, 40-50 ms at each start);
the names stay exactly those of pycountry's full lookup."""

from __future__ import annotations

import gettext

import pycountry
import pytest
from sqlalchemy import select

from db import localized
from db.models import Region


def _full_lookup(code: str, lang: str) -> str | None:
    """pycountry's own way: the subdivision by code, its ISO name through the catalog."""
    region = pycountry.subdivisions.get(code=code)
    if region is None:
        return None
    catalog = gettext.translation(
        "iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True
    )
    translated = catalog.gettext(region.name)
    return translated if translated != region.name else None


@pytest.mark.parametrize("lang", ["ru", "az"])
def test_every_coded_region_gets_the_name_of_pycountrys_full_lookup(database, lang) -> None:
    with database.sessions() as session:
        regions = session.execute(
            select(Region.code, Region.name).where(Region.code.is_not(None))
        ).all()
    assert len(regions) > 3000
    differing = [
        (code, name)
        for code, name in regions
        if localized._pycountry_region_name(code, name, lang) != _full_lookup(code, lang)
    ]
    assert differing == []


def test_a_russian_page_of_regions_without_a_csv_name_does_not_list_every_subdivision(
    database, monkeypatch
) -> None:
    csv = localized._csv_display("region_names.csv")
    catalog = gettext.translation(
        "iso3166-2", pycountry.LOCALES_DIR, languages=["ru"], fallback=True
    )
    with database.sessions() as session:
        regions = session.execute(
            select(Region.code, Region.name).where(Region.code.is_not(None))
        ).all()
        page = [  # regions with no Russian name in the CSV that the catalog translates
            name
            for code, name in regions
            if (code, "ru") not in csv and catalog.gettext(name) != name
        ][:40]
        assert len(page) == 40
        expected = {name: catalog.gettext(name) for name in page}
        looked_up: list[object] = []
        monkeypatch.setattr(
            pycountry.subdivisions, "get", lambda **kw: looked_up.append(kw)
        )
        names = localized.names_by_english(session, Region, page, "ru")
    assert looked_up == []
    assert {name: names[name] for name in page} == expected
