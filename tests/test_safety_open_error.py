"""A data file the window cannot open is explained in a window, not only on a terminal the
clerk never sees (a start from the menu has none), and another file can be chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop import cli


def test_a_file_that_is_no_database_is_explained_in_a_window(qtbot, tmp_path, monkeypatch):
    broken = tmp_path / "events.sqlite"
    broken.write_bytes(b"these are not the bytes of a database" * 100)
    seen: list[QMessageBox] = []

    def quit_(box: QMessageBox) -> int:
        seen.append(box)
        box.button_quit.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", quit_)
    assert cli.main(["--database", str(broken)]) == cli.EXIT_USAGE
    assert len(seen) == 1
    shown = seen[0].text() + "\n" + seen[0].informativeText()
    assert str(broken) in shown and "not a SQLite database file" in shown
    assert broken.read_bytes().startswith(b"these are not")  # left as it was


def test_another_file_can_be_chosen_and_is_opened(
    qtbot, tmp_path, monkeypatch, database_path: Path
) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"x" * 4096)
    opened: list[str] = []

    def choose(box: QMessageBox) -> int:
        box.button_choose.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(database_path), "")
    )
    monkeypatch.setattr(cli, "run_gui", lambda database, _lang: opened.append(database.url) or 0)
    assert cli.main(["--database", str(broken)]) == 0
    assert opened and opened[0].endswith(database_path.name)


def test_the_reason_is_in_the_clerks_language_not_sqlites(tmp_path) -> None:
    """SQLite's own words ('file is not a database') never reach the clerk."""
    import pytest

    from db import messages
    from db.engine import DatabaseOpenError, open_database

    broken = tmp_path / "events.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8192)  # the header, then garbage
    messages.set_language("ru")
    with pytest.raises(DatabaseOpenError) as raised:
        open_database(broken)
    text = str(raised.value)
    assert "file is not a database" not in text and "malformed" not in text
    assert "повреждён" in text


def test_a_damaged_file_is_restored_from_its_newest_backup_in_the_window(
    qtbot, monkeypatch, database_path: Path
) -> None:
    from db.backup import make_backup
    from db.engine import open_database
    from desktop.sample import load_sample

    database = open_database(database_path)
    with database.session() as session, session.begin():
        load_sample(session)
    database.dispose()
    make_backup(database_path, "daily")
    data = database_path.read_bytes()
    database_path.write_bytes(data[: len(data) // 3])
    seen: list[str] = []
    told: list[str] = []

    def restore(box: QMessageBox) -> int:
        seen.append(box.objectName())
        told.append(box.text())
        if box.objectName() == "open_error_box":
            box.button_restore.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", restore)
    counted: list[int] = []

    def count(database, _language) -> int:
        from sqlalchemy import func, select

        from db.models import Event

        with database.session() as session:
            counted.append(session.scalar(select(func.count()).select_from(Event)))
        return 0

    monkeypatch.setattr(cli, "run_gui", count)
    assert cli.main(["--database", str(database_path)]) == 0
    assert counted == [3]  # the sample's events, back from the backup
    assert seen == ["open_error_box", "open_error_told"]
    assert "kept as it was" in told[1]
    kept = [p for p in database_path.parent.rglob("*damaged*.sqlite") if p.name in told[1]]
    assert kept and len(kept[0].read_bytes()) == len(data) // 3  # as it was, for rescue
