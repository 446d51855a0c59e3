"""``diaspora-events export``: sheet choice, name filters, grouping, progress bar."""

from __future__ import annotations

import argparse
import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db.engine import Database
from desktop.cli import CommandError
from desktop.cli_export import ProgressBar, add_export_command, parse_sheets, run_export
from desktop.reports import ALL_SHEETS
from tests.data_sets import fill_sample


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="diaspora-events")
    add_export_command(parser.add_subparsers(dest="command"))
    return parser.parse_args(["export", *argv])


@pytest.fixture
def sample(database_with) -> Database:
    """The sample data set (loaded once, copied for each test)."""
    return database_with(fill_sample)


def test_default_is_every_standard_sheet(sample: Database, tmp_path: Path, capsys):
    out = tmp_path / "all.xlsx"
    assert run_export(sample, _args("--out", str(out))) == 0
    wb = load_workbook(out)
    assert len(wb.sheetnames) == len(ALL_SHEETS) + 1  # and how figures are counted
    assert wb["Events"].max_row == 4
    assert "3 events" in capsys.readouterr().out


def test_reports_repeat_and_comma_separate(sample: Database, tmp_path: Path):
    out = tmp_path / "some.xlsx"
    args = _args("--out", str(out), "--report", "per_region,events", "--report", "speakers",
                 "--by", "quarter")
    assert run_export(sample, args) == 0
    wb = load_workbook(out)
    assert wb.sheetnames == ["Events", "Per region", "Speakers",  # in workbook order
                             "How these figures are counted"]
    header = [c.value for c in wb["Per region"][1]]
    assert "2025 Q1" in header


def test_unknown_report_is_a_clear_error():
    with pytest.raises(CommandError, match=r"unknown report pivot.*choose from cover"):
        parse_sheets(["events,pivot"])


def test_filters_by_name_with_any_spelling(sample: Database, tmp_path: Path):
    out = tmp_path / "primorye.xlsx"
    args = _args("--out", str(out), "--country", "RU", "--region", "Primorsky Territory",
                 "--occasion", "Khojaly genocide", "--status", "verified", "--report", "cover",
                 "--report", "events")
    run_export(sample, args)
    wb = load_workbook(out)
    rows = list(wb["Events"].iter_rows(min_row=2, values_only=True))
    assert len(rows) <= 1
    cover = " ".join(str(v) for row in wb["Cover"].iter_rows(values_only=True) for v in row if v)
    assert "Region: Primorsky Krai" in cover and "Status: verified" in cover


def test_unknown_name_is_a_clear_error(sample: Database, tmp_path: Path):
    args = _args("--out", str(tmp_path / "x.xlsx"), "--region", "Atlantis Oblast")
    with pytest.raises(CommandError, match="no region named 'Atlantis Oblast'"):
        run_export(sample, args)
    assert not (tmp_path / "x.xlsx").exists()


def test_swapped_dates_are_refused(sample: Database, tmp_path: Path):
    args = _args("--out", str(tmp_path / "x.xlsx"), "--from", "2025-03-01", "--to", "2025-01-01")
    with pytest.raises(CommandError, match="swap"):
        run_export(sample, args)


def test_progress_bar_only_on_a_terminal(sample: Database, tmp_path: Path, capsys):
    run_export(sample, _args("--out", str(tmp_path / "quiet.xlsx")))
    assert capsys.readouterr().err == ""  # stderr is not a terminal under pytest
    stream = io.StringIO()
    bar = ProgressBar(stream)
    bar(0, 3)
    bar(3, 3)
    bar.finish()
    assert stream.getvalue().rstrip().endswith("100%  3/3 events")


def test_organization_filter_on_every_sheet(sample: Database, tmp_path: Path):
    out = tmp_path / "friendship.xlsx"
    sheets = "cover,events,per_region,per_organization,per_occasion,speakers,program"
    args = _args("--out", str(out), "--organization", "Friendship", "--report",
                 f"{sheets},speaker_summary")
    assert run_export(sample, args) == 0
    wb = load_workbook(out)
    assert wb["Events"].max_row == 2
    cover = {row[0]: row[1] for row in wb["Cover"].iter_rows(values_only=True)}
    assert cover["Organizations"] == 1


def test_internal_error_is_a_sentence_naming_the_log(
    sample: Database, tmp_path: Path, monkeypatch
):
    from desktop.reports import sheets_cover

    def broken(*_args, **_kwargs):
        raise AttributeError("'NoneType' object has no attribute 'name'")

    monkeypatch.setattr(sheets_cover, "totals", broken)
    with pytest.raises(CommandError) as raised:
        run_export(sample, _args("--out", str(tmp_path / "x.xlsx")))
    assert "NoneType" not in str(raised.value) and "log file" in str(raised.value)


def test_language_option_writes_the_report_in_it(sample: Database, tmp_path: Path):
    out = tmp_path / "ru.xlsx"
    assert run_export(sample, _args("--out", str(out), "--language", "ru")) == 0
    assert "Мероприятия" in load_workbook(out).sheetnames
    with pytest.raises(SystemExit):  # argparse names the choices
        _args("--out", str(out), "--language", "fr")


def test_language_defaults_to_the_saved_setting(sample: Database, tmp_path: Path):
    from desktop.settings import Settings

    Settings(language="az").save()
    out = tmp_path / "az.xlsx"
    assert run_export(sample, _args("--out", str(out))) == 0
    assert "Tədbirlər" in load_workbook(out).sheetnames
    english = tmp_path / "en.xlsx"
    assert run_export(sample, _args("--out", str(english), "--language", "en")) == 0
    assert "Events" in load_workbook(english).sheetnames


def test_the_commands_language_is_the_reports_unless_export_names_another(
    sample: Database, tmp_path: Path, capsys
):
    """Seen: ``diaspora-events --language ru export`` said "Записан ..." of an English
    report (the settings hold Azerbaijani here: the command's word comes first)."""
    from desktop.cli import main
    from desktop.settings import Settings

    Settings(language="az").save()
    url = str(sample.url)
    russian = tmp_path / "ru.xlsx"
    assert main(["--database", url, "--language", "ru", "export", "--out", str(russian)]) == 0
    assert "Мероприятия" in load_workbook(russian).sheetnames
    said = capsys.readouterr().out  # the sheets named as the file names them
    assert ", ".join(load_workbook(russian).sheetnames[:3]) in said, said
    english = tmp_path / "en.xlsx"
    argv = ["--database", url, "--language", "ru", "export", "--out", str(english)]
    assert main([*argv, "--language", "en"]) == 0
    assert "Events" in load_workbook(english).sheetnames


def test_cover_names_the_data_set_not_its_path_nor_the_login(sample: Database, tmp_path: Path):
    from db.event_store import current_user

    out = tmp_path / "plain.xlsx"
    assert run_export(sample, _args("--out", str(out))) == 0
    wb = load_workbook(out)
    cover = {row[0]: row[1] for row in wb["Cover"].iter_rows(values_only=True) if row[0]}
    path = Path(sample.display_name)
    assert cover["Data set"] == path.name
    assert "Made by" not in cover and wb.properties.creator != current_user()
    assert not any(str(path.parent) in str(v) for v in cover.values())

    asked = tmp_path / "asked.xlsx"
    args = _args("--out", str(asked), "--show-origin", "--author", "Analyst")
    assert run_export(sample, args) == 0
    wb = load_workbook(asked)
    cover = {row[0]: row[1] for row in wb["Cover"].iter_rows(values_only=True) if row[0]}
    assert cover["Data set"] == str(path) and cover["Made by"] == "Analyst"
    assert wb.properties.creator == "Analyst"


def test_the_summary_line_writes_size_and_time_as_the_language_does(
    sample: Database, tmp_path: Path, capsys
):
    """"0.0 МБ за 0.8 с" for a 46 KB file: a point for a Russian decimal comma, and zero."""
    from db import messages

    messages.set_language("ru")
    try:
        assert run_export(sample, _args("--out", str(tmp_path / "r.xlsx"))) == 0
    finally:
        messages.set_language("en")
    line = capsys.readouterr().out
    assert re.search(r" \d+ кБ за \d+,\d с\)", line) and " МБ" not in line, line


def test_a_name_that_is_not_xlsx_is_refused_before_anything_is_written(
    sample: Database, tmp_path: Path
):
    """"--out report.xls" wrote an .xlsx workbook under an .xls name: Excel then warns
    that the file's format and extension do not match."""
    with pytest.raises(CommandError, match=r"\.xlsx"):
        run_export(sample, _args("--out", str(tmp_path / "report.xls")))
    assert not (tmp_path / "report.xls").exists()

# A filter names exactly what the report is narrowed to: a name the lists only resemble is
# refused with the near name to write, never taken silently (a report of Malta's "Marsa" for
# a typed "Марс" would be sent upward as asked).


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
