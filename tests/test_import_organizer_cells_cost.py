"""Reading Organizers cells with commas costs each distinct name one lookup per import.

A clerk's sheet names the same organizations row after row in ever new combinations
("Молодёжный союз, Клуб 7, Gənclər Birliyi"). Each comma part is looked up among the known
organizations, and, where it might begin a new name, among the known places: the slowest
step of the preview. A name asked once is not asked again in the same import, and a part
that names a known organization is not looked up as a place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from db.engine import Database
from desktop.importing.organizations import read_organizers
from desktop.importing.resolve import ImportStore
from tests.test_import_organizer_cells import _organizations

CELLS = [f"Общество азербайджанцев Казани, Клуб {n}, Молодёжный союз" for n in range(12)]


@pytest.fixture
def store(database_with: Callable[..., Database]) -> Iterator[ImportStore]:
    database = database_with(_organizations)
    with database.sessions() as session:
        yield ImportStore(session)


def _counting(store: ImportStore, monkeypatch: pytest.MonkeyPatch, name: str) -> Counter[str]:
    """The texts the reading asks ``store.<name>`` about, counted."""
    asked: Counter[str] = Counter()
    lookup = getattr(store, name)

    def counted(text: str) -> Any:
        asked[text] += 1
        return lookup(text)

    monkeypatch.setattr(store, name, counted)
    return asked


def test_each_name_is_looked_up_once_per_import(
    store: ImportStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    organizations = _counting(store, monkeypatch, "knows_organization")
    places = _counting(store, monkeypatch, "names_place")
    for cell in CELLS:
        read_organizers(store, cell)
    assert organizations["Общество азербайджанцев Казани"] == 1
    assert organizations["Молодёжный союз"] == 1
    assert max(organizations.values()) == 1
    assert max(places.values()) == 1


def test_a_known_organization_is_not_looked_up_as_a_place(
    store: ImportStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    places = _counting(store, monkeypatch, "names_place")
    for cell in CELLS:
        read_organizers(store, cell)
    assert set(places) == {f"Клуб {n}" for n in range(12)}


def test_the_reading_is_the_same_each_time_a_cell_comes_back(store: ImportStore) -> None:
    first = read_organizers(store, CELLS[3])
    again = read_organizers(store, CELLS[3])
    assert first == again
    organizers, notes = first
    assert [o.name for o in organizers] == ["Общество азербайджанцев Казани", "Клуб 3",
                                            "Молодёжный союз"]
    assert len(notes) == 1 and "Клуб 3 (new organization)" in notes[0]
