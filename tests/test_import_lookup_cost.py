"""The two questions the reading of Organizers cells asks of each comma part cost little.

A sheet whose Organizers cells are all different lists ("Community union 0, Society
number 0, г. Казань, Community union 100", and so on for 20,000 rows) asks of each new
name whether it names a known organization, and of many parts whether they name a place.
The first is one fold of the name and a dictionary look-up. The second finds most parts
naming no place at all: that answer comes from the names of the stored places and of the
world's countries and regions, without searching the world gazetteer once per part.
Either way the answer is the one the gazetteer's resolvers give.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import db.gazetteer
import db.world
import desktop.importing.resolve
from db.engine import Database
from db.gazetteer import Gazetteer
from db.world import WorldGazetteer
from desktop.importing.resolve import ImportStore
from tests.test_import_organizer_cells import _organizations

NOT_PLACES = ["Клуб 7", "Society number 5", "Молодёжный союз", "Union",
              "отделение в Набережных Челнах", "Община «Вера»"]
PLACES = ["Казань", "Kazan şəhəri", "Азербайджан", "Azərbaycan", "Республика Татарстан",
          "в Баварии", "Калифорния", "Bakıda", "Georgia", "Нью-Йорк", "Primorsky Krai",
          "the Netherlands", "RU", "Дербент", "Kars, Turkey", "Община (Баку, Азербайджан)"]


@pytest.fixture
def store(database_with: Callable[..., Database]) -> Iterator[ImportStore]:
    database = database_with(_organizations)
    with database.sessions() as session:
        yield ImportStore(session)


def _count_calls(monkeypatch: pytest.MonkeyPatch, name: str, *owners: Any) -> Counter[str]:
    """Calls of the function ``name`` wherever ``owners`` (modules, classes) hold it."""
    calls: Counter[str] = Counter()
    for owner in owners:
        function = getattr(owner, name)

        def counted(*args: Any, _function: Any = function, **kwargs: Any) -> Any:
            calls[name] += 1
            return _function(*args, **kwargs)

        monkeypatch.setattr(owner, name, counted)
    return calls


def _folds(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    return _count_calls(monkeypatch, "normalize", db.gazetteer, desktop.importing.resolve)


@pytest.mark.parametrize(("name", "known"), [("Молодёжный союз", True), ("Клуб 7", False)])
def test_an_organization_name_is_folded_once(
    store: ImportStore, monkeypatch: pytest.MonkeyPatch, name: str, known: bool
) -> None:
    store.knows_organization("Gənclər Birliyi")  # the names are read once per import
    folds = _folds(monkeypatch)
    assert store.knows_organization(name) is known
    assert folds["normalize"] == 1


def test_with_an_organizations_sheet_a_name_is_still_folded_once(
    store: ImportStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.names.organizations["new:klub 7"] = "Клуб 7"
    store.use_sheet({uuid.uuid4(): "new:klub 7"}, {}, {}, {}, False)
    folds = _folds(monkeypatch)
    assert store.knows_organization("КЛУБ 7")  # a body of the export's sheet
    assert store.knows_organization("Молодёжный союз")  # a stored one
    assert not store.knows_organization("Клуб 8")
    assert folds["normalize"] == 3


@pytest.mark.parametrize("text", NOT_PLACES)
def test_a_part_that_names_no_place_is_answered_without_searching_the_world(
    store: ImportStore, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    store.names_place("Москва")  # the indexes are read once per import, not per part
    searches = _count_calls(monkeypatch, "lookup", WorldGazetteer)
    forms = _count_calls(monkeypatch, "query_forms", db.gazetteer, db.world)
    assert not store.names_place(text)
    assert searches["lookup"] == 0
    assert forms["query_forms"] == 1


@pytest.mark.parametrize("text", PLACES)
def test_a_place_in_any_language_and_case_is_a_place(store: ImportStore, text: str) -> None:
    assert store.names_place(text)


@pytest.mark.parametrize("text", NOT_PLACES)
def test_a_name_that_holds_no_place_is_none(store: ImportStore, text: str) -> None:
    assert not store.names_place(text)


@pytest.mark.parametrize("text", PLACES + NOT_PLACES + ["", " ", "—", "г.", "Баку, Клуб 7"])
def test_the_answer_is_the_resolvers_one(store: ImportStore, text: str) -> None:
    gazetteer = Gazetteer(store.session)
    expected = (gazetteer.resolve_country(text, fuzzy=False) is not None
                or gazetteer.resolve_region(text, fuzzy=False) is not None
                or gazetteer.resolve_city(text, fuzzy=False) is not None)
    assert store.names_place(text) is expected
