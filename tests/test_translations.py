"""Every visible string of desktop/ui has a Russian and an Azerbaijani translation.

A fresh ``pyside6-lupdate`` over the sources is run into a copy of each .ts file;
a string without a translation there, a .ts that differs from what lupdate makes,
or a .qm that differs from what ``pyside6-lrelease`` makes of its .ts fails the test.
Fix with ``make translations`` (see scripts/update_translations.py).
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import update_translations as ut  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%[0-9n]")
LANGUAGES = list(ut.LANGUAGES)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> dict[str, Path]:
    """The committed .ts files brought up to date with the sources, in a temp folder."""
    directory = tmp_path_factory.mktemp("ts")
    copies = {}
    for language in LANGUAGES:
        copy = ut.ts_path(language, directory)
        shutil.copy(ut.ts_path(language), copy)
        copies[language] = copy
    ut.lupdate(list(copies.values()))
    return copies


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_visible_string_is_translated(fresh, language):
    missing = ut.untranslated(fresh[language])
    listing = "\n".join(f"  [{context}] {source!r}" for context, source in missing)
    assert not missing, (
        f"{len(missing)} strings have no {language} translation; run `make translations` "
        f"and translate them:\n{listing}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_matches_the_sources(fresh, language):
    committed = set(ut.read_ts(ut.ts_path(language)))
    current = set(ut.read_ts(fresh[language]))
    assert committed == current, (
        f"{ut.ts_path(language).name} is out of date: new {sorted(current - committed)[:10]}, "
        f"gone {sorted(committed - current)[:10]}; run `make translations`"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_file_is_what_lrelease_makes(language):
    assert not ut.stale_qm(language), f"{ut.qm_path(language).name} is stale: make translations"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_one_accelerator(language):
    problems = []
    for (context, source), text in ut.read_ts(ut.ts_path(language)).items():
        for translation in text if isinstance(text, list) else [text or ""]:
            if not translation:
                continue
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
                problems.append(f"[{context}] {source!r} -> {translation!r}: placeholders")
            marks = translation.replace("&&", "").count("&")
            if "&" in source.replace("&&", "") and marks != 1 and "<" not in source:
                problems.append(f"[{context}] {source!r} -> {translation!r}: accelerator")
    assert not problems, "\n".join(problems)


# --- the Qt-free messages: gettext catalogs (db.messages) ------------------------------

NAMED = re.compile(r"\{[^{}]*\}")


@pytest.fixture(scope="module")
def fresh_messages(tmp_path_factory) -> dict[str, Path]:
    """The committed messages_LANG.po updated from a fresh Babel extraction, in a temp folder."""
    directory = tmp_path_factory.mktemp("po")
    template = ut.extract_messages()
    copies = {}
    for language in ut.MESSAGE_LANGUAGES:
        if ut.messages_po(language).exists():
            shutil.copy(ut.messages_po(language), ut.messages_po(language, directory))
        copies[language] = ut.update_messages_po(language, directory, template)
    return copies


@pytest.mark.parametrize("language", ut.MESSAGE_LANGUAGES)
def test_every_message_is_translated(fresh_messages, language):
    missing = ut.untranslated_messages(fresh_messages[language])
    listing = "\n".join(f"  {source!r}" for source in missing)
    assert not missing, (
        f"{len(missing)} messages have no {language} translation; run "
        f"`scripts/update_translations.py --export FILE.json`, fill and --apply it:\n{listing}"
    )


@pytest.mark.parametrize("language", ut.MESSAGE_LANGUAGES)
def test_messages_po_matches_the_sources(fresh_messages, language):
    committed = set(ut.read_messages(ut.messages_po(language)))
    current = set(ut.read_messages(fresh_messages[language]))
    assert committed == current, (
        f"{ut.messages_po(language).name} is out of date: new {sorted(current - committed)[:10]},"
        f" gone {sorted(committed - current)[:10]}; run `make translations`"
    )


@pytest.mark.parametrize("language", ut.MESSAGE_LANGUAGES)
def test_messages_mo_is_what_babel_makes(language):
    assert not ut.stale_mo(ut.messages_po(language)), "messages .mo is stale: make translations"


@pytest.mark.parametrize("language", ut.MESSAGE_LANGUAGES)
def test_messages_keep_their_named_placeholders(language):
    path = ut.messages_po(language)
    plurals = ut.plural_sources(path)
    problems = []
    for source, text in ut.read_messages(path).items():
        expected = sorted(NAMED.findall(source))
        if any(not re.fullmatch(r"\{[a-z_][a-z0-9_]*\}", name) for name in expected):
            problems.append(f"{source!r}: placeholders must be named, like {{count}}")
        if source in plurals and sorted(NAMED.findall(plurals[source])) != expected:
            problems.append(f"{source!r}: singular and plural differ in placeholders")
        for translation in text if isinstance(text, list) else [text or ""]:
            if translation and sorted(NAMED.findall(translation)) != expected:
                problems.append(f"{source!r} -> {translation!r}: placeholders")
    assert not problems, "\n".join(problems)


def test_messages_are_literal_strings_babel_can_extract():
    """``_(f"...")`` or ``_(variable)`` with no ``N_`` marking is missed by the extractor."""
    import ast

    problems = []
    for path in ut.message_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in ("N_", "ngettext") or not node.args:
                continue
            literal = [arg for arg in node.args[: 2 if node.func.id == "ngettext" else 1]
                       if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
            if len(literal) != (2 if node.func.id == "ngettext" else 1):
                problems.append(f"{path.relative_to(ut.ROOT)}:{node.lineno}: {node.func.id}()")
    for path in ut.message_sources():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"(?<![\w.])_\(\s*f[\"']", line):
                problems.append(f"{path.relative_to(ut.ROOT)}:{number}: _(f-string)")
    assert not problems, "write the message as a literal, with named {placeholders}:\n" + (
        "\n".join(problems)
    )
