#!/bin/sh
# Mutation testing of the core (issue 16 item 8): mutmut 3 as configured in pyproject.toml
# [tool.mutmut] (db/event_store.py, db/queries.py, desktop/reports/, desktop/importing/apply.py).
#
#   scripts/mutation.sh                 every mutant (about 7,000: hours on two cores)
#   scripts/mutation.sh NAMES_FILE      only the mutants named in the file, one a line (a
#                                       sample), scored on those alone with a Wilson 95 %
#                                       interval; the sample measured in issue 16 is
#                                       scripts/mutation_sample.txt, drawn with
#                                       scripts/mutation_score.py --sample (docs/mutation.md)
#
# It runs in a clone of the committed tree ($MUTATION_DIR, default /tmp/diaspora-mutation)
# sharing this checkout's .venv, so mutmut's mutants/ copy never disturbs the working tree, and
# at the lowest priority (nice 19) with one mutmut child (JOBS=1) on this shared machine.
# Results are kept between runs: a second run only checks what is new.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NAMES=""
if [ $# -gt 0 ]; then
    NAMES=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
fi
WORK=${MUTATION_DIR:-/tmp/diaspora-mutation}
if [ -d "$WORK/.git" ]; then
    git -C "$WORK" pull -q
else
    git clone -q "$ROOT" "$WORK"
    ln -s "$ROOT/.venv" "$WORK/.venv"
fi
cd "$WORK"
# A mutant that makes a loop endless (a quarter numbered 5 never reaches the year's last)
# would grow until the machine swaps: at 3 GB of address space its test fails instead.
ulimit -v "${MUTATION_MEMORY_KB:-3000000}"
if [ -n "$NAMES" ]; then
    # shellcheck disable=SC2046
    nice -n 19 .venv/bin/mutmut run --max-children "${JOBS:-1}" $(cat "$NAMES") || true
    .venv/bin/python scripts/mutation_score.py mutants --names "$NAMES" \
        --equivalent scripts/mutation_equivalent.txt --survivors
else
    nice -n 19 .venv/bin/mutmut run --max-children "${JOBS:-1}" || true
    .venv/bin/python scripts/mutation_score.py mutants --equivalent scripts/mutation_equivalent.txt \
        --survivors
fi
