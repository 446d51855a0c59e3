"""Qt's standard buttons (Yes, No, Cancel, Close, Save, Discard...), the editing menu of a
text field and a wizard's buttons speak the interface language: Qt ships Russian words for
them but no Azerbaijani, so the Azerbaijani window asked "Move to the trash?" with English
"Yes" and "No", offered "Paste" in every field and "Next >" in the import."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWizard,
    QWizardPage,
)

from desktop.ui import i18n

Button = QDialogButtonBox.StandardButton
QT_ENGLISH = {
    "Save",
    "Save All",
    "Open",
    "&Yes",
    "Yes to &All",
    "&No",
    "N&o to All",
    "Abort",
    "Retry",
    "Ignore",
    "Close",
    "Cancel",
    "Discard",
    "Help",
    "Apply",
    "Reset",
    "Restore Defaults",
}
"""Qt's own texts of the standard buttons ("OK" aside: the same word in both languages)."""
MENU_ENGLISH = {"&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"}
"""Qt's own texts of a text field's editing menu."""
WIZARD_ENGLISH = {
    "< &Back",
    "&Next >",
    "&Next",
    "&Finish",
    "Cancel",
    "Go Back",
    "Continue",
    "Commit",
    "Done",
}
"""Qt's own texts of a wizard's buttons (every style's)."""


@pytest.fixture
def language(qapp, request):
    i18n.set_language(request.param)
    i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.set_language("en")
    i18n.install_translators(qapp, "en")


@pytest.mark.parametrize("language", ["ru", "az"], indirect=True)
def test_every_standard_button_is_worded_in_the_interface_language(qtbot, language):
    every = Button(0)
    for button in Button:
        if button not in (Button.NoButton, Button.Ok):  # "OK" is the same word in both
            every |= button
    box = QDialogButtonBox(every)
    qtbot.addWidget(box)
    shown = {box.button(b).text() for b in Button if box.button(b) is not None}
    left_in_english = shown & QT_ENGLISH
    assert not left_in_english, left_in_english


@pytest.mark.parametrize("language", ["az"], indirect=True)
def test_a_question_asks_with_yes_and_no_in_the_interface_language(qtbot, language):
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(box)
    texts = [button.text() for button in box.buttons()]
    assert "&Yes" not in texts and "&No" not in texts, texts


@pytest.mark.parametrize("language", ["ru", "az"], indirect=True)
def test_a_text_fields_editing_menu_is_worded_in_the_interface_language(qtbot, language):
    for field in (QLineEdit("x"), QPlainTextEdit("x")):
        qtbot.addWidget(field)
        menu = field.createStandardContextMenu()
        texts = {action.text().split("\t")[0] for action in menu.actions() if action.text()}
        assert texts and not texts & MENU_ENGLISH, texts


@pytest.mark.parametrize("language", ["ru", "az"], indirect=True)
def test_a_wizards_buttons_are_worded_in_the_interface_language(qtbot, language):
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    kinds = (
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton,
    )
    texts = {wizard.button(kind).text() for kind in kinds}
    assert not texts & WIZARD_ENGLISH, texts
