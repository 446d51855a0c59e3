"""The start of the window on a shared PostgreSQL server that cannot be opened, as an office
administrator meets it: the box names the server (not a "data file"), keeps the reason in
the clerk's words, and offers to try again, to change the address, or to quit; a missing
password is asked for, masked."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from db.engine import POSTGRES_CONNECT_TIMEOUT_S, Database
from desktop import cli
from desktop.settings import Settings, settings_path
from desktop.ui.settings_dialog import SettingsDialog
from tests.postgres_helpers import drop_test_database
from tests.test_safety_secrets import memory_keyring  # noqa: F401  (a fixture)

DOWN = "postgresql+psycopg://clerk:s3cret-Pw@127.0.0.1:1/events"
"""A server that is down: nothing listens on the port."""


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A computer without a password store (the machine's own may have one)."""
    keyring = pytest.importorskip("keyring")
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def answer_boxes(monkeypatch, *answers: Callable[[QMessageBox], None]) -> list[dict]:
    """Each box shown, as the clerk read it; the n-th is answered by ``answers[n]``."""
    seen: list[dict] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(
            {
                "name": box.objectName(),
                "title": box.windowTitle(),
                "text": box.text(),
                "informative": box.informativeText(),
                "buttons": {b.objectName(): b.text() for b in box.buttons()},
                "default": box.defaultButton().objectName() if box.defaultButton() else None,
            }
        )
        answers[min(len(seen), len(answers)) - 1](box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


def opened_databases(monkeypatch) -> list[str]:
    """The data sets the window was started on (it is not shown)."""
    opened: list[str] = []

    def run_gui(database: Database, _language: str | None) -> int:
        opened.append(database.url)
        return 0

    monkeypatch.setattr(cli, "run_gui", run_gui)
    return opened


def quit_(box: QMessageBox) -> None:
    box.button_quit.click()


def retry(box: QMessageBox) -> None:
    box.button_retry.click()


def test_a_server_that_is_down_is_named_as_a_server(qtbot, monkeypatch) -> None:
    seen = answer_boxes(monkeypatch, quit_)
    assert cli.main(["--database", DOWN]) == cli.EXIT_USAGE
    [box] = seen
    headline = box["title"] + " " + box["text"]
    assert "file" not in headline.lower(), "a server is not a data file"
    assert "server" in headline.lower() and "127.0.0.1:1" in box["text"]
    assert "cannot be reached" in box["informative"], "the reason the engine gives is kept"
    everything = " ".join([headline, box["informative"], *box["buttons"].values()])
    assert "s3cret-Pw" not in everything
    assert {"open_error_retry", "open_error_settings", "open_error_quit"} <= set(box["buttons"])
    assert box["default"] == "open_error_retry"


def test_trying_again_on_a_server_still_down_says_it_tried(qtbot, monkeypatch) -> None:
    """Clicking "Try again" must visibly do something, and not hang the start."""
    seen = answer_boxes(monkeypatch, retry, quit_)
    started = time.monotonic()
    assert cli.main(["--database", DOWN]) == cli.EXIT_USAGE
    assert time.monotonic() - started < POSTGRES_CONNECT_TIMEOUT_S
    assert len(seen) == 2
    assert "tried again" in seen[1]["text"].lower()
    assert "cannot be reached" in seen[1]["informative"]


def test_trying_again_waits_no_longer_than_the_connect_timeout(qtbot, monkeypatch) -> None:
    """A server that takes the connection and never answers (hung, or behind a router
    that swallows it): each attempt gives up after the address's connect timeout."""
    with socket.create_server(("127.0.0.1", 0)) as silent:  # listens, never answers
        port = silent.getsockname()[1]
        hung = f"postgresql+psycopg://clerk@127.0.0.1:{port}/events?connect_timeout=2"
        seen = answer_boxes(monkeypatch, retry, quit_)
        started = time.monotonic()
        assert cli.main(["--database", hung]) == cli.EXIT_USAGE
        took = time.monotonic() - started
    assert len(seen) == 2
    assert "cannot be reached" in seen[1]["informative"]
    assert 2 * 2 <= took < 2 * 2 + 3  # the first try and the retry, each cut at 2 s


@pytest.fixture
def created_later(postgres_url: str) -> Iterator[tuple[str, Callable[[], None]]]:
    """The address of a database the server's administrator has not made yet, and how
    they make it; dropped afterwards."""
    admin_url = make_url(postgres_url).set(database="postgres")
    name = f"{make_url(postgres_url).database}_later"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")

    def create() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))

    try:
        yield make_url(postgres_url).set(database=name).render_as_string(False), create
    finally:
        drop_test_database(admin, name)
        admin.dispose()


def test_try_again_opens_the_server_once_it_can(qtbot, monkeypatch, created_later) -> None:
    """The administrator makes the missing database while the box is up; "Try again"
    opens it, with no restart."""
    address, create = created_later

    def create_then_retry(box: QMessageBox) -> None:
        assert "no database named" in box.informativeText()
        create()
        retry(box)

    seen = answer_boxes(monkeypatch, create_then_retry, quit_)
    opened = opened_databases(monkeypatch)
    assert cli.main(["--database", address]) == 0
    assert len(seen) == 1
    assert [make_url(url).database for url in opened] == [make_url(address).database]


def test_settings_changes_the_address_and_opens_it(
    qtbot, monkeypatch, database_path, no_keyring
) -> None:
    """The server is gone for the day: the administrator points the desk at a data file
    from the box, and the window opens on it."""

    def settings(box: QMessageBox) -> None:
        box.button_settings.click()

    def choose_file(dialog: SettingsDialog) -> int:
        assert dialog.location.text() == DOWN.replace(":s3cret-Pw", "")
        dialog.location.setText(str(database_path))
        dialog.save()
        return dialog.result()

    seen = answer_boxes(monkeypatch, settings, quit_)
    monkeypatch.setattr(SettingsDialog, "exec", choose_file)
    opened = opened_databases(monkeypatch)
    assert cli.main(["--database", DOWN]) == 0
    assert len(seen) == 1
    assert opened and opened[0].endswith(database_path.name)
    assert Settings.load().database == str(database_path)


def test_cancelled_settings_bring_the_box_back(qtbot, monkeypatch) -> None:
    def settings(box: QMessageBox) -> None:
        box.button_settings.click()

    seen = answer_boxes(monkeypatch, settings, quit_)
    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert cli.main(["--database", DOWN]) == cli.EXIT_USAGE
    assert [box["name"] for box in seen] == ["open_error_box", "open_error_box"]


# --- the password the keyring does not have ----------------------------------------------


def bare(address: str) -> str:
    """The address as the settings keep it: without its password."""
    url = make_url(address)
    return URL.create(
        url.drivername, url.username, None, url.host, url.port, url.database
    ).render_as_string(hide_password=False)


# The data sets below are copies of a new one (postgres_data_set_url): an empty database
# would be given its schema at the start, seconds on the server for each test, though the
# start before the window is what they check.


def type_passwords(monkeypatch, *passwords: str | None) -> list[dict]:
    """Each password prompt, as the clerk saw it; the n-th is answered with
    ``passwords[n]`` (None: Cancel)."""
    seen: list[dict] = []

    def exec_(dialog: QInputDialog) -> int:
        seen.append({"label": dialog.labelText(), "echo": dialog.textEchoMode()})
        typed = passwords[min(len(seen), len(passwords)) - 1]
        if typed is None:
            dialog.reject()
        else:
            dialog.setTextValue(typed)
            dialog.accept()
        return dialog.result()

    monkeypatch.setattr(QInputDialog, "exec", exec_)
    return seen


def test_a_password_not_in_the_keyring_is_asked_for(
    qtbot, monkeypatch, postgres_data_set_url: str, no_keyring
) -> None:
    """No keyring on the desk: the settings keep the address without the password, and
    the start used to fail with "did not accept the user name or password"."""
    Settings(database=bare(postgres_data_set_url)).save()
    prompts = type_passwords(monkeypatch, make_url(postgres_data_set_url).password)
    boxes = answer_boxes(monkeypatch, quit_)
    opened = opened_databases(monkeypatch)
    assert cli.main([]) == 0
    assert boxes == []
    [prompt] = prompts
    assert prompt["echo"] == QLineEdit.EchoMode.Password
    server = make_url(postgres_data_set_url)
    assert server.username in prompt["label"] and f"{server.host}:{server.port}" in prompt["label"]
    assert [make_url(url).database for url in opened] == [server.database]


def test_a_mistyped_password_is_asked_again(
    qtbot, monkeypatch, postgres_data_set_url: str, no_keyring
) -> None:
    Settings(database=bare(postgres_data_set_url)).save()
    prompts = type_passwords(monkeypatch, "mistyped", make_url(postgres_data_set_url).password)
    answer_boxes(monkeypatch, quit_)
    opened = opened_databases(monkeypatch)
    assert cli.main([]) == 0
    assert len(prompts) == 2 and "did not accept" in prompts[1]["label"]
    assert len(opened) == 1


@pytest.mark.parametrize("password", [None, "wrong-password"])
def test_cancelling_the_password_shows_the_box(
    qtbot, monkeypatch, postgres_data_set_url: str, no_keyring, password: str | None
) -> None:
    address = (
        bare(postgres_data_set_url)
        if password is None
        else make_url(postgres_data_set_url)
        .set(password=password)
        .render_as_string(hide_password=False)
    )
    prompts = type_passwords(monkeypatch, None)
    boxes = answer_boxes(monkeypatch, quit_)
    assert cli.main(["--database", address]) == cli.EXIT_USAGE
    assert len(prompts) == 1
    [box] = boxes
    assert "open_error_retry" in box["buttons"] and "server" in box["text"].lower()
    if password is None:  # nothing was refused: the address holds no password to correct
        assert "did not accept" not in box["informative"]
        assert "asks for the password" in box["informative"]
        assert "Settings" in box["informative"], "where to give it"
    else:
        assert "did not accept" in box["informative"]
    assert "wrong-password" not in " ".join(str(value) for value in box.values())


def test_the_password_typed_at_start_goes_to_the_keyring(
    qtbot,
    monkeypatch,
    postgres_data_set_url: str,
    memory_keyring,  # noqa: F811
) -> None:
    """Typed once where a keyring exists (it had been cleared): kept there for the next
    start, never in the settings file."""
    Settings(database=bare(postgres_data_set_url)).save()
    password = make_url(postgres_data_set_url).password
    type_passwords(monkeypatch, password)
    answer_boxes(monkeypatch, quit_)
    opened_databases(monkeypatch)
    assert cli.main([]) == 0
    assert password in memory_keyring.store.values()
    assert password not in settings_path().read_text(encoding="utf-8")


def test_an_address_with_a_typo_is_corrected_in_the_settings(qtbot, monkeypatch) -> None:
    """Given on the command line with a typo in the port: no traceback, and the box leads
    to the settings to correct it."""
    typo = "postgresql+psycopg://clerk:s3cret-Pw@server:54a2/events"
    seen = answer_boxes(monkeypatch, quit_)
    assert cli.main(["--database", typo]) == cli.EXIT_USAGE
    [box] = seen
    assert "port" in box["informative"] and "s3cret-Pw" not in box["informative"]
    assert box["default"] == "open_error_settings"


def test_the_window_keeps_answering_while_it_tries_again(qtbot, monkeypatch) -> None:
    """Trying a hung server again takes up to the connect timeout: the box keeps painting
    (the event loop turns) meanwhile, instead of a frozen window the clerk may kill."""
    from PySide6.QtCore import QTimer

    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(1))
    at_retry: list[int] = []

    def count_then_retry(box: QMessageBox) -> None:
        timer.start()
        at_retry.append(len(ticks))
        retry(box)

    with socket.create_server(("127.0.0.1", 0)) as silent:  # listens, never answers
        port = silent.getsockname()[1]
        hung = f"postgresql+psycopg://clerk@127.0.0.1:{port}/events?connect_timeout=2"
        seen = answer_boxes(monkeypatch, count_then_retry, quit_)
        assert cli.main(["--database", hung]) == cli.EXIT_USAGE
    timer.stop()
    assert len(seen) == 2
    assert len(ticks) - at_retry[0] >= 10, "the 2 s attempt froze the event loop"
