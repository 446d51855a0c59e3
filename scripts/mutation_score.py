"""Per-module mutation score from mutmut 3's results (mutants/**/*.py.meta).

    mutation_score.py [MUTANTS_DIR] [--names FILE] [--equivalent FILE] [--survivors]
    mutation_score.py [MUTANTS_DIR] --sample N [--seed S] [--modules M,M...]

Run from the directory that holds ``mutants/`` (scripts/mutation.sh does). Killed includes
timeouts (a mutant that makes the code hang is caught by mutmut's time limit); the score is
killed / checked, where checked leaves out the mutants not run yet and counts a mutant no
test reaches ("no tests") as not killed. ``--names`` counts only the mutants of a sample and
adds a Wilson 95 % interval for the module's score (the sample is random, so the score of all
the module's mutants lies in it with 95 % confidence). ``--equivalent`` names mutants judged
equivalent (one a line, a reason may follow after ``#``): they are left out of checked.
``--sample`` prints a seeded random sample of N mutant names per module (for mutation.sh).
"""

from __future__ import annotations

import argparse
import json
import math
import random
from collections import Counter
from pathlib import Path

from mutmut.stats import status_by_exit_code


def module_of(meta: Path, root: Path) -> str:
    """The module a .meta file describes; desktop/reports counts as one module."""
    rel = meta.relative_to(root).as_posix().removesuffix(".meta")
    return "desktop/reports/" if rel.startswith("desktop/reports/") else rel


def wilson(killed: int, checked: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval (95 % for z = 1.96) of a proportion killed / checked.

    Unlike the normal approximation it stays inside [0, 1] and holds for scores near 100 %
    and samples of a few dozen, which is what a sampled mutation run gives.
    """
    p, n = killed / checked, checked
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def read_names(path: str | None) -> set[str] | None:
    """The mutant names listed in a file, one a line, text after ``#`` ignored."""
    if path is None:
        return None
    lines = Path(path).read_text("utf-8").splitlines()
    return {line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()}


def print_sample(root: Path, size: int, seed: int, modules: list[str]) -> None:
    """Print ``size`` mutant names per module (``modules``, or all), drawn at random.

    Each module's names are shuffled with a generator seeded by ``seed`` and the module's
    name, and the first ``size`` are printed: the same seed with a larger size gives a
    superset, so a sample can be grown without discarding what was already run.
    """
    names: dict[str, list[str]] = {}
    for meta in sorted(root.glob("**/*.py.meta")):
        keys = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        names.setdefault(module_of(meta, root), []).extend(sorted(keys))
    for module, module_names in names.items():
        if modules and module not in modules:
            continue
        order = sorted(module_names)
        random.Random(f"{seed}:{module}").shuffle(order)
        print("\n".join(sorted(order[:size])))


def print_scores(root: Path, names: set[str] | None, equivalent: set[str], survivors: bool) -> None:
    """Print checked, killed, score and (for a sample) its Wilson 95 % interval per module."""
    by_module: dict[str, Counter[str]] = {}
    survived: list[str] = []
    for meta in sorted(root.glob("**/*.py.meta")):
        counts = by_module.setdefault(module_of(meta, root), Counter())
        for name, code in json.loads(meta.read_text("utf-8"))["exit_code_by_key"].items():
            if names is not None and name not in names:
                continue
            status = status_by_exit_code[code]
            if name in equivalent and status != "not checked":
                status = "equivalent"
            counts[status] += 1
            if status in ("survived", "suspicious", "segfault", "no tests"):  # not killed
                survived.append(name)
    print(f"{'module':28} {'total':>5} {'checked':>7} {'killed':>6} {'timeout':>7} "
          f"{'survived':>8} {'no test':>7} {'equiv.':>6} {'score':>6}  95 % interval")
    for module, c in by_module.items():
        if not c:
            continue
        total = sum(c.values())
        killed = c["killed"] + c["timeout"]
        checked = total - c["not checked"] - c["equivalent"]
        score = f"{100 * killed / checked:.0f} %" if checked else "-"
        interval = ""
        if checked and names is not None:
            low, high = wilson(killed, checked)
            interval = f"{100 * low:.0f}-{100 * high:.0f} %"
        print(f"{module:28} {total:5} {checked:7} {c['killed']:6} {c['timeout']:7} "
              f"{c['survived'] + c['suspicious'] + c['segfault']:8} {c['no tests']:7} "
              f"{c['equivalent']:6} {score:>6}  {interval}")
    if survivors:
        print("\n".join(survived))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", default="mutants", type=Path)
    parser.add_argument("--names", help="count only the mutants named in this file")
    parser.add_argument("--equivalent", help="leave out the mutants named in this file")
    parser.add_argument("--survivors", action="store_true", help="list the mutants not killed")
    parser.add_argument("--sample", type=int, default=0, help="print N names per module")
    parser.add_argument("--seed", type=int, default=1608)
    parser.add_argument("--modules", default="", help="comma-separated modules to sample")
    args = parser.parse_args()
    if args.sample:
        print_sample(args.root, args.sample, args.seed, [m for m in args.modules.split(",") if m])
    else:
        equivalent = read_names(args.equivalent) or set()
        print_scores(args.root, read_names(args.names), equivalent, args.survivors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
