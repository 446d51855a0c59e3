"""Every command and option of ``diaspora-events`` says in its help what it does: an option
listed bare ("--add-alias ID NAME") leaves the clerk guessing what it changes. Read from
``--help`` as the clerk reads it."""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from desktop.cli import build_parser

_ENTRY = re.compile(r"^  (\S.*?)(?:\s{2,}(\S.*))?$")
"""An option's or a command's line: its invocation, then (after two spaces) its help."""


def _help(*command: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        build_parser().parse_args([*command, "--help"])
    return out.getvalue()


def _entries(text: str) -> list[tuple[str, bool]]:
    """(invocation, has help) of each listed entry; help may start on the next line."""
    lines = text.splitlines()
    found = []
    for number, line in enumerate(lines):
        entry = _ENTRY.match(line)
        if entry is None:
            continue
        following = lines[number + 1] if number + 1 < len(lines) else ""
        continued = following.startswith("   ") and not _ENTRY.match(following)
        found.append((entry.group(1), bool(entry.group(2)) or continued))
    return found


def _commands(text: str) -> list[str]:
    """The subcommands a help lists, each on its own line under "COMMAND" or "{a,b}"."""
    return re.findall(r"^    ([a-z][\w-]*)(?:\s{2,}\S|$)", text, re.MULTILINE)


def test_every_option_and_argument_has_help() -> None:
    bare = []
    pending: list[tuple[str, ...]] = [()]
    seen: list[tuple[str, ...]] = []
    while pending:
        command = pending.pop()
        text = _help(*command)
        bare += [f"{' '.join(command)}: {name}" for name, helped in _entries(text)
                 if not helped and name != "COMMAND" and not name.startswith("{")]
        pending += [(*command, name) for name in _commands(text)]
        seen.append(command)
    assert len(seen) > 15  # every command was read
    assert bare == []
