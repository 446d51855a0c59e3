"""A name another record already has is shown to the clerk before it is saved, and every
type is found by the name the clerk knows it by (Russian, Azerbaijani, English)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.models import Organization, Person
from db.reference_service import NameTakenError, ReferenceService


def add(database: Database, kind: str, name: str, aliases: list[str] | None = None) -> int:
    with database.sessions.begin() as session:
        record = ReferenceService(session).save(kind, None, {"name": name}, aliases or [])
        return int(record.id)


def count(database: Database, model: type) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_adding_another_spelling_of_a_known_name_is_asked_first(database: Database) -> None:
    known = add(database, "organization", "Общество «Дружба»")
    before = count(database, Organization)
    with pytest.raises(NameTakenError) as taken, database.sessions.begin() as session:
        ReferenceService(session).save("organization", None, {"name": "общество дружба"}, [])
    assert count(database, Organization) == before  # nothing written
    (clash,) = taken.value.clashes
    assert (clash.name, clash.record_id, clash.other) == (
        "общество дружба",
        known,
        "Общество «Дружба»",
    )
    assert "Общество «Дружба»" in str(taken.value)
    # two that share a name may still be two: the clerk says so
    with database.sessions.begin() as session:
        ReferenceService(session).save(
            "organization", None, {"name": "общество дружба"}, [], allow_shared_names=True
        )
    assert count(database, Organization) == before + 1


def test_a_rename_or_an_alias_onto_another_records_name_is_asked_first(
    database: Database,
) -> None:
    add(database, "person", "İsmayıl Hüseynov")
    other = add(database, "person", "Ramiz Zeynalov")
    with pytest.raises(NameTakenError), database.sessions.begin() as session:
        ReferenceService(session).save("person", other, {"name": "ISMAYIL HUSEYNOV"}, [])
    with pytest.raises(NameTakenError) as taken, database.sessions.begin() as session:
        ReferenceService(session).add_alias("person", other, "ismayıl hüseynov")
    assert taken.value.clashes[0].other == "İsmayıl Hüseynov"
    with database.sessions() as session:
        assert session.get(Person, other).full_name == "Ramiz Zeynalov"  # type: ignore[union-attr]
        assert ReferenceService(session).read("person", other).aliases == []  # type: ignore[union-attr]


def test_a_records_own_names_and_a_namesake_elsewhere_are_no_clash(database: Database) -> None:
    record_id = add(database, "organization", "Friendship club", ["Dostluq klubu"])
    with database.sessions.begin() as session:  # another case of its own name
        ReferenceService(session).save(
            "organization", record_id, {"name": "Friendship Club"}, ["DOSTLUQ KLUBU"]
        )
    with database.sessions.begin() as session:  # a town of the same name in another region
        service = ReferenceService(session)
        service.save("city", None, {"name": "Novoivanovka", "region": "Primorsky Krai"}, [])
        service.save("city", None, {"name": "Novoivanovka", "region": "Altai Krai"}, [])
    with pytest.raises(NameTakenError), database.sessions.begin() as session:
        ReferenceService(session).save(
            "city", None, {"name": "NOVOIVANOVKA", "region": "Primorsky Krai"}, []
        )


def test_a_type_is_found_and_checked_by_its_russian_and_azerbaijani_names(
    database: Database,
) -> None:
    with database.sessions.begin() as session:
        service = ReferenceService(session)
        for text in ("митинг", "Митинг", "Mitinq", "rally"):
            assert [t.code for t in service.search("event_type", text)] == ["rally"], text
        with pytest.raises(NameTakenError) as taken:
            service.save("event_type", None, {"name": "Митинг"}, [])
        assert taken.value.clashes[0].other == "rally"
