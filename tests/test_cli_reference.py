"""``diaspora-events reference``: search, history and aliases from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.engine import Database
from db.reference_service import ReferenceService
from desktop.cli import main


def test_search_add_alias_and_history(
    database: Database, database_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with database.sessions.begin() as session:
        record = ReferenceService(session, user="clerk").save(
            "organization", None, {"name": "Friendship society"}, []
        )
        record_id = record.id
    database.dispose()
    db = ["--database", str(database_path)]

    assert main([*db, "reference", "organization", "--add-alias", str(record_id), "Dostluq"]) == 0
    assert main([*db, "reference", "organization", "dostluq"]) == 0
    assert capsys.readouterr().out.splitlines() == [f"{record_id}\tFriendship society\tDostluq"]

    assert main([*db, "reference", "organization", "--history", str(record_id)]) == 0
    history = capsys.readouterr().out.splitlines()
    assert "update\taliases: [] → ['Dostluq']" in history[0]

    assert main([*db, "reference", "organization", "--add-alias", "999999", "X"]) == 1
    assert "no longer exists" in capsys.readouterr().err


def test_a_search_names_the_records_in_the_commands_language(
    database_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Russian clerk's list came sorted by the Russian names but printed the English
    ones ("charity event" first): names and order now agree, in her language."""
    db = ["--database", str(database_path), "--language", "ru"]
    assert main([*db, "reference", "event_type"]) == 0
    names = [line.split("\t")[1] for line in capsys.readouterr().out.splitlines()]
    assert "выставка" in names and "exhibition" not in names
    assert names == sorted(names, key=str.casefold)
    assert main([*db, "reference", "country", "Германия"]) == 0
    [germany] = capsys.readouterr().out.splitlines()
    assert germany.split("\t")[1] == "Германия"
