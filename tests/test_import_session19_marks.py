"""A CSV written by a program that guards against formulas: its "'=…", "'+…", "'-…" cells."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db.engine import Database
from db.models import Event, Organization
from tests.import_helpers import import_file, preview_file


def _guarded_csv(path: Path) -> Path:
    """Cells as a program guarding against formula injection writes them: an apostrophe
    before a leading "=", "+", "-" or "@"; a town whose own name begins with one."""
    path.write_text(
        "Название,Дата,Город,Организатор\n"
        "'=Новруз,21.03.2025,'s-Hertogenbosch,'+Общество культуры\n"
        "'-Вечер поэзии,22.03.2025,Москва,'@Фонд\n",
        encoding="utf-8",
    )
    return path


def test_the_guarding_apostrophe_is_left_out_of_titles_and_names(
    database: Database, tmp_path: Path
) -> None:
    import_file(database, _guarded_csv(tmp_path / "guarded.csv"))
    with database.sessions() as session:
        titles = set(session.scalars(select(Event.title)))
        organizations = set(session.scalars(select(Organization.name)))
    assert titles == {"=Новруз", "-Вечер поэзии"}
    assert {"+Общество культуры", "@Фонд"} <= organizations
    assert not any(name.startswith("'") for name in organizations)


def test_the_preview_says_where_an_apostrophe_was_left_out(
    database: Database, tmp_path: Path
) -> None:
    plan = preview_file(database, _guarded_csv(tmp_path / "guarded.csv"))
    first, second = plan.rows
    assert [note for note in first.notes if note.startswith("A2:")]
    assert [note for note in first.notes if note.startswith("D2:")]
    assert not [note for note in first.notes if note.startswith("C2:")]  # a name's own
    assert [note for note in second.notes if note.startswith("D3:")]
