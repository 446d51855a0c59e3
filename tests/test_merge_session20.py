"""The office merge as a clerk meets it: what a skipped look-alike brings into the reference
lists, choosing look-alikes one by one on the command line, and their events placed in a
town this office has not used yet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from db.engine import Database, open_database
from db.event_store import EventInput, EventStore, OrganizerInput, SpeakerInput
from db.models import City, Event, Occasion, Organization, Person
from db.reference_service import ReferenceService
from desktop.cli import main
from desktop.importing.merge import apply_merge, plan_merge
from tests.test_merge import _add, _by_title, _copy

OURS, THEIRS = "Novruz evening", "Novruz holiday evening"
FAIR_OURS, FAIR_THEIRS = "Spring fair", "Spring fair in the park"


def _save(database: Database, title: str, day: int, organizer: str = "Union",
          speaker: str | None = None, city: str | None = None,
          speaker_of: str | None = None) -> None:
    with database.sessions.begin() as session:
        EventStore(session, user="clerk").save(EventInput(
            title=title, start_date=dt.date(2025, 1, day), region="RU-PRI", city=city,
            organizers=[OrganizerInput(organizer)],
            speakers=[SpeakerInput(speaker, organization=speaker_of)] if speaker else []))


def _peer(database_path: Path, tmp_path: Path) -> tuple[Path, Database]:
    peer_path = tmp_path / "office.sqlite"
    _copy(database_path, peer_path)
    return peer_path, open_database(peer_path)


def _names(database: Database) -> tuple[set[str], set[str]]:
    with database.sessions() as session:
        return (set(session.scalars(select(Organization.name))),
                set(session.scalars(select(Person.full_name))))


def test_a_skipped_look_alike_brings_no_organization_or_person_nothing_else_uses(
    database, database_path, tmp_path, capsys
) -> None:
    """Their look-alike names a club and a speaker only it names: skipping the event left
    both in our lists, used by nothing, without a word. They wait with the event (named in
    the report); a record of theirs that no event names at all is their list's own and
    comes in."""
    _add(database, OURS, 20, organizer="Union")
    peer_path, peer = _peer(database_path, tmp_path)
    try:
        _save(peer, THEIRS, 21, organizer="Union", speaker="Leyla Mammadova",
              speaker_of="Neighbours Club")
        _save(peer, "Chess evening", 5, organizer="Neighbours Club")
        with peer.sessions.begin() as session:  # in their list, on no event
            ReferenceService(session).save("organization", None, {"name": "Choir Society"}, [])
        with peer.sessions() as session:
            their_uuid = session.scalar(select(Person.uuid).where(
                Person.full_name == "Leyla Mammadova"))
    finally:
        peer.dispose()
    assert main(["--database", str(database_path), "merge", str(peer_path)]) == 0
    out = capsys.readouterr().out
    organizations, people = _names(database)
    assert "Leyla Mammadova" not in people, "only the skipped event names her"
    assert {"Neighbours Club", "Choir Society"} <= organizations, "used, or on no event"
    assert "Leyla Mammadova" in out and "not added" in out.lower(), out

    [alike] = plan_merge(database, peer_path).look_alikes
    report = apply_merge(database, plan_merge(database, peer_path), {alike.uuid: "theirs"},
                         backup=False)
    assert report.added == [THEIRS] and not report.held_back_people
    with database.sessions() as session:
        person = session.scalar(select(Person).where(Person.full_name == "Leyla Mammadova"))
    assert person is not None and person.uuid == their_uuid, "theirs, matched next time by id"


def test_the_command_line_adds_the_look_alikes_named_and_skips_the_others(
    database, database_path, tmp_path, capsys
) -> None:
    _add(database, OURS, 20, organizer="Union")
    _add(database, FAIR_OURS, 10, organizer="Union")
    peer_path, peer = _peer(database_path, tmp_path)
    try:
        _add(peer, THEIRS, 21, organizer="Union")
        _add(peer, FAIR_THEIRS, 11, organizer="Union")
    finally:
        peer.dispose()
    database_arg = ["--database", str(database_path), "merge", str(peer_path)]

    assert main([*database_arg, "--dry-run"]) == 0  # lists the pairs, changes nothing
    out = capsys.readouterr().out
    assert THEIRS in out and FAIR_THEIRS in out and "--add-look-alike" in out, out
    assert THEIRS not in _by_title(database) and FAIR_THEIRS not in _by_title(database)
    fair = next(a for a in plan_merge(database, peer_path).look_alikes
                if a.theirs["title"] == FAIR_THEIRS)
    assert str(fair.uuid) in out, "the id to choose it by"

    assert main([*database_arg, "--add-look-alike", "not-an-id"]) == 1
    assert main([*database_arg, "--add-look-alike", str(fair.ours[0]["uuid"])]) == 1, "ours"
    assert "not-an-id" in capsys.readouterr().err
    assert FAIR_THEIRS not in _by_title(database)

    assert main([*database_arg, "--add-look-alike", str(fair.uuid)]) == 0
    out = capsys.readouterr().out
    events = _by_title(database)
    assert FAIR_THEIRS in events and THEIRS not in events
    assert "1 skipped" in out, out


def test_their_event_in_a_town_not_yet_used_here_merges(
    database, database_path, tmp_path
) -> None:
    """They placed an event in a town of the world list this office never used: the merge
    stopped with an internal error and merged nothing."""
    peer_path, peer = _peer(database_path, tmp_path)
    try:
        _save(peer, "Harbour day", 8, city="Nakhodka")
    finally:
        peer.dispose()
    report = apply_merge(database, plan_merge(database, peer_path), backup=False)
    assert report.added == ["Harbour day"]
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.title == "Harbour day"))
        assert event is not None and event.city is not None
        assert event.city.name == "Nakhodka"
        assert session.scalar(select(Person).where(Person.full_name == "Nakhodka")) is None
        assert len(session.scalars(select(City).where(City.name == "Nakhodka")).all()) == 1
    assert not plan_merge(database, peer_path).add, "the same event now"


def test_what_they_typed_about_a_new_organization_or_person_comes_with_it(
    database, database_path, tmp_path
) -> None:
    """A new organization came over with its name only: the short name, contacts and
    notes their clerk typed were dropped without a word (a person's notes too)."""
    peer_path, peer = _peer(database_path, tmp_path)
    try:
        with peer.sessions.begin() as session:
            service = ReferenceService(session)
            service.save("organization", None, {
                "name": "Azerbaijani Cultural Centre", "short_name": "ACC",
                "contacts": "+7 423 000 00 00", "notes": "meets on Sundays"}, ["AzCC"])
            service.save("person", None, {"name": "Leyla Mammadova",
                                          "notes": "choir leader"}, [])
        _save(peer, "Choir concert", 9, organizer="ACC", speaker="Leyla Mammadova")
    finally:
        peer.dispose()
    report = apply_merge(database, plan_merge(database, peer_path), backup=False)
    assert report.added == ["Choir concert"]
    with database.sessions() as session:
        centre = session.scalar(select(Organization).where(
            Organization.name == "Azerbaijani Cultural Centre"))
        person = session.scalar(select(Person).where(Person.full_name == "Leyla Mammadova"))
        assert centre is not None and person is not None
        assert (centre.short_name, centre.contacts, centre.notes) == (
            "ACC", "+7 423 000 00 00", "meets on Sundays")
        assert "AzCC" in {a.name for a in centre.aliases}
        assert person.notes == "choir leader"


def test_their_event_for_an_occasion_they_added_merges_with_the_occasion(
    database, database_path, tmp_path
) -> None:
    """An occasion added there stopped the whole merge at the last step ("add it there
    first"), after every conflict had been decided; one only a skipped event names is
    held back like an organization."""
    peer_path, peer = _peer(database_path, tmp_path)
    try:
        with peer.sessions.begin() as session:
            ReferenceService(session).save("occasion", None, {
                "name": "Day of the Harbour", "name_ru": "День гавани",
                "reference_date": "1950-07-01", "notes": "their list"}, [])
        with peer.sessions.begin() as session:
            EventStore(session, user="clerk").save(EventInput(
                title="Harbour festival", start_date=dt.date(2025, 7, 1), region="RU-PRI",
                occasion="Day of the Harbour", organizers=[OrganizerInput("Union")]))
    finally:
        peer.dispose()
    plan = plan_merge(database, peer_path)
    report = apply_merge(database, plan, backup=False)
    assert report.added == ["Harbour festival"]
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.title == "Harbour festival"))
        assert event is not None and event.occasion is not None
        assert (event.occasion.name, event.occasion.name_ru, event.occasion.notes) == (
            "Day of the Harbour", "День гавани", "their list")
        assert event.occasion.reference_date == dt.date(1950, 7, 1)
    assert not plan_merge(database, peer_path).add


def test_undoing_the_merge_takes_their_occasion_away_again(
    database, database_path, tmp_path
) -> None:
    """The undo removes the records the merge made; an occasion it made stayed behind."""
    from desktop.importing.undo import undo_batch

    peer_path, peer = _peer(database_path, tmp_path)
    try:
        with peer.sessions.begin() as session:
            ReferenceService(session).save("occasion", None, {"name": "Day of the Harbour"},
                                           [])
        with peer.sessions.begin() as session:
            EventStore(session, user="clerk").save(EventInput(
                title="Harbour festival", start_date=dt.date(2025, 7, 1), region="RU-PRI",
                occasion="Day of the Harbour", organizers=[OrganizerInput("Union")]))
    finally:
        peer.dispose()
    report = apply_merge(database, plan_merge(database, peer_path), backup=False)
    assert report.added_occasions == ["Day of the Harbour"]
    assert report.batch_id is not None
    undo_batch(database, report.batch_id)
    with database.sessions() as session:
        assert session.scalar(select(Occasion).where(
            Occasion.name == "Day of the Harbour")) is None
    assert plan_merge(database, peer_path).new_occasions == ["Day of the Harbour"]


def test_their_event_in_a_town_they_added_keeps_its_town(
    database, database_path, tmp_path
) -> None:
    """A town their office added to its list (not in the world list) came over as place
    text only: the event was counted under no town here, and every later merge called it
    changed in both offices."""
    peer_path, peer = _peer(database_path, tmp_path)
    try:
        with peer.sessions.begin() as session:
            ReferenceService(session).save(
                "city", None, {"name": "Lesnoy Kordon", "region": "Primorsky Krai"},
                ["Kordon"])
        _save(peer, "Forest picnic", 12, city="Lesnoy Kordon")
    finally:
        peer.dispose()
    report = apply_merge(database, plan_merge(database, peer_path), backup=False)
    assert report.added == ["Forest picnic"]
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.title == "Forest picnic"))
        assert event is not None and event.city is not None
        assert event.city.name == "Lesnoy Kordon" and event.city.region is not None
        assert event.city.region.code == "RU-PRI"
        assert "Kordon" in {a.name for a in event.city.aliases}
    again = plan_merge(database, peer_path)
    assert not again.add and not again.conflicts and not again.take

    from desktop.importing.undo import undo_batch

    assert report.batch_id is not None
    undo_batch(database, report.batch_id)  # the town goes with the merge that made it
    with database.sessions() as session:
        assert session.scalar(select(City).where(City.name == "Lesnoy Kordon")) is None


def test_the_dialog_names_the_trash_and_gives_the_conflicts_the_room(
    qtbot, database, database_path, tmp_path
) -> None:
    """The conflicts listed "deleted" (the field's inner name, in every language) and were
    squeezed into two rows beside a look-alike table with one row and much empty space."""
    from desktop.ui.merge_dialog import MergeDialog
    from tests.test_merge import _edit
    from tests.test_ui_merge_dialog import compared

    titles = [f"Meeting {n}" for n in range(1, 5)]
    for day, title in enumerate(titles, start=1):
        _add(database, title, day)
    _add(database, OURS, 20)
    peer_path, peer = _peer(database_path, tmp_path)
    try:
        for title in titles:
            _edit(database, title, attendance=10)
            _edit(peer, title, attendance=20)
        with peer.sessions.begin() as session:
            event = session.scalar(select(Event).where(Event.title == titles[0]))
            assert event is not None
            EventStore(session, user="clerk").delete(event.uuid)
        _add(peer, THEIRS, 21)
    finally:
        peer.dispose()

    dialog = MergeDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    compared(qtbot, dialog, peer_path)
    table = dialog.conflicts
    assert table.rowCount() == 4 and dialog.look_alikes.rowCount() == 1
    fields = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert not any("deleted" in text for text in fields), fields
    assert any("trash" in text.lower() for text in fields), fields
    dialog.resize(dialog.width(), 200)  # a small screen: the layout keeps the conflicts
    rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
    assert table.viewport().height() >= rows, "every conflict in sight"
