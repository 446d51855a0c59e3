"""Make the .xls and .ods files of tests/test_import_formats.py (and their .xlsx sources).

Run: .venv/bin/python tests/data/spreadsheets/make.py  (needs LibreOffice's soffice; the
password-protected copies also need LibreOffice's Python bridge, ``uno``, which the
system's python3 has where LibreOffice is installed).

Each workbook is written by openpyxl, then converted by LibreOffice headless, so the
.xls and .ods files are real ones written by a spreadsheet program, not hand-made bytes.
The tests read the committed copies, so they run where LibreOffice is not installed.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
HEADERS = ["Title", "Date", "Region", "Attendance", "Description"]
EVENTS = [
    ["Вечер памяти", dt.date(2025, 2, 26), "Primorsky Krai", 120, "Вторая часть"],
    ["Qonaqlıq", dt.date(2024, 12, 31), "Chelyabinsk Oblast", 45, "Şəki"],
    ["A date typed as text", "2025-04-01", None, 3000, None],
]
"""The events every format holds: text in three scripts, dates, whole numbers."""


def events(path: Path) -> Path:
    """The plain events workbook (and a second sheet the import skips)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Events"
    for row in [HEADERS, *EVENTS]:
        sheet.append(row)
    workbook.create_sheet("Lists").append(["not", "events"])
    workbook.save(path)
    return path


def errors(path: Path) -> Path:
    """Events whose Description cells hold formulas that end in an error value."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Events"
    sheet.append(HEADERS)
    sheet.append(["Divided by zero", dt.date(2025, 1, 5), None, 10, "=1/0"])
    sheet.append(["Not available", dt.date(2025, 1, 6), None, 20, "=NA()"])
    workbook.save(path)
    return path


def merged(path: Path) -> Path:
    """Two events sharing one merged date cell."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Events"
    sheet.append(HEADERS)
    sheet.append(["First", dt.date(2025, 1, 5), None, 10, None])
    sheet.append(["Second", None, None, 20, None])
    sheet.merge_cells("B2:B3")
    workbook.save(path)
    return path


SOURCES = {"events": events, "errors": errors, "merged": merged}


def convert(source: Path, suffix: str, out_dir: Path) -> Path:
    """``source`` saved by LibreOffice headless as ``suffix`` ("xls" or "ods") in ``out_dir``."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise FileNotFoundError("soffice")
    with tempfile.TemporaryDirectory() as profile:  # its own profile: no clash with a desk
        subprocess.run(
            [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
             "--convert-to", suffix, "--outdir", str(out_dir), str(source)],
            check=True, capture_output=True, timeout=180,
        )
    return out_dir / f"{source.stem}.{suffix}"


PASSWORD_SCRIPT = """
import subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue

def value(name, v):
    p = PropertyValue(); p.Name = name; p.Value = v; return p

source, out, profile = sys.argv[1:4]
office = subprocess.Popen(["soffice", "--headless", "--norestore", "--accept=pipe,name=mk;urp;",
                           "-env:UserInstallation=" + profile])
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver",
                                                          local)
for _ in range(120):
    try:
        context = resolver.resolve("uno:pipe,name=mk;urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.5)
desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0,
                                        (value("Hidden", True),))
for suffix, name in (("xls", "MS Excel 97"), ("ods", "calc8")):
    document.storeToURL(uno.systemPathToFileUrl(out + "." + suffix),
                        (value("FilterName", name), value("Password", "secret")))
document.close(True)
try:
    desktop.terminate()
except Exception:
    pass
office.wait(timeout=60)
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for name, write in SOURCES.items():
            source = write(Path(tmp) / f"{name}.xlsx")
            for suffix in ("xls", "ods"):
                shutil.copy(convert(source, suffix, Path(tmp)), HERE / f"{name}.{suffix}")
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(["/usr/bin/python3", "-c", PASSWORD_SCRIPT,
                            str(Path(tmp) / "events.xlsx"), str(HERE / "password"),
                            Path(profile).as_uri()], check=True, timeout=300)
    return 0


if __name__ == "__main__":
    sys.exit(main())
