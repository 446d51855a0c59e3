"""Checks a file must pass before any parser touches it.

A workbook is a zip of XML; a hostile one can claim to be small and inflate to
gigabytes, hide a password-protected (encrypted OLE) package behind an .xlsx
name, or be plain text renamed. Everything here looks only at magic bytes and
the zip directory, so a refusal costs milliseconds and allocates nothing big.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_SHEET_MEMBER = re.compile(r"^xl/worksheets/[^/]+\.xml$")


@dataclass(frozen=True)
class Limits:
    """How much a file may hold; the defaults fit 200,000 events with room to spare."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_uncompressed_bytes: int = 1024 * 1024 * 1024
    max_member_ratio: float = 200.0
    """Uncompressed/compressed size above which a member is treated as a zip bomb."""
    ratio_floor_bytes: int = 8 * 1024 * 1024
    """Members smaller than this are not judged by their ratio."""
    max_part_bytes: int = 24 * 1024 * 1024
    """The largest a part other than a sheet may unpack to: openpyxl holds such a part
    (the shared strings) in memory at about twelve times its size."""
    max_members: int = 1000
    max_sheets: int = 32
    max_rows: int = 250_000
    max_columns: int = 256
    max_cell_chars: int = 32_767
    """Excel's own limit; a longer cell was not made by Excel."""


DEFAULT_LIMITS = Limits()


def _size(number: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if number < 1024 or unit == "GB":
            return f"{number:.0f} {unit}" if unit == "bytes" else f"{number:.1f} {unit}"
        number /= 1024  # type: ignore[assignment]
    return str(number)


def file_kind(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """"xlsx" or "csv" for a file worth opening; raises ImportFileError otherwise."""
    from desktop.importing.errors import ImportFileError

    if not path.exists():
        raise ImportFileError(f"There is no file {path}.")
    if path.is_dir():
        raise ImportFileError(f"{path} is a folder; choose an Excel workbook (.xlsx).")
    size = path.stat().st_size
    if size == 0:
        raise ImportFileError(f"{path.name} is empty (0 bytes).")
    if size > limits.max_file_bytes:
        raise ImportFileError(
            f"{path.name} is {_size(size)}; the import reads files up to "
            f"{_size(limits.max_file_bytes)}. Split it into smaller workbooks."
        )
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(OLE_MAGIC):
        raise ImportFileError(_ole_message(path))
    if head.startswith(ZIP_MAGIC):
        check_zip(path, limits)
        return "xlsx"
    if path.suffix.lower() in (".csv", ".txt", ".tsv"):
        return "csv"
    raise ImportFileError(
        f"{path.name} is not an Excel workbook (.xlsx): its content is not a workbook, "
        "whatever its name says. Open it in Excel and save it as an Excel Workbook (.xlsx), "
        "or save a table as CSV (UTF-8)."
    )


def _ole_message(path: Path) -> str:
    """An OLE compound file is either an encrypted .xlsx or an old binary .xls."""
    with path.open("rb") as handle:
        head = handle.read(1024 * 1024)
    if "EncryptedPackage".encode("utf-16-le") in head or b"EncryptionInfo" in head:
        return (
            f"{path.name} is protected with a password, so it cannot be read. Open it in "
            "Excel, remove the password (File > Info > Protect Workbook > Encrypt with "
            "Password, clear it), save, and import again."
        )
    return (
        f"{path.name} is an old-style Excel file (.xls) or another Office document. "
        "Open it in Excel and save it as an Excel Workbook (.xlsx)."
    )


def check_zip(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a corrupt zip or a zip bomb from its directory alone."""
    from desktop.importing.errors import ImportFileError

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise ImportFileError(
            f"{path.name} is damaged (the workbook's zip structure cannot be read: {error}). "
            "If Excel can open it, save it again under a new name and import that copy."
        ) from error
    names = {m.filename for m in members}
    if "xl/workbook.xml" not in names:
        raise ImportFileError(
            f"{path.name} is a zip file but not an Excel workbook (it has no xl/workbook.xml)."
        )
    if len(members) > limits.max_members:
        raise ImportFileError(
            f"{path.name} holds {len(members)} parts; a workbook the import reads holds at "
            f"most {limits.max_members}."
        )
    sheets = sum(1 for name in names if _SHEET_MEMBER.match(name))
    if sheets > limits.max_sheets:
        raise ImportFileError(
            f"{path.name} has {sheets} sheets; the import reads workbooks of up to "
            f"{limits.max_sheets} sheets. Copy the sheet with the events into a new workbook."
        )
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > limits.max_part_bytes and not _SHEET_MEMBER.match(member.filename):
            raise ImportFileError(
                f"{path.name} is too big to read safely: its part {member.filename} unpacks to "
                f"{_size(member.file_size)} (at most {_size(limits.max_part_bytes)} is read). "
                "Split the workbook, or save the sheet as CSV (UTF-8) and import that."
            )
        big = member.file_size >= limits.ratio_floor_bytes
        ratio = member.file_size / max(member.compress_size, 1)
        if big and ratio > limits.max_member_ratio:
            raise ImportFileError(
                f"{path.name} looks like a zip bomb: its part {member.filename} would grow from "
                f"{_size(member.compress_size)} to {_size(member.file_size)}. It was not opened."
            )
    if total > limits.max_uncompressed_bytes:
        raise ImportFileError(
            f"{path.name} unpacks to {_size(total)}; the import reads workbooks up to "
            f"{_size(limits.max_uncompressed_bytes)} unpacked. Split it into smaller files."
        )
