"""``diaspora-events reference``: search a reference list, show a record's history, add
or remove an alias, delete a record nothing uses, through the same service as the
reference-list screens."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from db.engine import Database
from db.messages import _, current_language
from db.reference_kinds import REFERENCE_KINDS
from db.reference_service import (
    GONE,
    DeleteRefusedError,
    ReferenceInputError,
    ReferenceService,
    StaleRecordError,
    alias_names,
    record_name,
)


def add_reference_command(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "reference",
        help=_(
            "search a reference list; show a record's history; edit its aliases; delete a "
            "record nothing uses"
        ),
    )
    parser.add_argument("kind", choices=tuple(REFERENCE_KINDS), help=_("which list"))
    parser.add_argument("text", nargs="?", default="", help=_("any part of a name or alias"))
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--history", type=int, metavar="ID", help=_("the record's change history"))
    action.add_argument(
        "--add-alias", nargs=2, metavar=("ID", "NAME"),
        help=_("add another spelling of record ID (found by a search) that entry, import and "
               "extraction then recognize"),
    )
    action.add_argument(
        "--remove-alias", nargs=2, metavar=("ID", "NAME"),
        help=_("remove that spelling from record ID"),
    )
    action.add_argument(
        "--delete",
        type=int,
        metavar="ID",
        help=_("delete a record no event or other record uses (one in use is merged instead)"),
    )
    parser.set_defaults(handler=run_reference)
    return parser


def run_reference(database: Database, args: argparse.Namespace) -> int:
    try:
        if args.add_alias or args.remove_alias:
            record_id, name = args.add_alias or args.remove_alias
            with database.sessions.begin() as session:
                service = ReferenceService(session)
                edit = service.add_alias if args.add_alias else service.remove_alias
                edit(args.kind, int(record_id), name)
            return 0
        if args.delete is not None:
            return _delete(database, args.kind, args.delete)
        with database.sessions() as session:
            service = ReferenceService(session)
            if args.history is not None:
                for row in service.history(args.kind, args.history):
                    what = f"{row.field}: {row.old} → {row.new}" if row.field else row.summary
                    print(f"{row.at:%Y-%m-%d %H:%M}\t{row.user or '?'}\t{row.action}\t{what}")
                return 0
            kind = REFERENCE_KINDS[args.kind]
            records = service.search(args.kind, args.text)
            shown = service.shown_names(args.kind, records, current_language())
            for record in records:
                name = shown.get(record.id) or record_name(kind, record)
                aliases = "; ".join(alias_names(kind, record))
                print(f"{record.id}\t{name}\t{aliases}")
        return 0
    except (ReferenceInputError, DeleteRefusedError, StaleRecordError, ValueError) as error:
        print(f"diaspora-events: {error}", file=sys.stderr)
        return 1


def _delete(database: Database, kind: str, record_id: int) -> int:
    """Delete the record (the service refuses one in use or shipped); say which it was."""
    with database.sessions.begin() as session:
        service = ReferenceService(session)
        data = service.read(kind, record_id)
        if data is None:
            raise ReferenceInputError(GONE)
        service.delete(kind, record_id, data.version)
    print(_("Deleted “{name}”.").format(name=data.values["name"]))
    return 0
