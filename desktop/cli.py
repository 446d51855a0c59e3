"""The ``diaspora-events`` command: the GUI by default, headless subcommands otherwise.

Global options come before the subcommand
(``diaspora-events --database PATH export --out FILE``). A ``--database`` given
once is remembered in the settings. Errors are printed as one clear message
and a non-zero exit code, never as a traceback.
"""

from __future__ import annotations

import argparse
import gc
import gettext
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from db import messages
from db.messages import _, ngettext
from desktop import __version__

if TYPE_CHECKING:
    from db.engine import Database
    from desktop.settings import Settings

EXIT_USAGE = 2
EXIT_MISSING = 3


class CommandError(Exception):
    """A failure to report to the user in one line."""


PROG = "diaspora-events"


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options before any command, shared by the full and the quick parser."""
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}",
        help=_("show the program's version and exit"),
    )
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help=_(
            "SQLite file or SQLAlchemy URL (postgresql+psycopg://...); remembered for next time"
        ),
    )
    parser.add_argument(
        "--new",
        action="store_true",
        help=_("start a new, empty data set if the remembered data file is missing"),
    )
    parser.add_argument(
        "--language",
        dest="message_language",
        choices=messages.LANGUAGES,
        help=_("language of the window and the messages (default: the one saved in the "
        "settings, else the system's)"),
    )


def build_parser() -> argparse.ArgumentParser:
    """Every command and its options (importing what the commands' options need)."""
    from desktop.cli_export import add_export_command, iso_date, run_export
    from desktop.cli_import import add_import_commands
    from desktop.cli_reference import add_reference_command

    parser = argparse.ArgumentParser(
        prog=PROG,
        description=_("Record diaspora organizations' events and report them in Excel. "
        "Without a command, the desktop application opens."),
    )
    _add_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title=_("commands"))
    commands.add_parser("gui", help=_("open the desktop application (the default)"))
    add_export_command(commands).set_defaults(handler=run_export)
    commands.add_parser("load-sample", help=_("add the three events of the sample report"))
    listing = commands.add_parser("list", help=_("print the events, newest first"))
    listing.add_argument("--text", help=_("only events whose names or places contain this"))
    commands.add_parser("info", help=_("show where the data is and how much there is"))
    extract = commands.add_parser(
        "extract", help=_("propose draft events from a news report (.txt, .html, .docx)")
    )
    extract.add_argument("file", type=Path, help=_("the report to read"))
    extract.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    extract.add_argument(
        "--published", type=iso_date, help=_("the report's publication date, if the text lacks it")
    )
    backup = commands.add_parser("backup", help=_("back up the SQLite data file now"))
    backup.add_argument("--list", action="store_true", help=_("list the backups instead"))
    restore = commands.add_parser(
        "restore", help=_("replace the data file with a backup (keeping a backup of it first)")
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("backup", nargs="?", type=Path, help=_("the backup file to restore"))
    which.add_argument("--newest", action="store_true", help=_("the newest good backup"))
    add_import_commands(commands)
    add_reference_command(commands)
    data_set = commands.add_parser("db", help=_("whole-data-set operations"))
    data_set_commands = data_set.add_subparsers(
        dest="db_command", metavar="DB_COMMAND", required=True
    )
    copy = data_set_commands.add_parser(
        "copy", help=_("copy everything into a new, empty database and verify it")
    )
    copy.add_argument("--from", dest="source", required=True, metavar="PATH_OR_URL",
                      help=_("the data set to copy (a SQLite file or a server's address); "
                             "it is only read"))
    copy.add_argument("--to", dest="target", required=True, metavar="PATH_OR_URL",
                      help=_("a new SQLite file, or an empty database on a server"))
    return parser


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line, read before anything heavy is imported: ``--version`` and the
    window (no command) need only the global options; a command, ``--help`` or a mistake
    goes to the full parser, which imports what the commands' options need."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    quick = argparse.ArgumentParser(prog=PROG, add_help=False, exit_on_error=False)
    _add_global_options(quick)
    try:
        known, rest = quick.parse_known_args(arguments)
    except argparse.ArgumentError:
        # the full parser says what is wrong
        known, rest = argparse.Namespace(message_language=None), arguments
    if rest in ([], ["gui"]):
        known.command = rest[0] if rest else None
        return known
    use_message_language(known.message_language)  # --help and mistakes in that language
    with argparse_speaks(messages.current_language()):
        return build_parser().parse_args(arguments)


ARGPARSE_CATALOGS = messages.CATALOG_DIR / "argparse"
"""argparse's own words (usage, headings, its errors): LANG/LC_MESSAGES/messages.mo."""


@contextmanager
def argparse_speaks(language: str) -> Iterator[None]:
    """argparse words its frame ("usage:", "options", "error: ... required") through
    gettext's global domain, in the language the environment names: the way the Python
    documentation gives (argparse HOWTO, "How to translate the argparse output"). The
    domain is bound to the app's catalogs, and the language named for the parse only."""
    gettext.bindtextdomain(gettext.textdomain(), ARGPARSE_CATALOGS)
    before = os.environ.get("LANGUAGE")
    os.environ["LANGUAGE"] = language
    try:
        yield
    finally:
        if before is None:
            del os.environ["LANGUAGE"]
        else:
            os.environ["LANGUAGE"] = before


def use_message_language(chosen: str | None, settings: Settings | None = None) -> None:
    """The language of every message: ``--language``, else the one saved in ``settings``
    (read when not given), else the system's (as the window chooses it; looked up when
    first needed)."""
    from desktop.settings import Settings

    chosen = chosen or (settings or Settings.load()).language
    if chosen:
        messages.set_language(chosen)
    else:
        messages.use_system_language()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    gc.disable()  # see _run: starting makes only lasting objects (modules, classes)
    try:
        return _run(args)
    except BrokenPipeError:
        # The reader of the output stopped (`... | head`): end quietly, as command-line
        # tools do; Python would print a traceback when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        gc.enable()


def _run(args: argparse.Namespace) -> int:
    """The command, with the garbage collector off until it starts its work: collecting
    while thousands of modules and classes are made finds nothing to free and cost a
    twentieth of the start. The window turns it back on once it shows (desktop.ui.app)."""
    from db.engine import DatabaseOpenError, UpgradePending, open_database
    from desktop.logs import setup_logging
    from desktop.settings import Settings

    setup_logging()
    settings = Settings.load()
    remembered = settings.database
    use_message_language(args.message_language, settings)
    window_language = args.message_language or settings.language  # None: the system's

    def gui(database: Database, _args: argparse.Namespace) -> int:
        return run_gui(database, window_language)

    handlers: dict[str | None, Callable[[Database, argparse.Namespace], int]] = {
        None: gui,
        "gui": gui,
        "load-sample": run_load_sample,
        "list": run_list,
        "info": run_info,
        "backup": run_backup,
        "extract": run_extract,
    }
    if args.database:
        settings.database = args.database
    if args.command == "restore":
        return _report_errors(lambda: run_restore(settings.database, args))
    if args.command == "db":
        return _report_errors(lambda: run_copy(args))
    interactive = args.command in (None, "gui")  # the window checks in the background
    missing = None if args.database or args.new else missing_data_file(settings.database)
    if missing is not None:
        if not interactive:
            print(f"diaspora-events: {missing_message(missing)}", file=sys.stderr)
            return EXIT_MISSING
        from desktop.ui.start_dialogs import ask_about_missing_file

        chosen = ask_about_missing_file(missing)
        if chosen is None:
            return EXIT_MISSING
        settings.database = chosen
        _save(settings)
    while True:
        try:
            try:  # the window's start upgrades an older file with a progress window
                database = open_database(
                    settings.database,
                    check_integrity=not interactive,
                    upgrade_now=not interactive,
                    key_titles=not interactive,
                )
            except UpgradePending:
                database = _open_with_progress(settings.database, window_language)
            break
        except DatabaseOpenError as error:
            print(f"diaspora-events: {error}", file=sys.stderr)
            if not interactive:
                return EXIT_USAGE
            from desktop.ui.start_dialogs import ask_after_open_error

            chosen = ask_after_open_error(error, window_language, settings.database)
            if chosen is None:
                return EXIT_USAGE
            settings.database = chosen
            args.database = chosen  # remembered once it opens
    if args.database and args.database != remembered:  # a start naming it again writes nothing
        _save(settings)
    if not interactive:  # the window cleans up once it shows (desktop.ui.app)
        clean_litter(database)
    try:
        handler = getattr(args, "handler", None) or handlers[args.command]
        if not interactive:
            gc.enable()
        return _report_errors(lambda: handler(database, args))
    finally:
        database.dispose()


def _open_with_progress(database: str | None, language: str | None) -> Database:
    """The window's start on a file to upgrade: a small window says so while it runs
    (seconds on a large file), so the clerk does not think it hung."""
    from desktop.ui.app import make_application
    from desktop.ui.upgrade_dialog import open_with_progress

    make_application(language)
    return open_with_progress(database)


def _save(settings: Settings) -> None:
    """Remember the data set for the next start; a failure to is said, and costs nothing
    else (the command still runs on the data set it was given)."""
    from desktop.settings import SettingsError

    try:
        notice = settings.save()
    except SettingsError as error:
        notice = _("{problem} The data file is used now but not remembered for the next "
                   "start.").format(problem=error)
    if notice:
        print(f"diaspora-events: {notice}", file=sys.stderr)


def clean_litter(database: Database) -> None:
    """What killed backups, restores, copies and exports left behind goes at the next
    start."""
    from db.backup import clean_litter
    from db.copy import clean_temporary_copies
    from db.engine import sqlite_path
    from desktop.output_file import clean_interrupted_exports

    path = sqlite_path(database.url)
    if path is not None:
        clean_litter(path)
    clean_temporary_copies()
    clean_interrupted_exports()


def missing_data_file(database: str | None) -> Path | None:
    """The remembered SQLite file when it has gone (an unmounted share, a removed disk).

    Only a file named in the settings counts: the default file of a first start, or one
    named on the command line, is made when missing because the user asked for it."""
    from db.engine import sqlite_path, to_url

    if not database:
        return None
    path = sqlite_path(to_url(database))
    return path if path is not None and not path.exists() else None


def missing_message(path: Path) -> str:
    return _(
        "the data file is missing: it was at {path}. If it is on a network drive or a "
        "removable disk, connect it and try again. To start a new, empty data set there "
        "instead, add --new; to use another file, give --database PATH."
    ).format(path=path)


def _report_errors(command: Callable[[], int]) -> int:
    """Run ``command``; a failure it expects is told in one line. The failures' modules
    are imported when one happens: the window's start needs neither the backup's nor
    the copy's module before it shows."""
    try:
        return command()
    except Exception as error:
        from sqlalchemy.exc import SQLAlchemyError

        from db.backup import BackupError
        from db.copy import CopyError
        from db.errors import describe_database_error

        if isinstance(error, (CommandError, BackupError, CopyError)):
            message = str(error)
        elif isinstance(error, SQLAlchemyError):
            message = describe_database_error(error)
        else:
            raise
        print(f"diaspora-events: {message}", file=sys.stderr)
        return 1


def run_gui(database: Database, language: str | None) -> int:
    """The window, in ``language`` (None: the system's); it backs up in the background
    once it is up."""
    return window_starter()(database, language)


def window_starter() -> Callable[[Database, str | None], int]:
    """The window's start, imported: its Qt-free modules first, then Qt and the window.
    PySide6 reads the source of every module imported after it (its __feature__ check;
    ~10 ms for these at start). bench/startup.py wraps this to time the start."""
    import concurrent.futures.thread  # noqa: F401  (the table's reading threads)

    import db.event_pages  # noqa: F401
    from desktop.ui.app import run_gui as start

    return start


def run_load_sample(database: Database, _args: argparse.Namespace) -> int:
    from desktop.sample import add_sample

    with database.sessions.begin() as session:
        result = add_sample(session)
        added = [event.title for event in result.added]
        already = [event.title for event in result.already]
    for title in added:
        print(_("  added: {title}").format(title=title))
    for title in already:
        print(_("  already recorded, not added again: {title}").format(title=title))
    total = len(added) + len(already)
    print(
        ngettext(
            "{count} sample event is in {database} ({added} added, {already} already recorded).",
            "{count} sample events are in {database} ({added} added, {already} already "
            "recorded).",
            total,
        ).format(
            count=total, database=database.display_name, added=len(added), already=len(already)
        )
    )
    return 0


def run_list(database: Database, args: argparse.Namespace) -> int:
    from db.event_pages import localize_rows
    from db.messages import current_language
    from db.queries import EventFilter, dates_text, list_events

    with database.sessions() as session:
        rows = list_events(session, EventFilter(text=args.text), limit=10_000)
        rows = localize_rows(session, rows, {}, current_language())
    for row in rows:
        place = ", ".join(p for p in (row.city, row.region, row.country) if p)
        dates = dates_text(row.start_date, row.end_date, row.date_precision)
        print(f"{dates}  {row.title}  [{place}]  {'; '.join(row.organizers)}")
    print(ngettext("{count} event.", "{count} events.", len(rows)).format(count=len(rows)))
    return 0


def run_extract(database: Database, args: argparse.Namespace) -> int:
    import json

    from desktop.extraction import extract, extraction_to_json, format_extraction, read_document
    from desktop.extraction.document import DocumentError
    from desktop.extraction.shown_names import shown_names

    try:
        text = read_document(args.file)
    except DocumentError as error:
        raise CommandError(str(error)) from error
    with database.sessions() as session:
        extraction = extract(text, session=session, published=args.published)
        names = shown_names(session, extraction.events, messages.current_language())
    if args.json:  # codes and English names: what the form and the annotations take
        print(json.dumps(extraction_to_json(extraction), ensure_ascii=False, indent=2))
    else:
        print(format_extraction(extraction, names))
    return 0


def run_info(database: Database, _args: argparse.Namespace) -> int:
    from db.engine import current_revision
    from db.queries import EventFilter, count_events

    with database.sessions() as session:
        live = count_events(session, EventFilter())
        trash = count_events(session, EventFilter(deleted=True))
    lines = [
        (_("Database"), database.display_name),
        (_("Schema"), current_revision(database.engine) or "-"),
        (_("Events"), _("{count} (and {trash} in the trash)").format(count=live, trash=trash)),
    ]
    width = max(len(label) for label, _value in lines) + 1  # the values in one column
    for label, value in lines:
        print(f"{label + ':':<{width}} {value}")
    return 0


def _sqlite_file(database: str | None) -> Path:
    from db.engine import sqlite_path, to_url

    path = sqlite_path(to_url(database))
    if path is None:
        raise CommandError(
            _(
                "backup and restore work on SQLite files. Back up a PostgreSQL server with "
                "pg_dump (and restore with pg_restore), or copy the data set into a file of "
                "its own, verified: diaspora-events db copy --from ADDRESS --to FILE.sqlite"
            )
        )
    return path


def run_backup(database: Database, args: argparse.Namespace) -> int:
    from db.backup import check_backup_folder, list_backups, make_backup

    path = _sqlite_file(database.url)
    if args.list:
        check_backup_folder(path)  # not connected: not "no backups"
        for info in list_backups(path):
            line = f"{info.made_at:%Y-%m-%d %H:%M:%S}  {info.reason:<24} {info.path}"
            if info.in_future():
                line += "  " + _("(dated in the future: the clock was wrong when it was made)")
            print(line)
        return 0
    made = make_backup(path, "manual")  # and the rotation
    print(_("Backed up to {path}").format(path=made))
    return 0


def run_restore(database: str | None, args: argparse.Namespace) -> int:
    from db.backup import (
        another_data_set,
        changed_since,
        check_backup_folder,
        newest_good_backup,
        restore,
    )

    path = _sqlite_file(database)
    if not path.parent.is_dir():  # its backups are there too: "no backup" would mislead
        raise CommandError(
            _(
                "the folder {folder} of the data file is not there. If it is on a removable "
                "disk or a network drive, connect it and try again"
            ).format(folder=path.parent)
        )
    if args.newest:
        check_backup_folder(path)  # not connected: not "no good backup"
        newest = newest_good_backup(path)
        if newest is None:
            raise CommandError(_("there is no good backup of {path}").format(path=path))
        chosen = newest.path
    else:
        chosen = args.backup
        if not chosen.exists():
            raise CommandError(_("there is no backup file {path}").format(path=chosen))
        if not chosen.is_file():
            raise CommandError(
                _("{path} is a folder, not a backup file; name a backup file in it")
                .format(path=chosen)
            )
    newer = changed_since(chosen, path) if path.exists() else None  # nobody is asked
    other = path.exists() and another_data_set(chosen, path)
    kept = restore(chosen, path)
    print(_("Restored {backup} into {path}.").format(backup=chosen.name, path=path))
    if kept:
        print(_("What it replaced is kept as {path}.").format(path=kept))
        if other:
            print(
                _(
                    "{backup} holds another data set than the one it replaced (made apart "
                    "from it, not a backup or a copy of it). If that was not meant, restore "
                    "the copy kept above."
                ).format(backup=chosen.name)
            )
        if newer:
            print(
                ngettext(
                    "{count} event entered or changed since that backup is not in the "
                    "restored data as it was; it is in that copy.",
                    "{count} events entered or changed since that backup are not in the "
                    "restored data as they were; they are in that copy.",
                    newer,
                ).format(count=newer)
            )
        if kept.name.endswith("-damaged.sqlite"):
            print(
                _(
                    "That file was damaged; it is kept as it was, so what it still holds can "
                    "be rescued."
                )
            )
    return 0


def run_copy(args: argparse.Namespace) -> int:
    from db.copy import copy_data_set
    from db.engine import to_url

    report = copy_data_set(
        to_url(args.source),
        to_url(args.target),
        progress=lambda table, rows: print(
            ngettext("  {table} {count} row", "  {table} {count} rows", rows).format(
                table=f"{table:<20}", count=f"{rows:>9}"
            )
        ),
    )
    print(
        ngettext(
            "Copied {count} row; checksums match ({checksum}).",
            "Copied {count} rows; checksums match ({checksum}).",
            report.total,
        ).format(count=report.total, checksum=report.checksum[:16])
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
