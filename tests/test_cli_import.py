"""Data coming in from the command line: ``template``, ``import``, ``undo-import``, ``merge``
and ``db copy`` between SQLite files, run through ``main()`` (and once as a real process) on
real files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.engine import Database, open_database
from db.event_store import (
    EventInput,
    EventStore,
    OrganizerInput,
    ProgramInput,
    SpeakerInput,
    snapshot,
)
from db.models import ChangeLog, Event, OrganizerRole
from desktop.cli import main
from tests.import_helpers import dump

BATCH = re.compile(r"undo-import ([0-9a-f-]{36})")


def _cli(database: Path | str, *argv: str) -> int:
    return main(["--database", str(database), *argv])


@contextmanager
def _open(path: Path) -> Iterator[Database]:
    database = open_database(path)
    try:
        yield database
    finally:
        database.dispose()


def _save(database: Database, *events: EventInput) -> list:
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk")
        return [store.save(event).uuid for event in events]


def _khojaly() -> EventInput:
    return EventInput(
        title="Commemoration evening", start_date=dt.date(2025, 2, 26),
        event_type="memorial_event", occasion="Khojaly genocide", country="RU",
        region="RU-PRI", city="Vladivostok", venue="House of Friendship", attendance=120,
        description="An evening of remembrance.",
        organizers=[OrganizerInput("Azerbaijani Youth Union"),
                    OrganizerInput("Consulate", OrganizerRole.CO_ORGANIZER)],
        speakers=[SpeakerInput("Ivan Petrov", "chairman", "Azerbaijani Youth Union")],
        program=[ProgramInput("minute_of_silence"), ProgramInput("speech", "opening")],
    )


def _states(database: Database) -> dict[str, dict[str, object]]:
    """Every live event's full field snapshot, by UUID."""
    with database.sessions() as session:
        events = session.scalars(select(Event).where(Event.deleted_at.is_(None))).all()
        return {str(e.uuid): snapshot(e) for e in events}


def _sheet_rows(path: Path, sheet: str = "Events") -> tuple[list[str], list[list[object]]]:
    rows = list(load_workbook(path)[sheet].iter_rows(values_only=True))
    return [str(h) for h in rows[0]], [list(r) for r in rows[1:]]


# --- template ----------------------------------------------------------------------------


def test_template_then_import_then_undo(database_path: Path, tmp_path: Path, capsys) -> None:
    template = tmp_path / "blank.xlsx"
    assert _cli(database_path, "template", "--out", str(template)) == 0
    assert str(template) in capsys.readouterr().out
    workbook = load_workbook(template)
    sheet = workbook["Events"]
    headers = [c.value for c in sheet[1]]
    filled = {"Title": "Novruz celebration", "Start date": dt.date(2024, 3, 20),
              "Region": "Primorsky Krai", "Organizers": "Baku Friends Society"}
    sheet.append([filled.get(str(h)) for h in headers])
    workbook.save(template)

    assert _cli(database_path, "import", str(template), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Preview: 1 insert." in out and "Baku Friends Society" in out
    with _open(database_path) as database:
        assert _states(database) == {}, "a dry run changes nothing"

    assert _cli(database_path, "import", str(template)) == 0
    out = capsys.readouterr().out
    assert "Imported: 1 new, 0 updated" in out
    batch = BATCH.search(out)
    assert batch, out
    with _open(database_path) as database:
        [state] = _states(database).values()
    assert state["title"] == "Novruz celebration"
    assert state["region"] == "RU-PRI" and state["start_date"] == "2024-03-20"
    assert state["organizers"] == [{"organization": "Baku Friends Society", "role": "organizer"}]

    assert _cli(database_path, "undo-import", batch.group(1)) == 0
    assert "Undone. Events removed: 1; restored: 0." in capsys.readouterr().out
    with _open(database_path) as database:
        assert _states(database) == {}
    assert _cli(database_path, "undo-import", batch.group(1)) == 1
    err = capsys.readouterr().err
    assert "already undone" in err and "Traceback" not in err


def test_import_of_an_unreadable_file_is_one_clear_line(database_path, tmp_path, capsys) -> None:
    broken = tmp_path / "events.xlsx"
    broken.write_bytes(b"this is not a workbook")
    assert _cli(database_path, "import", str(broken)) == 1
    err = capsys.readouterr().err
    assert err.startswith("diaspora-events: ") and "events.xlsx" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert _cli(database_path, "undo-import", "not-a-batch") == 1
    assert "Traceback" not in capsys.readouterr().err


# --- undo of an import that updated events ----------------------------------------------


def test_undo_of_an_import_that_updated_events_puts_every_field_back(
    database: Database, database_path: Path, tmp_path: Path, capsys
) -> None:
    kept, changed = _save(database, _khojaly(), EventInput(
        title="Novruz", start_date=dt.date(2024, 3, 20), region="RU-CHE", attendance=40))
    before = _states(database)
    exported = tmp_path / "events.xlsx"
    assert _cli(database_path, "export", "--out", str(exported)) == 0
    workbook = load_workbook(exported)
    sheet = workbook["Events"]
    headers = [c.value for c in sheet[1]]
    column = {h: headers.index(h) + 1 for h in headers}
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, column["Event UUID"]).value == str(kept):
            sheet.cell(row, column["Attendance"], 999)
            sheet.cell(row, column["Title"], "Commemoration evening (corrected)")
            sheet.cell(row, column["Description"]).value = None  # cleared
            sheet.cell(row, column["Organizers"], "Azerbaijani Youth Union; New Partner")
            sheet.cell(row, column["Venue"], "City library")
    workbook.save(exported)
    capsys.readouterr()

    assert _cli(database_path, "import", str(exported)) == 0
    out = capsys.readouterr().out
    assert "Imported: 0 new, 1 updated, 1 unchanged" in out, out
    after_import = _states(database)
    assert after_import[str(changed)] == before[str(changed)]
    updated = after_import[str(kept)]
    assert (updated["attendance"], updated["venue"], updated["description"]) == (
        999, "City library", None)
    assert updated["title"] == "Commemoration evening (corrected)"
    assert {"organization": "New Partner", "role": "organizer"} in updated["organizers"]  # type: ignore[operator]

    batch = BATCH.search(out)
    assert batch, out
    assert _cli(database_path, "undo-import", batch.group(1)) == 0
    assert "Events removed: 0; restored: 1." in capsys.readouterr().out
    assert _states(database) == before, "every field of the updated event is back"
    with database.sessions() as session:
        names = {n.lower() for n in session.scalars(
            select(ChangeLog.summary).where(ChangeLog.table_name == "organization"))
            if n}
        logged = session.scalars(select(ChangeLog.action).where(
            ChangeLog.record_uuid == kept).order_by(ChangeLog.id)).all()
    assert logged[-2:] == ["update", "update"], "the import and its undo are both logged"
    assert "undo of import" in names, "the organization the import made is gone, logged"


def test_undo_is_refused_when_the_event_changed_after_the_import(
    database: Database, database_path: Path, tmp_path: Path, capsys
) -> None:
    [kept] = _save(database, _khojaly())
    exported = tmp_path / "events.xlsx"
    assert _cli(database_path, "export", "--out", str(exported)) == 0
    workbook = load_workbook(exported)
    sheet = workbook["Events"]
    headers = [c.value for c in sheet[1]]
    sheet.cell(2, headers.index("Attendance") + 1, 300)
    workbook.save(exported)
    assert _cli(database_path, "import", str(exported)) == 0
    batch = BATCH.search(capsys.readouterr().out)
    assert batch
    with database.sessions.begin() as session:
        store = EventStore(session, user="clerk2")
        data = store.load(kept)
        data.venue = "Later work"
        store.save(data)
    later = _states(database)
    assert _cli(database_path, "undo-import", batch.group(1)) == 1
    err = capsys.readouterr().err
    assert "changed after it" in err and "Commemoration evening" in err
    assert _states(database) == later, "the refused undo changed nothing"


# --- merge -------------------------------------------------------------------------------


def _copy_file(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


@pytest.mark.parametrize("choice", [None, "--take-theirs", "--keep-mine"])
def test_merge_command_adds_theirs_and_reports_or_settles_conflicts(
    database: Database, database_path: Path, tmp_path: Path, capsys, choice: str | None
) -> None:
    [shared] = _save(database, _khojaly())
    peer_path = tmp_path / "office.sqlite"
    _copy_file(database_path, peer_path)
    with _open(peer_path) as peer, peer.sessions.begin() as session:
        store = EventStore(session, user="office")
        data = store.load(shared)
        data.attendance = 75
        store.save(data)
        added = store.save(EventInput(title="Their concert", start_date=dt.date(2025, 3, 1),
                                      region="RU-CHE")).uuid
    with database.sessions.begin() as session:
        store = EventStore(session, user="here")
        data = store.load(shared)
        data.attendance = 130
        store.save(data)
    mine = _states(database)[str(shared)]

    assert _cli(database_path, "merge", str(peer_path), *([choice] if choice else [])) == 0
    out = capsys.readouterr().out
    assert "1 added" in out, out
    states = _states(database)
    assert states[str(added)]["title"] == "Their concert"
    assert "Undo with: diaspora-events undo-import " in out  # as an import says
    if choice is None:
        assert f"conflict: Commemoration evening ({shared}): Attendance" in out
        assert "--keep-mine or --take-theirs" in out
        assert states[str(shared)] == mine, "an undecided conflict keeps this desk's work"
        assert _cli(database_path, "--language", "ru", "merge", str(peer_path)) == 0
        out = capsys.readouterr().out  # the fields as the Russian template heads them
        assert f"конфликт: Commemoration evening ({shared}): Число участников" in out
    elif choice == "--take-theirs":
        assert states[str(shared)]["attendance"] == 75 and "conflict:" not in out
        with database.sessions() as session:
            last = session.scalars(select(ChangeLog).where(ChangeLog.record_uuid == shared)
                                   .order_by(ChangeLog.id.desc())).first()
        # logged as a merge (left out of the next merge's history comparison), in one batch
        assert last is not None and last.action == "merge" and last.batch_id is not None
        assert last.changes == {"attendance": [130, 75]}
    else:
        assert states[str(shared)] == mine and "1 kept as here" in out


def test_merge_twice_adds_nothing_and_a_missing_file_is_a_clear_error(
    database: Database, database_path: Path, tmp_path: Path, capsys
) -> None:
    peer_path = tmp_path / "office.sqlite"
    _copy_file(database_path, peer_path)
    with _open(peer_path) as peer:
        _save(peer, EventInput(title="Their concert", start_date=dt.date(2025, 3, 1)))
    assert _cli(database_path, "merge", str(peer_path)) == 0
    once = dump(database, skip=("change_log",))
    assert _cli(database_path, "merge", str(peer_path)) == 0
    assert "0 added, 0 updated" in capsys.readouterr().out.splitlines()[-1]
    assert dump(database, skip=("change_log",)) == once
    assert _cli(database_path, "merge", str(tmp_path / "absent.sqlite")) == 1
    err = capsys.readouterr().err
    assert "absent.sqlite" in err and "Traceback" not in err


def test_merge_names_their_new_events_that_look_like_ours(
    database: Database, database_path: Path, tmp_path: Path, capsys
) -> None:
    """The merge window says which of their new events look like ours; the command line
    added them without a word."""
    peer_path = tmp_path / "office.sqlite"
    _copy_file(database_path, peer_path)
    ours = EventInput(title="Новруз-байрам в Москве", start_date=dt.date(2025, 3, 20),
                      region="RU-MOW", organizers=[OrganizerInput("Общество Азери")])
    _save(database, ours)
    with _open(peer_path) as peer:
        _save(peer, dataclasses.replace(ours, title="Новруз в Москве"))
    assert _cli(database_path, "merge", str(peer_path)) == 0
    out = capsys.readouterr().out
    assert "1 of their new events look like events already recorded here" in out
    assert "Новруз-байрам в Москве" in out


# --- db copy between SQLite files ------------------------------------------------------


def test_db_copy_to_a_new_sqlite_file_is_verified_and_complete(
    database: Database, database_path: Path, tmp_path: Path, capsys
) -> None:
    _save(database, _khojaly(), EventInput(title="Novruz", start_date=dt.date(2024, 3, 20)))
    target = tmp_path / "copy" / "events.sqlite"
    target.parent.mkdir()
    assert main(["db", "copy", "--from", str(database_path), "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert "checksums match" in out
    with _open(target) as copy:
        assert dump(copy) == dump(database), "every row of every table, the same"
        assert _states(copy) == _states(database)
    # a second copy into the same, now full, file is refused and leaves it as it was
    before = target.read_bytes()
    assert main(["db", "copy", "--from", str(database_path), "--to", str(target)]) == 1
    err = capsys.readouterr().err
    assert "already holds data" in err and "Traceback" not in err
    with _open(target) as copy:
        assert dump(copy) == dump(database)
    assert len(target.read_bytes()) == len(before)


# --- the real entry point ---------------------------------------------------------------


def test_import_and_undo_as_a_real_process(database: Database, database_path, tmp_path) -> None:
    [event_uuid] = _save(database, _khojaly())
    exported = tmp_path / "events.xlsx"
    assert _cli(database_path, "export", "--out", str(exported)) == 0
    headers, rows = _sheet_rows(exported)
    assert rows[0][headers.index("Event UUID")] == str(event_uuid)
    workbook = load_workbook(exported)
    workbook["Events"].cell(2, headers.index("Attendance") + 1, 5)
    workbook.save(exported)
    before = _states(database)

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", "--database", str(database_path), *argv],
            capture_output=True, text=True, timeout=300,
            cwd=Path(__file__).resolve().parents[1],
        )

    imported = run("import", str(exported))
    assert imported.returncode == 0, imported.stderr
    assert _states(database)[str(event_uuid)]["attendance"] == 5
    batch = BATCH.search(imported.stdout)
    assert batch, imported.stdout
    assert _cli(database_path, "undo-import", batch.group(1)) == 0  # in this process
    assert _states(database) == before


def test_the_preview_speaks_the_chosen_language(database_path, tmp_path, capsys) -> None:
    """A Russian preview names each row's action in Russian ("строка 2 (insert)" before)
    and prints no empty list of new people."""
    path = tmp_path / "events.csv"
    path.write_text("Название;Дата;Организаторы\nВечер;03/04/2025;Общество Новых Имён\n",
                    encoding="utf-8")
    assert _cli(database_path, "--language", "ru", "import", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "  строка 2 (новое): " in out
    assert "Новые организации: Общество Новых Имён" in out
    assert "Новые люди" not in out
    assert "insert" not in out


def test_the_preview_names_fields_as_the_columns_are_headed(database_path, tmp_path, capsys):
    """A Russian clerk read "Ни один столбец не сопоставлен с: Title, Start date" and
    "изменения: attendance, title": the fields are named by the template's headers."""
    path = tmp_path / "events.csv"
    path.write_text("Организаторы;Участники\nОбщество;40\n", encoding="utf-8")
    assert _cli(database_path, "--language", "ru", "import", str(path), "--dry-run") == 0
    assert "сопоставлен с: Название, Дата начала." in capsys.readouterr().out

    first = tmp_path / "first.csv"
    first.write_text("Название;Дата;Участники\nВечер;20.03.2025;40\n", encoding="utf-8")
    assert _cli(database_path, "import", str(first)) == 0
    exported = tmp_path / "events.xlsx"
    assert _cli(database_path, "export", "--out", str(exported), "--report", "events") == 0
    workbook = load_workbook(exported)
    sheet = workbook.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=headers.index("Attendance") + 1, value=45)
    workbook.save(exported)
    capsys.readouterr()
    assert _cli(database_path, "--language", "ru", "import", str(exported), "--dry-run") == 0
    assert "изменения: Число участников" in capsys.readouterr().out


def test_a_column_no_field_takes_is_named_not_dropped_silently(database_path, tmp_path, capsys):
    """A heading the import does not know left the column's cells out without a word."""
    path = tmp_path / "events.csv"
    path.write_text(
        "Название;Дата;Кол-во гостей;Ответственный\nВечер;20.03.2025;40;Алиев\n",
        encoding="utf-8",
    )
    assert _cli(database_path, "import", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "2 columns are not imported" in out and "“Кол-во гостей”, “Ответственный”" in out
    exported = tmp_path / "events.xlsx"
    assert _cli(database_path, "import", str(path)) == 0
    for language in ("en", "ru"):  # the app's own columns are known (in Russian too)
        assert _cli(database_path, "export", "--out", str(exported), "--report", "events",
                    "--language", language) == 0
        capsys.readouterr()
        assert _cli(database_path, "import", str(exported), "--dry-run") == 0
        assert "not imported" not in capsys.readouterr().out, language


def test_a_world_town_is_imported_as_the_form_saves_it(database_path, tmp_path, capsys) -> None:
    """A town of the GeoNames list not yet in the data set (Mytishchi, Shamakhi) was left
    without city, region and country; the form stores it, and now so does the import,
    saying so in the preview."""
    path = tmp_path / "events.csv"
    path.write_text("Название;Дата;Город\nВечер;20.03.2025;Мытищи\nКонцерт;21.03.2025;Şamaxı\n",
                    encoding="utf-8")
    assert _cli(database_path, "import", str(path)) == 0
    out = capsys.readouterr().out
    assert "Towns added from the world list: Mytishchi (Moscow Oblast, Russia); Shamakhi" in out
    with _open(database_path) as database, database.sessions() as session:
        events = {e.title: e for e in session.scalars(select(Event))}
        evening, concert = events["Вечер"], events["Концерт"]
        assert (evening.city.name, evening.region.code, evening.country.code) == (
            "Mytishchi", "RU-MOS", "RU")
        assert (concert.city.name, concert.country.code) == ("Shamakhi", "AZ")
        assert evening.place_as_written is None


def test_a_city_outside_the_typed_region_is_refused(database_path, tmp_path, capsys) -> None:
    """Sverdlovsk Oblast and Kazan were stored as Kazan in Sverdlovsk Oblast."""
    path = tmp_path / "events.csv"
    path.write_text("Название;Дата;Регион;Город\nВечер;20.03.2025;Свердловская область;Казань\n",
                    encoding="utf-8")
    assert _cli(database_path, "import", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Kazan is in Republic of Tatarstan, not in Sverdlovsk Oblast" in out
    assert "1 error" in out


def test_mistyped_batch_ids_and_mapping_files_get_plain_messages(database_path, tmp_path, capsys):
    """Python's own words reached the clerk: "badly formed hexadecimal UUID string",
    "[Errno 2] No such file or directory", "Expecting property name enclosed in double
    quotes: line 1 column 2 (char 1)"."""
    assert _cli(database_path, "undo-import", "1234") == 1
    err = capsys.readouterr().err
    assert "“1234” is not the number of an import or merge" in err and "hexadecimal" not in err
    path = tmp_path / "events.csv"
    path.write_text("Title;Date\nEvening;20.03.2025\n", encoding="utf-8")
    missing = tmp_path / "nowhere.json"
    assert _cli(database_path, "import", str(path), "--mapping", str(missing)) == 1
    err = capsys.readouterr().err
    assert f"There is no column mapping file {missing}" in err and "Errno" not in err
    broken = tmp_path / "broken.json"
    broken.write_text("{bad", encoding="utf-8")
    assert _cli(database_path, "import", str(path), "--mapping", str(broken)) == 1
    err = capsys.readouterr().err
    assert f"{broken} is not a column mapping saved by this app" in err
    assert "Expecting" not in err


def test_a_listing_cut_short_by_its_reader_ends_quietly(database_path, tmp_path) -> None:
    """`diaspora-events import FILE | head` printed a BrokenPipeError traceback."""
    path = tmp_path / "events.csv"
    # Each row prints a line of over a hundred characters: 600 lines overflow the pipe's
    # 64 KiB, so the writer is certain to meet the closed pipe.
    rows = "".join(f"Evening {n};03/04/2025\n" for n in range(600))
    path.write_text("Title;Date\n" + rows, encoding="utf-8")
    shell = (f"{sys.executable} -m desktop --database {database_path} import {path} "
             "--dry-run | head -1")
    done = subprocess.run(shell, shell=True, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr
