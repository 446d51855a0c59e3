"""One desk of the concurrency test: many short insert and update transactions.

Usage: python -m tests.workers.concurrent_writer URL WORKER INSERTS UPDATES SHARED_UUIDS_FILE
Prints one JSON line: the updates it applied and the conflicts it was told about.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import uuid
from pathlib import Path

from db.engine import open_database
from db.event_store import EventInput, EventStore, StaleEventError


def main() -> None:
    url, worker, inserts, updates, shared_file = sys.argv[1:6]
    shared = [uuid.UUID(u) for u in json.loads(Path(shared_file).read_text())]
    database = open_database(url)
    rng = random.Random(int(worker))
    applied: list[str] = []
    conflicts = 0
    plan = ["insert"] * int(inserts) + ["update"] * int(updates)
    rng.shuffle(plan)
    for number, step in enumerate(plan):
        if step == "insert":
            with database.sessions.begin() as session:
                EventStore(session, user=f"desk{worker}").save(
                    EventInput(title=f"w{worker}-{number}", start_date=dt.date(2025, 1, 1))
                )
            continue
        target = rng.choice(shared)
        try:
            with database.sessions.begin() as session:
                store = EventStore(session, user=f"desk{worker}")
                data = store.load(target)
                data.description = f"{data.description or ''}|w{worker}-{number}"
                store.save(data)
            applied.append(f"w{worker}-{number}")
        except StaleEventError:
            conflicts += 1
    database.dispose()
    print(json.dumps({"applied": applied, "conflicts": conflicts}))


if __name__ == "__main__":
    main()
