"""Render the Overview tab with the sample data, in every interface language.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_overview.py [--out docs]
Writes overview.png (English) and overview-ru.png, overview-az.png, from a
throw-away database holding the sample report's events.
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
from PySide6.QtWidgets import QTabWidget  # noqa: E402

from db.engine import open_database  # noqa: E402
from desktop.sample import load_sample  # noqa: E402
from desktop.ui import i18n  # noqa: E402
from desktop.ui.app import make_application  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402


def render(language: str, out: Path, tmp: Path) -> Path:
    app = make_application(language)
    database = open_database(tmp / f"overview-{language}.sqlite")
    with database.sessions() as session:
        load_sample(session)
        session.commit()
    settings = QSettings(str(tmp / f"overview-{language}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(database, settings)
    window.resize(1280, 1020)
    window.show()
    window.findChild(QTabWidget, "main_tabs").setCurrentWidget(window.overview)
    while window.overview.overview is None or window.overview.busy_counting:
        app.processEvents()
    for _ in range(5):
        app.processEvents()
    path = out / ("overview.png" if language == "en" else f"overview-{language}.png")
    if not window.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")
    window.close()
    database.dispose()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("languages", nargs="*", default=list(i18n.LANGUAGES))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for language in args.languages:
            render(language, args.out, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
