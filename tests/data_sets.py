"""Fillings of a data set that several test files share, for ``database_with`` (one
template per run and filling, copied per test)."""

from __future__ import annotations

from db.engine import Database


def fill_sample(database: Database) -> None:
    """The sample's three events (desktop/sample.py), saved as the app saves them."""
    from desktop.sample import load_sample

    with database.sessions.begin() as session:
        load_sample(session)
