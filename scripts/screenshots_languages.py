"""Render the main window, the event form and the report dialog in every language.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_languages.py [--out docs]
Writes docs/main-window-LANG.png, docs/event-form-LANG.png and docs/report-dialog-LANG.png
for LANG in en, ru, az, from a throw-away database with the sample report's events, so
long translations can be checked for labels that do not fit.
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
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QSettings  # noqa: E402
from screenshots import CHELYABINSK, save, settle  # noqa: E402

from db.engine import open_database  # noqa: E402
from desktop.ui import i18n  # noqa: E402
from desktop.ui.app import make_application  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402


def render(language: str, out: Path, tmp: Path) -> None:
    app = make_application(language)
    database = open_database(tmp / f"screenshots-{language}.sqlite")
    settings = QSettings(str(tmp / f"ui-{language}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(database, settings)
    window.resize(1280, 640)
    window.load_sample()
    window.show()
    window.table.selectRow(1)
    settle(app)
    save(window, out / f"main-window-{language}.png")

    row = next(
        r for r in range(window.model.rowCount()) if CHELYABINSK in window.model.row_at(r).title
    )
    form = window.open_form(window.model.uuid_at(row))
    form.resize(1040, 780)
    settle(app)
    form.fields.title.setFocus()
    settle(app)
    save(form, out / f"event-form-{language}.png")
    form.reject()

    try:
        from desktop.ui.report_dialog import ReportDialog
    except ImportError:
        ReportDialog = None
    if ReportDialog is not None:
        dialog = ReportDialog(database, window.model.event_filter, parent=window)
        dialog.show()
        settle(app, 10)
        save(dialog, out / f"report-dialog-{language}.png")
        dialog.close()
    window.close()
    database.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("languages", nargs="*", default=list(i18n.LANGUAGES))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for language in args.languages:
            render(language, args.out, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
