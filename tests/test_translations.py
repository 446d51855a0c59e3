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
