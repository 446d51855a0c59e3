"""``diaspora-events extract FILE`` prints a draft's dates as the events table shows them
(``db.queries.dates_text``), with the precision when it is not a day: a month is not
"unknown", and the days of a festival are not "between" them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main

MONTH = (
    "В марте 2025 года в Казани Азербайджанская национально-культурная автономия провела "
    "литературный вечер, посвящённый поэту Самеду Вургуну."
)
DAYS = "С 3 по 5 апреля 2025 года в Казани прошёл фестиваль азербайджанской культуры."
NO_DAY = "В Казани прошёл фестиваль азербайджанской культуры."


def _date_line(database_path: Path, tmp_path: Path, capsys, report: str, language: str) -> str:
    path = tmp_path / "report.txt"
    path.write_text(report, encoding="utf-8")
    argv = ["--database", str(database_path), "--language", language, "extract", str(path)]
    assert main([*argv, "--published", "2025-04-10"]) == 0
    lines = capsys.readouterr().out.splitlines()
    (line,) = [line for line in lines if line.strip().startswith(("Date:", "Дата:"))]
    return line.split(":", 1)[1].strip()


@pytest.mark.parametrize(
    ("report", "shown"),
    [
        (MONTH, "2025-03 (precision: month)"),  # was "unknown"
        (DAYS, "2025-04-03 – 2025-04-05"),  # was "between 2025-04-03 and 2025-04-05"
        # one day not told: a span "between", the last day the report's
        (NO_DAY, "2025-03-11 – 2025-04-10 (precision: between)"),
    ],
    ids=["month", "days", "no-day"],
)
def test_dates_are_printed_as_the_table_shows_them(
    database_path, tmp_path, capsys, report, shown
) -> None:
    assert _date_line(database_path, tmp_path, capsys, report, "en") == shown


@pytest.mark.parametrize(
    ("report", "shown"),
    [(MONTH, "03.2025"), (DAYS, "03.04.2025 – 05.04.2025")],
    ids=["month", "days"],
)
def test_russian_dates_are_written_as_the_russian_table_writes_them(
    database_path, tmp_path, capsys, report, shown
) -> None:
    """The month as the Russian window writes it ("03.2025"), the days with their year."""
    line = _date_line(database_path, tmp_path, capsys, report, "ru")
    assert line.startswith(shown), line
    assert "неизвест" not in line and " и " not in line, line
