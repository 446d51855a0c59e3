"""PNGs of the sample report's printed pages, in English and Russian, as LibreOffice prints them.

Run: .venv/bin/python scripts/report_pages.py [--out docs/report-pages]
Needs LibreOffice (``soffice``) and poppler (``pdftoppm``, ``pdftotext``). Each page is
saved as ``{language}-{page:02d}-{sheet}.png``: the sheet is found by its name in the
page footer, so a reader can look at every sheet as a committee would receive it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LANGUAGES = ("en", "ru")
FOOTER = re.compile(r"^(.+?) — (?:page|стр\.) \d+", re.MULTILINE)


def export_sample(folder: Path, language: str) -> Path:
    """The sample data set's full report (every sheet) in ``language``."""
    from db.engine import open_database
    from desktop.reports import ALL_SHEETS, EXTRA_SHEETS, ReportOptions, export_workbook
    from desktop.sample import load_sample

    database = open_database(folder / f"sample-{language}.sqlite")
    try:
        with database.sessions.begin() as session:
            occasion = load_sample(session)[0].occasion_id
        out = folder / f"report-{language}.xlsx"
        export_workbook(database, out, ReportOptions(
            language=language, sheets=(*ALL_SHEETS, *EXTRA_SHEETS), gaps_occasion_id=occasion))
        return out
    finally:
        database.dispose()


def sheet_keys(language: str) -> dict[str, str]:
    """A sheet's printed name in ``language`` -> its key ("per_region"), for file names."""
    from desktop.reports.language import translate, use_language
    from desktop.reports.options import SHEET_TITLES

    with use_language(language):
        return {translate(title): key.replace("_", "-") for key, title in SHEET_TITLES.items()}


def pages(workbook: Path, out: Path, language: str, dpi: int) -> list[Path]:
    folder = workbook.parent
    subprocess.run(["soffice", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(workbook)],
                   check=True, capture_output=True, timeout=300)
    pdf = workbook.with_suffix(".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    names = [FOOTER.search(page.strip().splitlines()[-1] if page.strip() else "")
             for page in text.split("\f")]
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / "page")],
                   check=True)
    keys = sheet_keys(language)
    written = []
    for number, image in enumerate(sorted(folder.glob("page-*.png")), start=1):
        found = names[number - 1] if number <= len(names) else None
        sheet = keys.get(found.group(1).strip(), "page") if found else "page"
        target = out / f"{language}-{number:02d}-{sheet}.png"
        shutil.move(image, target)
        written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "report-pages")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    for tool in ("soffice", "pdftoppm", "pdftotext"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed: install LibreOffice and poppler-utils")
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.png"):
        old.unlink()
    for language in LANGUAGES:
        with tempfile.TemporaryDirectory() as tmp:
            workbook = export_sample(Path(tmp), language)
            for path in pages(workbook, args.out, language, args.dpi):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
