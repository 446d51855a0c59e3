"""Lines a text wraps to in a printed column, counted as a test counts them: Excel's
pixel widths of Calibri 11 (the committed width table), each candidate line measured
whole, independently of the app's wrapping code."""

from __future__ import annotations

import re

from db.reference import read_csv

CELL_PADDING = 7
"""Pixels of a column's width that are not text's (Excel's autofit adds as many)."""
DIGIT_PIXELS = 7
"""A column's width unit in pixels: Calibri 11's digit."""
UNKNOWN_PIXELS = 15
"""A letter outside the table: as wide as the type is high (a full em)."""

_TABLE = read_csv("calibri_widths.csv")
REGULAR = {chr(int(row["code"][2:], 16)): int(row["regular"]) for row in _TABLE}
BOLD = {chr(int(row["code"][2:], 16)): int(row["bold"]) for row in _TABLE}


def pixels(text: str, widths: dict[str, int]) -> int:
    return sum(widths.get(char, UNKNOWN_PIXELS) for char in text)


def _pieces(paragraph: str) -> list[tuple[str, str]]:
    """(what joins it to the line before, piece): a line may end after a space, or after
    a hyphen inside a word."""
    return [(" " if index == 0 else "", piece) for word in paragraph.split()
            for index, piece in enumerate(p for p in re.split(r"(?<=-)", word) if p)]


def brute_lines(text: str, room: int, widths: dict[str, int]) -> int:
    """Lines of ``text`` filled greedily in ``room`` pixels, each candidate line measured
    whole; a piece wider than a line breaks between letters."""
    count = 0
    for paragraph in text.split("\n"):
        line, lines = "", 1
        for joint, piece in _pieces(paragraph):
            if line and pixels(line + joint + piece, widths) <= room:
                line += joint + piece
                continue
            if line:
                lines += 1
            line = ""
            for char in piece:
                if line and pixels(line + char, widths) > room:
                    lines += 1
                    line = ""
                line += char
        count += lines
    return count


def column_lines(text: str, file_width: float, bold: bool = False) -> int:
    """Lines of ``text`` in a column of ``file_width`` (the width read back from the
    file, Excel's padding included)."""
    room = round(file_width * DIGIT_PIXELS) - CELL_PADDING
    return brute_lines(text, room, BOLD if bold else REGULAR)
