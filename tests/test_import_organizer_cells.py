"""An Organizers cell written with commas: read as the clerk meant it, and always said so.

The template asks for several organizers separated by ";". Sheets still come in with
"A, B": a cell that names one known organization whole (its name may hold a comma) is that
one; a cell whose comma parts name known organizations is read as several organizers and
the row's preview says so; a cell whose parts name nothing known stays one new organization
and the preview says that its name holds a comma. Nothing of it is decided silently.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.engine import Database, sqlite_path
from db.models import Country, Event, EventOrganizer, Organization, OrganizationAlias
from db.names import normalize
from desktop.importing import apply_import, guess_mapping, preview, read_table, undo_batch
from desktop.importing.preview import ImportPreview, RowPlan
from tests.import_helpers import dump

KNOWN = {
    "Общество азербайджанцев Казани": [],
    "Молодёжный союз": [],
    "Общество азербайджанцев, г. Казань": [],
    "Общество азербайджанцев": [],
    "Kazan Azərbaycanlıları Cəmiyyəti": ["KAC"],
    "Gənclər Birliyi": [],
}
"""Stored organizations (with their other names) of the data set the tests import into."""


def _organizations(database: Database) -> None:
    with database.sessions.begin() as session:
        russia = session.scalars(select(Country).where(Country.code == "RU")).one()
        for name, aliases in KNOWN.items():
            record = Organization(name=name, country=russia)
            for alias in (name, *aliases):
                record.aliases.append(OrganizationAlias(name=alias, normalized=normalize(alias)))
            session.add(record)


@pytest.fixture
def known(database_with: Callable[..., Database]) -> Database:
    return database_with(_organizations)


HEADERS = ("Title", "Start date", "Organizers")


def _rows(cells: list[str]) -> list[tuple[Any, ...]]:
    """One event per Organizers cell, a week apart (none taken for another's double)."""
    start = dt.date(2025, 3, 1)
    return [(f"Вечер {number}", start + dt.timedelta(days=7 * number), cell)
            for number, cell in enumerate(cells)]


def write_csv(path: Path, cells: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(HEADERS)
        writer.writerows((title, day.isoformat(), cell) for title, day, cell in _rows(cells))
    return path


def write_xlsx(path: Path, cells: list[str]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Events"
    sheet.append(HEADERS)
    for row in _rows(cells):
        sheet.append(row)
    book.save(path)
    return path


WRITERS = {"csv": write_csv, "xlsx": write_xlsx}


def plan_of(database: Database, path: Path) -> ImportPreview:
    table = read_table(path)
    return preview(database, table, guess_mapping(table.headers))


def organizers_of(plan: ImportPreview, row: RowPlan) -> list[tuple[str, str]]:
    """The organizers a planned row names: (name, role), in order."""
    assert row.resolved is not None
    names = row.resolved.names.organizations
    return [(names[ref], str(role)) for ref, role in row.resolved.organizers]


def stored_organizers(database: Database) -> dict[str, list[str]]:
    """Each stored event's organizers by name, in order."""
    with database.sessions() as session:
        out: dict[str, list[str]] = {}
        for title, name in session.execute(
            select(Event.title, Organization.name)
            .join(EventOrganizer, EventOrganizer.event_id == Event.id)
            .join(Organization, EventOrganizer.organization_id == Organization.id)
            .order_by(Event.title, EventOrganizer.position)
        ):
            out.setdefault(title, []).append(name)
    return out


def organization_names(database: Database) -> set[str]:
    with database.sessions() as session:
        return set(session.scalars(select(Organization.name)))


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_known_organizers_written_with_a_comma_are_read_as_several_and_said_so(
    known: Database, tmp_path: Path, kind: str
) -> None:
    cell = "Общество азербайджанцев Казани, Молодёжный союз"
    plan = plan_of(known, WRITERS[kind](tmp_path / f"events.{kind}", [cell]))
    (row,) = plan.rows
    assert row.action == "insert"
    assert organizers_of(plan, row) == [("Общество азербайджанцев Казани", "organizer"),
                                        ("Молодёжный союз", "organizer")]
    assert plan.new_organizations == []
    (note,) = row.notes
    assert note.startswith("C2: ")  # the cell, so the clerk can go to it
    assert "Общество азербайджанцев Казани; Молодёжный союз" in note
    assert "2 organizers" in note and "“;”" in note  # how to write them
    apply_import(known, plan, backup=False)
    assert stored_organizers(known) == {
        "Вечер 0": ["Общество азербайджанцев Казани", "Молодёжный союз"]}
    assert organization_names(known) == set(KNOWN)


def test_azerbaijani_names_and_other_names_are_split_too(known: Database, tmp_path: Path) -> None:
    plan = plan_of(known, write_xlsx(tmp_path / "az.xlsx", ["KAC, Gənclər Birliyi"]))
    (row,) = plan.rows
    assert organizers_of(plan, row) == [("Kazan Azərbaycanlıları Cəmiyyəti", "organizer"),
                                        ("Gənclər Birliyi", "organizer")]
    assert plan.new_organizations == []
    assert len(row.notes) == 1 and "KAC; Gənclər Birliyi" in row.notes[0]


def test_a_known_name_holding_a_comma_is_one_organizer_without_a_note(
    known: Database, tmp_path: Path
) -> None:
    plan = plan_of(known, write_csv(tmp_path / "one.csv", ["Общество азербайджанцев, г. Казань"]))
    (row,) = plan.rows
    assert organizers_of(plan, row) == [("Общество азербайджанцев, г. Казань", "organizer")]
    assert not row.notes
    assert plan.new_organizations == []


def test_a_known_name_holding_a_comma_is_found_inside_a_list(
    known: Database, tmp_path: Path
) -> None:
    plan = plan_of(known, write_csv(tmp_path / "list.csv", [
        "Общество азербайджанцев, г. Казань, Молодёжный союз"]))
    (row,) = plan.rows
    assert organizers_of(plan, row) == [("Общество азербайджанцев, г. Казань", "organizer"),
                                        ("Молодёжный союз", "organizer")]
    assert len(row.notes) == 1


def test_a_known_part_and_an_unknown_rest_are_two_organizers_one_new(
    known: Database, tmp_path: Path
) -> None:
    plan = plan_of(known, write_csv(tmp_path / "rest.csv", ["Молодёжный союз, Бакинский клуб"]))
    (row,) = plan.rows
    assert organizers_of(plan, row) == [("Молодёжный союз", "organizer"),
                                        ("Бакинский клуб", "organizer")]
    assert [r.name for r in plan.new_organizations] == ["Бакинский клуб"]
    (note,) = row.notes
    assert "Молодёжный союз; Бакинский клуб" in note and "new" in note


def test_roles_stay_with_their_organizers(known: Database, tmp_path: Path) -> None:
    plan = plan_of(known, write_csv(tmp_path / "roles.csv", [
        "Общество азербайджанцев Казани (соорганизатор), Молодёжный союз (при поддержке)"]))
    (row,) = plan.rows
    assert organizers_of(plan, row) == [("Общество азербайджанцев Казани", "co-organizer"),
                                        ("Молодёжный союз", "supporter")]


@pytest.mark.parametrize("cell", ["Клуб «Вера», Союз женщин", "Bakı Klubu, Qadınlar Birliyi"])
def test_unknown_parts_stay_one_new_organization_and_the_comma_is_noted(
    known: Database, tmp_path: Path, cell: str
) -> None:
    plan = plan_of(known, write_csv(tmp_path / "new.csv", [cell]))
    (row,) = plan.rows
    assert organizers_of(plan, row) == [(cell, "organizer")]
    assert [r.name for r in plan.new_organizations] == [cell]
    (note,) = row.notes
    assert note.startswith("C2: ") and cell in note and "comma" in note


@pytest.mark.parametrize("cell", ["Общество азербайджанцев, Казань",
                                  "Общество азербайджанцев, отделение в Набережных Челнах",
                                  "Gənclər Birliyi, Kazan şəhəri"])
def test_a_place_after_a_known_name_is_part_of_a_new_name_not_an_organizer(
    known: Database, tmp_path: Path, cell: str
) -> None:
    """"Общество азербайджанцев, Казань" is a body of Kazan, not a body and a "Kazan"; a
    part in lower case goes on the name before it too."""
    plan = plan_of(known, write_csv(tmp_path / "place.csv", [cell]))
    (row,) = plan.rows
    assert organizers_of(plan, row) == [(cell, "organizer")]
    assert len(row.notes) == 1 and "comma" in row.notes[0]


def test_organizers_separated_by_semicolons_get_no_note(known: Database, tmp_path: Path) -> None:
    plan = plan_of(known, write_csv(tmp_path / "ok.csv", [
        "Общество азербайджанцев Казани; Молодёжный союз", "Новый клуб"]))
    assert [list(row.notes) for row in plan.rows] == [[], []]


def test_undo_takes_back_the_organizations_a_split_cell_created(
    known: Database, tmp_path: Path
) -> None:
    _split_and_undo(known, tmp_path)


def test_split_and_undo_on_postgresql(
    postgres_data_set_with: Callable[..., Database], tmp_path: Path
) -> None:
    _split_and_undo(postgres_data_set_with(_organizations), tmp_path)


def _split_and_undo(known: Database, tmp_path: Path) -> None:
    """Cells read apart import their organizers, new and known; undo leaves the data set
    as it was."""
    before = {name: rows for name, rows in dump(known, skip=("change_log",)).items()
              if not name.startswith("event_search")}
    path = write_xlsx(tmp_path / "undo.xlsx", [
        "Молодёжный союз, Бакинский клуб", "Клуб «Вера», Союз женщин",
        "Общество азербайджанцев Казани, Молодёжный союз"])
    result = apply_import(known, plan_of(known, path), backup=False)
    assert result.inserted == 3
    assert stored_organizers(known)["Вечер 0"] == ["Молодёжный союз", "Бакинский клуб"]
    assert organization_names(known) == {*KNOWN, "Бакинский клуб", "Клуб «Вера», Союз женщин"}
    assert result.batch_id is not None
    undo_batch(known, result.batch_id)
    after = {name: rows for name, rows in dump(known, skip=("change_log",)).items()
             if not name.startswith("event_search")}
    assert after == before


def test_the_cli_dry_run_shows_the_reading(known: Database, tmp_path: Path, capsys: Any) -> None:
    from desktop.cli import main

    path = write_csv(tmp_path / "cli.csv", ["Общество азербайджанцев Казани, Молодёжный союз"])
    assert main(["--database", str(sqlite_path(known.url)), "--language", "en", "import",
                 str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "row 2" in out and "Общество азербайджанцев Казани; Молодёжный союз" in out
    assert "New organizations" not in out


def test_the_wizard_preview_shows_the_reading_on_the_row(
    qtbot: Any, known: Database, tmp_path: Path
) -> None:
    from desktop.ui.import_wizard import ImportWizard

    path = write_xlsx(tmp_path / "wizard.xlsx", [
        "Общество азербайджанцев Казани, Молодёжный союз", "Клуб «Вера», Союз женщин"])
    wizard = ImportWizard(known)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=120_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=120_000)
    table = wizard.preview_page.rows
    details = {}
    for row in range(table.rowCount()):
        number, notes = table.item(row, 0), table.item(row, 3)
        assert number is not None and notes is not None
        details[number.text()] = notes.text()
    assert "Общество азербайджанцев Казани; Молодёжный союз" in details["2"]
    assert "Клуб «Вера», Союз женщин" in details["3"] and "comma" in details["3"]
