"""Completion latency per keystroke over 10,000 organizations and 50,000 people, and
over the cities: the 203 stored ones (Gazetteer.suggest) and the whole world gazetteer
(Gazetteer.city_candidates, ~69,500 GeoNames towns plus the stored ones).

Usage: .venv/bin/python bench/completion.py [--organizations N] [--people N] [--build-index]
Prints the median, 95th percentile and worst time for every prefix of typed names
(Latin, Azerbaijani and Cyrillic), after the first build of the index, and the time of
that first build (for the world: opening the index file, built beforehand, and loading
pymorphy3 for the first Cyrillic word).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from db.engine import open_database
from db.gazetteer import Gazetteer
from db.models import Organization, OrganizationAlias, Person, PersonAlias
from db.names import normalize
from db.world import WorldGazetteer, build_index, world

FIRST = ["Ramiz", "Arşad", "Telman", "Nazim", "Məmməd", "Əli", "İlham", "Гусейн", "Рашид", "Leyla"]
LAST = ["Zeynalov", "Xankişiyev", "Tamoyev", "Əliyev", "İbişov", "Мамедов", "Гасанов", "Quliyev"]
ORG_WORDS = ["Union", "Society", "Community", "Centre", "Autonomy", "Dostluq", "Дружба", "Odlar"]
TYPED = [
    "Ibisov",
    "Xankis",
    "Дружба",
    "Dostluq of Zeyna",
    "Community of",
    "Məmməd Quliyev",
    "Arshad Khankishiyev",
]
TYPED_CITIES = [
    "Magdeburg",
    "Магдебург",
    "Montebello",
    "Pyatigorsk",
    "Екатеринбург",
    "Gəncə",
    "Salzburg",
    "San Jose",
    "Nijniy Novgorod",
    "Северодвинск",
    "Kaunas",
]


SYLLABLES = [
    "ka",
    "ra",
    "mi",
    "zey",
    "na",
    "lo",
    "xan",
    "ki",
    "şi",
    "yev",
    "ta",
    "mo",
    "əl",
    "iy",
    "ba",
    "gu",
    "li",
    "ma",
    "me",
    "də",
    "ov",
    "ко",
    "ра",
    "ми",
    "ев",
    "ша",
]


def invented(rng: random.Random, suffix: str = "") -> str:
    """A made-up name word, so the vocabulary grows the way real surnames do."""
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
    return word.capitalize() + suffix


def fill(database, organizations: int, people: int) -> None:
    rng = random.Random(1)
    surnames = [invented(rng, "ov") for _ in range(6000)] + LAST
    given = [invented(rng) for _ in range(800)] + FIRST
    with database.sessions.begin() as session:
        org_rows = [
            {
                "id": n + 1,
                "uuid": uuid.uuid4(),
                "name": " ".join(
                    (rng.choice(ORG_WORDS), "of", rng.choice(surnames), rng.choice(ORG_WORDS))
                ),
            }
            for n in range(organizations)
        ]
        session.execute(insert(Organization), org_rows)
        session.execute(
            insert(OrganizationAlias),
            [
                {"organization_id": r["id"], "name": r["name"], "normalized": normalize(r["name"])}
                for r in org_rows
            ],
        )
        person_rows = [
            {
                "id": n + 1,
                "uuid": uuid.uuid4(),
                "full_name": f"{rng.choice(given)} {rng.choice(surnames)}",
            }
            for n in range(people)
        ]
        session.execute(insert(Person), person_rows)
        session.execute(
            insert(PersonAlias),
            [
                {
                    "person_id": r["id"],
                    "name": r["full_name"],
                    "normalized": normalize(r["full_name"]),
                }
                for r in person_rows
            ],
        )


def build_index_figures() -> None:
    """Time one build of the world index into a scratch folder (what a first use costs)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "world.sqlite"
        started = time.perf_counter()
        build_index(path)
        took = time.perf_counter() - started
        index = WorldGazetteer(path)
        counts = {kind: index.count(kind) for kind in ("city", "region", "country")}
        regional = index.count("city", with_region=True) / counts["city"]
        index.close()
        print(
            f"world index: built in {took:.1f} s, {path.stat().st_size / 1e6:.1f} MB, "
            f"{counts}, cities with their region {regional:.1%}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--organizations", type=int, default=10_000)
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument(
        "--build-index",
        action="store_true",
        help="also time a fresh build of the world index and report its size",
    )
    args = parser.parse_args()
    if args.build_index:
        build_index_figures()
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.sqlite")
        fill(database, args.organizations, args.people)
        world()  # the index is built once per install, not per form: see bench/README
        with database.sessions() as session:
            gazetteer = Gazetteer(session)
            runs = [
                ("organization", TYPED, lambda text: gazetteer.suggest("organization", text)),
                ("person", TYPED, lambda text: gazetteer.suggest("person", text)),
                ("city (203)", TYPED_CITIES, lambda text: gazetteer.suggest("city", text)),
                ("city (world)", TYPED_CITIES, lambda text: gazetteer.city_candidates(text)),
            ]
            for label, words, complete in runs:
                started = time.perf_counter()
                complete("x")
                complete("ж")  # the first Cyrillic word loads pymorphy3's dictionaries
                build = time.perf_counter() - started
                times = []
                for word in words:
                    for end in range(1, len(word) + 1):
                        started = time.perf_counter()
                        complete(word[:end])
                        times.append(time.perf_counter() - started)
                times.sort()
                p95 = times[int(len(times) * 0.95) - 1]
                print(
                    f"{label:<13} index build {build * 1000:7.1f} ms | per keystroke: median "
                    f"{statistics.median(times) * 1000:6.1f} ms, p95 {p95 * 1000:6.1f} ms, "
                    f"worst {times[-1] * 1000:6.1f} ms ({len(times)} keystrokes)"
                )
        database.dispose()


if __name__ == "__main__":
    main()
