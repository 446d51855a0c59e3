"""Loading the sample again adds none of its events that are already recorded, however
they were recorded (edited titles, typed by hand), and says which it left out."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from db.event_store import EventStore, OrganizerInput
from db.models import Event
from desktop.sample import add_sample, load_sample, sample_inputs


def _events(database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count(Event.id)).where(Event.deleted_at.is_(None)))


def test_a_sample_event_whose_title_was_edited_is_not_added_again(database) -> None:
    with database.sessions.begin() as session:
        first = load_sample(session)[0].uuid
    with database.sessions.begin() as session:
        store = EventStore(session)
        data = store.load(first)
        data.title = "Khojaly remembrance in Vladivostok"
        store.save(data)
    with database.sessions.begin() as session:
        result = add_sample(session)
        assert result.added == []
        assert "Khojaly remembrance in Vladivostok" in [e.title for e in result.already]
    assert _events(database) == 3


def test_a_sample_event_typed_by_hand_is_not_added_again(database) -> None:
    by_hand = dataclasses.replace(
        sample_inputs()[0],
        title="Friendship society remembers Khojaly",
        organizers=[OrganizerInput('public organization "Friendship"')],
        speakers=[],
    )
    with database.sessions.begin() as session:
        EventStore(session).save(by_hand)
    with database.sessions.begin() as session:
        result = add_sample(session)
        assert len(result.added) == 2
        assert [e.title for e in result.already] == [by_hand.title]
    assert _events(database) == 3


def test_the_command_line_says_what_it_left_out(tmp_path: Path) -> None:
    """The first load through ``main()`` in this process, the second as a real process:
    what it prints and its exit code are the point."""
    from desktop.cli import main

    assert main(["--database", str(tmp_path / "d.sqlite"), "load-sample"]) == 0
    again = subprocess.run(
        [sys.executable, "-m", "desktop", "--database", str(tmp_path / "d.sqlite"),
         "load-sample"],
        capture_output=True, text=True, timeout=180, env=dict(os.environ),
    )
    assert again.returncode == 0, again.stderr
    assert "already recorded" in again.stdout and "0 added" in again.stdout
