"""Benchmark: text search at scale, the app's query beside bare FTS5 on the same file.

Run: .venv/bin/python bench/search.py [--events 1000000] [--keep FILE] [--rounds 7]

Both sides count the matches and fetch the first page of 100, for a rare word (one
event), a middling one, a frequent one, a region's name in English and in Russian (the
app finds the region's events by its aliases; the reference searches the English name
the generated titles carry) and a two-letter word (the start of a word of the text or
of a name; bare FTS5 is the prefix query ``"pr"*`` on the words table of migration 0007):
  - project: ``count_events`` + ``list_events`` with ``EventFilter(text=word)``, as
    the events table asks (newest first, organizers joined),
  - reference: ``SELECT count(*) ... MATCH`` + ``SELECT rowid ... MATCH ... LIMIT 100``
    straight on the FTS5 table (the trigram table; the words table for two letters).
Runs alternate project/reference, medians of ``--rounds`` pairs, and prints the ratio.
``--cpu`` times the process's CPU instead of the wall clock (SQLite runs in it): steadier
on a loaded machine, where waiting for a core can double a wall-clock figure.
"page ms" is ``db.event_pages.first_page`` alone: what the window shows before the
count (run in the background) arrives.
Goal (issue 17): <= 20 ms, or <= 2x bare FTS5 where that is more.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db.search import TRIGRAM, WORDS_TABLE  # noqa: E402


def _words(path: Path) -> dict[str, tuple[str, str | None]]:
    """Kind -> (what the clerk types, what bare FTS5 is asked for the same events: a
    phrase of the trigram table, or a two-letter prefix of the words table)."""
    import sqlite3

    from bench.events_table import KINDS

    with sqlite3.connect(path) as connection:
        total = connection.execute("SELECT max(id) FROM event").fetchone()[0]
    connection.close()
    rare = f"{total // 2}"  # the title's number: one event (and its prefixes)
    frequent = KINDS[0].split()[0].lower()
    return {
        "rare": (rare, rare),
        "middling": ("solidarity", "solidarity"),
        "frequent": (frequent, frequent),
        "region en": ("Primorsky", "primorsky"),
        "region ru": ("Приморский", "primorsky"),
        "short": ("Пр", "pr"),
    }


def _project(session, word: str) -> tuple[int, int]:
    from db.queries import EventFilter, count_events, list_events

    chosen = EventFilter(text=word)
    return count_events(session, chosen), len(list_events(session, chosen, limit=100))


def _first(session, word: str) -> int:
    from db.event_pages import first_page
    from db.queries import EventFilter

    return len(first_page(session, EventFilter(text=word), limit=100).rows)


def _reference(connection, word: str) -> tuple[int, int]:
    from db.names import normalize
    from db.search import fold

    word = fold(normalize(word))  # the indexes hold folded text (migration 0016)
    phrase = '"' + word.replace('"', '""') + '"'
    table = "event_search"
    if len(word) < TRIGRAM:
        phrase, table = phrase + "*", WORDS_TABLE
    count = connection.execute(
        f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (phrase,)
    ).fetchone()[0]
    page = connection.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT 100", (phrase,)
    ).fetchall()
    return count, len(page)


CLOCK = time.perf_counter


def _ms(action) -> float:
    started = CLOCK()
    action()
    return (CLOCK() - started) * 1000


def main() -> int:
    import sqlite3

    from bench.events_table import generate
    from db.engine import open_database

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="generated file to reuse (made when missing)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--cpu", action="store_true", help="time CPU, not the wall clock")
    args = parser.parse_args()
    global CLOCK
    CLOCK = time.process_time if args.cpu else time.perf_counter
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "events.sqlite"
        if not path.exists():
            print(f"generated {args.events:,} events in {generate(path, args.events):.1f} s")
        database = open_database(path, load_reference=False, check_integrity=False)
        bare = sqlite3.connect(path)
        clock = "CPU" if args.cpu else "wall-clock"
        print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs; {clock} ms")
        print(
            f"{'word':10} {'matches':>9} {'project ms':>11} {'FTS5 ms':>9} {'ratio':>6}  goal"
            f"       {'page ms':>8} {'ratio':>6}"
        )
        with database.sessions() as session:
            for kind, (word, reference_word) in _words(path).items():
                mine, pages, theirs = [], [], []
                for _ in range(args.rounds + 1):  # the first round warms the page cache
                    mine.append(_ms(partial(_project, session, word)))
                    pages.append(_ms(partial(_first, session, word)))
                    if reference_word:
                        theirs.append(_ms(partial(_reference, bare, reference_word)))
                count = _project(session, word)[0]
                a, page = statistics.median(mine[1:]), statistics.median(pages[1:])
                b = statistics.median(theirs[1:]) if theirs else None
                goal = max(20.0, 2 * b) if b else 20.0
                verdict = "ok" if a <= goal else "OVER"
                versus = f"{b:9.1f} {a / b:6.1f}" if b else f"{'-':>9} {'-':>6}"
                paged = f"{page:8.1f} {page / b:6.1f}" if b else f"{page:8.1f} {'-':>6}"
                paged += " ok" if page <= goal else " OVER"
                print(
                    f"{kind:10} {count:9,} {a:11.1f} {versus}  <= {goal:4.0f} {verdict:4} {paged}"
                )
        bare.close()
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
