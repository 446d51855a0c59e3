"""The command line's own frame (argparse: "usage:", "options:", its error lines) speaks
the language of the messages, as the commands' help texts already did."""

from __future__ import annotations

import os

import pytest

from db import messages
from desktop.cli import main


@pytest.fixture(autouse=True)
def english_after():
    yield
    messages.set_language("en")


def test_help_is_framed_in_russian(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--language", "ru", "export", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("использование: diaspora-events export")
    assert "\nпараметры:\n" in out and "показать эту справку и выйти" in out
    assert "usage:" not in out and "options:" not in out


def test_a_mistake_is_told_in_azerbaijani(capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--language", "az", "export"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "diaspora-events export: xəta: bu arqumentlər mütləqdir: --out" in err
    assert "error" not in err and "required" not in err


def test_the_environment_is_left_as_it_was(capsys, monkeypatch) -> None:
    monkeypatch.delenv("LANGUAGE", raising=False)
    with pytest.raises(SystemExit):
        main(["--language", "ru", "export"])
    capsys.readouterr()
    assert "LANGUAGE" not in os.environ
    with pytest.raises(SystemExit):
        main(["--language", "en", "export"])
    assert "the following arguments are required: --out" in capsys.readouterr().err


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_argparse_catalog_is_whole_and_compiled(language) -> None:
    """Every argparse message of the catalog is translated, and the compiled catalog the
    command line reads is the .po's (make translations adds a new Python's messages)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import update_translations as ut

    assert ut.untranslated_messages(ut.argparse_po(language)) == []
    assert not ut.stale_argparse_mo(language)
