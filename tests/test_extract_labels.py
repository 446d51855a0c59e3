"""A draft's program items that the data set has no type for ("literary evening", every
label of ``desktop.extraction.program.LABELS``) in the clerk's language: in the
extraction dialog's summary, in the event form it opens and in the command line's text.

The catalogs get the labels' words from the translators; these tests give their own, so
they say where the words are shown, whatever the translators chose."""

from __future__ import annotations

import gettext
from collections.abc import Callable

import pytest

from db import messages
from db.event_store import ProgramInput
from desktop.extraction import extract, format_extraction
from desktop.extraction.program import LABELS
from desktop.extraction.shown_names import shown_names
from desktop.ui.extract_dialog import ExtractDialog

REPORT = (
    "5 марта 2025 года в Казани Азербайджанская национально-культурная автономия провела "
    "литературный вечер, посвящённый поэту Самеду Вургуну. Участники зажгли свечи."
)
"""A report with two items the data set has no type for: literary_evening, candle_lighting."""
WORDS = {
    "ru": {"literary evening": "литературный вечер", "candle lighting": "зажжение свечей"},
    "az": {"literary evening": "ədəbi gecə", "candle lighting": "şamların yandırılması"},
}


class _WithLabels(gettext.NullTranslations):
    """A language's real catalog, with the labels' words the test gives."""

    def __init__(self, words: dict[str, str], real: gettext.NullTranslations) -> None:
        super().__init__()
        self._words = words
        self.add_fallback(real)

    def gettext(self, message: str) -> str:
        return self._words.get(message) or super().gettext(message)


@pytest.fixture
def labels_in(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], dict[str, str]]:
    """``labels_in("ru")``: the messages of that language know WORDS; returns them."""
    real = messages.catalog

    def use(language: str) -> dict[str, str]:
        catalog = _WithLabels(WORDS[language], real(language))
        monkeypatch.setattr(
            messages, "catalog", lambda lang: catalog if lang == language else real(lang)
        )
        return WORDS[language]

    return use


def test_the_report_holds_the_items_without_a_type() -> None:
    """What the other tests rest on: the report's two items are labels, not types."""
    (draft,) = extract(REPORT).events
    assert draft.program == ["literary_evening", "candle_lighting"]
    assert all(code in LABELS for code in draft.program)


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_clerk_sees_the_items_in_the_interface_language_and_the_form_gets_them(
    qtbot, database, interface_language, labels_in, language
) -> None:
    """Seen in the Russian dialog: "Программа: literary evening, candle lighting", and the
    form's rows "другое | literary evening" that the clerk had to translate by hand."""
    words = labels_in(language)
    interface_language(language)
    dialog = ExtractDialog(database)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(REPORT)
    dialog.run_extraction()
    qtbot.waitUntil(lambda: dialog.extraction is not None and not dialog.is_busy(), timeout=30_000)
    dialog.drafts.setCurrentRow(0)

    shown = dialog.summary.text()
    local = [words["literary evening"], words["candle lighting"]]
    assert ", ".join(local) in shown, shown
    assert "literary evening" not in shown and "candle lighting" not in shown, shown

    form = dialog.open_current()
    assert form is not None
    # The stored type stays "other"; its note is the item as the clerk read it.
    assert form.fields.program.values() == [ProgramInput("other", name) for name in local]
    form.reject()


def test_an_english_clerk_still_gets_the_english_items(qtbot, database) -> None:
    dialog = ExtractDialog(database)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(REPORT)
    dialog.run_extraction()
    qtbot.waitUntil(lambda: dialog.extraction is not None and not dialog.is_busy(), timeout=30_000)
    dialog.drafts.setCurrentRow(0)
    assert "literary evening, candle lighting" in dialog.summary.text()
    form = dialog.open_current()
    assert form is not None
    assert form.fields.program.values() == [
        ProgramInput("other", "literary evening"), ProgramInput("other", "candle lighting")
    ]
    form.reject()


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_command_line_prints_the_items_in_the_message_language(
    database, labels_in, language
) -> None:
    words = labels_in(language)
    messages.set_language(language)
    extraction = extract(REPORT)
    with database.sessions() as session:
        names = shown_names(session, extraction.events, language)
    text = format_extraction(extraction, names)
    assert f"{words['literary evening']}, {words['candle lighting']}" in text, text
    assert "literary evening" not in text


def test_the_json_keeps_the_english_labels(labels_in) -> None:
    """--json and the benchmark's gold read the English labels, whatever the language."""
    labels_in("ru")
    messages.set_language("ru")
    (draft,) = extract(REPORT).events
    assert draft.to_gold()["program"] == ["literary evening", "candle lighting"]
