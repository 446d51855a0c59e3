"""Text that XML can hold, hence an .xlsx file, a backup, a translation: one rule, used everywhere.

XML 1.0 forbids the C0 control characters except tab, line feed and carriage
return, the surrogate code points and the non-characters U+FFFE and U+FFFF.
One of them in a cell makes a workbook unreadable (openpyxl and pandas refuse
it; LibreOffice drops the rest of the sheet), and they carry no meaning in a
report's text, so they are removed where text comes in (the event store, the
importer) and again where it goes out (every cell, property and sheet name of a
report), for data stored before this rule or copied in from elsewhere.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar, cast

XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters outside XML 1.0's ``Char`` production."""

T = TypeVar("T")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold (tab and line breaks stay)."""
    return XML_ILLEGAL.sub("", text)


def xml_safe_fields(value: T) -> T:
    """A copy of a dataclass (or list of them) with every string in it made :func:`xml_safe`.

    Unchanged parts are returned as they are, so a clean input costs no copies.
    """
    return cast(T, _clean(value))


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return xml_safe(value) if XML_ILLEGAL.search(value) else value
    if isinstance(value, list):
        cleaned = [_clean(item) for item in value]
        return value if all(a is b for a, b in zip(cleaned, value, strict=True)) else cleaned
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for item in dataclasses.fields(value):
            if not item.init:
                continue
            current = getattr(value, item.name)
            cleaned = _clean(current)
            if cleaned is not current:
                changes[item.name] = cleaned
        return dataclasses.replace(value, **changes) if changes else value
    return value
