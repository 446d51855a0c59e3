"""Make the report workbook: one pass over the events, summaries from SQL, atomic save.

The file is written whole or not at all (:mod:`desktop.output_file`), so a cancelled or
failed export leaves no half-written file and an older report under the same name survives.
XlsxWriter (and openpyxl, for the cell rules) are imported here lazily: the GUI
and CLI import this package at start-up.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from db.change_log import current_user
from db.engine import Database
from db.messages import _
from desktop.output_file import OutputFileError, check_target, reason, written_whole
from desktop.reports.options import (
    COUNTING_SHEET,
    SHEET_TITLES,
    ExportCancelled,
    ExportSummary,
    ReportError,
    ReportOptions,
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

log = logging.getLogger(__name__)


def export_workbook(
    database: Database,
    out: Path,
    options: ReportOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportSummary:
    """Write the report chosen in ``options`` to ``out`` (an .xlsx file).

    ``progress(done, total)`` is called as events are written; when
    ``cancelled()`` turns true the export stops with :class:`ExportCancelled`.
    Raises :class:`ReportError` when the file cannot be written.
    """
    options.validate()
    started = time.perf_counter()
    try:
        out = check_target(Path(out), "report.xlsx")
        with written_whole(out) as temp:
            events = _build(database, temp, options, progress, cancelled or (lambda: False))
    except OutputFileError as error:
        raise ReportError(str(error)) from error
    except (ReportError, ExportCancelled):
        raise
    except Exception as error:
        raise _internal_error(out, error) from error
    return ExportSummary(
        path=out,
        events=events,
        sheets=tuple(options.sheets),
        seconds=time.perf_counter() - started,
        bytes=out.stat().st_size,
    )


def _internal_error(out: Path, error: Exception) -> ReportError:
    """A failure the user cannot fix: logged in full, told in one sentence with the log's place."""
    from sqlalchemy.exc import DBAPIError

    from db.errors import describe_database_error
    from desktop.logs import log_path

    log.error("export to %s failed", out, exc_info=error)
    if isinstance(error, DBAPIError):  # the database's own trouble: say which
        return ReportError(_("The report was not saved. {reason}").format(
            reason=describe_database_error(error)))
    if isinstance(error, OSError):
        return ReportError(_("The report was not saved: {reason}.").format(reason=reason(error)))
    return ReportError(
        _(
            "The report was not saved because of an error in the application; no file was "
            "written. The details are in the log file {log}: please send it to whoever "
            "supports the application."
        ).format(log=log_path())
    )


# --- the workbook ----------------------------------------------------------------


def _build(
    database: Database,
    temp: Path,
    options: ReportOptions,
    progress: Progress | None,
    cancelled: Cancelled,
) -> int:
    """Write every chosen sheet into ``temp`` in the report's language; returns the events."""
    from desktop.reports.language import use_language

    with use_language(options.language):
        return _write(database, temp, options, progress, cancelled)


def _write(
    database: Database,
    temp: Path,
    options: ReportOptions,
    progress: Progress | None,
    cancelled: Cancelled,
) -> int:
    from desktop.reports import sheets_cover, sheets_events, sheets_summary
    from desktop.reports.cells import clean_text
    from desktop.reports.language import translate
    from desktop.reports.localize import Names, described, filter_text
    from desktop.reports.rows import iter_event_batches
    from desktop.reports.sheets_counting import write_counting
    from desktop.reports.xlsx import Book

    flt, chosen = options.event_filter, options.sheets
    author = options.author or (current_user() if options.show_origin else "")
    title = translate(options.title)  # the default title in the report's language
    # XlsxWriter keeps each sheet's rows in a file of this folder until close();
    # the folder goes away with whatever an abandoned export left in it.
    with tempfile.TemporaryDirectory(prefix="diaspora-export-",
                                     ignore_cleanup_errors=True) as rows_folder:
        book = Book(temp, title, author, rows_folder)
        with database.sessions() as session:
            names = Names(session)
            filters = described(session, flt, names.language)
            book.page_header = "; ".join(filter_text(label, value) for label, value in filters)
            figures = sheets_cover.totals(session, flt)
            streams: list[Any] = []
            for name in _ordered(chosen):
                sheet_title = clean_text(translate(SHEET_TITLES[name]))
                if name == "cover":
                    sheets_cover.write_cover(
                        book, sheet_title, report_title=clean_text(title),
                        filters=filters,
                        figures=figures, session=session, event_filter=flt,
                        granularity=options.granularity,
                        sheets=[translate(SHEET_TITLES[n]) for n in _ordered(chosen)],
                        author=author,
                        made_at=dt.datetime.now().replace(microsecond=0),
                        data_set=(database.display_name if options.show_origin
                                  else data_set_name(database)),
                    )
                elif name == "events":
                    speakers = (clean_text(translate(SHEET_TITLES["speakers"]))
                                if "speakers" in chosen else None)
                    streams.append(sheets_events.EventsSheet(
                        book, sheet_title, names.english_columns, speakers_sheet=speakers))
                elif name == "speakers":
                    streams.append(sheets_events.SpeakersSheet(book, sheet_title))
                elif name == "program":
                    streams.append(sheets_events.ProgramSheet(book, sheet_title))
                elif name == "organizers":
                    streams.append(sheets_events.OrganizersSheet(book, sheet_title))
                elif name == "organizations":
                    from desktop.reports.sheets_organizations import write_organizations

                    write_organizations(book, sheet_title, session, flt, names)
                elif name == "per_region":
                    sheets_summary.write_per_region(book, sheet_title, session, flt,
                                                    options.granularity, names)
                elif name == "per_organization":
                    sheets_summary.write_per_organization(book, sheet_title, session, flt, names)
                elif name == "per_occasion":
                    sheets_summary.write_per_occasion(book, sheet_title, session, flt, names)
                else:
                    from desktop.reports import sheets_extra

                    sheets_extra.write(name, book, sheet_title, session, flt, names,
                                       options.gaps_occasion_id)
                if cancelled():
                    raise ExportCancelled()
            write_counting(book, clean_text(translate(SHEET_TITLES[COUNTING_SHEET])))
            done, total = 0, figures.events
            if progress:
                progress(0, total)
            if streams:
                for batch in iter_event_batches(session, flt, names=names):
                    if cancelled():
                        raise ExportCancelled()
                    for stream in streams:
                        stream.add(batch)
                    done += len(batch)
                    if progress:
                        progress(done, max(total, done))
            for stream in streams:
                stream.close()
        if cancelled():
            raise ExportCancelled()
        book.close()
    if progress:
        progress(max(done, total), max(done, total))
    return done if streams else figures.events


def data_set_name(database: Database) -> str:
    """The data set's name alone: the file's name, or the database's on a server."""
    from sqlalchemy.engine import make_url

    from db.engine import sqlite_path

    path = sqlite_path(database.url)
    return path.name if path is not None else str(make_url(database.url).database or "")


def _ordered(chosen: tuple[str, ...]) -> list[str]:
    order = list(SHEET_TITLES)
    return sorted(dict.fromkeys(chosen), key=order.index)
