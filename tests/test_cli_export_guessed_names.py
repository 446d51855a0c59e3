"""A filter of the command line's report names exactly what the report is narrowed to: a
name the lists only resemble is refused with the near name to write, never taken silently
(a report of Malta's "Marsa" for a typed "Марс" would be sent upward as asked)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from db.engine import Database
from desktop.cli import CommandError
from desktop.cli_export import add_export_command, run_export
from tests.data_sets import fill_sample


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="diaspora-events")
    add_export_command(parser.add_subparsers(dest="command"))
    return parser.parse_args(["export", *argv])


@pytest.fixture
def sample(database_with) -> Database:
    return database_with(fill_sample)


@pytest.mark.parametrize(
    ("option", "typed", "near"),
    [
        ("--organization", "Frendship", "Friendship"),
        ("--country", "Rusia", "Russia"),
        ("--occasion", "Khojaly genocde", "Khojaly genocide"),
        ("--region", "Chelyabinsk Oblas", "Chelyabinsk Oblast"),
    ],
)
def test_a_misspelt_name_is_refused_with_the_name_it_resembles(
    sample: Database, tmp_path: Path, option: str, typed: str, near: str
) -> None:
    out = tmp_path / "report.xlsx"
    with pytest.raises(CommandError) as refused:
        run_export(sample, _args("--out", str(out), option, typed))
    message = str(refused.value)
    assert typed in message and near in message
    assert not out.exists()


def test_a_word_that_names_no_region_gives_no_report(sample: Database, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    with pytest.raises(CommandError, match="Марс"):
        run_export(sample, _args("--out", str(out), "--region", "Марс"))
    assert not out.exists()


def test_exact_names_in_any_language_still_narrow_the_report(
    sample: Database, tmp_path: Path
) -> None:
    out = tmp_path / "report.xlsx"
    args = _args("--out", str(out), "--region", "Челябинская область", "--country", "Россия",
                 "--report", "events")
    assert run_export(sample, args) == 0
    assert out.exists()
