"""Score the extraction of draft events against an annotated corpus (gold.jsonl).

Usage: python bench/extract_eval.py [ARTICLES_DIR [GOLD_JSONL]] [--published] [--json]
                                    [--cv] [--audit] [-v]

Runs ``desktop.extraction.extract`` on every file the gold file names, with a temporary
database holding the reference data, aligns predicted and gold events in text order (by
the same day first, then places, then shared names; ``--align-ignoring-dates`` leaves the
days out, as the scorer did before the sixth round) and prints precision, recall and F1 per
field. Values are compared the way a clerk would:
places and occasions by the gazetteer record they resolve to (the data set's, else the
world gazetteer's by an exact name), organizations, roles and
program items by normalized words (program labels through the program item types).
``--published`` passes the gold publication date to ``extract`` (as the GUI would when the
clerk knows it); by default the date must come from the text.

Scores are printed per field and per article language (ru, az, en, ...); "macro F1" is
the mean of the per-field F1 (events and the eleven fields).

``--cv`` is leave-one-outlet-out over the data the extractor reads: every alias row of the
reference data (places, occasions, organizations, people) whose name occurs in the
articles of the outlet being scored, and in no article of another outlet, is deleted
before that outlet's articles are extracted (and restored after). An alias that only
helps on the articles it was copied from then cannot help. Code literals cannot be held
out that way: ``--audit`` lists the capitalized words of string literals in
``desktop/extraction`` that occur in a corpus article, in no reference data name and
never in lower case (so not generic vocabulary); that list should hold only generic words.
``--costs`` measures the load time and memory of each part and the time per article.

Figures (46 articles of ../shared/corpus; macro F1 all / az / en / ru):
- before issue 13 (commit 5212f46): ``python bench/extract_eval.py``
  0.537 / 0.433 / 0.657 / 0.357; with ``--cv`` 0.492 / 0.380 / 0.581 / 0.350;
  ``--audit``: 18 literals (a speaker's first name and surname, a misspelt city, an
  outlet's name...).
- issue 13 (natasha, pymorphy3, the world gazetteer, lists and roundups, German):
  ``python bench/extract_eval.py`` 0.752 / 0.639 / 0.798 / 0.709; with ``--cv``
  0.723 / 0.483 / 0.762 / 0.707; ``--audit``: only generic words (holiday names,
  nationality words, "Prime", "Supreme"); tests/data/corpus 0.932 (0.933 before).
  ``--costs`` (2 shared cores): natasha models 1.6-2.0 s and 216 MB on first use, lexicon
  0.3-0.4 s per data set, then a median of 105-140 ms per article (max 480-640 ms).
- issue 13, second round (town lists, dates, programme items, speakers, event types):
  ``python bench/extract_eval.py`` 0.774 / 0.675 / 0.812 / 0.739 before, 0.841 / 0.845 /
  0.859 / 0.801 after; ``--cv`` 0.744 -> 0.814 / 0.690 / 0.830 / 0.799; ``--audit`` 24
  literals, all generic (unchanged). ``--costs`` (machine load 1.3-1.8): natasha 0.93 s
  and 213 MB, lexicon 0.15 s, then a median of 39 ms per article (max 212 ms). Cold
  ``extract()`` of a Russian report without a session, import included: 1.70-1.88 s before,
  1.36-1.45 s after (the reference copy is built once per installation and then read).
- issue 13, third round (Azerbaijani morphology and English spellings, Babel's country
  names in ru/az, programme days, occasions by their day, Russian and Azerbaijani
  organizers and roles): ``python bench/extract_eval.py`` 0.852 / 0.866 / 0.867 / 0.814
  before, 0.868 / 0.871 / 0.874 / 0.850 after; ``--cv`` 0.834 / 0.716 / 0.853 / 0.812
  before, 0.865 / 0.878 / 0.868 / 0.848 after; events 114: 96 -> 99 found (--cv 95 -> 99);
  ``--audit`` 24 -> 23 literals, all generic words. ``--costs`` (machine load 5.8-7.4 on 2
  cores): a median of 63-97 ms per article (107 ms for the code before, same load).
- issue 13, fourth round (a programme's one town, a misspelt town in a list, a cut page
  date, an ordinal before a dated occasion, organizers joined after an abbreviation,
  "Besides," opening one more event, candle and literary-evening items):
  ``python bench/extract_eval.py`` 0.868 / 0.871 / 0.874 / 0.850 before, 0.882 / 0.893 /
  0.888 / 0.868 after; ``--cv`` 0.865 / 0.878 / 0.868 / 0.848 before, 0.880 / 0.900 /
  0.882 / 0.865 after; events found (--cv) 99 -> 101 of 114; ``--audit`` 23 -> 26
  literals, all generic words (the three new ones are "besides" openers). ``--costs``
  (machine load 5.3-6.3): a median of 58-100 ms per article, 54-88 ms for the code
  before in the same minutes (noise of the shared machine dominates).
- issue 13, fifth round (an English role after a body's acronym or branch, "was the
  keynote speaker", councilman/bishop-like titles, the anniversary of an opening that is an
  event): ``python bench/extract_eval.py`` 0.882 / 0.893 / 0.888 / 0.868 before, 0.885 /
  0.893 / 0.893 / 0.868 after; ``--cv`` 0.880 / 0.900 / 0.882 / 0.865 before, 0.882 /
  0.900 / 0.885 / 0.865 after (speakers .852 -> .865, roles .825 -> .833, anniversary
  .889 -> .892); ``--audit`` 26 literals (unchanged). ``--costs``: natasha 1.11 s and
  213 MB, then a median of 42 ms per article (max 194 ms).
- issue 13, sixth round, segmentation (a body that "did the same", a later day than a
  "today" one, communities each on a day of its own, "Здесь"/"Here" after a town): events
  found 101 -> 107 of 114, precision 0.99 -> 1.00. The scorer now aligns events by the same
  day first (``--align-ignoring-dates`` keeps the old alignment). Each step was measured
  against the same tree just before it (others' work moves the totals): dev 0.885 -> 0.890,
  0.890 -> 0.895 (old scorer 0.890 -> 0.889), 0.907 -> 0.912, 0.929 -> 0.934; ``--cv``
  0.882 -> 0.887, 0.887 -> 0.892 (old 0.887 -> 0.886), 0.902 -> 0.907, 0.923 -> 0.928. At
  the end (with the other helpers' work of the round): dev 0.934 new scorer / 0.928 old,
  ``--cv`` 0.928 / 0.922. ``--audit``: one more generic word of this round's ("Здесь").
"""

from __future__ import annotations

import argparse
import ast
import calendar
import datetime as dt
import json
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import delete, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from db.engine import open_database  # noqa: E402
from db.gazetteer import Gazetteer  # noqa: E402
from db.models import (  # noqa: E402
    City,
    CityAlias,
    Country,
    CountryAlias,
    Occasion,
    OccasionAlias,
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
    Region,
    RegionAlias,
)
from db.names import normalize  # noqa: E402
from desktop.extraction import extract, read_document  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
FIELDS = (
    "events",
    "country",
    "region",
    "city",
    "organizations",
    "occasion",
    "anniversary",
    "speakers",
    "roles",
    "program",
    "event_type",
    "date",
)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    fields: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    files: dict[str, dict[str, Counts]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {
            name: {
                "precision": round(c.precision, 3),
                "recall": round(c.recall, 3),
                "f1": round(c.f1, 3),
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
            }
            for name, c in self.fields.items()
        }


class Comparer:
    """Field comparisons through the gazetteer, so "Primorsky Territory" == RU-PRI."""

    def __init__(self, gazetteer: Gazetteer, align_dates: bool = True) -> None:
        self.gazetteer = gazetteer
        self.align_dates = align_dates

    def _key(self, kind: str, value: str | None) -> str | None:
        if not value:
            return None
        resolver = {
            "country": self.gazetteer.resolve_country,
            "region": self.gazetteer.resolve_region,
            "city": self.gazetteer.resolve_city,
            "occasion": self.gazetteer.resolve_occasion,
            "event_type": self.gazetteer.resolve_event_type,
            "program": self.gazetteer.resolve_program_item_type,
        }.get(kind)
        record = resolver(value) if resolver else None
        if record is None and kind in ("country", "region", "city"):
            return self._world_key(kind, value) or normalize(value)
        if record is None and kind == "occasion":
            for part in value.replace(";", " and ").split(" and "):
                record = self.gazetteer.resolve_occasion(part.split("(")[0])
                if record is not None:
                    break
        if record is not None:
            return f"{kind}:{record.id}"
        return normalize(value)

    def _world_key(self, kind: str, value: str) -> str | None:
        """The world gazetteer's record for a place the data set lacks ("Brisben" and
        "Brisbane" are one town); exact names only, the biggest place of that name."""
        try:
            from db.world import world
        except ImportError:
            return None
        found = [c for c in world().lookup(value, kinds=(kind,), limit=1) if c.exact]
        return f"{kind}:world:{found[0].place.code}" if found else None

    def same(self, kind: str, a: str | None, b: str | None) -> bool:
        if a is None or b is None:
            return False
        if kind == "anniversary" or kind == "date":
            return str(a) == str(b)
        return self._key(kind, str(a)) == self._key(kind, str(b))

    def scalar(self, kind: str, predicted: Any, gold: Any) -> Counts:
        counts = Counts()
        if predicted is not None and gold is not None and self.same(kind, predicted, gold):
            counts.tp = 1
        else:
            counts.fp = 1 if predicted is not None else 0
            counts.fn = 1 if gold is not None else 0
        return counts

    def items(self, kind: str, predicted: list[str], gold: list[str]) -> Counts:
        """Match two lists one to one (greedy, best similarity first)."""
        counts = Counts()
        remaining = list(gold)
        for value in predicted:
            match = next((g for g in remaining if self.similar(kind, value, g)), None)
            if match is not None:
                counts.tp += 1
                remaining.remove(match)
            else:
                counts.fp += 1
        counts.fn += len(remaining)
        return counts

    def similar(self, kind: str, a: str, b: str) -> bool:
        if kind == "program":
            return self._key("program", a) == self._key("program", b)
        na, nb = normalize(a), normalize(b)
        if not na or not nb:
            return False
        if kind == "organizations":
            return na == nb or fuzz.token_set_ratio(na, nb) >= 85
        if kind == "speakers":
            return na == nb or fuzz.token_sort_ratio(na, nb) >= 90
        if kind == "roles":
            return fuzz.token_set_ratio(na, nb) >= 80
        return na == nb

    def event_similarity(self, predicted: dict, gold: dict) -> float:
        """How alike two events are, for aligning them: the same day first (it outweighs
        every place), then the same city and region, then shared organizers and speakers."""
        score = 0.0
        if self.align_dates and gold.get("date") and predicted.get("date") == gold["date"]:
            score += 5
        for kind in ("city", "region"):
            if self.same(kind, predicted.get(kind), gold.get(kind)):
                score += 2
        orgs = self.items("organizations", predicted["organizations"], gold["organizations"])
        score += orgs.tp
        names = [s["name"] for s in predicted["speakers"]]
        people = self.items("speakers", names, [s["name"] for s in gold["speakers"]])
        score += people.tp
        return score


def align(comparer: Comparer, predicted: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """Order-preserving alignment of predicted to gold events (maximum total similarity)."""
    n, m = len(predicted), len(gold)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    move: dict[tuple[int, int], str] = {}
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            pair = 0.5 + comparer.event_similarity(predicted[i], gold[j]) + best[i + 1][j + 1]
            skip_p, skip_g = best[i + 1][j], best[i][j + 1]
            best[i][j] = max(pair, skip_p, skip_g)
            move[(i, j)] = "pair" if best[i][j] == pair else ("p" if best[i][j] == skip_p else "g")
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        step = move[(i, j)]
        if step == "pair":
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif step == "p":
            i += 1
        else:
            j += 1
    return pairs


def score_event(comparer: Comparer, predicted: dict | None, gold: dict | None) -> dict[str, Counts]:
    empty = {
        "date": None,
        "country": None,
        "region": None,
        "city": None,
        "organizations": [],
        "occasion": None,
        "anniversary": None,
        "speakers": [],
        "program": [],
        "event_type": None,
    }
    p = predicted or empty
    g = gold or empty
    out: dict[str, Counts] = {}
    for kind in ("country", "region", "city", "occasion", "anniversary", "event_type", "date"):
        out[kind] = comparer.scalar(kind, p.get(kind), g.get(kind))
    out["organizations"] = comparer.items("organizations", p["organizations"], g["organizations"])
    out["speakers"] = comparer.items(
        "speakers", [s["name"] for s in p["speakers"]], [s["name"] for s in g["speakers"]]
    )
    roles = Counts()
    for ps in p["speakers"]:
        gs = next(
            (x for x in g["speakers"] if comparer.similar("speakers", ps["name"], x["name"])), None
        )
        if gs is None:
            roles.fp += 1 if ps.get("role") else 0
            continue
        if ps.get("role") and gs.get("role") and comparer.similar("roles", ps["role"], gs["role"]):
            roles.tp += 1
        else:
            roles.fp += 1 if ps.get("role") else 0
            roles.fn += 1 if gs.get("role") else 0
    matched = {
        x["name"]
        for x in g["speakers"]
        if any(comparer.similar("speakers", ps["name"], x["name"]) for ps in p["speakers"])
    }
    roles.fn += sum(1 for x in g["speakers"] if x["name"] not in matched and x.get("role"))
    out["roles"] = roles
    out["program"] = comparer.items("program", p["program"], g["program"])
    return out


@dataclass
class Article:
    """One annotated report: its gold record, text, language and outlet."""

    record: dict[str, Any]
    text: str
    language: str
    outlet: str

    @property
    def name(self) -> str:
        return str(self.record["file"])


def article_language(text: str) -> str:
    """ru for Cyrillic text, az for Latin text with Azerbaijani letters, de, else en."""
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    cyrillic = len(re.findall(r"[\u0400-\u04ff]", body))
    latin = len(re.findall(r"[A-Za-z]", body))
    if cyrillic > latin:
        return "ru"
    if len(re.findall(r"[əƏ]", body)) >= 3:
        return "az"
    if len(re.findall(r"\b(?:der|die|und|das|den)\b", body)) >= 5:
        return "de"
    return "en"


def article_outlet(text: str, name: str) -> str:
    """The outlet's registered domain from the ``# source:`` line (ru.trend.az -> trend.az)."""
    match = re.search(r"^#\s*source:\s*\S*?://([^/\s]+)", text, re.MULTILINE)
    if not match:
        return name
    host = match.group(1).lower().split(":")[0]
    parts = host.split(".")
    keep = 3 if len(parts) >= 3 and parts[-2] in ("com", "co", "org", "net") else 2
    return ".".join(parts[-keep:])


def load_articles(articles: Path, gold_file: Path) -> list[Article]:
    out = []
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        path = articles / record["file"]
        if not path.exists():
            continue
        text = read_document(path)
        out.append(Article(record, text, article_language(text), article_outlet(text, path.name)))
    return out


def score_corpus(
    articles: Path,
    gold_file: Path,
    use_published: bool = False,
    verbose: bool = False,
    cross_validate: bool = False,
    diff: bool = False,
    only: str | None = None,
    align_dates: bool = True,
) -> dict[str, Report]:
    """Extract every annotated article; counts per language and over all ("all")."""
    reports: dict[str, Report] = defaultdict(Report)
    corpus = load_articles(articles, gold_file)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "score.sqlite")
        try:
            with database.sessions() as session:
                comparer = Comparer(Gazetteer(session), align_dates)
                for kind in ("country", "region", "city", "occasion", "event_type", "program"):
                    comparer.same(kind, "-", "-")  # index the full reference data once
                by_outlet: dict[str, list[Article]] = defaultdict(list)
                for article in corpus:
                    by_outlet[article.outlet if cross_validate else ""].append(article)
                for outlet, group in by_outlet.items():
                    others = [a.text for a in corpus if a.outlet != outlet]
                    with _held_out(session, [a.text for a in group], others, cross_validate):
                        for article in group:
                            if only and only not in article.name:
                                continue
                            per_file = _score_article(session, comparer, article, use_published,
                                                      verbose, diff)
                            for report in (reports["all"], reports[article.language]):
                                report.files[article.name] = per_file
                                for name, counts in per_file.items():
                                    report.fields[name].add(counts)
        finally:
            database.dispose()
    return dict(reports)


def _score_article(
    session: Session,
    comparer: Comparer,
    article: Article,
    use_published: bool,
    verbose: bool,
    diff: bool = False,
) -> dict[str, Counts]:
    record = article.record
    published = (
        dt.date.fromisoformat(record["published"])
        if use_published and record.get("published")
        else None
    )
    extraction = extract(article.text, session, published)
    predicted = [e.to_gold() for e in extraction.events]
    gold = record["events"]
    per_file = _score_file(comparer, predicted, gold)
    if verbose:
        _print_file(article.name, predicted, gold, per_file)
    if diff:
        _print_diff(comparer, article.name, predicted, gold)
    return per_file


_ALIAS_TABLES: tuple[type, ...] = (
    CountryAlias,
    RegionAlias,
    CityAlias,
    OccasionAlias,
    OrganizationAlias,
    PersonAlias,
)


def _occurs(key: str, texts: list[str]) -> bool:
    return any(f" {key} " in text for text in texts)


@contextmanager
def _held_out(
    session: Session, texts: list[str], others: list[str], active: bool
) -> Iterator[None]:
    """Delete the aliases only these texts contain (rolled back afterwards)."""
    if not active:
        yield
        return
    mine = [f" {normalize(t)} " for t in texts]
    rest = [f" {normalize(t)} " for t in others]
    savepoint = session.begin_nested()
    for model in _ALIAS_TABLES:
        doomed = [
            row_id
            for row_id, key in session.execute(select(model.id, model.normalized))
            if key and _occurs(key, mine) and not _occurs(key, rest)
        ]
        if doomed:
            session.execute(delete(model).where(model.id.in_(doomed)))
    session.flush()
    try:
        yield
    finally:
        savepoint.rollback()


# --- literal audit ---------------------------------------------------------------------------


def code_literals(package: Path) -> dict[str, set[str]]:
    """Words (4+ letters) of the string literals of each module of ``package``."""
    out: dict[str, set[str]] = {}
    for path in sorted(package.glob("*.py")):
        words: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                words.update(re.findall(r"\b[^\W\d_]{4,}", node.value))
        out[path.name] = words
    return out


def reference_words(session: Session) -> set[str]:
    """Every word of every reference name and alias (normalized)."""
    words: set[str] = set()
    for model in (*_ALIAS_TABLES, Country, Region, City, Occasion, Organization, Person):
        column = getattr(model, "normalized", None) or getattr(model, "name", None)
        column = column if column is not None else model.full_name
        for (value,) in session.execute(select(column)):
            words.update(normalize(value or "").split())
    return words


def audit(articles: Path, gold_file: Path) -> list[tuple[str, str, list[str]]]:
    """(module, word, articles) for code literals found in articles but in no reference name."""
    corpus = load_articles(articles, gold_file)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "audit.sqlite")
        try:
            with database.sessions() as session:
                known = reference_words(session)
        finally:
            database.dispose()
    texts = {a.name: set(re.findall(r"[^\W\d_]+", a.text)) for a in corpus}
    # Generic words: written in lower case somewhere, or calendar names.
    known |= {w.casefold() for found in texts.values() for w in found if w.islower()}
    known |= {normalize(n) for n in (*calendar.month_name, *calendar.day_name) if n}
    package = ROOT / "desktop" / "extraction"
    literals = code_literals(package)
    known |= {w.casefold() for words in literals.values() for w in words if w.islower()}
    out = []
    for module, words in literals.items():
        for word in sorted(words):
            if word.islower() or normalize(word) in known or word.casefold() in known:
                continue
            hits = sorted(name for name, found in texts.items() if word in found)
            if hits:
                out.append((module, word, hits))
    return out


def _score_file(comparer: Comparer, predicted: list[dict], gold: list[dict]) -> dict[str, Counts]:
    pairs = align(comparer, predicted, gold)
    totals: dict[str, Counts] = defaultdict(Counts)
    totals["events"] = Counts(
        tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(gold) - len(pairs)
    )
    paired_p = {i for i, _ in pairs}
    paired_g = {j for _, j in pairs}
    for i, j in pairs:
        for name, counts in score_event(comparer, predicted[i], gold[j]).items():
            totals[name].add(counts)
    for i, event in enumerate(predicted):
        if i not in paired_p:
            for name, counts in score_event(comparer, event, None).items():
                totals[name].add(counts)
    for j, event in enumerate(gold):
        if j not in paired_g:
            for name, counts in score_event(comparer, None, event).items():
                totals[name].add(counts)
    return dict(totals)


def _print_file(name: str, predicted: list[dict], gold: list[dict], counts: dict) -> None:
    print(f"== {name}: {len(predicted)} predicted, {len(gold)} gold")
    for event in predicted:
        print("  P", json.dumps(event, ensure_ascii=False))
    for event in gold:
        print(
            "  G",
            json.dumps({k: event.get(k) for k in event if k != "date_note"}, ensure_ascii=False),
        )
    bad = {k: (c.fp, c.fn) for k, c in counts.items() if c.fp or c.fn}
    print("  errors (fp, fn):", bad)


def _print_diff(comparer: Comparer, name: str, predicted: list[dict], gold: list[dict]) -> None:
    """Per aligned event, each name_ whose gold and predicted values score an error."""
    pairs = align(comparer, predicted, gold)
    print(f"== {name}: {len(predicted)} predicted, {len(gold)} gold")
    for i, j in pairs:
        counts = score_event(comparer, predicted[i], gold[j])
        for name_ in FIELDS[1:]:
            if counts[name_].fp or counts[name_].fn:
                key = "speakers" if name_ == "roles" else name_
                p, g = predicted[i].get(key), gold[j].get(key)
                print(f"  #{j + 1} {name_}: gold {json.dumps(g, ensure_ascii=False)}")
                print(f"  #{j + 1} {' ' * len(name_)}  pred {json.dumps(p, ensure_ascii=False)}")
    for i in sorted(set(range(len(predicted))) - {i for i, _ in pairs}):
        print("  extra", json.dumps(predicted[i], ensure_ascii=False))
    for j in sorted(set(range(len(gold))) - {j for _, j in pairs}):
        print(f"  missed #{j + 1}", json.dumps(gold[j], ensure_ascii=False))


def macro_f1(report: Report) -> float:
    return sum(report.fields.get(name, Counts()).f1 for name in FIELDS) / len(FIELDS)


def format_report(report: Report) -> str:
    lines = [f"{'field':<15}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>5}{'FN':>5}"]
    total = Counts()
    for name in FIELDS:
        counts = report.fields.get(name, Counts())
        total.add(counts) if name != "events" else None
        lines.append(
            f"{name:<15}{counts.precision:>7.3f}{counts.recall:>7.3f}{counts.f1:>7.3f}"
            f"{counts.tp:>6}{counts.fp:>5}{counts.fn:>5}"
        )
    lines.append(
        f"{'all fields':<15}{total.precision:>7.3f}{total.recall:>7.3f}{total.f1:>7.3f}"
        f"{total.tp:>6}{total.fp:>5}{total.fn:>5}"
    )
    lines.append(f"{'macro F1':<15}{'':>14}{macro_f1(report):>7.3f}")
    return "\n".join(lines)


def format_languages(reports: dict[str, Report]) -> str:
    """F1 per field (rows) and language (columns)."""
    langs = ["all", *sorted(k for k in reports if k != "all")]
    lines = [f"{'F1':<15}" + "".join(f"{lang:>8}" for lang in langs)]
    for name in FIELDS:
        row = "".join(f"{reports[lang].fields.get(name, Counts()).f1:>8.3f}" for lang in langs)
        lines.append(f"{name:<15}{row}")
    lines.append(f"{'macro F1':<15}" + "".join(f"{macro_f1(reports[x]):>8.3f}" for x in langs))
    lines.append(f"{'articles':<15}" + "".join(f"{len(reports[x].files):>8}" for x in langs))
    return "\n".join(lines)


def costs(articles: Path, gold_file: Path) -> list[str]:
    """Import time and memory of each part, the first extraction, then the time per article."""
    import resource
    import statistics
    import time

    def rss() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    lines = []
    corpus = load_articles(articles, gold_file)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "costs.sqlite")
        try:
            with database.sessions() as session:
                steps = [
                    ("natasha models", "desktop.extraction.russian", "_pipeline"),
                    ("pymorphy3", "desktop.extraction.russian", "_morph"),
                    ("world gazetteer", "db.world", "world"),
                ]
                for label, module, function in steps:
                    before, start = rss(), time.perf_counter()
                    getattr(__import__(module, fromlist=[function]), function)()
                    lines.append(f"{label:<28}{time.perf_counter() - start:>8.2f} s"
                                 f"{rss() - before:>8.0f} MB")
                from desktop.extraction.lexicon import Lexicon

                before, start = rss(), time.perf_counter()
                Lexicon(session)
                lines.append(f"{'lexicon (first, per data set)':<28}"
                             f"{time.perf_counter() - start:>8.2f} s{rss() - before:>8.0f} MB")
                timings = []
                for article in corpus:
                    start = time.perf_counter()
                    extract(article.text, session)
                    timings.append(time.perf_counter() - start)
                lines.append(f"{'first article':<28}{timings[0]:>8.2f} s")
                lines.append(f"{'per article after (median)':<28}"
                             f"{statistics.median(timings[1:]) * 1000:>8.0f} ms")
                slowest = max(range(1, len(timings)), key=timings.__getitem__)
                lines.append(f"{'per article after (max)':<28}{timings[slowest] * 1000:>8.0f} ms"
                             f"  {corpus[slowest].name}")
        finally:
            database.dispose()
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=Path, default=DEFAULT_CORPUS / "articles")
    parser.add_argument("gold", nargs="?", type=Path)
    parser.add_argument(
        "--published", action="store_true", help="give extract the gold publication date"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--cv", action="store_true", help="leave-one-outlet-out over the reference aliases"
    )
    parser.add_argument(
        "--audit", action="store_true", help="list code literals that occur in the articles"
    )
    parser.add_argument(
        "--costs", action="store_true", help="load time and memory of each part, time per article"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="show every event")
    parser.add_argument(
        "--diff", action="store_true", help="per event, each field where gold and prediction differ"
    )
    parser.add_argument("--only", help="score only the articles whose file name contains this")
    parser.add_argument(
        "--align-ignoring-dates",
        action="store_true",
        help="align predicted and gold events by places and names only (the scorer before "
        "the sixth round of issue 13), not by their days first",
    )
    args = parser.parse_args(argv)
    gold = args.gold or args.articles.parent / "gold.jsonl"
    if not gold.exists():
        parser.error(f"no gold file at {gold}")
    if args.costs:
        print("\n".join(costs(args.articles, gold)))
        return 0
    if args.audit:
        found = audit(args.articles, gold)
        for module, word, hits in found:
            print(f"{module}: {word!r} in {', '.join(hits)}")
        print(f"{len(found)} code literals occur in corpus articles and in no reference name")
        return 0
    reports = score_corpus(
        args.articles, gold, args.published, args.verbose, args.cv, args.diff, args.only,
        not args.align_ignoring_dates,
    )
    if args.json:
        print(json.dumps({lang: r.as_dict() | {"macro_f1": round(macro_f1(r), 3)}
                          for lang, r in reports.items()}, indent=2))
    else:
        print(format_report(reports["all"]))
        print()
        print(format_languages(reports))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
