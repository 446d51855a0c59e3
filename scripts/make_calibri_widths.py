"""Generate resources/reference/calibri_widths.csv: pixel widths of Calibri 11 letters.

The report's rows are made tall enough for their wrapped text by measuring it, and Excel
measures in the pixel widths of its Calibri 11 at 96 dpi. XlsxWriter ships Excel's own
widths for ASCII only (``xlsxwriter.utility.CHAR_WIDTHS``); this script derives the rest
(Cyrillic, the Azerbaijani letters, typographic punctuation) and the bold widths of the
header from Carlito, which is metric-compatible with Calibri (same advance widths) and
free (OFL). The CSV is the committed source of truth; the app never reads a font file.

Excel's widths are hinted: a letter's linear width at 11 points (14.67 pixels per em)
comes out as much as 0.7 px narrower ("e": 7.3 -> 8) or 0.54 px wider ("M": 12.54 -> 12)
than Excel's. A row too short hides text on paper, so every width is rounded up from
the smallest fraction that keeps all of ASCII at least as wide as Excel's; the script
prints how far the derived ASCII widths are from Excel's and fails if any is narrower.

Needs fontTools, for this script only (not a dependency of the app):
    .venv/bin/pip install fonttools
Run: .venv/bin/python scripts/make_calibri_widths.py [FONT_FOLDER]
"""

from __future__ import annotations

import csv
import math
import sys
from collections import Counter
from pathlib import Path

from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
from xlsxwriter.utility import CHAR_WIDTHS  # type: ignore[import-untyped]

OUT = Path(__file__).resolve().parent.parent / "resources" / "reference" / "calibri_widths.csv"
FONTS = Path("/usr/share/fonts/truetype/crosextra")
PIXELS_PER_EM = 11 * 96 / 72
"""Calibri 11 on Excel's 96-dpi screen."""
RANGES = [
    (0x0020, 0x007E),  # ASCII (the bold widths; regular ones are XlsxWriter's)
    (0x00A0, 0x017F),  # Latin-1 and Latin Extended-A: ç ö ü ğ ı İ ş, no-break space
    (0x018F, 0x018F), (0x0259, 0x0259),  # Ə ə
    (0x0400, 0x04FF),  # Cyrillic
    (0x2010, 0x2026), (0x2030, 0x203A),  # dashes, quotes, ellipsis, per mille, guillemets
    (0x20AC, 0x20AC), (0x20BC, 0x20BD), (0x2116, 0x2116),  # € ₼ ₽ №
]


def linear_widths(font_path: Path) -> dict[str, float]:
    """Each covered character's unhinted advance width at 11 points, in pixels."""
    font = TTFont(font_path)
    per_unit = PIXELS_PER_EM / font["head"].unitsPerEm
    cmap, metrics = font.getBestCmap(), font["hmtx"]
    return {chr(code): metrics[cmap[code]][0] * per_unit
            for first, last in RANGES for code in range(first, last + 1) if code in cmap}


def round_up_from(fraction: float, width: float) -> int:
    """``width`` in whole pixels, rounded up from ``fraction`` of a pixel."""
    return math.floor(width + 1 - fraction)


def calibrate(regular: dict[str, float]) -> float:
    """The largest rounding point at which no derived ASCII width is below Excel's."""
    return min(min(1.0, regular[char] + 1 - int(width)) for char, width in CHAR_WIDTHS.items())


def main() -> None:
    fonts = Path(sys.argv[1]) if len(sys.argv) > 1 else FONTS
    regular = linear_widths(fonts / "Carlito-Regular.ttf")
    bold = linear_widths(fonts / "Carlito-Bold.ttf")
    fraction = calibrate(regular)
    derived = {char: round_up_from(fraction, regular[char]) for char in CHAR_WIDTHS}
    off = Counter(derived[char] - width for char, width in CHAR_WIDTHS.items())
    narrower = [char for char, width in CHAR_WIDTHS.items() if derived[char] < width]
    print(f"rounding up from {fraction:.3f} px; derived ASCII minus Excel's, in px: "
          + ", ".join(f"{d:+d}: {n} characters" for d, n in sorted(off.items())))
    if narrower:
        raise SystemExit(f"narrower than Excel's: {''.join(narrower)}")
    rows = [(f"U+{ord(char):04X}", char,
             CHAR_WIDTHS[char] if char in CHAR_WIDTHS else round_up_from(fraction, width),
             round_up_from(fraction, bold[char]))
            for char, width in sorted(regular.items()) if char in bold]
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["code", "char", "regular", "bold"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} characters to {OUT}")


if __name__ == "__main__":
    main()
