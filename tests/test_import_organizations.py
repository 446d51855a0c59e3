"""Organizations keep their identity, place, kind, parent and aliases through export → import.

The app's workbook carries an Organizations sheet (one row per body, with its UUID) and an
Organizers sheet (event UUID ↔ organization UUID, role, in order); the importer reads them back,
so two bodies of one name stay two, a name holding ";" stays one, and nothing already stored
changes without being shown first.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.engine import Database, open_database, sqlite_path
from db.models import (
    ChangeLog,
    City,
    Country,
    Event,
    EventOrganizer,
    Organization,
    OrganizationAlias,
    OrganizerRole,
    Region,
)
from db.names import normalize
from desktop.importing import apply_import, guess_mapping, preview, read_table, undo_batch
from desktop.importing.preview import ImportPreview
from desktop.reports import ReportOptions, export_workbook
from desktop.reports.language import in_every_language
from desktop.sample import load_sample
from tests.import_helpers import dump

Row = tuple[Any, ...]


def _place(session: Session, organization: Organization, region_code: str,
           city: str | None = None) -> None:
    region = session.scalars(select(Region).where(Region.code == region_code)).one()
    organization.region, organization.country = region, region.country
    if city is not None:
        organization.city = session.scalars(
            select(City).where(City.name == city, City.region_id == region.id)).one()


def _alias(organization: Organization, name: str) -> None:
    organization.aliases.append(OrganizationAlias(name=name, normalized=normalize(name)))


def _organization(session: Session, name: str) -> Organization:
    return session.scalars(select(Organization).where(Organization.name == name)).one()


@pytest.fixture
def described(database_with: Callable[..., Database]) -> Database:
    """The sample with every organization placed, a parent, aliases, and a namesake (made
    once, copied for each test)."""
    return database_with(_describe)


def _describe(database: Database) -> None:
    with database.sessions.begin() as session:
        load_sample(session)
        friendship = _organization(session, "Friendship")
        _place(session, friendship, "RU-PRI", "Vladivostok")
        friendship.kind, friendship.short_name = "public organization", "Dr."
        _alias(friendship, "Druzhba")
        congress = Organization(name="Congress of Azerbaijanis; Russia", kind="congress",
                                country=session.scalars(
                                    select(Country).where(Country.code == "RU")).one())
        _alias(congress, congress.name)
        session.add(congress)  # nobody's organizer: it travels as a parent
        friendship.parent = congress
        chelyabinsk = _organization(
            session, "Public organization of Azerbaijanis in the Chelyabinsk region")
        _place(session, chelyabinsk, "RU-CHE", "Chelyabinsk")
        autonomy = _organization(session, "Regional Azerbaijani National-Cultural Autonomy")
        _place(session, autonomy, "RU-KYA", "Krasnoyarsk")
        autonomy.kind = "national-cultural autonomy"
        youth = _organization(session, "Union of Azerbaijani Youth of the Krasnoyarsk territory")
        _place(session, youth, "RU-KYA")
        youth.parent = autonomy
        _alias(youth, "Союз азербайджанской молодёжи")
        namesake = Organization(name=youth.name, kind="youth union", country=session.scalars(
            select(Country).where(Country.code == "AZ")).one())
        _alias(namesake, namesake.name)
        session.add(namesake)
        session.flush()
        event = session.scalars(select(Event).where(Event.title.like("%Chelyabinsk%"))).one()
        session.add(EventOrganizer(event=event, organization=namesake,
                                   role=OrganizerRole.CO_ORGANIZER, position=1))


def organizations(database: Database) -> list[Row]:
    """Every organization as it matters to a reader: identity, place, kind, parent, names."""
    with database.sessions() as session:
        aliases: dict[int, set[str]] = {}
        for owner, name in session.execute(
                select(OrganizationAlias.organization_id, OrganizationAlias.name)):
            aliases.setdefault(owner, set()).add(name)
        out = []
        for o in session.scalars(select(Organization)):
            out.append((str(o.uuid), o.name, o.short_name, o.kind,
                        o.country.code if o.country else None,
                        o.region.code if o.region else None,
                        o.city.name if o.city else None,
                        str(o.parent.uuid) if o.parent else None,
                        sorted(aliases.get(o.id, set()))))
    return sorted(out)


def organizers(database: Database) -> dict[str, list[tuple[str, str]]]:
    """Each event's organizers in their order: organization UUID and role."""
    with database.sessions() as session:
        out: dict[str, list[tuple[str, str]]] = {}
        for event_uuid, org_uuid, role in session.execute(
            select(Event.uuid, Organization.uuid, EventOrganizer.role)
            .join(EventOrganizer, EventOrganizer.event_id == Event.id)
            .join(Organization, EventOrganizer.organization_id == Organization.id)
            .order_by(Event.uuid, EventOrganizer.position)
        ):
            out.setdefault(str(event_uuid), []).append((str(org_uuid), str(role)))
    return out


def plan_of(database: Database, path: Path) -> ImportPreview:
    table = read_table(path)
    return preview(database, table, guess_mapping(table.headers))


@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_organizations_come_back_whole_into_an_empty_data_set(
    described: Database, tmp_path: Path, language: str, new_database: Callable[[str], Database]
):
    exported = tmp_path / f"{language}.xlsx"
    export_workbook(described, exported, ReportOptions(language=language))
    other = new_database("other.sqlite")
    try:
        result = apply_import(other, plan_of(other, exported), backup=False)
        assert (result.inserted, result.errors) == (3, 0)
        assert organizations(other) == organizations(described)
        assert organizers(other) == organizers(described)
    finally:
        other.dispose()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_reimport_into_the_same_data_set_changes_nothing(
    described: Database, tmp_path: Path, language: str
):
    exported = tmp_path / "report.xlsx"
    export_workbook(described, exported, ReportOptions(language=language))
    before = dump(described)
    plan = plan_of(described, exported)
    assert plan.counts["unchanged"] == 3
    assert plan.new_organizations == [] and plan.organization_changes == []
    result = apply_import(described, plan, backup=False)
    assert result.batch_id is None
    assert dump(described) == before


def _edit_organizations_sheet(path: Path, row_of: str, **cells: Any) -> None:
    """Change cells (by English header) of the Organizations sheet in the row of ``row_of``."""
    wb = load_workbook(path)
    ws = next(wb[t] for t in in_every_language("Organizations") if t in wb.sheetnames)
    headers = [c.value for c in ws[1]]
    name_at = next(i for i, h in enumerate(headers) if h in in_every_language("Name"))
    rows = [r for r in ws.iter_rows(min_row=2) if r[name_at].value == row_of]
    assert len(rows) == 1
    for column, value in cells.items():
        english = column.replace("_", " ").capitalize()
        at = next(i for i, h in enumerate(headers) if h in in_every_language(english))
        rows[0][at].value = value
    wb.save(path)


def test_a_renamed_organization_shows_as_a_change_and_is_not_applied_silently(
    described: Database, tmp_path: Path
):
    exported = tmp_path / "report.xlsx"
    export_workbook(described, exported, ReportOptions(language="ru"))
    _edit_organizations_sheet(exported, "Friendship", region_code="RU-KYA",
                              name="Friendship Society")
    before = organizations(described)
    plan = plan_of(described, exported)
    assert plan.new_organizations == []
    [change] = plan.organization_changes
    assert change.name == "Friendship"
    assert change.changes["name"] == ("Friendship", "Friendship Society")
    assert change.changes["region"] == ("RU-PRI", "RU-KYA")
    assert any("Friendship Society" in w for w in plan.warnings)
    apply_import(described, plan, backup=False)
    assert organizations(described) == before  # shown, not confirmed: kept as stored


def test_a_confirmed_change_is_logged_and_undone(described: Database, tmp_path: Path):
    exported = tmp_path / "report.xlsx"
    export_workbook(described, exported, ReportOptions())
    _edit_organizations_sheet(exported, "Friendship", region_code="RU-KYA",
                              name="Friendship Society")
    before = organizations(described)
    plan = plan_of(described, exported)
    plan.accept_organization_changes()
    result = apply_import(described, plan, backup=False)
    assert result.batch_id is not None
    with described.sessions() as session:
        renamed = _organization(session, "Friendship Society")
        assert renamed.region is not None and renamed.region.code == "RU-KYA"
        assert renamed.country is not None and renamed.country.code == "RU"
        logged = session.scalars(select(ChangeLog).where(
            ChangeLog.batch_id == result.batch_id,
            ChangeLog.table_name == "organization")).all()
        assert [(r.action, r.record_uuid) for r in logged] == [("update", renamed.uuid)]
        assert logged[0].changes is not None
        assert logged[0].changes["name"] == ["Friendship", "Friendship Society"]
    undo_batch(described, result.batch_id)
    assert organizations(described) == before


def test_an_organization_known_by_name_and_country_is_not_duplicated(
    described: Database, tmp_path: Path, new_database: Callable[[str], Database]
):
    exported = tmp_path / "report.xlsx"
    export_workbook(described, exported, ReportOptions(language="az"))
    other = new_database("other.sqlite")
    try:
        with other.sessions.begin() as session:  # the same body, recorded there on its own
            mine = Organization(name="Friendship", country=session.scalars(
                select(Country).where(Country.code == "RU")).one())
            _alias(mine, "Friendship")
            session.add(mine)
            session.flush()
            mine_uuid = str(mine.uuid)
        plan = plan_of(other, exported)
        assert "Friendship" not in [r.name for r in plan.new_organizations]
        apply_import(other, plan, backup=False)
        with other.sessions() as session:
            assert session.scalar(select(func.count()).select_from(Organization).where(
                Organization.name == "Friendship")) == 1
        vladivostok = next(e for e, orgs in organizers(described).items()
                           if orgs[0][0] == organizations_by_name(described)["Friendship"])
        assert organizers(other)[vladivostok] == [(mine_uuid, "organizer")]
    finally:
        other.dispose()


def organizations_by_name(database: Database) -> dict[str, str]:
    return {row[1]: row[0] for row in organizations(database)}


def _records(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table but the log and the search index's own (its pages do not shrink back)."""
    return {name: rows for name, rows in dump(database, skip=("change_log",)).items()
            if not name.startswith("event_search")}


def test_undo_import_removes_the_organizations_it_created(
    described: Database, tmp_path: Path, new_database: Callable[[str], Database]
):
    exported = tmp_path / "report.xlsx"
    export_workbook(described, exported, ReportOptions())
    other = new_database("other.sqlite")
    try:
        before = _records(other)
        result = apply_import(other, plan_of(other, exported), backup=False)
        assert len(organizations(other)) == 6
        assert result.batch_id is not None
        undo_batch(other, result.batch_id)
        assert organizations(other) == []
        assert _records(other) == before
    finally:
        other.dispose()


def test_created_organizations_are_logged_with_their_batch(
    described: Database, tmp_path: Path, new_database: Callable[[str], Database]
):
    exported = tmp_path / "report.xlsx"
    export_workbook(described, exported, ReportOptions())
    other = new_database("other.sqlite")
    try:
        result = apply_import(other, plan_of(other, exported), backup=False)
        with other.sessions() as session:
            logged = {str(u): changes for u, changes in session.execute(
                select(ChangeLog.record_uuid, ChangeLog.changes).where(
                    ChangeLog.batch_id == result.batch_id,
                    ChangeLog.table_name == "organization",
                    ChangeLog.action == "insert"))}
        by_name = organizations_by_name(described)
        assert set(logged) == {row[0] for row in organizations(described)}
        assert logged[by_name["Friendship"]]["region"] == [None, "RU-PRI"]
    finally:
        other.dispose()


def test_uuid_of_a_sheet_is_kept(
    described: Database, tmp_path: Path, new_database: Callable[[str], Database]
):
    """The namesakes: one name, two bodies, two UUIDs, each on its own event."""
    exported = tmp_path / "report.xlsx"
    export_workbook(described, exported, ReportOptions())
    other = new_database("other.sqlite")
    try:
        apply_import(other, plan_of(other, exported), backup=False)
        with other.sessions() as session:
            namesakes = session.scalars(select(Organization).where(
                Organization.name == "Union of Azerbaijani Youth of the Krasnoyarsk territory"
            )).all()
            assert sorted(o.country.code for o in namesakes if o.country) == ["AZ", "RU"]
            assert all(isinstance(o.uuid, uuid.UUID) for o in namesakes)
    finally:
        other.dispose()


def test_the_wizard_applies_organization_changes_only_when_ticked(
    qtbot: Any, described: Database, tmp_path: Path
):
    from PySide6.QtWidgets import QCheckBox, QWizard

    from desktop.ui.import_wizard import ImportWizard

    exported = tmp_path / "report.xlsx"
    export_workbook(described, exported, ReportOptions(language="az"))
    _edit_organizations_sheet(exported, "Friendship", name="Friendship Society")
    wizard = ImportWizard(described)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(exported))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10_000)
    assert "Friendship Society" in wizard.preview_page.summary.text()
    tick = wizard.findChild(QCheckBox, "importAcceptOrganizationChanges")
    assert tick.isVisible() and not tick.isChecked()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()  # every event is unchanged: nothing to import unless ticked
    tick.setChecked(True)
    assert commit.isEnabled()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=10_000)
    with described.sessions() as session:
        assert _organization(session, "Friendship Society").region is not None


def test_the_cli_lists_organization_changes_and_applies_them_when_asked(
    described: Database, tmp_path: Path, capsys: Any
):
    from desktop.cli import main

    database_path = sqlite_path(described.url)
    exported = tmp_path / "report.xlsx"
    export_workbook(described, exported, ReportOptions())
    _edit_organizations_sheet(exported, "Friendship", name="Friendship Society")
    before = organizations(described)
    assert main(["--database", str(database_path), "import", str(exported)]) == 0
    assert "Friendship Society" in capsys.readouterr().out
    assert organizations(described) == before
    assert main(["--database", str(database_path), "import", str(exported),
                 "--accept-organization-changes"]) == 0
    assert "Friendship Society" in organizations_by_name(described)


def test_an_edited_organizers_column_decides_and_says_so(described: Database, tmp_path: Path):
    exported = tmp_path / "report.xlsx"
    export_workbook(described, exported, ReportOptions(language="ru"))
    wb = load_workbook(exported)
    ws = wb[next(t for t in in_every_language("Events") if t in wb.sheetnames)]
    headers = [c.value for c in ws[1]]
    at = next(i for i, h in enumerate(headers) if h in in_every_language("Organizers"))
    [row] = [r for r in ws.iter_rows(min_row=2) if r[at].value == "Friendship"]
    row[at].value = "Friendship (соорганизатор)"
    wb.save(exported)
    plan = plan_of(described, exported)
    [edited] = [r for r in plan.rows if r.action == "update"]
    assert any("decides the organizers" in note for note in edited.notes)
    assert plan.counts["unchanged"] == 2
    apply_import(described, plan, backup=False)
    friendship = organizations_by_name(described)["Friendship"]
    assert [(friendship, "co-organizer")] in organizers(described).values()


def test_an_updated_event_keeps_its_namesake_organizer(described: Database, tmp_path: Path):
    exported = tmp_path / "report.xlsx"
    export_workbook(described, exported, ReportOptions())
    wb = load_workbook(exported)
    ws = wb["Events"]
    headers = [c.value for c in ws[1]]
    at = headers.index("Title")
    [row] = [r for r in ws.iter_rows(min_row=2) if "Chelyabinsk" in str(r[at].value)]
    row[at].value = "Memorial evening in Chelyabinsk"
    wb.save(exported)
    before = organizers(described)
    plan = plan_of(described, exported)
    assert plan.counts["update"] == 1
    apply_import(described, plan, backup=False)
    assert organizers(described) == before


def test_organizations_round_trip_through_postgresql(
    described: Database, tmp_path: Path, postgres_data_set_url: str
):
    exported = tmp_path / "report.xlsx"
    export_workbook(described, exported, ReportOptions(language="ru"))
    server = open_database(postgres_data_set_url)
    try:
        result = apply_import(server, plan_of(server, exported), backup=False)
        assert organizations(server) == organizations(described)
        assert organizers(server) == organizers(described)
        again = tmp_path / "again.xlsx"  # the sheet's parents come from a recursive query
        export_workbook(server, again, ReportOptions(language="ru"))
        plan = plan_of(server, again)
        assert plan.new_organizations == [] and plan.organization_changes == []
        assert result.batch_id is not None
        undo_batch(server, result.batch_id)
        assert organizations(server) == []
    finally:
        server.dispose()


def test_a_sheet_of_another_shape_named_organizers_is_not_the_exports(
    described: Database, tmp_path: Path
):
    """A clerk's own "Organizers" sheet (names and phones) decides nothing about events."""
    exported = tmp_path / "report.xlsx"
    export_workbook(described, exported, ReportOptions())
    wb = load_workbook(exported)
    del wb["Organizers"]
    del wb["Organizations"]
    own = wb.create_sheet("Organizers")
    own.append(["Name", "Phone"])
    own.append(["Friendship", "+7 000 000 00 00"])
    wb.create_sheet("Organizations")  # and an empty one
    events = wb["Events"]
    headers = [c.value for c in events[1]]
    events.delete_cols(headers.index("Organizers") + 1)
    wb.save(exported)
    before = dump(described)
    plan = plan_of(described, exported)
    assert plan.counts["unchanged"] == 3, [r.notes for r in plan.rows]
    apply_import(described, plan, backup=False)
    assert dump(described) == before
