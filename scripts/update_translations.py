"""Refresh the translations: the interface's (.ts/.qm) and the Qt-free messages' (.po/.mo).

Run: .venv/bin/python scripts/update_translations.py      (or: make translations)

Two catalogs for two worlds: the widgets' ``tr()`` strings go through Qt Linguist files,
everything below desktop/ui (validation, import problems, extraction warnings, CLI
messages: ``_()``/``ngettext()``/``N_()`` of :mod:`db.messages`) through gettext
catalogs made with Babel, as the Excel reports' words do.

1. ``pyside6-lupdate`` reads every ``tr()``/``translate()`` string of desktop/ui/*.py
   into resources/translations/diaspora_events_{ru,az}.ts, keeping the translations
   already there, adding new strings as "unfinished" and dropping vanished ones.
2. The untranslated strings are listed (context, then source text) per language.
   Translate them in Qt Linguist (``pyside6-linguist FILE.ts``), or write them into a
   JSON file ``{"ru": {"Context": {"source": "translation"}}, "az": {...}}`` and
   run again with ``--apply FILE.json``; ``--export FILE.json`` writes the untranslated
   ones in that shape, to fill in.
   The Qt-free messages come in the same JSON under the key ``"messages.po"``
   (source → translation; a plural message takes a list of forms).
3. ``pyside6-lrelease`` compiles each .ts into the .qm the application loads, and
   Babel compiles the gettext catalogs (messages_{ru,az}.po, reports_{ru,az}.po → .mo).

The messages catalog follows the sources like lupdate's: Babel's extractor (the
``pybabel extract`` keywords of :data:`db.messages.KEYWORDS`) reads db/ and desktop/
outside desktop/ui, and each messages_LANG.po is updated from it, keeping the
translations, adding new messages untranslated and dropping vanished ones.

``--check`` changes nothing and exits 1 when a string is untranslated or a .qm is
stale (tests/test_translations.py does the same in the test run).
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES_DIR = ROOT / "desktop" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOG = "diaspora_events"
LANGUAGES = {"ru": "ru_RU", "az": "az_AZ", "en": "en_US"}
"""Translated languages and the Qt language tag written into their .ts files."""
PLURAL_ONLY = {"en"}
"""English is the source language: its catalog only holds the plural forms of %n messages."""

Entry = tuple[str, str]
"""(context, source text)."""

sys.path.insert(0, str(ROOT))
from db import messages  # noqa: E402  (the script runs from a checkout, not an install)

MESSAGES_CONTEXT = "messages.po"
"""The JSON key (in place of a Qt context) of the Qt-free messages."""
MESSAGE_LANGUAGES = ("ru", "az")
"""Languages of the messages catalog; English is its source text."""
MESSAGE_SOURCE_DIRS = ("db", "desktop")
MESSAGE_SKIPPED = ("desktop/ui/", "db/migrations/")
"""Widgets translate through Qt; migrations say nothing to users."""


def tool(name: str) -> str:
    """A PySide6 tool from the same environment as this Python, else from PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def ts_path(language: str, directory: Path = TRANSLATIONS) -> Path:
    return directory / f"{CATALOG}_{language}.ts"


def qm_path(language: str, directory: Path = TRANSLATIONS) -> Path:
    return directory / f"{CATALOG}_{language}.qm"


def sources() -> list[Path]:
    return sorted(SOURCES_DIR.glob("*.py"))


def lupdate(ts_files: list[Path], languages: list[str] | None = None) -> None:
    """Bring ``ts_files`` (of ``languages``, default all) up to date with the sources,
    keeping their translations; a plural-only language gets only the %n messages."""
    for plural_only in (False, True):
        chosen = [
            path
            for path, language in zip(ts_files, languages or list(LANGUAGES), strict=True)
            if (language in PLURAL_ONLY) == plural_only
        ]
        if not chosen:
            continue
        command = [tool("pyside6-lupdate"), *map(str, sources())]
        command += ["-no-obsolete", "-locations", "none"]
        command += ["-pluralonly"] if plural_only else []
        command += ["-ts", *map(str, chosen)]
        subprocess.run(command, check=True, capture_output=True, text=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    command = [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _text(translation: ET.Element) -> str | list[str] | None:
    """The translated text; plural (numerus) messages give one text per form."""
    forms = translation.findall("numerusform")
    if forms:
        texts = [form.text or "" for form in forms]
        return texts if all(texts) else None
    return translation.text or None


def read_ts(path: Path) -> dict[Entry, str | list[str] | None]:
    """(context, source) → translation, or None when unfinished or empty."""
    out: dict[Entry, str | list[str] | None] = {}
    for context, message in _messages(ET.parse(path).getroot()):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        done = translation is not None and translation.get("type") not in (
            "unfinished",
            "vanished",
            "obsolete",
        )
        out[(context, source)] = _text(translation) if done and translation is not None else None
    return out


def untranslated(path: Path) -> list[Entry]:
    return [entry for entry, text in read_ts(path).items() if text is None]


def apply_translations(
    path: Path, language: str, table: dict[str, dict[str, str | list[str]]]
) -> int:
    """Write translations from ``table`` (context → source → text) into one .ts file.

    A plural message (``%n``) takes a list of forms; the last one repeats as needed.
    """
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", LANGUAGES[language])
    count = 0
    for context, message in _messages(root):
        source = message.findtext("source") or ""
        text = table.get(context, {}).get(source)
        if not text:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        forms = translation.findall("numerusform")
        if forms:
            plural = text if isinstance(text, list) else [text]
            for index, form in enumerate(forms):
                form.text = plural[min(index, len(plural) - 1)]
        else:
            translation.text = text if isinstance(text, str) else text[0]
        translation.attrib.pop("type", None)
        count += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return count


def compile_reports_catalog(po_file: Path, mo_file: Path) -> None:
    """Compile a gettext catalog (.po) to .mo with Babel."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_file.open("rb") as source:
        catalog = read_po(source)
    with mo_file.open("wb") as target:
        write_mo(target, catalog)


# --- the Qt-free messages (gettext, Babel) -----------------------------------------


def message_sources() -> list[Path]:
    """The Python files whose ``_()`` strings make the messages catalog."""
    found = []
    for directory in MESSAGE_SOURCE_DIRS:
        for path in sorted((ROOT / directory).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if not relative.startswith(MESSAGE_SKIPPED):
                found.append(path)
    return found


def extract_messages():  # -> babel.messages.catalog.Catalog
    """Every message of the Qt-free sources, as ``pybabel extract`` finds it."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    template = Catalog(project="diaspora-events", fuzzy=False)
    for path in message_sources():
        relative = path.relative_to(ROOT).as_posix()
        for lineno, message, comments, context in extract_from_file(
            "python", path, keywords=messages.KEYWORDS, comment_tags=("TRANSLATORS:",),
            strip_comment_tags=True,
        ):
            template.add(message, locations=[(relative, lineno)], auto_comments=comments,
                         context=context)
    return template


def messages_po(language: str, directory: Path = TRANSLATIONS) -> Path:
    return directory / f"{messages.DOMAIN}_{language}.po"


def read_catalog(path: Path, language: str):  # -> babel.messages.catalog.Catalog
    """The .po at ``path``, or a new empty catalog of ``language``."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po

    if not path.exists():
        return Catalog(locale=language, project="diaspora-events", fuzzy=False)
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def write_catalog(path: Path, catalog) -> None:
    """Write a .po the same way every time (no line numbers, no vanished entries)."""
    from babel.messages.pofile import write_po

    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, include_lineno=False, ignore_obsolete=True)
    if not path.exists() or path.read_bytes() != buffer.getvalue():
        path.write_bytes(buffer.getvalue())


def update_messages_po(language: str, directory: Path = TRANSLATIONS, template=None) -> Path:
    """Bring messages_LANG.po up to date with the sources, keeping its translations."""
    path = messages_po(language, directory)
    catalog = read_catalog(path, language)
    catalog.update(template or extract_messages(), no_fuzzy_matching=True,
                   update_creation_date=False)
    catalog.obsolete.clear()
    write_catalog(path, catalog)
    return path


def read_messages(path: Path) -> dict[str, str | list[str] | None]:
    """Source (the singular for a plural) → translation, None when missing or fuzzy."""
    out: dict[str, str | list[str] | None] = {}
    for message in read_catalog(path, path.stem.rsplit("_", 1)[-1]):
        if not message.id:
            continue
        source = message.id[0] if isinstance(message.id, tuple) else message.id
        text = message.string
        if isinstance(text, tuple):
            forms = [form or "" for form in text]
            value: str | list[str] | None = forms if all(forms) else None
        else:
            value = text or None
        out[source] = None if message.fuzzy else value
    return out


def plural_sources(path: Path) -> dict[str, str]:
    """Singular → plural source of each plural message (what a placeholder check needs)."""
    return {
        message.id[0]: message.id[1]
        for message in read_catalog(path, path.stem.rsplit("_", 1)[-1])
        if isinstance(message.id, tuple)
    }


def untranslated_messages(path: Path) -> list[str]:
    return [source for source, text in read_messages(path).items() if text is None]


def apply_messages(path: Path, language: str, table: dict[str, str | list[str]]) -> int:
    """Write translations from ``table`` (source → text, or forms) into one .po file."""
    catalog = read_catalog(path, language)
    count = 0
    for message in catalog:
        if not message.id:
            continue
        source = message.id[0] if isinstance(message.id, tuple) else message.id
        text = table.get(source)
        if not text:
            continue
        if isinstance(message.id, tuple):
            forms = text if isinstance(text, list) else [text]
            message.string = tuple(
                forms[min(index, len(forms) - 1)] for index in range(catalog.num_plurals)
            )
        else:
            message.string = text if isinstance(text, str) else text[0]
        message.flags.discard("fuzzy")
        count += 1
    write_catalog(path, catalog)
    return count


def stale_mo(po_file: Path) -> bool:
    """True when the .mo beside ``po_file`` holds other translations than Babel makes of it.

    The messages are compared, not the bytes: another Babel version writes the same
    translations with other header bytes."""
    current = po_file.with_suffix(".mo")
    if not current.exists():
        return True
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.mo"
        compile_reports_catalog(po_file, fresh)
        return _mo_messages(current) != _mo_messages(fresh)


def _mo_messages(mo_file: Path) -> set[tuple[object, object, object]]:
    """The (context, source, translation) triples of a compiled catalog, header left out."""
    from babel.messages.mofile import read_mo

    with mo_file.open("rb") as handle:
        catalog = read_mo(handle)
    return {
        (message.context, _hashable(message.id), _hashable(message.string))
        for message in catalog
        if message.id
    }


def _hashable(value: object) -> object:
    return tuple(value) if isinstance(value, list | tuple) else value


def reports_po(language: str) -> Path:
    return TRANSLATIONS / f"reports_{language}.po"


def stale_reports_mo(language: str) -> bool:
    """True when reports_LANG.mo differs from what Babel makes of reports_LANG.po."""
    return stale_mo(reports_po(language))


def argparse_po(language: str) -> Path:
    """The words of Python's argparse (usage, headings, its errors) in ``language``."""
    return TRANSLATIONS / f"argparse_{language}.po"


def argparse_mo(language: str) -> Path:
    """Where gettext finds them (desktop.cli binds the global domain there)."""
    return TRANSLATIONS / "argparse" / language / "LC_MESSAGES" / f"{messages.DOMAIN}.mo"


def update_argparse_po(language: str) -> list[str]:
    """Add the running Python's argparse messages to argparse_LANG.po (keeping the ones
    other Python versions have), compile it, and return those still untranslated."""
    import argparse as stdlib_argparse

    from babel.messages.extract import extract_from_file

    path = argparse_po(language)
    catalog = read_catalog(path, language)
    for _line, message, _comments, _context in extract_from_file(
        "python", stdlib_argparse.__file__, keywords={"_": None, "ngettext": (1, 2)}
    ):
        if catalog.get(message[0] if isinstance(message, tuple) else message) is None:
            catalog.add(message)
    write_catalog(path, catalog)
    argparse_mo(language).parent.mkdir(parents=True, exist_ok=True)
    compile_reports_catalog(path, argparse_mo(language))
    return untranslated_messages(path)


def stale_argparse_mo(language: str) -> bool:
    """True when the compiled argparse catalog differs from what Babel makes of its .po."""
    if not argparse_mo(language).exists():
        return True
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.mo"
        compile_reports_catalog(argparse_po(language), fresh)
        return _mo_messages(argparse_mo(language)) != _mo_messages(fresh)


def stale_qm(language: str) -> bool:
    """True when the committed .qm differs from what lrelease makes of the .ts."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.qm"
        lrelease(ts_path(language), fresh)
        current = qm_path(language)
        return not current.exists() or current.read_bytes() != fresh.read_bytes()


def check() -> int:
    """Report untranslated strings and stale .qm files without changing anything."""
    problems = 0
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for language in LANGUAGES:
            copy = ts_path(language, Path(tmp))
            if ts_path(language).exists():
                shutil.copy(ts_path(language), copy)
            copies.append(copy)
        lupdate(copies)
        for language, copy in zip(LANGUAGES, copies, strict=True):
            missing = untranslated(copy)
            stale = set(read_ts(copy)) != set(read_ts(ts_path(language)))
            for context, source in missing:
                print(f"{language}: untranslated [{context}] {source!r}")
            if stale:
                print(f"{language}: {ts_path(language).name} is not up to date with the sources")
            if stale_qm(language):
                print(f"{language}: {qm_path(language).name} is stale; run make translations")
                problems += 1
            if reports_po(language).exists() and stale_reports_mo(language):
                print(f"{language}: reports_{language}.mo is stale; run make translations")
                problems += 1
            problems += len(missing) + int(stale)
        template = extract_messages()
        for language in MESSAGE_LANGUAGES:
            copy = messages_po(language, Path(tmp))
            if messages_po(language).exists():
                shutil.copy(messages_po(language), copy)
            update_messages_po(language, Path(tmp), template)
            missing_messages = untranslated_messages(copy)
            for source in missing_messages:
                print(f"{language}: untranslated [{MESSAGES_CONTEXT}] {source!r}")
            if not messages_po(language).exists() or set(read_messages(copy)) != set(
                read_messages(messages_po(language))
            ):
                print(f"{language}: {copy.name} is not up to date with the sources")
                problems += 1
            elif stale_mo(messages_po(language)):
                print(f"{language}: {copy.with_suffix('.mo').name} is stale; make translations")
                problems += 1
            problems += len(missing_messages)
            for source in untranslated_messages(argparse_po(language)):
                print(f"{language}: untranslated [argparse] {source!r}")
                problems += 1
            if stale_argparse_mo(language):
                print(f"{language}: {argparse_mo(language)} is stale; run make translations")
                problems += 1
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apply", type=Path, help="JSON file of translations to write in")
    parser.add_argument("--export", type=Path, help="write the untranslated strings as JSON")
    parser.add_argument("--check", action="store_true", help="only check; exit 1 on problems")
    args = parser.parse_args(argv)
    if args.check:
        return check()

    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = [ts_path(language) for language in LANGUAGES]
    lupdate(files)
    if args.apply:
        table = json.loads(args.apply.read_text(encoding="utf-8"))
        for language in LANGUAGES:
            count = apply_translations(ts_path(language), language, table.get(language, {}))
            print(f"{language}: {count} translations applied from {args.apply}")
        lupdate(files)  # normalizes the file the way lupdate writes it
    missing_by_language: dict[str, dict[str, dict[str, str | list[str]]]] = {}
    for language in LANGUAGES:
        missing = untranslated(ts_path(language))
        print(f"{language}: {len(read_ts(ts_path(language)))} strings, {len(missing)} untranslated")
        for context, source in missing:
            print(f"  [{context}] {source!r}")
            forms = 2 if language == "en" else 3
            blank: str | list[str] = [""] * forms if "%n" in source else ""
            missing_by_language.setdefault(language, {}).setdefault(context, {})[source] = blank
        lrelease(ts_path(language), qm_path(language))
        if reports_po(language).exists():
            compile_reports_catalog(reports_po(language), reports_po(language).with_suffix(".mo"))
    template = extract_messages()
    for language in MESSAGE_LANGUAGES:
        path = update_messages_po(language, template=template)
        if args.apply:
            table = json.loads(args.apply.read_text(encoding="utf-8"))
            texts = table.get(language, {}).get(MESSAGES_CONTEXT, {})
            count = apply_messages(path, language, texts)
            print(f"{language}: {count} message translations applied from {args.apply}")
        missing_messages = untranslated_messages(path)
        print(f"{language}: {len(read_messages(path))} messages, "
              f"{len(missing_messages)} untranslated")
        plurals = plural_sources(path)
        forms = read_catalog(path, language).num_plurals
        for source in missing_messages:
            print(f"  [{MESSAGES_CONTEXT}] {source!r}")
            blank = [""] * forms if source in plurals else ""
            missing_by_language.setdefault(language, {}).setdefault(MESSAGES_CONTEXT, {})[
                source
            ] = blank
        compile_reports_catalog(path, path.with_suffix(".mo"))
        for source in update_argparse_po(language):
            print(f"  [argparse] {source!r}: translate it in {argparse_po(language).name}")
    if args.export:
        args.export.write_text(
            json.dumps(missing_by_language, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        print(f"untranslated strings written to {args.export}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
