"""Plain text out of the files clerks receive: .txt, .html and .docx, with no extra packages.

HTML goes through the standard library's parser (scripts and styles dropped, block
elements become line breaks so paragraphs survive); .docx is a zip of XML, read with
zipfile, one line per ``w:p`` paragraph.
"""

from __future__ import annotations

import html
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

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
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml")
    root = ElementTree.fromstring(xml)
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
    """The text of a .txt, .html/.htm or .docx file (other suffixes are read as text)."""
    path = Path(path)
    suffix = path.suffix.casefold()
    if suffix == ".docx":
        return docx_to_text(path)
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1251", "latin-1"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if suffix in (".html", ".htm", ".xhtml"):
        return html_to_text(text)
    return text.replace("\r\n", "\n").replace("\r", "\n")
