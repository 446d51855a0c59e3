"""Title sort keys made by another ICU are made again on open (session 18, item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from db import collation
from db.collation import collator_version, title_sort_key
from db.engine import Database, open_database
from db.identity import title_keys_collator
from tests.data_sets import fill_sample


def _keys(database: Database) -> list[tuple[str, bytes, bytes, bytes]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            "SELECT title, title_key_en, title_key_ru, title_key_az FROM event ORDER BY id"
        ))]


def _made_by_another_icu(database: Database) -> None:
    """What a desk with an older ICU left: other keys, and its version beside them."""
    with database.engine.begin() as connection:
        connection.execute(text(
            "UPDATE event SET title_key_en = x'01', title_key_ru = x'01', title_key_az = x'01'"
        ))
        connection.execute(text("UPDATE data_set SET title_keys_collator = 'ICU 1.0'"))


def test_the_data_set_says_which_collator_made_its_keys(database: Database) -> None:
    with database.engine.connect() as connection:
        assert title_keys_collator(connection) == collator_version()


def test_keys_of_another_icu_are_made_again_on_open(database_path: Path) -> None:
    database = open_database(database_path, check_integrity=False)
    fill_sample(database)
    _made_by_another_icu(database)
    database.dispose()
    reopened = open_database(database_path, check_integrity=False)
    try:
        keys = _keys(reopened)
        assert keys and all(
            row[1:] == tuple(title_sort_key(row[0], lang) for lang in ("en", "ru", "az"))
            for row in keys
        )
        with reopened.engine.connect() as connection:
            assert title_keys_collator(connection) == collator_version()
    finally:
        reopened.dispose()


def test_keys_are_not_made_again_when_the_collator_is_the_same(
    database: Database, database_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The usual open only reads one row: no write lock, no seconds at each start."""
    fill_sample(database)
    database.dispose()
    monkeypatch.setattr(collation, "_key_titles_again", lambda *_args: pytest.fail("keyed"))
    open_database(database_path, check_integrity=False).dispose()


def test_a_read_only_open_changes_no_key(database: Database, database_path: Path) -> None:
    fill_sample(database)
    _made_by_another_icu(database)
    database.dispose()
    reader = open_database(database_path, read_only=True)
    try:
        with reader.engine.connect() as connection:
            assert title_keys_collator(connection) == "ICU 1.0"
        assert {row[1] for row in _keys(reader)} == {b"\x01"}
    finally:
        reader.dispose()


def test_a_copy_keeps_the_collator_of_the_keys_it_carries(
    database: Database, tmp_path: Path
) -> None:
    """The copy's keys are its source's, made by the source's collator: said so, its
    first open makes them again."""
    from db.copy import copy_data_set

    fill_sample(database)
    _made_by_another_icu(database)
    target = tmp_path / "copy.sqlite"
    copy_data_set(database.url, f"sqlite:///{target}")
    copied = open_database(target, check_integrity=False)
    try:
        assert all(row[1] == title_sort_key(row[0], "en") for row in _keys(copied))
    finally:
        copied.dispose()


def test_the_window_makes_the_keys_again_after_its_first_rows(
    database_path: Path, qtbot
) -> None:
    """The window's start leaves ICU out (~12 ms) and checks the keys once the rows show,
    off the GUI thread; the rows are read again once they are made."""
    from PySide6.QtCore import QSettings

    from desktop.ui.main_window import MainWindow

    database = open_database(database_path, check_integrity=False)
    fill_sample(database)
    _made_by_another_icu(database)
    database.dispose()
    reopened = open_database(database_path, check_integrity=False, key_titles=False)
    assert {row[1] for row in _keys(reopened)} == {b"\x01"}, "not made while opening"
    window = MainWindow(reopened, QSettings(str(database_path) + ".ini",
                                            QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.key_titles_again()
    qtbot.waitUntil(lambda: b"\x01" not in {row[1] for row in _keys(reopened)}, timeout=20_000)
    with reopened.engine.connect() as connection:
        assert title_keys_collator(connection) == collator_version()
    window.close()
    reopened.dispose()


def test_a_stopped_keying_leaves_every_key_for_the_next_open(database: Database) -> None:
    """Closing the window stops it between two batches: nothing half made stays."""
    fill_sample(database)
    _made_by_another_icu(database)
    assert collation.refresh_title_keys(database.engine, stop=lambda: True) == 0
    assert {row[1] for row in _keys(database)} == {b"\x01"}
    with database.engine.connect() as connection:
        assert title_keys_collator(connection) == "ICU 1.0"
