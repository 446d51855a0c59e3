"""Name completion fed by the gazetteer, so any alias finds the one record.

A plain QCompleter only matches prefixes of what is in its model; a clerk who
types "Primorsky Territory" or "Приморский" must still be offered "Primorsky
Krai". So the model is refilled from ``Gazetteer.suggest`` on every edit and
shown unfiltered; the popup shows the gazetteer's label and inserts the
record's canonical name.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Self

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit
from sqlalchemy.orm import Session

from db.engine import Database
from db.localized import display_name
from db.models import Country, Occasion, Region
from db.names import normalize
from desktop.ui import i18n
from desktop.ui.widgets import popup_of

if TYPE_CHECKING:
    from db.gazetteer import Gazetteer

log = logging.getLogger(__name__)

INSERT_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_CHARS = 2
LIMIT = 12


def record_name(record: Any, label: str) -> str:
    """The text to put in the field for a suggested record."""
    for attribute in ("name", "full_name"):
        value = getattr(record, attribute, None)
        if isinstance(value, str) and value:
            return value
    return label


def localized_entry(typed: str, label: str, record: Any, lang: str) -> tuple[str, str]:
    """(label, name to insert) for a record whose name is translated (a region, a country,
    an occasion), in the interface language: a Russian form offered "Krasnoyarsk Krai
    (RU-KYA)" and put the English name in. The spelling that matched stays in front
    ("Primorsky Territory → Приморский край (Россия)") when the name shown does not
    hold what was typed. Other records (people, organizations) keep the gazetteer's."""
    if lang == "en" or not isinstance(record, Region | Country | Occasion):
        return label, record_name(record, label)
    name = display_name(record, lang)
    country = getattr(record, "country", None)
    shown = f"{name} ({display_name(country, lang)})" if country is not None else name
    spelling = label.split(" \u2192 ", 1)[0] if " \u2192 " in label else None
    key = normalize(shown)
    if spelling is None or normalize(typed) in key or normalize(spelling) in key:
        return shown, name
    return f"{spelling} \u2192 {shown}", name


class Suggester:
    """One gazetteer over one session, shared by every completer of a form.

    The session is kept open while the form is, so the gazetteer's caches are
    built once; :meth:`refresh` starts over after a save added new names.
    """

    def __init__(self, database: Database):
        self._database = database
        self._session: Session | None = None
        self._gazetteer: Gazetteer | None = None

    def _ensure(self) -> Gazetteer:
        if self._gazetteer is None:
            from db.gazetteer import Gazetteer

            self._session = self._database.sessions()
            self._gazetteer = Gazetteer(self._session)
        return self._gazetteer

    def suggest(
        self, kind: str, text: str, limit: int = LIMIT, **context: Any
    ) -> list[tuple[str, str]]:
        """(label, name to insert) pairs; an error in lookup never breaks typing.

        ``context`` narrows the search (``country="RU"`` for regions and cities).
        """
        try:
            if kind == "city":
                return self._cities(text, limit, context)
            found = self._ensure().suggest(kind, text, limit=limit, **context)
            lang = i18n.current_language()
            return [localized_entry(text, label, record, lang) for label, record in found]
        except Exception:  # completion is a help, not a requirement
            log.exception("suggest(%s, %r) failed", kind, text)
            return []

    def _cities(self, text: str, limit: int, context: dict[str, Any]) -> list[tuple[str, str]]:
        """Any city of the world (stored ones first), labelled with region and country in
        the interface language; a name two candidates share goes in with its region
        ("Montebello, California"), so the store knows which one was meant."""
        lang = i18n.current_language()
        found = self._ensure().city_candidates(text, limit=limit, lang=lang, **context)
        shared = {c.name for c in found if sum(o.name == c.name for o in found) > 1}
        if sum(c.exact for c in found) > 1:  # "Montebello" is also Montebello Vicentino
            shared |= {c.name for c in found if c.exact}
        out = []
        for candidate in found:
            name = candidate.qualified if candidate.name in shared else candidate.name
            out.append((candidate.label, name))
        return out

    def gazetteer(self) -> Gazetteer:
        return self._ensure()

    def refresh(self) -> None:
        self.close()

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
        self._session = None
        self._gazetteer = None


class SuggestCompleter(QCompleter):
    """A completer for one line edit and one kind of name (region, person...)."""

    def __init__(
        self,
        suggester: Suggester,
        kind: str,
        parent: QObject | None = None,
        context: Callable[[], dict[str, Any]] | None = None,
    ):
        super().__init__(parent)
        self._suggester = suggester
        self._kind = kind
        self._context = context
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompletionRole(INSERT_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(LIMIT)

    @classmethod
    def attach(
        cls,
        line_edit: QLineEdit,
        suggester: Suggester,
        kind: str,
        context: Callable[[], dict[str, Any]] | None = None,
    ) -> Self:
        completer = cls(suggester, kind, line_edit, context)
        line_edit.setCompleter(completer)
        line_edit.textEdited.connect(completer.update_for)
        return completer

    def update_for(self, text: str) -> None:
        """Refill the popup for what is typed now."""
        self._model.clear()
        if len(text.strip()) < MIN_CHARS:
            popup_of(self).hide()
            return
        context = self._context() if self._context else {}
        for label, name in self._suggester.suggest(self._kind, text, **context):
            item = QStandardItem(label)
            item.setData(name, INSERT_ROLE)
            item.setToolTip(label)
            self._model.appendRow(item)
        if self._model.rowCount() and self.widget() is not None and self.widget().hasFocus():
            self.complete()
        else:
            popup_of(self).hide()

    def labels(self) -> list[str]:
        """What the popup offers now (for tests and screen readers)."""
        return [self._model.item(row).text() for row in range(self._model.rowCount())]

    def names(self) -> list[str]:
        return [self._model.item(row).data(INSERT_ROLE) for row in range(self._model.rowCount())]
