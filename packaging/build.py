"""Build the one-folder bundle for this machine, and on Linux its .tar.gz: ``make dist``.

    python packaging/build.py [--dist dist] [--work build/pyinstaller]

The bundle is dist/diaspora-events/ (PyInstaller, packaging/diaspora_events.spec). On Linux
the folder also gets the menu entry, the icon and install.sh, and is packed as
dist/diaspora-events-VERSION-linux-ARCH.tar.gz. Windows (Inno Setup) and macOS (.dmg) are
packed by .github/workflows/build.yml from the same bundle.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

from desktop import __version__

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NAME = "diaspora-events"




def build_bundle(dist: Path, work: Path) -> Path:
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
            "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
            str(HERE / "diaspora_events.spec"),
        ],
        check=True,
    )  # fmt: skip
    return dist / NAME


def pack_linux(bundle: Path, dist: Path) -> Path:
    """The folder with its menu entry and icon, as one .tar.gz a clerk unpacks anywhere."""
    shutil.copy2(HERE / "diaspora-events.desktop", bundle)
    shutil.copy2(HERE / "install.sh", bundle)
    shutil.copy2(ROOT / "resources" / "icons" / "app.svg", bundle / f"{NAME}.svg")
    archive = dist / f"{NAME}-{__version__}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=NAME)
    return archive


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args()
    started = time.perf_counter()
    bundle = build_bundle(args.dist, args.work)
    print(f"Bundle: {bundle} in {time.perf_counter() - started:.0f} s")
    if sys.platform.startswith("linux"):
        archive = pack_linux(bundle, args.dist)
        size = archive.stat().st_size / 1e6
        print(f"Archive: {archive} ({size:.0f} MB) in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
