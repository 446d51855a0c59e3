"""The settings dialog as a clerk uses it to choose a shared server: a test of the connection
changes nothing, a typo is refused before it is saved, and the answer is readable whole."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import make_url

from desktop.settings import Settings
from desktop.ui.settings_dialog import SettingsDialog
from tests.test_ui_settings_dialog import make_dialog, run_test


def test_testing_an_empty_server_database_creates_nothing(qtbot, postgres_url: str) -> None:
    """"Test connection" set up the whole schema in whatever database the address named
    (a colleague's empty one, a misspelt one the administrator made for something else)."""
    dialog = make_dialog(qtbot)
    message = run_test(qtbot, dialog, postgres_url)
    assert "empty" in message and "set up" in message
    engine = create_engine(postgres_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


def test_a_server_that_is_down_is_told_in_the_clerks_words(qtbot, postgres_url: str) -> None:
    dialog = make_dialog(qtbot)
    down = make_url(postgres_url).set(port=1).render_as_string(hide_password=False)
    message = run_test(qtbot, dialog, down)
    assert "cannot be reached" in message and "connect_timeout" not in message


def test_an_address_with_a_typo_is_not_saved(qtbot, tmp_path) -> None:
    """Saved, it was what every later start tried to open."""
    Settings(database=str(tmp_path / "office.sqlite")).save()
    dialog: SettingsDialog = make_dialog(qtbot)
    dialog.location.setText("postgresql+psycopg://clerk:secret@server:54a2/events")
    dialog.save()
    assert dialog.isVisible(), "the dialog stays open to correct the address"
    assert "port" in dialog.result_label.text()
    assert Settings.load().database == str(tmp_path / "office.sqlite")


def test_the_answer_of_a_test_is_shown_whole(qtbot, postgres_url: str) -> None:
    """A long answer was cut after two lines: the dialog did not grow to show it."""
    dialog = make_dialog(qtbot)
    missing = make_url(postgres_url).set(database="explore_no_such_database")
    run_test(qtbot, dialog, missing.render_as_string(hide_password=False))
    qtbot.wait(50)  # the layout settles
    label = dialog.result_label
    assert label.height() >= label.heightForWidth(label.width())
