"""Subcommands for data coming in: template, import, undo-import, merge, reference lists.

``add_import_commands(subparsers)`` registers them; each parser carries its
handler as ``handler`` (called with the opened Database and the arguments).
Errors come out as one line and exit code 1, like the other commands.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.messages import N_, _, current_language

if TYPE_CHECKING:
    from db.engine import Database
    from desktop.importing.merge import Decision, MergePlan


def add_import_commands(subparsers: Any) -> None:
    template = subparsers.add_parser("template", help=_("write a blank events workbook to fill in"))
    template.add_argument("--out", required=True, type=Path, help=_("the .xlsx file to write"))
    template.set_defaults(handler=run_template)

    imp = subparsers.add_parser("import", help=_("import events from a workbook or CSV file"))
    imp.add_argument("file", type=Path,
                     help=_("the file to read: .xlsx, .xls, .xlsb, .ods or .csv"))
    imp.add_argument("--sheet", help=_("the sheet to read (default: the events sheet)"))
    imp.add_argument("--mapping", type=Path, help=_("a column mapping saved as JSON"))
    imp.add_argument("--save-mapping", type=Path, help=_("save the mapping used as JSON"))
    imp.add_argument("--dry-run", action="store_true", help=_("show the preview, change nothing"))
    imp.add_argument("--accept-organization-changes", action="store_true",
                     help=_("apply the changes the file makes to stored organizations "
                            "(default: list them and keep the stored ones)"))
    imp.set_defaults(handler=run_import)

    undo = subparsers.add_parser("undo-import", help=_("undo an import or merge by its batch id"))
    undo.add_argument("batch_id", help=_("the id an import or merge printed after "
                                         "“Undo with:”"))
    undo.set_defaults(handler=run_undo)

    merge = subparsers.add_parser("merge", help=_("merge another office's database into this one"))
    merge.add_argument("other", help=_("the other database: a SQLite file or a URL"))
    merge.add_argument("--take-theirs", action="store_true",
                       help=_("resolve every conflict with their version (default: list them)"))
    merge.add_argument("--keep-mine", action="store_true",
                       help=_("resolve every conflict with this database's version"))
    alikes = merge.add_mutually_exclusive_group()
    alikes.add_argument("--look-alikes", choices=("add", "skip"),
                        help=_("their new events that look like events recorded here: add "
                               "them as new events, or skip them and keep only ours (default: "
                               "skip them and list them)"))
    alikes.add_argument("--add-look-alike", action="append", metavar="ID", default=[],
                        help=_("add this one of their look-alikes as a new event, by the id "
                               "listed after “theirs:”; repeat for each to add (the others "
                               "are skipped)"))
    merge.add_argument("--no-fill-ins", action="store_true",
                       help=_("leave empty the fields here that their copy of a shared "
                              "record has filled (by default the merge fills them)"))
    merge.add_argument("--dry-run", action="store_true",
                       help=_("compare and list what the merge would do, change nothing"))
    merge.set_defaults(handler=run_merge)

    ref_out = subparsers.add_parser("export-reference", help=_("write the reference lists"))
    ref_out.add_argument("--out", required=True, type=Path,
                         help=_("the workbook to write (.xlsx); another office imports it "
                                "with import-reference"))
    ref_out.set_defaults(handler=run_export_reference)
    ref_in = subparsers.add_parser("import-reference", help=_("merge reference lists from a file"))
    ref_in.add_argument("file", type=Path,
                        help=_("a workbook written by export-reference (another office's "
                               "lists)"))
    ref_in.set_defaults(handler=run_import_reference)


ACTION_NAMES = {
    "insert": N_("{count} insert"),
    "update": N_("{count} update"),
    "unchanged": N_("{count} unchanged"),
    "duplicate": N_("{count} duplicate"),
    "stale": N_("{count} stale"),
    "error": N_("{count} error"),
}
"""How the preview's counts read, by action (the English keeps the action's own name)."""
ROW_ACTIONS = {
    "insert": N_("new"),
    "update": N_("update"),
    "unchanged": N_("unchanged"),
    "duplicate": N_("duplicate"),
    "stale": N_("older than here"),
    "error": N_("not imported"),
}
"""What the preview says will become of a row (the import window's words)."""


def _fail(message: str) -> int:
    print(f"diaspora-events: {message}", file=sys.stderr)
    return 1


def run_template(database: Database, args: argparse.Namespace) -> int:
    from desktop.importing.template import write_template
    from desktop.output_file import OutputFileError

    try:
        out = write_template(database, args.out, current_language())  # the messages' language
    except OutputFileError as error:
        return _fail(str(error))
    print(_("Wrote {file}").format(file=out))
    return 0


def run_import(database: Database, args: argparse.Namespace) -> int:
    from desktop.importing import (
        ColumnMapping,
        ImportCancelled,
        ImportFileError,
        apply_import,
        guess_mapping,
        preview,
        read_table,
    )

    try:
        table = read_table(args.file, sheet=args.sheet)
        mapping = (ColumnMapping.load(args.mapping, table.headers) if args.mapping
                   else guess_mapping(table.headers, hidden=table.hidden_columns))
        if args.save_mapping:
            mapping.save(args.save_mapping, table.headers)
        plan = preview(database, table, mapping)
    except (ImportFileError, ValueError, OSError) as error:
        return _fail(str(error))
    for warning in plan.warnings:
        print(_("warning: {warning}").format(warning=warning))
    for row in plan.rows:
        for problem in row.problems:
            print(f"  {problem}")
        for note in row.notes:
            action = _(ROW_ACTIONS[row.action]) if row.action in ROW_ACTIONS else row.action
            print(_("  row {number} ({action}): {note}").format(
                number=row.number, action=action, note=note))
    if plan.new_organizations:  # "; " as in the cells: a name may hold a comma
        print(_("New organizations: {names}").format(
            names="; ".join(r.name for r in plan.new_organizations)))
    if plan.new_people:
        print(_("New people: {names}").format(names="; ".join(r.name for r in plan.new_people)))
    if plan.new_towns:
        print(_("Towns added from the world list: {names}").format(
            names="; ".join(r.shown for r in plan.new_towns)))
    counts = ", ".join(
        _(ACTION_NAMES[a]).format(count=n) if a in ACTION_NAMES else f"{n} {a}"
        for a, n in plan.counts.items()
        if n
    )
    print(_("Preview: {counts}.").format(counts=counts or _("no rows")))
    if args.dry_run:
        return 0
    if args.accept_organization_changes:
        plan.accept_organization_changes()
    try:
        result = apply_import(database, plan)
    except ImportCancelled as error:
        return _fail(str(error))
    print(_("Imported: {new} new, {updated} updated, {unchanged} unchanged, {skipped} skipped, "
            "{errors} with errors.").format(new=result.inserted, updated=result.updated,
                                             unchanged=result.unchanged, skipped=result.skipped,
                                             errors=result.errors))
    if result.batch_id:
        print(_("Undo with: {command}").format(
            command=f"diaspora-events undo-import {result.batch_id}"))
    return 0


def run_undo(database: Database, args: argparse.Namespace) -> int:
    from desktop.importing import UndoError, undo_batch

    try:
        batch_id = uuid.UUID(args.batch_id)
    except ValueError:
        return _fail(_(
            "“{batch}” is not the number of an import or merge: copy it from the line "
            "“Undo with: …” the import printed, or find it in the change history."
        ).format(batch=args.batch_id))
    try:
        result = undo_batch(database, batch_id)
    except UndoError as error:
        return _fail(str(error))
    print(_("Undone. Events removed: {removed}; restored: {restored}.").format(
        removed=result.removed, restored=result.restored))
    return 0


def run_merge(database: Database, args: argparse.Namespace) -> int:
    """Merge as the window does; a look-alike goes in only with ``--look-alikes add``."""
    from desktop.importing.errors import MergeError
    from desktop.importing.merge import (
        apply_merge,
        fill_in_line,
        look_alike_lines,
        plan_merge,
        plan_notes,
    )

    try:
        plan = plan_merge(database, args.other)
        choice: Decision | None = (
            "theirs" if args.take_theirs else "mine" if args.keep_mine else None
        )
        decisions: dict[uuid.UUID, Decision] = (
            {c.uuid: choice for c in plan.conflicts} if choice else {})
        chosen = _chosen_look_alikes(plan, args)
        if isinstance(chosen, str):
            return _fail(chosen)
        decisions.update({key: "theirs" for key in chosen})
        if args.dry_run:
            _print_plan(plan, decisions, not args.no_fill_ins)
            return 0
        report = apply_merge(database, plan, decisions,
                             fills=[] if args.no_fill_ins else None)
    except MergeError as error:
        return _fail(str(error))
    print(_("Merged {file}: {added} added, {updated} updated, {same} the same, {kept} kept as "
            "here.").format(file=plan.peer, added=len(report.added),
                            updated=len(report.updated), same=report.skipped,
                            kept=len(report.kept_mine)))
    for note in plan_notes(plan):  # as the merge window says it
        print(note)
    for alike in plan.look_alikes:
        print("\n".join(look_alike_lines(alike)))
    if report.skipped_look_alikes:
        print(_("Look-alikes: {count} skipped (not added; ours kept).").format(
            count=len(report.skipped_look_alikes)))
    if report.skipped_look_alikes and args.look_alikes is None and not args.add_look_alike:
        print(_(LOOK_ALIKE_ADVICE))
    held_back = [*report.held_back_cities, *report.held_back_occasions,
                     *report.held_back_organizations, *report.held_back_people]
    if held_back:
        print(_("Not added to the reference lists, as only events not merged name them: "
                "{names}.").format(names="; ".join(held_back)))
    for conflict in report.conflicts:
        print(_("  conflict: {title} ({uuid}): {fields}").format(
            title=conflict.title, uuid=conflict.uuid, fields=_field_names(conflict.fields)))
    if report.conflicts:
        print(_("Decide them in the merge dialog, or rerun with --keep-mine or --take-theirs."))
    if report.filled:
        print(_("Empty fields here filled with theirs: {count}").format(
            count=len(report.filled)))
        print("\n".join(fill_in_line(fill) for fill in report.filled))
    if report.batch_id:
        print(_("Undo with: {command}").format(
            command=f"diaspora-events undo-import {report.batch_id}"))
    return 0


LOOK_ALIKE_ADVICE = N_(
    "If they are other events, rerun with --look-alikes add to add them all, or with "
    "--add-look-alike ID for each one to add; --look-alikes skip keeps only ours without "
    "this advice. The merge window lets you choose one by one too.")


def _chosen_look_alikes(plan: MergePlan, args: argparse.Namespace) -> set[uuid.UUID] | str:
    """The look-alikes to add, or why the ids given are not theirs (nothing is merged)."""
    if args.look_alikes == "add":
        return {alike.uuid for alike in plan.look_alikes}
    offered = {alike.uuid for alike in plan.look_alikes}
    chosen: set[uuid.UUID] = set()
    for text in args.add_look_alike:
        try:
            key = uuid.UUID(text.strip())
        except ValueError:
            key = None
        if key not in offered:
            return _("“{id}” is not the id of one of their look-alikes, so nothing was merged. "
                     "Copy the id listed after “theirs:” (the merge with --dry-run lists them)."
                     ).format(id=text)
        assert key is not None
        chosen.add(key)
    return chosen


def _print_plan(plan: MergePlan, decisions: dict[uuid.UUID, Decision], fill: bool) -> None:
    """What the merge would do with these decisions, as the merge window shows it before
    Merge is pressed: counts of what it will add, not of all it compared."""
    from desktop.importing.merge import expected, fill_in_line, look_alike_lines, plan_notes

    will = expected(plan, decisions)
    print(_("Compared with {file}: {add} new events, {take} newer there, {keep} newer here, "
            "{same} the same, {conflicts} changed in both offices; new organizations: "
            "{orgs}; new people: {people}.").format(
        file=plan.peer, add=len(will.added), take=len(plan.take), keep=len(plan.keep),
        same=len(plan.same), conflicts=len(plan.conflicts),
        orgs=len(will.added_organizations), people=len(will.added_people)))
    for note in plan_notes(plan):
        print(note)
    for alike in plan.look_alikes:
        print("\n".join(look_alike_lines(alike)))
    if plan.look_alikes:
        print(_(LOOK_ALIKE_ADVICE))
    for conflict in plan.conflicts:
        print(_("  conflict: {title} ({uuid}): {fields}").format(
            title=conflict.title, uuid=conflict.uuid, fields=_field_names(conflict.fields)))
    if plan.fill_ins:
        print((_("Empty fields here their copy has filled, to fill in: {count}") if fill else
               _("Empty fields here their copy has filled, left empty (--no-fill-ins): "
                 "{count}")).format(count=len(plan.fill_ins)))
        print("\n".join(fill_in_line(fill) for fill in plan.fill_ins))
    held_back = [*will.held_back_cities, *will.held_back_occasions,
                 *will.held_back_organizations, *will.held_back_people]
    if held_back:
        print(_("Not added to the reference lists, as only events not merged name them: "
                "{names}.").format(names="; ".join(held_back)))
    print(_("Nothing was changed (--dry-run)."))


def _field_names(fields: list[str]) -> str:
    """A conflict's fields as the template heads them ("deleted": the trash)."""
    from desktop.importing.mapping import field_label

    return ", ".join(
        _("in the trash") if name == "deleted" else field_label(name) for name in fields
    )


def run_export_reference(database: Database, args: argparse.Namespace) -> int:
    from desktop.importing.reference_lists import export_reference
    from desktop.output_file import OutputFileError

    try:
        out = export_reference(database, args.out)
    except OutputFileError as error:
        return _fail(str(error))
    print(_("Wrote {file}").format(file=out))
    return 0


def run_import_reference(database: Database, args: argparse.Namespace) -> int:
    from desktop.importing import ImportFileError
    from desktop.importing.reference_lists import import_reference

    try:
        report = import_reference(database, args.file)
    except ImportFileError as error:
        return _fail(str(error))
    added = sum(len(v) for v in report.added.values())
    print(_("Added {records} records and {aliases} aliases; filled {filled} empty fields.")
          .format(records=added, aliases=report.aliases_added, filled=report.filled))
    return 0
