"""A bulk import fills both search indexes (the trigram one of migration 0002 and the words
one of 0007) once after its rows, not by a trigger per row: both find what it imported."""

from __future__ import annotations

from sqlalchemy import text

import desktop.importing.apply as apply_module
from db.search import fold
from desktop.importing import apply_import
from tests.test_import_speed_search import WORDS, _file, _found, _plan

TRIGGERS = ("event_search_insert", "event_search_words_insert")


def _insert_triggers(session) -> list[str]:
    return list(
        session.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN (:a, :b)"),
            {"a": TRIGGERS[0], "b": TRIGGERS[1]},
        ).scalars()
    )


def _whole(database, table: str) -> None:
    """FTS5's own check that ``table`` holds exactly the events' search text (raises)."""
    with database.engine.begin() as connection:
        connection.execute(
            text(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
        )


def test_a_bulk_import_fills_both_indexes_once_after_its_rows(
    database, tmp_path, monkeypatch
) -> None:
    during: list[list[str]] = []
    original = apply_module._insert_events

    def insert(store, rows, ids):
        during.append(_insert_triggers(store.session))
        original(store, rows, ids)

    monkeypatch.setattr(apply_module, "_insert_events", insert)
    path = _file(tmp_path / "e.xlsx")
    result = apply_import(database, _plan(database, path), backup=False)
    assert result.inserted == len(WORDS)
    assert during == [[]], "no per-row index trigger while the rows go in"
    with database.sessions() as session:
        assert sorted(_insert_triggers(session)) == sorted(TRIGGERS), "both made again"
    for table in ("event_search", "event_search_words"):
        _whole(database, table)
    assert [_found(database, word) for word in WORDS] == [1] * len(WORDS)  # trigram
    assert all(_found(database, word[:2]) >= 1 for word in WORDS)  # two letters
    with database.engine.connect() as connection:
        for word in WORDS:
            matches = connection.execute(
                text("SELECT count(*) FROM event_search_words WHERE event_search_words "
                     "MATCH :word"),
                {"word": f'"{fold(word[:2].lower())}"*'},  # the index holds folded text
            ).scalar()
            assert matches >= 1, word
