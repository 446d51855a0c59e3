"""Extraction without a session reads a reference copy built once per installation."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.extraction import reference_copy


def test_the_reference_copy_is_built_once_and_then_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reference_copy, "cache_folder", lambda: tmp_path)
    first = reference_copy.open_reference_copy()
    first.dispose()
    (built,) = tmp_path.glob("extraction-reference-*.sqlite")
    stamp = built.stat().st_mtime_ns
    second = reference_copy.open_reference_copy()
    with second.sessions() as session:
        from sqlalchemy import func, select

        from db.models import Country

        assert session.scalar(select(func.count(Country.id))) > 100
    second.dispose()
    assert list(tmp_path.glob("extraction-reference-*.sqlite")) == [built]
    assert built.stat().st_mtime_ns == stamp  # read, never rebuilt or written


def test_a_copy_of_older_reference_data_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reference_copy, "cache_folder", lambda: tmp_path)
    stale = tmp_path / "extraction-reference-0000000000.sqlite"
    stale.write_bytes(b"")
    reference_copy.open_reference_copy().dispose()
    names = [p.name for p in tmp_path.glob("extraction-reference-*.sqlite")]
    assert len(names) == 1 and stale.name not in names


def test_an_unwritable_cache_folder_still_gives_reference_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    monkeypatch.setattr(reference_copy, "cache_folder", lambda: blocked / "cache")
    database = reference_copy.open_reference_copy()
    with database.sessions() as session:
        from sqlalchemy import func, select

        from db.models import Country

        assert session.scalar(select(func.count(Country.id))) > 100
    database.dispose()
