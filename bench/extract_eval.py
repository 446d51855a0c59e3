"""Score the extraction of draft events against an annotated corpus (gold.jsonl).

Usage: python bench/extract_eval.py [ARTICLES_DIR [GOLD_JSONL]] [--published] [--json]

Runs ``desktop.extraction.extract`` on every file the gold file names, with a temporary
database holding the reference data, aligns predicted and gold events in text order and
prints precision, recall and F1 per field. Values are compared the way a clerk would:
places and occasions by the gazetteer record they resolve to, organizations, roles and
program items by normalized words (program labels through the program item types).
``--published`` passes the gold publication date to ``extract`` (as the GUI would when the
clerk knows it); by default the date must come from the text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from db.engine import open_database  # noqa: E402
from db.gazetteer import Gazetteer  # noqa: E402
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

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

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
        if record is None and kind == "occasion":
            for part in value.replace(";", " and ").split(" and "):
                record = self.gazetteer.resolve_occasion(part.split("(")[0])
                if record is not None:
                    break
        if record is not None:
            return f"{kind}:{record.id}"
        return normalize(value)

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
        score = 0.0
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


def score_corpus(
    articles: Path, gold_file: Path, use_published: bool = False, verbose: bool = False
) -> Report:
    """Extract every annotated article and add up the per-field counts."""
    report = Report()
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "score.sqlite")
        try:
            with database.sessions() as session:
                comparer = Comparer(Gazetteer(session))
                for line in gold_file.read_text(encoding="utf-8").splitlines():
                    if not line.strip():
                        continue
                    record = json.loads(line)
                    path = articles / record["file"]
                    if not path.exists():
                        continue
                    published = (
                        dt.date.fromisoformat(record["published"])
                        if use_published and record.get("published")
                        else None
                    )
                    extraction = extract(read_document(path), session, published)
                    predicted = [e.to_gold() for e in extraction.events]
                    gold = record["events"]
                    per_file = _score_file(comparer, predicted, gold)
                    report.files[record["file"]] = per_file
                    for name, counts in per_file.items():
                        report.fields[name].add(counts)
                    if verbose:
                        _print_file(record["file"], predicted, gold, per_file)
        finally:
            database.dispose()
    return report


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
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=Path, default=DEFAULT_CORPUS / "articles")
    parser.add_argument("gold", nargs="?", type=Path)
    parser.add_argument(
        "--published", action="store_true", help="give extract the gold publication date"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="show every event")
    args = parser.parse_args(argv)
    gold = args.gold or args.articles.parent / "gold.jsonl"
    if not gold.exists():
        parser.error(f"no gold file at {gold}")
    report = score_corpus(args.articles, gold, args.published, args.verbose)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print(format_report(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
