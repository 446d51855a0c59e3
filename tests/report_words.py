"""What a test needs to show a writer uses only translated words of the reports' catalog."""

from __future__ import annotations

from babel.messages.pofile import read_po

from desktop.reports import language as report_language


def record_report_words(monkeypatch) -> set[str]:
    """Every text the reports' catalog is asked for from now on (until ``monkeypatch``
    is undone); a test then checks that each has a translation."""
    used: set[str] = set()
    real = report_language.catalog

    class Recording:
        def __init__(self, catalog):
            self.catalog = catalog

        def gettext(self, text: str) -> str:
            used.add(text)
            return self.catalog.gettext(text)

    monkeypatch.setattr(report_language, "catalog", lambda code: Recording(real(code)))
    return used


def po_translations(language: str) -> dict[str, str]:
    """The reports' catalog of ``language``: source → translation, translated ones only."""
    path = report_language.CATALOG_DIR / f"reports_{language}.po"
    with path.open("rb") as handle:
        return {m.id: m.string for m in read_po(handle) if m.id and m.string}
