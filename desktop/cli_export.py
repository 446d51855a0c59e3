"""``diaspora-events export``: the Excel report from the command line.

The same :func:`desktop.reports.export_workbook` as the report dialog, with the
same filters, so a scheduled job and a clerk at the window get the same file.
Names (country, region, organization, occasion) are looked up the way the
entry form does it, through the gazetteer, so "Primorye" finds Primorsky Krai.
A progress bar goes to stderr, and only on a terminal: a log file or a pipe
gets the one summary line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO, TypeVar

from db.engine import Database
from db.messages import N_, _, current_language, format_number, ngettext
from desktop.reports.language import LANGUAGES, catalog, normalize_language
from desktop.reports.options import ALL_SHEETS, EXTRA_SHEETS, SHEET_TITLES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.models import Region
    from db.queries import EventFilter

STATUSES = ("draft", "verified")
_NO_SUCH = {
    "region": N_("no region named '{name}'; check the spelling or the list in the application"),
    "organization": N_(
        "no organization named '{name}'; check the spelling or the list in the application"
    ),
    "occasion": N_(
        "no occasion named '{name}'; check the spelling or the list in the application"
    ),
}
"""What a filter naming no record says, by the option's name."""


def iso_date(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD, with the fix in the message (shared by the CLI)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2025-02-26").format(text=text)
        ) from None


def add_export_command(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Add the ``export`` subcommand to the ``diaspora-events`` parser."""
    names = ", ".join((*ALL_SHEETS, *EXTRA_SHEETS))
    export: argparse.ArgumentParser = subparsers.add_parser(
        "export",
        help=_("write the Excel report"),
        description=_(
            "Write the Excel report: every standard sheet, or those named with --report "
            "({names}). Filters combine; names are matched like in the entry form."
        ).format(names=names),
    )
    export.add_argument("--out", required=True, type=Path, help=_("the .xlsx file to write"))
    export.add_argument(
        "--report",
        action="append",
        metavar="NAME",
        help=_(
            "a sheet to include; repeat it or separate names with commas (default: {names})"
        ).format(names=", ".join(ALL_SHEETS)),
    )
    export.add_argument("--from", dest="date_from", type=iso_date, help=_("first day (YYYY-MM-DD)"))
    export.add_argument("--to", dest="date_to", type=iso_date, help=_("last day (YYYY-MM-DD)"))
    export.add_argument(
        "--by",
        choices=("month", "quarter", "year"),
        default="month",
        help=_("period columns of the per-region sheet (default: month)"),
    )
    export.add_argument("--country", help=_("only events in this country (name or ISO code)"))
    export.add_argument("--region", help=_("only events in this region (any spelling)"))
    export.add_argument("--organization", help=_("only events this organization (co-)organized"))
    export.add_argument(
        "--occasion", help=_("only events for this occasion (needed for coverage_gaps)")
    )
    export.add_argument(
        "--gaps-for",
        metavar="OCCASION",
        help=_("add the coverage_gaps sheet for this occasion to the report, without narrowing "
        "the other sheets to it: regions and organizations with events but none for it"),
    )
    export.add_argument("--status", choices=STATUSES, help=_("only draft or only verified events"))
    export.add_argument("--title", help=_("the report title on the cover"))
    export.add_argument("--author", help=_("who made the report, named on the cover"))
    export.add_argument(
        "--show-origin",
        action="store_true",
        help=_("name the data set by its full path or server and, without --author, the login "
        "(default: only the data set's name)"),
    )
    export.add_argument(
        "--language",
        choices=LANGUAGES,
        help=_("language of the report (default: that of the messages, else the one chosen in "
        "the application's settings, else the system's)"),
    )
    return export


def parse_sheets(values: list[str] | None) -> tuple[str, ...]:
    """``--report`` values (repeated and/or comma-separated) as sheet keys, in workbook order."""
    if not values:
        return ALL_SHEETS
    chosen = [
        name.strip().lower().replace("-", "_")
        for value in values
        for name in value.split(",")
        if name.strip()
    ]
    unknown = [name for name in chosen if name not in (*ALL_SHEETS, *EXTRA_SHEETS)]
    if unknown:
        from desktop.cli import CommandError

        known = ", ".join((*ALL_SHEETS, *EXTRA_SHEETS))
        raise CommandError(
            _("unknown report {names}; choose from {known}").format(
                names=", ".join(unknown), known=known
            )
        )
    order = list(SHEET_TITLES)
    return tuple(sorted(dict.fromkeys(chosen), key=order.index))


def build_filter(database: Database, args: argparse.Namespace) -> EventFilter:
    """The :class:`EventFilter` of the command line, names resolved to records."""
    from db.gazetteer import Gazetteer
    from db.localized import display_name
    from db.models import EventStatus
    from db.queries import EventFilter
    from desktop.cli import CommandError

    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise CommandError(_("--to is before --from; swap the dates"))
    flt = EventFilter(date_from=args.date_from, date_to=args.date_to)
    if getattr(args, "status", None):
        flt.status = EventStatus(args.status)
    wanted: dict[str, str | None] = {
        key: getattr(args, key, None) for key in ("country", "region", "organization", "occasion")
    }
    if not any(wanted.values()):
        return flt
    with database.sessions() as session:
        gazetteer = Gazetteer(session)
        country = None
        if wanted["country"]:
            country = _exactly(
                wanted["country"], gazetteer.resolve_country,
                _("no country named '{name}'; use its English name or ISO code, e.g. RU"),
            )
            flt.country_id = country.id
        lookups: list[tuple[str, Callable[[str, bool], _Named | None]]] = [
            ("region", lambda text, fuzzy: _region_by_code(session, text)
             or gazetteer.resolve_region(text, country, fuzzy=fuzzy)),
            ("organization", lambda text, fuzzy: gazetteer.resolve_organization(
                text, fuzzy=fuzzy)),
            ("occasion", lambda text, fuzzy: gazetteer.resolve_occasion(text, fuzzy=fuzzy)),
        ]
        for key, resolve in lookups:
            text = wanted[key]
            if text:
                if key == "region" and country:
                    message = _(
                        "no region named '{name}' in {country}; check the spelling or the "
                        "list in the application"
                    ).replace("{country}", display_name(country, current_language()))
                else:
                    message = _(_NO_SUCH[key])
                record = _exactly(text, resolve, message)
                setattr(flt, f"{key}_id", record.id)
    return flt


def report_language(chosen: str | None, command: str | None = None) -> str:
    """``export --language``, else the command's ``--language`` (its messages' language),
    else the saved interface language, else the system's (as the GUI does)."""
    if chosen or command:
        return normalize_language(chosen or command)
    from desktop.settings import Settings

    saved = Settings.load().language
    if saved:
        return normalize_language(saved)
    from babel.core import default_locale

    return normalize_language(default_locale())


def _occasion_id(database: Database, text: str) -> int:
    """The occasion ``--gaps-for`` names, matched like the other names."""
    from db.gazetteer import Gazetteer

    with database.sessions() as session:
        resolve = Gazetteer(session).resolve_occasion
        return _exactly(text, lambda name, fuzzy: resolve(name, fuzzy=fuzzy),
                        _(_NO_SUCH["occasion"])).id


class _Named(Protocol):
    id: int


Record = TypeVar("Record", bound=_Named)


def _exactly(text: str, resolve: Callable[[str, bool], Record | None], unknown: str) -> Record:
    """The record ``text`` names exactly (any alias or language, as the form takes it).
    A name the lists only resemble is refused with the near one, so a typo never narrows
    a report to another place or body; ``unknown`` (with ``{name}``) when none is near."""
    from db.localized import display_name
    from desktop.cli import CommandError

    found = resolve(text, False)
    if found is not None:
        return found
    near = resolve(text, True)
    if near is None:
        raise CommandError(unknown.format(name=text))
    raise CommandError(
        _("'{name}' is not in the lists; the nearest name is '{near}'. Write that name (or "
          "another spelling the lists hold) to narrow the report to it.").format(
            name=text, near=display_name(near, current_language()))
    )


def _region_by_code(session: Session, text: str) -> Region | None:
    """The region whose ISO 3166-2 code is ``text`` ("RU-PRI"), as the sheets show it."""
    from sqlalchemy import select

    from db.models import Region

    return session.scalar(select(Region).where(Region.code == text.strip().upper()))


class ProgressBar:
    """A one-line bar on a terminal, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO, width: int = 30):
        self.stream = stream
        self.width = width
        self._shown = 0.0
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._shown < 0.1:
            return
        self._shown = now
        share = done / total if total else 1.0
        filled = int(self.width * share)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r[{bar}] {share:4.0%}  {done:,}/{total:,} events")
        self.stream.flush()
        self._drawn = True

    def finish(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()


def run_export(database: Database, args: argparse.Namespace) -> int:
    """Write the report; errors become a :class:`desktop.cli.CommandError` (exit 1)."""
    from desktop.cli import CommandError
    from desktop.reports import ReportError, ReportOptions, export_workbook

    options = ReportOptions(
        event_filter=build_filter(database, args),
        granularity=args.by,
        sheets=parse_sheets(getattr(args, "report", None)),
        language=report_language(
            getattr(args, "language", None), getattr(args, "message_language", None)
        ),
        author=getattr(args, "author", None),
        show_origin=bool(getattr(args, "show_origin", False)),
    )
    if getattr(args, "gaps_for", None):
        options.gaps_occasion_id = _occasion_id(database, args.gaps_for)
        if "coverage_gaps" not in options.sheets:
            options.sheets = parse_sheets([",".join((*options.sheets, "coverage_gaps"))])
    if getattr(args, "title", None):
        options.title = args.title
    if args.out.suffix.lower() != ".xlsx":
        raise CommandError(_(
            "{file}: the report is an Excel workbook, so its name ends in .xlsx (Excel "
            "refuses another ending on it). Give --out a name ending in .xlsx."
        ).format(file=args.out))
    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    try:
        summary = export_workbook(database, args.out, options, progress=bar)
    except ReportError as error:
        raise CommandError(str(error)) from error
    except KeyboardInterrupt:
        print(_("Export stopped; no file was written."), file=sys.stderr)
        return 130
    finally:
        if bar:
            bar.finish()
    in_the_report = catalog(options.language)  # the sheets as the file names them
    sheets = ", ".join(in_the_report.gettext(SHEET_TITLES[name]) for name in summary.sheets)
    print(
        ngettext(
            "Wrote {file} ({count} event; {sheets}; {size} in {time}).",
            "Wrote {file} ({count} events; {sheets}; {size} in {time}).",
            summary.events,
        ).format(
            file=args.out,
            count=format_number(summary.events),
            sheets=sheets,
            size=_size(summary.bytes),
            time=_unit(summary.seconds, "duration-second", "#,##0.0"),
        )
    )
    return 0


def _size(size: int) -> str:
    """A file's size as the message language writes it: "46 kB", "1,2 МБ"."""
    if size < 2**20:
        return _unit(size / 2**10, "digital-kilobyte", "#,##0")
    return _unit(size / 2**20, "digital-megabyte", "#,##0.0")


def _unit(value: float, unit: str, pattern: str) -> str:
    from babel.units import format_unit

    return format_unit(value, unit, length="short", format=pattern, locale=current_language())
