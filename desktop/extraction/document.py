"""Plain text out of the files clerks receive: .txt, .html and .docx, with no extra packages.

HTML goes through the standard library's parser (scripts and styles dropped, block
elements become line breaks so paragraphs survive); .docx is a zip of XML, read with
zipfile, one line per ``w:p`` paragraph. Text files are read in the encoding they were
saved in (:mod:`desktop.text_decoding`). What is not one of these (an old .doc, a PDF,
a workbook, a damaged file) is refused with what to do instead: read as text it would
give the extraction garbage.
"""

from __future__ import annotations

import html
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

from db.messages import _
from desktop.text_decoding import decode_text

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
"""A news report is kilobytes; a larger file (or a .docx whose text inflates past this) is
not one, and reading it whole would hold the window."""


class DocumentError(ValueError):
    """A file that cannot be read as a report, worded for the clerk."""

_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "title", "dd", "dt",
}
_SKIP = {"script", "style", "noscript", "template", "svg", "head"}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n" if tag == "p" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Readable text of an HTML page, paragraphs separated by blank lines."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def docx_to_text(path: Path) -> str:
    """The paragraphs of a Word document's body, one per line with blank lines between."""
    try:
        with zipfile.ZipFile(path) as archive:
            if "word/document.xml" not in archive.namelist():
                raise DocumentError(_not_word(path))
            if archive.getinfo("word/document.xml").file_size > MAX_DOCUMENT_BYTES:
                raise DocumentError(_too_large(path))
            with archive.open("word/document.xml") as part:
                xml = part.read(MAX_DOCUMENT_BYTES + 1)
        if len(xml) > MAX_DOCUMENT_BYTES:
            raise DocumentError(_too_large(path))
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, ElementTree.ParseError, EOFError) as error:
        raise DocumentError(_damaged(path)) from error
    paragraphs = []
    for paragraph in root.iter(f"{_W}p"):
        pieces = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                pieces.append(node.text)
            elif node.tag in (f"{_W}tab",):
                pieces.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                pieces.append("\n")
        paragraphs.append("".join(pieces))
    return "\n\n".join(p for p in paragraphs if p.strip()) + "\n"


def read_document(path: Path) -> str:
    """The text of a .txt, .html/.htm or .docx file (other suffixes are read as text when
    they hold text); raises :class:`DocumentError` for anything else."""
    path = Path(path)
    head = _head(path)
    if head.startswith(_ZIP):
        return docx_to_text(path)
    if path.suffix.casefold() == ".docx":  # a Word name on something that is not a zip
        raise DocumentError(_damaged(path))
    refusal = _refusal(path, head)
    if refusal:
        raise DocumentError(refusal)
    decoded = decode_text(path.read_bytes())
    if decoded is None or "\x00" in decoded.text:
        raise DocumentError(_not_text(path))
    if path.suffix.casefold() in (".html", ".htm", ".xhtml"):
        return html_to_text(decoded.text)
    return decoded.text.replace("\r\n", "\n").replace("\r", "\n")


_ZIP = b"PK\x03\x04"
_OLE = bytes.fromhex("d0cf11e0a1b11ae1")


def _head(path: Path) -> bytes:
    """The file's first bytes, after the checks a clerk's mistake needs named."""
    try:
        if path.is_dir():
            raise DocumentError(
                _("{path} is a folder; choose the report's file (.txt, .html or .docx).")
                .format(path=path))
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise DocumentError(_too_large(path))
        with path.open("rb") as handle:
            return handle.read(8)
    except FileNotFoundError as error:
        raise DocumentError(_("There is no file {path}.").format(path=path)) from error
    except PermissionError as error:
        raise DocumentError(
            _("{path} cannot be read: this user may not open it. Copy it to your own "
              "folder, or ask whoever manages the computer.").format(path=path)) from error
    except OSError as error:
        raise DocumentError(
            _("{path} cannot be read: the disk or the network did not give it. Copy it to "
              "this computer and open the copy.").format(path=path)) from error


def _refusal(path: Path, head: bytes) -> str | None:
    """What to do with a document of a kind the extraction cannot read as it is."""
    if head.startswith(_OLE):
        return _("{path} is an old Word document (.doc) or another Office 97-2003 file. "
                 "Open it in Word and save it as a Word Document (.docx), then open that."
                 ).format(path=path)
    if head.startswith(b"%PDF"):
        return _("{path} is a PDF. Select its text in a PDF viewer, copy it and paste it "
                 "into the window 'Events from a report', or save it as plain text (.txt)."
                 ).format(path=path)
    if head.startswith(b"{\\rtf"):
        return _("{path} is a Rich Text (.rtf) document. Open it in Word or WordPad and "
                 "save it as a Word Document (.docx), then open that.").format(path=path)
    return None


def _not_word(path: Path) -> str:
    return _("{path} is not a Word document (it may be a workbook or another program's "
             "file). Save the report as a Word Document (.docx) or plain text (.txt), or "
             "paste its text into the window 'Events from a report'.").format(path=path)


def _damaged(path: Path) -> str:
    return _("{path} is damaged or is not really a Word document, so its text cannot be "
             "read. Open it in Word and save it again as a Word Document (.docx), or paste "
             "its text into the window 'Events from a report'.").format(path=path)


def _not_text(path: Path) -> str:
    return _("{path} holds no text the extraction can read (it may be a picture or "
             "another program's file). Save the report as plain text (.txt) or a Word "
             "Document (.docx), or paste its text into the window 'Events from a report'."
             ).format(path=path)


def _too_large(path: Path) -> str:
    return _("{path} is too large to be a news report. Open it, copy the report's text "
             "and paste it into the window 'Events from a report'.").format(path=path)
