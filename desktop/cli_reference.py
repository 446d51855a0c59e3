"""``diaspora-events reference``: search a reference list, show a record's history, add
or remove an alias, through the same service as the reference-list screens."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from db.engine import Database
from db.messages import _
from db.reference_kinds import REFERENCE_KINDS
from db.reference_service import (
    ReferenceInputError,
    ReferenceService,
    StaleRecordError,
    alias_names,
    record_name,
)


def add_reference_command(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "reference", help=_("search a reference list; show a record's history; edit its aliases")
    )
    parser.add_argument("kind", choices=tuple(REFERENCE_KINDS))
    parser.add_argument("text", nargs="?", default="", help=_("any part of a name or alias"))
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--history", type=int, metavar="ID", help=_("the record's change history"))
    action.add_argument("--add-alias", nargs=2, metavar=("ID", "NAME"))
    action.add_argument("--remove-alias", nargs=2, metavar=("ID", "NAME"))
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
        with database.sessions() as session:
            service = ReferenceService(session)
            if args.history is not None:
                for row in service.history(args.kind, args.history):
                    what = f"{row.field}: {row.old} → {row.new}" if row.field else row.summary
                    print(f"{row.at:%Y-%m-%d %H:%M}\t{row.user or '?'}\t{row.action}\t{what}")
                return 0
            kind = REFERENCE_KINDS[args.kind]
            for record in service.search(args.kind, args.text):
                aliases = "; ".join(alias_names(kind, record))
                print(f"{record.id}\t{record_name(kind, record)}\t{aliases}")
        return 0
    except (ReferenceInputError, StaleRecordError, ValueError) as error:
        print(f"diaspora-events: {error}", file=sys.stderr)
        return 1
