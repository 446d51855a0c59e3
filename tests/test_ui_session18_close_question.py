"""Closing an event form with unsaved typing, in Russian: the question's buttons must say what
they do. The form's own "Отмена" led to a question whose buttons were "Отклонить" (reject,
decline) and "Отмена" again: a clerk could not tell which one keeps the typing."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.main_window import MainWindow
from tests.test_ui_support import child, tmp_settings, type_into


def answer_and_read(pick: QMessageBox.StandardButton) -> dict[QMessageBox.StandardButton, str]:
    """Once the question is up: note its buttons' texts, then press ``pick``."""
    texts: dict[QMessageBox.StandardButton, str] = {}

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        for button in box.buttons():
            texts[box.standardButton(button)] = button.text()
        box.button(pick).click()

    QTimer.singleShot(0, look)
    return texts


def test_the_russian_close_question_says_close_without_saving(
    qtbot, database, tmp_path, interface_language
):
    interface_language("ru")
    window = MainWindow(database, tmp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    form = window.open_form(None)
    type_into(qtbot, child(form, "title"), "Встреча общины")

    texts = answer_and_read(QMessageBox.StandardButton.Cancel)
    form.reject()
    kept = form.isVisible()
    answer_and_read(QMessageBox.StandardButton.Discard)
    form.reject()  # closed before asserting: nobody answers a question at teardown
    assert kept, "Отмена in the question keeps the form and its typing"
    assert not form.isVisible()
    assert texts[QMessageBox.StandardButton.Discard].replace("&", "") == "Не сохранять"
