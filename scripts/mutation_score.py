"""Per-module mutation score from mutmut 3's results (mutants/**/*.py.meta).

    mutation_score.py [MUTANTS_DIR] [--names FILE] [--survivors]
    mutation_score.py [MUTANTS_DIR] --sample N   (a seeded random sample of N mutant names
                                                  per module, for mutation.sh NAMES_FILE)

Run from the directory that holds ``mutants/`` (scripts/mutation.sh does). Killed includes
timeouts (a mutant that makes the code hang is caught by mutmut's time limit); the score is
killed / checked, where checked leaves out the mutants not run yet and counts a mutant no
test reaches ("no tests") as not killed. ``--names`` counts only the mutants of a sample.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

from mutmut.stats import status_by_exit_code


def module_of(meta: Path, root: Path) -> str:
    """The module a .meta file describes; desktop/reports counts as one module."""
    rel = meta.relative_to(root).as_posix().removesuffix(".meta")
    return "desktop/reports/" if rel.startswith("desktop/reports/") else rel


def print_sample(root: Path, size: int) -> int:
    """Print ``size`` mutant names per module, drawn at random with a fixed seed."""
    names: dict[str, list[str]] = {}
    for meta in sorted(root.glob("**/*.py.meta")):
        keys = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        names.setdefault(module_of(meta, root), []).extend(sorted(keys))
    rng = random.Random(16)
    for module_names in names.values():
        print("\n".join(sorted(rng.sample(module_names, min(size, len(module_names))))))
    return 0


def main() -> int:
    args = sys.argv[1:]
    names: set[str] | None = None
    if "--names" in args:
        at = args.index("--names")
        names = set(Path(args[at + 1]).read_text("utf-8").split())
        del args[at : at + 2]
    sample = 0
    if "--sample" in args:
        at = args.index("--sample")
        sample = int(args[at + 1])
        del args[at : at + 2]
    positional = [a for a in args if not a.startswith("--")]
    root = Path(positional[0] if positional else "mutants")
    if sample:
        return print_sample(root, sample)
    by_module: dict[str, Counter[str]] = {}
    survivors: list[str] = []
    for meta in sorted(root.glob("**/*.py.meta")):
        counts = by_module.setdefault(module_of(meta, root), Counter())
        for name, code in json.loads(meta.read_text("utf-8"))["exit_code_by_key"].items():
            if names is not None and name not in names:
                continue
            status = status_by_exit_code[code]
            counts[status] += 1
            if status == "survived":
                survivors.append(name)
    print(f"{'module':32} {'total':>6} {'checked':>7} {'killed':>6} {'survived':>8} "
          f"{'timeout':>7} {'suspic.':>7} {'no test':>7} {'score':>6}")
    for module, c in by_module.items():
        if not c:
            continue
        total = sum(c.values())
        killed = c["killed"] + c["timeout"]
        checked = total - c["not checked"]
        score = f"{100 * killed / checked:.0f} %" if checked else "-"
        print(f"{module:32} {total:6} {checked:7} {c['killed']:6} {c['survived']:8} "
              f"{c['timeout']:7} {c['suspicious'] + c['segfault']:7} {c['no tests']:7} {score:>6}")
    if "--survivors" in args:
        print("\n".join(survivors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
