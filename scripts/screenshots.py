"""Render the README's screenshots offscreen: the main window and the event form.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs]
It uses a throw-away database with the sample report's three events, so the
pictures show real data and never touch the user's own.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from db.engine import open_database  # noqa: E402
from desktop.ui.app import make_application  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

CHELYABINSK = "Chelyabinsk"


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path} ({widget.width()}x{widget.height()})")


def duplicate_warning(app: QApplication, window: MainWindow, out: Path) -> None:
    """The sample's Chelyabinsk event typed in again: the warning beside the stored one."""
    import dataclasses

    from db.duplicates import find_duplicates
    from db.event_store import EventStore
    from desktop.sample import sample_inputs
    from desktop.ui.duplicate_dialog import DuplicateDialog, describe_event, describe_input

    again = dataclasses.replace(
        sample_inputs()[1], title="Khojaly remembrance evening, Chelyabinsk", venue=None
    )
    with window.database.sessions() as session:
        store = EventStore(session)
        found = find_duplicates(session, again)
        dialog = DuplicateDialog(
            describe_input(store, again), [describe_event(e) for e in found], window
        )
    dialog.show()
    settle(app)
    save(dialog, out)
    dialog.reject()


def reference_lists(app: QApplication, window: MainWindow, out: Path) -> None:
    """The organizations list, searched by a partial name, two spellings selected."""
    from db.event_store import EventStore
    from db.reference_service import ReferenceService

    with window.database.sessions.begin() as session:  # a second spelling, as clerks make them
        store = EventStore(session)
        store.organization("Azerbaijani community of the Chelyabinsk region")
        known = store.organization("Public organization of Azerbaijanis in the Chelyabinsk region")
        ReferenceService(session).save(
            "organization",
            known.id,
            {"name": known.name, "short_name": "Azeri Chelyabinsk", "kind": "public organization"},
            ["Chelyabinsk Azerbaijanis", "Азербайджанцы Челябинской области"],
        )
    dialog = window.show_reference_lists()
    page = dialog.show_list("organization")
    page.search.setText("chelyabinsk")
    page.refresh()
    page.table.selectAll()
    dialog.resize(1000, 420)
    settle(app)
    save(dialog, out)
    dialog.reject()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_application("en")
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "screenshots.sqlite")
        settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        window = MainWindow(database, settings)
        window.resize(1280, 640)
        window.load_sample()
        window.show()
        window.table.selectRow(1)
        settle(app)
        save(window, args.out / "main-window.png")

        row = next(
            r for r in range(window.model.rowCount()) if CHELYABINSK in window.model.row_at(r).title
        )
        form = window.open_form(window.model.uuid_at(row))
        form.resize(1040, 780)
        settle(app)
        form.fields.title.setFocus()
        settle(app)
        save(form, args.out / "event-form.png")
        form.reject()

        duplicate_warning(app, window, args.out / "duplicate-warning.png")
        reference_lists(app, window, args.out / "reference-lists.png")
        window.close()
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
