"""Checks a file must pass before any parser touches it.

A workbook is a zip of XML (.xlsx, .ods) or of binary parts (.xlsb), or an old OLE
compound file (.xls); a hostile one can claim to be small and inflate to gigabytes,
hide a password-protected (encrypted OLE) package behind an .xlsx name, or be plain
text renamed. Everything here looks only at magic bytes and the zip directory, so a
refusal costs milliseconds and allocates nothing big.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from db.messages import _, current_language, format_number, ngettext

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_SHEET_MEMBER = re.compile(r"^(?:xl/worksheets/[^/]+\.(?:xml|bin)|content\.xml)$")
"""A part holding a sheet (.xlsx, .xlsb), or all sheets (.ods): it may be big."""
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
WORKBOOK_PARTS = {"xl/workbook.xml": "xlsx", "xl/workbook.bin": "xlsb"}


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
    """A file size for the message language: "512 bytes", "1.5 MB", "1,5 МБ" (Babel units)."""
    from babel.units import format_unit

    if number < 1024:
        return ngettext("{count} byte", "{count} bytes", number).format(
            count=format_number(number)
        )
    size = float(number)
    for unit in ("kilobyte", "megabyte", "gigabyte"):
        size /= 1024
        if size < 1024 or unit == "gigabyte":
            break
    return str(format_unit(size, f"digital-{unit}", length="short", format="#,##0.0",
                           locale=current_language()))


def file_kind(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """"xlsx", "xlsb", "ods", "xls" or "csv" for a file worth opening; raises
    ImportFileError otherwise (an OLE file is "xls" unless it is an encrypted package:
    whether it is a workbook, python-calamine finds out)."""
    from desktop.importing.errors import ImportFileError

    if not path.exists():
        raise ImportFileError(_("There is no file {path}.").format(path=path))
    if path.is_dir():
        raise ImportFileError(
            _("{path} is a folder; choose an Excel workbook (.xlsx).").format(path=path)
        )
    size = path.stat().st_size
    if size == 0:
        raise ImportFileError(_("{file} is empty (0 bytes).").format(file=path.name))
    if size > limits.max_file_bytes:
        raise ImportFileError(
            _(
                "{file} is {size}; the import reads files up to {limit}. "
                "Split it into smaller workbooks."
            ).format(file=path.name, size=_size(size), limit=_size(limits.max_file_bytes))
        )
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(OLE_MAGIC):
        if _encrypted_package(path):
            raise ImportFileError(password_message(path))
        return "xls"
    if head.startswith(ZIP_MAGIC):
        return check_zip(path, limits)
    if path.suffix.lower() in (".csv", ".txt", ".tsv"):
        return "csv"
    raise ImportFileError(
        _(
            "{file} is not an Excel workbook (.xlsx): its content is not a workbook, "
            "whatever its name says. Open it in Excel and save it as an Excel Workbook "
            "(.xlsx), or save a table as CSV (UTF-8)."
        ).format(file=path.name)
    )


def _encrypted_package(path: Path) -> bool:
    """An OLE compound file holding a password-protected .xlsx (not an .xls)."""
    with path.open("rb") as handle:
        head = handle.read(1024 * 1024)
    return "EncryptedPackage".encode("utf-16-le") in head or b"EncryptionInfo" in head


def password_message(path: Path) -> str:
    """What to do about a password-protected workbook of any format."""
    return _(
        "{file} is protected with a password, so it cannot be read. Open it in "
        "Excel, remove the password (File > Info > Protect Workbook > Encrypt with "
        "Password, clear it), save, and import again."
    ).format(file=path.name)


def check_zip(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """Refuse a corrupt zip or a zip bomb from its directory alone; the kind of workbook
    ("xlsx", "xlsb" or "ods") otherwise."""
    from desktop.importing.errors import ImportFileError

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise ImportFileError(
            _(
                "{file} is damaged (the workbook's zip structure cannot be read: {error}). "
                "If Excel can open it, save it again under a new name and import that copy."
            ).format(file=path.name, error=error)
        ) from error
    names = {m.filename for m in members}
    kind = next((k for part, k in WORKBOOK_PARTS.items() if part in names), None)
    if kind is None and "content.xml" in names and _mimetype(path, names) == ODS_MIMETYPE:
        kind = "ods"
    if kind is None:
        raise ImportFileError(
            _(
                "{file} is a zip file but not an Excel workbook (it has no xl/workbook.xml)."
            ).format(file=path.name)
        )
    if len(members) > limits.max_members:
        raise ImportFileError(
            _(
                "{file} holds {count} parts; a workbook the import reads holds at most {limit}."
            ).format(file=path.name, count=len(members), limit=limits.max_members)
        )
    sheets = sum(1 for name in names if _SHEET_MEMBER.match(name))
    if sheets > limits.max_sheets:
        raise ImportFileError(
            _(
                "{file} has {count} sheets; the import reads workbooks of up to {limit} "
                "sheets. Copy the sheet with the events into a new workbook."
            ).format(file=path.name, count=sheets, limit=limits.max_sheets)
        )
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > limits.max_part_bytes and not _SHEET_MEMBER.match(member.filename):
            raise ImportFileError(
                _(
                    "{file} is too big to read safely: its part {part} unpacks to {size} "
                    "(at most {limit} is read). Split the workbook, or save the sheet as CSV "
                    "(UTF-8) and import that."
                ).format(
                    file=path.name,
                    part=member.filename,
                    size=_size(member.file_size),
                    limit=_size(limits.max_part_bytes),
                )
            )
        big = member.file_size >= limits.ratio_floor_bytes
        ratio = member.file_size / max(member.compress_size, 1)
        if big and ratio > limits.max_member_ratio:
            raise ImportFileError(
                _(
                    "{file} looks like a zip bomb: its part {part} would grow from {packed} "
                    "to {size}. It was not opened."
                ).format(
                    file=path.name,
                    part=member.filename,
                    packed=_size(member.compress_size),
                    size=_size(member.file_size),
                )
            )
    if total > limits.max_uncompressed_bytes:
        raise ImportFileError(
            _(
                "{file} unpacks to {size}; the import reads workbooks up to {limit} "
                "unpacked. Split it into smaller files."
            ).format(
                file=path.name, size=_size(total), limit=_size(limits.max_uncompressed_bytes)
            )
        )
    return kind


def _mimetype(path: Path, names: set[str]) -> bytes:
    """An OpenDocument file's declared type (its small first part), or b"" without one."""
    if "mimetype" not in names:
        return b""
    with zipfile.ZipFile(path) as archive, archive.open("mimetype") as handle:
        return handle.read(len(ODS_MIMETYPE) + 1).strip()
