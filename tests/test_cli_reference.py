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
